"""Projects, import with progress and cancel, bad input, preferences, language, help."""

from __future__ import annotations

import sys
from pathlib import Path

from gui_helpers import TEXT_1, press, reopen, select
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from annotator.gui import shortcuts

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _articles(folder: Path, count: int) -> Path:
    folder.mkdir()
    for number in range(count):
        (folder / f"{number:03}.txt").write_text(
            f"Статья номер {number}. Министр заявил: «Переговоры номер {number} прошли успешно».",
            encoding="utf-8")
    return folder


def _wait_import(qtbot, window):
    qtbot.waitUntil(lambda: window.operations.task is None, timeout=20_000)


def test_import_a_folder_from_the_menu_with_progress(qtbot, window, gui_project_path, tmp_path, monkeypatch):
    folder = _articles(tmp_path / "in", 5)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    seen = []
    window.actions["import_folder"].trigger()
    task = window.operations.task
    task.progressed.connect(lambda done, total, label: seen.append((done, total)))
    _wait_import(qtbot, window)
    assert seen and seen[-1] == (5, 5)
    with reopen(gui_project_path) as project:
        assert project.document_count() == 8
    assert window.document_panel.list.table_model.rowCount() == 8
    assert "imported 5 document(s)" in window.last_message


def _slow_reading(monkeypatch):
    """Reading each file takes a while, as it does with large files or analysis on."""
    import time

    from annotator.services import preparing

    original = preparing.read_articles  # read by prepare_file, and by prepare_files in the workers

    def slow(*args, **kwargs):
        time.sleep(0.03)
        return original(*args, **kwargs)

    monkeypatch.setattr(preparing, "read_articles", slow)


def test_cancelling_an_import_keeps_what_was_imported(qtbot, window, gui_project_path, tmp_path, monkeypatch):
    _slow_reading(monkeypatch)
    folder = _articles(tmp_path / "in", 40)
    task = window.import_paths([folder])
    from PySide6.QtWidgets import QPushButton

    cancel_button = window.operations.progress_dialog.findChild(QPushButton)
    task.progressed.connect(lambda done, total, label: cancel_button.click() if done == 3 else None)
    _wait_import(qtbot, window)
    with reopen(gui_project_path) as project:
        count = project.document_count() - 3
        assert project.integrity_check() == "ok"
    assert 3 <= count < 40
    assert "cancelled" in window.last_message


def test_the_window_stays_responsive_during_an_import(qtbot, window, tmp_path, monkeypatch):
    _slow_reading(monkeypatch)
    folder = _articles(tmp_path / "in", 30)
    window.import_paths([folder])
    assert window.operations.busy()
    # While the worker imports, the analyst keeps annotating.
    select(window, TEXT_1.index("Второй"), TEXT_1.index("Второй") + 6)
    press(qtbot, window.text_view, Qt.Key.Key_Q)
    _wait_import(qtbot, window)
    with reopen(window.project.path) as project:
        assert any(s.origin == "manual" for s in project.spans(1))


def test_a_bad_file_is_reported_and_the_rest_imported(qtbot, window, gui_project_path, tmp_path):
    folder = _articles(tmp_path / "in", 2)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 50)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    window.import_paths([folder])
    _wait_import(qtbot, window)
    assert "broken.txt" in window.last_message and "empty.txt" in window.last_message
    assert window.dialog is not None and window.dialog.isVisible()
    assert "from 2 of 4 file(s)" in window.dialog.summary.text()
    assert "broken.txt" in window.dialog.details.toPlainText()
    with reopen(gui_project_path) as project:
        assert project.document_count() == 5


def test_drop_files_on_the_window_imports_them(qtbot, window, gui_project_path, tmp_path):
    folder = _articles(tmp_path / "in", 2)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    _wait_import(qtbot, window)
    with reopen(gui_project_path) as project:
        assert project.document_count() == 5


def test_opening_a_non_project_file_says_so_and_keeps_the_project(qtbot, window, gui_project_path, tmp_path,
                                                                 monkeypatch):
    bogus = tmp_path / "notes.annotator"
    bogus.write_text("this is not a database", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bogus), ""))
    press(qtbot, window.text_view, Qt.Key.Key_O, CTRL)
    assert "not an annotator project" in window.last_message
    assert window.project.path == gui_project_path
    assert bogus.read_text(encoding="utf-8") == "this is not a database"
    select(window, TEXT_1.index("Второй"), TEXT_1.index("Второй") + 6)
    press(qtbot, window.text_view, Qt.Key.Key_Q)  # still working on the old project
    with reopen(gui_project_path) as project:
        assert any(s.origin == "manual" for s in project.spans(1))


def test_new_project_open_and_recent_list(qtbot, window, gui_project_path, tmp_path, monkeypatch):
    fresh = tmp_path / "fresh.annotator"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    press(qtbot, window.text_view, Qt.Key.Key_N, CTRL)
    assert window.project.path == fresh and window.document_panel.list.table_model.rowCount() == 0
    assert window.project.themes()  # a new project gets the default taxonomy
    recent = [a.text() for a in window.menus["recent"].actions() if a.text()]
    assert recent[:2] == [str(fresh.resolve()), str(gui_project_path.resolve())]
    next(a for a in window.menus["recent"].actions() if a.text() == str(gui_project_path.resolve())).trigger()
    assert window.project.path.resolve() == gui_project_path.resolve()
    assert window.session.doc_id == 1


def test_export_and_import_annotated_in_the_native_format(qtbot, window, gui_project_path, tmp_path, monkeypatch):
    out = tmp_path / "export.jsonl"
    window.findChild(type(window.actions["undo"]), "export_jsonl").trigger()
    window.dialog.path_field.setText(str(out))
    window.dialog.findChild(QPushButton, "export_button").click()
    _wait_import(qtbot, window)
    assert out.exists() and "written" in window.last_message
    other = tmp_path / "other.annotator"
    assert window.open_project_file(other, create=True)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    window.findChild(type(window.actions["undo"]), "import_jsonl").trigger()
    _wait_import(qtbot, window)
    with reopen(other) as project:
        assert project.document_count() == 3
        assert len(project.spans(1)) == 3


def test_importing_a_malformed_annotated_file_shows_the_error(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{not json\n', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.findChild(type(window.actions["undo"]), "import_jsonl").trigger()
    _wait_import(qtbot, window)
    assert "bad.jsonl" in window.last_message
    assert window.message_box.isVisible()


def test_preferences_annotator_name_and_a_changed_shortcut(qtbot, window, gui_project_path):
    press(qtbot, window.text_view, Qt.Key.Key_Comma, CTRL)
    dialog = window.dialog
    dialog.annotator_field.setText("Анна Иванова")
    from PySide6.QtGui import QKeySequence

    dialog.editor("create_quote").setKeySequence(QKeySequence("W"))
    dialog.accept()
    select(window, TEXT_1.index("Второй"), TEXT_1.index("Второй") + 6)
    press(qtbot, window.text_view, Qt.Key.Key_Q)  # no longer bound
    press(qtbot, window.text_view, Qt.Key.Key_W)
    with reopen(gui_project_path) as project:
        manual = [s for s in project.spans(1) if s.origin == "manual"]
    assert [(s.label, s.annotator) for s in manual] == [("QUOTE", "Анна Иванова")]
    assert "Анна Иванова" in window.annotator_label.text()


def test_help_lists_every_shortcut(qtbot, window):
    press(qtbot, window.text_view, Qt.Key.Key_F1)
    table = window.dialog.table
    commands = {table.item(row, 1).text() for row in range(table.rowCount())}
    assert {shortcuts.translated(spec.text) for spec in shortcuts.ACTIONS} <= commands
    keys = {table.item(row, 2).text() for row in range(table.rowCount())}
    assert "Q" in keys and "Ctrl+Z" in keys and "Alt+1" in keys


def test_language_switch_loads_the_russian_translation(qtbot, window):
    from annotator.gui.app import install_translations
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Preferences

    press(qtbot, window.text_view, Qt.Key.Key_Comma, CTRL)
    dialog = window.dialog
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    dialog.accept()
    prefs = Preferences()
    assert prefs.language == "ru" and prefs.effective_language() == "ru"
    app = QApplication.instance()
    try:
        assert install_translations(app, prefs.effective_language())
        russian = MainWindow(window.project, prefs, "ru")
        qtbot.addWidget(russian)
        titles = [action.text() for action in russian.menuBar().actions()]
        assert titles[:2] == ["&Файл", "&Правка"]
        assert russian.actions["accept"].text() == "Принять предложение"
        assert russian.docks["speakers"].windowTitle() == "Говорящие"
    finally:
        install_translations(app, "en")


def test_crash_loses_no_edit(tmp_path, gui_project_path):
    """Edits made by key presses survive a process that dies without closing anything."""
    import subprocess

    script = tmp_path / "crash.py"
    script.write_text(CRASH_SCRIPT, encoding="utf-8")
    result = subprocess.run([sys.executable, str(script), str(gui_project_path), str(Path(__file__).parent)],
                            capture_output=True, text=True, timeout=60,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1, result.stderr
    with reopen(gui_project_path) as project:
        assert project.integrity_check() == "ok"
        spans = {(TEXT_1[s.start:s.end], s.label, s.status) for s in project.spans(1)}
        assert ("Второй абзац", "QUOTE", "accepted") in spans
        assert ("Мы готовы к диалогу с партнёрами", "QUOTE", "accepted") in spans
        assert ("Сергей Лавров", "SPEAKER", "rejected") in spans
        assert project.document(1).status == "done"
        assert ("energy", None) in {(t.theme_id, t.span_id) for t in project.tags(1)}


CRASH_SCRIPT = r'''
import os, sys
sys.path.insert(0, sys.argv[2])
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from annotator import services
from annotator.gui.app import create_application
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Preferences
from gui_helpers import TEXT_1, select

app = create_application([])
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.path.dirname(sys.argv[1]))
window = MainWindow(services.open_project(sys.argv[1]), Preferences())
window.show()
QTest.qWaitForWindowExposed(window)
window.activateWindow()
QTest.qWaitForWindowActive(window)
view = window.text_view
select(window, TEXT_1.index("Второй"), TEXT_1.index("абзац") + 5)
QTest.keyClick(view, Qt.Key.Key_Q)
select(window, TEXT_1.index("Мы готовы") + 2, TEXT_1.index("Мы готовы") + 2)
QTest.keyClick(view, Qt.Key.Key_A)
select(window, TEXT_1.index("Сергей") + 2, TEXT_1.index("Сергей") + 2)
QTest.keyClick(view, Qt.Key.Key_R)
window.theme_panel.select_theme("energy")
window.theme_panel.tag_document_button.click()
QTest.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
os._exit(1)  # no close, no commit hooks, no cleanup
'''


def test_format_menus_describe_each_registered_format(qtbot, window):
    from annotator.formats import FORMAT_MODULES

    menu = window.menus["export"]
    menu.aboutToShow.emit()
    texts = {action.data(): action.text() for action in menu.actions()}
    assert set(texts) == set(FORMAT_MODULES)
    assert texts["jsonl"].startswith("jsonl — ")


def test_preferences_refuse_a_key_used_twice(qtbot, window):
    from PySide6.QtGui import QKeySequence

    window.show_preferences()
    dialog = window.dialog
    dialog.editor("create_quote").setKeySequence(QKeySequence("A"))  # A already accepts
    dialog.accept()
    assert dialog.isVisible() and dialog.conflict_box.isVisible()
    assert "A" in dialog.conflict_box.text()
    assert window.prefs.shortcut("create_quote", "Q") == "Q"
