"""Test data and helpers for driving the workbench as a user does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator import services
from annotator.model import (
    CUE,
    QUOTE,
    SPEAKER,
    SUGGESTED,
    AnnotatedDocument,
    Document,
    Entity,
    Relation,
    Span,
    ThemeTag,
)
from annotator.store import Project

TEXT_1 = (
    "Министр иностранных дел Сергей Лавров заявил: «Мы готовы к диалогу с партнёрами». "
    "По его словам, переговоры продолжатся.\n\n"
    "Второй абзац рассказывает о торговле и энергетике между странами."
)
TEXT_2 = (
    "Официальный представитель МИД Мария Захарова сообщила, что консультации пройдут в Минске. "
    "«Повестка плотная», – подчеркнула Захарова."
)
TEXT_3 = "Третья статья о повестке саммита ШОС без цитат, зато с 🎉 эмодзи и словом повестку."


def _suggested(doc: Document, spans: list[Span], relations: list[Relation], entities: list[Entity],
               tags: list[ThemeTag]) -> AnnotatedDocument:
    for item in [*spans, *relations, *tags]:
        item.origin, item.status = "auto:1", SUGGESTED
    return AnnotatedDocument(doc, spans, relations, entities, tags)


def build_project(path: Path) -> Project:
    project = services.open_project(path)
    quote_start = TEXT_1.index("Мы готовы")
    quote_end = TEXT_1.index("»")
    speaker_start = TEXT_1.index("Сергей Лавров")
    cue_start = TEXT_1.index("заявил")
    bundle = _suggested(
        Document(text=TEXT_1, title="Лавров о диалоге", date="2026-11-01", source="Пример"),
        [Span(id=1, start=quote_start, end=quote_end, label=QUOTE, attrs={"kind": "direct"}),
         Span(id=2, start=speaker_start, end=speaker_start + len("Сергей Лавров"), label=SPEAKER, entity_id=1),
         Span(id=3, start=cue_start, end=cue_start + len("заявил"), label=CUE)],
        [Relation(source_id=1, target_id=2)],
        [Entity(id=1, name="Сергей Лавров")],
        [ThemeTag(theme_id="bilateral"), ThemeTag(theme_id="economy", span_id=1)],
    )
    project.add_document(bundle.document, annotations=bundle)
    z_start = TEXT_2.index("Мария Захарова")
    z2_start = TEXT_2.rindex("Захарова")
    bundle2 = _suggested(
        Document(text=TEXT_2, title="Захарова о консультациях", date="2026-11-02", source="МИД"),
        [Span(id=1, start=z_start, end=z_start + len("Мария Захарова"), label=SPEAKER, entity_id=1),
         Span(id=2, start=z2_start, end=z2_start + len("Захарова"), label=SPEAKER, entity_id=2)],
        [], [Entity(id=1, name="Мария Захарова"), Entity(id=2, name="Захарова")], [],
    )
    project.add_document(bundle2.document, annotations=bundle2)
    project.add_document(Document(text=TEXT_3, title="Саммит ШОС", date="2026-11-03", source="Лента"))
    return project


def reopen(path: Path) -> Project:
    """A second connection, as another process would see the file."""
    return Project.open(path, create=False)


def press(qtbot, widget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def select(window, start: int, end: int) -> None:
    """Select text the way the keyboard does: put the cursor, then Shift+Right."""
    from PySide6.QtGui import QTextCursor

    view = window.text_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.qt_position(start))
    view.setTextCursor(cursor)
    view.setFocus()
    for _ in range(end - start):
        view.moveCursor(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)


def click_at(qtbot, window, offset: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Click the middle of the character at ``offset`` with the mouse."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QTextCursor

    view = window.text_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.qt_position(offset))
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    left = view.cursorRect(cursor)
    cursor.setPosition(view.qt_position(offset + 1))
    right = view.cursorRect(cursor)
    x = (left.left() + right.left()) // 2 if right.top() == left.top() else left.left() + 3
    point = QPoint(x, left.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, point)


def spans_in_file(path: Path, doc_id: int) -> list[Span]:
    with reopen(path) as project:
        return project.spans(doc_id)


def span_texts(path: Path, doc_id: int, text: str, **where: str) -> list[tuple[str, str, str]]:
    """(text, label, status) of the spans the project file holds for a document."""
    out = []
    for span in spans_in_file(path, doc_id):
        if all(getattr(span, key) == value for key, value in where.items()):
            out.append((text[span.start:span.end], span.label, span.status))
    return out


def type_text(widget, text: str) -> None:
    """Type text key by key (QTest.keyClicks only handles ASCII; analysts type Cyrillic)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def open_window(qtbot, path: Path, *, size: tuple[int, int] = (1440, 900)):
    """The main window on the project at ``path``, as the analyst "tester" with analysis off."""
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Preferences

    prefs = Preferences()
    prefs.set_annotator("tester")
    prefs.set_analyse_on_import(False)
    window = MainWindow(services.open_project(path), prefs)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window
