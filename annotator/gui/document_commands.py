"""Undoable changes to whole documents: add (paste), delete, edit metadata.

A deleted document is kept as a snapshot of its rows (text, spans, relations,
tags) and put back under the same ids on undo, so every older command on the
stack still finds what it refers to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from annotator.model import AnnotatorError, ProjectBusyError
from annotator.store import Project

Snapshot = dict[str, list[dict[str, Any]]]


class DocumentCommand(QUndoCommand):
    """Base: ``changed(doc_id)`` tells the window to reload the list and show that document."""

    def __init__(self, project: Callable[[], Project], text: str, changed: Callable[[int | None], None],
                 report_error: Callable[[str], None]) -> None:
        super().__init__(text)
        self._project = project
        self._changed = changed
        self._report_error = report_error
        self._done_once = False
        # The session's failure protocol (see commands.EditCommand): a failed
        # undo/redo sets ``failed`` and the session steps the stack back.
        self.error = ""
        self.failed = False
        self.skip_next = False

    def redo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        try:
            shown = self._do(first=not self._done_once)
        except Exception as exc:  # not saved, whatever the reason: keep no phantom on the stack
            self.error = describe_error(exc, self._project)
            if not self._done_once:
                self._report_error(self.error)
                self.setObsolete(True)
            else:
                self.failed = True
            return
        self._done_once = True
        self._changed(shown)

    def undo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        try:
            shown = self._undo()
        except Exception as exc:
            self.error = describe_error(exc, self._project)
            self.failed = True
            return
        self._changed(shown)


def describe_error(exc: BaseException, project: Callable[[], Project]) -> str:
    """The same words as AnnotationSession.describe_error (one translation)."""
    from PySide6.QtCore import QCoreApplication

    if isinstance(exc, ProjectBusyError):
        return QCoreApplication.translate(
            "AnnotationSession",
            "The project is busy: another annotator process (an import, another window) "
            "kept it locked for more than {seconds} s. The edit was not saved; try again "
            "in a moment.",
        ).format(seconds=f"{project().db.busy_timeout:g}")
    if isinstance(exc, AnnotatorError):
        return str(exc)
    return QCoreApplication.translate(
        "AnnotationSession", "The edit could not be saved ({error}); the project file is unchanged."
    ).format(error=f"{type(exc).__name__}: {exc}")

    def _do(self, *, first: bool) -> int | None:
        raise NotImplementedError

    def _undo(self) -> int | None:
        raise NotImplementedError


class AddDocumentCommand(DocumentCommand):
    """Wraps a document already stored (a paste): undo deletes it, redo puts it back."""

    def __init__(self, doc_id: int, *args: Any) -> None:
        super().__init__(*args)
        self.doc_id = doc_id
        self._snapshot: Snapshot | None = None

    def _do(self, *, first: bool) -> int | None:
        if not first and self._snapshot is not None:
            self._project().restore_document(self._snapshot)
        return self.doc_id

    def _undo(self) -> int | None:
        project = self._project()
        self._snapshot = project.document_snapshot(self.doc_id)
        project.delete_document(self.doc_id)
        return None


class DeleteDocumentsCommand(DocumentCommand):
    def __init__(self, doc_ids: list[int], *args: Any) -> None:
        super().__init__(*args)
        self.doc_ids = list(doc_ids)
        self._snapshots: list[Snapshot] = []

    def _do(self, *, first: bool) -> int | None:
        project = self._project()
        snapshots = [project.document_snapshot(doc_id) for doc_id in self.doc_ids]
        with project.atomic():
            for doc_id in self.doc_ids:
                project.delete_document(doc_id)
        self._snapshots = snapshots
        return None

    def _undo(self) -> int | None:
        project = self._project()
        with project.atomic():
            for snapshot in self._snapshots:
                project.restore_document(snapshot)
        return self.doc_ids[0] if self.doc_ids else None


class EditMetadataCommand(DocumentCommand):
    def __init__(self, doc_id: int, before: dict[str, str], after: dict[str, str], *args: Any) -> None:
        super().__init__(*args)
        self.doc_id = doc_id
        self.before = before
        self.after = after

    def _do(self, *, first: bool) -> int | None:
        self._project().update_document_meta(self.doc_id, **self.after)
        return self.doc_id

    def _undo(self) -> int | None:
        self._project().update_document_meta(self.doc_id, **self.before)
        return self.doc_id
