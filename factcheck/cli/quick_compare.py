"""`factcheck compare` with plain arguments, run without importing the command parser.

typer and click, with a pydantic adapter built per option, took about half of `compare` on a
small case. An argument list of the common shapes (one case folder; ``--opt value``,
``--opt=value``, ``-o value`` or ``-ovalue``) is read here into the same call the parser
would make; anything else (help, an unknown or repeated option, ``--``, a value that looks
like an option) returns None and goes to the parser, which also words every usage error.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

COMMAND = "compare"
# option name -> (parameter, repeatable); short names map to the same entry
_OPTIONS: dict[str, tuple[str, bool]] = {
    "--format": ("format", False),
    "-f": ("format", False),
    "--topic": ("topic", True),
    "-t": ("topic", True),
    "--severity": ("severity", True),
    "-s": ("severity", True),
    "--rules": ("rules", False),
    "--baseline": ("baseline", False),
    "--output": ("output", False),
    "-o": ("output", False),
}
_PATHS = frozenset({"rules", "baseline", "output"})


def _split(arg: str, rest: list[str]) -> tuple[str, str] | None:
    """(option, value) of an option token, taking the value from ``rest`` when separate."""
    if arg.startswith("--"):
        name, eq, value = arg.partition("=")
        if not eq:
            if not rest:
                return None
            value = rest.pop(0)
        return name, value
    name, value = arg[:2], arg[2:]
    if not value:
        if not rest:
            return None
        value = rest.pop(0)
    return name, value


def parse(args: list[str]) -> dict[str, object] | None:
    """The keyword arguments of ``run_compare`` for ``args`` (after the command's name)."""
    rest = list(args)
    found: dict[str, object] = {}
    case: str | None = None
    while rest:
        arg = rest.pop(0)
        if not arg.startswith("-") or arg == "-":
            if case is not None or arg == "-":
                return None
            case = arg
            continue
        split = _split(arg, rest)
        if split is None or split[0] not in _OPTIONS:
            return None
        name, value = split
        if not value or (value.startswith("-") and value != "-"):
            return None
        param, repeatable = _OPTIONS[name]
        if repeatable:
            listed = found.setdefault(param, [])
            assert isinstance(listed, list)
            listed.append(value)
        elif param in found:
            return None
        else:
            found[param] = Path(value) if param in _PATHS else value
    if not case:
        return None
    found["case"] = Path(case)
    return found


def quick_compare(argv: list[str]) -> Callable[[], None] | None:
    """The compare call for ``argv`` (the program's whole argv) when it needs no parser."""
    if len(argv) < 3 or argv[1] != COMMAND:
        return None
    kwargs = parse(argv[2:])
    if kwargs is None:
        return None
    from factcheck.cache import patterns

    patterns.install()  # before the imports below: most of their patterns are compiled then
    from factcheck.cli.compare_run import run_compare

    return partial(run_compare, **kwargs)  # type: ignore[arg-type]
