"""The gold layer's provenance and the team tables (document participants).

A gold annotation is an ordinary span, relation or theme-tag row; its row in
``gold`` says which adjudication item it settles, how, by whom and when.  An
item settled by keeping nothing has a ``gold`` row with no annotation.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from annotator.model import DROPPED, AnnotatedDocument, GoldMark, now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

GOLD_COLUMNS = "doc_id, item, span_id, relation_id, tag_id, decision, sources, adjudicator, decided"


def _mark(row: Any) -> GoldMark:
    return GoldMark(item=row[1], decision=row[5], sources=json.loads(row[6]), adjudicator=row[7], decided=row[8])


class GoldMarks:
    """Gold marks of a batch of documents, by the row they mark."""

    def __init__(self) -> None:
        self.spans: dict[int, GoldMark] = {}
        self.relations: dict[int, GoldMark] = {}
        self.tags: dict[int, GoldMark] = {}
        self.dropped: dict[int, list[GoldMark]] = defaultdict(list)


class GoldMixin:
    db: Database

    # -- reading ------------------------------------------------------------

    def _read_gold_marks(self, doc_ids: list[int]) -> GoldMarks:
        marks = GoldMarks()
        if not doc_ids:
            return marks
        sql = f"SELECT {GOLD_COLUMNS} FROM gold WHERE doc_id IN ({','.join('?' * len(doc_ids))}) ORDER BY id"
        for row in self.db.execute(sql, doc_ids):
            mark = _mark(row)
            if row[2] is not None:
                marks.spans[row[2]] = mark
            elif row[3] is not None:
                marks.relations[row[3]] = mark
            elif row[4] is not None:
                marks.tags[row[4]] = mark
            else:
                marks.dropped[row[0]].append(mark)
        return marks

    def settled_items(self, doc_id: int) -> set[str]:
        """Adjudication items of the document already settled in the gold layer."""
        return {row[0] for row in self.db.execute("SELECT DISTINCT item FROM gold WHERE doc_id = ?", [doc_id])}

    def gold_document_ids(self) -> set[int]:
        return {row[0] for row in self.db.execute("SELECT DISTINCT doc_id FROM gold")}

    # -- writing (inside the caller's transaction) -----------------------------

    def _write_gold_marks(
        self,
        doc_id: int,
        rows: Iterable[tuple[str, int, GoldMark]],
        dropped: Iterable[GoldMark] = (),
    ) -> None:
        """Store marks; ``rows`` holds (kind, row id, mark), kind span/relation/tag."""
        values = []
        for kind, row_id, mark in rows:
            refs = [row_id if kind == name else None for name in ("span", "relation", "tag")]
            values.append(self._gold_values(doc_id, mark, refs))
        for mark in dropped:
            values.append(self._gold_values(doc_id, GoldMark(**{**mark.__dict__, "decision": DROPPED}), [None] * 3))
        if values:
            self.db.conn.executemany(
                f"INSERT INTO gold ({GOLD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values
            )

    @staticmethod
    def _gold_values(doc_id: int, mark: GoldMark, refs: list[int | None]) -> tuple[Any, ...]:
        return (
            doc_id, mark.item, *refs, mark.decision,
            json.dumps(mark.sources, ensure_ascii=False), mark.adjudicator, mark.decided or now_iso(),
        )

    def delete_gold_item(self, doc_id: int, item: str) -> None:
        """Remove what settled one item (its gold annotations and their marks)."""
        with self.db.atomic():
            where = "SELECT {0} FROM gold WHERE doc_id = ? AND item = ? AND {0} IS NOT NULL"
            self.db.execute(f"DELETE FROM theme_tags WHERE id IN ({where.format('tag_id')})", [doc_id, item])
            self.db.execute(f"DELETE FROM relations WHERE id IN ({where.format('relation_id')})", [doc_id, item])
            self.db.execute(f"DELETE FROM spans WHERE id IN ({where.format('span_id')})", [doc_id, item])
            self.db.execute("DELETE FROM gold WHERE doc_id = ? AND item = ?", [doc_id, item])

    def add_annotations(
        self, doc_id: int, bundle: AnnotatedDocument, known_spans: dict[int | None, int] | None = None
    ) -> dict[int | None, int]:
        """Add a bundle's annotations (and gold marks) to a stored document, in one transaction.

        ``known_spans`` maps bundle span ids to spans already stored, which
        relations and tags may point at.  Returns bundle span id -> stored id.
        """
        with self.db.atomic():
            return self._insert_annotations(doc_id, bundle, known_spans)  # type: ignore[attr-defined,no-any-return]

    # -- who took part in which document ---------------------------------------

    def document_annotators(self) -> dict[int, set[str]]:
        found: dict[int, set[str]] = defaultdict(set)
        for doc_id, name in self.db.execute("SELECT doc_id, annotator FROM document_annotators"):
            found[doc_id].add(name)
        return dict(found)

    def _add_document_annotators(self, pairs: list[tuple[int, str]]) -> None:
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO document_annotators (doc_id, annotator) VALUES (?, ?)", pairs
        )
        stamp = now_iso()
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO annotators (name, created) VALUES (?, ?)",
            [(name, stamp) for name in sorted({name for _, name in pairs})],
        )

    def add_document_annotators(self, pairs: list[tuple[int, str]]) -> None:
        with self.db.atomic():
            self._add_document_annotators(pairs)

    def document_annotation_annotators(self) -> dict[int, set[str]]:
        """Document id -> annotators of its decided (not pending) non-gold annotations."""
        sql = """
            SELECT doc_id, annotator FROM spans
             WHERE annotator != '' AND status != 'suggested' AND id NOT IN (SELECT span_id FROM gold WHERE span_id IS NOT NULL)
            UNION SELECT doc_id, annotator FROM theme_tags
             WHERE annotator != '' AND status != 'suggested' AND id NOT IN (SELECT tag_id FROM gold WHERE tag_id IS NOT NULL)
        """
        found: dict[int, set[str]] = defaultdict(set)
        for doc_id, name in self.db.execute(sql):
            found[doc_id].add(name)
        return dict(found)

    def decided_annotations(self) -> tuple[list[tuple[Any, ...]], dict[int, str], list[tuple[int, str, str]]]:
        """What agreement reads, as plain rows (fast for half a million annotations).

        Returns (spans, quote speakers, document tags): spans as (doc id, annotator,
        label, start, end, quote kind, span id); quote speakers as span id ->
        "type:name" (or "@start:end" for a speaker without an entity); tags as
        (doc id, annotator, theme).  Only accepted, non-gold annotations with an
        annotator count.
        """
        decided = "status = 'accepted' AND annotator != ''"
        spans = self.db.execute(
            "SELECT doc_id, annotator, label, start, \"end\", json_extract(attrs, '$.kind'), id FROM spans"
            f" WHERE {decided} AND id NOT IN (SELECT span_id FROM gold WHERE span_id IS NOT NULL)"
            " ORDER BY doc_id, start, \"end\""
        ).fetchall()
        speakers = {
            row[0]: (f"{row[1]}:{row[2]}" if row[2] is not None else f"@{row[3]}:{row[4]}")
            for row in self.db.execute(
                "SELECT r.source_id, e.type, e.name, t.start, t.\"end\" FROM relations r"
                " JOIN spans t ON t.id = r.target_id LEFT JOIN entities e ON e.id = t.entity_id"
                " WHERE r.kind = 'said_by' AND r.status = 'accepted' AND t.status = 'accepted'"
                " AND t.annotator != ''"
                " AND r.id NOT IN (SELECT relation_id FROM gold WHERE relation_id IS NOT NULL)"
            )
        }
        tags = self.db.execute(
            f"SELECT doc_id, annotator, theme_id FROM theme_tags WHERE span_id IS NULL AND {decided}"
            " AND id NOT IN (SELECT tag_id FROM gold WHERE tag_id IS NOT NULL)"
        ).fetchall()
        return spans, speakers, tags

    def document_titles(self) -> dict[int, str]:
        return {row[0]: row[1] for row in self.db.execute("SELECT id, title FROM documents ORDER BY id")}

    def document_hashes(self) -> dict[str, int]:
        """Normalised-text hash -> document id."""
        return {row[0]: row[1] for row in self.db.execute("SELECT text_hash, id FROM documents")}

    def clear_annotations(self, *, keep_suggestions: bool) -> None:
        """Remove every annotation (a template keeps pending automatic suggestions if asked)."""
        with self.db.atomic():
            pending = "status = 'suggested' AND origin LIKE 'auto:%'"
            for table in ("theme_tags", "relations", "spans"):
                where = f"NOT ({pending})" if keep_suggestions else "1"
                self.db.execute(f"DELETE FROM {table} WHERE {where}")
            self.db.execute("DELETE FROM gold")
            self.db.execute("DELETE FROM document_annotators")
            self.db.execute("DELETE FROM annotators")
            self.db.execute("UPDATE documents SET status = 'new'")
            self.db.execute("DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM spans WHERE entity_id IS NOT NULL)")

    def vacuum(self) -> None:
        self.db.execute("VACUUM")
