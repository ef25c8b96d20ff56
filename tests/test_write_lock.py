"""Write transactions wait for another writer, and say "busy" (changing nothing) when it is too long.

Deterministic, two connections in one process: the first holds the write lock
while the second runs a transaction that reads before it writes (as every
edit and every import does).  A deferred transaction would read an old
snapshot and then fail at once with "database is locked" when the first
commits; an IMMEDIATE one waits for the lock and then sees the other's rows.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from annotator import services
from annotator.model import Document, ProjectBusyError
from annotator.store import Project

TEXT = "Министр иностранных дел заявил, что стороны продолжат консультации по двусторонней повестке."


def hold_write_lock(project_path: Path, seconds: float, started: threading.Event) -> None:
    with Project.open(project_path, create=False) as holder:
        with holder.atomic():
            holder.set_setting("holder", "writing")
            started.set()
            time.sleep(seconds)


def test_a_writer_that_reads_first_waits_for_the_other_writer_and_succeeds(project_path: Path) -> None:
    with services.open_project(project_path) as project:
        doc_id = project.add_document(Document(text=TEXT, title="Консультации"))
    started = threading.Event()
    holder = threading.Thread(target=hold_write_lock, args=(project_path, 0.6, started))
    holder.start()
    try:
        started.wait(5)
        with Project.open(project_path, create=False, busy_timeout=10) as project:
            with project.atomic():
                before = project.document(doc_id).title  # a read before the write
                project.update_document_meta(doc_id, source=f"МИД ({before})")
            assert project.setting("holder") == "writing", "it waited for the other commit"
            assert project.document(doc_id).source == "МИД (Консультации)"
    finally:
        holder.join()


def test_a_writer_kept_out_longer_than_the_timeout_is_told_the_project_is_busy(project_path: Path) -> None:
    with services.open_project(project_path) as project:
        doc_id = project.add_document(Document(text=TEXT, title="Консультации"))
    started = threading.Event()
    holder = threading.Thread(target=hold_write_lock, args=(project_path, 1.5, started))
    holder.start()
    try:
        started.wait(5)
        with Project.open(project_path, create=False, busy_timeout=0.2) as project:
            with pytest.raises(ProjectBusyError) as refused:
                project.update_document_meta(doc_id, source="МИД")
    finally:
        holder.join()
    message = str(refused.value)
    assert str(project_path) in message and "the project is busy" in message and "0.2 s" in message
    with Project.open(project_path, create=False) as project:
        assert project.document(doc_id).source == "", "nothing of the refused write is in the file"
        assert project.integrity_check() == "ok"


def test_the_busy_timeout_comes_from_the_environment(project_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATOR_BUSY_TIMEOUT", "2.5")
    with services.open_project(project_path) as project:
        assert project.db.busy_timeout == 2.5


def test_an_import_into_a_busy_project_reports_what_was_not_imported(project_path: Path, tmp_path: Path) -> None:
    services.open_project(project_path).close()
    folder = tmp_path / "inbox"
    folder.mkdir()
    for number in range(3):
        (folder / f"{number}.txt").write_text(f"Заявление {number}\n{TEXT}", encoding="utf-8")
    started = threading.Event()
    holder = threading.Thread(target=hold_write_lock, args=(project_path, 1.5, started))
    holder.start()
    try:
        started.wait(5)
        with Project.open(project_path, create=False, busy_timeout=0.2) as project:
            report = services.import_paths(project, [folder], analyze=False)
    finally:
        holder.join()
    assert not report.ok and report.document_count == 0
    [(_, why)] = report.failures
    assert "the project is busy" in why and "3 file(s) not imported" in why and "again" in why
    with Project.open(project_path, create=False) as project:
        assert project.document_count() == 0
