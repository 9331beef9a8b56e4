"""Handing articles to worker processes so that each language is set up in as few as can be.

A language's grammars take a second or more to build, far more than reading one article, and
each worker process builds its own. Handing out articles as workers free up, whatever their
language, has every worker build every language it meets; here a worker keeps to the
languages it has set up, takes up a language no worker has while there is one, and shares a
language another worker reads only where the work left in it is worth a second set-up. The
articles are handed out as workers ask, so the work stays even whatever each article costs.
"""

from __future__ import annotations

import os
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.extract.pipeline.extract import ReadArticle

# what setting a language up costs a worker, in characters of text read in the same time
_SET_UP = 200_000


def read_for_sharing(path: str, given: str | None) -> tuple[ReadArticle | None, str | None, int]:
    """The article as read (None where its language is given: it is read by its worker), the
    language data it will be read with and its size. An article that cannot be read here
    has no language (None): its worker reads it again and reports why."""
    from factcheck.extract.pipeline.article import read_article_file
    from factcheck.extract.pipeline.extract import ArticleInfo, read_article
    from factcheck.lang import reading

    try:
        if given:
            return None, reading(given), os.path.getsize(path)
        read = read_article(read_article_file(Path(path)), ArticleInfo(Path(path).name))
        return read, reading(read.language), len(read.article.text)
    except Exception:  # an unusable article is the worker's to report, with its reason
        return None, None, 0


class Dispatcher:
    """Which article each of a number of workers reads next."""

    def __init__(self, workers: int) -> None:
        """No article yet; ``workers`` workers, none with a language set up."""
        self._left: dict[str, deque[int]] = {}  # language -> indices not handed out, in order
        self._size: dict[str, int] = {}  # language -> size of the articles not handed out
        self._sizes: dict[int, int] = {}
        self._set_up: list[set[str]] = [set() for _ in range(workers)]
        self._readers: dict[str, int] = {}  # language -> how many workers have set it up

    def add(self, index: int, size: int, lang: str | None) -> None:
        """Article ``index`` of ``size`` characters in ``lang`` (None: unknown) is to be read."""
        key = lang or ""
        self._left.setdefault(key, deque()).append(index)
        self._size[key] = self._size.get(key, 0) + size
        self._sizes[index] = size

    def next_for(self, worker: int) -> int | None:
        """The article ``worker`` reads next, or None when none is worth handing it now."""
        mine = [k for k in self._left if self._left[k] and (not k or k in self._set_up[worker])]
        if mine:
            return self._take(min(mine), worker)
        open_ = [k for k, left in self._left.items() if left and k not in self._readers]
        if open_:
            return self._take(max(open_, key=lambda k: (self._size[k], k)), worker)
        # a language other workers read: k readers finish its rest R in R/k, k + 1 in
        # R/(k + 1) plus a set-up, which is sooner only while R > set-up * k * (k + 1)
        shared = [
            k
            for k, left in self._left.items()
            if left and self._size[k] > _SET_UP * self._readers[k] * (self._readers[k] + 1)
        ]
        if shared:
            return self._take(max(shared, key=lambda k: (self._size[k], k)), worker)
        return None

    def _take(self, key: str, worker: int) -> int:
        if key and key not in self._set_up[worker]:
            self._set_up[worker].add(key)
            self._readers[key] = self._readers.get(key, 0) + 1
        index = self._left[key].popleft()
        self._size[key] -= self._sizes.pop(index)
        return index
