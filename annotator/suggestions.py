"""Turning an analysis into suggestions the analyst can accept or reject.

Every span, relation and tag made here has status ``suggested`` and origin
``auto:<ruleset version>``, so re-running the analysis can replace exactly
these and nothing an analyst touched.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    Theme,
    ThemeTag,
)
from annotator.nlp.themes import document_themes


def suggestions_from_analysis(
    doc: Document, analysis: Any, *, version: str, themes: Sequence[Theme] | None = None
) -> AnnotatedDocument:
    """Build a bundle of suggestions from an ``annotator.nlp.Analysis``.

    ``themes`` is the taxonomy the analysis ran with (None: the bundled one, as for
    ``analyze``): only its themes are suggested for the whole document."""
    origin = f"auto:{version}"
    bundle = AnnotatedDocument(document=doc)
    spans = bundle.spans
    span_ids: dict[tuple[int, int, str], int] = {}
    quotes: list[Span] = []  # the QUOTE spans, in the order of bundle.spans

    def add_span(start: int, end: int, label: str, entity_id: int | None = None, attrs: dict[str, Any] | None = None) -> int:
        key = (start, end, label)
        known = span_ids.get(key)
        if known is not None:
            return known
        span_id = span_ids[key] = len(spans) + 1
        span = Span(start, end, label, {} if attrs is None else attrs, origin, SUGGESTED, entity_id=entity_id, id=span_id)
        spans.append(span)
        if label == QUOTE:
            quotes.append(span)
        return span_id

    entity_by_name: dict[str, int] = {}
    for number, speaker in enumerate(analysis.speakers, start=1):
        bundle.entities.append(Entity(id=number, name=speaker.name, type=speaker.type))
        entity_by_name[speaker.name] = number
        for start, end in speaker.mentions:
            add_span(start, end, SPEAKER, number)

    for quote in analysis.quotes:
        quote_id = add_span(quote.start, quote.end, QUOTE, attrs={"kind": quote.kind})
        if quote.cue:
            add_span(quote.cue[0], quote.cue[1], CUE)
        if quote.speaker_mention:
            start, end = quote.speaker_mention
            speaker_id = add_span(start, end, SPEAKER, entity_by_name.get(quote.speaker or ""))
            bundle.relations.append(
                Relation(source_id=quote_id, target_id=speaker_id, kind=SAID_BY, origin=origin, status=SUGGESTED)
            )

    # The document is tagged only with the themes it is about (the decision `make eval`
    # measures: one passing word is not enough); every hit still tags the quotes it
    # falls in, so the analyst sees where a theme is mentioned.  Themes the model finds
    # without a keyword hit come after those with one.
    words = analysis.words if analysis.text == doc.text else None  # the analysis' own word list
    document_level = document_themes(doc.text, analysis.themes, themes, words)
    seen_themes: set[str] = set()
    tagged_quotes: set[tuple[str, int | None]] = set()
    overlapping = _overlapping_quotes(analysis.themes, quotes)
    for hit, quote_indices in zip(analysis.themes, overlapping):
        if hit.theme not in seen_themes and hit.theme in document_level:
            seen_themes.add(hit.theme)
            bundle.tags.append(ThemeTag(theme_id=hit.theme, origin=origin, status=SUGGESTED))
        for index in quote_indices:
            quote = quotes[index]
            if (hit.theme, quote.id) not in tagged_quotes:
                tagged_quotes.add((hit.theme, quote.id))
                bundle.tags.append(
                    ThemeTag(theme_id=hit.theme, span_id=quote.id, origin=origin, status=SUGGESTED)
                )
    for theme_id in sorted(document_level - seen_themes):
        bundle.tags.append(ThemeTag(theme_id=theme_id, origin=origin, status=SUGGESTED))
    return bundle


def _overlapping_quotes(hits: Sequence[Any], quotes: Sequence[Span]) -> list[list[int]]:
    """For each theme hit, the indices (in order) of the quotes it overlaps.

    Sort and sweep: hits by start, quotes by start, keeping the quotes that
    may still overlap; the work grows with hits + quotes (times the few
    quotes open at one place), not hits × quotes.
    """
    by_start = sorted(range(len(quotes)), key=lambda i: quotes[i].start)
    found: list[list[int]] = [[]] * len(hits)  # every entry is replaced below
    active: list[int] = []
    next_quote = 0
    for hit_index in sorted(range(len(hits)), key=lambda i: hits[i].start):
        hit = hits[hit_index]
        while next_quote < len(by_start) and quotes[by_start[next_quote]].start < hit.end:
            active.append(by_start[next_quote])
            next_quote += 1
        # Hits come by start: a quote ending before this one's start is done.
        active = [i for i in active if quotes[i].end > hit.start]
        if active:
            found[hit_index] = sorted(i for i in active if quotes[i].overlaps(hit.start, hit.end))
        else:
            found[hit_index] = []
    return found
