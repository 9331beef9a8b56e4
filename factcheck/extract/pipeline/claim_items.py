"""The claims a draft holds, as a claim file writes them: subject, property, topic, value,
qualifier, period, quote, offsets, and a note saying how the figure got its topic."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from factcheck.extract.pipeline.attach import Attachment
from factcheck.extract.pipeline.discovered import Discovered
from factcheck.extract.recognizers.recognize import Mention
from factcheck.models.case import CaseSpec

# the keys that hold figures, per value kind that has them
_FIGURES = {
    "amount": ("amount", "min", "max"),
    "count": ("count", "min", "max"),
    "quantity": ("value", "min", "max"),
    "duration": ("value", "min", "max"),
    "percent": ("value", "min", "max"),
}


def _number(text: str) -> Decimal:
    return Decimal(text).normalize() if "." in text else Decimal(text)


def _value(m: Mention) -> dict[str, Any]:
    value = dict(m.value)
    for key in _FIGURES.get(m.kind, ()):
        if key in value and isinstance(value[key], str):
            value[key] = _number(value[key])
    return value


def source_own(found: Discovered, source: str) -> Discovered:
    """``found`` in a topic of the source's own: the day a source was told something is
    not the day another source was ("said on Wednesday" and "a déclaré jeudi" may both be
    right), so such figures are not compared across sources unless an editor joins them."""
    slug = re.sub(r"[^a-z0-9_-]+", "-", source.lower()).strip("-_")
    if not slug:  # a name in a script with no Latin letters
        slug = "s" + hashlib.sha1(source.encode("utf-8")).hexdigest()[:8]
    return replace(found, topic=f"{found.topic}.{slug}", label=f"{found.label} ({source})")


def _figure(
    claim: dict[str, Any], m: Mention, period: str | None, note: str, as_of: str | None = None
) -> dict[str, Any]:
    """``claim`` with the figure's value, qualifier, period or day it stood at, quote,
    offsets and ``note``."""
    claim["value"] = _value(m)
    if m.qualifier != "exact":
        claim["qualifier"] = m.qualifier
    if m.extra.get("earlier"):  # "rose from 12 to 15": shown, not compared as the figure now
        claim["superseded"] = True
    if period:
        claim["period"] = period
    elif as_of:
        claim["as_of"] = as_of
    claim["quote"] = " ".join(m.text.split())
    claim["offsets"] = [m.start, m.end]
    claim["note"] = note
    return claim


def discovered_claim(
    m: Mention,
    found: Discovered,
    period: str | None,
    scope: str | None = None,
    as_of: str | None = None,
    holder: str | None = None,
    claimant: str | None = None,
) -> dict[str, Any]:
    """The claim of ``m`` in the topic discovery gave it, narrowed to ``scope`` (a place),
    with the day ``as_of`` a running figure stood at where its sentence gives one, the name
    that holds it as its subject ("the Movimento Insular won 19 seats") and who gives it as
    its attribution ("according to police")."""
    claim: dict[str, Any] = {
        "subject": holder or found.label,
        "property": found.evidence or found.label,
        "topic": found.topic,
    }
    if scope is not None:
        claim["scope"] = scope
    if claimant is not None:
        claim["attribution"] = claimant
    said = f"by '{found.evidence}'" if found.evidence else f"by its {found.kind}"
    note = (
        f"draft: discovered topic {found.topic}, confidence {found.confidence:.2f} "
        f"({m.kind}.{m.pattern}); {said}"
    )
    return _figure(claim, m, period, note, as_of)


def attached_claim(m: Mention, a: Attachment, spec: CaseSpec, period: str | None) -> dict[str, Any]:
    """The claim of ``m`` as attached to the catalog's topics (no topic: a candidate)."""
    topic = next((t for t in spec.topics if t.id == a.topic), None)
    subject = a.subject.text if a.subject else (topic.subjects[0] if topic else "?")
    prop = a.prop.text if a.prop else (topic.properties[0] if topic else "?")
    claim: dict[str, Any] = {
        "subject": " ".join(subject.split()),
        "property": " ".join(prop.split()),
    }
    if a.topic:
        claim["topic"] = a.topic
    return _figure(claim, m, period, _note(m, a))


def _note(m: Mention, a: Attachment) -> str:
    words = " + ".join(f"'{h.text}'" for h in (a.prop, a.subject) if h is not None)
    if a.topic is None:
        return f"draft: unassigned ({a.reason}); pattern {m.pattern}"
    return f"draft: confidence {a.confidence:.2f} ({m.kind}.{m.pattern}); attached by {words}"
