"""An outbreak's cases and its people in hospital take topics of their own."""

from __future__ import annotations

import pytest
from drafted import count_topics

# the cases so far, then the people taken to hospital
OUTBREAK = {
    "en": "The outbreak has reached 340 cases. 27 people were hospitalised.",
    "fr": "L'épidémie compte 340 cas. 27 personnes ont été hospitalisées.",
    "de": "Der Ausbruch zählt 340 Masernfälle. 27 Menschen kamen ins Krankenhaus.",
    "es": "El brote suma 340 casos. 27 personas fueron hospitalizadas.",
    "it": "Il focolaio conta 340 casi. 27 persone sono state ricoverate.",
    "pt": "O surto soma 340 casos. 27 pessoas foram hospitalizadas.",
    "nl": "De uitbraak telt 340 besmettingen. 27 mensen liggen in het ziekenhuis.",
    "nb": "Utbruddet har nådd 340 smittetilfeller. 27 personer er innlagt.",
    "tr": "Salgında vaka sayısı 340 oldu. 27 kişi hastaneye kaldırıldı.",
    "ja": "感染者は340人に達した。27人が入院した。",
    "ko": "확진자는 340명에 이르렀다. 27명이 입원했다.",
    "zh": "病例已达340例。27人住院。",
}


@pytest.mark.parametrize("lang", sorted(OUTBREAK))
def test_cases_and_people_in_hospital_take_their_topics(lang: str) -> None:
    topics = count_topics(OUTBREAK[lang], lang)
    assert topics == {340: "cases", 27: "injured"}, topics
