"""Merging another project file into this one, in SQL (the team merge).

The look-ups of equal rows name their index: left to itself the planner may
pick the speaker or theme index, which makes a twenty-file merge quadratic.

The other file is attached and copied with INSERT … SELECT, which keeps a
merge of twenty analysts' projects to seconds.  Matching rules (see
:mod:`annotator.team.merge`): documents by text hash; speakers by name and
type; a span, relation or tag already present with the same content (offsets,
label, annotator, status, origin, attributes, speaker, gold or not) is not
added again, so merging the same file twice adds nothing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.model import AnnotatorError, now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

# Each statement runs inside one transaction, in order.  ":stamp" is the time of the merge.
_STATEMENTS = [
    # Documents new to this project.
    # A memo another analyst wrote on a document already here is appended to its memo.
    """UPDATE main.documents SET memo = CASE WHEN main.documents.memo = '' THEN s.memo
                                            ELSE main.documents.memo || char(10) || s.memo END
       FROM src.documents s
       WHERE s.text_hash = main.documents.text_hash AND s.memo != '' AND instr(main.documents.memo, s.memo) = 0""",
    """INSERT INTO main.documents (title, date, source, url, status, origin_path, meta, text, text_hash,
                                   length, created, modified, memo)
       SELECT title, date, source, url, status, origin_path, meta, text, text_hash, length, created, :stamp, memo
       FROM src.documents WHERE text_hash NOT IN (SELECT text_hash FROM main.documents) ORDER BY id""",
    """CREATE TEMP TABLE doc_map AS SELECT s.id AS src, d.id AS dst
       FROM src.documents s JOIN main.documents d ON d.text_hash = s.text_hash""",
    """CREATE UNIQUE INDEX temp.doc_map_src ON doc_map (src)""",
    """INSERT OR IGNORE INTO main.entities (name, type, aliases, roles, created)
       SELECT name, type, aliases, roles, :stamp FROM src.entities""",
    """CREATE TEMP TABLE entity_map AS SELECT s.id AS src, e.id AS dst
       FROM src.entities s JOIN main.entities e ON e.name = s.name AND e.type = s.type""",
    """CREATE UNIQUE INDEX temp.entity_map_src ON entity_map (src)""",
    """CREATE TEMP TABLE src_gold_spans AS SELECT span_id AS id FROM src.gold WHERE span_id IS NOT NULL""",
    # Every source span with its target document, speaker, and an equal span already here.
    """CREATE TEMP TABLE span_match AS
       SELECT s.id AS src, dm.dst AS doc, em.dst AS entity,
              (SELECT t.id FROM main.spans t INDEXED BY spans_doc_annotator
                WHERE t.doc_id = dm.dst AND t.start = s.start AND t."end" = s."end" AND t.label = s.label
                  AND t.annotator = s.annotator AND t.status = s.status AND t.origin = s.origin
                  AND t.attrs = s.attrs AND t.entity_id IS em.dst
                  AND (t.id IN (SELECT span_id FROM main.gold WHERE span_id IS NOT NULL))
                      = (s.id IN (SELECT id FROM src_gold_spans))
                ORDER BY t.id LIMIT 1) AS found
       FROM src.spans s JOIN doc_map dm ON dm.src = s.doc_id LEFT JOIN entity_map em ON em.src = s.entity_id""",
    """CREATE TEMP TABLE span_base AS SELECT coalesce(max(id), 0) AS base FROM main.spans""",
    # New spans get ids after the current largest, in the source's order.
    """CREATE TEMP TABLE span_map AS
       SELECT src, doc, entity, found IS NULL AS new,
              coalesce(found, (SELECT base FROM span_base)
                              + row_number() OVER (PARTITION BY found IS NULL ORDER BY src)) AS dst
       FROM span_match""",
    """CREATE UNIQUE INDEX temp.span_map_src ON span_map (src)""",
    """INSERT INTO main.spans (id, doc_id, start, "end", label, attrs, origin, status, annotator, entity_id,
                               created, modified, comment)
       SELECT m.dst, m.doc, s.start, s."end", s.label, s.attrs, s.origin, s.status, s.annotator, m.entity,
              s.created, s.modified, s.comment
       FROM span_map m JOIN src.spans s ON s.id = m.src
       WHERE m.new ORDER BY m.dst""",
    """INSERT INTO main.relations (doc_id, kind, source_id, target_id, origin, status, annotator, created)
       SELECT ms.doc, r.kind, ms.dst, mt.dst, r.origin, r.status, r.annotator, r.created
       FROM src.relations r JOIN span_map ms ON ms.src = r.source_id JOIN span_map mt ON mt.src = r.target_id
       WHERE NOT EXISTS (SELECT 1 FROM main.relations t INDEXED BY relations_source
                         WHERE t.source_id = ms.dst AND t.target_id = mt.dst AND t.kind = r.kind
                           AND t.annotator = r.annotator AND t.status = r.status AND t.origin = r.origin
                           AND (t.id IN (SELECT relation_id FROM main.gold WHERE relation_id IS NOT NULL))
                               = (r.id IN (SELECT relation_id FROM src.gold WHERE relation_id IS NOT NULL)))
       ORDER BY r.id""",
    """INSERT OR IGNORE INTO main.themes (id, name_ru, name_en, position)
       SELECT DISTINCT theme_id, theme_id, theme_id, 10000 FROM src.theme_tags""",
    """INSERT INTO main.theme_tags (doc_id, theme_id, span_id, origin, status, annotator, created)
       SELECT dm.dst, g.theme_id, ms.dst, g.origin, g.status, g.annotator, g.created
       FROM src.theme_tags g JOIN doc_map dm ON dm.src = g.doc_id LEFT JOIN span_map ms ON ms.src = g.span_id
       WHERE NOT EXISTS (SELECT 1 FROM main.theme_tags t INDEXED BY theme_tags_doc_annotator
                         WHERE t.doc_id = dm.dst AND t.theme_id = g.theme_id AND t.span_id IS ms.dst
                           AND t.annotator = g.annotator AND t.status = g.status AND t.origin = g.origin
                           AND (t.id IN (SELECT tag_id FROM main.gold WHERE tag_id IS NOT NULL))
                               = (g.id IN (SELECT tag_id FROM src.gold WHERE tag_id IS NOT NULL)))
       ORDER BY g.id""",
]
_GOLD = [
    # Gold marks of the annotations just copied (they have no mark here yet).
    """INSERT INTO main.gold (doc_id, item, span_id, decision, sources, adjudicator, decided)
       SELECT m.doc, g.item, m.dst, g.decision, g.sources, g.adjudicator, g.decided
       FROM src.gold g JOIN span_map m ON m.src = g.span_id
       WHERE m.dst NOT IN (SELECT span_id FROM main.gold WHERE span_id IS NOT NULL)""",
    """INSERT INTO main.gold (doc_id, item, relation_id, decision, sources, adjudicator, decided)
       SELECT t.doc_id, g.item, t.id, g.decision, g.sources, g.adjudicator, g.decided
       FROM src.gold g JOIN src.relations r ON r.id = g.relation_id
       JOIN span_map ms ON ms.src = r.source_id JOIN span_map mt ON mt.src = r.target_id
       JOIN main.relations t ON t.source_id = ms.dst AND t.target_id = mt.dst AND t.kind = r.kind
            AND t.annotator = r.annotator AND t.status = r.status
       WHERE t.id NOT IN (SELECT relation_id FROM main.gold WHERE relation_id IS NOT NULL)""",
    """INSERT INTO main.gold (doc_id, item, tag_id, decision, sources, adjudicator, decided)
       SELECT t.doc_id, g.item, t.id, g.decision, g.sources, g.adjudicator, g.decided
       FROM src.gold g JOIN src.theme_tags s ON s.id = g.tag_id JOIN doc_map dm ON dm.src = s.doc_id
       LEFT JOIN span_map ms ON ms.src = s.span_id
       JOIN main.theme_tags t ON t.doc_id = dm.dst AND t.theme_id = s.theme_id AND t.span_id IS ms.dst
            AND t.annotator = s.annotator AND t.status = s.status
       WHERE t.id NOT IN (SELECT tag_id FROM main.gold WHERE tag_id IS NOT NULL)""",
    """INSERT INTO main.gold (doc_id, item, decision, sources, adjudicator, decided)
       SELECT dm.dst, g.item, g.decision, g.sources, g.adjudicator, g.decided
       FROM src.gold g JOIN doc_map dm ON dm.src = g.doc_id
       WHERE g.decision = 'dropped' AND NOT EXISTS (
           SELECT 1 FROM main.gold t WHERE t.doc_id = dm.dst AND t.item = g.item AND t.decision = 'dropped'
             AND t.adjudicator = g.adjudicator)""",
]
_TEMPORARY = ("doc_map", "entity_map", "src_gold_spans", "span_match", "span_map", "span_base")


class MergingMixin:
    db: Database

    def merge_file(self, path: Path, participants: list[tuple[int, str]]) -> tuple[int, int]:
        """Copy another project file's documents and annotations into this one.

        ``participants`` lists (document id in the other file, annotator) pairs
        to record as having taken part.  Returns (documents added, annotations added).
        """
        conn = self.db.conn
        counts = self._totals()
        try:
            conn.execute("ATTACH DATABASE ? AS src", [str(path)])
        except sqlite3.Error as exc:
            raise AnnotatorError(f"{path}: cannot read it for merging ({exc})") from exc
        try:
            with self.db.atomic():
                stamp = now_iso()
                for statement in _STATEMENTS + _GOLD:
                    conn.execute(statement, {"stamp": stamp} if ":stamp" in statement else {})
                conn.executemany(
                    "INSERT OR IGNORE INTO main.document_annotators (doc_id, annotator)"
                    " SELECT dst, ? FROM doc_map WHERE src = ?",
                    [(name, doc_id) for doc_id, name in participants],
                )
                conn.executemany(
                    "INSERT OR IGNORE INTO main.annotators (name, created) VALUES (?, ?)",
                    [(name, stamp) for name in sorted({name for _, name in participants})],
                )
                for table in _TEMPORARY:
                    conn.execute(f"DROP TABLE temp.{table}")
        finally:
            conn.execute("DETACH DATABASE src")
        after = self._totals()
        return after[0] - counts[0], sum(after[1:]) - sum(counts[1:])

    def _totals(self) -> tuple[int, int, int, int]:
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM spans),"
            " (SELECT count(*) FROM relations), (SELECT count(*) FROM theme_tags)"
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2]), int(row[3])
