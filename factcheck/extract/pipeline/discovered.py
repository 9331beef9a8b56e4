"""What topic discovery finds for a figure (:class:`Discovered`), and the topic a count
takes from its own noun when no concept names it ("12 lifeboats")."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

from factcheck.extract.recognizers.recognize import Mention
from factcheck.values.text import match_key

_PROJECTED = "projected"  # the topic part of a figure told as what may come
_WHOLE = "total"  # the topic part of a figure stated as a whole of its parts


@dataclass(frozen=True)
class Discovered:
    """The topic discovery found for a figure: topic id, concept, confidence and evidence."""

    topic: str
    concept: str
    kind: str
    label: str
    confidence: float
    evidence: str  # the words that said so, as written ('' when the kind said it)
    evolving: bool = False
    whole: bool = False  # stated as a whole of its parts (see ``wholes``)

    projected: bool = False  # told as what may come (see ``projected``)

    def as_projected(self) -> Discovered:
        """The figure in a topic of its own, for one told as what may come ("could exceed")."""
        return replace(
            self,
            topic=f"{self.topic}.{_PROJECTED}",
            label=f"{self.label}, projected",
            projected=True,
        )

    def as_part(self, part: str) -> Discovered:
        """The figure in a topic of its own, for a part's ("its grid unit", "in the fourth
        quarter": see ``parts``)."""
        key = part.split()[-1]
        if self.topic.endswith(f".{key}"):  # a figure leaving out the noun of the part's own
            return self
        return replace(self, topic=f"{self.topic}.{key}", label=f"{self.label}, {part}")

    def as_whole(self) -> Discovered:
        """The figure in a topic of its own, for a whole its text tells apart from its parts."""
        return replace(self, topic=f"{self.topic}.{_WHOLE}", label=f"{self.label}, {_WHOLE}")


def slug(key: str) -> str:
    """A topic id part for a match key; a short hash of one with no Latin letters."""
    slug = re.sub(r"[^a-z0-9]+", "-", key).strip("-")
    return slug or hashlib.sha1(key.encode()).hexdigest()[:8]


def by_noun(m: Mention) -> Discovered | None:
    """A count of something no concept names: the noun it counts is its topic."""
    noun = str(m.extra.get("noun") or "").strip()
    key = match_key(noun)
    if m.kind != "count" or not key:
        return None
    return Discovered(f"count.{slug(key)}", f"count:{key}", "count", f"Number of {noun}", 0.4, noun)
