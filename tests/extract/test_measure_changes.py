"""A measure a change went by ("rose by 2 °C") is the size of the change, drafted in a topic of
changes of its measure; the measure a change went to ("rose to 46 °C") stays a level."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

_BY = [
    ("en", "Night temperatures in the valley rose by 3 degrees."),
    ("en", "Night temperatures in the valley climbed 3 °C."),
    ("de", "Die Temperaturen im Tal sind um 3 Grad gestiegen."),
    ("fr", "Les températures nocturnes ont augmenté de 3 °C dans la vallée."),
    ("es", "Las temperaturas nocturnas subieron 3 °C en el valle."),
    ("it", "Le temperature notturne nella valle sono salite di 3 °C."),
    ("pt", "As temperaturas noturnas subiram 3 °C no vale."),
    ("nl", "De temperatuur in het dal steeg met 3 °C."),
    ("nb", "Temperaturen i dalen økte med 3 °C."),
    ("ja", "谷の夜間の気温は3度上昇した。"),
    ("ko", "계곡의 밤 기온이 3도 상승했다."),
    ("zh", "山谷的夜间气温上升了3摄氏度。"),
    ("tr", "Vadideki gece sıcaklıkları 3 derece arttı."),
]

_TO = [
    ("en", "Night temperatures in the valley rose to 31 degrees."),
    ("de", "Die Temperaturen im Tal stiegen auf 31 Grad."),
    ("fr", "Les températures nocturnes ont grimpé à 31 °C dans la vallée."),
    ("es", "Las temperaturas nocturnas subieron hasta 31 °C en el valle."),
    ("it", "Le temperature notturne nella valle sono salite a 31 °C."),
    ("pt", "As temperaturas noturnas subiram para 31 °C no vale."),
    ("nl", "De temperatuur in het dal steeg naar 31 °C."),
    ("nb", "Temperaturen i dalen steg til 31 °C."),
    ("ja", "谷の夜間の気温は31度に上昇した。"),
    ("ko", "계곡의 밤 기온이 31도로 상승했다."),
    ("zh", "山谷的夜间气温上升至31摄氏度。"),
    ("tr", "Vadideki gece sıcaklıkları 31 dereceye yükseldi."),
]


def _temperature_topics(text: str, lang: str) -> list[str]:
    claims = drafted_claims(text, lang)
    return [c["topic"] for c in claims if c["value"].get("unit") == "°C"]


@pytest.mark.parametrize(("lang", "text"), _BY)
def test_a_measure_a_change_went_by_is_a_change(lang: str, text: str) -> None:
    assert _temperature_topics(text, lang) == ["rise.quantity.temperature"]


@pytest.mark.parametrize(("lang", "text"), _TO)
def test_a_measure_a_change_went_to_is_a_level(lang: str, text: str) -> None:
    assert _temperature_topics(text, lang) == ["temperature"]


def test_changes_of_different_measures_are_apart() -> None:
    claims = drafted_claims("The sea rose by 20 cm. The air rose by 2 °C.", "en")
    topics = [c["topic"] for c in claims if c["value"]["kind"] == "quantity"]
    assert len(set(topics)) == 2 and all(t.startswith("rise.quantity.") for t in topics), topics


def test_a_change_of_a_rate_in_points_stays_a_change_of_a_rate() -> None:
    claims = drafted_claims("Unemployment rose by 0.3 percentage points in May.", "en")
    assert [c["topic"] for c in claims if c["value"]["kind"] == "quantity"] == ["rate_change"]


def test_a_figure_the_measure_came_from_is_no_change() -> None:
    claims = drafted_claims("The river rose from 2 metres to 5 metres overnight.", "en")
    assert all(not c["topic"].startswith("rise") for c in claims), claims


def test_a_measure_far_from_the_change_word_keeps_its_concept() -> None:
    claims = drafted_claims("Prices rose sharply as the heat hit 46 °C in Seville.", "en")
    assert [c["topic"] for c in claims if c["value"]["kind"] == "quantity"] == ["temperature"]
