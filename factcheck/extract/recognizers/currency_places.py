"""A currency word many countries share ("pesos", "ペソ", "比索"): the currency of the country
the text names, where it names countries of only one of them; else no currency decided.

The language's ``currencies.yaml`` ``shared_words`` maps each such word to its family (and,
after a slash, the currency the word names where the text names no country of it), and
``_shared/currencies.yaml`` ``families`` lists the ISO codes of each family. A country's
currencies are those CLDR gives its territory; a region named ("Jalisco", "Antioquia") counts
for its country. With no country of the family named, or countries of two of its currencies
("Mexico and Chile"), the sum is in the ISO 4217 code for no currency (``_shared/currencies.yaml``
``undecided``): compared only with other sums whose currency is undecided, never converted
at a guessed rate.
"""

from __future__ import annotations

from functools import cache

from factcheck.extract.recognizers.countries import place_mentions
from factcheck.lang.lexicon import load

# what marks a family in the currency grammar's table, where ISO codes stand otherwise
FAMILY_MARK = "~"


@cache
def undecided() -> str:
    """The ISO 4217 code of a sum whose currency the text does not decide."""
    return str(load("en").shared_section("currencies", "undecided"))


@cache
def _families() -> dict[str, frozenset[str]]:
    data = load("en").shared_section("currencies", "families") or {}
    return {str(k): frozenset(str(c) for c in v) for k, v in data.items()}


@cache
def _territory_currencies(country: str) -> frozenset[str]:
    from babel.numbers import get_territory_currencies

    try:
        return frozenset(get_territory_currencies(country))
    except Exception:  # babel raises its own errors for a code it does not know
        return frozenset()


def place_currency(text: str, lang: str, family: str) -> str:
    """The ISO code of the currency of ``family`` the countries named in ``text`` use, when
    they use only one; else the family's default the word names after a slash
    ("krone/NOK": English "kroner" were Norway's before a country said otherwise), else
    the code for no currency (:func:`undecided`)."""
    family, _, default = family.partition("/")
    # the default is one of the family too: "$" is the US dollar where the US is named
    members = _families().get(family, frozenset()) | ({default} if default else set())
    found: set[str] = set()
    for _, _, code in place_mentions(text, lang):
        found |= _territory_currencies(code.split("-")[0].upper()) & members
    if len(found) == 1:
        return next(iter(found))
    return default if default and not found else undecided()
