"""Unit words of a language: what turns a figure into a measure, a duration or a percentage.

CLDR (babel's unit patterns) gives each language's long and short unit names and the side
of the figure they stand on; ``_shared/units.yaml`` lists the CLDR units read and the
symbols every language writes; the language's ``units.yaml`` adds what CLDR lacks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from factcheck.cache.snapshots import snapshot
from factcheck.cache.tables import kept_from_cldr
from factcheck.extract.recognizers.edges import LETTER, WORD, edges
from factcheck.extract.recognizers.words import phrases, trie
from factcheck.lang import cldr_locales
from factcheck.lang.lexicon import load

KINDS = ("quantity", "duration", "percent")
# short CLDR letters this long or shorter ("h", "m.", "d") read as too many other things
_SHORTEST = 1


@dataclass(frozen=True)
class Unit:
    """A unit as a claim file names it, and the value kind it makes of a figure."""

    kind: str
    unit: str


@dataclass(frozen=True)
class UnitGrammar:
    """Compiled unit patterns of one language."""

    after: re.Pattern[str]  # at a figure's end: a unit, maybe after a hyphen
    before: re.Pattern[str] | None  # a unit phrase ending right before a figure
    glued: re.Pattern[str]  # a figure glued to a unit symbol: "15GW", "29km", "-8C"
    words: dict[str, Unit]  # case-folded word -> unit
    symbols: dict[str, Unit]  # case-sensitive symbol -> unit (glued-only ones too)
    before_units: tuple[Unit, ...]  # per ``before`` group ``bN``
    scale_symbols: frozenset[str]  # scale words that are also unit symbols ("m")
    half: re.Pattern[str] | None = None  # a half after the unit: "two days and a half"
    # a word before a figure that makes its length a speed: 時速 (per hour), 초속 (per second)
    per: re.Pattern[str] | None = None
    per_units: dict[str, str] = field(default_factory=dict)  # the word -> its time unit
    speeds: frozenset[str] = frozenset()  # the units of speed the grammar reads ("km/h")
    # a word that is a length only after such a word: "時速240キロ" (キロ alone may be kg)
    per_lengths: re.Pattern[str] | None = None
    per_length_units: dict[str, str] = field(default_factory=dict)
    # a case ending that ties the figure to a verb as where it went or came from
    # ("31 dereceye", "5 metreden"): left outside the measure's span, where the words of
    # a change read it
    relation: re.Pattern[str] | None = None


def _key(word: str) -> str:
    return re.sub(r"\s+", " ", word.strip().lower())


def _cldr_forms(lang: str, units: dict[str, dict[str, str]]) -> tuple[dict, dict]:
    """CLDR's unit names for ``lang``: (forms after the figure, forms before it). Kept in the
    cache folder: reading them loads the language's whole CLDR data."""

    def read() -> list[dict[str, tuple[str, str]]]:
        return [
            {word: (unit.kind, unit.unit) for word, unit in forms.items()}
            for forms in _read_cldr_forms(lang, units)
        ]

    after, before = kept_from_cldr("unit-forms", lang, __file__, read, args=[lang, units])
    return (
        {word: Unit(kind, unit) for word, (kind, unit) in after.items()},
        {word: Unit(kind, unit) for word, (kind, unit) in before.items()},
    )


def _read_cldr_forms(lang: str, units: dict[str, dict[str, str]]) -> tuple[dict, dict]:
    from babel import Locale

    after: dict[str, Unit] = {}
    before: dict[str, Unit] = {}
    for locale in reversed(cldr_locales(lang)):
        _add_cldr_forms(Locale.parse(locale)._data["unit_patterns"], units, after, before)
    return after, before


def _add_cldr_forms(
    patterns: Any, units: dict[str, dict[str, str]], after: dict, before: dict
) -> None:
    """Add one CLDR locale's unit forms to ``after`` and ``before``, over what is there."""
    for kind, ids in units.items():
        for cldr_id, canonical in ids.items():
            lengths = patterns.get(cldr_id, {})
            for length in ("long", "short"):
                for count, pattern in dict(lengths.get(length, {})).items():
                    if count == "per" or not isinstance(pattern, str):
                        continue
                    text = pattern.replace("\xa0", " ").replace("\u202f", " ")
                    head, _, tail = text.partition("{0}")
                    if head.strip() and tail.strip():
                        continue  # "每小时{0}公里": neither side alone names the unit
                    word = (tail or head).strip()
                    bare = word.rstrip(".")
                    letter = len(bare) <= _SHORTEST and bare.isalpha()
                    if not word or (length == "short" and letter):
                        continue
                    (after if tail.strip() else before)[_key(word)] = Unit(kind, str(canonical))


def _language_forms(data: dict[str, Any]) -> dict[str, Unit]:
    """The language's own unit words after a figure, by kind."""
    out: dict[str, Unit] = {}
    for kind in KINDS:
        entries = data.get(kind) or {}
        if isinstance(entries, list):  # percent words need no unit
            entries = {word: "%" for word in entries}
        for word, unit in entries.items():
            out[_key(str(word))] = Unit(kind, str(unit))
    return out


def _shared_symbols(shared: dict[str, Any], section: str = "symbols") -> dict[str, Unit]:
    return {
        str(symbol): Unit(kind, str(unit))
        for kind in KINDS
        for symbol, unit in (shared.get(section, {}).get(kind) or {}).items()
    }


def _symbol_led(word: str, symbols: set[str]) -> bool:
    """Whether ``word`` opens with a sign, or with a symbol that no letter continues."""
    if not word[0].isalpha():
        return True
    return any(
        word.startswith(s) and len(word) > len(s) and not word[len(s)].isalpha() for s in symbols
    )


@cache
@snapshot("unit-grammar")
def grammar(lang: str) -> UnitGrammar:
    """The compiled unit patterns of ``lang``."""
    lex = load(lang)
    e = edges(lang)
    shared = lex.shared_section("units")
    data = lex.section("units")
    words, cldr_before = _cldr_forms(lex.lang, shared.get("cldr", {}))
    symbols = _shared_symbols(shared)
    for word in [*shared.get("never", []), *data.get("skip", [])]:
        words.pop(_key(str(word)), None)
        cldr_before.pop(_key(str(word)), None)
        symbols.pop(str(word), None)
    words.update(_language_forms(data))
    # a language may glue case endings to a unit word ("dakikada", "kilometrelik")
    endings = data.get("endings", "")
    # a unit ends where no letter follows, but a glued particle may ("15기가와트의", "3時間に")
    end = f"(?!{e.free(LETTER)})"
    word_alt = f"(?P<word>{trie(words)}){endings}{end}"
    # a word led by a symbol ("%ポイント", "km/u") is read whole, not as the symbol and what
    # follows it
    folded_symbols = {symbol.lower() for symbol in symbols}
    led = [w for w in words if w not in folded_symbols and _symbol_led(w, folded_symbols)]
    not_led = f"(?!(?:{trie(led)}){end})" if led else ""
    symbol_alt = f"{not_led}(?P<sym>(?-i:{trie(symbols)})){end}"
    # symbols read only glued to their figure ("-8C", "95F"): spaced, they are letters
    glued_symbols = {**symbols, **_shared_symbols(shared, "glued_only")}
    glued_alt = f"{not_led}(?P<sym>(?-i:{trie(glued_symbols)})){end}"
    # the unit may follow a hyphen ("7.7-magnitude") or an elided article ("un'ora")
    after = re.compile(rf"(?:\s*-\s*|['’]|\s*)(?:{symbol_alt}|{word_alt})", re.IGNORECASE)
    before_phrases: list[tuple[str, Unit]] = [
        (re.escape(word).replace(r"\ ", r"\s+"), unit) for word, unit in cldr_before.items()
    ]
    for kind in KINDS:
        for phrase, unit in (data.get("before", {}).get(kind) or {}).items():
            before_phrases.append((str(phrase).replace(" ", r"\s+"), Unit(kind, str(unit))))
    # "M6.5", "Mw 7.7": a symbol before its figure, in its case; one letter only glued to it
    for kind, prefixes in (shared.get("prefixes") or {}).items():
        for symbol, unit in (prefixes or {}).items():
            touching = r"(?!\s)" if len(str(symbol)) == 1 else ""
            source = rf"(?-i:{re.escape(str(symbol))}){touching}"
            before_phrases.append((source, Unit(kind, str(unit))))
    before = None
    if before_phrases:
        parts = [f"(?P<b{i}>{source})" for i, (source, _) in enumerate(before_phrases)]
        before = re.compile(rf"(?<!{e.start(LETTER)})(?:{'|'.join(parts)})\s*$", re.IGNORECASE)
    group = "|".join(re.escape(g) for g in lex.groups if not g.isspace())
    digits = rf"\d{{1,3}}(?:(?:{group})\d{{3}})+(?!\d)|\d+" if group else r"\d+"
    glued = re.compile(
        rf"(?:(?<![\w.,])(?P<sign>[-−]))?(?<!{e.start(WORD)})(?<![.,])"
        rf"(?P<int>{digits})(?:{re.escape(lex.decimal)}(?P<frac>\d+))?"
        rf"(?:{glued_alt}|(?P<word>{trie(words)}){end})",
        re.IGNORECASE,
    )
    scale_symbols = frozenset(str(s) for s in shared.get("shared_with_scales", []))
    per_units = {_key(str(k)): str(v) for k, v in (data.get("per_before") or {}).items()}
    per = None
    if per_units:
        # the words of a bound or an estimate that may part the word from its figure
        # ("时速约为164公里", "時速約146キロ"): the figure's qualifier, read before the figure
        gap = str(data.get("per_gap") or "(?!)")
        per = re.compile(rf"(?P<per>{trie(per_units)})\s*(?P<gap>{gap})?\s*$", re.IGNORECASE)
    per_length_units = {_key(str(k)): str(v) for k, v in (data.get("per_lengths") or {}).items()}
    per_lengths = None
    if per and per_length_units:
        per_lengths = re.compile(rf"\s*(?P<word>{trie(per_length_units)}){end}", re.IGNORECASE)
    halves = [str(h) for h in data.get("half_after", [])]
    half = None
    if halves:
        half = re.compile(rf"\s*(?:{phrases(halves)}){end}", re.IGNORECASE)
    relation = data.get("relation_endings")
    return UnitGrammar(
        relation=re.compile(str(relation), re.IGNORECASE) if relation else None,
        after=after,
        before=before,
        glued=glued,
        words=words,
        symbols=glued_symbols,
        before_units=tuple(unit for _, unit in before_phrases),
        scale_symbols=scale_symbols & (set(symbols) | set(words)),
        half=half,
        per=per,
        per_units=per_units,
        speeds=frozenset(u.unit for u in [*words.values(), *symbols.values()] if "/" in u.unit),
        per_lengths=per_lengths,
        per_length_units=per_length_units,
    )


def unit_of(g: UnitGrammar, match: re.Match[str]) -> Unit | None:
    """The unit an ``after`` or ``glued`` match names."""
    if match["sym"] is not None:
        return g.symbols.get(match["sym"])
    return g.words.get(_key(match["word"])) if match["word"] is not None else None


def unit_end(g: UnitGrammar, match: re.Match[str]) -> int:
    """Where the unit an ``after`` match names ends: before a case ending of where the
    figure went or came from ("31 derece|ye"), else where the match ends."""
    if g.relation is None or match["word"] is None:
        return match.end()
    stem = match.end("word")
    return stem if g.relation.fullmatch(match.string, stem, match.end()) else match.end()


def unit_before(g: UnitGrammar, match: re.Match[str]) -> Unit:
    """The unit a ``before`` match names."""
    return g.before_units[int((match.lastgroup or "b0")[1:])]
