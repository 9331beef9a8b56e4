"""The input limits: past them a file is refused at once, with the limit named."""

from __future__ import annotations

# A source file holds one article's claims: a few kilobytes, rarely more than a few hundred.
# Parsing YAML costs about a second and 100 MB of memory per MiB, so every YAML file we read
# (case.yaml, sources, resolutions, rules) stops at 1 MiB instead of taking minutes and
# gigabytes on a file that is not a claim file.
MAX_YAML_FILE_BYTES = 1 << 20

# JSON parses about a hundred times faster than YAML, but a source is still one article's
# claims: a .json file, or one line of a .jsonl file, holds one source and stops at 1 MiB too.
MAX_JSON_SOURCE_BYTES = 1 << 20

# A JSON Lines file holds many sources, read one line at a time: memory grows with the claims
# kept, not with the file. 1 GiB is about four million claims, several minutes of work.
MAX_JSONL_FILE_BYTES = 1 << 30

# YAML aliases (*name) repeat what an anchor (&name) holds. Written out in full, the repeats
# may add at most this many characters to a file (every value repeated counts at least one),
# so ten nested lines of "billion laughs" cannot turn into a billion values.
MAX_ALIAS_EXPANSION = 100_000

# No figure in a claim needs more digits; Python itself stops at 4,300.
MAX_NUMBER_DIGITS = 1_000

# A draft an editor can review holds a few dozen claims; a text with thousands of figures is
# a table or a dump, not an article. Past this many, extract stops drafting and says how many
# figures it left out, so that its time stays bounded by the text, not by writing YAML.
MAX_DRAFT_CLAIMS = 2_000
# Reading stops at the end of the window in which this many values have been found: the rest
# of such a text could only add figures past the draft's limit, and reading it costs time.
MAX_VALUES_READ = 2 * MAX_DRAFT_CLAIMS


def size_text(n: int) -> str:
    """A byte count as people read it: '1 MiB', '10.5 MiB', '512 KiB', '300 bytes'."""
    for unit, factor in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= factor:
            value = n / factor
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{n} bytes"
