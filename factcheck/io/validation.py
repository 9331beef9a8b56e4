"""Turn pydantic validation errors into one readable ``path:line: message`` per problem."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from factcheck.errors import Problem
from factcheck.values.registry import KINDS

M = TypeVar("M", bound=BaseModel)


class Document(Protocol):
    """A parsed input file (YAML or JSON): its data, and the line of any value in it."""

    @property
    def path(self) -> Path:
        """The file it was read from."""
        ...

    @property
    def data(self) -> Any:
        """The parsed data."""
        ...

    def line_of(self, loc: Sequence[str | int]) -> int:
        """The 1-based line of the value at ``loc``."""
        ...

    def element_lines(self, key: str, count: int) -> tuple[int, ...]:
        """The lines of the first ``count`` elements of the top-level list under ``key``."""
        ...


_VALUE_KINDS: tuple[str, ...] = tuple(KINDS)


def _clean_loc(data: Any, loc: tuple[str | int, ...]) -> list[str | int]:
    """Drop the discriminator tags pydantic inserts (…, 'value', 'amount', 'currency').

    A tag can share its name with a field ("amount", "date"), so a part counts as a tag when
    the mapping's kind is that name and what follows is a key of the same mapping.
    """
    cleaned: list[str | int] = []
    node = data
    tag_skipped = False
    for position, part in enumerate(loc):
        following = loc[position + 1] if position + 1 < len(loc) else None
        if (
            not tag_skipped
            and isinstance(node, dict)
            and node.get("kind") == part
            and (following is None or following in node or part not in node)
        ):
            tag_skipped = True
            continue
        tag_skipped = False
        cleaned.append(part)
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            node = None
    return cleaned


def _dotted(loc: list[str | int]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _allowed_keys(model: type[BaseModel], data: Any, loc: list[str | int]) -> list[str]:
    """The field names allowed at the parent of ``loc`` (best effort, for suggestions)."""
    target: type[BaseModel] | None = model
    node = data
    for part in loc[:-1]:
        if isinstance(part, int):
            node = node[part] if isinstance(node, list) and part < len(node) else None
            continue
        if target is None:
            return []
        field = target.model_fields.get(part)
        node = node.get(part) if isinstance(node, dict) else None
        if field is None:
            return []
        target = _model_of(field.annotation, node)
    return sorted(target.model_fields) if target is not None else []


def _model_of(annotation: Any, node: Any) -> type[BaseModel] | None:
    kind = node.get("kind") if isinstance(node, dict) else None
    models = {k.model for k in KINDS.values()}
    options = getattr(annotation, "__args__", ()) or ()
    if isinstance(kind, str) and kind in KINDS and any(o in models for o in _flatten(options)):
        return KINDS[kind].model
    for candidate in getattr(annotation, "__args__", ()) or (annotation,):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
        inner = getattr(candidate, "__args__", ())
        for sub in inner:
            if isinstance(sub, type) and issubclass(sub, BaseModel):
                return sub
    return None


def _flatten(options: Any) -> list[Any]:
    out = []
    for option in options:
        out.append(option)
        out.extend(_flatten(getattr(option, "__args__", ()) or ()))
    return out


def _message(error: Mapping[str, Any], loc: list[str | int], allowed: list[str]) -> str:
    kind = error["type"]
    where = _dotted(loc)
    if kind == "extra_forbidden":
        import difflib  # on use: a file without an unknown key needs no suggestion

        key = str(loc[-1])
        close = difflib.get_close_matches(key, allowed, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        parent = _dotted(loc[:-1]) or "this file"
        return f"unknown key '{key}' in {parent}{hint}"
    if kind == "union_tag_invalid":
        tag = error.get("ctx", {}).get("tag", "?")
        return f"{where}: unknown value kind '{tag}' (expected {', '.join(_VALUE_KINDS)})"
    if kind == "union_tag_not_found":
        return f"{where}: a value needs 'kind' ({', '.join(_VALUE_KINDS)})"
    if kind == "missing":
        return f"missing required key '{loc[-1]}'" + (
            f" in {_dotted(loc[:-1])}" if len(loc) > 1 else ""
        )
    text = str(error["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        text = text.removeprefix(prefix)
    return f"{where}: {text}" if where else text


def validation_problems(
    model: type[BaseModel], document: Document, error: ValidationError
) -> list[Problem]:
    """One problem per pydantic error, located at the line of the offending value."""
    problems = []
    for item in error.errors():
        loc = _clean_loc(document.data, tuple(item["loc"]))
        allowed = (
            _allowed_keys(model, document.data, loc) if item["type"] == "extra_forbidden" else []
        )
        line = document.line_of(loc)
        problems.append(Problem(str(document.path), line, _message(item, loc, allowed)))
    return problems


def validate_document(
    model: type[M], document: Document, context: dict[str, Any] | None = None
) -> tuple[M | None, list[Problem]]:
    """Validate a parsed YAML or JSON document; return the model or the problems.

    ``context`` is pydantic's validation context (one load's memo of shared values).
    """
    if not isinstance(document.data, dict):
        return None, [Problem(str(document.path), 1, "expected a mapping of keys at the top level")]
    try:
        return model.model_validate(document.data, context=context), []
    except ValidationError as exc:
        return None, validation_problems(model, document, exc)
