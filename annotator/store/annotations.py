"""Spans, relations and theme tags; whole annotated documents in and out."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from annotator.model import (
    SUGGESTED,
    AnnotatedDocument,
    AnnotatorError,
    Document,
    Entity,
    Relation,
    Span,
    ThemeTag,
    is_auto,
    now_iso,
)
from annotator.store.documents import document_from_row

if TYPE_CHECKING:
    from sqlite_utils import Database

    from annotator.store.entities import EntitiesMixin

SPAN_COLUMNS = (
    'id, doc_id, start, "end", label, attrs, origin, status, annotator, entity_id, created, modified, comment'
)
RELATION_COLUMNS = "id, doc_id, kind, source_id, target_id, origin, status, annotator, created"
TAG_COLUMNS = "id, doc_id, theme_id, span_id, origin, status, annotator, created"


def span_from_row(row: Any) -> Span:
    return Span(
        id=row[0],
        doc_id=row[1],
        start=row[2],
        end=row[3],
        label=row[4],
        attrs=json.loads(row[5]),
        origin=row[6],
        status=row[7],
        annotator=row[8],
        entity_id=row[9],
        created=row[10],
        modified=row[11],
        comment=row[12],
    )


def relation_from_row(row: Any) -> Relation:
    return Relation(
        id=row[0],
        doc_id=row[1],
        kind=row[2],
        source_id=row[3],
        target_id=row[4],
        origin=row[5],
        status=row[6],
        annotator=row[7],
        created=row[8],
    )


def tag_from_row(row: Any) -> ThemeTag:
    return ThemeTag(
        id=row[0],
        doc_id=row[1],
        theme_id=row[2],
        span_id=row[3],
        origin=row[4],
        status=row[5],
        annotator=row[6],
        created=row[7],
    )


class AnnotationsMixin:
    db: Database

    # -- reading ------------------------------------------------------------

    def spans(self, doc_id: int) -> list[Span]:
        sql = f'SELECT {SPAN_COLUMNS} FROM spans WHERE doc_id = ? ORDER BY start, "end", id'
        return [span_from_row(row) for row in self.db.execute(sql, [doc_id])]

    def span(self, span_id: int) -> Span:
        row = self.db.execute(f"SELECT {SPAN_COLUMNS} FROM spans WHERE id = ?", [span_id]).fetchone()
        if row is None:
            raise AnnotatorError(f"no span {span_id} in this project")
        return span_from_row(row)

    def relations(self, doc_id: int) -> list[Relation]:
        sql = f"SELECT {RELATION_COLUMNS} FROM relations WHERE doc_id = ? ORDER BY id"
        return [relation_from_row(row) for row in self.db.execute(sql, [doc_id])]

    def tags(self, doc_id: int) -> list[ThemeTag]:
        sql = f"SELECT {TAG_COLUMNS} FROM theme_tags WHERE doc_id = ? ORDER BY id"
        return [tag_from_row(row) for row in self.db.execute(sql, [doc_id])]

    def annotated(self, doc_id: int) -> AnnotatedDocument:
        return next(self.iter_annotated([doc_id]))

    def iter_annotated(self, doc_ids: Iterable[int] | None = None) -> Iterator[AnnotatedDocument]:
        """Documents with all their annotations, read in batches for export."""
        ids = list(doc_ids) if doc_ids is not None else self.document_ids()  # type: ignore[attr-defined]
        entities = {entity.id: entity for entity in self.entities()}  # type: ignore[attr-defined]
        for offset in range(0, len(ids), 500):
            batch = ids[offset : offset + 500]
            yield from self._read_batch(batch, entities)

    def _read_batch(self, ids: list[int], entities: dict[int | None, Entity]) -> Iterator[AnnotatedDocument]:
        marks = ",".join("?" * len(ids))
        docs = {
            row["id"]: document_from_row(row)
            for row in self.db.query(f"SELECT * FROM documents WHERE id IN ({marks})", ids)
        }
        spans: dict[int, list[Span]] = defaultdict(list)
        for row in self.db.execute(
            f'SELECT {SPAN_COLUMNS} FROM spans WHERE doc_id IN ({marks}) ORDER BY start, "end", id', ids
        ):
            spans[row[1]].append(span_from_row(row))
        relations: dict[int, list[Relation]] = defaultdict(list)
        for row in self.db.execute(
            f"SELECT {RELATION_COLUMNS} FROM relations WHERE doc_id IN ({marks}) ORDER BY id", ids
        ):
            relations[row[1]].append(relation_from_row(row))
        tags: dict[int, list[ThemeTag]] = defaultdict(list)
        for row in self.db.execute(
            f"SELECT {TAG_COLUMNS} FROM theme_tags WHERE doc_id IN ({marks}) ORDER BY id", ids
        ):
            tags[row[1]].append(tag_from_row(row))
        gold = self._read_gold_marks(ids)  # type: ignore[attr-defined]
        for doc_id in ids:
            if doc_id not in docs:
                raise AnnotatorError(f"no document {doc_id} in this project")
            doc_spans = spans[doc_id]
            _attach_gold(gold, doc_spans, relations[doc_id], tags[doc_id])
            used = {span.entity_id for span in doc_spans if span.entity_id is not None}
            yield AnnotatedDocument(
                document=docs[doc_id],
                spans=doc_spans,
                relations=relations[doc_id],
                entities=[entities[entity_id] for entity_id in sorted(used)],
                tags=tags[doc_id],
                dropped=gold.dropped.get(doc_id, []),
            )

    def speaker_documents(self) -> dict[int, set[int]]:
        """Entity id -> ids of documents with a live (not rejected) mention of it."""
        found: dict[int, set[int]] = {}
        sql = "SELECT DISTINCT entity_id, doc_id FROM spans WHERE entity_id IS NOT NULL AND status != 'rejected'"
        for entity_id, doc_id in self.db.execute(sql):
            found.setdefault(entity_id, set()).add(doc_id)
        return found

    def theme_documents(self) -> dict[str, set[int]]:
        """Theme id -> ids of documents with a live tag of it (on the document or a span)."""
        found: dict[str, set[int]] = {}
        sql = "SELECT DISTINCT theme_id, doc_id FROM theme_tags WHERE status != 'rejected'"
        for theme_id, doc_id in self.db.execute(sql):
            found.setdefault(theme_id, set()).add(doc_id)
        return found

    def span_labels(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT DISTINCT label FROM spans")}

    def annotation_annotators(self) -> list[str]:
        """Every annotator name on a span, relation or theme tag (export filters offer them)."""
        sql = ("SELECT annotator FROM spans UNION SELECT annotator FROM relations "
               "UNION SELECT annotator FROM theme_tags ORDER BY 1")
        return [row[0] for row in self.db.execute(sql) if row[0]]

    # -- single edits (each its own transaction) ------------------------------

    def add_span(self, span: Span) -> Span:
        with self.db.atomic():
            return self._insert_span(span)

    def _document_length(self, doc_id: int | None) -> int:
        if doc_id is None:
            raise AnnotatorError("a span needs a document")
        row = self.db.execute("SELECT length FROM documents WHERE id = ?", [doc_id]).fetchone()
        if row is None:
            raise AnnotatorError(f"no document {doc_id} in this project")
        return int(row[0])

    def _insert_span(self, span: Span, doc_length: int | None = None) -> Span:
        length = doc_length if doc_length is not None else self._document_length(span.doc_id)
        if not 0 <= span.start < span.end <= length:
            raise AnnotatorError(
                f"span [{span.start}, {span.end}) is outside the document (length {length})"
            )
        stamp = now_iso()
        span.created = span.created or stamp
        span.modified = span.modified or stamp
        cursor = self.db.execute(
            'INSERT INTO spans (doc_id, start, "end", label, attrs, origin, status, annotator,'
            " entity_id, created, modified, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                span.doc_id,
                span.start,
                span.end,
                span.label,
                json.dumps(span.attrs, ensure_ascii=False),
                span.origin,
                span.status,
                span.annotator,
                span.entity_id,
                span.created,
                span.modified,
                span.comment,
            ],
        )
        span.id = int(cursor.lastrowid or 0)
        return span

    def update_span(self, span: Span) -> Span:
        """Write back a changed span (bounds, label, attrs, status, entity, comment)."""
        span.modified = now_iso()
        with self.db.atomic():
            length = self.db.execute(
                "SELECT length FROM documents WHERE id = ?", [span.doc_id]
            ).fetchone()
            if length is None or not 0 <= span.start < span.end <= length[0]:
                raise AnnotatorError(f"span [{span.start}, {span.end}) is outside the document")
            self.db.execute(
                'UPDATE spans SET start = ?, "end" = ?, label = ?, attrs = ?, origin = ?,'
                " status = ?, annotator = ?, entity_id = ?, modified = ?, comment = ? WHERE id = ?",
                [
                    span.start,
                    span.end,
                    span.label,
                    json.dumps(span.attrs, ensure_ascii=False),
                    span.origin,
                    span.status,
                    span.annotator,
                    span.entity_id,
                    span.modified,
                    span.comment,
                    span.id,
                ],
            )
        return span

    def delete_span(self, span_id: int) -> None:
        """Delete a span with its relations and span tags (cascade)."""
        with self.db.atomic():
            self.db.execute("DELETE FROM spans WHERE id = ?", [span_id])

    def add_relation(self, relation: Relation) -> Relation:
        with self.db.atomic():
            return self._insert_relation(relation)

    def _insert_relation(self, relation: Relation) -> Relation:
        relation.created = relation.created or now_iso()
        cursor = self.db.execute(
            "INSERT INTO relations (doc_id, kind, source_id, target_id, origin, status,"
            " annotator, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                relation.doc_id,
                relation.kind,
                relation.source_id,
                relation.target_id,
                relation.origin,
                relation.status,
                relation.annotator,
                relation.created,
            ],
        )
        relation.id = int(cursor.lastrowid or 0)
        return relation

    def update_relation(self, relation: Relation) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE relations SET target_id = ?, status = ?, origin = ?, annotator = ?"
                " WHERE id = ?",
                [relation.target_id, relation.status, relation.origin, relation.annotator, relation.id],
            )

    def delete_relation(self, relation_id: int) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM relations WHERE id = ?", [relation_id])

    def add_tag(self, tag: ThemeTag) -> ThemeTag:
        with self.db.atomic():
            return self._insert_tag(tag)

    def _insert_tag(self, tag: ThemeTag) -> ThemeTag:
        tag.created = tag.created or now_iso()
        cursor = self.db.execute(
            "INSERT INTO theme_tags (doc_id, theme_id, span_id, origin, status, annotator,"
            " created) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [tag.doc_id, tag.theme_id, tag.span_id, tag.origin, tag.status, tag.annotator, tag.created],
        )
        tag.id = int(cursor.lastrowid or 0)
        return tag

    def update_tag(self, tag: ThemeTag) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE theme_tags SET status = ?, origin = ?, annotator = ? WHERE id = ?",
                [tag.status, tag.origin, tag.annotator, tag.id],
            )

    def delete_tag(self, tag_id: int) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM theme_tags WHERE id = ?", [tag_id])

    # -- whole documents ----------------------------------------------------------

    def add_document(self, doc: Document, *, annotations: AnnotatedDocument | None = None) -> int:
        """Insert a document and, optionally, its annotations in one transaction."""
        with self.db.atomic():
            doc_id = self._insert_document(doc)  # type: ignore[attr-defined]
            if annotations is not None:
                self._insert_annotations(doc_id, annotations)
        return doc_id

    def import_bundle(self, bundle: AnnotatedDocument) -> int:
        return self.add_document(bundle.document, annotations=bundle)

    def _next_id(self, table: str) -> int:
        """Past every id ever given (sqlite_sequence), not only the live ones:
        a deleted row's id is never given again (m005_ids_never_reused)."""
        assert table in ("documents", "spans", "relations", "theme_tags")
        highest = int(self.db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])
        if self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
            row = self.db.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", [table]).fetchone()
            highest = max(highest, int(row[0]) if row else 0)
        return highest + 1

    def _insert_annotations(
        self, doc_id: int, bundle: AnnotatedDocument, known_spans: dict[int | None, int] | None = None
    ) -> dict[int | None, int]:
        """Store a bundle's annotations for ``doc_id`` inside the caller's transaction.

        Rows go in with executemany and ids assigned here (the transaction
        holds the write lock, so no other writer can take them): imports
        with analysis store some thirty rows per article.  ``known_spans``
        maps bundle span ids to spans already stored (not inserted again,
        but relations and tags may point at them); gold marks are stored too.
        Returns bundle span id -> stored span id.
        """
        entity_ids: dict[int | None, int] = {}
        for entity in bundle.entities:
            entity_ids[entity.id] = self._resolve_entity(entity)  # type: ignore[attr-defined]
        doc_length = self._document_length(doc_id)
        # One timestamp for everything stored with the document: they are one edit.
        stamp = now_iso()
        next_span = self._next_id("spans")
        span_ids: dict[int | None, int] = dict(known_spans or {})
        span_rows = []
        new_spans = [span for span in bundle.spans if span.id not in span_ids]
        for offset, span in enumerate(new_spans):
            if not 0 <= span.start < span.end <= doc_length:
                raise AnnotatorError(
                    f"span [{span.start}, {span.end}) is outside the document (length {doc_length})"
                )
            span_ids[span.id] = next_span + offset
            span_rows.append((
                next_span + offset, doc_id, span.start, span.end, span.label,
                json.dumps(span.attrs, ensure_ascii=False), span.origin, span.status, span.annotator,
                entity_ids.get(span.entity_id) if span.entity_id is not None else None,
                span.created or stamp, span.modified or stamp, span.comment,
            ))
        self.db.conn.executemany(
            'INSERT INTO spans (id, doc_id, start, "end", label, attrs, origin, status, annotator,'
            " entity_id, created, modified, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            span_rows,
        )
        next_relation = self._next_id("relations")
        self.db.conn.executemany(
            "INSERT INTO relations (id, doc_id, kind, source_id, target_id, origin, status,"
            " annotator, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (next_relation + offset, doc_id, r.kind, span_ids[r.source_id], span_ids[r.target_id],
                 r.origin, r.status, r.annotator, r.created or stamp)
                for offset, r in enumerate(bundle.relations)
            ],
        )
        for theme_id in {tag.theme_id for tag in bundle.tags}:
            self._ensure_theme_exists(theme_id)  # type: ignore[attr-defined]
        next_tag = self._next_id("theme_tags")
        self.db.conn.executemany(
            "INSERT INTO theme_tags (id, doc_id, theme_id, span_id, origin, status, annotator,"
            " created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (next_tag + offset, doc_id, t.theme_id, span_ids[t.span_id] if t.span_id is not None else None,
                 t.origin, t.status, t.annotator, t.created or stamp)
                for offset, t in enumerate(bundle.tags)
            ],
        )
        marks = [("span", span_ids[s.id], s.gold) for s in new_spans if s.gold is not None]
        marks += [("relation", next_relation + i, r.gold) for i, r in enumerate(bundle.relations) if r.gold]
        marks += [("tag", next_tag + i, t.gold) for i, t in enumerate(bundle.tags) if t.gold is not None]
        self._write_gold_marks(doc_id, marks, bundle.dropped)  # type: ignore[attr-defined]
        return span_ids

    def replace_suggestions(self, doc_id: int, suggestions: AnnotatedDocument) -> int:
        """Swap the document's pending automatic suggestions for new ones.

        Removed: spans, relations and tags that are still ``suggested`` and
        came from the engine (origin ``auto:…``) — except a suggested span
        that an analyst's relation or tag still points at.  A new suggestion
        is skipped when the document already has a span with the same bounds
        and label (accepted, rejected, hand-made or kept), the same relation,
        or the same tag; new relations and tags attach to those existing
        spans.  Returns the number of suggestions written.
        """
        for origin in _origins(suggestions):
            if not is_auto(origin):
                raise AnnotatorError("replace_suggestions takes automatic suggestions only")
        with self.db.atomic():
            self._delete_pending_suggestions(doc_id)
            existing = {(s.start, s.end, s.label): s.id for s in self.spans(doc_id)}
            relations = {(r.kind, r.source_id, r.target_id) for r in self.relations(doc_id)}
            tags = {(t.theme_id, t.span_id) for t in self.tags(doc_id)}
            written = 0
            entity_ids = {e.id: self._resolve_entity(e) for e in suggestions.entities}  # type: ignore[attr-defined]
            span_ids: dict[int | None, int | None] = {}
            for span in suggestions.spans:
                key = (span.start, span.end, span.label)
                if key in existing:
                    span_ids[span.id] = existing[key]
                    continue
                stored = Span(**{**span.__dict__, "id": None, "doc_id": doc_id})
                stored.entity_id = entity_ids.get(span.entity_id)
                span_ids[span.id] = existing[key] = self._insert_span(stored).id
                written += 1
            for relation in suggestions.relations:
                source, target = span_ids.get(relation.source_id), span_ids.get(relation.target_id)
                if source is None or target is None or (relation.kind, source, target) in relations:
                    continue
                relations.add((relation.kind, source, target))
                self._insert_relation(
                    Relation(**{**relation.__dict__, "id": None, "doc_id": doc_id, "source_id": source, "target_id": target})
                )
                written += 1
            for tag in suggestions.tags:
                span_id = span_ids.get(tag.span_id) if tag.span_id is not None else None
                if (tag.span_id is not None and span_id is None) or (tag.theme_id, span_id) in tags:
                    continue
                tags.add((tag.theme_id, span_id))
                self._ensure_theme_exists(tag.theme_id)  # type: ignore[attr-defined]
                self._insert_tag(ThemeTag(**{**tag.__dict__, "id": None, "doc_id": doc_id, "span_id": span_id}))
                written += 1
            return written

    def _delete_pending_suggestions(self, doc_id: int) -> None:
        pending = "doc_id = ? AND status = 'suggested' AND origin LIKE 'auto:%'"
        self.db.execute(f"DELETE FROM theme_tags WHERE {pending}", [doc_id])
        self.db.execute(f"DELETE FROM relations WHERE {pending}", [doc_id])
        # What is left of relations and tags is the analyst's: keep their spans.
        self.db.execute(
            f"DELETE FROM spans WHERE {pending}"
            " AND id NOT IN (SELECT source_id FROM relations WHERE doc_id = ?)"
            " AND id NOT IN (SELECT target_id FROM relations WHERE doc_id = ?)"
            " AND id NOT IN (SELECT span_id FROM theme_tags WHERE doc_id = ? AND span_id IS NOT NULL)",
            [doc_id, doc_id, doc_id, doc_id],
        )


def _attach_gold(gold: Any, spans: list[Span], relations: list[Relation], tags: list[ThemeTag]) -> None:
    for span in spans:
        span.gold = gold.spans.get(span.id)
    for relation in relations:
        relation.gold = gold.relations.get(relation.id)
    for tag in tags:
        tag.gold = gold.tags.get(tag.id)


def _origins(bundle: AnnotatedDocument) -> list[str]:
    return (
        [span.origin for span in bundle.spans]
        + [relation.origin for relation in bundle.relations]
        + [tag.origin for tag in bundle.tags]
    )
