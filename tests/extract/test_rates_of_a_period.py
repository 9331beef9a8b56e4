"""A count of what a period brings ("12,000 vehicles a day") is a rate of its own, never
compared with a count of the things themselves ("nine vehicles fell")."""

from __future__ import annotations

import pytest
from drafted import drafted_claims


def _count_topics(text: str, lang: str) -> list[str]:
    claims = drafted_claims(text, lang, published="2026-10-19")
    return [c["topic"] for c in claims if c["value"]["kind"] == "count"]


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        ("en", "About 40,000 visitors a year came to the castle.", "year"),
        ("de", "Täglich nutzen rund 8.000 Pendler die Fähre.", "day"),
        ("fr", "Le ferry transporte 8 000 passagers par jour.", "day"),
        ("es", "El ferry transporta a 8.000 pasajeros al día.", "day"),
        ("it", "Il traghetto trasporta 8.000 passeggeri al giorno.", "day"),
        ("pt", "O ferry transporta 8 mil passageiros por dia.", "day"),
        ("nl", "De veerboot vervoert dagelijks 8.000 passagiers.", "day"),
        ("nb", "Ferja frakter 8000 passasjerer hver dag.", "day"),
        ("tr", "Feribot günde 8 bin yolcu taşıyor.", "day"),
        ("ja", "フェリーは1日あたり約8000人の乗客を運ぶ。", "day"),
        ("ko", "여객선은 하루 평균 8천 명의 승객을 실어 나른다.", "day"),
        ("zh", "渡轮每天运送约8000名乘客。", "day"),
    ],
)
def test_a_count_of_a_period_is_a_rate(lang: str, text: str, period: str) -> None:
    topics = _count_topics(text, lang)
    assert len(topics) == 1 and topics[0].endswith(f".per-{period}"), topics


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Some 8,000 passengers a day use the ferry, and 14 passengers were hurt."),
        ("de", "Täglich nutzen 8.000 Pendler die Fähre. 14 Pendler wurden verletzt."),
        ("zh", "渡轮每天运送约8000名乘客，14名乘客受伤。"),
    ],
)
def test_the_count_beside_a_rate_is_no_rate(lang: str, text: str) -> None:
    rate, count = _count_topics(text, lang)
    assert ".per-day" in rate and ".per-" not in count


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Twelve passengers died a day after the sinking."),
        ("es", "Al día siguiente, 12 pasajeros seguían desaparecidos."),
        ("en", "A day later, 12 passengers were still missing."),
    ],
)
def test_a_day_later_is_no_rate(lang: str, text: str) -> None:
    assert not [t for t in _count_topics(text, lang) if ".per-" in t]
