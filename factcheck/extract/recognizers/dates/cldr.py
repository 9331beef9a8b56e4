"""Date templates from CLDR: each locale's date formats and year-month-day skeletons (babel),
turned into the template language of the lexicon ("d 'de' MMMM 'de' y" -> "{D} de {M} de {Y}")."""

from __future__ import annotations

import re
from functools import cache

from factcheck.cache.tables import kept_from_cldr
from factcheck.lang import cldr_locales

# the skeletons that name a year with a month, and maybe a day or a weekday
_SKELETONS = ("yM", "yMM", "yMd", "yMMM", "yMMMd", "yMMMM", "yMMMEd", "yMEd", "yMMMMd")
_FIELD = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+")


def _field(run: str, named_month: bool) -> str | None:
    """The slot of one CLDR field, or None for a field the grammar does not read (eras, …)."""
    letter, width = run[0], len(run)
    if letter == "y":
        return "{Y2}" if width == 2 else "{Y}"
    if letter in "ML":
        return "{M}" if width >= 3 else "{MM}"
    if letter == "d":
        return "{D}" if named_month else "{DD}"
    if letter in "Ec":
        return "{WD}"
    return None


def _literal(text: str) -> str:
    """Literal text of a pattern: a space is any white space, a comma may be left out."""
    out = []
    for char in text:
        if char.isspace():
            out.append(" ")
        elif char == ",":
            out.append(",?")
        else:
            out.append(re.escape(char))
    return re.sub(r"(?: )+", " ", "".join(out))


def template(pattern: str) -> str | None:
    """The lexicon template of one CLDR date pattern; None when it has a field not read."""
    named_month = re.search(r"(?<![A-Za-z])(?:MMM|LLL)", pattern) is not None
    parts = []
    for m in _FIELD.finditer(pattern):
        token = m.group()
        if m.group(1):
            slot = _field(token, named_month)
            if slot is None:
                return None
            parts.append(slot)
        elif token.startswith("'"):
            parts.append(_literal(token[1:-1].replace("''", "'")))
        else:
            parts.append(_literal(token))
    body = "".join(parts).strip()
    # a weekday may be left out ("Sunday, 3 March 2019" and "3 March 2019" are the same date)
    body = re.sub(r"^\{WD\}([^{]*)", r"(?:{WD}\1)?", body)
    body = re.sub(r"((?:,\?| )*)\{WD\}$", r"(?:\1{WD})?", body)
    slots = re.findall(r"\{(\w+)\}", body)
    if not any(s.startswith("Y") for s in slots) or not any(s.startswith("M") for s in slots):
        return None
    return body


@cache
def cldr_templates(lang: str) -> tuple[str, ...]:
    """The date templates CLDR gives ``lang``'s locales, longest first, without repeats.
    Kept in the cache folder: reading them loads the language's whole CLDR data."""
    return tuple(kept_from_cldr("date-templates", lang, __file__, lambda: _cldr_templates(lang)))


def _cldr_templates(lang: str) -> list[str]:
    from babel import Locale

    found: dict[str, None] = {}
    for name in cldr_locales(lang):
        locale = Locale.parse(name)
        widths = ("full", "long", "medium", "short")
        patterns = [str(locale.date_formats[w].pattern) for w in widths]
        skeletons = locale.datetime_skeletons
        patterns += [
            str(getattr(skeletons[k], "pattern", skeletons[k]))
            for k in _SKELETONS
            if k in skeletons
        ]
        for pattern in patterns:
            made = template(pattern)
            if made is not None:
                found.setdefault(made)
    return sorted(found, key=lambda t: -len(t))
