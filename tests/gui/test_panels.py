"""Speaker panel, theme panel and taxonomy editor, driven by clicks and keys."""

from __future__ import annotations

from gui_helpers import TEXT_1, click_at, press, reopen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
QUOTE_AT = TEXT_1.index("Мы готовы")


def undo(qtbot, window):
    press(qtbot, window.text_view, Qt.Key.Key_Z, CTRL)


def _entity_names(path):
    with reopen(path) as project:
        return sorted(e.name for e in project.entities())


def _select_entity(window, name):
    window.docks["speakers"].raise_()  # the analyst opens the Speakers tab
    window.speaker_panel.reload()
    tree = window.speaker_panel.tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0) == name)
    tree.setCurrentItem(item)


def test_rename_a_speaker_for_the_whole_project(qtbot, window, gui_project_path):
    _select_entity(window, "Сергей Лавров")
    qtbot.mouseClick(window.speaker_panel.rename_button, Qt.MouseButton.LeftButton)
    dialog = window.speaker_panel.input_dialog
    dialog.setTextValue("Сергей Викторович Лавров")
    dialog.accept()
    assert "Сергей Викторович Лавров" in _entity_names(gui_project_path)
    with reopen(gui_project_path) as project:
        entity = next(e for e in project.entities() if e.name == "Сергей Викторович Лавров")
        assert "Сергей Лавров" in entity.aliases
    undo(qtbot, window)
    assert "Сергей Лавров" in _entity_names(gui_project_path)


def test_add_alias(qtbot, window, gui_project_path):
    _select_entity(window, "Сергей Лавров")
    qtbot.mouseClick(window.speaker_panel.alias_button, Qt.MouseButton.LeftButton)
    dialog = window.speaker_panel.input_dialog
    dialog.setTextValue("глава МИД России")
    dialog.accept()
    with reopen(gui_project_path) as project:
        assert project.entities()[-1].aliases == ["глава МИД России"] or any(
            "глава МИД России" in e.aliases for e in project.entities())


def test_merge_two_speakers_and_undo(qtbot, window, gui_project_path):
    press(qtbot, window.text_view, Qt.Key.Key_PageDown, CTRL)  # the Zakharova article
    assert window.session.doc_id == 2
    _select_entity(window, "Захарова")
    qtbot.mouseClick(window.speaker_panel.merge_button, Qt.MouseButton.LeftButton)
    dialog = window.speaker_panel.input_dialog
    dialog.setTextValue(next(i for i in dialog.comboBoxItems() if i.startswith("Мария Захарова")))
    dialog.accept()
    with reopen(gui_project_path) as project:
        names = {e.id: e.name for e in project.entities()}
        assert "Захарова" not in names.values()
        assert {names[s.entity_id] for s in project.spans(2)} == {"Мария Захарова"}
        assert "Захарова" in next(e for e in project.entities() if e.name == "Мария Захарова").aliases
    undo(qtbot, window)
    with reopen(gui_project_path) as project:
        names = {e.id: e.name for e in project.entities()}
        assert sorted(names[s.entity_id] for s in project.spans(2)) == ["Захарова", "Мария Захарова"]


def test_theme_shortcut_tags_the_current_span_then_the_document(qtbot, window, gui_project_path):
    click_at(qtbot, window, QUOTE_AT + 3)
    press(qtbot, window.text_view, Qt.Key.Key_5, ALT)  # Trade and economy: already suggested -> accepted
    press(qtbot, window.text_view, Qt.Key.Key_6, ALT)  # Energy
    with reopen(gui_project_path) as project:
        tags = {(t.theme_id, t.span_id, t.status) for t in project.tags(1)}
    assert {("economy", 1, "accepted"), ("energy", 1, "accepted")} <= tags
    # No annotation at the cursor: the document is tagged.
    click_at(qtbot, window, TEXT_1.index("Второй") + 2)
    press(qtbot, window.text_view, Qt.Key.Key_7, ALT)
    with reopen(gui_project_path) as project:
        assert ("security", None, "accepted") in {(t.theme_id, t.span_id, t.status) for t in project.tags(1)}
    undo(qtbot, window)
    with reopen(gui_project_path) as project:
        assert "security" not in {t.theme_id for t in project.tags(1)}


def test_theme_panel_buttons_guideline_and_suggested_themes(qtbot, window, gui_project_path):
    panel = window.theme_panel
    panel.select_theme("energy")
    assert "Energy" in panel.guideline.toPlainText() and len(panel.guideline.toPlainText()) > 40
    qtbot.mouseClick(panel.tag_document_button, Qt.MouseButton.LeftButton)
    with reopen(gui_project_path) as project:
        assert ("energy", None) in {(t.theme_id, t.span_id) for t in project.tags(1)}
    suggested = next(i for i in range(panel.tags_list.count())
                     if "suggested" in panel.tags_list.item(i).text())
    panel.tags_list.setCurrentRow(suggested)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    with reopen(gui_project_path) as project:
        assert ("bilateral", None, "accepted") in {(t.theme_id, t.span_id, t.status) for t in project.tags(1)}


def _theme_name(path, theme_id):
    with reopen(path) as project:
        return project.theme(theme_id).name_ru


def test_taxonomy_editor_add_rename_move_recolour(qtbot, window, gui_project_path):
    press(qtbot, window.text_view, Qt.Key.Key_T, CTRL | SHIFT)
    editor = window.dialog
    qtbot.mouseClick(editor.add_child_button, Qt.MouseButton.LeftButton)  # under the first theme
    new_id = editor.selected_theme_id()
    editor.name_ru.setText("Арктика")
    editor.name_en.setText("Arctic")
    editor.colour.setText("#56b4e9")
    editor.parent_combo.setCurrentIndex(editor.parent_combo.findData("energy"))
    qtbot.waitUntil(lambda: _theme_name(gui_project_path, new_id) == "Арктика")  # saved as typed
    with reopen(gui_project_path) as project:
        theme = project.theme(new_id)
    assert (theme.name_ru, theme.name_en, theme.color, theme.parent) == ("Арктика", "Arctic", "#56B4E9", "energy")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # undo inside the dialog
    with reopen(gui_project_path) as project:
        assert project.theme(new_id).name_ru != "Арктика"
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)  # and the addition
    with reopen(gui_project_path) as project:
        assert new_id not in {t.id for t in project.themes()}


def test_deleting_a_used_theme_asks_and_removes_its_tags(qtbot, window, gui_project_path):
    window.show_taxonomy_editor()
    editor = window.dialog
    editor.select_theme("economy")
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    box = editor.confirm_box
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    with reopen(gui_project_path) as project:
        assert project.theme("economy") and project.theme_usage("economy") == 1
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    with reopen(gui_project_path) as project:
        assert "economy" not in {t.id for t in project.themes()}
        assert "economy" not in {t.theme_id for t in project.tags(1)}
        assert project.integrity_check() == "ok"
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    with reopen(gui_project_path) as project:
        assert project.theme_usage("economy") == 1


def test_shipped_keywords_bring_a_bundled_theme_up_to_this_version(qtbot, window, gui_project_path):
    from annotator.resources import default_taxonomy

    shipped = next(t.keywords for t in default_taxonomy() if t.id == "economy")
    window.show_taxonomy_editor()
    editor = window.dialog
    editor.select_theme("economy")
    assert not editor.shipped_keywords_button.isEnabled()  # a new project has this version's keywords
    editor.keywords.setText("торговля, пошлина")  # as an older version had them, say
    editor.save_current()
    with reopen(gui_project_path) as project:
        assert project.theme("economy").keywords == ["торговля", "пошлина"]
    assert editor.shipped_keywords_button.isEnabled()
    qtbot.mouseClick(editor.shipped_keywords_button, Qt.MouseButton.LeftButton)
    with reopen(gui_project_path) as project:
        assert project.theme("economy").keywords == shipped
    assert not editor.shipped_keywords_button.isEnabled()
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)  # its own undo step
    with reopen(gui_project_path) as project:
        assert project.theme("economy").keywords == ["торговля", "пошлина"]
    qtbot.waitUntil(lambda: editor.keywords.text() == "торговля, пошлина")
    assert editor.shipped_keywords_button.isEnabled()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)  # a theme of this project only
    assert not editor.shipped_keywords_button.isEnabled()
    assert editor.shipped_keywords_button.toolTip() == "A theme added in this project has no shipped keywords"
