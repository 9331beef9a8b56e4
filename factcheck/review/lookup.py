"""Find a finding by its id or a unique prefix; suggest the closest ids when there is none."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from factcheck.errors import FactcheckError


def match_id(query: str, ids: Sequence[str]) -> str:
    """The one id equal to or starting with ``query``; otherwise a usage error with hints."""
    wanted = query.strip().lower()
    if wanted in ids:
        return wanted
    prefixed = sorted(i for i in ids if wanted and i.startswith(wanted))
    if len(prefixed) == 1:
        return prefixed[0]
    if len(prefixed) > 1:
        raise FactcheckError(
            f"id prefix '{query}' is ambiguous: it matches {', '.join(prefixed)}; "
            "give more characters"
        )
    close = difflib.get_close_matches(wanted, ids, n=3, cutoff=0.3)
    hint = f"; closest: {', '.join(close)}" if close else ""
    raise FactcheckError(f"no finding with id '{query}' in this case{hint}")
