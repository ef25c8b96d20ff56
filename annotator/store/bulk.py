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
    " text, text_hash, length, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (text_hash) DO NOTHING"
)
INSERT_SPAN = (
    'INSERT INTO spans (id, doc_id, start, "end", label, attrs, origin, status, annotator,'
    " entity_id, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_RELATION = (
    "INSERT INTO relations (doc_id, kind, source_id, target_id, origin, status, annotator, created)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_TAG = (
    "INSERT INTO theme_tags (doc_id, theme_id, span_id, origin, status, annotator, created)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
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
        next_span = self._next_span_id() if any(rows.spans for rows in documents) else 0  # type: ignore[attr-defined]
        for rows in documents:
            # One statement for a new text; the duplicate is looked up only when there is one.
            cursor = self.db.conn.execute(INSERT_DOCUMENT, (*rows.document, stamp, stamp))
            if cursor.rowcount == 0:
                existing = self.db.execute(
                    "SELECT id, title FROM documents WHERE text_hash = ?", [rows.text_hash]
                ).fetchone()
                results.append(DuplicateDocumentError(
                    f"same text as document {existing[0]} ({existing[1] or 'untitled'})", existing[0]
                ))
                continue
            doc_id = int(cursor.lastrowid or 0)
            mark_unindexed(self.db, doc_id)
            next_span = self._collect(doc_id, rows, next_span, stamp, spans, relations, tags)
            results.append(doc_id)
        for theme_id in sorted({tag[1] for tag in tags}):
            self._ensure_theme_exists(theme_id)  # type: ignore[attr-defined]
        for statement, table_rows in ((INSERT_SPAN, spans), (INSERT_RELATION, relations), (INSERT_TAG, tags)):
            if table_rows:
                self.db.conn.executemany(statement, table_rows)
        return results

    def _collect(
        self, doc_id: int, rows: DocumentRows, next_span: int, stamp: str,
        spans: list[tuple], relations: list[tuple], tags: list[tuple],
    ) -> int:
        """Add one document's annotation rows, with project ids; returns the next free span id."""
        entity_ids = {entity.id: self._resolve_entity(entity) for entity in rows.entities}  # type: ignore[attr-defined]
        span_ids: dict[int | None, int] = {}
        for local, start, end, label, attrs, origin, status, annotator, entity, created, modified in rows.spans:
            span_ids[local] = next_span
            spans.append((
                next_span, doc_id, start, end, label, attrs, origin, status, annotator,
                entity_ids.get(entity) if entity is not None else None, created or stamp, modified or stamp,
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
