"""Language data for the recognizers: the YAML lexicons merged with CLDR (babel), cached."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import yaml

LANGUAGES = ("en", "it", "fr", "tr", "nb", "de", "es")
_DIR = Path(__file__).parent / "lexicon"
_SCALE_NAMES = {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}


@dataclass(frozen=True)
class Lexicon:
    """Everything the recognizers know about one language."""

    lang: str
    data: dict[str, Any]
    decimal: str
    groups: tuple[str, ...]
    months: dict[str, int]
    scales: dict[str, Decimal]
    currency_words: dict[str, str]
    currency_symbols: dict[str, str]
    territories: dict[str, str]
    shared: dict[str, Any] = field(repr=False, default_factory=dict)

    def section(self, *path: str) -> Any:
        """The lexicon entry at ``path`` (empty dict when absent)."""
        node: Any = self.data
        for key in path:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        return node


def scale_name(factor: Decimal) -> str | None:
    """The canonical scale word (thousand … trillion) for a power of a thousand."""
    exponent = len(str(int(factor))) - 1 if factor >= 1000 else 0
    return _SCALE_NAMES.get(exponent) if factor == Decimal(10) ** exponent else None


def supported(lang: str) -> str:
    """Map a BCP 47 tag to a supported language ("no"/"nn" read as "nb"), else raise."""
    base = lang.split("-")[0].split("_")[0].lower()
    base = "nb" if base in ("no", "nn") else base
    if base not in LANGUAGES:
        raise ValueError(f"unsupported language '{lang}' (use one of {', '.join(LANGUAGES)})")
    return base


def _read(name: str) -> dict[str, Any]:
    with (_DIR / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def _cldr_months(lang: str) -> dict[str, int]:
    from babel.dates import get_month_names

    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale=lang).items():
                months[name.lower().rstrip(".")] = number
    return months


def _cldr_scales(lang: str) -> dict[str, Decimal]:
    from babel import Locale

    scales: dict[str, Decimal] = {}
    long_forms = Locale.parse(lang)._data["compact_decimal_formats"].get("long", {})
    for patterns in long_forms.values():
        for magnitude, pattern in patterns.items():
            word = re.sub(r"[0#¤]", "", pattern.pattern).strip().lower()
            exponent = (len(magnitude) - 1) // 3 * 3
            if word and exponent:
                scales[word] = Decimal(10) ** exponent
    return scales


def _cldr_territories(lang: str) -> dict[str, str]:
    from babel import Locale

    names: dict[str, str] = {}
    for code, name in Locale.parse(lang).territories.items():
        if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "QO", "XA", "XB"):
            names[name.lower()] = code
    return names


def _currency_names(lang: str) -> dict[str, str]:
    from babel import Locale
    from babel.numbers import get_currency_name

    names: dict[str, str] = {}
    for code, name in Locale.parse(lang).currencies.items():
        if len(code) == 3:
            names[name.lower()] = code
            names[get_currency_name(code, count=2, locale=lang).lower()] = code
    return names


@cache
def load(lang: str) -> Lexicon:
    """The merged lexicon of ``lang`` (one of LANGUAGES)."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    lang = supported(lang)
    data = _read(lang)
    shared = _read("shared")
    decimal = get_decimal_symbol(lang)
    group = get_group_symbol(lang)
    # Print runs use the CLDR group mark, a plain space, or (with a decimal comma) a dot.
    groups = [group]
    groups += [" ", "\u00a0", "\u202f"]
    if decimal == "," and "." not in groups:
        groups.append(".")
    months = _cldr_months(lang)
    months.update({k.lower(): v for k, v in data.get("dates", {}).get("months", {}).items()})
    scales = _cldr_scales(lang)
    scales.update({k.lower(): Decimal(v) for k, v in data["numbers"]["scales"].items()})
    currency_words = _currency_names(lang)
    currency_words.update({k.lower(): v for k, v in data["currencies"]["words"].items()})
    territories = _cldr_territories(lang)
    for code, aliases in data.get("countries", {}).get("aliases", {}).items():
        for alias in aliases:
            territories[alias.lower()] = code
    return Lexicon(
        lang=lang,
        data=data,
        decimal=decimal,
        groups=tuple(dict.fromkeys(groups)),
        months=months,
        scales=scales,
        currency_words=currency_words,
        currency_symbols=dict(shared["currency_symbols"]),
        territories=territories,
        shared=shared,
    )


_SPACE = "\x00"


def _trie_regex(node: dict[str, Any]) -> str:
    """A trie as a regex: shared prefixes are matched once, longer branches tried first."""
    end = "" in node
    branches = []
    for key in sorted(k for k in node if k):
        head = r"\s+" if key == _SPACE else re.escape(key)
        branches.append(head + _trie_regex(node[key]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return f"(?:{body})?"
    return body


def trie(words: object) -> str:
    """A regex matching any of the literal phrases, built as a trie: much faster than a flat
    alternation of thousands of names, and like it, the longest phrase wins at a position.
    """
    root: dict[str, Any] = {}
    for word in {str(w) for w in words}:  # type: ignore[union-attr]
        node = root
        for ch in _SPACE.join(word.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    body = _trie_regex(root)
    return f"(?:{body})" if body and "" not in root else "(?!)"


def alternation(words: object, flags_word: bool = True) -> str:
    """A regex alternation of literal phrases, longest first; spaces match any white space."""
    return trie(words)


def phrases(words: object) -> str:
    """A regex alternation of lexicon phrases that may hold regex syntax (spaces = white space)."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[union-attr]
    parts = [re.sub(r" +", r"\\s+", item) for item in items if item]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"
