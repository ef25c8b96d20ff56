"""Find in the current document (Ctrl+F, F3 / Shift+F3)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QToolButton, QWidget


class FindBar(QWidget):
    def __init__(self, view: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self._setup_ui()
        self.hide()

    def _setup_ui(self) -> None:
        self.field = QLineEdit(self)
        self.field.setObjectName("find_field")
        self.field.setPlaceholderText(self.tr("Find in document"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.find_next)
        self.field.textChanged.connect(self._on_text_changed)
        self.status = QLabel(self)
        previous_button = QToolButton(self)
        previous_button.setText("▲")
        previous_button.setToolTip(self.tr("Find previous (Shift+F3)"))
        previous_button.clicked.connect(self.find_previous)
        next_button = QToolButton(self)
        next_button.setText("▼")
        next_button.setToolTip(self.tr("Find next (F3)"))
        next_button.clicked.connect(self.find_next)
        close_button = QToolButton(self)
        close_button.setText("✕")
        close_button.setToolTip(self.tr("Close (Esc)"))
        close_button.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self.field, 1)
        layout.addWidget(previous_button)
        layout.addWidget(next_button)
        layout.addWidget(self.status)
        layout.addWidget(close_button)

    def open_bar(self) -> None:
        self.show()
        selected = self.view.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 80:
            self.field.setText(selected)
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.view.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def _on_text_changed(self, text: str) -> None:
        cursor = self.view.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.view.setTextCursor(cursor)
        if text:
            self.find_next()
        else:
            self.status.clear()

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, *, backward: bool) -> bool:
        needle = self.field.text()
        if not needle:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        document = self.view.document()
        found = document.find(needle, self.view.textCursor(), flags)
        wrapped = False
        if found.isNull():
            start = QTextCursor(document)
            start.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            found = document.find(needle, start, flags)
            wrapped = True
        if found.isNull():
            self.status.setText(self.tr("not found"))
            self.field.setStyleSheet("background: #FBE3D6;")
            return False
        self.field.setStyleSheet("")
        self.view.setTextCursor(found)
        self.view.centerCursor()
        self.status.setText(self.tr("wrapped around") if wrapped else "")
        return True
