"""The analyst's day, annotating (issue 12): keys as the analyst presses them, checks on the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import TEXT_1, build_project, click_at, press, reopen, select, type_text
from PySide6.QtCore import Qt

from annotator import services
from annotator.model import QUOTE, SAID_BY, SPEAKER, SUGGESTED, AnnotatedDocument, Document, Entity, Relation, Span

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
QUOTE_AT = TEXT_1.index("Мы готовы")
SPEAKER_AT = TEXT_1.index("Сергей Лавров")

# A headline that starts with the speaker's name, as wire titles often do.
HEADLINE = ("Лавров: Москва открыта для диалога\n\n"
            "Министр иностранных дел Сергей Лавров заявил, что Москва открыта для диалога с Европой.")
HEADLINE_QUOTE = "Москва открыта для диалога с Европой"


def add_headline_document(path: Path) -> int:
    """Document 4: a suggested speaker at offset 0, a second mention and a linked quote."""
    quote_start = HEADLINE.index(HEADLINE_QUOTE)
    mention = HEADLINE.index("Сергей Лавров")
    spans = [Span(id=1, start=0, end=6, label=SPEAKER, entity_id=1),
             Span(id=2, start=mention, end=mention + len("Сергей Лавров"), label=SPEAKER, entity_id=1),
             Span(id=3, start=quote_start, end=quote_start + len(HEADLINE_QUOTE), label=QUOTE,
                  attrs={"kind": "indirect"})]
    relations = [Relation(source_id=3, target_id=2)]
    for item in [*spans, *relations]:
        item.origin, item.status = "auto:1", SUGGESTED
    bundle = AnnotatedDocument(Document(text=HEADLINE, title="Лавров о диалоге с Европой", date="2026-11-04"),
                               spans, relations, [Entity(id=1, name="Сергей Лавров")], [])
    with services.open_project(path) as project:
        return project.add_document(bundle.document, annotations=bundle)


@pytest.fixture
def headline_window(qtbot, tmp_path):
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Preferences

    path = tmp_path / "headline.annotator"
    build_project(path).close()
    doc_id = add_headline_document(path)
    prefs = Preferences()
    prefs.set_annotator("tester")
    win = MainWindow(services.open_project(path), prefs)
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    win.open_document(doc_id)
    win.text_view.setFocus()
    yield win, path, doc_id
    win.project.close()


def _relations(path: Path, doc_id: int) -> list[tuple[str, str, str, str]]:
    with reopen(path) as project:
        text = project.document(doc_id).text
        spans = {s.id: s for s in project.spans(doc_id)}
        return [(text[spans[r.source_id].start:spans[r.source_id].end],
                 text[spans[r.target_id].start:spans[r.target_id].end], r.kind, r.status)
                for r in project.relations(doc_id)]


def choose(qtbot, window, typed: str = "") -> None:
    """In the speaker chooser (K or S): type to filter, then Enter, as the analyst does."""
    chooser = window.controller.speaker_chooser
    qtbot.waitUntil(chooser.isActiveWindow)
    if typed:
        type_text(chooser.filter, typed)
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isActiveWindow)


# -- 1. N and the suggestion at offset 0 ------------------------------------------------------

def test_opening_a_document_shows_the_suggestion_under_the_cursor(headline_window) -> None:
    window, _path, _doc_id = headline_window
    assert window.text_view.current_span().start == 0
    assert window.span_label.text().startswith("Лавров — speaker · suggested")


def test_n_visits_the_suggestion_at_offset_0_first_then_accepts_from_there(qtbot, headline_window) -> None:
    window, path, doc_id = headline_window
    view = window.text_view
    press(qtbot, view, Qt.Key.Key_N)
    assert (view.current_span().start, view.current_span().label) == (0, SPEAKER)
    press(qtbot, view, Qt.Key.Key_A)  # accept moves on to the next suggestion
    with reopen(path) as project:
        first = next(s for s in project.spans(doc_id) if s.start == 0)
    assert first.status == "accepted"
    assert view.current_span().start == HEADLINE.index("Сергей Лавров")
    press(qtbot, view, Qt.Key.Key_N, SHIFT)  # back: the headline one is decided, so it wraps
    assert view.current_span().status == SUGGESTED


# -- 2. the status bar says what happened --------------------------------------------------------

def test_status_bar_follows_a_link_made_with_k(qtbot, window, gui_project_path) -> None:
    view = window.text_view
    click_at(qtbot, window, QUOTE_AT + 3)
    assert "said by Сергей Лавров" in window.span_label.text()
    select(window, TEXT_1.index("Министр"), TEXT_1.index("Министр") + 7)
    press(qtbot, view, Qt.Key.Key_S)
    qtbot.waitUntil(window.controller.speaker_chooser.isActiveWindow)
    qtbot.keyClick(window.controller.speaker_chooser.filter, Qt.Key.Key_Escape)  # no name yet
    qtbot.waitUntil(window.isActiveWindow)
    click_at(qtbot, window, QUOTE_AT + 3)
    press(qtbot, view, Qt.Key.Key_K)
    choose(qtbot, window, "Мин")
    assert _relations(gui_project_path, 1) == [("Мы готовы к диалогу с партнёрами", "Министр", SAID_BY, "accepted")]
    assert "said by Министр" in window.span_label.text()
    assert "Сергей Лавров" not in window.span_label.text()


def test_undo_redo_and_theme_tagging_say_what_they_did(qtbot, window, gui_project_path) -> None:
    view = window.text_view
    click_at(qtbot, window, QUOTE_AT + 3)
    press(qtbot, view, Qt.Key.Key_6, ALT)  # Energy on the quote
    assert window.statusBar().currentMessage() == "Theme «Energy» added to the annotation"
    press(qtbot, view, Qt.Key.Key_Z, CTRL)
    assert window.statusBar().currentMessage() == "Undone: Tag theme"
    with reopen(gui_project_path) as project:
        assert "energy" not in {t.theme_id for t in project.tags(1)}
    press(qtbot, view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.statusBar().currentMessage() == "Redone: Tag theme"
    press(qtbot, view, Qt.Key.Key_6, ALT)  # a second press removes the accepted tag
    assert window.statusBar().currentMessage() == "Theme «Energy» removed from the annotation"


def test_progress_dialog_keeps_one_width_and_shows_whole_russian_labels(qtbot, window) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from annotator.gui.project_operations import make_progress_dialog, show_progress

    dialog: QProgressDialog = make_progress_dialog("Импорт аннотированного файла", "Отмена", window)
    dialog.show()
    widths = set()
    label = dialog.findChild(type(window.span_label))
    for name in ("a.txt", "очень-длинное-имя-файла-со-статьёй-о-переговорах-в-Астане-2026.txt", "b.txt"):
        show_progress(dialog, 3, 120, name)
        qtbot.wait(1)
        widths.add(dialog.width())
        assert label.wordWrap()
        assert label.sizeHint().width() <= dialog.width()
    assert len(widths) == 1
    dialog.close()


# -- 4. rejecting a speaker mention --------------------------------------------------------------

def test_rejecting_a_mention_rejects_its_links_everywhere_with_undo(qtbot, window, gui_project_path,
                                                                      tmp_path) -> None:
    view = window.text_view
    click_at(qtbot, window, SPEAKER_AT + 2)
    press(qtbot, view, Qt.Key.Key_R)
    assert _relations(gui_project_path, 1) == [("Мы готовы к диалогу с партнёрами", "Сергей Лавров", SAID_BY,
                                                "rejected")]
    click_at(qtbot, window, QUOTE_AT + 3)
    assert "said by" not in window.span_label.text()
    with reopen(gui_project_path) as project:
        services.export_project(project, format_name="csv", out=tmp_path / "quotes.csv")
    import csv

    rows = list(csv.DictReader((tmp_path / "quotes.csv").open(encoding="utf-8-sig")))
    assert [row["speaker"] for row in rows if row["document_id"] == "1"] == [""]
    press(qtbot, view, Qt.Key.Key_Z, CTRL)
    assert _relations(gui_project_path, 1) == [("Мы готовы к диалогу с партнёрами", "Сергей Лавров", SAID_BY,
                                                "suggested")]
    click_at(qtbot, window, QUOTE_AT + 3)
    assert "said by Сергей Лавров" in window.span_label.text()


def test_a_link_to_a_mention_rejected_by_an_older_version_is_not_shown_or_exported(
        qtbot, window, gui_project_path, tmp_path) -> None:
    with reopen(gui_project_path) as project:
        from dataclasses import replace

        speaker = project.span(2)
        project.update_span(replace(speaker, status="rejected"))  # the relation stays "suggested"
        services.export_project(project, format_name="csv", out=tmp_path / "quotes.csv")
    window.session.load(1)
    click_at(qtbot, window, QUOTE_AT + 3)
    assert "said by" not in window.span_label.text()
    assert "Сергей Лавров" not in (tmp_path / "quotes.csv").read_text(encoding="utf-8-sig")


# -- 5. undo gives the document its status back ----------------------------------------------------

def test_undo_of_the_only_edit_gives_back_the_status_new(qtbot, window, gui_project_path) -> None:
    view = window.text_view
    window.open_document(1)
    click_at(qtbot, window, QUOTE_AT + 3)
    press(qtbot, view, Qt.Key.Key_A)
    with reopen(gui_project_path) as project:
        assert project.document(1).status == "in_progress"
    press(qtbot, view, Qt.Key.Key_Z, CTRL)
    with reopen(gui_project_path) as project:
        assert project.document(1).status == "new"
    assert window.document_panel.list.table_model.summary(0).status == "new"
    press(qtbot, view, Qt.Key.Key_Z, CTRL | SHIFT)
    with reopen(gui_project_path) as project:
        assert project.document(1).status == "in_progress"


def test_undo_keeps_in_progress_while_other_edits_remain(qtbot, window, gui_project_path) -> None:
    view = window.text_view
    click_at(qtbot, window, QUOTE_AT + 3)
    press(qtbot, view, Qt.Key.Key_A)
    click_at(qtbot, window, TEXT_1.index("заявил") + 1)
    press(qtbot, view, Qt.Key.Key_A)
    press(qtbot, view, Qt.Key.Key_Z, CTRL)
    with reopen(gui_project_path) as project:
        assert project.document(1).status == "in_progress"


# -- 3. speakers are people, offered at once -------------------------------------------------------

def test_s_offers_the_articles_speakers_and_a_new_one_at_once(qtbot, window, gui_project_path) -> None:
    select(window, TEXT_1.index("Министр"), TEXT_1.index("Министр") + 7)
    press(qtbot, window.text_view, Qt.Key.Key_S)
    chooser = window.controller.speaker_chooser
    assert chooser.rows() == ["Сергей Лавров · 1 mention(s) here", "New speaker: «Министр»"]
    choose(qtbot, window)  # Enter: the nearest known speaker
    with reopen(gui_project_path) as project:
        mention = next(s for s in project.spans(1) if s.origin == "manual")
        assert project.entity(mention.entity_id).name == "Сергей Лавров"
    window.speaker_panel.reload()
    tree = window.speaker_panel.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == ["Сергей Лавров"]


def test_s_then_a_new_speakers_name_typed_in_russian(qtbot, window, gui_project_path) -> None:
    second = TEXT_1.index("Второй")
    select(window, second, second + len("Второй"))
    press(qtbot, window.text_view, Qt.Key.Key_S)
    choose(qtbot, window, "Мария Захарова")  # a speaker of another article, chosen by typing
    select(window, TEXT_1.index("абзац"), TEXT_1.index("абзац") + 5)
    press(qtbot, window.text_view, Qt.Key.Key_S)
    chooser = window.controller.speaker_chooser
    qtbot.waitUntil(chooser.isActiveWindow)
    type_text(chooser.filter, "Пресс-служба МИД")
    assert chooser.rows() == ["New speaker: «Пресс-служба МИД»"]
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isActiveWindow)
    with reopen(gui_project_path) as project:
        names = {project.document(1).text[s.start:s.end]: project.entity(s.entity_id).name
                 for s in project.spans(1) if s.origin == "manual"}
        assert names == {"Второй": "Мария Захарова", "абзац": "Пресс-служба МИД"}
        assert len([e for e in project.entities() if e.name == "Мария Захарова"]) == 1
    press(qtbot, window.text_view, Qt.Key.Key_Z, CTRL)  # the naming, then the mention
    with reopen(gui_project_path) as project:
        assert [s.entity_id for s in project.spans(1) if s.origin == "manual" and s.start == TEXT_1.index("абзац")] \
            == [None]


def test_k_lists_speakers_not_mentions_and_links_the_nearest_mention(qtbot, headline_window) -> None:
    window, path, doc_id = headline_window
    quote_at = HEADLINE.index(HEADLINE_QUOTE)
    click_at(qtbot, window, quote_at + 3)
    press(qtbot, window.text_view, Qt.Key.Key_K)
    chooser = window.controller.speaker_chooser
    assert chooser.rows() == ["Сергей Лавров · 2 mention(s) here"]
    assert not any(str(quote_at) in row or "[" in row for row in chooser.rows())
    choose(qtbot, window)
    assert _relations(path, doc_id) == [(HEADLINE_QUOTE, "Сергей Лавров", SAID_BY, "accepted")]
    with reopen(path) as project:
        (relation,) = project.relations(doc_id)
        assert project.span(relation.target_id).start == HEADLINE.index("Сергей Лавров")  # not the headline's


def test_k_on_a_speaker_mention_names_it(qtbot, headline_window) -> None:
    window, path, doc_id = headline_window
    press(qtbot, window.text_view, Qt.Key.Key_K)  # the cursor rests on «Лавров» in the headline
    chooser = window.controller.speaker_chooser
    assert chooser.rows()[0] == "Сергей Лавров · 1 mention(s) here"
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Escape)
    with reopen(path) as project:
        assert project.span(min(s.id for s in project.spans(doc_id))).entity_id is not None


# -- 7. boundary keys that reach the app -------------------------------------------------------------

def test_no_default_key_is_one_a_window_manager_takes() -> None:
    from annotator.gui import shortcuts

    taken = [(spec.id, spec.shortcut) for spec in shortcuts.ACTIONS
             if shortcuts.taken_by_window_manager(spec.shortcut)]
    assert taken == []
    assert shortcuts.taken_by_window_manager("Shift+Alt+Right")  # what GNOME, Xfce, Openbox, Cinnamon take
    assert shortcuts.taken_by_window_manager("Ctrl+Alt+Left")


def test_alt_arrows_move_the_boundaries_by_words(qtbot, window, gui_project_path) -> None:
    from gui_helpers import span_texts

    view = window.text_view
    click_at(qtbot, window, SPEAKER_AT + 2)
    press(qtbot, view, Qt.Key.Key_Right, ALT)  # end one word right
    assert ("Сергей Лавров заявил", "SPEAKER", "suggested") in span_texts(gui_project_path, 1, TEXT_1)
    press(qtbot, view, Qt.Key.Key_Up, ALT)  # start one word earlier
    assert ("дел Сергей Лавров заявил", "SPEAKER", "suggested") in span_texts(gui_project_path, 1, TEXT_1)
    press(qtbot, view, Qt.Key.Key_Left, ALT)
    press(qtbot, view, Qt.Key.Key_Down, ALT)
    assert ("Сергей Лавров", "SPEAKER", "suggested") in span_texts(gui_project_path, 1, TEXT_1)


def test_preferences_warn_about_a_key_the_window_manager_takes(qtbot, window) -> None:
    from PySide6.QtGui import QKeySequence

    window.show_preferences()
    dialog = window.dialog
    assert dialog.wm_warning.text() == ""
    dialog.editor("extend_end").setKeySequence(QKeySequence("Ctrl+Alt+Right"))
    assert "Ctrl+Alt+Right" in dialog.wm_warning.text()
    dialog.accept()
    assert window.prefs.shortcut("extend_end", "") == "Ctrl+Alt+Right"  # still the analyst's choice
    dialog.close()


# -- 6. the taxonomy editor saves as you type ----------------------------------------------------------

def _theme(path: Path, theme_id: str):
    with reopen(path) as project:
        return project.theme(theme_id)


def test_taxonomy_edits_are_saved_when_the_editor_closes_and_undone_in_one_step(
        qtbot, window, gui_project_path) -> None:
    before = _theme(gui_project_path, "energy")
    press(qtbot, window.text_view, Qt.Key.Key_T, CTRL | SHIFT)
    editor = window.dialog
    editor.select_theme("energy")
    editor.keywords.end(False)
    type_text(editor.keywords, ", газопровод")
    editor.name_ru.end(False)
    type_text(editor.name_ru, " и ресурсы")
    qtbot.keyClick(editor.name_ru, Qt.Key.Key_Escape)  # closes the dialog at once, no Save pressed
    assert not editor.isVisible()
    after = _theme(gui_project_path, "energy")
    assert after.name_ru == before.name_ru + " и ресурсы"
    assert after.keywords == [*before.keywords, "газопровод"]
    press(qtbot, window.text_view, Qt.Key.Key_Z, CTRL)  # one step takes back all of the typing
    assert _theme(gui_project_path, "energy") == before
    assert window.statusBar().currentMessage() == "Undone: Edit theme"


def test_taxonomy_edits_are_saved_while_typing_and_when_switching_theme(qtbot, window, gui_project_path) -> None:
    window.show_taxonomy_editor()
    editor = window.dialog
    editor.select_theme("energy")
    editor.name_en.selectAll()
    type_text(editor.name_en, "Energy and resources")
    qtbot.waitUntil(lambda: _theme(gui_project_path, "energy").name_en == "Energy and resources")
    type_text(editor.name_en, "!")
    editor.select_theme("economy")  # before the pause: switching saves it
    assert _theme(gui_project_path, "energy").name_en == "Energy and resources!"
    assert editor.name_en.text() == _theme(gui_project_path, "economy").name_en
    editor.colour.selectAll()
    type_text(editor.colour, "#12")  # half a colour: kept out of the file, said in the dialog
    editor.flush()
    assert "#RRGGBB" in editor.error_label.text()
    assert _theme(gui_project_path, "economy").color != "#12"
    editor.close()


# -- 8. one kind of suggestion at a time ------------------------------------------------------------------

def _statuses(path: Path, doc_id: int = 1) -> dict[str, str]:
    with reopen(path) as project:
        text = project.document(doc_id).text
        spans = {text[s.start:s.end]: s.status for s in project.spans(doc_id)}
        spans.update({f"theme:{t.theme_id}": t.status for t in project.tags(doc_id)})
        spans.update({f"link:{r.source_id}": r.status for r in project.relations(doc_id)})
        return spans


def test_f_reviews_only_quotes_then_accept_all_takes_only_them(qtbot, window, gui_project_path) -> None:
    view = window.text_view
    press(qtbot, view, Qt.Key.Key_F)  # all -> only quotes
    assert window.review_label.text() == "Reviewing only quotes"
    press(qtbot, view, Qt.Key.Key_N)
    assert view.current_span().label == QUOTE
    press(qtbot, view, Qt.Key.Key_N)  # the only quote: N stays on quotes
    assert view.current_span().label == QUOTE
    press(qtbot, view, Qt.Key.Key_A, CTRL | SHIFT)
    statuses = _statuses(gui_project_path)
    assert statuses["Мы готовы к диалогу с партнёрами"] == "accepted"
    assert statuses["link:1"] == "accepted"  # its speaker link comes with it
    assert (statuses["Сергей Лавров"], statuses["заявил"]) == ("suggested", "suggested")
    assert (statuses["theme:bilateral"], statuses["theme:economy"]) == ("suggested", "suggested")


def test_reviewing_only_themes_from_the_menu_a_decides_the_theme_not_the_quote(qtbot, window,
                                                                               gui_project_path) -> None:
    view = window.text_view
    review_menu = window.menus["review"]
    themes_entry = next(a for a in review_menu.actions() if a.text() == "Review only themes")
    themes_entry.trigger()
    assert themes_entry.isChecked()
    press(qtbot, view, Qt.Key.Key_N)
    assert view.current_span().label == QUOTE  # the quote carries the suggested theme
    press(qtbot, view, Qt.Key.Key_A)
    statuses = _statuses(gui_project_path)
    assert statuses["theme:economy"] == "accepted"
    assert statuses["Мы готовы к диалогу с партнёрами"] == "suggested"
    press(qtbot, view, Qt.Key.Key_A, CTRL | SHIFT)  # accept all: the document's themes only
    statuses = _statuses(gui_project_path)
    assert statuses["theme:bilateral"] == "accepted"
    assert {statuses["Мы готовы к диалогу с партнёрами"], statuses["Сергей Лавров"]} == {"suggested"}
    press(qtbot, view, Qt.Key.Key_Z, CTRL)
    assert _statuses(gui_project_path)["theme:bilateral"] == "suggested"


def test_reviewing_only_speakers_skips_quotes_and_cues(qtbot, window) -> None:
    view = window.text_view
    window.actions["review_speakers"].trigger()
    assert window.actions["review_speakers"].isChecked()
    press(qtbot, view, Qt.Key.Key_N)
    assert view.current_span().label == SPEAKER
    press(qtbot, view, Qt.Key.Key_N, SHIFT)
    assert view.current_span().label == SPEAKER
    for _ in range(3):
        press(qtbot, view, Qt.Key.Key_F)  # speakers -> themes -> all -> quotes
    assert window.actions["review_quotes"].isChecked()


# -- 10. comments and memos ----------------------------------------------------------------------------------

def _note(qtbot, window, text: str) -> None:
    """Type a note in the note dialog and save it with Ctrl+Enter."""
    dialog = window.notes.dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.editor.selectAll()
    type_text(dialog.editor, text)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(window.isActiveWindow)


def test_m_writes_a_comment_on_the_annotation_shown_in_the_status_bar(qtbot, window, gui_project_path) -> None:
    view = window.text_view
    click_at(qtbot, window, QUOTE_AT + 3)
    press(qtbot, view, Qt.Key.Key_M)
    _note(qtbot, window, "сверить с видео")
    with reopen(gui_project_path) as project:
        assert project.span(1).comment == "сверить с видео"
    assert "comment: сверить с видео" in window.span_label.text()
    assert "comment: сверить с видео" in view.describe(view.current_span())  # the tooltip's text
    press(qtbot, view, Qt.Key.Key_Z, CTRL)
    with reopen(gui_project_path) as project:
        assert project.span(1).comment == ""
    assert "comment" not in window.span_label.text()


def test_ctrl_m_writes_a_memo_on_the_document_with_undo(qtbot, window, gui_project_path) -> None:
    view = window.text_view
    click_at(qtbot, window, TEXT_1.index("Второй") + 2)  # no annotation here
    press(qtbot, view, Qt.Key.Key_M, CTRL)
    _note(qtbot, window, "Источник — интервью РИА")
    with reopen(gui_project_path) as project:
        assert project.document(1).memo == "Источник — интервью РИА"
    assert window.span_label.text() == "Memo: Источник — интервью РИА"
    window.open_document(2)
    window.open_document(1)
    click_at(qtbot, window, TEXT_1.index("Второй") + 2)
    assert window.span_label.text() == "Memo: Источник — интервью РИА"
    press(qtbot, view, Qt.Key.Key_Z, CTRL)
    with reopen(gui_project_path) as project:
        assert project.document(1).memo == ""
    assert window.span_label.text() == ""


def test_m_without_an_annotation_says_what_to_do(qtbot, window, gui_project_path) -> None:
    click_at(qtbot, window, TEXT_1.index("Второй") + 2)
    press(qtbot, window.text_view, Qt.Key.Key_M)
    assert "Ctrl+M" in window.statusBar().currentMessage()
    assert window.notes.dialog is None


# -- 9. the analysis again, from the app ---------------------------------------------------------------------

def _rows(path: Path, doc_id: int):
    with reopen(path) as project:
        return ([(s.id, s.start, s.end, s.label, s.status) for s in project.spans(doc_id)],
                [(r.source_id, r.target_id, r.status) for r in project.relations(doc_id)],
                [(t.theme_id, t.span_id, t.status) for t in project.tags(doc_id)])


def test_f5_analyses_the_document_again_keeping_decisions_and_undoes(qtbot, window, gui_project_path) -> None:
    view = window.text_view
    click_at(qtbot, window, QUOTE_AT + 3)
    press(qtbot, view, Qt.Key.Key_A)  # decided: must survive
    window.show_taxonomy_editor()  # a new keyword for a theme, as an analyst would add it
    editor = window.dialog
    editor.select_theme("energy")
    editor.keywords.selectAll()
    # A phrase of two words: one passing word no longer tags a whole document.
    type_text(editor.keywords, "второй абзац")
    editor.close()
    before = _rows(gui_project_path, 1)
    press(qtbot, view, Qt.Key.Key_F5)
    spans, relations, tags = _rows(gui_project_path, 1)
    assert (1, QUOTE_AT, TEXT_1.index("»"), QUOTE, "accepted") in spans
    assert ("energy", None, "suggested") in tags  # the new keyword found
    assert "new suggestion" in window.statusBar().currentMessage()
    assert {s[0] for s in spans if s[4] == "accepted"} == {s[0] for s in before[0] if s[4] == "accepted"}
    press(qtbot, view, Qt.Key.Key_Z, CTRL)
    assert _rows(gui_project_path, 1) == before
    press(qtbot, view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _rows(gui_project_path, 1) == (spans, relations, tags)


def test_ctrl_f5_analyses_the_whole_project_after_asking(qtbot, window, gui_project_path) -> None:
    from PySide6.QtWidgets import QMessageBox

    with reopen(gui_project_path) as project:
        from dataclasses import replace

        project.save_theme(replace(project.theme("security"), keywords=["статья"]))
    window.session.themes_changed.emit()
    press(qtbot, window.text_view, Qt.Key.Key_F5, CTRL)
    box = window.reanalysis.confirm_box
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert _rows(gui_project_path, 3) == ([], [], [])
    press(qtbot, window.text_view, Qt.Key.Key_F5, CTRL)
    qtbot.mouseClick(window.reanalysis.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.operations.task is None, timeout=30_000)
    assert ("security", None, "suggested") in _rows(gui_project_path, 3)[2]
    assert "Analysis finished" in window.message_box.windowTitle()
    assert not window.session.undo_stack.canUndo()


def test_f5_without_the_analysis_installed_says_so_and_changes_nothing(qtbot, window, gui_project_path,
                                                                       monkeypatch) -> None:
    from annotator.gui import reanalysis

    monkeypatch.setattr(reanalysis, "analysis_available", lambda: False)
    before = _rows(gui_project_path, 1)
    press(qtbot, window.text_view, Qt.Key.Key_F5)
    assert "not installed" in window.last_message
    assert _rows(gui_project_path, 1) == before
    assert not window.session.undo_stack.canUndo()


# -- the same feedback in Russian --------------------------------------------------------------------------------

def test_status_bar_speaks_russian(qtbot, gui_project_path) -> None:
    from PySide6.QtWidgets import QApplication

    from annotator.gui.app import install_translations
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Preferences

    assert install_translations(QApplication.instance(), "ru")
    try:
        prefs = Preferences()
        prefs.set_annotator("tester")
        window = MainWindow(services.open_project(gui_project_path), prefs, language="ru")
        qtbot.addWidget(window)
        window.resize(1440, 900)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        click_at(qtbot, window, QUOTE_AT + 3)
        press(qtbot, window.text_view, Qt.Key.Key_6, ALT)
        message = window.statusBar().currentMessage()
        assert message.startswith("Тема «") and message.endswith("» добавлена к аннотации")
        press(qtbot, window.text_view, Qt.Key.Key_Z, CTRL)
        assert window.statusBar().currentMessage().startswith("Отменено: ")
        assert "Tag" not in window.statusBar().currentMessage()
        press(qtbot, window.text_view, Qt.Key.Key_F)
        assert window.review_label.text() == "Проверка: только цитаты"
        window.project.close()
    finally:
        install_translations(QApplication.instance(), "en")


def test_set_speaker_in_the_panel_uses_the_same_quick_chooser(qtbot, window, gui_project_path) -> None:
    select(window, TEXT_1.index("Министр"), TEXT_1.index("Министр") + 7)
    press(qtbot, window.text_view, Qt.Key.Key_S)
    qtbot.waitUntil(window.controller.speaker_chooser.isActiveWindow)
    qtbot.keyClick(window.controller.speaker_chooser.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.isActiveWindow)
    window.docks["speakers"].raise_()
    panel = window.speaker_panel
    panel.reload()
    unnamed = next(panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
                   if panel.tree.topLevelItem(i).text(0) == "(no speaker assigned)")
    panel.tree.setCurrentItem(unnamed.child(0))
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    assert window.controller.speaker_chooser.rows()[0] == "Сергей Лавров · 1 mention(s) here"
    choose(qtbot, window)
    with reopen(gui_project_path) as project:
        mention = next(s for s in project.spans(1) if s.origin == "manual")
        assert project.entity(mention.entity_id).name == "Сергей Лавров"
