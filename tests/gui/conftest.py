"""Fixtures for driving the workbench: a small project with suggestions, and its window."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from gui_helpers import build_project  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from annotator import services  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> None:
    """Every test gets its own QSettings file (recent projects, shortcuts, name)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()


@pytest.fixture(autouse=True)
def empty_clipboard_after_test():
    """Qt keeps clipboard data in a C++ static: a QMimeData made in Python and left
    there is destroyed after the interpreter at exit, and the process segfaults."""
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QApplication.clipboard().clear()


@pytest.fixture
def gui_project_path(tmp_path: Path) -> Path:
    path = tmp_path / "work.annotator"
    build_project(path).close()
    return path


@pytest.fixture
def window(qtbot, gui_project_path: Path):
    from annotator.gui.app import install_translations
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Preferences

    from PySide6.QtWidgets import QApplication

    install_translations(QApplication.instance(), "en")
    prefs = Preferences()
    prefs.set_annotator("tester")
    prefs.set_analyse_on_import(False)
    win = MainWindow(services.open_project(gui_project_path), prefs)
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.text_view.setFocus()
    yield win
    if win.operations.task is not None:
        win.operations.task.cancel()
        win.operations.task.wait()
    win.project.close()


