"""Who gives a figure by a verb of their own: 'police put the crowd at 5,000', 'la SUD
contou 9.000': the claimant is the figure's attribution, a name giving it holds none of it,
and a claimant word before such a verb says nothing of what the figure counts."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

# a union named by its name gives one count, the police another
NAMED = {
    "de": ("In Bern zählte die SUD 9000 Demonstranten, die Polizei 3000.", "9000", "3000"),
    "en": ("In Bern, the SUD counted 9,000 marchers and police 3,000.", "9,000", "3,000"),
    "es": ("En Berna, la SUD contó 9.000 manifestantes y la policía 3.000.", "9.000", "3.000"),
    "fr": ("À Berne, la SUD a compté 9 000 manifestants, la police 3 000.", "9 000", "3 000"),
    "it": ("A Berna la SUD ha contato 9.000 manifestanti, la polizia 3.000.", "9.000", "3.000"),
    "nl": ("In Bern telde de SUD 9000 demonstranten, de politie 3000.", "9000", "3000"),
    "nb": ("I Bern telte SUD 9000 demonstranter, politiet 3000.", "9000", "3000"),
    "pt": ("Em Berna, a SUD contou 9.000 manifestantes e a polícia 3.000.", "9.000", "3.000"),
}


@pytest.mark.parametrize("lang", sorted(NAMED))
def test_a_name_giving_a_figure_by_its_verb_is_its_claimant(lang: str) -> None:
    text, union, police = NAMED[lang]
    claims = {c["quote"]: c for c in drafted_claims(text, lang)}
    assert claims[union].get("attribution") == "SUD", claims[union]
    assert claims[union]["subject"] != "SUD", claims[union]
    assert claims[police].get("attribution") == "officials", claims[police]


# the police giving a count of marchers: the count is no count of police
GIVEN_BY_POLICE = {
    "en": ("Police put the number of marchers at 5,000.", "5,000"),
    "de": ("Die Polizei zählte 5000 Demonstranten.", "5000"),
    "fr": ("La police a compté 5 000 manifestants.", "5 000"),
    "es": ("La policía contó 5.000 manifestantes.", "5.000"),
    "pt": ("A polícia contou 5.000 manifestantes.", "5.000"),
}


@pytest.mark.parametrize("lang", sorted(GIVEN_BY_POLICE))
def test_the_police_who_counted_are_not_what_was_counted(lang: str) -> None:
    text, quote = GIVEN_BY_POLICE[lang]
    claims = {c["quote"]: c for c in drafted_claims(text, lang)}
    assert claims[quote]["topic"] != "personnel", claims[quote]
    assert claims[quote].get("attribution") == "officials", claims[quote]


# a union named beside the word for it: its name, alike in every language, is the claimant
UNION = {
    "de": "Die Gewerkschaft SUD sprach von 9000 Demonstranten, das Innenministerium von 3000.",
    "en": "The SUD union said 9,000 people marched, while the interior ministry counted 3,000.",
    "es": "El sindicato SUD habló de 9.000 manifestantes; el Ministerio del Interior contó 3.000.",
    "fr": (
        "Selon le syndicat SUD, 9 000 personnes ont défilé ; 3 000 selon le ministère de "
        "l'Intérieur."
    ),
}


@pytest.mark.parametrize("lang", sorted(UNION))
def test_a_union_named_beside_its_kind_is_its_name(lang: str) -> None:
    claims = drafted_claims(UNION[lang], lang)
    given = {c["value"]["count"]: (c.get("attribution"), c["subject"]) for c in claims}
    union = next(v for k, v in given.items() if int(k) == 9000)
    police = next(v for k, v in given.items() if int(k) == 3000)
    assert union[0] == "SUD" and police[0] == "officials", given
    assert "SUD" not in (union[1], police[1]) and "Intérieur" not in police[1], given
