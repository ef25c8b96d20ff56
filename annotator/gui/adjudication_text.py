"""The adjudicated document: every annotator's version layered in their colour.

Each annotator's spans are underlined in the annotator's colour (a different
line style each, so overlapping versions stay apart); the gold layer has a
pale green background; the item being settled a yellow one.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from annotator.text import Utf16Map

# Okabe–Ito, colour-blind safe; one per annotator, in order.
ANNOTATOR_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
GOLD_BACKGROUND = "#D8F0D8"
CURRENT_BACKGROUND = "#F0E442"
UNDERLINES = [
    QTextCharFormat.UnderlineStyle.SingleUnderline,
    QTextCharFormat.UnderlineStyle.DashUnderline,
    QTextCharFormat.UnderlineStyle.DotLine,
    QTextCharFormat.UnderlineStyle.WaveUnderline,
]


def annotator_colour(index: int) -> str:
    return ANNOTATOR_COLOURS[index % len(ANNOTATOR_COLOURS)]


class LayeredTextView(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjudication_text")
        self.setReadOnly(True)
        self.setTextInteractionFlags(self.textInteractionFlags())
        self.utf16 = Utf16Map("")

    def set_document(self, text: str) -> None:
        self.utf16 = Utf16Map(text)
        self.setPlainText(text)

    def selection_range(self) -> tuple[int, int] | None:
        """The selected text as code-point offsets, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.utf16.from_utf16(cursor.selectionStart()), self.utf16.from_utf16(cursor.selectionEnd())

    def show_layers(self, layers: list[list[tuple[int, int]]], gold: list[tuple[int, int]],
                    current: tuple[int, int] | None) -> None:
        """``layers[i]`` holds annotator i's spans; ``current`` the item being settled."""
        selections = []
        for start, end in gold:
            selections.append(self._selection(start, end, background=GOLD_BACKGROUND))
        if current is not None:
            selections.append(self._selection(*current, background=CURRENT_BACKGROUND))
        for index, spans in enumerate(layers):
            for start, end in spans:
                selections.append(self._selection(start, end, underline=index))
        self.setExtraSelections(selections)
        if current is not None:
            cursor = self.textCursor()
            cursor.setPosition(self.utf16.to_utf16(current[0]))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def _selection(self, start: int, end: int, *, background: str | None = None,
                   underline: int | None = None) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.utf16.to_utf16(start))
        cursor.setPosition(self.utf16.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        if background is not None:
            fmt.setBackground(QColor(background))
        if underline is not None:
            fmt.setUnderlineStyle(UNDERLINES[underline % len(UNDERLINES)])
            fmt.setUnderlineColor(QColor(annotator_colour(underline)))
            fmt.setFontUnderline(True)
        selection.format = fmt
        return selection
