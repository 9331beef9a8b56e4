"""A noun another figure counts names that figure only: in "1.2 million power banks in 15
countries" the countries are what 15 counts; the million counts power banks."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

# a recall of a product in some countries: the product's count, then the countries'
RECALLS = {
    "en": ("The firm recalled 1.2 million power banks in 15 countries.", "1.2 million", "15"),
    "de": ("Die Firma ruft 1,2 Millionen Powerbanks in 15 Ländern zurück.", "1,2 Millionen", "15"),
    "nl": ("Het bedrijf roept 1,2 miljoen powerbanks terug in 15 landen.", "1,2 miljoen", "15"),
    "nb": ("Firmaet kaller tilbake 1,2 millioner batteripakker i 15 land.", "1,2 millioner", "15"),
    "tr": ("Şirket 15 ülkede 1,2 milyon bataryayı geri çağırdı.", "1,2 milyon", "15"),
}


def _topics(text: str, lang: str) -> dict[str, str]:
    """Each drafted figure's quote with its topic."""
    return {c["quote"]: c["topic"] for c in drafted_claims(text, lang)}


@pytest.mark.parametrize("lang", sorted(RECALLS))
def test_a_count_of_its_own_noun_does_not_borrow_another_counts_noun(lang: str) -> None:
    text, product, countries = RECALLS[lang]
    topics = _topics(text, lang)
    assert topics.get(countries) == "countries.count", topics
    assert product in topics, topics
    assert not topics[product].startswith("countries"), topics


def test_a_noun_is_still_its_own_figures() -> None:
    topics = _topics("Officials said 12 people died and 40 homes were destroyed.", "en")
    assert topics.get("12") == "deaths"
    assert topics.get("40", "").startswith("homes")


@pytest.mark.parametrize(
    ("lang", "text", "quote"),
    [
        ("fr", "Des neuf tableaux volés, huit restent introuvables.", "huit"),
    ],
)
def test_a_noun_a_comma_parts_from_a_later_figure_still_names_it(
    lang: str, text: str, quote: str
) -> None:
    assert _topics(text, lang).get(quote, "").startswith("items")
