"""Rows ready to insert, built from an annotated document without the database.

An import builds these in its worker processes (JSON encoding, the text's
hash, bounds checks): the process that writes then only assigns ids and runs
``executemany`` (:meth:`annotator.store.bulk.BulkMixin.store_rows`).  Plain
tuples also cross the process boundary far cheaper than dataclasses.
No SQL here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from annotator.model import DOC_STATUSES, AnnotatedDocument, AnnotatorError, Entity
from annotator.text import text_hash

# json.dumps(value, ensure_ascii=False) builds a new encoder on every call (only
# the all-defaults call reuses one); a span's attrs are encoded per span, so
# one encoder with the same settings is kept: the same text, less time.
_to_json = json.JSONEncoder(ensure_ascii=False).encode
# A span's attrs are nearly always {} or one short string ({"kind": "direct"}): their JSON is
# kept by content (not by text), up to _MAX_KNOWN_ATTRS of them.
_known_attrs: dict[tuple[str, str] | None, str] = {None: "{}"}
_MAX_KNOWN_ATTRS = 256


def _attrs_json(attrs: dict) -> str:
    """``_to_json(attrs)``, without encoding the same small dict again for every span."""
    if type(attrs) is not dict or len(attrs) > 1:
        return _to_json(attrs)
    if not attrs:
        return _known_attrs[None]
    ((name, value),) = attrs.items()
    if type(name) is not str or type(value) is not str:
        return _to_json(attrs)
    known = _known_attrs.get((name, value))
    if known is None:
        known = _to_json(attrs)
        if len(_known_attrs) < _MAX_KNOWN_ATTRS:
            _known_attrs[(name, value)] = known
    return known

# (title, date, source, url, status, origin_path, meta, text, text_hash, length, memo)
DocumentRow = tuple[str, str, str, str, str, str, str, str, str, int, str]
# (local span id, start, end, label, attrs, origin, status, annotator, local entity id, created, modified, comment)
SpanRow = tuple[int | None, int, int, str, str, str, str, str, int | None, str, str, str]
# (kind, local source span id, local target span id, origin, status, annotator, created)
RelationRow = tuple[str, int | None, int | None, str, str, str, str]
# (theme id, local span id or None, origin, status, annotator, created)
TagRow = tuple[str, int | None, str, str, str, str]


@dataclass
class DocumentRows:
    document: DocumentRow
    entities: list[Entity] = field(default_factory=list)
    spans: list[SpanRow] = field(default_factory=list)
    relations: list[RelationRow] = field(default_factory=list)
    tags: list[TagRow] = field(default_factory=list)
    # A bundle with gold-layer marks goes through the per-document path
    # (AnnotationsMixin._insert_annotations), which records them.
    gold_bundle: AnnotatedDocument | None = None

    def __reduce__(self) -> tuple:
        # Rows cross from the worker processes to the writer: plain tuples
        # unpickle about three times faster than dataclass instances.
        entities = tuple((e.name, e.type, e.aliases, e.roles, e.id) for e in self.entities)
        return (_rebuilt_rows, (self.document, entities, self.spans, self.relations, self.tags, self.gold_bundle))

    @property
    def title(self) -> str:
        return self.document[0]

    @property
    def text_hash(self) -> str:
        return self.document[8]

    @property
    def length(self) -> int:
        return self.document[9]


def _rebuilt_rows(
    document: DocumentRow, entities: tuple, spans: list[SpanRow], relations: list[RelationRow], tags: list[TagRow],
    gold_bundle: AnnotatedDocument | None,
) -> DocumentRows:
    return DocumentRows(document, [Entity(*entity) for entity in entities], spans, relations, tags, gold_bundle)


def build_rows(bundle: AnnotatedDocument) -> DocumentRows:
    """The rows of one document and its annotations; AnnotatorError if they do not fit."""
    doc = bundle.document
    has_gold = bool(bundle.dropped) or any(
        item.gold is not None for items in (bundle.spans, bundle.relations, bundle.tags) for item in items
    )
    if doc.status not in DOC_STATUSES:
        raise AnnotatorError(f"unknown document status {doc.status!r}")
    length = len(doc.text)
    spans: list[SpanRow] = []
    for span in bundle.spans:
        if not 0 <= span.start < span.end <= length:
            raise AnnotatorError(f"span [{span.start}, {span.end}) is outside the document (length {length})")
        spans.append((
            span.id, span.start, span.end, span.label, _attrs_json(span.attrs),
            span.origin, span.status, span.annotator, span.entity_id, span.created, span.modified, span.comment,
        ))
    return DocumentRows(
        document=(
            doc.title, doc.date, doc.source, doc.url, doc.status, doc.origin_path,
            _to_json(doc.meta), doc.text, text_hash(doc.text), length, doc.memo,
        ),
        entities=list(bundle.entities),
        spans=spans,
        relations=[
            (r.kind, r.source_id, r.target_id, r.origin, r.status, r.annotator, r.created)
            for r in bundle.relations
        ],
        tags=[(t.theme_id, t.span_id, t.origin, t.status, t.annotator, t.created) for t in bundle.tags],
        gold_bundle=bundle if has_gold else None,
    )
