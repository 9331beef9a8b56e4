"""text: free text, compared by normalized fuzzy equality only."""

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from pydantic import Field

from factcheck.values.base import BaseValue, CompareEnv, NormalizeContext, Payload, ValueKind

_PUNCT_RE = re.compile(r"[^\w\s]")


def fold(text: str) -> str:
    """Casefold and strip diacritics and extra spaces: 'Corée du Sud' -> 'coree du sud'."""
    if text.isascii():  # nothing to decompose, strip or replace
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("İ", "I"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().replace("’", "'").split())


def match_key(text: str) -> str:
    """Fold case, accents and punctuation so spelling variants compare equal."""
    return " ".join(_PUNCT_RE.sub(" ", fold(text)).split())


class TextValue(BaseValue):
    """Free text."""

    kind: Literal["text"]
    text: str = Field(min_length=1)


@dataclass(frozen=True, kw_only=True)
class TextKey(Payload):
    """Folded text, and the similarity (0-100) at which two texts count as the same."""

    text_key: str
    threshold: float = 90.0


def normalize(value: TextValue, ctx: NormalizeContext) -> TextKey:
    """The folded text; ``ctx.tolerance`` is the similarity threshold."""
    key = match_key(value.text)
    return TextKey(
        stated=value.text, normalized=key, key=key, text_key=key, threshold=float(ctx.tolerance)
    )


def partition(payloads: Sequence[TextKey], env: CompareEnv) -> list[list[int]]:
    """Texts alike enough go together, each compared against its group's first text."""
    from rapidfuzz import fuzz

    groups: list[list[int]] = []
    order = sorted(range(len(payloads)), key=lambda i: (payloads[i].text_key, i))
    for index in order:
        item = payloads[index]
        home = next(
            (
                g
                for g in groups
                if fuzz.ratio(payloads[g[0]].text_key, item.text_key) >= item.threshold
            ),
            None,
        )
        if home is None:
            groups.append(home := [])
        home.append(index)
    return groups


KIND = ValueKind(
    name="text",
    model=TextValue,
    normalize=normalize,
    summary="free text, compared after folding case, accents and punctuation, up to a threshold",
    disagreement="The sources give different texts for “{label}”.",
    partition=partition,
    about_tolerance=Decimal(90),
    axis=None,
)
