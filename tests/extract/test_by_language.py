"""Articles are shared among workers by language, evenly by size."""

from __future__ import annotations

from factcheck.cli.by_language import share_out


def test_each_language_goes_whole_to_one_worker_when_the_sizes_allow() -> None:
    articles = [(10, "it"), (10, "de"), (10, "it"), (10, "de"), (5, "fr"), (5, "fr")]
    buckets = share_out(articles, 2)
    assert len(buckets) == 2
    assert sorted(i for bucket in buckets for i in bucket) == list(range(len(articles)))
    for bucket in buckets:
        langs = {articles[i][1] for i in bucket}
        others = {articles[i][1] for b in buckets if b is not bucket for i in b}
        assert not langs & others


def test_a_language_larger_than_a_share_is_spread() -> None:
    articles = [(100_000, "en")] * 8
    buckets = share_out(articles, 2)
    assert [len(b) for b in buckets] == [4, 4]


def test_no_more_workers_than_articles() -> None:
    assert share_out([(3, "en")], 4) == [[0]]
    assert share_out([(3, None), (4, None)], 1) == [[0, 1]]
