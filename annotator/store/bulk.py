"""Writing whole documents fast: prepared rows in, ``executemany`` out.

The import's writer process calls :meth:`BulkMixin.store_rows` inside its
transaction with rows built elsewhere (:mod:`annotator.store.rows`): it checks
duplicates, inserts the documents, assigns span ids and inserts the
annotations of all the documents with one ``executemany`` per table.  The
search index is filled once per transaction (see
:meth:`annotator.store.transactions.WriterDatabase.index_pending`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.model import AnnotatorError, now_iso
from annotator.store.documents import DuplicateDocumentError
from annotator.store.rows import DocumentRows
from annotator.store.transactions import mark_unindexed

if TYPE_CHECKING:
    from sqlite_utils import Database

INSERT_DOCUMENT = (
    "INSERT INTO documents (title, date, source, url, status, origin_path, meta,"
    " text, text_hash, length, memo, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (text_hash) DO NOTHING"
)
INSERT_SPAN = (
    'INSERT INTO spans (id, doc_id, start, "end", label, attrs, origin, status, annotator,'
    " entity_id, created, modified, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_RELATION = (
    "INSERT INTO relations (id, doc_id, kind, source_id, target_id, origin, status, annotator, created)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_TAG = (
    "INSERT INTO theme_tags (id, doc_id, theme_id, span_id, origin, status, annotator, created)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)

StoredOrDuplicate = int | DuplicateDocumentError


class BulkMixin:
    db: Database  # a WriterDatabase

    def store_rows(self, documents: list[DocumentRows]) -> list[StoredOrDuplicate]:
        """Store documents with their annotations inside the caller's transaction.

        Returns, for each document, its new id or the DuplicateDocumentError
        saying which stored document (or earlier one in the list) has its text.
        """
        stamp = now_iso()  # everything stored together is one edit
        results: list[StoredOrDuplicate] = []
        spans: list[tuple] = []
        relations: list[tuple] = []
        tags: list[tuple] = []
        next_span: int | None = None
        for rows in documents:
            if rows.gold_bundle is not None:
                # The per-document path takes ids from the table: what is collected goes in first.
                self._insert_collected(spans, relations, tags)
                spans, relations, tags, next_span = [], [], [], None
                results.append(self._store_gold_bundle(rows))
                continue
            # One statement for a new text; the duplicate is looked up only when there is one.
            cursor = self.db.conn.execute(INSERT_DOCUMENT, (*rows.document, stamp, stamp))
            if cursor.rowcount == 0:
                results.append(self._duplicate(rows))
                continue
            doc_id = int(cursor.lastrowid or 0)
            mark_unindexed(self.db, doc_id)
            if next_span is None and rows.spans:
                next_span = self._next_id("spans")  # type: ignore[attr-defined]
            next_span = self._collect(doc_id, rows, next_span or 0, stamp, spans, relations, tags)
            results.append(doc_id)
        self._insert_collected(spans, relations, tags)
        return results

    def _duplicate(self, rows: DocumentRows) -> DuplicateDocumentError:
        existing = self.db.execute("SELECT id, title FROM documents WHERE text_hash = ?", [rows.text_hash]).fetchone()
        return DuplicateDocumentError(f"same text as document {existing[0]} ({existing[1] or 'untitled'})", existing[0])

    def _store_gold_bundle(self, rows: DocumentRows) -> StoredOrDuplicate:
        try:
            return int(self.add_document(rows.gold_bundle.document, annotations=rows.gold_bundle))  # type: ignore[attr-defined,union-attr]
        except DuplicateDocumentError as exc:
            return exc

    def _insert_collected(self, spans: list[tuple], relations: list[tuple], tags: list[tuple]) -> None:
        """Insert the collected rows with ids past every id ever given (m005_ids_never_reused)."""
        for theme_id in sorted({tag[1] for tag in tags}):
            self._ensure_theme_exists(theme_id)  # type: ignore[attr-defined]
        next_id = self._next_id  # type: ignore[attr-defined]
        if spans:  # span ids were given while collecting: relations and tags point at them
            self.db.conn.executemany(INSERT_SPAN, spans)
        if relations:
            first_relation = next_id("relations")
            rows = [(first_relation + n, *row) for n, row in enumerate(relations)]
            self.db.conn.executemany(INSERT_RELATION, rows)
        if tags:
            first_tag = next_id("theme_tags")
            self.db.conn.executemany(INSERT_TAG, [(first_tag + n, *row) for n, row in enumerate(tags)])

    def _collect(
        self, doc_id: int, rows: DocumentRows, next_span: int, stamp: str,
        spans: list[tuple], relations: list[tuple], tags: list[tuple],
    ) -> int:
        """Add one document's annotation rows, with project ids; returns the next free span id."""
        entity_ids = {entity.id: self._resolve_entity(entity) for entity in rows.entities}  # type: ignore[attr-defined]
        span_ids: dict[int | None, int] = {}
        for local, start, end, label, attrs, origin, status, annotator, entity, created, modified, comment in rows.spans:
            span_ids[local] = next_span
            spans.append((
                next_span, doc_id, start, end, label, attrs, origin, status, annotator,
                entity_ids.get(entity) if entity is not None else None, created or stamp, modified or stamp,
                comment,
            ))
            next_span += 1

        def span_id(local: int | None) -> int:
            if local not in span_ids:
                raise AnnotatorError(f"an annotation refers to span {local}, which the document does not have")
            return span_ids[local]

        for kind, source, target, origin, status, annotator, created in rows.relations:
            relations.append((doc_id, kind, span_id(source), span_id(target), origin, status, annotator,
                              created or stamp))
        for theme_id, local, origin, status, annotator, created in rows.tags:
            tags.append((doc_id, theme_id, span_id(local) if local is not None else None, origin, status,
                         annotator, created or stamp))
        return next_span
