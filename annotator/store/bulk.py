"""Writing whole documents fast: prepared rows in, multi-row ``INSERT`` statements out.

The import's writer process calls :meth:`BulkMixin.store_files` inside its
transaction with the rows of a group of files built elsewhere
(:mod:`annotator.store.rows`): it checks duplicates, assigns ids and inserts
the documents and annotations of all the files, many rows per ``INSERT``
statement (:func:`insert_values`); when a file does not fit, the group goes
file by file through :meth:`BulkMixin.store_rows`, each file in its own
savepoint (that path keeps ``executemany``).  The
search index is filled once per transaction (see
:meth:`annotator.store.transactions.WriterDatabase.index_pending`).
"""

from __future__ import annotations

import sqlite3
from itertools import chain
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

SPAN_COLUMNS, RELATION_COLUMNS, TAG_COLUMNS = 13, 9, 8  # the values INSERT_SPAN, _RELATION, _TAG take

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
        """Store several files' documents, many rows per INSERT statement (insert_values).

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
        first_doc = next_doc = next_id("documents")
        # Relation and tag ids run on from file to file, as store_rows gives them.
        values = _AnnotationValues(next_id("spans"), next_id("relations"), next_id("theme_tags"))
        themes = {row[0] for row in self.db.conn.execute("SELECT id FROM themes")}
        entities: dict[tuple[str, str], int] = {}
        documents: list[tuple] = []
        results: list[list[StoredOrDuplicate]] = []
        for rows_of_file in files:
            stamp = now_iso()  # one stamp per file, as store_rows gives
            stored: list[StoredOrDuplicate] = []
            values.themes.clear()
            for rows in rows_of_file:
                doc_id, next_doc = next_doc, next_doc + 1  # a duplicate uses up an id too, as in store_rows
                existing = known.get(rows.text_hash)
                if existing is not None:
                    stored.append(_duplicate_error(*existing))
                    continue
                known[rows.text_hash] = (doc_id, rows.title)
                documents.append((doc_id, *rows.document, stamp, stamp))
                entity_ids = {entity.id: self._entity_id(entity, entities) for entity in rows.entities}
                values.add(doc_id, rows, stamp, entity_ids)
                stored.append(doc_id)
            for theme_id in sorted(values.themes - themes):  # as store_rows: after the file
                self._ensure_theme_exists(theme_id)  # type: ignore[attr-defined]
                themes.add(theme_id)
            results.append(stored)
        conn = self.db.conn
        insert_rows(conn, INSERT_NEW_DOCUMENT, documents)
        insert_values(conn, INSERT_SPAN, values.spans, SPAN_COLUMNS)
        insert_values(conn, INSERT_RELATION, values.relations, RELATION_COLUMNS)
        insert_values(conn, INSERT_TAG, values.tags, TAG_COLUMNS)
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


# Rows per INSERT statement at most in insert_values (fewer if the variable limit is lower).
ROWS_PER_STATEMENT = 128


def insert_rows(conn: sqlite3.Connection, insert: str, rows: list[tuple]) -> None:
    """What ``conn.executemany(insert, rows)`` does, with many rows per statement (see insert_values)."""
    if rows:
        insert_values(conn, insert, list(chain.from_iterable(rows)), len(rows[0]))


def insert_values(conn: sqlite3.Connection, insert: str, values: list, width: int) -> None:
    """Insert rows given one after another in ``values``, ``width`` values each.

    ``insert`` is an ``INSERT ... VALUES (?, ...)`` of one row.  executemany
    would run it once per row, and each run pays again for what a statement
    does once: the AUTOINCREMENT counter written back to sqlite_sequence, the
    foreign-key bookkeeping, the reset.  A statement of many rows pays it once
    for them all (measured: a third less CPU for the annotation rows of an
    analysed import).  Statements hold a power of two of rows (128, then what
    is left as 64 + 16 + …), so a handful of statement texts serve every
    group and stay in the connection's statement cache: compiling a statement
    of another length for each group cost more than it saved (measured).
    The rows go in in the same order with the same values, so the table holds
    what executemany would have written; a row that breaks a constraint fails
    its statement, as it fails executemany.
    """
    head, _, one_row = insert.rpartition(" VALUES ")
    limit = conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    most = 1 << (max(1, min(ROWS_PER_STATEMENT, limit // width)).bit_length() - 1)
    offset, left = 0, len(values) // width
    while left:
        rows = min(most, 1 << (left.bit_length() - 1))
        conn.execute(f"{head} VALUES {','.join([one_row] * rows)}", values[offset : offset + rows * width])
        offset, left = offset + rows * width, left - rows


class _AnnotationValues:
    """The spans, relations and tags of a batch as flat lists of values, with project ids.

    What :meth:`BulkMixin._collect` gives, row for row, for the batched path:
    the rows go straight into ``insert_values`` without a tuple per row.
    """

    def __init__(self, next_span: int, next_relation: int, next_tag: int) -> None:
        self.next_span, self.next_relation, self.next_tag = next_span, next_relation, next_tag
        self.spans: list = []
        self.relations: list = []
        self.tags: list = []
        self.themes: set[str] = set()  # theme ids of the tags of the current file

    def add(self, doc_id: int, rows: DocumentRows, stamp: str, entity_ids: dict[int | None, int]) -> None:
        span_ids: dict[int | None, int] = {}
        span_id = self.next_span
        add_span = self.spans.extend
        for local, start, end, label, attrs, origin, status, annotator, entity, created, modified, comment in rows.spans:
            span_ids[local] = span_id
            add_span((span_id, doc_id, start, end, label, attrs, origin, status, annotator,
                      entity_ids.get(entity) if entity is not None else None, created or stamp, modified or stamp,
                      comment))
            span_id += 1
        self.next_span = span_id
        try:
            for kind, source, target, origin, status, annotator, created in rows.relations:
                self.relations.extend((self.next_relation, doc_id, kind, span_ids[source], span_ids[target], origin,
                                       status, annotator, created or stamp))
                self.next_relation += 1
            for theme_id, local, origin, status, annotator, created in rows.tags:
                self.tags.extend((self.next_tag, doc_id, theme_id, span_ids[local] if local is not None else None,
                                  origin, status, annotator, created or stamp))
                self.themes.add(theme_id)
                self.next_tag += 1
        except KeyError as exc:
            raise AnnotatorError(f"an annotation refers to span {exc.args[0]}, which the document does not have") from None


def _duplicate_error(existing_id: int, title: str) -> DuplicateDocumentError:
    return DuplicateDocumentError(f"same text as document {existing_id} ({title or 'untitled'})", existing_id)
