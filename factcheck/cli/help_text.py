"""The top-level help as the parser writes it, so `factcheck --help` needs no parser.

tests/test_cli_quick.py checks it against the parser's own output: after a change to a
command's name or first docstring line, paste the text that test prints here.
"""

PROG_NAME = "factcheck"
# click lays help out for min(terminal columns, 80): from 80 columns on, the text is this one
HELP_WIDTH = 80
MAIN_HELP = (
    "Usage: factcheck [OPTIONS] COMMAND [ARGS]...\n"
    "\n"
    "  Cross-verify factual claims across news sources and flag discrepancies.\n"
    "\n"
    "Options:\n"
    "  --version   Print the version and exit.\n"
    "  -h, --help  Show this message and exit.\n"
    "\n"
    "Commands:\n"
    "  compare   Show, per topic, what each source says, and the discrepancies...\n"
    "  check     Fail (exit 1) when a finding at the fail level is neither...\n"
    "  resolve   Record a decision on one finding in CASE/resolutions.yaml...\n"
    "  baseline  Write every current finding, sorted by id with a readable...\n"
    "  report    Write the case's discrepancy report: summary, findings,...\n"
    "  extract   Draft source files in CASE/sources/ from articles, and...\n"
    "  rules     List the rules: id, name, kind, severity and what each checks.\n"
)
