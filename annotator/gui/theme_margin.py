"""Left margin of the text view: one coloured bar per theme tag on a span.

Accepted tags are solid bars in the theme's colour; suggested ones are
hatched.  Only tags of spans on screen are painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from annotator.gui.names import theme_name
from annotator.gui.session import AnnotationSession
from annotator.model import REJECTED, SUGGESTED

if TYPE_CHECKING:
    from annotator.gui.text_view import AnnotatedTextView

BAR_WIDTH = 5
BAR_GAP = 2
MAX_BARS = 4


class ThemeMargin(QWidget):
    def __init__(self, view: AnnotatedTextView, session: AnnotationSession) -> None:
        super().__init__(view)
        self._view = view
        self._session = session
        self._colours: dict[str, str] = {}
        self._names: dict[str, str] = {}
        session.themes_changed.connect(self._on_themes_changed)
        self._on_themes_changed()

    def preferred_width(self) -> int:
        return 6 + MAX_BARS * (BAR_WIDTH + BAR_GAP)

    def _on_themes_changed(self) -> None:
        themes = self._session.project.themes()
        self._colours = {theme.id: theme.color for theme in themes}
        self._names = {theme.id: theme_name(theme) for theme in themes}
        self.update()

    def bars(self) -> list[tuple[QRect, str, str]]:
        """(rectangle, theme id, status) of every bar on screen."""
        spans = self._session.spans
        tags = [t for t in self._session.tags if t.span_id is not None and t.status != REJECTED]
        if not tags:
            return []
        first, last = self._view.visible_range()
        columns: dict[str, int] = {}
        out = []
        for tag in tags:
            span = spans.get(tag.span_id or 0)
            if span is None or span.end < first or span.start > last:
                continue
            column = columns.setdefault(tag.theme_id, len(columns) % MAX_BARS)
            top = max(0, self._view.span_rect_top(max(span.start, first)))
            bottom = min(self.height(), self._view.span_rect_bottom(min(span.end, last)))
            x = 4 + column * (BAR_WIDTH + BAR_GAP)
            out.append((QRect(x, top, BAR_WIDTH, max(4, bottom - top)), tag.theme_id, tag.status))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#F4F4F4"))
        for rect, theme_id, status in self.bars():
            colour = QColor(self._colours.get(theme_id, "#888888"))
            if status == SUGGESTED:
                painter.fillRect(rect, QBrush(colour, Qt.BrushStyle.Dense5Pattern))
                painter.setPen(colour)
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
            else:
                painter.fillRect(rect, colour)
        painter.end()

    def theme_at(self, y: int) -> list[str]:
        return [self._names.get(theme_id, theme_id) for rect, theme_id, _ in self.bars()
                if rect.top() <= y <= rect.bottom()]

    def event(self, event):  # noqa: ANN001, ANN201
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QToolTip

        if event.type() == QEvent.Type.ToolTip:
            names = self.theme_at(event.pos().y())
            if names:
                QToolTip.showText(event.globalPos(), "\n".join(names), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
