"""A small editor for a comment on an annotation or a memo on a document.

Enter adds a line; Ctrl+Enter saves (as does the OK button); Esc leaves the
note as it was.  An empty note removes it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class NoteDialog(QDialog):
    """Emits ``note_chosen(text)`` when saved."""

    note_chosen = Signal(str)

    def __init__(self, title: str, prompt: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_dialog")
        self.setWindowTitle(title)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("note_text")
        self.editor.setPlainText(text)
        self.editor.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt, self))
        layout.addWidget(self.editor, 1)
        layout.addWidget(QLabel(self.tr("Ctrl+Enter saves; an empty note is removed."), self))
        layout.addWidget(self.buttons)
        self.resize(480, 260)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        super().showEvent(event)
        self.activateWindow()
        self.editor.setFocus()
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def accept(self) -> None:
        text = self.editor.toPlainText()
        super().accept()
        self.note_chosen.emit(text)

    def done(self, result: int) -> None:
        super().done(result)
        parent = self.parentWidget()
        if parent is not None:
            parent.activateWindow()
