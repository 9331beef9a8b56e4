"""Who gives a figure: "3,000 according to police", "los organizadores hablaron de 10.000",
"laut Polizei rund 3000", "警察によると3000人".

A crowd counted by its organizers and by the police, a toll given by the government and by
a rescue group, are two counts, not one count told two ways: the claimant a figure is given
by is drafted as its ``attribution``, and figures of different claimants are not compared.
A claimant is one of the kinds of claimant each language names (``attach.yaml``
``claimants``: officials, organizers; keyed alike in every language), else the name the
source names it by ("according to Reuters"). It is read from the words that say whom a
figure is according to (``according_to``, ``according_after``) and from a claimant word
that is the subject of the figure's clause ("les organisateurs revendiquent 10 000").
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.pipeline.concepts import ConceptHit
from factcheck.extract.pipeline.counted import whole_of_part
from factcheck.extract.pipeline.cues import CLAUSE_BREAK, words_pattern
from factcheck.extract.pipeline.holders import Names
from factcheck.extract.pipeline.sentences import Sentence
from factcheck.extract.recognizers.recognize import Mention
from factcheck.lang import section
from factcheck.lang.lexicon import load

_PHRASE = 40  # characters after 'according to' (before 'zufolge') where its claimant stands
_SUBJECT_REACH = 60  # characters from a claimant word that is its clause's subject to the figure
_ACROSS = 40  # characters a clause break adds between a figure and 'according to ...'
_REACH = 140  # characters from a figure to the words naming its claimant


@cache
def _kinds(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    """Each kind of claimant of ``lang`` with the pattern of its words."""
    data = section(lang, "attach", "claimants") or {}
    out = []
    for kind, words in sorted(data.items()):
        pattern = words_pattern(lang, [str(w) for w in words])
        if pattern is not None:
            out.append((str(kind), pattern))
    return out


@cache
def _according(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = load(lang).section("attach")
    before = words_pattern(lang, [str(w) for w in data.get("according_to") or []])
    after = words_pattern(lang, [str(w) for w in data.get("according_after") or []])
    return before, after


class Claimants:
    """The claimants one text names, found once and asked for by figure."""

    def __init__(self, text: str, lang: str, names: Names) -> None:
        """``names``: the text's names, for a claimant no kind fits ("according to Reuters")."""
        self.text = text
        # (start, end, claimant, whether it may stand across a clause break from its figure)
        self.said: list[tuple[int, int, str, bool]] = []
        found_kinds = [(k, m.start(), m.end()) for k, p in _kinds(lang) for m in p.finditer(text)]
        self.named: set[str] = set()
        kinds = [self._by_name(names, hit) for hit in found_kinds]
        before, after = _according(lang)
        phrases = []
        if before is not None:
            phrases += [
                (m.start(), m.end(), m.end() + _PHRASE, True) for m in before.finditer(text)
            ]
        if after is not None:
            phrases += [
                (m.start(), m.end(), m.start() - _PHRASE, False) for m in after.finditer(text)
            ]
        used: set[int] = set()
        for start, end, reach, forward in phrases:
            low, high = (end, reach) if forward else (max(0, reach), start)
            cut = CLAUSE_BREAK.search(text, low, high) if forward else None
            high = cut.start() if cut else high
            if not forward:
                breaks = list(CLAUSE_BREAK.finditer(text, low, high))
                low = breaks[-1].end() if breaks else low
            # a name saying whom a figure is according to holds none ("selon le ministère
            # de l'Intérieur")
            self.named.update(name for s, e, name in names.runs if low <= s and e <= high)
            found = next((k for k in kinds if low <= k[1] and k[2] <= high), None)
            if found is None:
                found = _named(names, low, high)
            else:
                used.add(found[1])
            if found is not None:
                claimant, first, last = found
                self.said.append((min(start, first), max(end, last), claimant, True))
        for kind, start, end in kinds:
            if start not in used:
                self.said.append((start, end, kind, False))
        verbs = _verbs(lang)
        for verb in verbs.finditer(text) if verbs is not None else ():
            found = _giver(names, text, verb.start(), verb.end())
            if found is not None and not any(s <= found[1] < e for s, e, _, _ in self.said):
                name, start, end = found
                self.said.append((min(start, verb.start()), max(end, verb.end()), name, False))
                self.named.add(name)

    def _by_name(self, names: Names, hit: tuple[str, int, int]) -> tuple[str, int, int]:
        """A kind of claimant with its name right beside it ("the CGT union", "die
        Gewerkschaft CGTP", "le syndicat CGT"): the name, which reads alike across
        languages, where the kind's word does not."""
        _, start, end = hit
        for s, e, name in names.runs:
            if (e <= start and self.text[e:start].isspace()) or (
                s >= end and self.text[end:s].isspace()
            ):
                self.named.add(name)
                return name, min(s, start), max(e, end)
        return hit

    def claimant(self, start: int, end: int, sentence: tuple[int, int]) -> str | None:
        """Who gives the figure at ``start``-``end`` of ``sentence``, if the text says."""
        best: tuple[int, str] | None = None
        for s, e, claimant, phrase in self.said:
            if s < sentence[0] or e > sentence[1] or (s < end and start < e):
                continue
            between = self.text[e:start] if e <= start else self.text[end:s]
            broken = CLAUSE_BREAK.search(between) is not None
            if not phrase and (broken or s > start or start - e > _SUBJECT_REACH):
                continue  # a claimant word names its figure only as its clause's subject
            distance = len(between) + (_ACROSS if broken else 0)
            if distance <= _REACH and (best is None or distance < best[0]):
                best = (distance, claimant)
        return best[1] if best else None


@cache
def _verbs(lang: str) -> re.Pattern[str] | None:
    """The verbs ``lang``'s claimants give figures by (attach.yaml ``claim_verbs``)."""
    return words_pattern(lang, [str(w) for w in section(lang, "attach", "claim_verbs") or []])


_BESIDE = re.compile(r"\s+(?:[^\W\d_]{1,4}\s+)?")  # a space, and an article at most


def _giver(names: Names, text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The name giving a figure by the verb at ``start``-``end``: the one right after it
    (its subject put after it: "zählte die SUD", "telde de SUD"), else the one right before
    it ("la SUD contou", "the SUD counted")."""
    for s, e, name in names.runs:
        if s >= end and _BESIDE.fullmatch(text, end, s):
            return name, s, e
    for s, e, name in names.runs:
        if e <= start and _BESIDE.fullmatch(text, e, start):
            return name, s, e
    return None


def _named(names: Names, low: int, high: int) -> tuple[str, int, int] | None:
    """The first name standing in ``low``-``high``: the claimant it names, and its span."""
    return next(((name, s, e) for s, e, name in names.runs if low <= s and e <= high), None)


def holder_and_claimant(
    m: Mention, sentence: Sentence, names: Names, claimants: Claimants, whole: bool = False
) -> tuple[str | None, str | None]:
    """The name holding the figure ``m`` of ``sentence`` and who gives it; a name that
    gives the figure ("according to Reuters") does not hold it, and none holds the whole a
    part is counted of ("22 of the 47 seats": the 47 are all the seats, not the name's)."""
    span = (sentence.start, sentence.end)
    # a day or a time is no estimate: whoever gives it, it is the same day
    estimate = m.kind in ("count", "amount", "quantity", "percent")
    claimant = claimants.claimant(m.start, m.end, span) if estimate else None
    holder = None if whole else names.holder(m.start, m.end, span)
    return (None if holder == claimant or holder in claimants.named else holder), claimant


class Whose:
    """The name holding each figure of a text and who gives it, noted by claim index."""

    def __init__(
        self,
        text: str,
        lang: str,
        mentions: list[Mention],
        places: list[tuple[int, int]],
        words: list[list[ConceptHit]],
    ) -> None:
        """``places``: where the text names places; ``words``: its concept words by sentence."""
        self.text, self.lang = text, lang
        taken = [(x.start, x.end) for x in mentions] + places
        self.names = Names(text, lang, taken, [(h.start, h.end) for hs in words for h in hs])
        self.claimants = Claimants(text, lang, self.names)
        self.found: dict[int, tuple[str | None, str | None]] = {}

    def note(self, index: int, m: Mention, sentence: Sentence) -> None:
        """Note whose the figure ``m`` of ``sentence`` (the claim at ``index``) is."""
        whole = m.kind == "count" and whole_of_part(self.text, self.lang, m)
        self.found[index] = holder_and_claimant(m, sentence, self.names, self.claimants, whole)

    def of(self, index: int) -> tuple[str | None, str | None]:
        """The holder and the claimant noted for the claim at ``index`` (None: not said)."""
        return self.found.get(index, (None, None))
