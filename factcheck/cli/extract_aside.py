"""The language of a lone article, told by a process of its own while the command goes on.

Extracting one article is mostly setting up: reading the case's catalog, loading the
pipeline, loading the language detector (numpy and its model) and then the article's
language. Only the last needs the language; the detector is loaded and asked in a forked
process meanwhile, on the machine's other core, and the command takes its answer when it
needs it. Where no process can be forked (or the answer does not come) the command tells the
language itself, as it would have: the answer is the same.
"""

from __future__ import annotations

import os
import threading
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.extract.pipeline.article import Article


class LanguageAside:
    """A forked process telling one article's language."""

    def __init__(self, article: Article, pid: int, pipe: int) -> None:
        """The process ``pid`` tells ``article``'s language through ``pipe``."""
        self.article = article
        self._pid: int | None = pid
        self._pipe = pipe

    def language(self) -> str:
        """The language the process told (told here where it told none)."""
        answer = b""
        try:
            while chunk := os.read(self._pipe, 256):
                answer += chunk
        except OSError:
            answer = b""
        ok = self._wait() == 0
        if ok and answer:
            return answer.decode("utf-8")
        from factcheck.extract.pipeline.langid_model import told_language

        return told_language(self.article.text)

    def cancel(self) -> None:
        """End the process, if it still runs (the command stopped before asking)."""
        if self._pid is not None:
            import signal

            with suppress(OSError):  # it ended by itself meanwhile
                os.kill(self._pid, signal.SIGKILL)
            self._wait()

    def _wait(self) -> int | None:
        """Reap the process once; its exit code."""
        if self._pid is None:
            return None
        try:
            _, status = os.waitpid(self._pid, 0)
        except ChildProcessError:
            status = -1
        finally:
            self._pid = None
            os.close(self._pipe)
        return os.waitstatus_to_exitcode(status) if status >= 0 else status


def _tell(article: Article, pipe: int) -> None:
    """In the forked process: write the article's language to ``pipe`` and end."""
    code = 1
    try:
        from factcheck.extract.pipeline.langid_model import told_language

        os.write(pipe, told_language(article.text).encode("utf-8"))
        code = 0
    except BaseException:  # nothing of this process may run on: the command tells it itself
        code = 1
    finally:
        os._exit(code)


def language_aside(path: Path) -> LanguageAside | None:
    """Read the article at ``path`` and start telling its language in a forked process; None
    where the article cannot be read (its run reports why) or no process can be forked."""
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return None  # forking a process with threads could leave the child a held lock
    from factcheck.extract.pipeline.article import ArticleError, parse_article, read_article_file

    try:
        article = parse_article(path.name, read_article_file(path))
    except ArticleError:
        return None
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:
        os.close(read_end)
        _tell(article, write_end)
    os.close(write_end)
    return LanguageAside(article, pid, read_end)
