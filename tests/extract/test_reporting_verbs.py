"""The day a source reported a figure is no day of the event: reporting verbs in the present
tense, in the plural and as 'announced' or 'reported' say when a statement was made, as
'said' does ("the storm killed 12 on Tuesday, the agency reported on Thursday")."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

# a storm on Tuesday, reported on Thursday: the event's day, then the report's
REPORTED = {
    "en": (
        "The storm killed 12 people on Tuesday, the agency announced on Thursday.",
        "Tuesday",
        "Thursday",
    ),
    "de": (
        "Der Sturm tötete am Dienstag zwölf Menschen, meldet die Behörde am Donnerstag.",
        "Dienstag",
        "Donnerstag",
    ),
    "es": (
        "La tormenta mató a 12 personas el martes, informaron las autoridades el jueves.",
        "martes",
        "jueves",
    ),
    "fr": ("La tempête a tué 12 personnes mardi, a annoncé l'agence jeudi.", "mardi", "jeudi"),
    "it": (
        "La tempesta ha ucciso 12 persone martedì, ha reso noto l'agenzia giovedì.",
        "martedì",
        "giovedì",
    ),
    "ja": ("嵐で火曜日に12人が死亡したと当局が木曜日に伝えた。", "火曜日", "木曜日"),
    "ko": ("폭풍으로 화요일 12명이 숨졌다고 당국이 목요일 알렸다.", "화요일", "목요일"),
    "nb": ("Stormen drepte tolv mennesker tirsdag, melder politiet torsdag.", "tirsdag", "torsdag"),
    "nl": (
        "De storm eiste dinsdag twaalf levens, meldt de veiligheidsregio donderdag.",
        "dinsdag",
        "donderdag",
    ),
    "pt": (
        "A tempestade matou 12 pessoas na terça-feira, informaram as autoridades na quinta-feira.",
        "terça-feira",
        "quinta-feira",
    ),
    "tr": (
        "Fırtınada salı günü 12 kişi öldü, yetkililer perşembe günü bildirdi.",
        "salı günü",
        "perşembe günü",
    ),
    "zh": ("当局星期四通报，风暴星期二造成12人死亡。", "星期二", "星期四"),
}


@pytest.mark.parametrize("lang", sorted(REPORTED))
def test_the_day_of_a_report_is_when_it_was_said(lang: str) -> None:
    text, event, report = REPORTED[lang]
    topics = {c["quote"]: c["topic"] for c in drafted_claims(text, lang)}
    assert topics.get(event) == "event_date", topics
    assert topics.get(report, "").startswith("statement"), topics


@pytest.mark.parametrize(
    ("lang", "text", "quote"),
    [
        ("en", "The first case was confirmed on 3 March in Seville.", "3 March"),
        ("es", "El primer caso se confirmó el 3 de marzo.", "3 de marzo"),
        ("fr", "Le premier cas a été confirmé le 3 mars.", "3 mars"),
        ("nb", "Det første tilfellet ble bekreftet 3. mars.", "3. mars"),
    ],
)
def test_a_case_confirmed_on_a_day_is_no_statement(lang: str, text: str, quote: str) -> None:
    """A case confirmed (in the passive) on a day: an event of the story, not a statement."""
    topics = {c["quote"]: c["topic"] for c in drafted_claims(text, lang)}
    assert not topics.get(quote, "").startswith("statement"), topics
