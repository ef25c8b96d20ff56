"""Finding, searching, moving between documents, marking done, filtering the list."""

from __future__ import annotations

from gui_helpers import TEXT_1, TEXT_3, press, reopen, type_text
from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_find_in_document(qtbot, window):
    press(qtbot, window.text_view, Qt.Key.Key_F, CTRL)
    assert window.find_bar.isVisible() and window.find_bar.field.hasFocus()
    type_text(window.find_bar.field, "абзац")
    cursor = window.text_view.textCursor()
    assert cursor.selectedText() == "абзац"
    assert window.text_view.text_offset(cursor.selectionStart()) == TEXT_1.index("абзац")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_corpus_search_in_another_form_opens_the_document_at_the_hit(qtbot, window):
    press(qtbot, window.text_view, Qt.Key.Key_F, CTRL | SHIFT)
    field = window.search_panel.field
    type_text(field, "повестка")  # the texts hold «Повестка», «повестке» and «повестку»
    qtbot.keyClick(field, Qt.Key.Key_Return)
    results = window.search_panel.results
    assert results.count() == 2
    row = next(i for i in range(results.count()) if "ШОС" in results.item(i).text())
    item = results.item(row)
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=results.visualItemRect(item).center())
    assert window.session.doc_id == 3
    selected = window.text_view.textCursor()
    start = window.text_view.text_offset(selected.selectionStart())
    assert TEXT_3[start:].lower().startswith(selected.selectedText().lower())
    assert selected.selectedText().lower() in ("повестке", "повестку")


def test_next_and_previous_document(qtbot, window):
    assert window.session.doc_id == 1
    press(qtbot, window.text_view, Qt.Key.Key_PageDown, CTRL)
    assert window.session.doc_id == 2
    press(qtbot, window.text_view, Qt.Key.Key_PageDown, CTRL)
    press(qtbot, window.text_view, Qt.Key.Key_PageUp, CTRL)
    assert window.session.doc_id == 2


def test_mark_done_updates_file_list_and_status_bar(qtbot, window, gui_project_path):
    press(qtbot, window.text_view, Qt.Key.Key_D, CTRL)
    with reopen(gui_project_path) as project:
        assert project.document(1).status == "done"
    assert window.progress_bar.value() == 1 and window.progress_bar.maximum() == 3
    assert "1 of 3" in window.status_label.text()
    assert window.document_panel.list.table_model.summary(0).status == "done"
    press(qtbot, window.text_view, Qt.Key.Key_Z, CTRL)
    with reopen(gui_project_path) as project:
        assert project.document(1).status == "new"
    assert window.progress_bar.value() == 0


def test_first_edit_moves_a_new_document_to_in_progress(qtbot, window, gui_project_path):
    from gui_helpers import click_at

    click_at(qtbot, window, TEXT_1.index("Мы готовы") + 2)
    press(qtbot, window.text_view, Qt.Key.Key_A)
    with reopen(gui_project_path) as project:
        assert project.document(1).status == "in_progress"


def test_filters_by_status_speaker_theme_and_text(qtbot, window):
    panel = window.document_panel
    shown = lambda: sorted(panel.list.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole)  # noqa: E731
                           for r in range(panel.list.proxy.rowCount()))
    assert shown() == [1, 2, 3]
    panel.speaker_filter.setCurrentIndex(panel.speaker_filter.findText("Мария Захарова"))
    assert shown() == [2]
    panel.speaker_filter.setCurrentIndex(0)
    panel.theme_filter.setCurrentIndex(panel.theme_filter.findData("economy"))
    assert shown() == [1]
    panel.theme_filter.setCurrentIndex(0)
    type_text(panel.text_filter, "консультаций")  # another case of «консультации»
    qtbot.keyClick(panel.text_filter, Qt.Key.Key_Return)
    assert shown() == [2]
    panel.text_filter.clear()
    panel.apply_filters()
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("done"))
    assert shown() == []


def test_sorting_by_title(qtbot, window):
    view = window.document_panel.list
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert titles == sorted(titles)
