"""What the story bench prints: its tables, legends and the figures it misses, per mode."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from typing import TYPE_CHECKING

from stories_gold import natural
from stories_score import Ratio, flagged
from stories_values import gold_value

if TYPE_CHECKING:
    from stories import CatalogScore, EndToEndScore, StoryScore

LEGEND = """\
expressed    gold claims whose claim (for a conversion: the claim holding it in also:) validates
required     required gold conflicts flagged: an error or warning finding puts two of their
optional       claims in different groups (optional: the arguable ones)
look-alikes  gold look-alike agreements wrongly flagged: such a finding splits two of their claims
groups       how a group's claims are known: 'claims' = the group lists them (the contract),
               'sources' = placed by source from the finding's locations, '-' = no findings
A source's own conversion (also:) is part of the claim it converts and is never compared
on its own, so no finding places it in a group. Findings of the evolving rule kind (a
running figure shown as a change over time) split nothing: they are the reading the gold's
"different as-of times" asks for. Info findings never count."""

E2E_LEGEND = """\
found        gold figures an extracted claim of the same article carries (value match)
  supported    the same over the articles in languages extract accepts
right topic  found figures whose claims land in the topic most of their gold topic's land in
required, optional, look-alikes  as in the catalog mode; a group holds a gold figure when it
               holds a claim of its article that carries the figure
s/article    wall time of one extract process per drafted article (start-up included:
               {startup:.2f} s)"""


# ---------------------------------------------------------------- the tool's pieces


def _row(cells: list[str], widths: list[int]) -> str:
    first = cells[0].ljust(widths[0])
    rest = [c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True)]
    return "  ".join([first, *rest]).rstrip()


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return [_row(header, widths), *(_row(r, widths) for r in rows)]


def _pair_cells(result: StoryScore) -> list[Ratio]:
    return [
        flagged(result.conflicts, "required"),
        flagged(result.conflicts, "optional"),
        flagged(result.look_alikes),
    ]


def _sum(ratios: list[list[Ratio]]) -> list[Ratio]:
    return [sum(column[1:], column[0]) for column in zip(*ratios, strict=True)] if ratios else []


def _pairs_verbose(result: StoryScore) -> list[str]:
    lines = []
    for verdict in result.conflicts:
        state = "flagged" if verdict.split else "missed"
        pair = verdict.pair
        lines.append(f"  {pair.id} {pair.expected} {state}: {pair.topic} {', '.join(pair.claims)}")
        lines += [f"      {by}" for by in verdict.by]
    for verdict in result.look_alikes:
        state = "WRONGLY FLAGGED" if verdict.split else "ok"
        pair = verdict.pair
        lines.append(f"  {pair.id} look-alike {state}: {pair.topic} {', '.join(pair.claims)}")
        lines += [f"      {by}" for by in verdict.by]
    return lines


def print_catalog(results: list[CatalogScore], verbose: bool, show_dropped: bool) -> None:
    """The catalog-mode table, legend and the details asked for."""
    header = ["story", "expressed", "required", "optional", "look-alikes", "groups"]
    cells = [[r.expressed, *_pair_cells(r)] for r in results]
    rows = [[r.story.slug, *map(str, c), r.groups] for r, c in zip(results, cells, strict=True)]
    rows.append(["total", *map(str, _sum(cells)), ""])
    print("\n".join(_table(header, rows)))
    for result in results:
        if result.error:
            print(f"{result.story.slug}: {result.error}")
    print()
    print(LEGEND)
    for result in results:
        if verbose:
            print(f"\n{result.story.slug}")
            print("\n".join(_pairs_verbose(result)))
        if verbose or show_dropped:
            print(f"\n{result.story.slug}: {len(result.dropped)} gold claims not expressed")
            print("\n".join(f"  {gold_id}: {why}" for gold_id, why in result.dropped.items()))
    if show_dropped:
        reasons = Counter(_reason(why) for r in results for why in r.dropped.values())
        print("\nwhy gold claims were not expressed (all stories):")
        for why, n in sorted(reasons.items(), key=lambda item: (-item[1], item[0])):
            print(f"  {n:4d}  {why}")


def _reason(why: str) -> str:
    """A drop reason without the source or topic it names, to count alike reasons together."""
    return re.sub(r"^(source|topic) \S+: ", r"\1: ", why)


def _seconds(values: list[float]) -> str:
    return f"{statistics.mean(values):.2f}" if values else "-"


def _outcome_lines(result: EndToEndScore, verbose: bool) -> list[str]:
    lines = []
    for article in result.story.articles:
        outcome = result.outcomes.get(article.file)
        if outcome is None:
            continue
        if outcome.status == "refused":
            lines.append(f"  {article.file}: language {article.language} refused by extract")
        elif outcome.status == "failed":
            lines.append(f"  {article.file}: extract failed: {outcome.message}")
        elif verbose:
            lines.append(f"  {article.file}: {outcome.seconds:.2f} s: {outcome.message}")
    return lines


def _language_lines(results: list[EndToEndScore]) -> list[str]:
    """Gold figures found per article language, over every story."""
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for result in results:
        for article in result.story.articles:
            ids = {c.id for c in article.claims}
            found[article.language] += len(ids & result.found)
            total[article.language] += len(ids)
    rows = [[lang, str(Ratio(found[lang], total[lang]))] for lang in sorted(total)]
    return _table(["language", "found"], rows)


def _missing_lines(result: EndToEndScore) -> list[str]:
    """Each gold figure not found, with its article's language, its value and its quote."""
    lines = []
    for article in result.story.articles:
        for claim in article.claims:
            if claim.id in result.found:
                continue
            value = gold_value(claim)
            shown = ", ".join(f"{k}={v}" for k, v in (value or {}).items())
            quote = str(claim.fields.get("quote", ""))
            lines.append(f"  {claim.id} {article.language} {{{shown}}} {quote!r}")
    return lines


def print_end_to_end(results: list[EndToEndScore], verbose: bool, startup: float) -> None:
    """The end-to-end table, legend and the details asked for."""
    header = ["story", "found", "supported", "right topic", "required", "optional"]
    header += ["look-alikes", "s/article", "groups"]
    cells = [
        [r.figures(), r.figures(True), Ratio(len(r.placed), len(r.found)), *_pair_cells(r)]
        for r in results
    ]
    rows = [
        [r.story.slug, *map(str, c), _seconds(r.seconds), r.groups]
        for r, c in zip(results, cells, strict=True)
    ]
    every = [s for r in results for s in r.seconds]
    rows.append(["total", *map(str, _sum(cells)), _seconds(every), ""])
    print("\n".join(_table(header, rows)))
    for result in results:
        lines = _outcome_lines(result, verbose)
        if result.error:
            lines.append(f"  {result.error}")
        if lines:
            print(f"{result.story.slug}:")
            print("\n".join(lines))
    print()
    print("\n".join(_language_lines(results)))
    print()
    print(E2E_LEGEND.format(startup=startup))
    if verbose:
        for result in results:
            print(f"\n{result.story.slug}")
            print("  figures not found:")
            print("\n".join(_missing_lines(result)) or "  -")
            misplaced = sorted(result.found - result.placed, key=natural)
            print(f"  found, other topic: {', '.join(misplaced) or '-'}")
            print("\n".join(_pairs_verbose(result)))
