"""SARIF 2.1.0 for code-scanning uploads: one result per finding, fingerprinted by its id."""

from __future__ import annotations

import json
from typing import Any

from factcheck.models.report import FindingView, Location, Report
from factcheck.writers import WriterOptions
from factcheck.writers.common import repo_path

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "factcheckFindingId/v1"


def _physical(location: Location) -> dict[str, Any]:
    return {
        "artifactLocation": {"uri": repo_path(location.path)},
        "region": {"startLine": max(1, location.line)},
    }


def _rules(report: Report) -> list[dict[str, Any]]:
    seen: dict[str, FindingView] = {}
    for finding in report.findings:
        seen.setdefault(finding.rule, finding)
    return [
        {
            "id": rule,
            "name": seen[rule].name,
            "shortDescription": {"text": seen[rule].name},
            "defaultConfiguration": {"level": LEVEL[seen[rule].severity]},
        }
        for rule in sorted(seen)
    ]


def _baseline_state(finding: FindingView) -> str:
    # baselineState compares with an earlier run: a baselined or decided finding was known
    # then, so it is "unchanged" (a decision also travels as a suppression); only new is new.
    return "new" if finding.status == "new" else "unchanged"


def _result(finding: FindingView, rule_index: int) -> dict[str, Any]:
    text = finding.message + (f" Hint: {finding.hint}" if finding.hint else "")
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVEL[finding.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": _physical(loc)} for loc in finding.locations[:1]],
        "partialFingerprints": {FINGERPRINT: finding.id},
        "baselineState": _baseline_state(finding),
        "properties": {
            "findingId": finding.id,
            "status": finding.status,
            "topics": finding.topics,
            "sources": finding.sources,
        },
    }
    # The other side(s) of the conflict: GitHub shows one location, the rest are related.
    related = [
        {"id": index, "physicalLocation": _physical(loc), "message": {"text": loc.source}}
        for index, loc in enumerate(finding.locations[1:], 1)
    ]
    if related:
        result["relatedLocations"] = related
    if finding.decision is not None:
        result["suppressions"] = [
            {
                "kind": "external",
                "status": "accepted",
                "justification": f"{finding.decision.status} by {finding.decision.by} "
                f"on {finding.decision.at}: {finding.decision.note}",
            }
        ]
    return result


def sarif_data(report: Report) -> dict[str, Any]:
    """The SARIF log as plain data."""
    rules = _rules(report)
    index = {rule["id"]: position for position, rule in enumerate(rules)}
    driver = {"name": report.tool, "version": report.version, "rules": rules}
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "results": [_result(f, index[f.rule]) for f in report.findings],
            }
        ],
    }


def render(report: Report, options: WriterOptions) -> str:
    """SARIF JSON with sorted keys, so the same report gives the same bytes."""
    return json.dumps(sarif_data(report), sort_keys=True, ensure_ascii=False, indent=2) + "\n"
