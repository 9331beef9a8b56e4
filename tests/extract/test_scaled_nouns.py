"""A scaled figure's noun ("2.3 million customers", "2,3 millions de clients") is what it
counts, and a figure that counts a noun of its own takes no currency from a sum before it."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

from factcheck.extract.recognizers.recognize import recognize


@pytest.mark.parametrize(
    ("lang", "text", "noun"),
    [
        ("en", "The data of 2.3 million customers leaked.", "customers"),
        ("fr", "Les données de 2,3 millions de clients ont fuité.", "clients"),
        ("fr", "Des milliers d'habitants ont fui la ville.", "habitants"),
        ("es", "Se filtraron los datos de 2,3 millones de clientes.", "clientes"),
        ("it", "Sono trapelati i dati di 2,3 milioni di clienti.", "clienti"),
        ("pt", "Vazaram os dados de 2,3 milhões de clientes.", "clientes"),
        ("de", "Die Daten von 2,3 Millionen Kunden wurden gestohlen.", "Kunden"),
        ("nl", "De gegevens van 2,3 miljoen klanten lekten uit.", "klanten"),
    ],
)
def test_a_scaled_count_counts_the_noun_after_its_scale_word(
    lang: str, text: str, noun: str
) -> None:
    counts = [m for m in recognize(text, lang) if m.kind == "count"]
    assert [m.extra.get("noun") for m in counts] == [noun]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hackers demanded $5 million; the data of 2.3 million customers was taken."),
        ("fr", "Les pirates ont exigé 5 millions de dollars et volé 2,3 millions de clients."),
        ("es", "Los piratas pidieron 5 millones de dólares; afectó a 2,3 millones de clientes."),
        ("de", "Die Hacker forderten 5 Millionen Dollar; 2,3 Millionen Kunden sind betroffen."),
    ],
)
def test_a_count_of_its_own_noun_takes_no_currency_from_a_sum_before_it(
    lang: str, text: str
) -> None:
    kinds = [c["value"]["kind"] for c in drafted_claims(text, lang)]
    assert sorted(kinds) == ["amount", "count"], kinds


def test_a_bare_scaled_figure_after_a_sum_is_in_its_currency() -> None:
    text = "The club paid €40 million for the striker and 3 million more in bonuses."
    claims = drafted_claims(text, "en")
    assert [c["value"].get("currency") for c in claims] == ["EUR", "EUR"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The recall covers 1.2 million vehicles in 14 countries."),
        ("fr", "Le rappel concerne 1,2 million de véhicules dans 14 pays."),
        ("de", "Der Rückruf betrifft 1,2 Millionen Fahrzeuge in 14 Ländern."),
        ("es", "La llamada afecta a 1,2 millones de vehículos en 14 países."),
    ],
)
def test_the_noun_a_count_counts_outweighs_a_noun_before_it(lang: str, text: str) -> None:
    topics = {c["quote"]: c["topic"] for c in drafted_claims(text, lang)}
    assert topics["14"] == "countries.count", topics


@pytest.mark.parametrize(
    ("lang", "text", "noun"),
    [
        ("en", "The 4 carriers' pilots walked out on Monday.", "carriers"),
        ("en", "All 12 ministers’ offices were searched.", "ministers"),
        ("nl", "Er stonden 40 auto's in de straat.", "auto's"),  # an apostrophe inside stays
        ("de", "Die 3 Nicht-Regierungsorganisationen klagten.", "Nicht-Regierungsorganisationen"),
    ],
)
def test_a_counted_noun_ends_on_a_letter(lang: str, text: str, noun: str) -> None:
    counts = [m for m in recognize(text, lang) if m.kind == "count"]
    assert [m.extra.get("noun") for m in counts] == [noun]
