"""A plain text opening with a source line ("# source: URL | outlet | lang | date") is read
for what the line says: the page's address, the outlet and the day of publication; the
line's dates are no days of the story and its address's words no words of it."""

from __future__ import annotations

from factcheck.extract.pipeline.article import parse_article

TEXT = (
    "# source: https://www.example-news.no/nyheter/2026/03/14/brann-i-havna | Havneposten"
    " | nb | 2026-03-15\n"
    "Brann i havna\n"
    "Det brøt ut brann i et lager på kaia lørdag kveld.\n"
)


def test_the_source_line_gives_the_address_outlet_and_day() -> None:
    article = parse_article("a.txt", TEXT.encode())
    assert article.url == "https://www.example-news.no/nyheter/2026/03/14/brann-i-havna"
    assert article.outlet == "Havneposten"
    assert str(article.published) == "2026-03-15"
    assert article.title == "Brann i havna"


def test_the_source_line_is_blanked_and_offsets_keep_counting_from_the_file() -> None:
    article = parse_article("a.txt", TEXT.encode())
    assert len(article.text) == len(TEXT)
    assert "2026" not in article.text
    start = TEXT.index("lørdag")
    assert article.text[start : start + 6] == "lørdag"


def test_an_unknown_day_leaves_publication_to_the_text() -> None:
    text = "# source: https://example.org/a | Example | en | unknown\nTitle\nBody.\n"
    article = parse_article("a.txt", text.encode())
    assert article.published is None
    assert article.outlet == "Example"


def test_a_text_with_no_source_line_is_read_whole() -> None:
    text = "Title\n\nThe fire broke out on Saturday.\n"
    article = parse_article("a.txt", text.encode())
    assert article.text == text and article.url is None and article.title == "Title"
