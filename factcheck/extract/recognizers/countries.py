"""Lists of countries ("China, Russia and Laos") or of one country's regions ("Madrid, Catalonia
and Aragon"), partial or complete, tied to a stated count."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.extract.recognizers.edges import WORD, edges
from factcheck.extract.recognizers.lists_too import (
    TooPatterns,
    countries_before,
    too_after,
    too_patterns,
)
from factcheck.extract.recognizers.place_scan import NAMES_KEPT, cased_place_names
from factcheck.extract.recognizers.words import alternation, trie
from factcheck.extract.scan import finditer
from factcheck.lang.lexicon import load, script_letters
from factcheck.values.places import (
    top_region_codes,
    uncased_names,
)

# how far a stated count may stand from its list (characters)
_REACH = 40
# marks that end a clause, and line breaks: a count beyond one is not the list's
_STOPS = re.compile(r"[.;:!?。；：！？\n]")


@dataclass(frozen=True)
class CountryList:
    """Countries (or one country's regions) named in a row: span, ISO codes in text order,
    completeness and stated count; ``of`` is "country" or "region"."""

    start: int
    end: int
    members: tuple[str, ...]
    complete: bool
    count: int | None
    qualifier: str
    count_span: tuple[int, int] | None
    of: str = "country"


@dataclass(frozen=True)
class _Grammar:
    gap: re.Pattern[str]
    including_before: re.Pattern[str]
    including_after: re.Pattern[str]
    # the language's words for regions ("provinces", "comunidades autónomas")
    region_words: re.Pattern[str]
    # the names written in the language's uncased scripts (スペイン, 스페인), None elsewhere
    names: re.Pattern[str] | None
    # the counters of countries (カ国, 개국): where a language lists them, only a count
    # carrying one states a list's size
    counted_by: re.Pattern[str] | None
    # words after one country that say it was hit ("Germany was affected"): a list of one
    affected: re.Pattern[str] | None = None
    # "too" after a list, perhaps past words for part of a country ("오스트리아 북부 일부
    # 지역도"): it adds to the countries of the sentence before
    also: TooPatterns | None = None


@cache
def grammar(lang: str) -> _Grammar:
    """Compiled list patterns of ``lang``: separators, articles and "including" words."""
    lex = load(lang)
    data = lex.section("countries")
    e = edges(lang)
    articles = alternation(data.get("articles", []))
    including = alternation(data.get("including", []))
    if "joiners" in data:
        # "スペインとポルトガル", "스페인·포르투갈", "西班牙與葡萄牙": list words touch the names,
        # and a name may carry a word after it ("アンドラ公国")
        marks = re.escape("".join(data.get("separators", [])))
        joiners = alternation(data.get("joiners", []))
        suffixes = alternation(data.get("suffixes", []))
        # "中国广西和越南": a place of the country glued to its name, before a list mark
        glued = rf"[{lex.glue}]{{1,3}}(?=\s*(?:[,{marks}]|{joiners}))" if lex.glue else "(?!)"
        gap = rf"(?:{suffixes}|{glued})?\s*(?:[,{marks}]\s*)?(?:{joiners}\s*)?"
    else:
        joiners = alternation(w for w in lex.section("numbers").get("joiners", []) if w != "-")
        # "parts of France", "au Cambodge, en Chine": words a member may carry before it
        parts = alternation(data.get("member_words", []))
        article = rf"(?:{articles}(?:\s+|(?<=['’])))?"
        part = rf"(?:{parts}(?:\s+|(?<=['’])))?"
        gap = rf"\s*,?\s*(?:{joiners}\s+)?{article}{part}{article}"
    start, end = e.start(WORD), e.free(WORD)
    return _Grammar(
        gap=re.compile(gap, re.I),
        including_before=re.compile(rf"(?<!{start}){including}[\s:,]*(?:{articles}\s*)?$", re.I),
        including_after=re.compile(rf"\s*,?\s*{including}(?!{end})", re.I),
        region_words=re.compile(
            rf"(?<!{start}){alternation(lex.section('concepts').get('regions', []))}(?!{end})",
            re.I,
        ),
        names=_names(lang),
        counted_by=re.compile(rf"\s?{alternation(data['counted_by'])}")
        if data.get("counted_by")
        else None,
        affected=re.compile(rf"\s*{alternation(data['affected'])}(?!{end})", re.I)
        if data.get("affected")
        else None,
        also=too_patterns(data, end, lex.spaced),
    )


def _names(lang: str) -> re.Pattern[str] | None:
    """One pattern for the country names a text of ``lang`` writes in its uncased scripts.

    A name may touch the words around it, but not other letters of a script whose words are
    runs of it (タイ is no country in タイム), nor, in a spaced language, start mid-word.
    """
    lex = load(lang)
    if not lex.glue:
        return None
    letters = re.compile(f"[{lex.glue}]")
    names = [n for n in uncased_names() if all(letters.match(c) for c in n if c.isalpha())]
    if not names:
        return None
    runs = script_letters(list(lex.section("countries").get("whole_in", [])))
    before = edges(lang).start(WORD)
    inside = f"(?<![{runs}])" if runs else ""
    after = f"(?![{runs}])" if runs else ""
    return re.compile(rf"(?<!{before}){inside}(?:{trie(names)}){after}")


@cache
def _groups(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern for the names ``lang`` gives groups of countries ("the Baltic states"), and
    the codes each name stands for, joined by "+" (a group is one hit of a list)."""
    members = load(lang).shared_section("countries", "groups") or {}
    names: dict[str, str] = {}
    for group, written in (load(lang).section("countries").get("group_names") or {}).items():
        for name in written:
            names[str(name).lower()] = "+".join(members[group])
    if not names:
        return None, names
    e = edges(lang)
    pattern = rf"(?<!{e.start(WORD)})(?:{alternation(names)})(?!{e.free(WORD)})"
    return re.compile(pattern, re.I), names


def _group_hits(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Names of groups of countries in ``text``: (start, end, the codes joined by "+")."""
    pattern, names = _groups(lang)
    if pattern is None:
        return []
    return [(m.start(), m.end(), names[m.group().lower()]) for m in finditer(pattern, text)]


def _with_groups(
    hits: list[tuple[int, int, str]], groups: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``hits`` and the group names no hit overlaps ("Baltic" is no country, but a name
    inside a group's name is the group's), in text order."""
    if not groups:
        return hits
    kept = [h for h in hits if not any(g[0] <= h[0] and h[1] <= g[1] for g in groups)]
    return sorted(kept + [g for g in groups if not any(h[0] < g[1] and g[0] < h[1] for h in kept)])


@lru_cache(maxsize=NAMES_KEPT)
def _region_codes(name: str) -> tuple[str, ...]:
    """``top_region_codes``, kept: a text names the same regions again and again."""
    return top_region_codes(name)


def _uncased_hits(text: str, g: _Grammar) -> list[tuple[int, int, str]]:
    """Country names of the language's uncased scripts: (start, end, code), longest first."""
    if g.names is None:
        return []
    codes = uncased_names()
    return [(m.start(), m.end(), codes[m.group()]) for m in finditer(g.names, text)]


def _runs(text: str, g: _Grammar, hits: list[tuple[int, int, str]]) -> list[list[tuple]]:
    """Names joined by list separators; countries and regions never share a run."""
    runs: list[list[tuple]] = []
    for hit in hits:
        if runs:
            prev = runs[-1][-1]
            gap = g.gap.fullmatch(text, prev[1], hit[0])
            same = ("-" in prev[2]) == ("-" in hit[2])
            if gap is not None and prev[1] < hit[0] and same:
                runs[-1].append(hit)
                continue
        runs.append([hit])
    return runs


@lru_cache(maxsize=4)
def _all_hits(text: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    """Every country and region name of ``text``: read once for its lists and its places."""
    g = grammar(lang)
    hits = cased_place_names(text)
    return tuple(sorted(hits + _uncased_hits(text, g)) if g.names is not None else hits)


def place_mentions(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Every country or top-level region named in ``text``: (start, end, ISO code), in order."""
    return list(_all_hits(text, lang))


# between a region and its country named as one place: "Guangxi, China", "中国广西"
_SAME_PLACE = re.compile(r",?\s?")


def _places_in_countries(text: str, hits: list[tuple[int, int, str]]) -> list[tuple]:
    """Hits with a region that stands right beside its own country read as that country
    alone: "Bangkok, Thailand" is one place of a list, not a region and a country."""
    out: list[tuple[int, int, str]] = []
    for hit in hits:
        if out and _SAME_PLACE.fullmatch(text, out[-1][1], hit[0]):
            prev = out[-1]
            first, second = prev[2].split("-")[0], hit[2].split("-")[0]
            if first == second and ("-" in prev[2]) != ("-" in hit[2]):
                out[-1] = (prev[0], hit[1], first)
                continue
        out.append(hit)
    return out


def find_country_lists(
    text: str, lang: str, counts: list[tuple[int, int, int, str]]
) -> list[CountryList]:
    """Lists of two or more countries, or one after "including"; ``counts`` are
    (start, end, value, qualifier) of the counts found in ``text``, to link a stated size.
    """
    g = grammar(lang)
    out: list[CountryList] = []
    near = _Near(counts)
    hits = _places_in_countries(text, list(_all_hits(text, lang)))
    hits = _with_groups(hits, _group_hits(text, lang))
    for found in _runs(text, g, hits):
        run = _one_country(text, found)
        of = _kind_of(run)
        if of is None:
            continue
        start, end = run[0][0], run[-1][1]
        before = g.including_before.search(text, max(0, start - 40), start)
        hit = g.affected is not None and len(run) == 1 and g.affected.match(text, end)
        also = of == "country" and too_after(g.also, text, end, len(run))
        earlier = countries_before(text, hits, start) if also else []
        if len(run) < 2 and before is None and not hit and not earlier:
            continue  # one name alone, as most are: what follows it is not looked up
        after = g.including_after.match(text, end)
        if of == "region" and not _regions_named(text, g, run, before is not None):
            continue
        named = [*earlier, *(c for _, _, code in run for c in code.split("+"))]
        members = tuple(dict.fromkeys(named))
        anchor_before = before.start() if before else start
        anchor_after = after.end() if after else end
        around = near.around(anchor_before, anchor_after)
        if g.counted_by is not None:
            around = [c for c in around if g.counted_by.search(text, c[0], c[1] + 4)]
        count = _linked_count(text, around, anchor_before, anchor_after)
        if count is not None and count[2] < len(members) and count[3] in ("exact", "at_most"):
            count = None  # "Benelux and Germany, where the two companies": not the list's size
        partial = before is not None or after is not None or bool(hit) or also
        stated: int | None = None
        qualifier = "exact"
        span = None
        if count is not None:
            span, qualifier = (count[0], count[1]), count[3]
            if before is None and after is not None and count[2] == len(members):
                partial = False  # "중국, 러시아, 라오스 등 3개국": the count closes the list
            partial = partial or count[2] > len(members) or qualifier not in ("exact", "at_most")
            # a count equal to the list's length says nothing the list does not
            stated = count[2] if count[2] != len(members) else None
        out.append(CountryList(start, end, members, not partial, stated, qualifier, span, of))
    return out


def _regions_named(text: str, g: _Grammar, run: list[tuple], including: bool) -> bool:
    """True when a run of one country's region names is a list of regions: three or more, or
    two after "including" or after a word for regions. Many regions share their name with
    their main city, and two of those ("Lisboa e Porto") are as often two cities."""
    if len(run) >= 3:
        return True
    return len(run) == 2 and (
        including or g.region_words.search(text, max(0, run[0][0] - _REACH), run[0][0]) is not None
    )


def _one_country(text: str, run: list[tuple]) -> list[tuple]:
    """A run of region names read as regions of the country most of them belong to, where a
    name is shared ("La Rioja" is a region of Spain and a province of Argentina)."""
    if "-" not in run[0][2]:
        return run
    options = [_region_codes(text[start:end]) or (code,) for start, end, code in run]
    # the country most names may belong to; on a tie, the first name's
    tally = Counter(c.split("-")[0] for codes in options for c in dict.fromkeys(codes))
    country = tally.most_common(1)[0][0]
    return [
        (start, end, next((c for c in codes if c.startswith(country + "-")), code))
        for (start, end, code), codes in zip(run, options, strict=True)
    ]


def _kind_of(run: list[tuple]) -> str | None:
    """ "country" for a run of countries, "region" for regions of one country, else None: the
    regions of a list belong to one country ("Lisbon and Madrid" are two cities, not a list
    of regions)."""
    codes = [code for _, _, code in run]
    if "-" not in codes[0]:
        return "country"
    return "region" if len({c.split("-")[0] for c in codes}) == 1 else None


class _Near:
    """The counts that may stand within reach of a list, found by position, not by a scan."""

    def __init__(self, counts: list[tuple[int, int, int, str]]) -> None:
        """Index ``counts`` (in text order, as the recognizers give them) by start."""
        self.counts = counts
        self.starts = [c[0] for c in counts]
        self.sorted = self.starts == sorted(self.starts)
        self.longest = max((c[1] - c[0] for c in counts), default=0)

    def around(self, before: int, after: int) -> list[tuple[int, int, int, str]]:
        """The counts ending at most 40 characters before ``before`` or starting at most 40
        after ``after``, and perhaps a few more, in their order."""
        if not self.sorted:
            return self.counts
        low = bisect_left(self.starts, before - _REACH - self.longest)
        return self.counts[low : bisect_right(self.starts, after + _REACH)]


def _linked_count(
    text: str, counts: list[tuple[int, int, int, str]], before: int, after: int
) -> tuple[int, int, int, str] | None:
    """The count right before the list ("8 countries, including") or right after it."""
    for item in counts:
        if 0 <= before - item[1] <= _REACH and not _STOPS.search(text[item[1] : before]):
            return item
        if 0 <= item[0] - after <= _REACH and not _STOPS.search(text[after : item[0]]):
            return item
    return None
