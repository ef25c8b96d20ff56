"""In Russian, every window and dialog shows Russian: no visible string in Latin
letters only, except names (formats, tools, keys, the product's name)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from annotator import services

LATIN = re.compile(r"[A-Za-z]")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# Names that stay as they are in a Russian interface.
NAMES = {
    "annotator", "jsonl", "csv", "brat", "conll", "doccano", "labelstudio", "label studio", "qdpx", "refi-qda",
    "ok", "url", "https", "http", "www", "utf", "utf-8", "html", "txt", "docx", "json", "xml", "bom", "excel",
    "ctrl", "shift", "alt", "del", "backspace", "enter", "return", "tab", "esc", "pgdown", "pgup", "f1", "f3",
    "qualcoder", "atlas", "ti", "maxqda", "nvivo", "conll-2003", "bio", "md", "text", "htm", "ndjson",
    "yyyy", "mm", "dd", "png", "svg", "pdf", "ru", "en", "id", "tester", "english", "rrggbb",
}
SHORTCUT = re.compile(r"^[A-Za-z0-9+,.\- ]+$")


def _latin_only(text: str) -> bool:
    text = text.replace("&", "").strip()
    if text.startswith(("/", "~")) or re.match(r"^[A-Za-z]:\\", text):
        return False  # a file path
    if not text or not LATIN.search(text) or CYRILLIC.search(text):
        return False
    words = [w for w in re.split(r"[^A-Za-z0-9\-]+", text.lower()) if w and LATIN.search(w)]
    if all(w in NAMES or len(w) == 1 for w in words):
        return False  # a name, a format, a key
    return not (SHORTCUT.match(text) and any(k in text for k in ("Ctrl", "Shift", "Alt", "F1", "Del")))


def _visible_strings(widget: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = [("window title", widget.windowTitle())]
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        name = f"{type(child).__name__}:{child.objectName()}"
        if isinstance(child, (QLabel, QAbstractButton)):
            found.append((name, child.text()))
        if isinstance(child, (QLineEdit, QPlainTextEdit)):
            found.append((name + " placeholder", child.placeholderText()))
        if isinstance(child, QGroupBox):
            found.append((name, child.title()))
        if isinstance(child, QDockWidget):
            found.append((name, child.windowTitle()))
        if isinstance(child, QComboBox):
            found += [(name, child.itemText(i)) for i in range(child.count())]
        if isinstance(child, QTabWidget):
            found += [(name, child.tabText(i)) for i in range(child.count())]
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            from PySide6.QtCore import QModelIndex, Qt

            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # list models keep columnCount private
                columns = 1
            found += [(name + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(columns)]
        if child.toolTip():
            found.append((name + " tooltip", child.toolTip()))
    return found


def _menu_strings(menu: QMenu, path: str = "") -> list[tuple[str, str]]:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append((f"menu {path}", action.text().split("\t")[0]))
        if action.menu() is not None:
            found += _menu_strings(action.menu(), path + "/" + action.text())
    return found


@pytest.fixture
def russian_window(qtbot, gui_project_path):
    from annotator.gui.app import install_translations
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Preferences

    app = QApplication.instance()
    assert install_translations(app, "ru")
    prefs = Preferences()
    prefs.set_language("ru")
    prefs.set_analyse_on_import(False)
    window = MainWindow(services.open_project(gui_project_path), prefs, "ru")
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.project.close()
    install_translations(app, "en")


def _problems(strings: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted({(where, text) for where, text in strings if _latin_only(text)})


def test_the_main_window_and_its_menus_are_russian(russian_window) -> None:
    window = russian_window
    strings = _visible_strings(window)
    for action in window.menuBar().actions():
        strings.append(("menu bar", action.text()))
        strings += _menu_strings(action.menu(), action.text())
    for menu in window.findChildren(QMenu):
        menu.aboutToShow.emit()  # fills the export and import entries with descriptions
        strings += _menu_strings(menu, menu.title())
    problems = _problems(strings)
    assert problems == [], "\n".join(map(repr, problems))


def _dialogs(window, tmp_path):
    from annotator.services import ImportReport

    window.show_preferences()
    yield window.dialog
    window.show_help()
    yield window.dialog
    window.show_taxonomy_editor()
    yield window.dialog
    window.document_actions.edit_properties(1)
    yield window.document_actions.dialog
    report = ImportReport(imported=[("a.txt", 1)], failures=[("b.txt", "b.txt: empty")],
                          duplicates=[("c.txt", "same text")], files_total=3)
    window._on_import_finished(report)
    yield window.dialog
    _set_clipboard("Заголовок\nМинистр сообщил, что визит состоится в мае.")
    window.actions["paste_document"].trigger()
    yield window.document_actions.dialog
    window.menus["export"].aboutToShow.emit()
    for format_name in ("csv", "doccano", "labelstudio"):
        window.findChild(type(window.actions["undo"]), f"export_{format_name}").trigger()
        yield window.dialog
    window.open_document(1)
    window.notes.edit_memo()
    yield window.notes.dialog
    quote = next(s for s in window.session.spans.values() if s.label == "QUOTE")
    window.text_view.set_current_span(quote.id, move_cursor=True)
    window.actions["link_speaker"].trigger()
    yield window.controller.speaker_chooser
    from annotator.gui.team_menu import show_adjudication, show_statistics
    from annotator.gui.welcome_dialog import WelcomeDialog

    show_statistics(window)
    yield window.dialog
    show_adjudication(window)
    yield window.dialog
    yield WelcomeDialog(window.prefs, window.project.path, 3, window)


def _set_clipboard(text: str) -> None:
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)


def test_every_dialog_is_russian(russian_window, qtbot, tmp_path) -> None:
    problems = []
    for dialog in _dialogs(russian_window, tmp_path):
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += [(type(dialog).__name__, *item) for item in _problems(_visible_strings(dialog))]
        dialog.close()
    assert problems == [], "\n".join(map(repr, problems))


def test_qt_own_dialog_buttons_are_russian(russian_window) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    texts = [button.text().replace("&", "") for button in box.buttons()]
    assert all(CYRILLIC.search(text) for text in texts), texts
