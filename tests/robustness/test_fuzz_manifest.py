"""Fuzzing the manifest reader: any text, as CSV or YAML, gives entries or problems that name
a line of the file, never an exception."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.pipeline.manifest import parse_manifest
from tests.robustness.fuzz_support import fuzz

# pieces a spreadsheet export or a hand-typed YAML list is made of, and their mistakes
_PIECES = st.sampled_from(
    [
        "file",
        "url",
        "outlet",
        "language",
        "published",
        "colour",
        ",",
        ";",
        '"',
        "\n",
        "\r\n",
        "- ",
        ": ",
        "  ",
        "a.txt",
        "b.html",
        "2025",
        "2025-13-40",
        "2025-03-28",
        "en",
        "pt-BR",
        "xx-??",
        "https://example.org/a",
        "&a",
        "*a",
        "[",
        "{",
        "\x00",
        "é",
        "=cmd",
    ]
)
_TEXTS = st.one_of(st.lists(_PIECES, max_size=40).map("".join), st.text(max_size=300))


@fuzz(300)
@given(text=_TEXTS, name=st.sampled_from(["m.csv", "m.yaml"]))
def test_any_manifest_gives_entries_or_problems_that_name_a_line(text: str, name: str) -> None:
    lines = text.count("\n") + 1
    entries, problems = parse_manifest(text, name)
    for problem in problems:
        described = str(problem)
        assert described.startswith(name) and "\n" not in described
        line = problem.line if hasattr(problem, "line") else None
        assert line is None or 1 <= line <= lines + 1
    for entry in entries.values():
        assert entry.file
