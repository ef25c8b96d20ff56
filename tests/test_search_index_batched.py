"""m004: documents reach the search index once per transaction, and only those kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator import services
from annotator.model import AnnotatorError, Document
from annotator.store import Project
from annotator.store.schema import migrations


def fts_is_sound(project: Project) -> None:
    # FTS5 compares its index with the content table and raises if they differ.
    project.db.execute("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_imported_documents_are_found_and_a_failed_file_leaves_nothing_in_the_index(project, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(30):
        write(folder, f"{number:02d}.txt", f"Переговоры № {number}\nМинистры обсудили энергетику и транзит {number}.")
    bad = folder / "bad.jsonl"
    bad.write_text('{"text": "Санкции обсуждались на саммите."}\n{"text": 5}\n', encoding="utf-8")

    report = services.import_paths(project, [folder], analyze=False, workers=1)

    assert report.document_count == 30 and len(report.failures) == 1
    assert len(services.search_documents(project, "энергетика")) == 30
    assert services.search_documents(project, "санкции") == []  # the failed file's row was rolled back
    fts_is_sound(project)


def test_a_document_added_then_edited_or_deleted_in_one_transaction_keeps_the_index_sound(project) -> None:
    with project.atomic():
        kept = project.add_document(Document(text="Делегации обсудили логистику.", title="Логистика"))
        gone = project.add_document(Document(text="Стороны подписали меморандум.", title="Меморандум"))
        project.update_document_meta(kept, title="Транспортный коридор")
        project.delete_document(gone)

    assert [doc_id for doc_id, _ in services.search_documents(project, "коридор")] == [kept]
    assert services.search_documents(project, "меморандум") == []
    fts_is_sound(project)


def test_a_rolled_back_transaction_indexes_nothing(project) -> None:
    with pytest.raises(AnnotatorError):
        with project.atomic():
            project.add_document(Document(text="Посол вручил верительные грамоты."))
            raise AnnotatorError("stop")
    with project.atomic():
        project.add_document(Document(text="Консультации по стратегической стабильности."))
        with pytest.raises(AnnotatorError):
            with project.atomic():  # a savepoint, as each imported file has
                project.add_document(Document(text="Посол принял грамоты от делегации."))
                raise AnnotatorError("this file fails")

    assert services.search_documents(project, "грамоты") == []
    assert len(services.search_documents(project, "стабильности")) == 1
    fts_is_sound(project)


def test_a_version_5_project_is_migrated_and_its_documents_stay_searchable(tmp_path: Path) -> None:
    path = tmp_path / "old.annotator"
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before="m006_search_index_batched")
    db.execute("PRAGMA user_version=5")
    db.execute(
        "INSERT INTO documents (text, text_hash, length, created, modified) VALUES (?, ?, ?, ?, ?)",
        ["Саммит ШОС прошёл в Астане.", "h", 27, "2026", "2026"],
    )
    db.conn.commit()
    db.conn.close()

    project = services.open_project(path)
    try:
        assert project.schema_version == 6
        project.add_document(Document(text="Саммит БРИКС прошёл в Казани."))
        assert len(services.search_documents(project, "саммит")) == 2
        trigger = project.db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'documents_fts_insert'"
        ).fetchone()
        assert trigger is None
        fts_is_sound(project)
    finally:
        project.close()
