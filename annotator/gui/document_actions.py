"""Whole-document commands of the workbench: paste a new article, edit a
document's properties, delete a document — each undoable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QWidget

from annotator import services
from annotator.formats.pasted import pasted_article
from annotator.gui.document_commands import AddDocumentCommand, DeleteDocumentsCommand, EditMetadataCommand
from annotator.gui.document_dialog import FIELDS, DocumentDialog
from annotator.model import AnnotatorError, Document
from annotator.store import Project


class DocumentActions(QObject):
    """``documents_changed(doc_id or -1)``: reload the list and show that document;
    ``message(text)`` for the status bar; ``error(text)`` for a dialog."""

    documents_changed = Signal(int)
    message = Signal(str)
    error = Signal(str)

    def __init__(self, project: Callable[[], Project], undo_stack: QUndoStack, analyse: Callable[[], bool],
                 parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._project = project
        self._undo_stack = undo_stack
        self._analyse = analyse
        self._parent_widget = parent_widget
        self.dialog: DocumentDialog | None = None

    # -- paste ----------------------------------------------------------------------------

    def paste_from_clipboard(self) -> DocumentDialog | None:
        mime = QGuiApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else ""
        html = mime.html() if mime is not None and mime.hasHtml() else ""
        try:
            document = pasted_article(text, html)
        except AnnotatorError as exc:
            self.error.emit(self.tr("Nothing to paste: {reason}").format(reason=exc))
            return None
        existing = self._project().find_duplicate(document.text)
        if existing is not None:
            self.error.emit(self.tr("This article is already in the project (document {id}).").format(id=existing))
            self.documents_changed.emit(existing)
            return None
        dialog = DocumentDialog(document, preview=True, parent=self._parent_widget)
        dialog.accepted.connect(lambda: self._store_pasted(document, dialog.values()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _store_pasted(self, document: Document, values: dict[str, str]) -> None:
        for name, value in values.items():
            setattr(document, name, value)
        try:
            doc_id = services.add_document(self._project(), document, analyze=self._analyse())
        except AnnotatorError as exc:
            self.error.emit(str(exc))
            return
        self._undo_stack.push(AddDocumentCommand(doc_id, self._project, self.tr("New document “{title}”")
                                                 .format(title=document.title), self._on_changed, self.error.emit))
        self.message.emit(self.tr("Document “{title}” added").format(title=document.title))

    # -- properties -----------------------------------------------------------------------

    def edit_properties(self, doc_id: int | None) -> DocumentDialog | None:
        if doc_id is None:
            return None
        document = self._project().document(doc_id)
        dialog = DocumentDialog(document, preview=False, parent=self._parent_widget)
        before = {name: str(getattr(document, name) or "") for name in FIELDS}
        dialog.accepted.connect(lambda: self._store_properties(doc_id, before, dialog.values()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _store_properties(self, doc_id: int, before: dict[str, str], after: dict[str, str]) -> None:
        if after == before:
            return
        self._undo_stack.push(EditMetadataCommand(doc_id, before, after, self._project,
                                                  self.tr("Edit document properties"), self._on_changed,
                                                  self.error.emit))
        self.message.emit(self.tr("Document properties saved"))

    # -- delete ---------------------------------------------------------------------------

    def delete(self, doc_id: int | None) -> None:
        if doc_id is None:
            return
        title = self._project().document(doc_id).title
        self._undo_stack.push(DeleteDocumentsCommand([doc_id], self._project,
                                                     self.tr("Delete document “{title}”").format(title=title),
                                                     self._on_changed, self.error.emit))
        self.message.emit(self.tr("Document “{title}” deleted with its annotations (Ctrl+Z brings it back)")
                          .format(title=title))

    def _on_changed(self, doc_id: int | None) -> None:
        self.documents_changed.emit(-1 if doc_id is None else doc_id)
