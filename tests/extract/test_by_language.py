"""Articles are handed to workers by language: each set up in as few workers as the work allows."""

from __future__ import annotations

from pathlib import Path

from factcheck.cli.by_language import Dispatcher, read_for_sharing
from factcheck.extract import ArticleInfo, extract_article
from factcheck.models.case import CaseSpec


def _hand_out(articles: list[tuple[int, str | None]], workers: int) -> list[list[int]]:
    """The indices each worker gets when the workers ask in turn until nothing is left."""
    dispatcher = Dispatcher(workers)
    for index, (size, lang) in enumerate(articles):
        dispatcher.add(index, size, lang)
    got: list[list[int]] = [[] for _ in range(workers)]
    while True:
        handed = False
        for worker in range(workers):
            handed_out = dispatcher.next_for(worker)
            if handed_out is not None:
                got[worker].append(handed_out)
                handed = True
        if not handed:
            return got


def test_each_language_goes_whole_to_one_worker_when_the_sizes_allow() -> None:
    articles: list[tuple[int, str | None]] = [
        (10, "it"),
        (10, "de"),
        (10, "it"),
        (10, "de"),
        (5, "fr"),
        (5, "fr"),
    ]
    got = _hand_out(articles, 2)
    assert sorted(i for indices in got for i in indices) == list(range(len(articles)))
    langs = [{articles[i][1] for i in indices} for indices in got]
    assert not langs[0] & langs[1]
    assert all(langs)


def test_a_language_larger_than_a_set_up_is_shared() -> None:
    articles: list[tuple[int, str | None]] = [(100_000, "en")] * 8
    got = _hand_out(articles, 2)
    assert [len(indices) for indices in got] == [4, 4]


def test_a_small_language_is_not_shared() -> None:
    articles: list[tuple[int, str | None]] = [(1_000, "en")] * 8
    assert _hand_out(articles, 2) == [list(range(8)), []]


def test_a_worker_keeps_to_its_language_while_it_has_articles() -> None:
    dispatcher = Dispatcher(2)
    for index, (size, lang) in enumerate([(20, "en"), (10, "fr"), (20, "en"), (10, "fr")]):
        dispatcher.add(index, size, lang)
    assert dispatcher.next_for(0) == 0  # the largest language first
    assert dispatcher.next_for(1) == 1  # a language no worker has yet
    assert dispatcher.next_for(0) == 2
    dispatcher.add(4, 20, "en")
    assert dispatcher.next_for(1) == 3
    assert dispatcher.next_for(1) is None  # too little English left to set it up twice
    assert dispatcher.next_for(0) == 4


def test_articles_of_no_known_language_go_to_any_worker() -> None:
    articles: list[tuple[int, str | None]] = [(10, "en"), (10, None), (10, None)]
    got = _hand_out(articles, 2)
    assert sorted(i for indices in got for i in indices) == [0, 1, 2]
    assert 0 in got[0]
    assert got[1]


def test_a_worker_asks_in_vain_when_nothing_is_left() -> None:
    dispatcher = Dispatcher(1)
    assert dispatcher.next_for(0) is None
    dispatcher.add(0, 5, "de")
    assert dispatcher.next_for(0) == 0
    assert dispatcher.next_for(0) is None


ARTICLE = """\
Harbour office opens

The harbour office opened on 4 May 2023 and hired 120 people by the end of that year.
Its budget reached $3.2 million in 2024, the port authority said on Tuesday.
"""

CATALOG = CaseSpec.model_validate(
    {
        "title": "Harbour office",
        "topics": [
            {
                "id": "office.staff",
                "kind": "count",
                "subjects": ["harbour office"],
                "properties": ["hired", "people"],
            }
        ],
    }
)


def test_an_article_read_to_be_handed_out_is_drafted_as_its_file_is(tmp_path: Path) -> None:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    read, lang, size = read_for_sharing(str(path), None)
    assert read is not None
    assert (read.language, lang, size) == ("en", "en", len(ARTICLE))
    info = ArticleInfo(path.name)
    assert extract_article(read, info, CATALOG).text == (
        extract_article(path.read_bytes(), info, CATALOG).text
    )


def test_an_article_of_a_given_language_is_left_to_its_worker_to_read(tmp_path: Path) -> None:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert read_for_sharing(str(path), "en") == (None, "en", path.stat().st_size)


def test_an_article_that_cannot_be_read_has_no_language(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert read_for_sharing(str(empty), None) == (None, None, 0)
    assert read_for_sharing(str(tmp_path / "missing.txt"), None) == (None, None, 0)
