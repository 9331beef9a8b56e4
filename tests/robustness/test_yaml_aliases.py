"""YAML aliases: nested ones ("billion laughs") are refused in linear time, with the limit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from robust_helpers import Run, one_problem

from factcheck.errors import FactcheckError
from factcheck.io import yamlgraph
from factcheck.io.yamlio import parse_yaml
from factcheck.limits import MAX_ALIAS_EXPANSION


def laughs(depth: int, key: str = "lol") -> str:
    """Nested aliases: each level repeats the one before nine times."""
    lines = [f'{key}0: &{key}0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, depth + 1):
        refs = ",".join([f"*{key}{level - 1}"] * 9)
        lines.append(f"{key}{level}: &{key}{level} [{refs}]")
    return "\n".join(lines) + "\n"


def test_a_bomb_in_a_source_file_is_refused_naming_the_limit(
    cli: Callable[..., Run], example_copy: Path
) -> None:
    path = example_copy / "sources" / "bomb.yaml"
    path.write_text(laughs(9), encoding="utf-8")
    line = one_problem(cli("compare", example_copy))
    # written out, levels 1-3 repeat 30,402 characters and level 4 (line 5) 243,576 more
    assert line.startswith(f"error: {path}:5: YAML aliases repeat more than 100,000 characters")
    assert "limit on alias expansion" in line


def test_a_bomb_in_case_yaml_is_refused(cli: Callable[..., Run], example_copy: Path) -> None:
    path = example_copy / "case.yaml"
    lines = path.read_text(encoding="utf-8").count("\n")
    path.write_text(path.read_text(encoding="utf-8") + laughs(9), encoding="utf-8")
    line = one_problem(cli("check", example_copy))
    assert line.startswith(f"error: {path}:{lines + 5}: YAML aliases repeat more than")


def test_a_bomb_inside_a_claim_is_refused(cli: Callable[..., Run], example_copy: Path) -> None:
    path = example_copy / "sources" / "sadanews.yaml"
    text = path.read_text(encoding="utf-8")
    bomb = "".join(f"      {line}\n" for line in laughs(9, "q").splitlines())
    text = text.replace("    quote: pas moins", "    extra:\n" + bomb + "    quote: pas moins", 1)
    path.write_text(text, encoding="utf-8")
    assert "limit on alias expansion" in one_problem(cli("compare", example_copy))


def test_a_merge_key_bomb_is_refused_before_it_is_built() -> None:
    text = "a: &a {x: 1, y: 2, z: 3, w: 4}\n"
    for level in range(1, 30):
        merges = ", ".join([f"*{'a' if level == 1 else f'm{level - 1}'}"] * 4)
        text += f"m{level}: &m{level} {{<<: [{merges}], k{level}: 1}}\n"
    with pytest.raises(FactcheckError, match="limit on alias expansion"):
        parse_yaml(text, Path("merge.yaml"))


def test_the_walk_visits_each_node_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # 9**40 paths through the graph: only a walk that remembers what it met can finish
    text = laughs(40)
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    visits: list[yaml.Node] = []
    real = yamlgraph._children

    def counting(node: yaml.Node):  # type: ignore[no-untyped-def]
        visits.append(node)
        return real(node)

    monkeypatch.setattr(yamlgraph, "_children", counting)
    problems = yamlgraph.check_graph(root, Path("x.yaml"), limit=10**100)
    assert problems == []
    assert len(visits) == len({id(node) for node in visits}) == 1 + 41  # the root and each list


def test_aliases_within_the_limit_still_load() -> None:
    text = (
        "subjects: &s [MSMT, Multilateral Sanctions Monitoring Team]\n"
        + "".join(f"t{i}: *s\n" for i in range(50))
        + f"big: &b {'x' * (MAX_ALIAS_EXPANSION // 4)}\n"
        + "again: [*b, *b, *b]\n"
    )
    document = parse_yaml(text, Path("ok.yaml"))
    assert document.data["t49"] == ["MSMT", "Multilateral Sanctions Monitoring Team"]
    assert len(document.data["again"]) == 3


def test_repeating_past_the_limit_by_one_character_is_refused() -> None:
    big = "x" * (MAX_ALIAS_EXPANSION // 2)
    fits = f"a: &a {big[:-2]}\nb: [*a, *a]\n"  # (len + 1) per repeat: exactly the limit
    parse_yaml(fits, Path("fits.yaml"))
    with pytest.raises(FactcheckError, match="limit on alias expansion"):
        parse_yaml(f"a: &a {big}\nb: [*a, *a]\n", Path("over.yaml"))


def test_a_recursive_alias_is_one_line_not_a_hang(
    cli: Callable[..., Run], example_copy: Path
) -> None:
    path = example_copy / "sources" / "loop.yaml"
    path.write_text("id: loop\nclaims: &c\n  - *c\n", encoding="utf-8")
    line = one_problem(cli("compare", example_copy))
    assert line == (
        f"error: {path}:2: a YAML alias refers to a node that contains it "
        "(recursion is not allowed)"
    )


def test_duplicate_keys_are_still_found_under_aliases() -> None:
    text = "a: &a {x: 1}\nb: *a\nc:\n  y: 1\n  y: 2\n"
    with pytest.raises(FactcheckError) as caught:
        parse_yaml(text, Path("d.yaml"))
    assert [str(p) for p in caught.value.problems] == ["d.yaml:5: duplicate key 'y'"]
