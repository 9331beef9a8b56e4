"""Programs that open with the set of characters every match starts with, which the engine
skips to in C before it tries a match (re's compiler finds such a set only for a pattern that
opens with a class or with alternatives that each open with a literal)."""

from __future__ import annotations

import re
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]

from factcheck.extract.scan.fold import cased_planes
from factcheck.extract.scan.sets import compacted

# the flag of an information block that holds a character set
_INFO_CHARSET = 4


class Opened(_parser.SubPattern):  # type: ignore[misc]
    """A parsed pattern whose program opens with the set of characters ``first``."""

    def __init__(self, parsed: _parser.SubPattern, first: list) -> None:
        super().__init__(parsed.state, parsed.data)
        self.first = first

    def program(self, flags: int) -> list[int]:
        """re's program with an information block holding ``first``."""
        code = _compiler._code(self, flags)
        if code[2]:  # re found a literal prefix or a set itself: at least as good
            return code  # type: ignore[no-any-return]
        info = [C.INFO, 0, _INFO_CHARSET, code[3], code[4]]
        charset, _ = _compiler._optimize_charset(compacted(self.first, blind=False))
        _compiler._compile_charset(charset, self.state.flags | flags, info)
        info[1] = len(info) - 1
        return info + code[1 + code[1] :]  # type: ignore[no-any-return]


def other_cases(first: list) -> list:
    """The characters a case-blind class matches beyond those it lists: the engine tests the
    opening set as it is, with no case folded."""

    def chars(flags: int) -> set[str]:
        fresh = _parser.State()
        fresh.flags = flags
        items = _parser.SubPattern(fresh, [(C.IN, first)])
        return set(_compiler.compile(items).findall(cased_planes()))

    blind = chars(re.UNICODE | re.IGNORECASE) - chars(re.UNICODE)
    return [(C.LITERAL, ord(c)) for c in sorted(blind)]
