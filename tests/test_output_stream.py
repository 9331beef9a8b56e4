"""A report written a piece at a time still replaces its file only once it is whole."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pytest

from factcheck.cli.output import emit_utf8_stream


def test_a_streamed_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.json"

    def pieces(out: BinaryIO) -> None:
        for piece in (b"{\n", b'  "a": 1\n', b"}\n"):
            out.write(piece)

    assert emit_utf8_stream(pieces, target)
    assert target.read_bytes() == b'{\n  "a": 1\n}\n'


def test_a_stream_that_fails_midway_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_bytes(b"old report\n")

    def breaks(out: BinaryIO) -> None:
        out.write(b"{\n  half of it")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        emit_utf8_stream(breaks, target)
    assert target.read_bytes() == b"old report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
