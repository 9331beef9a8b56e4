"""The input limits: past them a file is refused at once, with the limit named."""

from __future__ import annotations

# A source file holds one article's claims: a few kilobytes, rarely more than a few hundred.
# Parsing YAML costs about a second and 100 MB of memory per MiB, so every YAML file we read
# (case.yaml, sources, resolutions, rules) stops at 1 MiB instead of taking minutes and
# gigabytes on a file that is not a claim file.
MAX_YAML_FILE_BYTES = 1 << 20

# YAML aliases (*name) repeat what an anchor (&name) holds. Written out in full, the repeats
# may add at most this many characters to a file (every value repeated counts at least one),
# so ten nested lines of "billion laughs" cannot turn into a billion values.
MAX_ALIAS_EXPANSION = 100_000

# No figure in a claim needs more digits; Python itself stops at 4,300.
MAX_NUMBER_DIGITS = 1_000


def size_text(n: int) -> str:
    """A byte count as people read it: '1 MiB', '10.5 MiB', '512 KiB', '300 bytes'."""
    for unit, factor in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= factor:
            value = n / factor
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{n} bytes"
