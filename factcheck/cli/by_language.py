"""Sharing articles among worker processes so that each language is set up in as few as can be.

A language's grammars take a second or more to build, far more than reading one article, and
each worker process builds its own. Handing out articles as workers free up has every worker
build every language it meets; here each worker gets whole languages where the sizes allow
(a language with more than a worker's share is split), so most languages are built once.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

# what setting a language up costs a worker, in characters of text read in the same time
_SET_UP = 200_000


def article_language(path: str, given: str | None) -> str | None:
    """The language data an article will be read with, or None when it cannot be told here
    (the worker reports why)."""
    from factcheck.extract.pipeline.article import parse_article, read_article_file
    from factcheck.extract.pipeline.extract import detect_language
    from factcheck.lang import reading

    try:
        if given:
            return reading(given)
        text = parse_article(Path(path).name, read_article_file(Path(path))).text
        return reading(detect_language(text))
    except Exception:  # an unusable article is the worker's to report, with its reason
        return None


def share_out(articles: Sequence[tuple[int, str | None]], workers: int) -> list[list[int]]:
    """The indices of ``articles`` (size, language) each of ``workers`` gets, in order.

    Languages go whole, largest first, to the least loaded worker; one larger than an even
    share of the work (set-ups counted) is spread article by article instead.
    """
    workers = max(1, min(workers, len(articles)))
    groups: dict[str, list[int]] = {}
    for index, (_, lang) in enumerate(articles):
        groups.setdefault(lang or "", []).append(index)
    sizes = {lang: sum(articles[i][0] for i in indices) for lang, indices in groups.items()}
    share = (sum(sizes.values()) + _SET_UP * len(groups)) / workers
    loads = [0] * workers
    buckets: list[list[int]] = [[] for _ in range(workers)]
    for lang in sorted(groups, key=lambda key: (-sizes[key], key)):
        indices = groups[lang]
        if len(indices) > 1 and sizes[lang] + _SET_UP > share:
            for index in sorted(indices, key=lambda i: -articles[i][0]):
                worker = loads.index(min(loads))
                loads[worker] += articles[index][0]
                buckets[worker].append(index)
            continue
        worker = loads.index(min(loads))
        loads[worker] += sizes[lang] + _SET_UP
        buckets[worker] += indices
    return [sorted(bucket) for bucket in buckets if bucket]
