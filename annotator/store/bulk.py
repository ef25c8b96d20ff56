"""Writing whole documents fast: prepared rows in, ``executemany`` out.

The import's writer process calls :meth:`BulkMixin.store_files` inside its
transaction with the rows of a group of files built elsewhere
(:mod:`annotator.store.rows`): it checks duplicates, assigns ids and inserts
the documents and annotations of all the files with one ``executemany`` per
table; when a file does not fit, the group goes file by file through
:meth:`BulkMixin.store_rows`, each file in its own savepoint.  The
search index is filled once per transaction (see
:meth:`annotator.store.transactions.WriterDatabase.index_pending`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.model import AnnotatorError, Entity, ProjectBusyError, now_iso
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
# The batched path gives document ids itself and has checked for duplicates:
# a conflict here is a surprise, so it fails (and the group is stored file by file).
INSERT_NEW_DOCUMENT = (
    "INSERT INTO documents (id, title, date, source, url, status, origin_path, meta,"
    " text, text_hash, length, memo, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
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
HASH_LOOKUP_CHUNK = 500


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
        return _duplicate_error(existing[0], existing[1])

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
        entity_ids: dict[int | None, int] | None = None,
    ) -> int:
        """Add one document's annotation rows, with project ids; returns the next free span id.

        Relation and tag rows get no id of their own here.
        """
        if entity_ids is None:
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

    # -- many files at once --------------------------------------------------

    def store_files(self, files: list[list[DocumentRows]]) -> list[list[StoredOrDuplicate]] | None:
        """Store several files' documents with one ``executemany`` per table.

        The result is what :meth:`store_rows` would return for each file in
        turn (the same ids, the same duplicates, earlier files counting).  It
        only covers the case where every file fits: if anything goes wrong (a
        bad reference, a constraint), nothing of the group is kept and None is
        returned, so the caller stores the files one by one, each in its own
        savepoint, and the bad file alone fails with its own message.  Files
        with gold marks are not batched (None at once).
        """
        if any(rows.gold_bundle is not None for rows_of_file in files for rows in rows_of_file):
            return None
        try:
            with self.db.atomic():  # a savepoint: the whole batch or nothing
                return self._store_files(files)
        except ProjectBusyError:
            raise
        except Exception:
            if not self.db.conn.in_transaction:  # the error ended the whole transaction: nothing to retry in
                raise
            return None  # the file-by-file path reports it, naming the file

    def _store_files(self, files: list[list[DocumentRows]]) -> list[list[StoredOrDuplicate]]:
        known = self._stored_hashes([rows.text_hash for rows_of_file in files for rows in rows_of_file])
        next_id = self._next_id  # type: ignore[attr-defined]
        first_doc, next_span = next_id("documents"), next_id("spans")
        next_doc = first_doc
        next_relation, next_tag = next_id("relations"), next_id("theme_tags")
        themes = {row[0] for row in self.db.conn.execute("SELECT id FROM themes")}
        entities: dict[tuple[str, str], int] = {}
        documents: list[tuple] = []
        spans: list[tuple] = []
        relations: list[tuple] = []
        tags: list[tuple] = []
        results: list[list[StoredOrDuplicate]] = []
        for rows_of_file in files:
            stamp = now_iso()  # one stamp per file, as store_rows gives
            stored: list[StoredOrDuplicate] = []
            first_tag = len(tags)
            for rows in rows_of_file:
                doc_id, next_doc = next_doc, next_doc + 1  # a duplicate uses up an id too, as in store_rows
                existing = known.get(rows.text_hash)
                if existing is not None:
                    stored.append(_duplicate_error(*existing))
                    continue
                known[rows.text_hash] = (doc_id, rows.title)
                documents.append((doc_id, *rows.document, stamp, stamp))
                entity_ids = {entity.id: self._entity_id(entity, entities) for entity in rows.entities}
                next_span = self._collect(doc_id, rows, next_span, stamp, spans, relations, tags, entity_ids)
                stored.append(doc_id)
            for theme_id in sorted({tag[1] for tag in tags[first_tag:]} - themes):  # as store_rows: after the file
                self._ensure_theme_exists(theme_id)  # type: ignore[attr-defined]
                themes.add(theme_id)
            results.append(stored)
        conn = self.db.conn
        conn.executemany(INSERT_NEW_DOCUMENT, documents)
        conn.executemany(INSERT_SPAN, spans)
        # Relation and tag ids run on from file to file, as store_rows gives them.
        conn.executemany(INSERT_RELATION, [(next_relation + n, *row) for n, row in enumerate(relations)])
        conn.executemany(INSERT_TAG, [(next_tag + n, *row) for n, row in enumerate(tags)])
        if next_doc - 1 > (documents[-1][0] if documents else first_doc - 1):  # ended on duplicates
            self._use_up_document_ids(next_doc - 1)
        for document in documents:
            mark_unindexed(self.db, document[0])
        return results

    def _use_up_document_ids(self, highest: int) -> None:
        """Keep the sequence where store_rows leaves it: its INSERT ... ON CONFLICT DO
        NOTHING takes a new id from the sequence even when the text is a duplicate."""
        conn = self.db.conn
        if not conn.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'documents'", [highest]).rowcount:
            conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('documents', ?)", [highest])

    def _stored_hashes(self, hashes: list[str]) -> dict[str, tuple[int, str]]:
        """text hash -> (id, title) of the stored documents among ``hashes``."""
        found: dict[str, tuple[int, str]] = {}
        unique = sorted(set(hashes))
        for offset in range(0, len(unique), HASH_LOOKUP_CHUNK):
            chunk = unique[offset : offset + HASH_LOOKUP_CHUNK]
            for text_hash, doc_id, title in self.db.conn.execute(
                f"SELECT text_hash, id, title FROM documents WHERE text_hash IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                found[text_hash] = (doc_id, title)
        return found

    def _entity_id(self, entity: Entity, resolved: dict[tuple[str, str], int]) -> int:
        """The project's id for a speaker, looked up once per batch (it cannot change meanwhile)."""
        key = (entity.name.strip(), entity.type)
        if key not in resolved or entity.aliases or entity.roles:  # aliases and roles are merged in
            resolved[key] = self._resolve_entity(entity)  # type: ignore[attr-defined]
        return resolved[key]


def _duplicate_error(existing_id: int, title: str) -> DuplicateDocumentError:
    return DuplicateDocumentError(f"same text as document {existing_id} ({title or 'untitled'})", existing_id)
