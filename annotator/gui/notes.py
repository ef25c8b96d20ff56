"""Comments on annotations and memos on documents: the keys, the dialog, the undo command.

A comment is part of its span (undone like any span edit); a memo is a
field of the document.  Both show in the status bar and the annotation's
tooltip, and travel with exports (docs/WORKBENCH.md, "Comments and memos").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from annotator import editing
from annotator.gui.commands import EditCommand
from annotator.gui.note_dialog import NoteDialog
from annotator.gui.session import AnnotationSession
from annotator.gui.text_view import AnnotatedTextView


class MemoCommand(EditCommand):
    """Set a document's memo; ``on_changed`` tells the views."""

    touches_document = False

    def __init__(self, session: AnnotationSession, text: str, doc_id: int, memo: str,
                 on_changed: Callable[[], None]) -> None:
        super().__init__(session, text, doc_id)
        self._memo, self._on_changed = memo, on_changed
        self._before = ""

    def _do(self, *, first: bool) -> None:
        before = editing.set_memo(self.session.project, self.doc_id or 0, self._memo)
        if first:
            self._before = before
        self._show(self._memo.strip())

    def _undo(self) -> None:
        editing.set_memo(self.session.project, self.doc_id or 0, self._before)
        self._show(self._before)

    def _show(self, memo: str) -> None:
        if self.session.document is not None and self.session.doc_id == self.doc_id:
            self.session.document.memo = memo
        self._on_changed()


class NoteEditor(QObject):
    """M edits the comment of the annotation at the cursor, Ctrl+M the document's memo."""

    message = Signal(str)
    memo_changed = Signal()

    def __init__(self, session: AnnotationSession, view: AnnotatedTextView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.dialog: NoteDialog | None = None

    def connect_actions(self, actions: dict[str, QAction]) -> None:
        actions["comment"].triggered.connect(self.edit_comment)
        actions["document_memo"].triggered.connect(self.edit_memo)
        self.view.addAction(actions["comment"])

    def _open(self, title: str, prompt: str, text: str, save: Callable[[str], None]) -> None:
        window: QWidget = self.view.window()
        dialog = NoteDialog(title, prompt, text, window)
        dialog.note_chosen.connect(save)
        self.dialog = dialog
        dialog.open()

    def edit_comment(self) -> None:
        span = self.view.current_span()
        if span is None:
            self.message.emit(self.tr("No annotation at the cursor (Ctrl+M writes a memo on the document)"))
            return
        span_id = span.id or 0
        excerpt = " ".join(self.session.span_text(span).split())[:80]
        self._open(self.tr("Comment"), self.tr("Comment on «{text}»:").format(text=excerpt), span.comment,
                   lambda text: self._save_comment(span_id, text))

    def _save_comment(self, span_id: int, text: str) -> None:
        span = self.session.spans.get(self.session.current_id(span_id))
        if span is None or span.comment == text.strip():
            return
        if self.session.set_comment(span.id or 0, text):
            self.message.emit(self.tr("Comment saved") if text.strip() else self.tr("Comment removed"))

    def edit_memo(self) -> None:
        document = self.session.document
        if document is None:
            return
        doc_id = document.id or 0
        self._open(self.tr("Document memo"), self.tr("Memo on «{title}»:").format(title=document.title),
                   document.memo, lambda text: self._save_memo(doc_id, text))

    def _save_memo(self, doc_id: int, text: str) -> None:
        document = self.session.document
        if document is None or document.id != doc_id or document.memo == text.strip():
            return
        command = MemoCommand(self.session, self.tr("Document memo"), doc_id, text, self.memo_changed.emit)
        self.session.undo_stack.push(command)
        if command.error:
            self.session.report_error(command.error)
            return
        self.message.emit(self.tr("Memo saved") if text.strip() else self.tr("Memo removed"))
