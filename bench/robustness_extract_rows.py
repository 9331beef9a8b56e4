"""Rows of the robustness matrix for `extract`: huge, dense, deep, unreadable, foreign text."""

from __future__ import annotations

import os
from pathlib import Path

from robustness_inputs import MB, Outcome, Scenario, _fill, open_up, row

CASE = "case"
PUBLISHED = ["--published", "2025-10-24", "--outlet", "Bench"]
EN = (
    "On 12 October 2024 the monitoring team said North Korea stole at least $2.8 billion "
    "between January 2024 and September 2025, and 11 countries, including France, Germany "
    "and Japan, took part in the work. About 1,500 IT workers earned up to $600 million. "
)
TR = (
    "Ekim 2023'te 11 ülke, 2024'ten bu yana yaklaşık 2,84 milyar dolar; en az 35 saldırı, "
    "17 ülke, 1,5 milyon TL, 2015–2019 aralığı, Eylül 2025'e kadarki 9 ay; "
)
FR = "Créée en octobre dernier, l'équipe a relevé pas moins de 1,65 milliard de dollars volés. "


def _extract(*articles: str, lang: str | None = "en") -> list[str]:
    return ["extract", *articles, "--case", CASE, *PUBLISHED, *(["--lang", lang] if lang else [])]


def _drafts(outcome: Outcome) -> list[str]:
    return sorted(p.name for p in (outcome.folder / CASE / "sources").glob("*.yaml"))


@row("extract", "50 MB English text")
def _huge(folder: Path) -> Scenario:
    size = _fill(folder / "huge.txt", 50 * MB, EN)
    return Scenario(_extract("huge.txt"), expect=(0, 2), input_bytes=size)


@row("extract", "1 MB dense Turkish text")
def _dense(folder: Path) -> Scenario:
    size = _fill(folder / "yogun.txt", MB, TR)
    return Scenario(_extract("yogun.txt", lang="tr"), expect=(0,), input_bytes=size)


@row("extract", "HTML text under 100,000 nested tags")
def _nested(folder: Path) -> Scenario:
    html = (
        "<html><body>" + "<div>" * 100_000 + f"<p>{EN}</p>" + "</div>" * 100_000 + "</body></html>"
    )
    (folder / "deep.html").write_text(html, encoding="utf-8")

    def found(o: Outcome) -> str | None:
        return None if "deep.yaml" in _drafts(o) else "no draft written"

    return Scenario(_extract("deep.html"), expect=(0,), check=found, input_bytes=len(html))


@row("extract", "one unreadable article among three")
def _unreadable(folder: Path) -> Scenario:
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(EN * 20, encoding="utf-8")
    open_up(folder)
    (folder / "b.txt").chmod(0)

    def others_done(o: Outcome) -> str | None:
        drafts = _drafts(o)
        return None if {"a.yaml", "c.yaml"} <= set(drafts) else f"drafts: {drafts}"

    return Scenario(_extract("a.txt", "b.txt", "c.txt"), as_other_user=True, check=others_done)


@row("extract", "Latin-1 article")
def _latin1(folder: Path) -> Scenario:
    (folder / "latin1.txt").write_bytes((FR * 10).encode("latin-1"))
    return Scenario(_extract("latin1.txt", lang="fr"), expect=(0,))


@row("extract", "Windows-1252 article")
def _cp1252(folder: Path) -> Scenario:
    text = "Le coût : 88 millions d’euros – « selon » l’équipe, créée en octobre dernier. " * 10
    (folder / "cp1252.txt").write_bytes(text.encode("cp1252"))
    return Scenario(_extract("cp1252.txt", lang="fr"), expect=(0,))


@row("extract", "Ctrl-C while extracting four articles")
def _interrupt(folder: Path) -> Scenario:
    names = [f"n{n}.txt" for n in range(4)]
    for name in names:
        _fill(folder / name, 2 * MB, EN)
    # interrupted well before four articles of 2 MB can be read, on a fast machine too
    return Scenario(_extract(*names), expect=(2, 130), interrupt_after=1.0)


@row("extract", "sources/ not writable")
def _write_failure(folder: Path) -> Scenario:
    (folder / "a.txt").write_text(EN * 20, encoding="utf-8")
    open_up(folder)
    os.chmod(folder / CASE / "sources", 0o555)

    def says_write(o: Outcome) -> str | None:
        return (
            None if "cannot write" in o.err and "cannot read" not in o.err else "not a write error"
        )

    return Scenario(_extract("a.txt"), as_other_user=True, check=says_write)
