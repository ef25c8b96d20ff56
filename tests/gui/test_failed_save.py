"""An edit that cannot be saved is shown as failed and never stays on the undo stack as done.

Another process holds the project's write lock (an import in progress);
the workbench waits its busy timeout, then says the project is busy — in
Russian too — and leaves the file and the undo stack as they were.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from annotator.model import ACCEPTED, SUGGESTED
from annotator.store import Project


class LockHolder:
    """Another writer: holds the write lock until released."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._release = threading.Event()
        self._holding = threading.Event()
        self._thread = threading.Thread(target=self._hold)

    def _hold(self) -> None:
        with Project.open(self._path, create=False) as other:
            with other.atomic():
                other.set_setting("other writer", "busy")
                self._holding.set()
                self._release.wait(30)

    def __enter__(self) -> LockHolder:
        self._thread.start()
        assert self._holding.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        self._release.set()
        self._thread.join()


@pytest.fixture
def short_wait(window):
    window.project.db.busy_timeout = 0.2
    window.project.db.execute("PRAGMA busy_timeout=200")


def first_suggestion(window):
    window.session.load(window.project.document_ids()[0])
    return next(s for s in window.session.spans.values() if s.status == SUGGESTED)


def test_an_edit_on_a_busy_project_is_reported_and_leaves_no_undo_entry(window, gui_project_path, short_wait):
    span = first_suggestion(window)
    errors: list[str] = []
    window.session.error.connect(errors.append)
    with LockHolder(gui_project_path):
        assert window.session.set_status(span.id, ACCEPTED) is False
    assert errors and "busy" in errors[0] and "not saved" in errors[0]
    assert window.session.undo_stack.count() == 0, "no phantom command on the undo stack"
    with Project.open(gui_project_path, create=False) as project:
        assert project.span(span.id).status == SUGGESTED
    # Once the other writer has finished, the same edit saves and undoes normally.
    assert window.session.set_status(span.id, ACCEPTED) is True
    window.session.undo()
    with Project.open(gui_project_path, create=False) as project:
        assert project.span(span.id).status == SUGGESTED


def test_an_undo_that_cannot_be_saved_keeps_the_edit_and_the_stack(window, gui_project_path, short_wait):
    span = first_suggestion(window)
    assert window.session.set_status(span.id, ACCEPTED)
    errors: list[str] = []
    window.session.error.connect(errors.append)
    with LockHolder(gui_project_path):
        window.session.undo()
    assert errors and "busy" in errors[0]
    stack = window.session.undo_stack
    assert (stack.index(), stack.count(), stack.canUndo(), stack.canRedo()) == (1, 1, True, False)
    with Project.open(gui_project_path, create=False) as project:
        assert project.span(span.id).status == ACCEPTED, "the edit is still in the file, as the stack says"
    window.session.undo()
    with Project.open(gui_project_path, create=False) as project:
        assert project.span(span.id).status == SUGGESTED
    with LockHolder(gui_project_path):
        window.session.redo()
    assert (stack.index(), stack.canRedo()) == (0, True), "a failed redo leaves the edit undone"
    window.session.redo()
    with Project.open(gui_project_path, create=False) as project:
        assert project.span(span.id).status == ACCEPTED


def test_the_busy_message_is_in_russian_in_the_russian_interface(window, gui_project_path, short_wait):
    from PySide6.QtWidgets import QApplication

    from annotator.gui.app import install_translations

    span = first_suggestion(window)
    errors: list[str] = []
    window.session.error.connect(errors.append)
    assert install_translations(QApplication.instance(), "ru")
    try:
        with LockHolder(gui_project_path):
            window.session.set_status(span.id, ACCEPTED)
    finally:
        install_translations(QApplication.instance(), "en")
    assert errors and "Проект занят" in errors[0]
