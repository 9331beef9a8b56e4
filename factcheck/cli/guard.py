"""How a command ends: bad input or usage prints one line per problem and exits 2.

Kept free of the command parser's imports, so a command run without the parser (see
:mod:`factcheck.cli.quick_compare`) ends exactly as one run through it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from factcheck.errors import FactcheckError


def guarded(call: Callable[[], object]) -> None:
    """Run ``call``; exit with its code when it returns a non-zero int.

    An unexpected error (a bug) also exits 2 with one line; FACTCHECK_DEBUG=1 lets its
    traceback through.
    """
    try:
        code = call()
        if isinstance(code, int) and code:
            sys.exit(code)
    except FactcheckError as exc:
        for item in exc.problems:
            print(f"error: {item}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        sys.exit(2)
    except BrokenPipeError:
        # the reader went away (`factcheck compare | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(2)
    except Exception as exc:
        # A bug, not bad input. Python would print a traceback and exit 1, which CI reads as
        # "conflicts found"; like ruff, exit 2 with one line, and show the traceback on request.
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        from factcheck.safe_text import one_line

        reason = one_line(f"{type(exc).__name__}: {exc}")[:300]
        print(
            f"error: internal error ({reason}); FACTCHECK_DEBUG=1 shows where",
            file=sys.stderr,
        )
        sys.exit(2)
