"""Section 1: finding ids depend on rule, topic, period and disagreeing values with sources."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import (
    FOUNDED,
    MEMBER_COUNT,
    ORDER,
    add_source,
    count_claim,
    finding_ids,
    load,
    save,
)

from factcheck.engine.findings import Draft, Group
from factcheck.engine.ids import assign_ids, fingerprint_key

TR = "sources/tr-agency.yaml"


def test_ids_are_short_hex_and_stable_across_runs(cli, example_copy: Path) -> None:
    first = finding_ids(cli, example_copy)
    assert first == finding_ids(cli, example_copy)
    assert all(len(i) == 10 and int(i, 16) >= 0 for i in first.values())
    assert {MEMBER_COUNT, FOUNDED, ORDER} <= set(first.values())


def test_reordering_claims_and_reformatting_keep_ids(cli, example_copy: Path) -> None:
    before = finding_ids(cli, example_copy)
    for path in (example_copy / "sources").glob("*.yaml"):
        data = load(path)
        data["claims"].reverse()
        # flow style, wide lines, keys sorted: every line number and the layout change
        save(path, data, default_flow_style=True, width=400, sort_keys=True)
    assert finding_ids(cli, example_copy) == before


def test_comments_and_blank_lines_shift_lines_without_changing_ids(cli, example_copy) -> None:
    before = finding_ids(cli, example_copy)
    path = example_copy / TR
    path.write_text("# a comment\n\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    assert finding_ids(cli, example_copy) == before


def test_notes_and_message_wording_do_not_change_ids(cli, example_copy, tmp_path) -> None:
    before = finding_ids(cli, example_copy)
    path = example_copy / TR
    data = load(path)
    for claim in data["claims"]:
        claim["note"] = "rewritten note"
    save(path, data)
    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parents[2] / "rules", rules)
    rule_file = next(rules.glob("FC103-*.yaml"))
    text = rule_file.read_text(encoding="utf-8")
    assert "message:" in text
    rule_file.write_text(
        text.replace("message:", "message: 'Reworded:' # was:", 1), encoding="utf-8"
    )
    after_notes = finding_ids(cli, example_copy)
    assert after_notes == before
    assert finding_ids(cli, example_copy, "--rules", rules) == before
    assert "Reworded:" in cli("compare", example_copy, "-f", "json", "--rules", rules).out


def test_renamed_source_file_keeps_ids(cli, example_copy: Path) -> None:
    before = finding_ids(cli, example_copy)
    (example_copy / TR).rename(example_copy / "sources" / "zz-renamed.yaml")
    assert finding_ids(cli, example_copy) == before


def test_unrelated_claims_do_not_change_ids(cli, example_copy: Path) -> None:
    before = finding_ids(cli, example_copy)
    add_source(
        example_copy,
        "unrelated",
        [{"subject": "Bybit", "property": "based in", "value": {"kind": "text", "text": "Dubai"}}],
    )
    after = finding_ids(cli, example_copy)
    assert {k: v for k, v in after.items() if k in before} == before


def test_a_changed_disagreeing_value_gives_a_new_id(cli, example_copy: Path) -> None:
    path = example_copy / TR
    data = load(path)
    for claim in data["claims"]:
        if claim.get("topic") == "msmt.member-count":
            claim["value"]["count"] = 8
    save(path, data)
    after = finding_ids(cli, example_copy)
    assert after[("FC103", ("msmt.member-count",))] != MEMBER_COUNT


def test_a_new_source_with_a_new_value_gives_a_new_id(cli, example_copy: Path) -> None:
    add_source(example_copy, "newcomer", [count_claim(10)])
    after = finding_ids(cli, example_copy)
    assert after[("FC103", ("msmt.member-count",))] != MEMBER_COUNT
    # the founding date findings are untouched
    assert after[("FC101", ("msmt.founded",))] == FOUNDED


def test_the_same_values_from_other_sources_give_another_id(cli, example_copy: Path) -> None:
    # 11 vs 9 still, but now italpress says 9 and tr-agency 11: the sources are in the id
    for name, count in (("tr-agency", 11), ("italpress", 9)):
        path = example_copy / "sources" / f"{name}.yaml"
        data = load(path)
        for claim in data["claims"]:
            if claim.get("topic") == "msmt.member-count":
                claim["value"]["count"] = count
        save(path, data)
    after = finding_ids(cli, example_copy)
    assert after[("FC103", ("msmt.member-count",))] != MEMBER_COUNT


def test_the_period_is_part_of_the_id(cli, example_case: Path) -> None:
    ids = finding_ids(cli, example_case)
    per_period = [v for (rule, rows), v in ids.items() if rows[0].startswith("dprk.crypto-stolen@")]
    assert len(per_period) == len(set(per_period)) == 3


def test_identical_keys_get_an_occurrence_index() -> None:
    ids = assign_ids(["same", "same", "other"])
    assert len(set(ids)) == 3
    assert assign_ids(["same"])[0] == ids[0]


def test_the_fingerprint_text_is_the_standard_encoders_for_any_string() -> None:
    names = ["é", "ü\u2028", "\x00\x1f\x7f", '"\\/', "中文", "\U0001f600", "\ud800 lone"]
    for name in names:
        group = Group(name, f"key {name}", ())
        vars(group)["sources"] = [name, "plain"]  # what its cached property would hold
        draft = Draft(topics=(name,), rows=("row",), groups=(group,), explanation="")
        payload = {
            "rule": "FC1",
            "rows": ["row"],
            "topics": [name],
            "groups": [[f"key {name}", [name, "plain"]]],
        }
        standard = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        assert fingerprint_key("FC1", draft) == standard
