"""A weekday written beside a date it does not fall on stays with that date: one impossible
day as the source wrote it, which disagrees with the other sources' day."""

from __future__ import annotations

from pathlib import Path

from drafted import compared

ARTICLES = {
    # 8 November 2026 is a Sunday
    "en.txt": "Fire at the depot\n\nThe fire broke out on Saturday 8 November 2026 at the depot.\n",
    "fr.txt": "Incendie au dépôt\n\nL'incendie a éclaté le dimanche 8 novembre 2026 au dépôt.\n",
    "de.txt": "Brand im Depot\n\nDas Feuer brach am Sonntag, dem 8. November 2026, im Depot aus.\n",
}


def test_a_wrong_weekday_beside_its_date_is_flagged(tmp_path: Path) -> None:
    report = compared(tmp_path, ARTICLES, "2026-11-09")
    (finding,) = [f for f in report.findings if f.severity == "error"]
    assert finding.rule == "FC101"
    assert "Saturday 8 November 2026 (en)" in finding.message, finding.message
    assert "Sunday 8 November 2026 (de, fr)" in finding.message, finding.message
    # and says why the written day cannot be
    assert "8 November 2026 is a Sunday, not a Saturday" in (finding.hint or ""), finding.hint
