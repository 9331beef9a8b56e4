"""Write a synthetic case folder for benchmarks: python bench/synthetic_case.py N DIR.

Options: ``--distinct K`` gives a share of the claims K made-up subjects that no catalog topic
matches, so grouping has K distinct keys to cluster; ``--jsonl`` writes the sources as JSON
Lines (1,000 sources a file) instead of one YAML file each.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import yaml

TOPICS = [
    ("theft.total", "amount", ["DPRK", "North Korea", "Kuzey Kore"], ["stolen", "rubato", "volé"]),
    (
        "team.founded",
        "date",
        ["MSMT", "Multilateral Sanctions Monitoring Team"],
        ["founded", "istituito"],
    ),
    ("team.size", "count", ["MSMT"], ["member count"]),
    ("workers.count", "count", ["IT workers", "lavoratori IT"], ["count", "numero"]),
    ("hosts", "set", ["IT workers"], ["host countries", "pays"]),
]
COUNTRIES = ["CN", "RU", "LA", "KH", "GQ", "GN", "NG", "TZ", "US", "GB", "FR", "DE", "IT"]
QUALIFIERS = ["exact", "exact", "about", "at_least", "more_than", "up_to"]


def _value(kind: str, rng: random.Random) -> dict:
    if kind == "amount":
        number = round(rng.uniform(1.0, 3.0), rng.choice([1, 2]))
        return {"kind": "amount", "amount": number, "scale": "billion", "currency": "USD"}
    if kind == "date":
        return {"kind": "date", "date": f"{rng.choice([2023, 2024])}-{rng.randint(1, 12):02d}"}
    if kind == "count":
        return {"kind": "count", "count": rng.randint(8, 12)}
    if rng.random() < 0.3:  # complete lists: the true one, or one of a few wrong variants
        variant = rng.choice([0, 0, 0, 1, 2])
        return {"kind": "set", "members": COUNTRIES[variant : variant + 8], "complete": True}
    members = rng.sample(COUNTRIES[:8], rng.randint(2, 6))
    return {"kind": "set", "members": members, "complete": False}


SYLLABLES = ["ka", "ro", "mi", "ta", "be", "lo", "su", "ne", "vi", "da", "po", "ri", "gu", "ze"]
DISTINCT_PROPERTIES = ["revenue", "staff", "branches", "fines", "vessels"]
SOURCES_PER_JSONL_FILE = 1_000


def distinct_subjects(count: int, seed: int = 11) -> list[str]:
    """``count`` different made-up names of two words ("Korumi Tabelo"), in a fixed order."""
    rng = random.Random(seed)
    names: dict[str, None] = {}
    while len(names) < count:
        words = ("".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(2))
        names[" ".join(w.capitalize() for w in words)] = None
    return list(names)


def _claim(rng: random.Random, periods: list[str | None]) -> dict:
    _, kind, subjects, props = rng.choice(TOPICS)
    claim = {
        "subject": rng.choice(subjects) if rng.random() < 0.9 else f"{rng.choice(subjects)} group",
        "property": rng.choice(props),
        "value": _value(kind, rng),
        "qualifier": rng.choice(QUALIFIERS) if kind in ("amount", "count") else "exact",
    }
    if kind == "amount":
        period = rng.choice(periods)
        if period:
            claim["period"] = period
    return claim


def build(
    root: Path,
    claims: int,
    per_source: int = 50,
    seed: int = 7,
    distinct: int = 0,
    jsonl: bool = False,
) -> Path:
    """Write ``claims`` claims spread over sources of ``per_source`` claims each.

    With ``distinct``, a third of the claims (and at least one each) name one of that many
    subjects no catalog topic knows, each with a property of its own.
    """
    rng = random.Random(seed)
    names = distinct_subjects(distinct)
    catalog = [
        {"id": tid, "kind": kind, "subjects": subjects, "properties": props}
        for tid, kind, subjects, props in TOPICS
    ]
    (root / "sources").mkdir(parents=True, exist_ok=True)
    case = {"title": f"synthetic {claims}", "topics": catalog}
    (root / "case.yaml").write_text(yaml.safe_dump(case, sort_keys=False), encoding="utf-8")
    periods = [None, "2025", "2024-01/2025-09", "2025-01/2025-09"]
    written = 0
    index = 0
    records: list[str] = []
    while written < claims:
        batch = []
        for _ in range(min(per_source, claims - written)):
            if names and (written < len(names) or rng.random() < 1 / 3):
                name = names[written % len(names)] if written < len(names) else rng.choice(names)
                prop = DISTINCT_PROPERTIES[names.index(name) % len(DISTINCT_PROPERTIES)]
                value = {"kind": "count", "count": rng.randint(100, 110)}
                batch.append({"subject": name, "property": prop, "value": value})
            else:
                batch.append(_claim(rng, periods))
            written += 1
        source = {
            "id": f"s{index:06d}",
            "title": f"Article {index}",
            "outlet": f"Outlet {index % 97}",
            "language": rng.choice(["en", "it", "fr", "tr", "nb"]),
            "published": "2025-10-22",
            "claims": batch,
        }
        if jsonl:
            records.append(json.dumps(source, ensure_ascii=False))
            if len(records) == SOURCES_PER_JSONL_FILE or written >= claims:
                path = root / "sources" / f"part{index // SOURCES_PER_JSONL_FILE:04d}.jsonl"
                path.write_text("\n".join(records) + "\n", encoding="utf-8")
                records = []
        else:
            path = root / "sources" / f"s{index:06d}.yaml"
            path.write_text(
                yaml.safe_dump(source, sort_keys=False, allow_unicode=True), encoding="utf-8"
            )
        index += 1
    return root


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("claims", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--distinct", type=int, default=0)
    parser.add_argument("--jsonl", action="store_true")
    args = parser.parse_args()
    build(args.folder, args.claims, distinct=args.distinct, jsonl=args.jsonl)
