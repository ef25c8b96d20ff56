"""A one-line legend drawn with the very formats the text view uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QTextEdit, QWidget

from annotator.gui import span_styles


class Legend(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setObjectName("legend")
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setStyleSheet("background: #FAFAFA;")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        entries = span_styles.legend_entries()
        text = ""
        ranges = []
        for label, status, caption in entries:
            start = len(text)
            text += caption
            ranges.append((start, len(text), label, status))
            text += "   "
        self.setPlainText(text)
        selections = []
        for start, end, label, status in ranges:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = span_styles.legend_format(label, status)
            selections.append(selection)
        self.setExtraSelections(selections)
        self.setFixedHeight(self.fontMetrics().height() * 2 + 10)
        self.setToolTip(self.tr("Suggestions are paler with dashed lines; theme tags are bars in the left margin."))
