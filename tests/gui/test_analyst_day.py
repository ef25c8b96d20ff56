"""The analyst's first day (issue 12): starting, getting articles in, keeping them tidy, feedback."""

from __future__ import annotations

import os
import time
from pathlib import Path

from gui_helpers import TEXT_1, open_window, reopen
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPlainTextEdit, QPushButton

from annotator import services
from annotator.gui import xcb_check
from annotator.model import SPEAKER

CTRL = Qt.KeyboardModifier.ControlModifier


def _set_clipboard(text: str, html: str = "") -> None:
    mime = QMimeData()
    mime.setText(text)
    if html:
        mime.setHtml(html)
    QApplication.clipboard().setMimeData(mime)


# -- getting started -------------------------------------------------------------------------

def test_missing_xcb_libraries_are_named_with_their_packages() -> None:
    missing = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    message = xcb_check.check(loads=lambda soname: soname not in missing,
                              environ={"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"})
    assert message is not None
    assert "libxcb-icccm4" in message and "libxcb-keysyms1" in message
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1" in message
    assert "libxcb-cursor0" not in message


def test_no_xcb_check_when_qt_is_told_to_use_another_platform() -> None:
    assert xcb_check.check(loads=lambda _soname: False, environ={"QT_QPA_PLATFORM": "offscreen"}) is None
    assert xcb_check.check(loads=lambda _soname: True, environ={"DISPLAY": ":0"}) is None


def test_an_empty_project_says_what_to_do(qtbot, tmp_path) -> None:
    window = open_window(qtbot, tmp_path / "empty.annotator", size=(1200, 800))
    hint = window.text_view.placeholderText()
    assert "Ctrl+I" in hint and "Ctrl+V" in hint and "F1" in hint
    assert window.progress_bar.text() != "0 of 1 done"
    assert "0 of 1" not in window.progress_bar.text()
    window.project.close()


def test_the_app_reopens_on_the_document_the_analyst_was_on(qtbot, window, gui_project_path) -> None:
    window.open_document(2)
    assert window.session.doc_id == 2
    prefs = window.prefs
    window.close()
    window.project.close()
    from annotator.gui.main_window import MainWindow

    again = MainWindow(services.open_project(gui_project_path), prefs)
    qtbot.addWidget(again)
    assert again.session.doc_id == 2
    assert "Захарова о консультациях" in again.windowTitle()
    again.project.close()


def test_opening_a_recent_project_names_its_document_in_the_title(qtbot, window, tmp_path) -> None:
    other = tmp_path / "other.annotator"
    with services.open_project(other) as project:
        services.import_paths(project, [_write(tmp_path / "a.txt", "Заголовок статьи\nТекст статьи о визите.")],
                              analyze=False)
    assert window.open_project_file(other)
    assert window.windowTitle().startswith("Заголовок статьи — other.annotator")


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# -- getting articles in ----------------------------------------------------------------------

PASTED = ("Глава МИД провёл переговоры в Астане\n"
          "АСТАНА, 26 ноября. /ТАСС/. Министр заявил, что стороны договорились о новых консультациях.")


def test_paste_an_article_from_the_document_list_then_undo_and_redo(qtbot, window, gui_project_path) -> None:
    _set_clipboard(PASTED)
    window.document_panel.list.setFocus()
    qtbot.keyClick(window.document_panel.list, Qt.Key.Key_V, CTRL)
    dialog = window.document_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.edits["title"].text() == "Глава МИД провёл переговоры в Астане"
    assert dialog.edits["source"].text() == "ТАСС"
    dialog.edits["date"].setText("2026-11-26")
    dialog.buttons.accepted.emit()
    with reopen(gui_project_path) as project:
        assert project.document_count() == 4
        new = project.document(max(project.document_ids()))
    assert (new.title, new.date, new.source, new.text) == (
        "Глава МИД провёл переговоры в Астане", "2026-11-26", "ТАСС", PASTED)
    assert window.session.doc_id == new.id
    window.session.undo_stack.undo()
    with reopen(gui_project_path) as project:
        assert project.document_count() == 3
    window.session.undo_stack.redo()
    with reopen(gui_project_path) as project:
        assert project.document(new.id).title == new.title


def test_paste_html_from_a_browser_keeps_the_article_text_only(qtbot, window, gui_project_path) -> None:
    html = ("<html><body><nav>Главная | Новости</nav><script>alert(1)</script>"
            "<article><h1>Визит в Минск</h1><p>Министр сообщил, что визит пройдёт в декабре.</p></article>"
            "</body></html>")
    _set_clipboard("Визит в Минск Министр сообщил…", html)
    window.actions["paste_document"].trigger()
    dialog = window.document_actions.dialog
    text = dialog.findChild(QPlainTextEdit, "pasted_text").toPlainText()
    assert "Министр сообщил, что визит пройдёт в декабре." in text
    assert "alert" not in text and "Главная" not in text
    assert dialog.edits["title"].text() == "Визит в Минск"


def test_pasting_nothing_or_a_duplicate_says_so_and_adds_nothing(qtbot, window, gui_project_path) -> None:
    _set_clipboard("   \n ")
    window.actions["paste_document"].trigger()
    assert "Nothing to paste" in window.last_message
    _set_clipboard(TEXT_1)
    window.actions["paste_document"].trigger()
    assert "already in the project" in window.last_message
    with reopen(gui_project_path) as project:
        assert project.document_count() == 3


def test_edit_a_documents_properties_with_undo(qtbot, window, gui_project_path) -> None:
    window.open_document(1)
    window.actions["document_properties"].trigger()
    dialog = window.document_actions.dialog
    dialog.edits["date"].setText("27.11.2026")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "YYYY-MM-DD" in dialog.error_label.text()
    dialog.edits["date"].setText("2026-11-27")
    dialog.edits["source"].setText("РИА Новости")
    dialog.buttons.accepted.emit()
    with reopen(gui_project_path) as project:
        assert (project.document(1).date, project.document(1).source) == ("2026-11-27", "РИА Новости")
    assert window.document_panel.list.table_model.summary(0).source == "РИА Новости"
    window.session.undo_stack.undo()
    with reopen(gui_project_path) as project:
        assert (project.document(1).date, project.document(1).source) == ("2026-11-01", "Пример")


def test_delete_a_document_with_its_annotations_and_bring_it_back(qtbot, window, gui_project_path) -> None:
    with reopen(gui_project_path) as project:
        before = [(s.id, s.start, s.end, s.label) for s in project.spans(1)]
        relations_before = len(project.relations(1))
    window.open_document(1)
    window.document_panel.list.setFocus()
    qtbot.keyClick(window.document_panel.list, Qt.Key.Key_Delete)
    with reopen(gui_project_path) as project:
        assert 1 not in project.document_ids() and project.spans(1) == []
    assert window.session.doc_id != 1
    assert window.document_panel.list.table_model.row_of(1) < 0
    window.session.undo_stack.undo()
    with reopen(gui_project_path) as project:
        assert [(s.id, s.start, s.end, s.label) for s in project.spans(1)] == before
        assert len(project.relations(1)) == relations_before
        assert project.integrity_check() == "ok"
    assert window.session.doc_id == 1


def test_a_speaker_span_edit_undone_after_delete_and_restore(qtbot, window, gui_project_path) -> None:
    """Older commands still find their spans once a deleted document is back."""
    window.open_document(1)
    speaker = next(s for s in window.session.spans.values() if s.label == SPEAKER)
    window.text_view.set_current_span(speaker.id, move_cursor=True)
    window.actions["accept"].trigger()
    window.actions["delete_document"].trigger()
    stack = window.session.undo_stack
    stack.undo()  # the delete
    stack.undo()  # the accept
    with reopen(gui_project_path) as project:
        assert project.span(speaker.id).status == "suggested"


def test_a_txt_import_takes_date_and_source_from_the_dateline_or_the_file(tmp_path) -> None:
    with services.open_project(tmp_path / "p.annotator") as project:
        wire = _write(tmp_path / "wire.txt", "Визит в Астану\nАСТАНА, 5 мар - РИА Новости. Министр прибыл.")
        plain = _write(tmp_path / "plain.txt", "Заметка\nМинистр прибыл в Минск.")
        stamp = time.mktime((2025, 6, 14, 12, 0, 0, 0, 0, -1))
        os.utime(wire, (stamp, stamp))
        os.utime(plain, (stamp, stamp))
        services.import_paths(project, [wire, plain], analyze=False)
        docs = {project.document(i).title: project.document(i) for i in project.document_ids()}
    assert (docs["Визит в Астану"].date, docs["Визит в Астану"].source) == ("2025-03-05", "РИА Новости")
    assert (docs["Заметка"].date, docs["Заметка"].source) == ("2025-06-14", "")


def test_the_import_dialog_offers_every_suffix_the_importer_reads(qtbot, window, monkeypatch) -> None:
    from annotator.formats.articles import SUPPORTED_SUFFIXES

    seen = {}

    def fake(_parent, _title, _folder, filters):
        seen["filters"] = filters
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake)
    window.actions["import_files"].trigger()
    for suffix in SUPPORTED_SUFFIXES:
        assert f"*{suffix}" in seen["filters"]


# -- feedback ---------------------------------------------------------------------------------

def test_a_long_import_report_fits_the_screen_summary_first(qtbot, window, tmp_path) -> None:
    folder = tmp_path / "dups"
    folder.mkdir()
    for number in range(120):
        _write(folder / f"{number:03}.txt", TEXT_1)
    _write(folder / "bad.txt", "")
    window.import_paths([folder])
    qtbot.waitUntil(lambda: window.operations.task is None, timeout=30_000)
    dialog = window.dialog
    summary = dialog.summary.text()
    assert summary.startswith("Imported 0 document(s) from 120 of 121 file(s).")
    assert "1 file(s) could not be read" in summary and "120 duplicate(s) skipped" in summary
    assert not dialog.details.isVisible()
    dialog.toggle.click()
    screen = dialog.screen().availableGeometry()
    assert dialog.details.isVisible()
    assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
    assert "bad.txt" in dialog.details.toPlainText()


def test_a_file_of_doubtful_encoding_is_imported_again_as_the_analyst_says(qtbot, window, gui_project_path,
                                                                          tmp_path) -> None:
    article = "Министр иностранных дел заявил, что переговоры продолжатся в Минске.\n"
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(article.encode("utf-8") + article.encode("cp1251"))
    window.import_paths([mixed])
    qtbot.waitUntil(lambda: window.operations.task is None, timeout=20_000)
    dialog = window.dialog
    assert dialog.doubtful_files() == [mixed] and dialog.encoding_combo is not None
    with reopen(gui_project_path) as project:
        assert project.document_count() == 3
    dialog.encoding_combo.setCurrentText("cp1251")
    dialog.findChild(QPushButton, "retry_import").click()
    qtbot.waitUntil(lambda: window.operations.task is None, timeout=20_000)
    with reopen(gui_project_path) as project:
        assert project.document_count() == 4
        text = project.document(max(project.document_ids())).text
    assert text.rstrip().endswith(article.strip()), "decoded as told: cp1251"
    assert window.dialog.report.ok


def test_an_unknown_encoding_typed_for_the_retry_is_named_and_nothing_is_imported(qtbot, window, gui_project_path,
                                                                                 tmp_path) -> None:
    article = "Министр иностранных дел заявил, что переговоры продолжатся в Минске.\n"
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(article.encode("utf-8") + article.encode("cp1251"))
    window.import_paths([mixed])
    qtbot.waitUntil(lambda: window.operations.task is None, timeout=20_000)
    window.dialog.encoding_combo.setCurrentText("klingon-8")
    window.dialog.findChild(QPushButton, "retry_import").click()
    qtbot.waitUntil(lambda: window.operations.task is None, timeout=20_000)
    assert "unknown encoding 'klingon-8'" in window.last_message
    with reopen(gui_project_path) as project:
        assert project.document_count() == 3 and project.integrity_check() == "ok"
