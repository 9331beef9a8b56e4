"""A weekday written beside a date it does not fall on stays with that date: one impossible
day as the source wrote it, flagged on its own with the sources that give the day right."""

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
    assert finding.rule == "FC121"
    assert "Saturday 8 November 2026 (en)" in finding.message, finding.message
    assert "Sunday 8 November 2026 (de, fr)" in finding.message, finding.message
    # and says why the written day cannot be
    assert "8 November 2026 is a Sunday" in finding.message, finding.message


# 14 October 2026 is a Wednesday; no word in either article names what the day is of
UNNAMED = {
    "it.txt": "Conti trimestrali\n\nIl gruppo ha pubblicato i conti martedì 14 ottobre a Milano.\n",
    "nl.txt": "Kwartaalcijfers\n\nHet concern publiceerde woensdag zijn cijfers in Eindhoven.\n",
}


def test_a_wrong_weekday_is_flagged_where_no_word_names_the_day(tmp_path: Path) -> None:
    report = compared(tmp_path, UNNAMED, "2026-10-15")
    found = [f for f in report.findings if f.rule == "FC121"]
    assert len(found) == 1, [f.message for f in report.findings]
    assert "Tuesday 14 October 2026 (it)" in found[0].message, found[0].message
    assert "14 October 2026 is a Wednesday" in found[0].message, found[0].message


PORTUGUESE = {
    # 13 October 2026 is a Tuesday: the day in brackets is kept with the weekday written
    "pt.txt": "Incêndio no porto\n\nO fogo começou na noite de segunda-feira (13) no cais.\n",
}


def test_a_wrong_weekday_before_a_day_in_brackets_is_flagged(tmp_path: Path) -> None:
    report = compared(tmp_path, PORTUGUESE, "2026-10-15")
    found = [f for f in report.findings if f.rule == "FC121"]
    assert len(found) == 1, [f.message for f in report.findings]
    assert "Monday 13 October 2026 (pt)" in found[0].message, found[0].message
