"""Which data reads an article: its language's folder, found by detection, else digits only."""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.errors import FactcheckError
from factcheck.extract import detect_language
from factcheck.lang import GENERIC, languages, reading

CASE = """\
title: A port story
topics:
  - id: port.cost
    kind: amount
    subjects: [the port, o porto, de haven]
    properties: [cost, custou, kostte]
  - id: port.opened
    kind: date
    subjects: [the port, o porto, de haven]
    properties: [opened, inaugurado, geopend]
"""

# one paragraph a line, as articles come
PORTUGUESE = (
    "O novo porto de Santos\n\n"
    "O porto foi inaugurado em 14 de março de 2022, depois de três anos de obras. O porto "
    "custou cerca de R$ 2,3 bilhões, segundo a prefeitura, e emprega mais de mil trabalhadores.\n"
)
DUTCH = (
    "Nieuwe haven geopend\n\n"
    "De haven werd op 14 maart 2022 geopend, na drie jaar bouwen. De haven kostte ongeveer "
    "2,3 miljard euro, meldt de gemeente, en er werken ruim duizend mensen.\n"
)
SWEDISH = (
    "Ny hamn invigd\n\n"
    "Hamnen invigdes 2022-03-14 efter tre års byggande. Bygget kostade ungefär USD 230 000 000 "
    "enligt kommunen, och fler än tusen personer arbetar där.\n"
)


def _run(tmp_path: Path, name: str, text: str, *options: str) -> tuple[object, Path]:
    case = tmp_path / "case"
    case.mkdir(exist_ok=True)
    (case / "case.yaml").write_text(CASE, encoding="utf-8")
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    args = ["extract", str(article), "--case", str(case), "--published", "2025-10-22", *options]
    return CliRunner().invoke(app, args), case / "sources" / f"{article.stem}.yaml"


def test_portuguese_and_dutch_are_detected_and_read_with_their_data(tmp_path):
    for name, text, lang in (("porto.txt", PORTUGUESE, "pt"), ("haven.txt", DUTCH, "nl")):
        result, path = _run(tmp_path, name, text)
        assert result.exit_code == 0, result.output
        draft = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert draft["language"] == lang and "note" not in draft
        by_topic = {c["topic"]: c for c in draft["claims"]}
        assert by_topic["port.opened"]["value"] == {"kind": "date", "date": "2022-03-14"}
        cost = by_topic["port.cost"]
        assert cost["value"]["amount"] == 2.3 and cost["value"]["scale"] == "billion"
        assert cost["qualifier"] == "about"


def test_a_language_without_a_folder_is_read_for_figures_written_alike_everywhere(tmp_path):
    result, path = _run(tmp_path, "hamn.txt", SWEDISH)
    assert result.exit_code == 0, result.output
    assert "no language data for 'sv': only language-independent figures read" in result.output
    text = path.read_text(encoding="utf-8")
    draft = yaml.safe_load(text)
    assert draft["language"] == "sv"
    assert "only language-independent figures were read" in draft["note"]
    # the ISO date and the sum with its currency code are read; "tre" and "tusen" are words
    assert "date: '2022-03-14'" in text
    assert "amount: 230000000" in text and "currency: USD" in text
    assert "count: 3" not in text and "count: 1000" not in text


def test_a_language_tag_without_a_folder_is_accepted_and_a_non_tag_refused(tmp_path):
    result, path = _run(tmp_path, "hamn.txt", SWEDISH, "--lang", "sv")
    assert result.exit_code == 0, result.output
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["language"] == "sv"
    refused, _ = _run(tmp_path, "hamn.txt", SWEDISH, "--lang", "zz-not-a-tag")
    assert isinstance(refused.exception, FactcheckError)  # exits 2 through factcheck.cli.main
    assert "'zz-not-a-tag' is not a language tag" in str(refused.exception)


def test_detection_covers_every_language_folder():
    samples = {
        "pt": PORTUGUESE,
        "nl": DUTCH,
        "en": "The port opened in March 2022 after three years of building work.",
        "de": "Der Hafen wurde im März 2022 nach drei Jahren Bauzeit eröffnet.",
    }
    for lang, text in samples.items():
        assert detect_language(text) == lang
    assert {"pt", "nl"} <= set(languages())
    assert reading("pt-BR") == "pt" and reading("nl-BE") == "nl"
    assert reading("sv") == GENERIC
