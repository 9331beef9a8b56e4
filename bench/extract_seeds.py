"""Extract the seed articles with the msmt-2025 catalog and compare with the hand-made claims.

Usage: python bench/extract_seeds.py [SEEDS_DIR] [--case claims/msmt-2025]

Prints recall (hand-made claims reproduced: same topic, normalized value, qualifier and, where
the hand-made claim has one, period), precision over the drafts' attached claims, the misses
claim by claim, and whether `compare` finds the same error-level findings on both.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.analyze import analyze  # noqa: E402
from factcheck.extract import ArticleInfo, extract_article  # noqa: E402
from factcheck.extract.pipeline.draft import ProposedTopic  # noqa: E402
from factcheck.extract.pipeline.proposals import merge_proposals, updated_case_text  # noqa: E402
from factcheck.io.loader import load_case  # noqa: E402
from factcheck.io.yamlio import write_atomic  # noqa: E402
from factcheck.models.case import CaseSpec  # noqa: E402
from factcheck.normalize.claims import (  # noqa: E402
    NormalizedClaim,
    normalize_case,
    tolerances_by_kind,
)
from factcheck.values.base import Span  # noqa: E402


def _value_key(n: NormalizedClaim) -> Any:
    """The value as stated: a figure in its unit (2.8 and 2.80 are one), else its normalized key."""
    value = n.value
    if isinstance(value, Span) and value.figure is not None:
        return (value.figure, value.canonical)
    return value.key


def _same(hand: NormalizedClaim, draft: NormalizedClaim) -> bool:
    if hand.claim.topic != draft.claim.topic or hand.kind != draft.kind:
        return False
    if _value_key(hand) != _value_key(draft) or hand.claim.qualifier != draft.claim.qualifier:
        return False
    if hand.period is None:
        return True
    return draft.period is not None and hand.period.interval == draft.period.interval


def _errors(case: Path, catalog: set[str] | None = None) -> set[tuple[str, tuple[str, ...]]]:
    """Error findings as (rule, topics), only those on ``catalog``'s topics when given."""
    report = analyze(case)
    return {
        (f.rule, tuple(f.topics))
        for f in report.findings
        if f.severity == "error" and (catalog is None or set(f.topics) <= catalog)
    }


def _extract(seeds: Path, case: Path, work: Path) -> dict[str, str]:
    """Draft every seed a hand-made source names; map hand-made source id -> draft id."""
    shutil.copy(case / "case.yaml", work / "case.yaml")
    spec = load_case(case).spec
    pairs = {}
    proposed: list[ProposedTopic] = []
    for item in load_case(case).sources:
        source = item.source
        if not source.article:
            continue
        path = seeds / source.article
        info = ArticleInfo(
            name=path.name,
            language=source.language,
            published=source.published,
            outlet=source.outlet,
        )
        result = extract_article(path.read_bytes(), info, spec)
        write_atomic(work / "sources" / f"{result.id}.yaml", result.text)
        proposed.extend(result.draft.topics.values())
        pairs[source.id] = result.id
    # figures the catalog does not take get discovered topics: propose them, as extract does
    existing = (work / "case.yaml").read_text(encoding="utf-8")
    text, _ = updated_case_text(existing, spec.title, merge_proposals(proposed))
    write_atomic(work / "case.yaml", text)
    return pairs


def _describe(n: NormalizedClaim) -> str:
    c = n.claim
    value = c.value.model_dump(exclude_none=True, exclude={"kind"})
    period = f" period {c.period}" if c.period else ""
    return f"{c.topic}: {value} {c.qualifier}{period} ({c.quote!r})"


def _no_catalog(seeds: Path, case: Path, keep: Path | None = None) -> None:
    """Extract the seeds into a case with no catalog and show its error findings.

    The hand-made case's two conflicts of fact must come out: the founding date (October
    2023 against October 2024) and the member count (9 against 11); nothing else at error.
    """
    hand = load_case(case)
    with tempfile.TemporaryDirectory() as tmp:
        work = (keep or Path(tmp)) / "case"
        proposed: list[ProposedTopic] = []
        empty = CaseSpec(title="seeds")
        for item in hand.sources:
            source = item.source
            if not source.article:
                continue
            info = ArticleInfo(
                name=source.article,
                id=source.id,
                language=source.language,
                published=source.published,
                outlet=source.outlet,
            )
            result = extract_article((seeds / source.article).read_bytes(), info, empty)
            write_atomic(work / "sources" / f"{source.id}.yaml", result.text)
            proposed.extend(result.draft.topics.values())
        text, _ = updated_case_text(None, "seeds", merge_proposals(proposed))
        write_atomic(work / "case.yaml", text)
        report = analyze(work)
    errors = [f for f in report.findings if f.severity == "error"]

    def flagged(first: str, second: str) -> bool:
        return any(
            any(first in g.normalized for g in f.groups)
            and any(second in g.normalized for g in f.groups)
            for f in errors
        )

    founding = flagged("2023-10", "2024-10")
    members = flagged("9", "11")
    print("no catalog: the seeds extracted into an empty case")
    print(f"  founding date flagged (October 2023 vs October 2024): {'yes' if founding else 'NO'}")
    print(f"  member count flagged (9 vs 11): {'yes' if members else 'NO'}")
    print(f"  error findings: {len(errors)}")
    for f in errors:
        groups = " vs ".join(f"{g.value} ({', '.join(g.sources)})" for g in f.groups)
        print(f"    {f.rule} {', '.join(f.topics)}: {groups}")


def main() -> None:
    """Run the comparison and print it."""
    parser = argparse.ArgumentParser()
    parser.add_argument("seeds", type=Path, nargs="?", default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--case", type=Path, default=ROOT / "claims" / "msmt-2025")
    parser.add_argument(
        "--no-catalog", action="store_true", help="extract into a case with no catalog"
    )
    parser.add_argument("--keep", type=Path, help="with --no-catalog: write the case here")
    args = parser.parse_args()
    if args.no_catalog:
        _no_catalog(args.seeds, args.case, args.keep)
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pairs = _extract(args.seeds, args.case, work)
        hand = normalize_case(load_case(args.case), tolerances_by_kind({}))
        drafts = normalize_case(load_case(work), tolerances_by_kind({}))
        catalog_ids = {t.id for t in load_case(args.case).spec.topics}
        draft_errors = _errors(work, catalog_ids)
    by_source: dict[str, list[NormalizedClaim]] = {}
    for n in drafts:
        by_source.setdefault(n.source.id, []).append(n)
    found = 0
    misses = []
    for h in hand:
        mine = by_source.get(pairs.get(h.source.id, ""), [])
        if any(_same(h, d) for d in mine):
            found += 1
        else:
            misses.append(f"  {h.source.id}: {_describe(h)}")
    hand_by = {pairs[h.source.id]: [] for h in hand if h.source.id in pairs}
    for h in hand:
        hand_by[pairs[h.source.id]].append(h)
    catalog = {t.id for t in load_case(args.case).spec.topics}
    attached = [d for d in drafts if d.claim.topic in catalog]
    wrong = [d for d in attached if not any(_same(h, d) for h in hand_by.get(d.source.id, []))]
    recall = found / len(hand) if hand else 0.0
    precision = (len(attached) - len(wrong)) / len(attached) if attached else 0.0
    print(f"recall    {found}/{len(hand)} = {recall:.1%}")
    print(f"precision {len(attached) - len(wrong)}/{len(attached)} = {precision:.1%}")
    if misses:
        print("missed hand-made claims:")
        print("\n".join(misses))
    if wrong:
        print("draft claims that match no hand-made claim:")
        print("\n".join(f"  {d.source.id}: {_describe(d)}" for d in wrong))
    hand_errors = _errors(args.case)
    same = hand_errors == draft_errors
    print(f"error findings: {'the same' if same else 'DIFFERENT'}")
    for rule, topics in sorted(hand_errors | draft_errors):
        where = [
            name
            for name, errs in (("hand-made", hand_errors), ("drafts", draft_errors))
            if (rule, topics) in errs
        ]
        print(f"  {rule} {', '.join(topics)}: {' and '.join(where)}")


if __name__ == "__main__":
    main()
