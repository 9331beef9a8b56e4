"""Coverage-guided fuzzing with atheris, outside the test suite (optional: pip install atheris).

Run: python bench/atheris_fuzz.py yaml|recognize [libFuzzer options, e.g. -runs=200000
     -max_total_time=300] [corpus folder]

yaml:      any text through parse_yaml, then validation as a source file and as case.yaml;
           anything but FactcheckError is a crash.
recognize: any text in any supported language through recognize(); a mention whose offsets
           do not cut out its own text is a crash.
libFuzzer prints what it ran ("#N DONE ... exec/s") and saves a crashing input to crash-*.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports(include=["factcheck"]):
    from factcheck.errors import FactcheckError
    from factcheck.extract.recognizers.recognize import recognize
    from factcheck.io.validation import validate_document
    from factcheck.io.yamlio import parse_yaml
    from factcheck.lang import languages
    from factcheck.models.case import CaseSpec
    from factcheck.models.source import Source

LANGUAGES = languages()  # the folders of factcheck/lang/
PATH = Path("fuzz.yaml")


def yaml_target(data: bytes) -> None:
    """Parse and validate; only FactcheckError may come out."""
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    try:
        document = parse_yaml(text, PATH)
    except FactcheckError:
        return
    for model in (Source, CaseSpec):
        _, problems = validate_document(model, document)
        for problem in problems:
            assert "\n" not in str(problem), problem


def recognize_target(data: bytes) -> None:
    """Recognize; every mention cuts out exactly its own text."""
    provider = atheris.FuzzedDataProvider(data)
    lang = LANGUAGES[provider.ConsumeIntInRange(0, len(LANGUAGES) - 1)]
    text = provider.ConsumeUnicodeNoSurrogates(len(data))
    for mention in recognize(text, lang):
        assert 0 <= mention.start <= mention.end <= len(text), mention
        assert text[mention.start : mention.end] == mention.text, mention


def main() -> None:
    """Pick the target named first on the command line and hand the rest to libFuzzer."""
    targets = {"yaml": yaml_target, "recognize": recognize_target}
    if len(sys.argv) < 2 or sys.argv[1] not in targets:
        raise SystemExit(f"usage: {sys.argv[0]} {'|'.join(targets)} [libFuzzer options]")
    target = targets[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
