"""Row ids are never given again after a delete (migration m005_ids_never_reused).

Without AUTOINCREMENT SQLite gives max(id) + 1, so the id of a deleted span
went to the next span made anywhere — in another document, by an import in
another process — while the workbench's undo map still held the old id: an
edit of the new span after an undo landed on the restored one.  The
workbench-level consequence is tested in tests/gui/test_undo_after_other_writer.py.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from annotator import services
from annotator.model import QUOTE, SAID_BY, SPEAKER, AnnotatedDocument, Document, Relation, Span, ThemeTag
from annotator.store import SCHEMA_VERSION, Project
from annotator.store.schema import migrations

TEXT = "Министр Сергей Лавров заявил: «Мы готовы к диалогу». Стороны обсудили повестку."


def bundle(text: str = TEXT) -> AnnotatedDocument:
    quote = text.index("Мы готовы")
    speaker = text.index("Сергей Лавров")
    return AnnotatedDocument(
        Document(text=text, title="Лавров"),
        spans=[Span(id=1, start=quote, end=text.index("»"), label=QUOTE),
               Span(id=2, start=speaker, end=speaker + len("Сергей Лавров"), label=SPEAKER)],
        relations=[Relation(source_id=1, target_id=2, kind=SAID_BY)],
        tags=[ThemeTag(theme_id="bilateral", span_id=1)],
    )


def make_version_4_project(path: Path) -> None:
    """A project as written before m005: ids reusable."""
    db = Database(path)
    migrations.apply(db, stop_before="m005_ids_never_reused")
    db.execute("PRAGMA user_version=4")
    db.close()
    project = Project.__new__(Project)  # the store's own insert code, on the old schema
    project.path = path
    project.db = Database(sqlite3.connect(path))
    project.db.execute("PRAGMA foreign_keys=ON")
    project.save_themes(services.default_taxonomy())
    project.add_document(bundle().document, annotations=bundle())
    project.db.conn.close()


def test_a_deleted_spans_id_is_never_given_to_a_new_span(project) -> None:
    doc_id = project.add_document(bundle().document, annotations=bundle())
    spans = project.spans(doc_id)
    highest = max(span.id for span in spans)
    project.delete_span(highest)
    again = project.add_span(Span(start=0, end=7, label=SPEAKER, doc_id=doc_id))
    assert again.id > highest


def test_a_deleted_documents_id_is_never_given_to_a_new_document_so_its_undo_can_put_it_back(project) -> None:
    doc_id = project.add_document(bundle().document, annotations=bundle())
    snapshot = project.document_snapshot(doc_id)
    project.delete_document(doc_id)
    other_text = TEXT.replace("обсудили повестку", "обсудили торговлю")
    other = project.add_document(bundle(other_text).document, annotations=bundle(other_text))
    assert other > doc_id
    assert project.restore_document(snapshot) == doc_id  # the workbench's undo of the delete
    assert project.integrity_check() == "ok"


def test_a_deleted_relations_id_is_never_given_to_a_new_link(project) -> None:
    doc_id = project.add_document(bundle().document, annotations=bundle())
    [relation] = project.relations(doc_id)
    project.delete_relation(relation.id)
    quote, speaker = sorted(project.spans(doc_id), key=lambda s: s.label)
    added = project.add_relation(Relation(source_id=quote.id, target_id=speaker.id, doc_id=doc_id))
    assert added.id > relation.id


def test_a_version_4_project_is_migrated_with_every_row_and_ids_no_longer_reused(tmp_path: Path) -> None:
    path = tmp_path / "old.annotator"
    make_version_4_project(path)
    with sqlite3.connect(path) as conn:
        before = {table: conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
                  for table in ("spans", "relations", "theme_tags", "entities")}
    conn.close()

    with Project.open(path) as project:
        assert project.schema_version == SCHEMA_VERSION
        assert project.integrity_check() == "ok"
        assert project.db.execute("PRAGMA foreign_key_check").fetchall() == []
        for table, rows in before.items():
            assert project.db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall() == rows
            create = project.db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
            assert "AUTOINCREMENT" in create
        indexes = {row[0] for row in project.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"spans_doc", "relations_source", "theme_tags_span"} <= indexes
        [doc_id] = project.document_ids()
        speaker = next(s for s in project.spans(doc_id) if s.label == SPEAKER)
        project.delete_span(speaker.id)  # cascades to the relation, as before the migration
        assert project.relations(doc_id) == []
        again = project.add_span(Span(start=speaker.start, end=speaker.end, label=SPEAKER, doc_id=doc_id))
        assert again.id > speaker.id
    assert (tmp_path / "old.annotator.v4.bak").exists()
