"""Modules that compare's libraries import without a compare using them, imported on first use.

pydantic looks for plugins the first time it builds a validator, and its plugin loader
imports ``importlib.metadata`` (with its mail parser, zip and CSV readers) as it is imported,
even where plugins are turned off and the loader reads none: a twentieth of a compare of a
small case. Such a module is entered as a placeholder that imports the real one, and takes
on its attributes, the first time one of them is read.
"""

from __future__ import annotations

import os
import sys
from importlib import import_module
from types import ModuleType
from typing import Any

# the values of PYDANTIC_DISABLE_PLUGINS with which pydantic reads no plugin at all
_PLUGINS_OFF = ("__all__", "1", "true")


class Deferred(ModuleType):
    """A module entered by name only: the first attribute read imports it."""

    def __getattr__(self, attr: str) -> Any:
        """The attribute of the real module, imported now."""
        return getattr(_load(self), attr)


def _load(placeholder: Deferred) -> ModuleType:
    """Import the module ``placeholder`` stands for, and give ``placeholder`` its attributes
    (for those who imported the placeholder)."""
    name = placeholder.__name__
    if sys.modules.get(name) is placeholder:
        del sys.modules[name]
    module = import_module(name)
    vars(placeholder).update(vars(module))
    return module


def defer(name: str) -> None:
    """Enter the module ``name`` (not imported yet) as a placeholder that imports it when one
    of its attributes is first read; nothing when it is imported already."""
    if name in sys.modules:
        return
    parent, _, child = name.rpartition(".")
    placeholder = Deferred(name)
    sys.modules[name] = placeholder
    if parent:
        setattr(import_module(parent), child, placeholder)


def defer_plugin_lookup() -> None:
    """Defer what pydantic's plugin loader imports, where plugins are turned off."""
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") in _PLUGINS_OFF:
        defer("importlib.metadata")
