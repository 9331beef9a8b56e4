"""The day someone said something is the source's own report, not the day of the event."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

from factcheck.models.case import _TOPIC_ID_RE


def _days(text: str, lang: str, source: str = "a") -> dict[str, str]:
    """Each weekday the draft holds, with the topic it was given."""
    claims = drafted_claims(text, lang, source)
    return {c["value"]["weekday"]: c["topic"] for c in claims if "weekday" in c["value"]}


# the storm's day, then the day an official spoke
SPOKE = {
    "en": "The storm hit the coast on Sunday. The mayor said on Tuesday the port would reopen.",
    "fr": "La tempête a frappé la côte dimanche. Le maire a indiqué mardi que le port rouvrirait.",
    "de": "Der Sturm erreichte die Küste am Sonntag. Der Bürgermeister sagte am Dienstag, der "
    "Hafen öffne bald.",
    "es": "La tormenta azotó la costa el domingo. El alcalde dijo el martes que el puerto "
    "reabriría.",
    "it": "La tempesta ha colpito la costa domenica. Il sindaco ha detto martedì che il porto "
    "riaprirà.",
    "pt": "A tempestade atingiu a costa no domingo. O prefeito disse na terça-feira que o porto "
    "vai reabrir.",
    "nl": "De storm trof de kust op zondag. De burgemeester zei dinsdag dat de haven opengaat.",
    "nb": "Stormen traff kysten søndag. Ordføreren sa tirsdag at havnen åpner igjen.",
    "tr": "Fırtına pazar günü kıyıyı vurdu. Vali salı günü gazetecilere açıkladı.",
    "ja": "地震は日曜日に発生した。知事は火曜日、記者団に述べた。",
    "ko": "지진은 일요일 발생했다. 시장은 화요일 기자들에게 밝혔다.",
    "zh": "地震于周日发生。市长周二表示，港口将重新开放。",
}

# a day inside what was said: "said that on Sunday the storm ..."
INSIDE = {
    "en": "The mayor said that on Sunday the storm destroyed the pier.",
    "fr": "Le maire a indiqué que dimanche la tempête avait détruit la jetée.",
    "de": "Der Bürgermeister sagte, dass der Sturm am Sonntag den Steg zerstörte.",
    "es": "El alcalde dijo que el domingo la tormenta destruyó el muelle.",
    "it": "Il sindaco ha detto che domenica la tempesta ha distrutto il molo.",
    "pt": "O prefeito disse que no domingo a tempestade destruiu o píer.",
    "nl": "De burgemeester zei dat de storm zondag de pier verwoestte.",
    "nb": "Ordføreren sa at stormen ødela brygga søndag.",
    "tr": "Vali, fırtınanın pazar günü iskeleyi yıktığını açıkladı.",
    "ja": "知事は、日曜日に地震が桟橋を壊したと述べた。",
    "ko": "시장은 일요일 지진이 부두를 부쉈다고 밝혔다.",
    "zh": "市长表示，周日的地震摧毁了码头。",
}


@pytest.mark.parametrize("lang", sorted(SPOKE))
def test_the_day_a_verb_of_saying_names_is_the_source_s_own(lang: str) -> None:
    days = _days(SPOKE[lang], lang, source="kust-01")
    assert days.get("sunday") == "event_date", days
    assert days.get("tuesday") == "statement.kust-01", days


@pytest.mark.parametrize("lang", sorted(INSIDE))
def test_a_day_inside_what_was_said_is_not_the_day_it_was_said(lang: str) -> None:
    days = _days(INSIDE[lang], lang)
    assert "sunday" in days, days
    assert not days["sunday"].startswith("statement"), days


def test_two_sources_statement_days_stand_in_topics_of_their_own() -> None:
    first = _days(SPOKE["en"], "en", source="wire")
    second = _days(SPOKE["en"].replace("Tuesday", "Wednesday"), "en", source="daily")
    assert first["tuesday"] != second["wednesday"]
    assert first["sunday"] == second["sunday"] == "event_date"


@pytest.mark.parametrize("source", ["Agência Ñ 1", "新闻网", "-x-", "UPPER_case"])
def test_a_source_s_own_topic_is_a_valid_topic_id_whatever_its_name(source: str) -> None:
    topic = _days(SPOKE["en"], "en", source=source)["tuesday"]
    assert topic.startswith("statement.")
    assert _TOPIC_ID_RE.match(topic), topic


# the day, a clause break, then who said it: the day is the event's
AFTER_A_BREAK = {
    "en": "The train derailed on Friday, the railway said.",
    "fr": "Le train a déraillé vendredi, a indiqué la compagnie.",
    "es": "El tren descarriló el viernes, dijo la compañía.",
    "it": "Il treno è deragliato venerdì, ha detto la compagnia.",
    "pt": "O trem descarrilou na sexta-feira, disse a empresa.",
    "de": "Der Zug entgleiste am Freitag, sagte die Bahn.",
}


@pytest.mark.parametrize("lang", sorted(AFTER_A_BREAK))
def test_a_verb_of_saying_past_a_clause_break_does_not_date_the_figure(lang: str) -> None:
    assert _days(AFTER_A_BREAK[lang], lang) == {"friday": "event_date"}
