"""The first-run welcome: shown on the sample project until dismissed for good."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from annotator.gui.app import install_translations
from annotator.gui.settings import Preferences
from annotator.gui.welcome_dialog import WelcomeDialog, show_welcome_unless_dismissed, welcome_dismissed

PROJECT = Path("/home/аналитик/.local/share/annotator/default.annotator")


@pytest.fixture
def english():
    install_translations(QApplication.instance(), "en")
    yield
    install_translations(QApplication.instance(), "en")


def _texts(dialog: WelcomeDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def _assert_nothing_cut_off(dialog: WelcomeDialog) -> None:
    for label in dialog.findChildren(QLabel):
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        else:
            assert label.width() >= label.sizeHint().width(), label.text()
    assert dialog.dont_show_again.width() >= dialog.dont_show_again.sizeHint().width()
    assert dialog.start_button.width() >= dialog.start_button.sizeHint().width()


def test_the_welcome_names_the_samples_the_five_keys_and_the_project_file(qtbot, english) -> None:
    dialog = WelcomeDialog(Preferences(), PROJECT, 15)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    text = _texts(dialog)
    assert "15 sample articles" in text
    assert str(PROJECT) in text
    assert [label.text() for label in dialog.key_labels] == [
        "<b>N</b>", "<b>A</b>", "<b>R</b>", "<b>Q / S</b>", "<b>K</b>"]
    assert "link the quote to its speaker" in text
    _assert_nothing_cut_off(dialog)


def test_the_keys_shown_are_the_analyst_s_own(qtbot, english) -> None:
    prefs = Preferences()
    prefs.set_shortcuts({"accept": "Y", "link_speaker": "Ctrl+L"})
    dialog = WelcomeDialog(prefs, PROJECT, 15)
    qtbot.addWidget(dialog)
    keys = [label.text() for label in dialog.key_labels]
    assert keys[1] == "<b>Y</b>"
    assert keys[4] == "<b>Ctrl+L</b>"


def test_dont_show_again_is_remembered(qtbot, english) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    prefs = Preferences()

    first = show_welcome_unless_dismissed(parent, prefs, PROJECT, 15)
    assert first is not None and first.isVisible()
    first.accept()
    assert not welcome_dismissed(prefs), "closing without the box ticked shows it again next time"

    second = show_welcome_unless_dismissed(parent, prefs, PROJECT, 15)
    assert second is not None
    second.dont_show_again.setChecked(True)
    second.accept()
    assert welcome_dismissed(Preferences()), "the choice is in the settings, read by a fresh Preferences"
    assert show_welcome_unless_dismissed(parent, Preferences(), PROJECT, 15) is None


def test_the_welcome_in_russian(qtbot, english) -> None:
    install_translations(QApplication.instance(), "ru")
    dialog = WelcomeDialog(Preferences(), PROJECT, 15)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Добро пожаловать в annotator"
    assert "15" in _texts(dialog)
    assert dialog.dont_show_again.text() == "Больше не показывать"
    _assert_nothing_cut_off(dialog)


def test_the_app_welcomes_on_the_new_default_project_only(qtbot, tmp_path: Path, monkeypatch, english) -> None:
    from annotator import services
    from annotator.gui import app as gui_app
    from annotator.services import importing, project

    default = tmp_path / "data" / "default.annotator"
    for module in (services, project):
        monkeypatch.setattr(module, "default_project_path", lambda: default)
    monkeypatch.setattr(gui_app.QApplication, "exec", lambda self: 0)
    for module in (services, importing):
        monkeypatch.setattr(module, "sample_files", _two_samples)  # a faster first run
    Preferences().set_language("en")

    assert gui_app.run_gui(None) == 0
    welcomes = [w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog) and w.isVisible()]
    assert len(welcomes) == 1
    assert str(default) in _texts(welcomes[0])
    assert "2 sample articles" in _texts(welcomes[0])
    for widget in QApplication.topLevelWidgets():
        widget.close()

    other = tmp_path / "mine.annotator"
    services.open_project(other).close()
    assert gui_app.run_gui(other) == 0
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog) and w.isVisible()]
    for widget in QApplication.topLevelWidgets():
        widget.close()


def _two_samples() -> list[Path]:
    from annotator.resources import resource_path

    return sorted(resource_path("samples").glob("*.txt"))[:2]
