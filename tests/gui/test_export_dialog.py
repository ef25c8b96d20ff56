"""File › Export (issue 12, "Getting data out"): a real export dialog.

It opens in the last export folder (else ~/Documents, else home) with the
project's name and the format's extension and file type, and offers the
command line's filters, building the very filter the CLI builds.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from gui_helpers import reopen
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from annotator.cli import _export_filter
from annotator.gui.export_dialog import LAST_FOLDER_KEY, ExportDialog
from annotator.model import ACCEPTED, CUE, QUOTE, REJECTED


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


def open_export(window, format_name: str) -> ExportDialog:
    window.menus["export"].aboutToShow.emit()
    window.findChild(type(window.actions["undo"]), f"export_{format_name}").trigger()
    dialog = window.dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    return dialog


def press_export(qtbot, window, dialog: ExportDialog) -> None:
    dialog.findChild(QPushButton, "export_button").click()


def wait_done(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.operations.task is None, timeout=20_000)


def decide(window) -> None:
    """Document 1: the quote accepted, the cue rejected; its theme tags stay suggested."""
    window.open_document(1)
    session = window.session
    by_label = {span.label: span for span in session.ordered_spans()}
    session.set_status(by_label[QUOTE].id, ACCEPTED)
    session.set_status(by_label[CUE].id, REJECTED)


# -- where and under which name ------------------------------------------------------------------


def test_it_proposes_documents_the_project_name_and_the_extension(qtbot, window, home, monkeypatch) -> None:
    (home / "Documents").mkdir()
    dialog = open_export(window, "csv")
    assert Path(dialog.path_field.text()) == home / "Documents" / "work.csv"
    seen = {}

    def fake_save(parent, title, directory, file_filter, **kwargs):
        seen.update(directory=directory, file_filter=file_filter)
        return str(home / "Documents" / "quotes"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    dialog.browse()
    assert seen == {"directory": str(home / "Documents" / "work.csv"), "file_filter": "CSV table (*.csv)"}
    assert Path(dialog.path_field.text()) == home / "Documents" / "quotes.csv"


def test_without_documents_it_opens_in_home_and_brat_gets_a_folder(qtbot, window, home) -> None:
    dialog = open_export(window, "brat")
    assert Path(dialog.path_field.text()) == home / "work-brat"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("labelstudio"))
    assert Path(dialog.path_field.text()) == home / "work.json"
    assert dialog.findChild(type(dialog.path_field), "labelstudio_from_name") is not None


def test_the_next_export_opens_in_the_last_export_folder(qtbot, window, home, tmp_path) -> None:
    (home / "Documents").mkdir()
    exports = tmp_path / "exports"
    exports.mkdir()
    dialog = open_export(window, "jsonl")
    dialog.path_field.setText(str(exports / "september.jsonl"))
    press_export(qtbot, window, dialog)
    wait_done(qtbot, window)
    assert (exports / "september.jsonl").exists()
    assert window.prefs.value(LAST_FOLDER_KEY) == str(exports)
    again = open_export(window, "conll")
    assert Path(again.path_field.text()) == exports / "work.conll"


# -- the CLI's filters -------------------------------------------------------------------------------


CLI_DEFAULTS = {"statuses": (), "accepted": False, "gold": False, "annotators": (), "doc_statuses": (),
                "themes": (), "doc_ids": (), "include_rejected": False}


def test_the_filter_is_the_one_the_cli_builds(qtbot, window, home) -> None:
    window.open_document(1)
    dialog = open_export(window, "csv")
    assert dialog.export_filter() == _export_filter(dict(CLI_DEFAULTS))
    dialog.status_boxes["suggested"].setChecked(False)
    dialog.scope_current.setChecked(True)
    dialog.gold_box.setChecked(True)
    dialog.doc_status_boxes["done"].setChecked(False)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("bilateral"))
    dialog.rejected_box.setChecked(True)
    assert dialog.export_filter() == _export_filter(dict(
        CLI_DEFAULTS, statuses=("accepted", "rejected"), gold=True, doc_ids=(1,), themes=("bilateral",),
        doc_statuses=("new", "in_progress"), include_rejected=True))
    assert dialog.doc_ids() == [1]


def test_accepted_only_this_document_csv_with_theme_names(qtbot, window, home, tmp_path) -> None:
    decide(window)
    out = tmp_path / "accepted.csv"
    dialog = open_export(window, "csv")
    dialog.path_field.setText(str(out))
    dialog.status_boxes["suggested"].setChecked(False)
    dialog.scope_current.setChecked(True)
    press_export(qtbot, window, dialog)
    wait_done(qtbot, window)
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["document_id"], row["status"]) for row in rows] == [("1", ACCEPTED)]
    assert rows[0]["themes"] == "", "the quote's theme tags are only suggested"
    assert "1 row(s) from 1 document(s) written" in window.last_message


def test_theme_names_in_the_interface_language(qtbot, window, home, tmp_path) -> None:
    out = tmp_path / "all.csv"
    dialog = open_export(window, "csv")
    assert dialog.findChild(type(dialog.format_combo), "csv_theme_names").currentData() == "en"
    dialog.path_field.setText(str(out))
    press_export(qtbot, window, dialog)
    wait_done(qtbot, window)
    with open(out, encoding="utf-8", newline="") as handle:
        themes = next(csv.DictReader(handle))["themes"]
    with reopen(window.project.path) as project:
        names = {theme.id: theme.name_en for theme in project.themes()}
    assert themes.split("; ") == [names["economy"], names["bilateral"]]


@pytest.mark.parametrize(("keep", "expected"), [(False, set()), (True, {REJECTED})])
def test_rejected_annotations_only_with_the_checkbox(qtbot, window, home, tmp_path, keep, expected) -> None:
    decide(window)
    out = tmp_path / "out.jsonl"
    dialog = open_export(window, "jsonl")
    dialog.path_field.setText(str(out))
    dialog.rejected_box.setChecked(keep)
    press_export(qtbot, window, dialog)
    wait_done(qtbot, window)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()[1:]]
    statuses = {span["status"] for doc in lines for span in doc["spans"]}
    assert statuses & {REJECTED} == expected


# -- bad input ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", ["empty", "missing folder", "folder for a file", "no status"])
def test_bad_choices_are_named_and_nothing_is_written(qtbot, window, home, tmp_path, case) -> None:
    dialog = open_export(window, "csv")
    if case == "empty":
        dialog.path_field.setText("  ")
    elif case == "missing folder":
        dialog.path_field.setText(str(tmp_path / "nowhere" / "out.csv"))
    elif case == "folder for a file":
        (tmp_path / "taken.csv").mkdir()
        dialog.path_field.setText(str(tmp_path / "taken.csv"))
    else:
        for box in dialog.status_boxes.values():
            box.setChecked(False)
    press_export(qtbot, window, dialog)
    message = dialog.error_label.text()
    expected = {"empty": "Choose where", "missing folder": "nowhere", "folder for a file": "is a folder",
                "no status": "at least one annotation status"}[case]
    assert expected in message
    assert dialog.isVisible() and window.operations.task is None


def test_an_existing_file_is_replaced_only_when_export_is_pressed_again(qtbot, window, home, tmp_path) -> None:
    out = tmp_path / "kept.csv"
    out.write_text("старое содержимое", encoding="utf-8")
    dialog = open_export(window, "csv")
    dialog.path_field.setText(str(out))
    press_export(qtbot, window, dialog)
    assert "already exists" in dialog.error_label.text() and dialog.isVisible()
    assert out.read_text(encoding="utf-8") == "старое содержимое"
    press_export(qtbot, window, dialog)
    wait_done(qtbot, window)
    assert out.read_text(encoding="utf-8").startswith("document_id,")


# -- Russian ----------------------------------------------------------------------------------------------

LATIN = re.compile(r"[A-Za-z]")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def _visible_texts(dialog) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel

    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        if widget.isVisible():
            texts.append(widget.text())
    for box in dialog.findChildren(QGroupBox):
        texts.append(box.title())
    for combo in dialog.findChildren(QComboBox):
        if combo.objectName() != "export_annotator":  # annotators' names
            texts += [combo.itemText(i) for i in range(combo.count())]
    return [text.replace("&", "") for text in texts if text]


@pytest.fixture
def russian(window):
    from annotator.gui.app import install_translations

    install_translations(QApplication.instance(), "ru")
    window.language = "ru"  # as the app builds it in Russian
    yield window
    install_translations(QApplication.instance(), "en")


def test_in_russian_the_menu_describes_formats_in_russian(qtbot, russian) -> None:
    menu = russian.menus["export"]
    menu.aboutToShow.emit()
    descriptions = [action.text().split(" — ", 1)[1] for action in menu.actions()]
    assert len(descriptions) == 7
    assert all(CYRILLIC.search(text) for text in descriptions), descriptions


@pytest.mark.parametrize("format_name", ["csv", "labelstudio", "brat"])
def test_in_russian_the_export_dialog_has_no_english(qtbot, russian, home, format_name) -> None:
    russian.open_document(1)
    dialog = open_export(russian, format_name)
    english = [text for text in _visible_texts(dialog) if LATIN.search(text) and not CYRILLIC.search(text)]
    # Format names (the values of --format) are names, not words to translate.
    assert [text for text in english if text not in {"csv", "labelstudio", "brat"}] == []
    theme_names = dialog.findChild(type(dialog.format_combo), "csv_theme_names")
    assert theme_names is None or theme_names.currentData() == "ru"
