"""Annotating with the keyboard and mouse; every check reads the project file."""

from __future__ import annotations

from gui_helpers import TEXT_1, click_at, press, reopen, select, span_texts, spans_in_file, type_text
from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
QUOTE_AT = TEXT_1.index("Мы готовы")
SPEAKER_AT = TEXT_1.index("Сергей Лавров")


def undo(qtbot, window):
    press(qtbot, window.text_view, Qt.Key.Key_Z, CTRL)


def redo(qtbot, window):
    press(qtbot, window.text_view, Qt.Key.Key_Z, CTRL | SHIFT)


def test_keys_create_quote_speaker_and_cue_snapped_to_words(qtbot, window, gui_project_path):
    start = TEXT_1.index("переговоры") + 3  # inside the word
    select(window, start, TEXT_1.index("продолжатся") + 4)
    press(qtbot, window.text_view, Qt.Key.Key_Q)
    select(window, TEXT_1.index("Министр") + 1, TEXT_1.index("Министр") + 4)
    press(qtbot, window.text_view, Qt.Key.Key_S)
    select(window, TEXT_1.index("По его") - 1, TEXT_1.index("словам") + 2)
    press(qtbot, window.text_view, Qt.Key.Key_C)
    manual = span_texts(gui_project_path, 1, TEXT_1, origin="manual")
    assert sorted(manual) == sorted([("переговоры продолжатся", "QUOTE", "accepted"),
                                     ("Министр", "SPEAKER", "accepted"),
                                     ("По его словам", "CUE", "accepted")])
    assert {s.annotator for s in spans_in_file(gui_project_path, 1) if s.origin == "manual"} == {"tester"}
    quote = next(s for s in spans_in_file(gui_project_path, 1) if s.origin == "manual" and s.label == "QUOTE")
    assert quote.attrs == {"kind": "direct"}


def test_creation_undo_and_redo(qtbot, window, gui_project_path):
    select(window, TEXT_1.index("Второй"), TEXT_1.index("абзац") + 5)
    press(qtbot, window.text_view, Qt.Key.Key_Q)
    assert ("Второй абзац", "QUOTE", "accepted") in span_texts(gui_project_path, 1, TEXT_1)
    undo(qtbot, window)
    assert ("Второй абзац", "QUOTE", "accepted") not in span_texts(gui_project_path, 1, TEXT_1)
    redo(qtbot, window)
    assert ("Второй абзац", "QUOTE", "accepted") in span_texts(gui_project_path, 1, TEXT_1)


def test_snapping_can_be_switched_off(qtbot, window, gui_project_path):
    window.prefs.set_snap_to_words(False)
    start = TEXT_1.index("торговле")
    select(window, start + 2, start + 5)
    press(qtbot, window.text_view, Qt.Key.Key_Q)
    assert ("рго", "QUOTE", "accepted") in span_texts(gui_project_path, 1, TEXT_1, origin="manual")


def test_l_asks_for_any_label(qtbot, window, gui_project_path):
    select(window, TEXT_1.index("энергетике"), TEXT_1.index("энергетике") + 10)
    press(qtbot, window.text_view, Qt.Key.Key_L)
    dialog = window.controller.label_dialog
    assert dialog is not None and dialog.isVisible()
    assert {"QUOTE", "SPEAKER", "CUE"} <= set(dialog.comboBoxItems())
    dialog.setTextValue("topic")
    dialog.accept()
    assert ("энергетике", "TOPIC", "accepted") in span_texts(gui_project_path, 1, TEXT_1)
    # The new label is offered in every document of the project from now on.
    press(qtbot, window.text_view, Qt.Key.Key_PageDown, CTRL)
    select(window, 0, 5)
    press(qtbot, window.text_view, Qt.Key.Key_L)
    assert "TOPIC" in window.controller.label_dialog.comboBoxItems()


def test_accept_reject_with_one_key_and_undo(qtbot, window, gui_project_path):
    click_at(qtbot, window, QUOTE_AT + 3)
    assert window.text_view.current_span().label == "QUOTE"
    press(qtbot, window.text_view, Qt.Key.Key_A)
    assert ("Мы готовы к диалогу с партнёрами", "QUOTE", "accepted") in span_texts(gui_project_path, 1, TEXT_1)
    undo(qtbot, window)
    assert ("Мы готовы к диалогу с партнёрами", "QUOTE", "suggested") in span_texts(gui_project_path, 1, TEXT_1)
    redo(qtbot, window)
    assert ("Мы готовы к диалогу с партнёрами", "QUOTE", "accepted") in span_texts(gui_project_path, 1, TEXT_1)
    click_at(qtbot, window, SPEAKER_AT + 2)
    press(qtbot, window.text_view, Qt.Key.Key_R)
    assert ("Сергей Лавров", "SPEAKER", "rejected") in span_texts(gui_project_path, 1, TEXT_1)
    # A rejected suggestion disappears from the text...
    assert window.text_view.session.spans_at(SPEAKER_AT + 2) == []
    click_at(qtbot, window, TEXT_1.index("заявил") + 1)
    press(qtbot, window.text_view, Qt.Key.Key_Return)
    assert ("заявил", "CUE", "accepted") in span_texts(gui_project_path, 1, TEXT_1)
    undo(qtbot, window)
    undo(qtbot, window)
    assert ("Сергей Лавров", "SPEAKER", "suggested") in span_texts(gui_project_path, 1, TEXT_1)


def test_x_rejects_and_rejected_can_be_shown_struck(qtbot, window, gui_project_path):
    click_at(qtbot, window, QUOTE_AT + 3)
    press(qtbot, window.text_view, Qt.Key.Key_X)
    assert ("Мы готовы к диалогу с партнёрами", "QUOTE", "rejected") in span_texts(gui_project_path, 1, TEXT_1)
    struck = [s for s in window.text_view.extraSelections() if s.format.fontStrikeOut()]
    assert struck == []
    window.actions["toggle_rejected"].trigger()
    struck = [s for s in window.text_view.extraSelections() if s.format.fontStrikeOut()]
    assert len(struck) == 1


def test_accept_all_in_the_document_and_undo(qtbot, window, gui_project_path):
    press(qtbot, window.text_view, Qt.Key.Key_A, CTRL | SHIFT)
    with reopen(gui_project_path) as project:
        assert {s.status for s in project.spans(1)} == {"accepted"}
        assert {r.status for r in project.relations(1)} == {"accepted"}
        assert {t.status for t in project.tags(1)} == {"accepted"}
        assert {s.status for s in project.spans(2)} == {"suggested"}  # other documents untouched
    undo(qtbot, window)
    with reopen(gui_project_path) as project:
        assert {s.status for s in project.spans(1)} == {"suggested"}


def test_delete_with_undo_and_redo_keeps_links(qtbot, window, gui_project_path):
    click_at(qtbot, window, QUOTE_AT + 3)
    press(qtbot, window.text_view, Qt.Key.Key_Delete)
    assert all(label != "QUOTE" for _, label, _ in span_texts(gui_project_path, 1, TEXT_1))
    with reopen(gui_project_path) as project:
        assert project.relations(1) == []
    undo(qtbot, window)
    redo(qtbot, window)
    undo(qtbot, window)
    with reopen(gui_project_path) as project:
        quote = next(s for s in project.spans(1) if s.label == "QUOTE")
        assert [(r.source_id, r.target_id) for r in project.relations(1)] == [(quote.id, 2)]
        assert ("economy", quote.id) in {(t.theme_id, t.span_id) for t in project.tags(1)}


def test_boundaries_move_by_words(qtbot, window, gui_project_path):
    click_at(qtbot, window, SPEAKER_AT + 2)
    press(qtbot, window.text_view, Qt.Key.Key_Left, CTRL | SHIFT | ALT)  # start one word left
    assert ("дел Сергей Лавров", "SPEAKER", "suggested") in span_texts(gui_project_path, 1, TEXT_1)
    press(qtbot, window.text_view, Qt.Key.Key_Right, SHIFT | ALT)  # end one word right
    assert ("дел Сергей Лавров заявил", "SPEAKER", "suggested") in span_texts(gui_project_path, 1, TEXT_1)
    press(qtbot, window.text_view, Qt.Key.Key_Left, SHIFT | ALT)
    press(qtbot, window.text_view, Qt.Key.Key_Right, CTRL | SHIFT | ALT)
    assert ("Сергей Лавров", "SPEAKER", "suggested") in span_texts(gui_project_path, 1, TEXT_1)
    undo(qtbot, window)
    assert ("дел Сергей Лавров", "SPEAKER", "suggested") in span_texts(gui_project_path, 1, TEXT_1)


def test_quote_kind_keys(qtbot, window, gui_project_path):
    click_at(qtbot, window, QUOTE_AT + 3)
    press(qtbot, window.text_view, Qt.Key.Key_I)
    assert next(s for s in spans_in_file(gui_project_path, 1) if s.label == "QUOTE").attrs["kind"] == "indirect"
    press(qtbot, window.text_view, Qt.Key.Key_D)
    assert next(s for s in spans_in_file(gui_project_path, 1) if s.label == "QUOTE").attrs["kind"] == "direct"
    undo(qtbot, window)
    assert next(s for s in spans_in_file(gui_project_path, 1) if s.label == "QUOTE").attrs["kind"] == "indirect"


def _said_by(path):
    with reopen(path) as project:
        spans = {s.id: s for s in project.spans(1)}
        return [(TEXT_1[spans[r.source_id].start:spans[r.source_id].end],
                 TEXT_1[spans[r.target_id].start:spans[r.target_id].end], r.status) for r in project.relations(1)]


def test_link_quote_to_a_speaker_chosen_from_the_list(qtbot, window, gui_project_path):
    select(window, TEXT_1.index("Министр"), TEXT_1.index("Министр") + 7)
    press(qtbot, window.text_view, Qt.Key.Key_S)
    qtbot.waitUntil(window.controller.speaker_chooser.isActiveWindow)
    qtbot.keyClick(window.controller.speaker_chooser.filter, Qt.Key.Key_Escape)  # no name yet
    qtbot.waitUntil(window.isActiveWindow)
    click_at(qtbot, window, QUOTE_AT + 3)
    press(qtbot, window.text_view, Qt.Key.Key_K)
    chooser = window.controller.speaker_chooser
    qtbot.waitUntil(chooser.isActiveWindow)
    type_text(chooser.filter, "Мин")
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isActiveWindow)
    assert _said_by(gui_project_path) == [("Мы готовы к диалогу с партнёрами", "Министр", "accepted")]
    undo(qtbot, window)
    assert _said_by(gui_project_path) == [("Мы готовы к диалогу с партнёрами", "Сергей Лавров", "suggested")]


def test_link_mode_click_on_the_speaker_mention(qtbot, window, gui_project_path):
    select(window, TEXT_1.index("Министр"), TEXT_1.index("Министр") + 7)
    press(qtbot, window.text_view, Qt.Key.Key_S)
    click_at(qtbot, window, QUOTE_AT + 3)
    press(qtbot, window.text_view, Qt.Key.Key_K, SHIFT)
    assert window.text_view.link_mode
    click_at(qtbot, window, TEXT_1.index("Министр") + 2)
    assert not window.text_view.link_mode
    assert _said_by(gui_project_path) == [("Мы готовы к диалогу с партнёрами", "Министр", "accepted")]


def test_selecting_a_quote_highlights_its_speaker_and_back(qtbot, window):
    view = window.text_view
    click_at(qtbot, window, QUOTE_AT + 3)
    speaker_range = (view.qt_position(SPEAKER_AT), view.qt_position(SPEAKER_AT + len("Сергей Лавров")))
    partner = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.extraSelections()
               if s.format.background().color().name().lower() == "#f7f0a6"]
    assert partner == [speaker_range]
    click_at(qtbot, window, SPEAKER_AT + 3)
    partner = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.extraSelections()
               if s.format.background().color().name().lower() == "#f7f0a6"]
    assert partner == [(view.qt_position(QUOTE_AT), view.qt_position(TEXT_1.index("»")))]


def test_tab_and_n_walk_through_annotations(qtbot, window):
    view = window.text_view
    press(qtbot, view, Qt.Key.Key_N)
    first = view.current_span()
    assert first is not None and first.status == "suggested"
    press(qtbot, view, Qt.Key.Key_Tab)
    second = view.current_span()
    assert second is not None and second.start > first.start
    press(qtbot, view, Qt.Key.Key_Backtab, SHIFT)
    assert view.current_span().id == first.id


def test_offsets_after_an_emoji_stay_right(qtbot, window, gui_project_path):
    """Qt counts the emoji as two UTF-16 units; the stored offsets count it as one."""
    from gui_helpers import TEXT_3

    press(qtbot, window.text_view, Qt.Key.Key_PageDown, CTRL)
    press(qtbot, window.text_view, Qt.Key.Key_PageDown, CTRL)
    assert window.session.doc_id == 3
    start = TEXT_3.index("эмодзи")
    select(window, start, start + len("эмодзи"))
    assert window.text_view.textCursor().selectedText() == "эмодзи"
    press(qtbot, window.text_view, Qt.Key.Key_Q)
    assert span_texts(gui_project_path, 3, TEXT_3) == [("эмодзи", "QUOTE", "accepted")]


def test_undo_of_an_edit_in_another_document_brings_it_back(qtbot, window, gui_project_path):
    click_at(qtbot, window, QUOTE_AT + 3)
    press(qtbot, window.text_view, Qt.Key.Key_A)
    press(qtbot, window.text_view, Qt.Key.Key_PageDown, CTRL)
    assert window.session.doc_id == 2
    undo(qtbot, window)
    assert window.session.doc_id == 1
    assert window.document_panel.list.current_document() == 1
    assert ("Мы готовы к диалогу с партнёрами", "QUOTE", "suggested") in span_texts(gui_project_path, 1, TEXT_1)


def test_a_span_made_in_a_document_without_annotations_is_highlighted(qtbot, window):
    from gui_helpers import TEXT_3

    window.open_document(3)
    assert window.session.spans == {}
    start = TEXT_3.index("саммита")
    select(window, start, start + 7)
    press(qtbot, window.text_view, Qt.Key.Key_Q)
    quote_bg = [s for s in window.text_view.extraSelections()
                if s.cursor.selectionStart() == window.text_view.qt_position(start)]
    assert quote_bg, "the new quote has a highlight"


def test_highlights_follow_the_scroll_in_a_long_article(qtbot, window):
    from annotator.model import AnnotatedDocument, Document, Span

    paragraph = "Министр заявил: «Переговоры продолжатся». " * 8 + "\n\n"
    text = paragraph * 500  # ~180,000 characters
    last = text.rindex("Переговоры")
    spans = [Span(id=1, start=10, end=20, label="CUE"), Span(id=2, start=last, end=last + 10, label="QUOTE")]
    doc_id = window.project.add_document(Document(text=text, title="long"),
                                         annotations=AnnotatedDocument(Document(text=text), spans=spans))
    window.reload_documents()
    window.open_document(doc_id)
    view = window.text_view
    end_start = view.qt_position(last)
    starts = lambda: {s.cursor.selectionStart() for s in view.extraSelections()}  # noqa: E731
    assert end_start not in starts()  # far below the screen: not materialised
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.wait(50)
    assert end_start in starts()


def test_hovering_a_quote_highlights_its_speaker(qtbot, window):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QTextCursor

    view = window.text_view
    assert view.current_span_id == 0
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.qt_position(QUOTE_AT + 4))
    rect = view.cursorRect(cursor)
    qtbot.mouseMove(view.viewport(), QPoint(rect.left() + 2, rect.center().y()))
    qtbot.waitUntil(lambda: any(s.format.background().color().name().lower() == "#f7f0a6"
                                for s in view.extraSelections()), timeout=2000)
    partner = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.extraSelections()
               if s.format.background().color().name().lower() == "#f7f0a6"]
    assert partner == [(view.qt_position(SPEAKER_AT), view.qt_position(SPEAKER_AT + len("Сергей Лавров")))]
