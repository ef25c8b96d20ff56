"""Opening project files from other versions: migrate older ones, refuse what is not ours.

An older project is copied to ``<name>.v<N>.bak`` and migrated; a newer one,
a non-SQLite file and another program's SQLite database are refused with a
message naming the file, and left exactly as they were.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator import services
from annotator.model import AnnotatorError, Document
from annotator.store import SCHEMA_VERSION, NewerProjectError, Project
from annotator.store.schema import MIGRATION_NAMES, migrations
from annotator.text import text_hash

OLD_TEXT = (
    "Министр иностранных дел провёл переговоры с коллегой. "
    "Стороны обсудили двустороннюю повестку и подготовку визита на высшем уровне."
)


def make_version_1_project(path: Path) -> None:
    """A project as the first release wrote it: schema 1, no search index."""
    db = Database(path)
    migrations.apply(db, stop_before="m002_search_index")
    db.execute("PRAGMA user_version=1")
    with db.atomic():
        db.execute(
            "INSERT INTO documents (title, source, text, text_hash, length, created, modified)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            ["Переговоры министров", "МИД России", OLD_TEXT, text_hash(OLD_TEXT), len(OLD_TEXT),
             "2024-01-15T10:00:00+00:00", "2024-01-15T10:00:00+00:00"],
        )
    db.close()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def make_current_project(path: Path) -> None:
    with services.open_project(path) as project:
        services.import_paths(project, [], analyze=False)


def test_a_version_1_project_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "analysts.annotator"
    make_version_1_project(path)
    old_content = dump(path)

    with Project.open(path) as project:
        assert project.schema_version == SCHEMA_VERSION
        assert [m.name for m in migrations.applied(project.db)] == MIGRATION_NAMES
        [doc_id] = project.document_ids()
        doc = project.document(doc_id)
        assert (doc.title, doc.source, doc.text) == ("Переговоры министров", "МИД России", OLD_TEXT)
        assert project.integrity_check() == "ok"

    backup = tmp_path / "analysts.annotator.v1.bak"
    assert backup.exists()
    assert dump(backup) == old_content
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_documents_of_a_migrated_project_are_searchable(tmp_path: Path) -> None:
    path = tmp_path / "analysts.annotator"
    make_version_1_project(path)
    with Project.open(path) as project:
        assert [d for d, _ in services.search_documents(project, "повестка")] == project.document_ids()


def test_a_migrated_project_takes_new_documents_and_is_searchable(tmp_path: Path) -> None:
    path = tmp_path / "analysts.annotator"
    make_version_1_project(path)
    with services.open_project(path) as project:
        new_id = project.add_document(Document(text="Президенты обсудили энергетическую повестку."))
        assert new_id in [d for d, _ in services.search_documents(project, "повестка")]


def test_a_current_project_opens_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "current.annotator"
    make_current_project(path)
    with Project.open(path) as project:
        assert project.schema_version == SCHEMA_VERSION
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".bak")) == []


def make_newer_by_version(path: Path) -> None:
    make_current_project(path)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()


def make_newer_by_migration(path: Path) -> None:
    make_current_project(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('annotator', 'm099_from_the_future', '2030-01-01')"
        )
    conn.close()


@pytest.mark.parametrize("make_newer", [make_newer_by_version, make_newer_by_migration])
def test_a_project_from_a_newer_version_is_refused_and_left_unchanged(tmp_path: Path, make_newer) -> None:
    path = tmp_path / "from-the-future.annotator"
    make_newer(path)
    before = path.read_bytes()
    with pytest.raises(NewerProjectError, match="newer version") as raised:
        Project.open(path)
    assert str(path) in str(raised.value)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_a_file_that_is_not_sqlite_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.annotator"
    path.write_text("Это не проект, а заметки к брифингу.\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(AnnotatorError, match="not an SQLite database") as raised:
        Project.open(path)
    assert str(path) in str(raised.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.annotator"]


def make_foreign_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO contacts (name) VALUES ('Посольство')")
    conn.close()


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    make_foreign_database(path)
    content = dump(path)
    with pytest.raises(AnnotatorError, match="not an annotator project") as raised:
        Project.open(path)
    assert str(path) in str(raised.value)
    assert dump(path) == content


@pytest.mark.parametrize("make_file", [make_foreign_database, "newer-rollback-journal"])
def test_a_refused_rollback_journal_database_is_left_byte_for_byte_unchanged(tmp_path: Path, make_file) -> None:
    path = tmp_path / "refused.db"
    if make_file == "newer-rollback-journal":
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
        conn.close()
    else:
        make_file(path)
    before = path.read_bytes()
    with pytest.raises(AnnotatorError):
        Project.open(path)
    assert path.read_bytes() == before


def test_a_damaged_sqlite_file_is_refused_with_its_name(tmp_path: Path) -> None:
    good = tmp_path / "good.annotator"
    make_current_project(good)
    damaged = tmp_path / "damaged.annotator"
    damaged.write_bytes(good.read_bytes()[:100] + b"\xde\xad\xbe\xef" * 2000)
    with pytest.raises(AnnotatorError) as raised:
        Project.open(damaged)
    assert str(damaged) in str(raised.value)


def test_an_empty_file_becomes_a_new_project(tmp_path: Path) -> None:
    path = tmp_path / "empty.annotator"
    path.touch()
    with Project.open(path) as project:
        assert project.schema_version == SCHEMA_VERSION
        assert project.integrity_check() == "ok"
