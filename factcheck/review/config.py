"""`check` settings from factcheck.toml or [tool.factcheck] in pyproject.toml near the case."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck.errors import FactcheckError, Problem

FailOn = Literal["error", "warning", "info"]


class Settings(BaseModel):
    """The keys a config file may set; command-line options win over them."""

    # Both spellings of fail-on work: TOML users write dashes, Python users underscores.
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    baseline: Path | None = None
    fail_on: FailOn | None = Field(default=None, alias="fail-on")
    strict: bool | None = None


@dataclass(frozen=True)
class Config:
    """Settings and the file they came from (None when no file applies)."""

    settings: Settings
    path: Path | None


def _table(path: Path) -> tuple[dict[str, Any] | None, str]:
    """The factcheck table of a config file, or None when the file has none."""
    import tomllib  # on use: most runs find no config file to read

    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FactcheckError(Problem(str(path), 0, f"invalid TOML: {exc}")) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FactcheckError(Problem(str(path), 0, f"cannot read: {exc}")) from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("factcheck")
        return (table if isinstance(table, dict) else None), text
    return data, text


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip().startswith(key):
            return number
    return 1


def find_config(case_dir: Path) -> Config:
    """The nearest factcheck.toml or pyproject.toml with [tool.factcheck], from the case up."""
    folder = case_dir.resolve()
    for current in (folder, *folder.parents):
        for name in ("factcheck.toml", "pyproject.toml"):
            candidate = current / name
            if not candidate.is_file():
                continue
            table, text = _table(candidate)
            if table is not None:
                return Config(_validate(table, text, candidate), candidate)
        if (current / ".git").exists():
            break  # the repository root: settings above it belong to someone else
    return Config(Settings(), None)


def _validate(table: dict[str, Any], text: str, path: Path) -> Settings:
    try:
        settings = Settings.model_validate(table)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            key = str(error["loc"][0]) if error["loc"] else ""
            message = error["msg"]
            if error["type"] == "extra_forbidden":
                message = f"unknown key '{key}' (expected baseline, fail-on, strict)"
            else:
                message = f"{key}: {message}"
            problems.append(Problem(str(path), _line_of(text, key), message))
        raise FactcheckError(problems) from None
    if settings.baseline is not None and not settings.baseline.is_absolute():
        # A relative baseline path is relative to the file that names it, not the cwd.
        settings = settings.model_copy(update={"baseline": path.parent / settings.baseline})
    return settings
