"""From an article's text to a draft source: recognized values attached to catalog topics."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from factcheck.extract.pipeline.attach import Attachment, Context, attach
from factcheck.extract.pipeline.catalog import build_matcher
from factcheck.extract.pipeline.periods import find_period
from factcheck.extract.pipeline.sentences import split_sentences
from factcheck.extract.recognizers.recognize import Mention, recognize
from factcheck.lang import supported
from factcheck.lang.lexicon import load
from factcheck.models.case import CaseSpec


@dataclass(frozen=True)
class ArticleMeta:
    """What the draft says about its source besides the claims."""

    id: str
    title: str
    outlet: str
    language: str
    published: date
    article: str
    url: str | None = None


@dataclass(frozen=True)
class Draft:
    """A draft source file's data, and the values that fit no topic."""

    source: dict[str, Any]
    candidates: list[dict[str, Any]]


def _number(text: str) -> Decimal:
    return Decimal(text).normalize() if "." in text else Decimal(text)


def _value(m: Mention) -> dict[str, Any]:
    value = dict(m.value)
    for key in ("amount", "count"):
        if key in value and isinstance(value[key], str):
            value[key] = _number(value[key])
    return value


def _elliptic(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """A scaled figure after a sum of money in the same sentence is in that sum's currency."""
    out: list[Mention] = []
    last_amount: Mention | None = None
    for m in mentions:
        if m.kind == "amount":
            last_amount = m
        elif (
            m.kind == "count"
            and "scale" in m.value
            and m.value["scale"] in ("million", "billion", "trillion")
            and last_amount is not None
            and ctx.index(last_amount.start) == ctx.index(m.start)
        ):
            value = {
                "kind": "amount",
                "amount": m.value["count"],
                "currency": last_amount.value["currency"],
                "scale": m.value["scale"],
            }
            m = replace(m, kind="amount", value=value, pattern=f"{m.pattern}+elided-currency")
        out.append(m)
    return out


def _note(m: Mention, a: Attachment) -> str:
    words = " + ".join(f"'{h.text}'" for h in (a.prop, a.subject) if h is not None)
    if a.topic is None:
        return f"draft: unassigned ({a.reason}); pattern {m.pattern}"
    return f"draft: confidence {a.confidence:.2f} ({m.kind}.{m.pattern}); attached by {words}"


def _claim(m: Mention, a: Attachment, spec: CaseSpec, period: str | None) -> dict[str, Any]:
    topic = next((t for t in spec.topics if t.id == a.topic), None)
    subject = a.subject.text if a.subject else (topic.subjects[0] if topic else "?")
    prop = a.prop.text if a.prop else (topic.properties[0] if topic else "?")
    claim: dict[str, Any] = {
        "subject": " ".join(subject.split()),
        "property": " ".join(prop.split()),
    }
    if a.topic:
        claim["topic"] = a.topic
    claim["value"] = _value(m)
    if m.qualifier != "exact":
        claim["qualifier"] = m.qualifier
    if period:
        claim["period"] = period
    claim["quote"] = " ".join(m.text.split())
    claim["offsets"] = [m.start, m.end]
    claim["note"] = _note(m, a)
    return claim


def build_draft(text: str, meta: ArticleMeta, spec: CaseSpec) -> Draft:
    """The draft source of ``text``: attached claims, and unassigned candidates kept apart."""
    lang = supported(meta.language)
    attach_data = load(lang).section("attach")
    side = attach_data.get("property_side", "before")
    counted = tuple(attach_data.get("counted_sides", ["after"]))
    sentences = split_sentences(text, lang)
    ctx = Context.build(sentences, build_matcher(spec, lang).hits(text), side, counted)
    mentions = _elliptic(recognize(text, lang, meta.published), ctx)
    kinds = {t.id: t.kind for t in spec.topics}
    claims: list[dict[str, Any]] = []
    candidates: list[dict[str, Any]] = []
    for m in mentions:
        if m.kind == "period":
            continue
        a = attach((m.start, m.end), m.kind, kinds, ctx)
        period = None
        if m.kind == "amount" and ctx.sentences:
            s = ctx.sentences[ctx.index(m.start)]
            found = find_period(
                text, lang, (m.start, m.end), (s.start, s.end), mentions, meta.published
            )
            period = found[0] if found else None
        claim = _claim(m, a, spec, period)
        (claims if a.topic else candidates).append(claim)
    source: dict[str, Any] = {
        "id": meta.id,
        "title": meta.title,
        "outlet": meta.outlet,
        "url": meta.url,
        "language": meta.language,
        "published": meta.published.isoformat(),
        "article": meta.article,
        "claims": claims,
    }
    if meta.url is None:
        del source["url"]
    return Draft(source, candidates)
