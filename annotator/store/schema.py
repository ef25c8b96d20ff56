"""The project schema as named, append-only migrations (sqlite-utils Migrations).

Never edit a migration that has shipped: add a new one.  ``SCHEMA_VERSION``
is the number of migrations; it is also written to ``PRAGMA user_version`` so
that a file from a newer annotator can be recognised and refused before any
migration runs.
"""

from __future__ import annotations

import re
import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("annotator")


def _run(db: Database, script: str) -> None:
    # Not executescript(): it commits first, which would break the
    # transaction sqlite-utils wraps each migration in.  Statements are
    # separated by ";;".
    for statement in script.split(";;"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m001_initial(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);;
        CREATE TABLE annotators (name TEXT PRIMARY KEY, created TEXT NOT NULL);;
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'new'
                CHECK (status IN ('new', 'in_progress', 'done')),
            origin_path TEXT NOT NULL DEFAULT '',
            meta TEXT NOT NULL DEFAULT '{}',
            text TEXT NOT NULL,
            text_hash TEXT NOT NULL UNIQUE,
            length INTEGER NOT NULL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );;
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL DEFAULT 'person'
                CHECK (type IN ('person', 'organization')),
            aliases TEXT NOT NULL DEFAULT '[]',
            roles TEXT NOT NULL DEFAULT '[]',
            created TEXT NOT NULL
        );;
        CREATE UNIQUE INDEX entities_name_type ON entities (name, type);;
        CREATE TABLE spans (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            label TEXT NOT NULL,
            attrs TEXT NOT NULL DEFAULT '{}',
            origin TEXT NOT NULL DEFAULT 'manual',
            status TEXT NOT NULL DEFAULT 'accepted'
                CHECK (status IN ('suggested', 'accepted', 'rejected')),
            annotator TEXT NOT NULL DEFAULT '',
            entity_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            CHECK (0 <= start AND start < "end")
        );;
        CREATE INDEX spans_doc ON spans (doc_id, start);;
        CREATE INDEX spans_entity ON spans (entity_id);;
        CREATE TABLE relations (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            kind TEXT NOT NULL DEFAULT 'said_by',
            source_id INTEGER NOT NULL REFERENCES spans (id) ON DELETE CASCADE,
            target_id INTEGER NOT NULL REFERENCES spans (id) ON DELETE CASCADE,
            origin TEXT NOT NULL DEFAULT 'manual',
            status TEXT NOT NULL DEFAULT 'accepted'
                CHECK (status IN ('suggested', 'accepted', 'rejected')),
            annotator TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL
        );;
        CREATE INDEX relations_doc ON relations (doc_id);;
        CREATE INDEX relations_source ON relations (source_id);;
        CREATE INDEX relations_target ON relations (target_id);;
        CREATE TABLE themes (
            id TEXT PRIMARY KEY,
            parent TEXT REFERENCES themes (id) ON DELETE RESTRICT,
            name_ru TEXT NOT NULL,
            name_en TEXT NOT NULL,
            color TEXT NOT NULL DEFAULT '#888888',
            shortcut TEXT NOT NULL DEFAULT '',
            guideline TEXT NOT NULL DEFAULT '',
            guideline_en TEXT NOT NULL DEFAULT '',
            keywords TEXT NOT NULL DEFAULT '[]',
            position INTEGER NOT NULL DEFAULT 0
        );;
        CREATE TABLE theme_tags (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            theme_id TEXT NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
            span_id INTEGER REFERENCES spans (id) ON DELETE CASCADE,
            origin TEXT NOT NULL DEFAULT 'manual',
            status TEXT NOT NULL DEFAULT 'accepted'
                CHECK (status IN ('suggested', 'accepted', 'rejected')),
            annotator TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL
        );;
        CREATE INDEX theme_tags_doc ON theme_tags (doc_id);;
        CREATE INDEX theme_tags_span ON theme_tags (span_id);;
        CREATE INDEX theme_tags_theme ON theme_tags (theme_id);;
        """
    )


@migrations()
def m002_search_index(db: Database) -> None:
    # External-content FTS5 index over titles and texts, kept in step by
    # triggers.  unicode61 with remove_diacritics folds ё into е.
    _run(
        db,
        """
        CREATE VIRTUAL TABLE documents_fts USING fts5 (
            title, text, content='documents', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );;
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts (rowid, title, text)
            VALUES (new.id, new.title, new.text);
        END;;
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
        END;;
        CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO documents_fts (rowid, title, text)
            VALUES (new.id, new.title, new.text);
        END;;
        INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');;
        """
    )


@migrations()
def m003_team_gold_layer(db: Database) -> None:
    # Team work: which annotators took part in each document (a merge records
    # it, so "found nothing" differs from "never saw it"), and the gold layer's
    # provenance.  A gold annotation is an ordinary span, relation or tag row
    # with one row here saying which adjudication item it settles, how, by whom
    # and when; a row with no annotation records an item settled by dropping it.
    # The two indexes let a merge find an analyst's equal annotation at once.
    _run(
        db,
        """
        CREATE TABLE document_annotators (
            doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            annotator TEXT NOT NULL,
            PRIMARY KEY (doc_id, annotator)
        );;
        CREATE TABLE gold (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            item TEXT NOT NULL,
            span_id INTEGER UNIQUE REFERENCES spans (id) ON DELETE CASCADE,
            relation_id INTEGER UNIQUE REFERENCES relations (id) ON DELETE CASCADE,
            tag_id INTEGER UNIQUE REFERENCES theme_tags (id) ON DELETE CASCADE,
            decision TEXT NOT NULL
                CHECK (decision IN ('agreed', 'chosen', 'edited', 'dropped')),
            sources TEXT NOT NULL DEFAULT '[]',
            adjudicator TEXT NOT NULL DEFAULT '',
            decided TEXT NOT NULL,
            CHECK ((span_id IS NOT NULL) + (relation_id IS NOT NULL) + (tag_id IS NOT NULL)
                   = (decision != 'dropped'))
        );;
        CREATE INDEX gold_doc ON gold (doc_id, item);;
        CREATE INDEX spans_doc_annotator ON spans (doc_id, annotator, start);;
        CREATE INDEX theme_tags_doc_annotator ON theme_tags (doc_id, annotator, theme_id);;
        """
    )


@migrations()
def m004_comments_and_memos(db: Database) -> None:
    # An analyst's free-text comment on an annotation, and a memo on a document.
    _run(
        db,
        """
        ALTER TABLE spans ADD COLUMN comment TEXT NOT NULL DEFAULT '';;
        ALTER TABLE documents ADD COLUMN memo TEXT NOT NULL DEFAULT '';;
        """
    )


# Tables whose row ids the workbench's undo keeps (span ids in commands and
# in its old -> new id map, relation and tag ids in undo records, a deleted
# document's rows put back under their own ids).
_NEVER_REUSED = ("documents", "entities", "spans", "relations", "theme_tags")
_PLAIN_KEY = re.compile(r"\bid\s+INTEGER\s+PRIMARY\s+KEY\b(?!\s+AUTOINCREMENT)", re.I)


@migrations(transactional=False)
def m005_ids_never_reused(db: Database) -> None:
    """AUTOINCREMENT on the annotation tables: a deleted row's id is never given again.

    Without it SQLite hands out max(id) + 1, so a span deleted and then
    re-created by undo, and a span added meanwhile (by this window or by an
    import in another process), could share an id, and the undo map would
    send a later undo to the wrong span.  Each table is rebuilt with the same
    columns, rows, indexes and triggers; foreign keys are off during the
    rebuild (dropping a table would otherwise cascade) and checked before the
    commit.  Re-running it after a kill is harmless.
    """
    db.execute("PRAGMA foreign_keys=OFF")
    try:
        with db.atomic():
            for table in _NEVER_REUSED:
                _rebuild_with_autoincrement(db, table)
            problems = db.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise sqlite3.IntegrityError(f"foreign keys broken by the rebuild: {problems[:5]}")
    finally:
        db.execute("PRAGMA foreign_keys=ON")


def _rebuild_with_autoincrement(db: Database, table: str) -> None:
    create = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
    ).fetchone()[0]
    if not _PLAIN_KEY.search(create):
        return
    extras = [row[0] for row in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL",
        [table],
    )]
    columns = ", ".join(f'"{row[1]}"' for row in db.execute(f'PRAGMA table_info("{table}")'))
    rebuilt = f"{table}_rebuilt"
    new_create = _PLAIN_KEY.sub("id INTEGER PRIMARY KEY AUTOINCREMENT", create, count=1)
    new_create = re.sub(rf'^CREATE TABLE\s+"?{table}"?', f'CREATE TABLE "{rebuilt}"', new_create, count=1)
    db.execute(new_create)
    db.execute(f'INSERT INTO "{rebuilt}" ({columns}) SELECT {columns} FROM "{table}"')
    db.execute(f'DROP TABLE "{table}"')
    db.execute(f'ALTER TABLE "{rebuilt}" RENAME TO "{table}"')
    for statement in extras:
        db.execute(statement)


@migrations()
def m006_search_index_batched(db: Database) -> None:
    """New documents reach the search index once per transaction, not by a trigger per row.

    An import inserts hundreds of documents per transaction; one
    ``INSERT INTO documents_fts ... SELECT`` for all of them costs less than
    half of running the trigger for each (WriterDatabase.index_pending does
    it before every commit).  Deletes and edits of a title keep their triggers.
    """
    db.execute("DROP TRIGGER IF EXISTS documents_fts_insert")


SCHEMA_VERSION = len(migrations._migrations)
MIGRATION_NAMES = [migration.name for migration in migrations._migrations]
