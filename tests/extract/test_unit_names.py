"""A unit that names what a figure is about: a magnitude is a quake's magnitude whether its
word stands inside the figure or next to it, in each language."""

from __future__ import annotations

import pytest
from drafted import drafted_claims


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A 7.7-magnitude earthquake struck on Friday."),
        ("en", "The quake had a magnitude of 7.7."),
        ("de", "Ein Beben der Stärke 7,7 erschütterte die Region."),
        ("fr", "Un séisme de magnitude 7,7 a frappé la région."),
        ("es", "Un sismo de magnitud 7,7 sacudió la región."),
        ("it", "Una scossa di magnitudo 7,7 ha colpito la regione."),
        ("pt", "Um sismo de magnitude 7,7 atingiu a região."),
        ("nl", "Een beving met een kracht van 7,7 trof de regio."),
        ("tr", "Bölgeyi 7,7 büyüklüğünde bir deprem vurdu."),
        ("ja", "マグニチュード7.7の地震が発生した。"),
        ("ko", "규모 7.7의 강진이 발생했다."),
        ("zh", "当地发生里氏7.7级地震。"),
    ],
)
def test_a_magnitude_has_one_topic_wherever_its_word_stands(lang: str, text: str) -> None:
    topics = [c["topic"] for c in drafted_claims(text, lang) if c["value"]["kind"] == "quantity"]
    assert topics == ["magnitude"]
