"""The HTML report as a reader sees it: headless chromium runs the page, filters and all."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from factcheck.analyze import analyze
from factcheck.writers import WriterOptions
from factcheck.writers.html import render

CASE = Path(__file__).resolve().parents[2] / "claims" / "msmt-2025"
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
# A page that logs nothing, throws nothing and fetches nothing leaves none of these behind.
CONSOLE_TROUBLE = re.compile(r"CONSOLE[:(]|Uncaught|Content Security Policy|net::ERR_")


def _browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no chromium installed (apt-get install chromium); .ci/run installs it")


def _chromium(browser: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        *args,
    ]
    # The timeout only stops a hung browser; nothing here measures time.
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    html = render(analyze(CASE), WriterOptions())
    path = tmp_path_factory.mktemp("page") / "report.html"
    path.write_text(html, encoding="utf-8")
    return path, html


def _expected(html: str) -> dict[str, object]:
    """What the filters must show, read from the static page."""
    blocks = re.findall(
        r'<article class="finding [a-z]+" data-finding="(\w+)" '
        r'data-severity="(\w+)" data-status="(\w+)"',
        html,
    )
    severity = {fid: sev for fid, sev, _ in blocks}
    topics = re.findall(r'<section class="topic" id="[^"]+" data-findings="([^"]*)"', html)
    assert blocks and topics
    return {
        "initial": len(blocks),
        "steps": {
            "without-error": sum(s != "error" for _, s, _ in blocks),
            "without-warning": sum(s != "warning" for _, s, _ in blocks),
            "without-info": sum(s != "info" for _, s, _ in blocks),
            "only-new": sum(st == "new" for _, _, st in blocks),
            "topics-without-info": sum(
                any(severity[i] != "info" for i in ids.split()) for ids in topics
            ),
        },
        "restored": len(blocks),
        "topics": len(topics),
        "errors": [],
    }


def test_filters_hide_and_show_findings_without_console_errors(
    page: tuple[Path, str], tmp_path: Path
) -> None:
    browser = _browser()
    path, html = page
    result = _chromium(
        browser,
        tmp_path / "profile",
        "--virtual-time-budget=5000",
        "--dump-dom",
        path.as_uri() + "#selftest",
    )
    assert result.returncode == 0, result.stderr[-2000:]
    trouble = [line for line in result.stderr.splitlines() if CONSOLE_TROUBLE.search(line)]
    assert not trouble, trouble
    found = re.search(r'<pre id="selftest-result">(.*?)</pre>', result.stdout, re.S)
    assert found, "the page's script did not run (blocked or threw before finishing)"
    seen = json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    expected = _expected(html)
    assert seen == expected
    steps = expected["steps"]
    assert isinstance(steps, dict)
    assert steps["without-info"] < expected["initial"], "the case has info findings to hide"


@pytest.mark.parametrize(("name", "size"), [("desktop", "1280,2400"), ("phone", "412,2400")])
def test_screenshot(page: tuple[Path, str], tmp_path: Path, name: str, size: str) -> None:
    from PIL import Image

    browser = _browser()
    path, _ = page
    out_dir = Path(os.environ.get("FACTCHECK_SCREENSHOTS") or tmp_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    shot = out_dir / f"report-{name}.png"
    result = _chromium(
        browser,
        tmp_path / "profile",
        f"--window-size={size}",
        f"--screenshot={shot}",
        path.as_uri(),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    with Image.open(shot) as image:
        assert image.size == tuple(int(n) for n in size.split(","))
        colors = image.convert("RGB").getcolors(maxcolors=1 << 20) or []
    assert len(colors) > 50, "the screenshot is blank or nearly so"
