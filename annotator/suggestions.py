"""Turning an analysis into suggestions the analyst can accept or reject.

Every span, relation and tag made here has status ``suggested`` and origin
``auto:<ruleset version>``, so re-running the analysis can replace exactly
these and nothing an analyst touched.
"""

from __future__ import annotations

from typing import Any

from annotator.model import (
    CUE,
    QUOTE,
    SAID_BY,
    SPEAKER,
    SUGGESTED,
    AnnotatedDocument,
    Document,
    Entity,
    Relation,
    Span,
    ThemeTag,
)


def suggestions_from_analysis(doc: Document, analysis: Any, *, version: str) -> AnnotatedDocument:
    """Build a bundle of suggestions from an ``annotator.nlp.Analysis``."""
    origin = f"auto:{version}"
    bundle = AnnotatedDocument(document=doc)
    span_ids: dict[tuple[int, int, str], int] = {}

    def add_span(start: int, end: int, label: str, **fields: Any) -> int:
        key = (start, end, label)
        if key not in span_ids:
            span = Span(
                id=len(bundle.spans) + 1,
                start=start,
                end=end,
                label=label,
                origin=origin,
                status=SUGGESTED,
                **fields,
            )
            bundle.spans.append(span)
            span_ids[key] = span.id  # type: ignore[assignment]
        return span_ids[key]

    entity_by_name: dict[str, int] = {}
    for number, speaker in enumerate(analysis.speakers, start=1):
        bundle.entities.append(Entity(id=number, name=speaker.name, type=speaker.type))
        entity_by_name[speaker.name] = number
        for start, end in speaker.mentions:
            add_span(start, end, SPEAKER, entity_id=number)

    for quote in analysis.quotes:
        quote_id = add_span(quote.start, quote.end, QUOTE, attrs={"kind": quote.kind})
        if quote.cue:
            add_span(quote.cue[0], quote.cue[1], CUE)
        if quote.speaker_mention:
            start, end = quote.speaker_mention
            speaker_id = add_span(start, end, SPEAKER, entity_id=entity_by_name.get(quote.speaker or ""))
            bundle.relations.append(
                Relation(source_id=quote_id, target_id=speaker_id, kind=SAID_BY, origin=origin, status=SUGGESTED)
            )

    seen_themes: set[str] = set()
    quotes = [s for s in bundle.spans if s.label == QUOTE]
    tagged_quotes: set[tuple[str, int | None]] = set()
    for hit in analysis.themes:
        if hit.theme not in seen_themes:
            seen_themes.add(hit.theme)
            bundle.tags.append(ThemeTag(theme_id=hit.theme, origin=origin, status=SUGGESTED))
        for quote in quotes:
            if quote.overlaps(hit.start, hit.end) and (hit.theme, quote.id) not in tagged_quotes:
                tagged_quotes.add((hit.theme, quote.id))
                bundle.tags.append(
                    ThemeTag(theme_id=hit.theme, span_id=quote.id, origin=origin, status=SUGGESTED)
                )
    return bundle
