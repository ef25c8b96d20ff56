"""Documents: insert, list, status, full-text search."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from annotator.model import (
    DOC_STATUSES,
    QUOTE,
    AnnotatorError,
    Document,
    DocumentSummary,
    now_iso,
)
from annotator.store.transactions import index_pending, mark_unindexed
from annotator.text import text_hash

if TYPE_CHECKING:
    from sqlite_utils import Database


RANKED_MATCHES = 1_000
# Tables restored after a delete, parents first, with the column naming the document.
_SNAPSHOT_TABLES = (("documents", "id"), ("spans", "doc_id"), ("relations", "doc_id"), ("theme_tags", "doc_id"))


class DuplicateDocumentError(AnnotatorError):
    def __init__(self, message: str, existing_id: int) -> None:
        super().__init__(message)
        self.existing_id = existing_id


def document_from_row(row: Any) -> Document:
    return Document(
        id=row["id"],
        title=row["title"],
        date=row["date"],
        source=row["source"],
        url=row["url"],
        status=row["status"],
        origin_path=row["origin_path"],
        meta=json.loads(row["meta"]),
        text=row["text"],
        memo=row["memo"],
    )


class DocumentsMixin:
    db: Database

    def find_duplicate(self, text: str) -> int | None:
        """Id of a document with the same normalised text, if any."""
        row = self.db.execute(
            "SELECT id FROM documents WHERE text_hash = ?", [text_hash(text)]
        ).fetchone()
        return row[0] if row else None

    def _insert_document(self, doc: Document) -> int:
        """Insert inside the caller's transaction; raises on a duplicate."""
        if doc.status not in DOC_STATUSES:
            raise AnnotatorError(f"unknown document status {doc.status!r}")
        digest = text_hash(doc.text)
        existing = self.db.execute(
            "SELECT id, title FROM documents WHERE text_hash = ?", [digest]
        ).fetchone()
        if existing:
            raise DuplicateDocumentError(
                f"same text as document {existing[0]} ({existing[1] or 'untitled'})",
                existing[0],
            )
        stamp = now_iso()
        cursor = self.db.execute(
            "INSERT INTO documents (title, date, source, url, status, origin_path, meta,"
            " text, text_hash, length, created, modified, memo)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                doc.title,
                doc.date,
                doc.source,
                doc.url,
                doc.status,
                doc.origin_path,
                json.dumps(doc.meta, ensure_ascii=False),
                doc.text,
                digest,
                len(doc.text),
                stamp,
                stamp,
                doc.memo,
            ],
        )
        doc_id = int(cursor.lastrowid or 0)
        mark_unindexed(self.db, doc_id)
        doc.id = doc_id
        return doc_id

    def document(self, doc_id: int) -> Document:
        rows = list(self.db.query("SELECT * FROM documents WHERE id = ?", [doc_id]))
        if not rows:
            raise AnnotatorError(f"no document {doc_id} in this project")
        return document_from_row(rows[0])

    def document_ids(self) -> list[int]:
        return [row[0] for row in self.db.execute("SELECT id FROM documents ORDER BY id")]

    def document_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def status_counts(self) -> dict[str, int]:
        counts = {status: 0 for status in DOC_STATUSES}
        for status, count in self.db.execute(
            "SELECT status, count(*) FROM documents GROUP BY status"
        ):
            counts[status] = count
        return counts

    def document_summaries(self) -> list[DocumentSummary]:
        """Rows for the document list: counts of live quotes and tags."""
        sql = """
            SELECT d.id, d.title, d.date, d.source, d.status, d.length,
                   (SELECT count(*) FROM spans s WHERE s.doc_id = d.id
                      AND s.label = ? AND s.status != 'rejected') AS quotes,
                   (SELECT count(*) FROM theme_tags t WHERE t.doc_id = d.id
                      AND t.status != 'rejected') AS tags
            FROM documents d ORDER BY d.id
        """
        return [
            DocumentSummary(
                id=row[0],
                title=row[1],
                date=row[2],
                source=row[3],
                status=row[4],
                length=row[5],
                quote_count=row[6],
                tag_count=row[7],
            )
            for row in self.db.execute(sql, [QUOTE])
        ]

    def set_document_status(self, doc_id: int, status: str) -> None:
        if status not in DOC_STATUSES:
            raise AnnotatorError(f"unknown document status {status!r}")
        with self.db.atomic():
            self.db.execute(
                "UPDATE documents SET status = ?, modified = ? WHERE id = ?",
                [status, now_iso(), doc_id],
            )

    def update_document_meta(self, doc_id: int, **fields: str) -> None:
        allowed = {"title", "date", "source", "url", "memo"}
        unknown = set(fields) - allowed
        if unknown:
            raise AnnotatorError(f"cannot change {', '.join(sorted(unknown))}")
        if not fields:
            return
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self.db.atomic():
            # The update trigger takes the old row out of the index: it must be in it.
            index_pending(self.db)
            self.db.execute(
                f"UPDATE documents SET {assignments}, modified = ? WHERE id = ?",
                [*fields.values(), now_iso(), doc_id],
            )

    def delete_document(self, doc_id: int) -> None:
        with self.db.atomic():
            index_pending(self.db)
            self.db.execute("DELETE FROM documents WHERE id = ?", [doc_id])

    def document_snapshot(self, doc_id: int) -> dict[str, list[dict[str, Any]]]:
        """Every row of a document and its annotations, to restore it after a delete."""
        snapshot: dict[str, list[dict[str, Any]]] = {}
        for table, key in _SNAPSHOT_TABLES:
            cursor = self.db.execute(f"SELECT * FROM {table} WHERE {key} = ? ORDER BY id", [doc_id])
            columns = [c[0] for c in cursor.description]
            snapshot[table] = [dict(zip(columns, row)) for row in cursor.fetchall()]
        if not snapshot["documents"]:
            raise AnnotatorError(f"no document {doc_id} in this project")
        return snapshot

    def restore_document(self, snapshot: dict[str, list[dict[str, Any]]]) -> int:
        """Put back a deleted document with its annotations under their old ids."""
        with self.db.atomic():
            for table, _key in _SNAPSHOT_TABLES:
                for row in snapshot.get(table, []):
                    if table == "spans" and row.get("entity_id") is not None and not self.db.execute(
                            "SELECT 1 FROM entities WHERE id = ?", [row["entity_id"]]).fetchone():
                        row = {**row, "entity_id": None}  # the speaker was deleted meanwhile
                    names = ", ".join(f'"{name}"' for name in row)
                    marks = ", ".join("?" for _ in row)
                    try:
                        self.db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))
                    except sqlite3.IntegrityError as exc:
                        raise AnnotatorError(f"cannot restore the document: {exc}") from None
        return int(snapshot["documents"][0]["id"])

    def annotations_snapshot(self, doc_id: int) -> dict[str, list[dict[str, Any]]]:
        """A document's spans, relations and tags as rows (for undoing a re-analysis)."""
        snapshot = self.document_snapshot(doc_id)
        snapshot.pop("documents")
        return snapshot

    def restore_annotations(self, doc_id: int, snapshot: dict[str, list[dict[str, Any]]]) -> None:
        """Replace a document's annotations by a snapshot's rows, under their old ids."""
        with self.db.atomic():
            for table in ("theme_tags", "relations", "spans"):
                self.db.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
            for table, _key in _SNAPSHOT_TABLES[1:]:
                for row in snapshot.get(table, []):
                    if row.get("doc_id") != doc_id:
                        raise AnnotatorError(f"the saved annotations belong to document {row.get('doc_id')}")
                    names = ", ".join(f'"{name}"' for name in row)
                    marks = ", ".join("?" for _ in row)
                    self.db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))

    def search(self, alternatives: Iterable[Iterable[str]], *, limit: int = 200) -> list[tuple[int, str]]:
        """Documents matching every word, each word given as its word forms.

        ``alternatives`` holds, for each query word, the forms any of which may
        match (the caller expands inflections).  Returns (document id,
        snippet) pairs, best first.
        """
        groups = []
        for forms in alternatives:
            quoted = sorted({'"' + form.replace('"', '""') + '"' for form in forms if form})
            if quoted:
                groups.append("(" + " OR ".join(quoted) + ")")
        if not groups:
            return []
        query = " AND ".join(groups)
        matches = self.db.execute(
            "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", [query]
        ).fetchone()[0]
        # bm25 ranking scores every match before LIMIT applies; for a word in
        # thousands of documents that alone costs ~100 ms and ranks poorly,
        # so such queries list the newest documents first instead.
        order = "rank" if matches <= RANKED_MATCHES else "rowid DESC"
        sql = (
            "SELECT rowid, snippet(documents_fts, 1, '[', ']', '…', 12) FROM documents_fts"
            f" WHERE documents_fts MATCH ? ORDER BY {order} LIMIT ?"
        )
        return [(row[0], row[1]) for row in self.db.execute(sql, [query, limit])]
