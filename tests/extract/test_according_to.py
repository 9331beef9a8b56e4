"""Who gave a figure is no concept of it: in "42,000 marched, according to police" the police
counted the marchers, they are not police deployed."""

from __future__ import annotations

import pytest
from drafted import drafted_claims

# a march counted by the police: the crowd's figure
COUNTED_BY_POLICE = {
    "de": ("In Paris marschierten laut Polizei 42.000 Menschen.", "42.000"),
    "en": ("In Paris, 42,000 people marched, according to police.", "42,000"),
    "es": ("En París marcharon 42.000 personas, según la policía.", "42.000"),
    "fr": ("À Paris, 42 000 personnes ont défilé selon la police.", "42 000"),
    "it": ("A Parigi hanno sfilato 42.000 persone, secondo la polizia.", "42.000"),
    "ja": ("警察によると、パリでは4万2000人が行進した。", "4万2000"),
    "ko": ("경찰 추산 파리에서는 4만2천명이 행진했다.", "4만2천"),
    "nb": ("I Paris gikk 42 000 mennesker i tog, ifølge politiet.", "42 000"),
    "nl": ("In Parijs liepen volgens de politie 42.000 mensen mee.", "42.000"),
    "pt": ("Em Paris desfilaram 42.000 pessoas, segundo a polícia.", "42.000"),
    "tr": ("Polise göre Paris'te 42 bin kişi yürüdü.", "42 bin"),
    "zh": ("据警方统计，巴黎有4.2万人参加游行。", "4.2万"),
}


@pytest.mark.parametrize("lang", sorted(COUNTED_BY_POLICE))
def test_the_source_of_a_figure_names_no_topic_of_it(lang: str) -> None:
    text, quote = COUNTED_BY_POLICE[lang]
    topics = {c["quote"]: c["topic"] for c in drafted_claims(text, lang)}
    assert topics.get(quote, "") != "personnel", topics


@pytest.mark.parametrize(
    ("lang", "text", "quote"),
    [
        (
            "en",
            "About 3,000 police officers were deployed, according to the ministry.",
            "About 3,000",
        ),
        ("nl", "Volgens het ministerie werden 3000 agenten ingezet.", "3000"),
        ("de", "Laut Ministerium wurden 3000 Polizisten eingesetzt.", "3000"),
    ],
)
def test_police_counted_are_still_police(lang: str, text: str, quote: str) -> None:
    topics = {c["quote"]: c["topic"] for c in drafted_claims(text, lang)}
    assert topics.get(quote) == "personnel", topics
