"""`factcheck extract` on article files with plain arguments, run without the command parser.

typer and click, with an adapter built per option, took about a fifth of extracting one
article. An argument list of the common shapes (article files; ``--opt value`` or
``--opt=value`` for the options of a run on files) is read here into the call the parser
would make; anything else (help, corpus mode, an unknown or repeated option, ``--``, a value
that looks like an option) returns None and goes to the parser, which also words every usage
error.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

COMMAND = "extract"
# option name -> the field of ExtractOptions it sets (case: the run's own argument)
_OPTIONS = {
    "--case": "case",
    "--manifest": "manifest",
    "--title": "title",
    "--lang": "lang",
    "--published": "published",
    "--outlet": "outlet",
    "--url": "url",
}
_PATHS = frozenset({"case", "manifest"})


def parse(args: list[str]) -> tuple[list[Path], dict[str, object]] | None:
    """The articles and the options of a run on files for ``args`` (after the command's
    name), or None where the parser is needed."""
    rest = list(args)
    articles: list[Path] = []
    found: dict[str, object] = {}
    while rest:
        arg = rest.pop(0)
        if not arg.startswith("-"):
            articles.append(Path(arg))
            continue
        name, eq, value = arg.partition("=")
        if not eq:
            if not rest:
                return None
            value = rest.pop(0)
        field = _OPTIONS.get(name)
        if field is None or field in found or not value or value.startswith("-"):
            return None
        found[field] = Path(value) if field in _PATHS else value
    if not articles:
        return None
    return articles, found


def quick_extract(argv: list[str]) -> Callable[[], int] | None:
    """The extract call for ``argv`` (the program's whole argv) when it needs no parser."""
    if len(argv) < 3 or argv[1] != COMMAND:
        return None
    parsed = parse(argv[2:])
    if parsed is None:
        return None
    from factcheck.cli.extract_run import ExtractOptions, run_extract

    articles, found = parsed
    case = found.pop("case", None)
    assert case is None or isinstance(case, Path)
    return partial(run_extract, articles, case, ExtractOptions(**found))  # type: ignore[arg-type]
