"""Where a word or a figure ends: look-arounds that see through the letters a language glues.

In a spaced language a figure or a word ends at any character that is not a letter or a
digit. Japanese and Chinese write no spaces between words, and Korean glues particles and
counters to them ("7개국", "1조원이"): the letters of their scripts may touch a figure, and
a word of theirs may end right before another letter. A language names its scripts and
whether its words are spaced (``scripts``, ``word_spaces``) in its language.yaml; the letters
of each script are listed in ``factcheck/lang/_shared/scripts.yaml``. For the other languages
every look-around is the plain one, character for character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.lang.lexicon import load

# the classes of characters that continue a word: any word character, a letter or a digit,
# a letter
WORD = r"\w"
ALNUM = r"[^\W_]"
LETTER = r"[^\W\d_]"


@dataclass(frozen=True)
class Edges:
    """The classes of characters that continue a word or a figure, in one language.

    ``base`` is one of ``\\w``, ``[^\\W_]`` (a letter or a digit) or ``[^\\W\\d_]`` (a letter);
    the methods give it back without the glued letters where the language glues them.
    """

    glue: str
    spaced: bool

    def free(self, base: str) -> str:
        """``base`` without the glued letters: what continues a figure, or ends a word."""
        if not self.glue:
            return base
        if base == r"\w":
            return rf"[^\W{self.glue}]"
        assert base.startswith("[^") and base.endswith("]"), base
        return f"{base[:-1]}{self.glue}]"

    def start(self, base: str) -> str:
        """What may not stand right before a word: a spaced language's words start after a
        space or a mark, so only an unspaced language lets one follow a letter.
        """
        return base if self.spaced else self.free(base)

    def glued(self, char: str) -> bool:
        """True when ``char`` is a letter of the language's glued scripts."""
        return bool(self.glue) and _glue_pattern(self.glue).match(char) is not None


@cache
def _glue_pattern(glue: str) -> re.Pattern[str]:
    return re.compile(f"[{glue}]")


@cache
def edges(lang: str) -> Edges:
    """The edges of ``lang``."""
    lex = load(lang)
    return Edges(lex.glue, lex.spaced)
