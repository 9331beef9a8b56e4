"""From an article's text to a draft source: recognized values attached to catalog topics."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from factcheck.extract.pipeline.as_of import stood_at
from factcheck.extract.pipeline.attach import Context, attach
from factcheck.extract.pipeline.catalog import build_matcher
from factcheck.extract.pipeline.claim_items import attached_claim, discovered_claim, source_own
from factcheck.extract.pipeline.claimants import Whose
from factcheck.extract.pipeline.clocks import Clocks
from factcheck.extract.pipeline.concepts import (
    concept_matcher,
    concepts,
    facet_matcher,
)
from factcheck.extract.pipeline.counted import (
    among_them,
    noun_starts,
    past_next_nouns,
    past_others_nouns,
)
from factcheck.extract.pipeline.cues import language_cues, not_sources
from factcheck.extract.pipeline.dateline import in_wire_dateline
from factcheck.extract.pipeline.discover import Discovered, discover
from factcheck.extract.pipeline.figure_periods import amount_periods, period_of
from factcheck.extract.pipeline.own_marks import fits
from factcheck.extract.pipeline.parts import told_apart
from factcheck.extract.pipeline.per_period import as_rate, rate_period
from factcheck.extract.pipeline.per_whole import as_rate_of, fractional, per_whole
from factcheck.extract.pipeline.scopes import Scopes
from factcheck.extract.pipeline.sentences import Sentence, by_sentence, split_sentences
from factcheck.extract.pipeline.story_days import with_story_days
from factcheck.extract.recognizers.countries import place_mentions
from factcheck.extract.recognizers.recognize import Mention, recognize_until
from factcheck.extract.recognizers.zone_names import city_mentions, on_place_clock
from factcheck.lang import GENERIC, reading
from factcheck.lang.lexicon import load
from factcheck.limits import MAX_DRAFT_CLAIMS, MAX_NUMBER_DIGITS, MAX_VALUES_READ
from factcheck.models.case import CaseSpec
from factcheck.values.calendar import parse_moment


@dataclass(frozen=True)
class ArticleMeta:
    """What the draft says about its source besides the claims."""

    id: str
    title: str
    outlet: str
    language: str
    published: str | None  # a year, month, day or date-time
    article: str
    url: str | None = None
    # with no publication date: the latest of the articles extracted with it, which
    # completes the days of the month the text states (never its relative dates)
    story_day: str | None = None


@dataclass
class ProposedTopic:
    """A topic discovery proposes for the case's catalog, with the words it was seen by."""

    id: str
    kind: str
    label: str
    evolving: bool = False
    words: set[str] = field(default_factory=set)

    def merge(self, other: ProposedTopic) -> None:
        """Take in what another article saw of the same topic."""
        self.words |= other.words


@dataclass(frozen=True)
class Draft:
    """A draft source file's data, the values that fit no topic, and the topics it proposes."""

    source: dict[str, Any]
    candidates: list[dict[str, Any]]
    topics: dict[str, ProposedTopic] = field(default_factory=dict)


def _elliptic(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """A scaled figure after a sum of money in the same sentence is in that sum's currency,
    unless it counts a noun of its own ("2.3 million customers")."""
    out: list[Mention] = []
    last_amount: Mention | None = None
    for m in mentions:
        if m.kind == "amount":
            last_amount = m
        elif (
            m.kind == "count"
            and "scale" in m.value
            and m.value["scale"] in ("million", "billion", "trillion")
            and not m.extra.get("noun")
            and last_amount is not None
            and ctx.index(last_amount.start) == ctx.index(m.start)
        ):
            figures = {"amount" if k == "count" else k: v for k, v in m.value.items()}
            value = {**figures, "kind": "amount", "currency": last_amount.value["currency"]}
            m = replace(m, kind="amount", value=value, pattern=f"{m.pattern}+elided-currency")
        out.append(m)
    return out


def _as_figure(m: Mention) -> Mention:
    """A period that is no amount's period as a figure of its own, a date span ("the 19th
    century"); one with an open end ("since 2010") stays out of the draft."""
    span = m.extra.get("date")
    return replace(m, kind="date", value=dict(span)) if span else m


def _on_clock(m: Mention, clocks: Clocks, sentence: Sentence | None) -> Mention:
    """A time with no zone, with the clock of the place it is about (see ``clocks``); a time
    whose zone a generic name gave ("Central European Time"), on that place's clock when
    the place keeps the same metazone (Madrid's in an article about Spain)."""
    if m.kind != "time" or (m.value.get("zone") and not m.extra.get("generic_zone")):
        return m
    start, end = (sentence.start, sentence.end) if sentence is not None else (m.start, m.end)
    zone = clocks.zone(start, end)
    if m.value.get("zone"):
        return replace(m, value={**m.value, "zone": on_place_clock(str(m.value["zone"]), zone)})
    return replace(m, value={**m.value, "place_zone": zone}) if zone else m


def _elided(before: tuple[int, Discovered] | None, sentence: int, m: Mention) -> Discovered | None:
    """The topic of a bare count that leaves out the noun of the count before it in its
    sentence ("1,700 dead so far, and it may pass 10,000"), with less confidence; none where
    that noun cannot count as many ("from 48 countries ... the 15K race")."""
    if before is None or before[0] != sentence or before[1].projected:
        return None
    found = before[1]
    concept = concepts().get(found.concept)
    if concept is not None and not fits(concept, m, None):
        return None
    return replace(found, confidence=round(found.confidence / 2, 3), whole=False)


def _counts_noun(m: Mention, mentions: list[Mention], index: int) -> bool:
    """True for a count of the noun after it that is no part of the next figure ("3 400
    lundi" counts no Mondays)."""
    span = m.extra.get("noun_span")
    if m.kind != "count" or not span or span[0] < m.end:
        return False
    after = mentions[index + 1] if index + 1 < len(mentions) else None
    return after is None or not after.start <= span[0] < after.end


def _wholes_apart(
    discovered: list[tuple[int, Mention, Discovered, str | None]],
) -> list[tuple[int, Mention, Discovered, str | None]]:
    """The discovered figures, a whole in a topic of its own where its article also gives
    another figure of its concept ("four minutes inside, seven in total"): the article tells
    them apart. A whole given alone ("a total of 9 countries") is the figure of its topic."""
    per_concept = Counter((found.kind, found.concept) for _, _, found, _ in discovered)
    return [
        (at, m, found.as_whole(), period)
        if found.whole and per_concept[found.kind, found.concept] > 1
        else (at, m, found, period)
        for at, m, found, period in discovered
    ]


def _is_stamp(text: str, m: Mention, sentence: Sentence | None) -> bool:
    """A date or time that is its line's whole content (a page's own time stamp or dateline),
    or the date of a wire dateline ("LONDON, July 2 (Reuters) - ...")."""
    if m.kind == "date" and in_wire_dateline(text, m.start, m.end):
        return True
    if m.kind not in ("date", "time") or sentence is None or sentence.body:
        return False
    rest = text[sentence.start : m.start] + text[m.end : sentence.end]
    return len(re.sub(r"[\W\d_]+", "", rest)) <= 12


_DAY = re.compile(r"-\d{2}-\d{2}$")


def _is_day(m: Mention) -> bool:
    """True for a date to the day ("Jan 23", "3月12日"): a dateline's, where it has one."""
    return m.kind == "date" and bool(_DAY.search(str(m.value.get("date") or "")))


def _day_of(published: str | None) -> date | None:
    """The publication day relative dates resolve against: none unless the day is known."""
    moment = parse_moment(published) if published else None
    return (
        moment.first_day if moment is not None and moment.precision in ("day", "minute") else None
    )


def _overlong(m: Mention) -> bool:
    """True for a figure of more digits than a claim file takes: a run of digits, not a value."""
    value = m.value
    for key in ("count", "amount", "value", "min", "max"):
        figure = value.get(key)
        # a text holds no more digits than characters: only a long one is counted
        if (
            figure is not None
            and len(text := str(figure)) > MAX_NUMBER_DIGITS
            and sum(c.isdigit() for c in text) > MAX_NUMBER_DIGITS
        ):
            return True
    return False


def build_draft(text: str, meta: ArticleMeta, spec: CaseSpec) -> Draft:
    """The draft source of ``text``: attached claims, and unassigned candidates kept apart."""
    lang = reading(meta.language)
    attach_data = load(lang).section("attach")
    side = attach_data.get("property_side", "before")
    counted = tuple(attach_data.get("counted_sides", ["after"]))
    cues = language_cues(lang)
    day = _day_of(meta.published)
    values, read = recognize_until(text, lang, day, MAX_VALUES_READ)
    story = meta.story_day if day is None else None
    if story:
        values = with_story_days(values, text[:read], lang, story, MAX_VALUES_READ)
    unread = len(text) - read
    text = text[:read]  # a text dense with figures is read only as far as a draft can hold
    sentences = split_sentences(text, lang)
    ctx = Context.build(sentences, build_matcher(spec, lang).hits(text), side, counted)
    mentions = _elliptic(values, ctx)
    words = by_sentence(not_sources(text, lang, concept_matcher(lang).hits(text)), ctx.sentences)
    nouns = noun_starts(mentions)
    rated = per_whole(text, lang, mentions)  # "1医療機関当たり7.4人": the 1 counts nothing
    # the figures that count things: no whole a rate is per, and no figure with a fraction
    # ("400余次3.0级以上余震": 余震 is what 400 counts, not 3.0)
    counts = tuple(
        sorted(
            x.start
            for x in mentions
            if x.kind == "count" and x.start not in rated.wholes and not fractional(x)
        )
    )
    facets = by_sentence(facet_matcher(lang).hits(text), ctx.sentences)
    kinds = {t.id: t.kind for t in spec.topics}
    by_source = {c.id for c in concepts().values() if c.by_source}
    clocks = None
    if any(m.kind == "time" for m in mentions):
        zoned = [(m.start, m.end, str(m.value["zone"])) for m in mentions if m.value.get("zone")]
        clocks = Clocks(text, place_mentions(text, lang), city_mentions(text, lang), zoned)
    claims: list[dict[str, Any]] = []
    candidates: list[dict[str, Any]] = []
    proposed: dict[str, ProposedTopic] = {}
    left_out = 0
    counted_before: tuple[int, Discovered] | None = None  # the last count a word named
    whole: tuple[int, int] | None = None  # the last count drafted: its sentence and claim
    discovered: list[tuple[int, Mention, Discovered, str | None]] = []
    scopes = Scopes(text, lang, [(x.start, x.end) for x in mentions if _is_day(x)])
    narrowed: dict[int, str] = {}  # the place a figure is narrowed to, by its claim's index
    stood: dict[int, str] = {}  # the day a running figure stood at, by its claim's index
    # the dates those days were read from, and the months a rate was of: no dates of the story
    moments: set[tuple[int, int]] = set()
    whose = Whose(text, lang, mentions, [(p.start, p.end) for p in scopes.places], words)
    periods = amount_periods(text, lang, mentions, ctx, day, cues.compared)
    starts = [x.start for x in mentions]
    known = concepts()
    qualifying = {found[1] for found in periods.values()}
    for index, m in enumerate(mentions):
        if m.kind == "period" and (m.start, m.end) not in qualifying:
            m = _as_figure(m)
        if m.kind == "period" or _overlong(m):
            continue
        if len(claims) >= MAX_DRAFT_CLAIMS:
            left_out += 1
            continue
        at = ctx.index(m.start)
        sentence = ctx.sentences[at] if ctx.sentences else None
        if _is_stamp(text, m, sentence) or m.start in rated.wholes:
            continue  # a page's stamp; the 100,000 of "412.6 cases per 100,000"
        if clocks is not None:
            m = _on_clock(m, clocks, sentence)
        found_period = periods.get(m.start) if m.kind == "amount" else None
        period = found_period[0] if found_period else None
        a = attach((m.start, m.end), m.kind, kinds, ctx)
        if a.topic:
            claims.append(attached_claim(m, a, spec, period))
            continue
        counts_noun = "before" not in counted and _counts_noun(m, mentions, index)
        hits = words[at] if words else []
        if counts_noun:
            hits = past_others_nouns(text, hits, m, nouns)
        elif m.kind == "count" and "before" in counted:
            hits = past_next_nouns(text, lang, hits, m, counts)
        whole_of = rated.rates.get(m.start)
        if whole_of is not None:  # the words of the whole it is per say nothing of the rate
            hits = [h for h in hits if not whole_of[0] <= h.start < whole_of[1]]
        found = discover(m, text, lang, hits, facets[at] if facets else [], cues, counts_noun)
        if found is None and m.kind == "count" and not m.extra.get("noun"):
            found = _elided(counted_before, at, m)
            found = told_apart(found, text, lang, m) if found is not None else None
        if whole_of is not None or (found is not None and fractional(m)):
            found = as_rate_of(found, m)
        if found is None:
            candidates.append(attached_claim(m, a, spec, period))
            continue
        if found.concept in by_source:
            found = source_own(found, meta.id)
        if m.kind == "count" and (per := rate_period(text, lang, m, mentions, starts)):
            found = as_rate(found, per)  # "12,000 vehicles a day"
        if m.kind == "count" and found.evidence:
            counted_before = (at, found)
        concept = known.get(found.concept)
        if period is None and day is not None and concept is not None and concept.dated:
            # "inflation eased to 31.4 % in December from 32.9 % in November"; "14 m/s on
            # Tuesday" (a day's measure)
            of_rate = period_of(
                m, text, lang, mentions, starts, ctx, day, cues.compared, concept.daily
            )
            period = of_rate[0] if of_rate else None
            if of_rate and concept.periodic:
                moments.add(of_rate[1])  # "31.4 % in December": December dates no event
        counts_places = concept is not None and "set" in concept.kinds  # countries, members
        # a count of countries is of none of them ("14 countries, among them France")
        place = None if counts_places else scopes.scope(m, sentence)
        if place is None and m.kind == "count" and whole is not None and whole[0] == at:
            # "日本人観光客14人が乗っており、うち2人が軽傷": a part of the nationals counted before
            place = narrowed.get(whole[1]) if among_them(text, lang, m) else None
        if place is not None:
            narrowed[len(claims)] = place
        if m.kind == "count":
            whole = (at, len(claims))
        if found.evolving and period is None and day is not None and sentence is not None:
            on = stood_at(text, lang, m, (sentence.start, sentence.end), mentions, starts, day)
            if on is not None:
                stood[len(claims)], moment = on
                moments.add(moment)
        if sentence is not None:
            whose.note(len(claims), m, sentence)
        discovered.append((len(claims), m, found, period))
        claims.append({})  # drafted once the article's wholes are told apart, below
    for at, m, found, period in _wholes_apart(discovered):
        if (m.start, m.end) in moments:
            continue  # "as of 4 March", "in December": when a figure held, no date of its own
        where = narrowed.get(at)
        claims[at] = discovered_claim(m, found, period, where, stood.get(at), *whose.of(at))
        topic = ProposedTopic(found.topic, found.kind, found.label, found.evolving)
        if found.evidence:
            topic.words.add(found.evidence.lower())
        proposed.setdefault(found.topic, topic).merge(topic)
    source: dict[str, Any] = {
        "id": meta.id,
        "title": meta.title,
        "outlet": meta.outlet,
        "url": meta.url,
        "language": meta.language,
        "published": meta.published,
        "article": meta.article,
        "claims": [claim for claim in claims if claim],  # less the days figures stood at
    }
    if meta.url is None:
        del source["url"]
    notes = []
    if meta.published is None:
        del source["published"]
        notes.append("no publication date found: relative dates in it stay unresolved")
        if story:
            notes.append(
                f"the days of the month it names are completed from {story}, the latest "
                "publication date of the articles extracted with it"
            )
    if unread:
        notes.append(
            f"only the first {read:,} characters were read: they hold more than "
            f"{MAX_VALUES_READ:,} values, and the last {unread:,} could only add figures past "
            "the draft's limit"
        )
    if left_out:
        notes.append(
            f"{left_out:,} more figures were not drafted: a draft holds at most "
            f"{MAX_DRAFT_CLAIMS:,} claims"
        )
    if lang == GENERIC:
        notes.append(
            f"factcheck has no language data for '{meta.language}': only language-independent "
            "figures were read (digits, numeric dates, currency symbols and codes)"
        )
    if notes:
        source["note"] = "; ".join(notes)
    return Draft(source, candidates, proposed)
