"""What the status bar says: the annotation at the cursor and what the last command did.

The current annotation's line is rewritten whenever anything it shows may have
changed (its links, its themes, its speaker, its comment), not only when the
cursor moves; undo and redo say which edit they took back or did again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from annotator.gui.review_mode import ReviewMode
from annotator.gui.session import AnnotationSession
from annotator.gui.text_view import AnnotatedTextView

MESSAGE_MS = 5000


class StatusFeedback(QObject):
    """Builds the status bar's widgets; the window fills the annotator and progress ones."""

    def __init__(self, status_bar: QStatusBar, session: AnnotationSession, view: AnnotatedTextView,
                 review_mode: ReviewMode, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status_bar = status_bar
        self.session = session
        self.view = view
        self._setup_widgets()
        review_mode.changed.connect(
            lambda kind: self.review_label.setText("" if kind == "all" else review_mode.describe()))
        view.current_span_changed.connect(self.refresh)
        session.relations_changed.connect(self.refresh)
        session.tags_changed.connect(self.refresh)
        session.entities_changed.connect(self.refresh)
        session.spans_changed.connect(lambda _ids: self.refresh())

    def _setup_widgets(self) -> None:
        bar = self.status_bar
        self.span_label = QLabel(bar)
        self.span_label.setObjectName("current_annotation")
        self.review_label = QLabel(bar)
        self.review_label.setObjectName("review_kind")
        self.annotator_label = QLabel(bar)
        self.status_label = QLabel(bar)
        self.progress_bar = QProgressBar(bar)
        self.progress_bar.setObjectName("project_progress")
        self.progress_bar.setMaximumWidth(180)
        self.progress_bar.setTextVisible(True)
        bar.addWidget(self.span_label, 1)
        for widget in (self.review_label, self.annotator_label, self.status_label, self.progress_bar):
            bar.addPermanentWidget(widget)

    def refresh(self, *_args: object) -> None:
        span = self.view.current_span()
        if span is None:
            memo = self.session.document.memo if self.session.document is not None else ""
            self.span_label.setText(self.tr("Memo: {text}").format(text=" ".join(memo.split())[:120])
                                    if memo else "")
            return
        text = " ".join(self.session.span_text(span)[:60].split())
        self.span_label.setText(f"{text} — {self.view.describe(span)}")

    def show(self, text: str) -> None:
        self.status_bar.showMessage(text, MESSAGE_MS)

    def undo(self, stack: QUndoStack) -> None:
        if not stack.canUndo():
            self.show(self.tr("Nothing to undo"))
            return
        text = stack.undoText()
        if self.session.undo_stack is not stack:
            stack.undo()
        elif not self.session.undo():  # not saved: the session has said why
            return
        self.show(self.tr("Undone: {edit}").format(edit=text))

    def redo(self, stack: QUndoStack) -> None:
        if not stack.canRedo():
            self.show(self.tr("Nothing to redo"))
            return
        text = stack.redoText()
        if self.session.undo_stack is not stack:
            stack.redo()
        elif not self.session.redo():
            return
        self.show(self.tr("Redone: {edit}").format(edit=text))
