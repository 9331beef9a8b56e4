"""Fuzzing the recognizers of every supported language, as a black box.

Whatever the text, ``recognize(text, lang)`` returns mentions whose offsets lie inside the
text and cut out exactly the text each mention claims; it never raises. Speed on growing
inputs (linear time) is measured by ``bench/fuzz.py``, which prints its figures.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from babel.localedata import locale_identifiers
from fuzz_support import fuzz
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.recognizers.recognize import recognize

# Pieces the recognizers give meaning to in some language, and characters that change
# length or meaning when folded (İ, ß, ligatures, other digits): where offsets slip.
PIECES = [
    "1", "2", "9", "11", "2,84", "1.5", "12.000", "1 000", "2024", "2025", "1999", "10/2024",
    "24.10.2025", "2025-10-24", "%", "$", "€", "£", "USD", "EUR", "TL", "kr", "Mrd.", "Mio.",
    "billion", "million", "milliard", "milliards", "miliardi", "milyar", "milyon", "bin",
    "milliarder", "mil", "millones", "thousand", "dollars", "dollar", "dolar", "dollari",
    "euro", "October", "octobre", "ottobre", "Ekim", "oktober", "Oktober", "octubre", "March",
    "mars", "Mart", "März", "Monday", "lundi", "Pazartesi", "last", "dernier", "scorso",
    "geçen", "'ten", "'den", "bu yana", "since", "depuis", "dal", "fra", "seit", "desde",
    "at least", "about", "nearly", "more than", "up to", "au moins", "environ", "près de",
    "almeno", "circa", "oltre", "en az", "yaklaşık", "fazla", "minst", "rundt", "mindestens",
    "rund", "al menos", "unos", "France", "Fransa", "Francia", "Frankrike", "Frankreich",
    "Türkiye", "Germany", "Almanya", "Norge", "Italia", "South Korea", "Güney Kore", "and",
    "et", "e", "ve", "og", "und", "y", "or", "countries", "pays", "paesi", "ülke", "land",
    "Länder", "países", "people", "two", "deux", "due", "iki", "to", "zwei", "dos", "eleven",
    "first", "second", "Q3", "H1", "1990s", "2015–2019", "aralığı", "kadarki",
    " ", " ", " ", "\n", "\t", "-", "–", "—", "/", ".", ",", ";", ":", "(", ")", "'", "’",
    "\"", "«", "»", "İ", "ı", "ß", "ẞ", "ﬁ", "ǅ", "Å", "K", "２０２４", "٢٠٢٤", "²", "¹⁰",
    "½", "Ⅻ", "\u0301", "\u200b", "\u00ad", "\ufeff", "\x00", "\U0001f600",
]  # fmt: skip
TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=40).map(
    lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts)
)


@cache
def languages() -> tuple[str, ...]:
    """Every language the recognizers take, asked of recognize itself: it refuses the rest."""
    found = []
    for code in sorted({name.split("_")[0] for name in locale_identifiers()}):
        if len(code) != 2:
            continue
        try:
            recognize("", code)
        except ValueError:
            continue
        found.append(code)
    return tuple(found)


def check_mentions(text: str, lang: str) -> None:
    """The properties every mention keeps, whatever the text."""
    for mention in recognize(text, lang, date(2025, 10, 24)):
        assert 0 <= mention.start <= mention.end <= len(text), (mention, text)
        assert text[mention.start : mention.end] == mention.text, (mention, text)
        assert mention.kind, mention  # any kind: new ones come with new value kinds


def test_the_languages_the_readme_names_are_all_fuzzed() -> None:
    assert {"en", "it", "fr", "tr", "nb", "de", "es"} <= set(languages())


@fuzz(300)
@given(text=TEXTS, lang=st.sampled_from(languages()))
def test_any_text_in_any_language_keeps_its_offsets(text: str, lang: str) -> None:
    check_mentions(text, lang)


@fuzz(200)
@given(text=st.text(max_size=80), lang=st.sampled_from(languages()))
def test_any_unicode_keeps_its_offsets(text: str, lang: str) -> None:
    check_mentions(text, lang)


def test_a_count_of_thousands_of_digits_before_a_list_is_read_without_error() -> None:
    from factcheck.extract.recognizers.recognize import recognize

    found = recognize("1" * 4301 + " countries: Spain and France", "en")
    assert [m.kind for m in found] == ["count", "set"]
