"""`factcheck resolve CASE ID`: record an editor's decision on a finding in resolutions.yaml."""

from __future__ import annotations

import datetime as dt
import getpass
import subprocess
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.options import CaseArg, RulesOpt


def register(app: typer.Typer) -> None:
    """Add the resolve command to ``app``."""
    app.command("resolve")(resolve)


def default_editor(case: Path) -> str:
    """Who is deciding: git's user.name for the case's repository, else $USER."""
    try:
        result = subprocess.run(
            ["git", "config", "user.name"],
            cwd=case if case.is_dir() else None,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        name = result.stdout.strip()
        if result.returncode == 0 and name:
            return name
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def now_text() -> str:
    """The current time in UTC, to the second, as ISO 8601."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def resolve(
    case: CaseArg,
    finding: Annotated[
        str, typer.Argument(metavar="ID", help="The finding id, or a unique prefix of it.")
    ],
    status: Annotated[str, typer.Option("--status", help="resolved, accepted or false-positive.")],
    note: Annotated[str, typer.Option("--note", help="Why: what the editor found.")],
    by: Annotated[
        str | None, typer.Option("--by", help="Who decides (default: git user.name, then $USER).")
    ] = None,
    value: Annotated[
        str | None, typer.Option("--value", help="The value the editor stands by.")
    ] = None,
    at: Annotated[
        str | None,
        typer.Option("--at", help="When (ISO 8601 date or date-time; default: now, UTC)."),
    ] = None,
    rules: RulesOpt = None,
) -> None:
    """Record a decision on one finding in CASE/resolutions.yaml (sorted, atomic, locked)."""
    from pydantic import ValidationError

    from factcheck.analyze import Options, analyze
    from factcheck.errors import FactcheckError, Problem
    from factcheck.review.lookup import match_id
    from factcheck.review.resolutions import DECISIONS, Entry, record, resolutions_path
    from factcheck.safe_text import one_line

    if status not in DECISIONS:
        raise FactcheckError(f"unknown status '{status}' (choose from {', '.join(DECISIONS)})")
    report = analyze(case, Options(rules_dir=rules))
    finding_id = match_id(finding, [f.id for f in report.findings])
    try:
        entry = Entry(
            status=status,  # type: ignore[arg-type]
            note=note,
            by=by if by is not None else default_editor(case),
            at=at if at is not None else now_text(),
            value=value,
        )
    except ValidationError as exc:
        problems = [
            Problem("factcheck", 0, f"--{e['loc'][0]}: {e['msg'].removeprefix('Value error, ')}")
            for e in exc.errors()
        ]
        raise FactcheckError(problems) from None
    path = resolutions_path(case)
    record(path, finding_id, entry)
    view = next(f for f in report.findings if f.id == finding_id)
    typer.echo(f"{finding_id} {status}: {one_line(view.message)}")
    typer.echo(f"recorded in {path}")
