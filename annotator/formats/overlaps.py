"""Overlapping spans: finding them, and an export without them.

Two spans overlap when they share at least one character (touching spans do
not).  Some tools cannot hold overlaps: a doccano project drops them unless
"Allow overlapping spans" is on, and then fails on the relations that pointed
at them.  :func:`without_overlaps` keeps, in each group of overlapping spans,
the spans that win by this rule, in order:

1. a span that is an end of more relations (a quote linked to its speaker
   keeps its link);
2. an accepted span over a suggested or rejected one;
3. the longer span;
4. the one that starts first (then the lower id).

Spans are taken in that order and each is kept unless it overlaps a span
already kept.  A dropped span takes its relations and its theme tags with it,
and a speaker entity no kept span refers to is dropped too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from annotator.model import ACCEPTED, AnnotatedDocument, Span


def overlapping_ids(spans: Iterable[Span]) -> set[int | None]:
    """Ids of the spans that overlap at least one other span."""
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    found: set[int | None] = set()
    reach: Span | None = None  # the span reaching furthest right so far
    for span in ordered:
        if reach is not None and span.start < reach.end and span.end > span.start:
            found.update((span.id, reach.id))
        if reach is None or span.end > reach.end:
            reach = span
    # The sweep pairs each span with the furthest reaching one; others that
    # overlap it overlap that one too, so every overlapping span is named.
    return found


def _rank(span: Span, links: Counter[int | None]) -> tuple[int, int, int, int, int]:
    return (-links[span.id], 0 if span.status == ACCEPTED else 1, -(span.end - span.start),
            span.start, span.id if span.id is not None else 0)


def without_overlaps(bundle: AnnotatedDocument) -> AnnotatedDocument:
    """A new bundle whose spans do not overlap (rule in the module doc)."""
    if not overlapping_ids(bundle.spans):
        return bundle
    links: Counter[int | None] = Counter()
    for rel in bundle.relations:
        links.update((rel.source_id, rel.target_id))
    kept: list[Span] = []
    for span in sorted(bundle.spans, key=lambda s: _rank(s, links)):
        if all(span.end <= other.start or other.end <= span.start for other in kept):
            kept.append(span)
    kept_ids = {span.id for span in kept}
    spans = [span for span in bundle.spans if span.id in kept_ids]
    relations = [r for r in bundle.relations if r.source_id in kept_ids and r.target_id in kept_ids]
    tags = [t for t in bundle.tags if t.span_id is None or t.span_id in kept_ids]
    used = {span.entity_id for span in spans}
    entities = [e for e in bundle.entities if e.id in used]
    return AnnotatedDocument(bundle.document, spans, relations, entities, tags)


def drop_overlaps(bundles: Iterable[AnnotatedDocument]) -> Iterator[AnnotatedDocument]:
    for bundle in bundles:
        yield without_overlaps(bundle)
