"""The dimension of each unit a language's measures are read in ('[length]' for km), kept in
the cache folder: drafting needs the dimension of a measure to tell its concept, and pint
takes most of a second to import and build its registry, far more than drafting an article.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import factcheck.data
import factcheck.values.quantity as quantity_module
from factcheck.cache.tables import kept
from factcheck.extract.recognizers.units import grammar


def _dimension(unit: str) -> str | None:
    """The dimension pint gives ``unit``; None when it names no unit of measure."""
    try:
        return quantity_module.dimension(unit)
    except ValueError:
        return None


def _units(lang: str) -> list[str]:
    """The units ``lang``'s grammar reads measures in, sorted."""
    g = grammar(lang)
    found = (*g.words.values(), *g.symbols.values(), *g.before_units)
    return sorted({unit.unit for unit in found if unit.kind == "quantity"})


@cache
def _table(lang: str) -> dict[str, str | None]:
    """Unit -> dimension for every unit of ``lang``'s grammar, derived once and kept."""
    units = _units(lang)
    # what pint's answers depend on: its version, the unit definitions and how they are read
    sources = (Path(quantity_module.__file__), Path(factcheck.data.__file__).parent / "units.txt")
    return kept(
        "unit-dimensions", units, ("pint",), sources, lambda: {u: _dimension(u) for u in units}
    )


def unit_dimension(unit: str, lang: str) -> str | None:
    """The dimension of ``unit`` as pint writes it ('[length]'), None for no unit of measure;
    from the table of ``lang``'s units, else from pint itself."""
    table = _table(lang)
    return table[unit] if unit in table else _dimension(unit)
