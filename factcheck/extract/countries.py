"""Lists of countries ("China, Russia and Laos"), partial or complete, tied to a stated count."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.extract.lexicon import alternation, load
from factcheck.normalize.places import country_code

_MAX_WORDS = 5
# a word, or an elided article glued to one ("l'Australie", "d’America")
_WORD = re.compile(r"[^\W\d_](?:[\w.\-]|['’](?=\w))*")
_STARTS_NAME = re.compile(r"(?:[^\W\d_]{1,2}['’])?[^\W\d_]")


@dataclass(frozen=True)
class CountryList:
    """Countries named in a row: span, ISO codes in text order, completeness and stated count."""

    start: int
    end: int
    members: tuple[str, ...]
    complete: bool
    count: int | None
    qualifier: str
    count_span: tuple[int, int] | None


@dataclass(frozen=True)
class _Grammar:
    gap: re.Pattern[str]
    including_before: re.Pattern[str]
    including_after: re.Pattern[str]


@cache
def grammar(lang: str) -> _Grammar:
    """Compiled list patterns of ``lang``: separators, articles and "including" words."""
    lex = load(lang)
    joiners = alternation(w for w in lex.section("numbers").get("joiners", []) if w != "-")
    articles = alternation(lex.section("countries").get("articles", []))
    including = alternation(lex.section("countries").get("including", []))
    return _Grammar(
        gap=re.compile(rf"\s*,?\s*(?:{joiners}\s+)?(?:{articles}(?:\s+|(?<=['’])))?", re.I),
        including_before=re.compile(rf"(?<!\w){including}[\s:,]*(?:{articles}\s*)?$", re.I),
        including_after=re.compile(rf"\s*,?\s*{including}(?!\w)", re.I),
    )


@cache
def _code(name: str) -> tuple[str, int] | None:
    """The country code of ``name`` and how many trailing characters (a full stop) to drop."""
    code = country_code(name)
    if code is None and name.endswith("."):
        trimmed = country_code(name[:-1])
        return (trimmed, 1) if trimmed else None
    return (code, 0) if code else None


def _hits(text: str) -> list[tuple[int, int, str]]:
    words = list(_WORD.finditer(text))

    def joined(k: int) -> bool:
        """Word k and word k + 1 are separated by a single space."""
        end = words[k].end()
        return end + 1 == words[k + 1].start() and text[end] == " "

    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        word = words[i]
        head = word.group()
        if not (head[:4] != head[:4].lower() and _STARTS_NAME.match(head)):
            i += 1
            continue
        found = None
        last = i
        while last < len(words) - 1 and last - i < _MAX_WORDS - 1 and joined(last):
            last += 1
        for j in range(last, i - 1, -1):
            name = text[word.start() : words[j].end()]
            coded = _code(name)
            if coded:
                found = (word.start(), words[j].end() - coded[1], coded[0], j)
                break
        if found:
            out.append(found[:3])
            i = found[3] + 1
        else:
            i += 1
    return out


def _runs(text: str, g: _Grammar, hits: list[tuple[int, int, str]]) -> list[list[tuple]]:
    runs: list[list[tuple]] = []
    for hit in hits:
        if runs:
            prev = runs[-1][-1]
            gap = g.gap.fullmatch(text, prev[1], hit[0])
            if gap is not None and prev[1] < hit[0]:
                runs[-1].append(hit)
                continue
        runs.append([hit])
    return runs


def find_country_lists(
    text: str, lang: str, counts: list[tuple[int, int, int, str]]
) -> list[CountryList]:
    """Lists of two or more countries, or one after "including"; ``counts`` are
    (start, end, value, qualifier) of the counts found in ``text``, to link a stated size.
    """
    g = grammar(lang)
    out: list[CountryList] = []
    for run in _runs(text, g, _hits(text)):
        start, end = run[0][0], run[-1][1]
        before = g.including_before.search(text, max(0, start - 40), start)
        after = g.including_after.match(text, end)
        if len(run) < 2 and before is None:
            continue
        members = tuple(dict.fromkeys(code for _, _, code in run))
        anchor_before = before.start() if before else start
        anchor_after = after.end() if after else end
        count = _linked_count(text, counts, anchor_before, anchor_after)
        partial = before is not None or after is not None
        stated: int | None = None
        qualifier = "exact"
        span = None
        if count is not None:
            span, qualifier = (count[0], count[1]), count[3]
            partial = partial or count[2] > len(members) or qualifier not in ("exact", "at_most")
            # a count equal to the list's length says nothing the list does not
            stated = count[2] if count[2] != len(members) else None
        out.append(CountryList(start, end, members, not partial, stated, qualifier, span))
    return out


def _linked_count(
    text: str, counts: list[tuple[int, int, int, str]], before: int, after: int
) -> tuple[int, int, int, str] | None:
    """The count right before the list ("8 countries, including") or right after it."""
    for item in counts:
        if 0 <= before - item[1] <= 40 and not re.search(r"[.;:!?]", text[item[1] : before]):
            return item
        if 0 <= item[0] - after <= 40 and not re.search(r"[.;:!?]", text[after : item[0]]):
            return item
    return None
