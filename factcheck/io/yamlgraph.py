"""Checks on a composed YAML node tree before it is built: aliases, recursion, duplicate keys.

Aliases make the tree a graph: ``*name`` is the very node ``&name`` anchored. Walking it as a
tree repeats every shared node once per path to it, which is exponential for nested aliases
("billion laughs"). This walk visits each node once and adds up what the aliases would
expand to, stopping as soon as that passes the limit.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml  # type: ignore[import-untyped]  # stubs optional, as elsewhere

from factcheck.errors import Problem
from factcheck.limits import MAX_ALIAS_EXPANSION


def _children(node: yaml.Node) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield key
            yield value
    elif isinstance(node, yaml.SequenceNode):
        yield from node.value


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _duplicate_keys(node: yaml.MappingNode, path: Path) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[str] = set()
    for key, _ in node.value:
        if isinstance(key, yaml.ScalarNode):
            if key.value in seen:
                problems.append(Problem(str(path), _line(key), f"duplicate key '{key.value}'"))
            seen.add(key.value)
    return problems


def _weight(node: yaml.Node) -> int:
    """What a node weighs written out by itself: one, plus a scalar's characters."""
    return 1 + len(node.value) if isinstance(node, yaml.ScalarNode) else 1


def check_graph(
    root: yaml.Node | None, path: Path, limit: int = MAX_ALIAS_EXPANSION
) -> list[Problem]:
    """Duplicate keys, recursive aliases and alias expansion past ``limit``, each node once."""
    if root is None:
        return []
    problems: list[Problem] = []
    size: dict[int, int] = {}  # id(node) -> its size written out in full, once finished
    open_nodes: set[int] = set()  # the nodes on the path being walked
    added = 0  # what the aliases met so far repeat
    if isinstance(root, yaml.MappingNode):
        problems += _duplicate_keys(root, path)
    stack: list[tuple[yaml.Node, Iterator[yaml.Node], list[int]]] = [
        (root, _children(root), [_weight(root)])
    ]
    open_nodes.add(id(root))
    while stack:
        node, children, total = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            open_nodes.discard(id(node))
            size[id(node)] = total[0]
            if stack:
                stack[-1][2][0] += total[0]
            continue
        key = id(child)
        if key in open_nodes:
            message = "a YAML alias refers to a node that contains it (recursion is not allowed)"
            return [*problems, Problem(str(path), _line(node), message)]
        if key in size:  # met before: this is an alias repeating it
            added += size[key]
            total[0] += size[key]
            if added > limit:
                message = (
                    f"YAML aliases repeat more than {limit:,} characters "
                    f"(the limit on alias expansion)"
                )
                return [*problems, Problem(str(path), _line(node), message)]
            continue
        if isinstance(child, yaml.ScalarNode):
            size[key] = _weight(child)
            total[0] += size[key]
            continue
        if isinstance(child, yaml.MappingNode):
            problems += _duplicate_keys(child, path)
        open_nodes.add(key)
        stack.append((child, _children(child), [_weight(child)]))
    return problems
