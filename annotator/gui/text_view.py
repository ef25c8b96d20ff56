"""The article with its annotations highlighted; selection, hover and clicks.

Highlights are ``ExtraSelection``s, one per span, cached by span id: an edit
rebuilds only the selections of the spans it touched.  Every position handed
to Qt goes through the session's :class:`annotator.text.Utf16Map`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QMouseEvent, QPalette, QResizeEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from annotator.gui import span_styles
from annotator.gui.names import display_name
from annotator.gui.session import AnnotationSession
from annotator.gui.shortcuts import SPECS
from annotator.gui.theme_margin import ThemeMargin
from annotator.model import QUOTE, REJECTED, SPEAKER, Span

ExtraSelection = QTextEdit.ExtraSelection
# Characters before and after the visible text whose spans are highlighted.
WINDOW_PAD = 30_000


class AnnotatedTextView(QPlainTextEdit):
    """Emits ``current_span_changed(span_id or 0)`` and ``link_target_clicked(span_id)``."""

    current_span_changed = Signal(int)
    link_target_clicked = Signal(int)
    link_mode_changed = Signal(bool)

    def __init__(self, session: AnnotationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.show_rejected = False
        self.current_span_id = 0
        self._hover_span_id = 0
        self._link_mode = False
        # True from opening a document until the cursor first moves.
        self.just_opened = False
        self._span_selections: dict[int, tuple[tuple[int, int, int], ExtraSelection]] = {}
        self._ordered: list[ExtraSelection] | None = None
        self._window = (0, -1)
        self._setup_ui()
        session.document_loaded.connect(self._on_document_loaded)
        session.spans_changed.connect(self._on_spans_changed)
        session.relations_changed.connect(self._refresh_focus)
        session.tags_changed.connect(self.margin.update)
        session.themes_changed.connect(self.margin.update)

    def _setup_ui(self) -> None:
        self.setObjectName("text_view")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        font = QFont(self.font())
        font.setPointSize(max(font.pointSize(), 12))
        self.setFont(font)
        self.document().setDocumentMargin(14)
        palette = self.palette()
        # The text cursor's selection must stay visible over coloured highlights.
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#3D3D3D"))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
        self.setPalette(palette)
        self.margin = ThemeMargin(self, self.session)
        self.setViewportMargins(self.margin.preferred_width(), 0, 0, 0)
        self.cursorPositionChanged.connect(self._on_cursor_position_changed)
        self.updateRequest.connect(self._on_update_request)

    # -- positions -------------------------------------------------------------------

    def qt_position(self, offset: int) -> int:
        return self.session.utf16.to_utf16(offset)

    def text_offset(self, position: int) -> int:
        return self.session.utf16.from_utf16(position)

    def selection_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.text_offset(cursor.selectionStart()), self.text_offset(cursor.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.qt_position(start))
        cursor.setPosition(self.qt_position(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def offset_at(self, point: QPoint) -> int:
        return self.text_offset(self.cursorForPosition(point).position())

    def span_rect_top(self, offset: int) -> int:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.qt_position(offset))
        return self.cursorRect(cursor).top()

    def span_rect_bottom(self, offset: int) -> int:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.qt_position(offset))
        return self.cursorRect(cursor).bottom()

    def visible_range(self) -> tuple[int, int]:
        top = self.text_offset(self.cursorForPosition(QPoint(0, 0)).position())
        corner = QPoint(self.viewport().width(), self.viewport().height())
        bottom = self.text_offset(self.cursorForPosition(corner).position())
        return top, bottom

    # -- the current span ----------------------------------------------------------------

    def set_current_span(self, span_id: int, *, move_cursor: bool = False) -> None:
        if move_cursor:
            self.just_opened = False
        span = self.session.spans.get(span_id)
        if span is None:
            span_id = 0
        if move_cursor and span is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.qt_position(span.start))
            self.blockSignals(True)
            self.setTextCursor(cursor)
            self.blockSignals(False)
            self.ensureCursorVisible()
        if span_id != self.current_span_id:
            self.current_span_id = span_id
            self._refresh_focus()
            self.current_span_changed.emit(span_id)

    def current_span(self) -> Span | None:
        return self.session.spans.get(self.current_span_id)

    def set_show_rejected(self, show: bool) -> None:
        self.show_rejected = show
        self._rebuild_all()

    # -- link mode -------------------------------------------------------------------------

    def set_link_mode(self, on: bool) -> None:
        self._link_mode = on
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.IBeamCursor)
        self.link_mode_changed.emit(on)

    @property
    def link_mode(self) -> bool:
        return self._link_mode

    # -- highlighting ------------------------------------------------------------------------

    def _on_document_loaded(self) -> None:
        # Drop the old highlights first: every live QTextCursor would otherwise
        # be adjusted while the document text is replaced.
        self.setExtraSelections([])
        self._span_selections.clear()
        self._ordered = None
        self._window = (0, -1)
        self.current_span_id = 0
        self._hover_span_id = 0
        self.setPlainText(self.session.text)
        self._rebuild_all()
        # The cursor rests at the start: the annotation there is the current
        # one and the status bar says so.  Until the analyst moves, N still
        # counts it as not yet visited (see ``just_opened``).
        at_start = self.session.spans_at(0)
        self.current_span_id = at_start[0].id or 0 if at_start else 0
        self._apply()
        self.just_opened = True
        self.current_span_changed.emit(self.current_span_id)

    def _rebuild_all(self) -> None:
        """Highlight the spans around what is on screen (a window of the text).

        A 1 MB article may carry thousands of spans; only those near the
        visible range get a selection, and scrolling moves the window.
        """
        self.setExtraSelections([])
        self._span_selections = {}
        self._window = (0, -1)
        self._ensure_window()
        self._apply()

    def _ensure_window(self) -> bool:
        """Materialise the spans near the visible range; True if the window moved."""
        first, last = self.visible_range()
        lo, hi = self._window
        if lo <= first and last <= hi and hi >= lo:
            return False
        lo, hi = max(0, first - WINDOW_PAD), last + WINDOW_PAD
        self._window = (lo, hi)
        keep = {}
        for span in self.session.spans.values():
            if span.start < hi and span.end > lo:
                span_id = span.id or 0
                if span_id in self._span_selections:
                    keep[span_id] = self._span_selections[span_id]
                else:
                    item = self._selection_for(span)
                    if item is not None:
                        keep[span_id] = item
        self._span_selections = keep
        self._ordered = None
        return True

    def _in_window(self, span: Span) -> bool:
        lo, hi = self._window
        return span.start < hi and span.end > lo

    def _selection_for(self, span: Span) -> tuple[tuple[int, int, int], ExtraSelection] | None:
        if span.status == REJECTED and not self.show_rejected:
            return None
        selection = ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.qt_position(span.start))
        cursor.setPosition(self.qt_position(span.end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = span_styles.span_format(span.label, span.status)
        return (span_styles.layer(span.label), span.start, -span.end), selection

    def _add_selection(self, span: Span) -> None:
        item = self._selection_for(span) if self._in_window(span) else None
        if item is None:
            self._span_selections.pop(span.id or 0, None)
        else:
            self._span_selections[span.id or 0] = item

    def _on_spans_changed(self, span_ids: list[int]) -> None:
        for span_id in span_ids:
            span = self.session.spans.get(span_id)
            if span is None:
                self._span_selections.pop(span_id, None)
            else:
                self._add_selection(span)
        if self.current_span_id and self.current_span_id not in self.session.spans:
            self.current_span_id = 0
            self.current_span_changed.emit(0)
        elif self.current_span_id in span_ids:
            self.current_span_changed.emit(self.current_span_id)
        self._ordered = None
        self._apply()
        self.margin.update()

    def _refresh_focus(self) -> None:
        self._apply()

    def _focus_selections(self) -> list[ExtraSelection]:
        chosen = self.current_span_id or self._hover_span_id
        span = self.session.spans.get(chosen)
        if span is None:
            return []
        partners: list[int] = []
        if span.label == QUOTE:
            partners = self.session.speakers_of(span.id or 0)
        elif span.label == SPEAKER:
            partners = self.session.quotes_of(span.id or 0)
        out = [self._plain_selection(self.session.spans[p], span_styles.partner_format())
               for p in partners if p in self.session.spans]
        if self.current_span_id:
            out.append(self._plain_selection(span, span_styles.focus_format(span.label)))
        return out

    def _plain_selection(self, span: Span, fmt: object) -> ExtraSelection:
        selection = ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.qt_position(span.start))
        cursor.setPosition(self.qt_position(span.end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _apply(self) -> None:
        if self._ordered is None:
            items = sorted(self._span_selections.values(), key=lambda item: item[0])
            self._ordered = [selection for _, selection in items]
        self.setExtraSelections(self._ordered + self._focus_selections())

    # -- events ---------------------------------------------------------------------------------

    def _on_cursor_position_changed(self) -> None:
        self.just_opened = False
        cursor = self.textCursor()
        if cursor.hasSelection():
            return
        spans = self.session.spans_at(self.text_offset(cursor.position()))
        self.set_current_span(spans[0].id or 0 if spans else 0)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._link_mode and event.button() == Qt.MouseButton.LeftButton:
            offset = self.offset_at(event.position().toPoint())
            speakers = [s for s in self.session.spans_at(offset) if s.label == SPEAKER]
            if speakers:
                self.link_target_clicked.emit(speakers[0].id or 0)
                self.set_link_mode(False)
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        if event.buttons() != Qt.MouseButton.NoButton:
            return
        spans = self.session.spans_at(self.offset_at(event.position().toPoint()))
        hovered = spans[0].id or 0 if spans else 0
        if hovered != self._hover_span_id:
            self._hover_span_id = hovered
            if not self.current_span_id:
                self._apply()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            point = self.viewport().mapFromGlobal(event.globalPos())  # type: ignore[attr-defined]
            spans = self.session.spans_at(self.offset_at(point))
            if spans:
                QToolTip.showText(event.globalPos(), self.describe(spans[0]), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def describe(self, span: Span) -> str:
        """One line about a span: label, status, kind, speaker, annotator."""
        parts = [display_name(span.label), display_name(span.status)]
        if span.label == QUOTE:
            parts.append(display_name(span.attrs.get("kind", "direct")))
            speakers = [self.session.spans.get(sid) for sid in self.session.speakers_of(span.id or 0)]
            names = [self.session.span_text(s) for s in speakers if s is not None]
            if names:
                parts.append(self.tr("said by {names}").format(names=", ".join(names)))
        if span.annotator:
            parts.append(span.annotator)
        if span.comment:
            parts.append(self.tr("comment: {text}").format(text=" ".join(span.comment.split())[:120]))
        return " · ".join(parts)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if not self.textCursor().hasSelection():
            # Right-click acts on what is under the mouse, as a left click would.
            self.setTextCursor(self.cursorForPosition(event.pos()))
        menu = QMenu(self)
        group = None
        for action in self.actions():
            spec = SPECS.get(action.objectName().removeprefix("action_"))
            if spec is not None and group is not None and spec.group != group:
                menu.addSeparator()
            group = spec.group if spec is not None else group
            menu.addAction(action)
        menu.exec(event.globalPos())

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        self._hover_span_id = 0
        if not self.current_span_id:
            self._apply()
        super().leaveEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.key() == Qt.Key.Key_Escape and self._link_mode:
            self.set_link_mode(False)
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        rect = self.contentsRect()
        self.margin.setGeometry(rect.left(), rect.top(), self.margin.preferred_width(), rect.height())
        if self._ensure_window():
            self._apply()

    def _on_update_request(self, _rect: object, dy: int) -> None:
        if dy:
            self.margin.scroll(0, dy)
            if self._ensure_window():
                self._apply()
        self.margin.update()
