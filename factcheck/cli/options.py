"""Arguments and options that several commands share, declared once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

CaseArg = Annotated[
    Path,
    typer.Argument(metavar="CASE", help="The case folder (with case.yaml and sources/)."),
]
RulesOpt = Annotated[
    Path | None,
    typer.Option("--rules", help="Use this rule folder instead of the bundled rules."),
]
BaselineOpt = Annotated[
    Path | None,
    typer.Option("--baseline", help="Mark findings in this baseline file as baselined."),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file ('-' for stdout)."),
]
