"""Content keys of annotations: what makes two annotations "the same one".

A merge uses them to add each annotation once (so merging the same project
twice adds nothing); they hold no database ids, only offsets, labels, the
speaker's canonical name and who made the annotation.
"""

from __future__ import annotations

import json
from typing import Any

from annotator.model import AnnotatedDocument, Relation, Span, ThemeTag

SpanKey = tuple[Any, ...]


def speaker_name(bundle: AnnotatedDocument, span: Span) -> str:
    entity = bundle.entity(span.entity_id) if span.entity_id is not None else None
    return f"{entity.type}:{entity.name}" if entity is not None else ""


def _attrs_key(attrs: dict[str, Any]) -> Any:
    if not attrs:
        return ()
    if all(isinstance(value, (str, int, float, bool)) or value is None for value in attrs.values()):
        return tuple(sorted(attrs.items()))
    return json.dumps(attrs, sort_keys=True, ensure_ascii=False)


def span_key(bundle: AnnotatedDocument, span: Span) -> SpanKey:
    return (
        span.start, span.end, span.label, span.annotator, span.status, span.origin,
        _attrs_key(span.attrs), speaker_name(bundle, span) if span.entity_id is not None else "",
        span.gold is not None,
    )


def relation_key(relation: Relation, span_keys: dict[int | None, SpanKey]) -> tuple[Any, ...]:
    return (
        relation.kind, span_keys.get(relation.source_id), span_keys.get(relation.target_id),
        relation.annotator, relation.status, relation.origin, relation.gold is not None,
    )


def tag_key(tag: ThemeTag, span_keys: dict[int | None, SpanKey]) -> tuple[Any, ...]:
    span = span_keys.get(tag.span_id) if tag.span_id is not None else None
    return (tag.theme_id, span, tag.annotator, tag.status, tag.origin, tag.gold is not None)


class DocumentKeys:
    """Keys of what one stored document already holds, and the span ids behind them."""

    def __init__(self, bundle: AnnotatedDocument) -> None:
        self.span_ids: dict[SpanKey, int] = {}
        keys_by_id: dict[int | None, SpanKey] = {}
        for span in bundle.spans:
            key = span_key(bundle, span)
            keys_by_id[span.id] = key
            if span.id is not None:
                self.span_ids.setdefault(key, span.id)
        self.relations = {relation_key(r, keys_by_id) for r in bundle.relations}
        self.tags = {tag_key(t, keys_by_id) for t in bundle.tags}
        self.dropped = {(m.item, m.adjudicator) for m in bundle.dropped}
