"""`factcheck rules`: list the rules with their documentation."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add the rules command to ``app``."""
    app.command("rules")(rules)


def rules(
    rule_id: Annotated[
        str | None, typer.Argument(help="Show one rule in full (e.g. FC101).")
    ] = None,
    folder: Annotated[
        Path | None, typer.Option("--rules", help="A rule folder instead of the bundled rules.")
    ] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="terminal or json.")] = "terminal",
) -> None:
    """List the rules: id, name, kind, severity and what each checks."""
    import json

    from factcheck.cli.output import emit
    from factcheck.engine.ruleset import load_rules
    from factcheck.errors import FactcheckError
    from factcheck.safe_text import visible

    loaded = load_rules(folder)
    if rule_id is not None:
        loaded = [r for r in loaded if r.spec.id == rule_id.upper() or r.spec.name == rule_id]
        if not loaded:
            raise FactcheckError(f"no rule '{rule_id}' (see `factcheck rules`)")
    if format == "json":
        data = [
            r.spec.model_dump(mode="json") | {"params": r.params.model_dump(mode="json")}
            for r in loaded
        ]
        emit(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n", None)
        return
    if format != "terminal":
        raise FactcheckError(f"unknown format '{format}' (choose from terminal, json)")
    lines = []
    for rule in loaded:
        spec = rule.spec
        lines.append(f"{spec.id}  {spec.name}  [{spec.kind}, {spec.severity}]")
        lines.append(f"    {spec.doc.summary}")
        if rule_id is not None:
            params = rule.params.model_dump(mode="json")
            lines.append(f"    why: {' '.join(spec.doc.why.split())}")
            if params:
                lines.append(
                    "    params: " + ", ".join(f"{k}={v}" for k, v in sorted(params.items()))
                )
            lines.append("    passes:")
            lines += [f"      {line}" for line in spec.doc.passing.strip().splitlines()]
            lines.append("    fails:")
            lines += [f"      {line}" for line in spec.doc.failing.strip().splitlines()]
    emit(visible("\n".join(lines)) + "\n", None)  # a rule folder may come from anywhere
