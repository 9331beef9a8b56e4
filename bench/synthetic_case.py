"""Write a synthetic case folder for benchmarks: python bench/synthetic_case.py N DIR."""

from __future__ import annotations

import random
import sys
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


def build(root: Path, claims: int, per_source: int = 50, seed: int = 7) -> Path:
    """Write ``claims`` claims spread over sources of ``per_source`` claims each."""
    rng = random.Random(seed)
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
    while written < claims:
        batch = []
        for _ in range(min(per_source, claims - written)):
            _, kind, subjects, props = rng.choice(TOPICS)
            claim = {
                "subject": rng.choice(subjects)
                if rng.random() < 0.9
                else f"{rng.choice(subjects)} group",
                "property": rng.choice(props),
                "value": _value(kind, rng),
                "qualifier": rng.choice(QUALIFIERS) if kind in ("amount", "count") else "exact",
            }
            if kind == "amount":
                period = rng.choice(periods)
                if period:
                    claim["period"] = period
            batch.append(claim)
        source = {
            "id": f"s{index:06d}",
            "title": f"Article {index}",
            "outlet": f"Outlet {index % 97}",
            "language": rng.choice(["en", "it", "fr", "tr", "nb"]),
            "published": "2025-10-22",
            "claims": batch,
        }
        path = root / "sources" / f"s{index:06d}.yaml"
        path.write_text(
            yaml.safe_dump(source, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
        written += len(batch)
        index += 1
    return root


if __name__ == "__main__":
    build(Path(sys.argv[2]), int(sys.argv[1]))
