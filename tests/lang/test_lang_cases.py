"""Every language's recognizer cases, from tests/lang/<xx>/*.yaml (`pytest -k en-dates`).

A case is a text (with the reference date relative dates resolve against) and what the
recognizers find in it, each with its character offsets:

- ``values``: everything ``recognize`` finds, in text order: kind, text, start, end, the claim
  value's keys (``amount``, ``currency``, ``scale``, ``date``, ``period``, ``members``,
  ``time``, ``zone``, ``unit``, ``min``, ``max`` ...), ``qualifier`` when not exact, ``local:
  true`` for a time stated as local time, ``earlier: true`` for the first figure of a change
  ("rose from 12 to 15"), ``noun`` (what a count counts, as written; null for
  none) when the case is about it, and ``pattern`` when the case is about the pattern that
  fired; ``only`` limits the comparison to some kinds;
- ``numbers``: everything ``find_numbers`` finds: text, start, end, value (scale applied),
  ``article: true`` for an article that can mean "one".
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.extract.recognizers import Mention, recognize
from factcheck.extract.recognizers.numbers import NumberMatch, find_numbers
from factcheck.lang import languages

CASES = Path(__file__).parent
_META = {"kind", "text", "start", "end", "qualifier", "pattern", "noun", "local", "earlier"}


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*/*.yaml")):
        lang = path.parent.name
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            case.setdefault("published", data["published"])
            name = f"{lang}-{path.stem}-{case['name']}"
            params.append(pytest.param(lang, case, id=name))
    return params


def _same(expected: Any, found: Any) -> bool:
    if isinstance(expected, int | float) and not isinstance(expected, bool):
        return Decimal(str(expected)) == Decimal(str(found))
    return bool(expected == found)


def _value_of(m: Mention) -> dict[str, Any]:
    return {k: v for k, v in m.value.items() if k != "kind"}


def _matches_value(item: dict[str, Any], m: Mention, text: str) -> bool:
    stated = {k: v for k, v in item.items() if k not in _META}
    found = _value_of(m)
    return (
        (item["kind"], item["start"], item["end"]) == (m.kind, m.start, m.end)
        and item.get("qualifier", "exact") == m.qualifier
        and m.pattern.startswith(item.get("pattern", ""))
        and item.get("local", False) == m.extra.get("local", False)
        and item.get("earlier", False) == m.extra.get("earlier", False)
        and ("noun" not in item or item["noun"] == m.extra.get("noun"))
        and stated.keys() == found.keys()
        and all(_same(stated[k], found[k]) for k in stated)
    )


def _matches_number(item: dict[str, Any], n: NumberMatch) -> bool:
    return (
        (item["start"], item["end"]) == (n.start, n.end)
        and _same(item["value"], n.value)
        and item.get("article", False) == (n.pattern == "article")
    )


def _describe(text: str, found: list[Any]) -> list[str]:
    return [f"{text[f.start : f.end]!r} {f.start}-{f.end} {getattr(f, 'value', '')}" for f in found]


def test_every_language_has_cases():
    with_cases = {path.parent.name for path in CASES.glob("*/*.yaml")}
    assert set(languages()) <= with_cases, set(languages()) - with_cases


@pytest.mark.parametrize(("lang", "case"), _cases())
def test_case(lang: str, case: dict[str, Any]) -> None:
    text = case["text"]
    for item in case.get("values", []) + case.get("numbers", []):
        assert text[item["start"] : item["end"]] == item["text"], f"offsets of {item}"
    if "values" in case:
        published = case["published"]
        found = recognize(text, lang, published if isinstance(published, date) else None)
        if "only" in case:
            found = [m for m in found if m.kind in case["only"]]
        expected = case["values"]
        assert len(found) == len(expected) and all(
            _matches_value(e, m, text) for e, m in zip(expected, found, strict=True)
        ), _describe(text, found)
    if "numbers" in case:
        numbers = find_numbers(text, lang)
        expected = case["numbers"]
        assert len(numbers) == len(expected) and all(
            _matches_number(e, n) for e, n in zip(expected, numbers, strict=True)
        ), _describe(text, numbers)
