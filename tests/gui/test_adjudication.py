"""Adjudicating a merged team project from the keyboard, and the team menu of the workbench."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "team"))
from team_samples import make_analysts  # noqa: E402

from annotator.store import Project  # noqa: E402
from annotator.team.merge import merge_projects  # noqa: E402


@pytest.fixture
def team_path(tmp_path: Path) -> Path:
    out = tmp_path / "team.annotator"
    merge_projects(make_analysts(tmp_path), out=out)
    return out


@pytest.fixture
def adjudication(qtbot, team_path):
    from annotator.gui.adjudication_window import AdjudicationWindow

    project = Project.open(team_path, create=False)
    window = AdjudicationWindow(project, lambda: "lead")
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.items.setFocus()
    yield window
    project.close()


def press(qtbot, window, *keys):
    for key in keys:
        if isinstance(key, tuple):
            qtbot.keyClick(window.items, key[0], key[1])
        else:
            qtbot.keyClick(window.items, key)


def gold_of(path: Path, doc_id: int):
    with Project.open(path, create=False) as project:
        bundle = project.annotated(doc_id)
    text = bundle.document.text
    spans = sorted((s.label, text[s.start:s.end], s.attrs.get("kind"), s.gold.decision, tuple(s.gold.sources),
                    s.gold.adjudicator) for s in bundle.spans if s.gold is not None)
    tags = sorted((t.theme_id, t.gold.decision) for t in bundle.tags if t.gold is not None)
    relations = sorted((text[bundle.span(r.source_id).start:bundle.span(r.source_id).end],
                        text[bundle.span(r.target_id).start:bundle.span(r.target_id).end])
                       for r in bundle.relations if r.gold is not None)
    dropped = sorted(m.item for m in bundle.dropped)
    return spans, tags, relations, dropped


def test_agreed_items_go_to_gold_when_the_document_opens(adjudication, team_path):
    spans, tags, _, _ = gold_of(team_path, 1)
    assert [(label, words, decision) for label, words, _, decision, _, _ in spans] == [
        ("SPEAKER", "Дмитрий Песков", "agreed"), ("SPEAKER", "Сергей Лавров", "agreed")]
    assert adjudication.items.count() == 4  # two quotes, two themes
    assert "2 of 9 items settled" in adjudication.progress_label.text()


def test_a_document_adjudicated_by_key_presses(qtbot, adjudication, team_path):
    press(qtbot, adjudication, Qt.Key.Key_1)   # «Мы готовы к диалогу»: anna and boris's version
    press(qtbot, adjudication, Qt.Key.Key_B)   # «…в марте»: boris's shorter quote (version B)
    press(qtbot, adjudication, Qt.Key.Key_A)   # bilateral: tagged (version A)
    press(qtbot, adjudication, (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))  # undo it
    assert adjudication.items.count() == 2
    press(qtbot, adjudication, Qt.Key.Key_X)   # drop bilateral after all
    press(qtbot, adjudication, Qt.Key.Key_1)   # integration: the majority did not tag it
    assert adjudication.items.count() == 0
    assert "6 of 9 items settled · 0 open" in adjudication.progress_label.text()
    spans, tags, relations, dropped = gold_of(team_path, 1)
    assert spans == [
        ("QUOTE", "Мы готовы к диалогу", "direct", "chosen", ("anna", "boris"), "lead"),
        ("QUOTE", "состоится в марте", "indirect", "chosen", ("boris",), "lead"),
        ("SPEAKER", "Дмитрий Песков", None, "agreed", ("anna", "boris", "vera"), "lead"),
        ("SPEAKER", "Сергей Лавров", None, "agreed", ("anna", "boris", "vera"), "lead"),
    ]
    assert relations == [("Мы готовы к диалогу", "Сергей Лавров"), ("состоится в марте", "Дмитрий Песков")]
    assert tags == []
    assert dropped == ["theme:bilateral", "theme:integration"]


def test_edit_takes_the_selected_text_and_documents_switch_by_keys(qtbot, adjudication, team_path):
    press(qtbot, adjudication, (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier))
    assert adjudication.state.doc_id == 2
    text = adjudication.state.versions.bundle.document.text
    start = text.index("ответ будет")
    cursor = adjudication.text_view.textCursor()
    cursor.setPosition(adjudication.text_view.utf16.to_utf16(start))
    cursor.setPosition(adjudication.text_view.utf16.to_utf16(start + len("ответ будет")), QTextCursor.MoveMode.KeepAnchor)
    adjudication.text_view.setTextCursor(cursor)
    press(qtbot, adjudication, Qt.Key.Key_E, Qt.Key.Key_1)
    spans, tags, relations, _ = gold_of(team_path, 2)
    assert ("QUOTE", "ответ будет", "direct", "edited", ("anna", "vera"), "lead") in spans
    assert relations == [("ответ будет", "Мария Захарова")]
    assert tags == [("security", "chosen")]


def test_edit_without_a_selection_explains_itself(qtbot, adjudication, team_path):
    press(qtbot, adjudication, Qt.Key.Key_E)
    assert "Select the text" in adjudication.statusBar().currentMessage()
    assert adjudication.items.count() == 4


def test_team_menu_merges_projects_and_shows_statistics(qtbot, window, tmp_path, team_path):
    from annotator.gui.team_menu import merge_projects_dialog

    assert window.menus["team"].actions()[0].objectName() == "merge_projects"
    analysts = sorted(tmp_path.glob("[abv]*.annotator"))
    out = tmp_path / "merged-in-app.annotator"
    results = []
    task = merge_projects_dialog(window, analysts, out, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert results == [True] and out.exists()
    assert "new annotation(s)" in window.last_message
    bad = tmp_path / "broken.annotator"
    bad.write_text("не проект", encoding="utf-8")
    results.clear()
    merge_projects_dialog(window, [bad], tmp_path / "never.annotator", results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert results == [False] and "broken.annotator: not an annotator project" in window.last_message
    assert not (tmp_path / "never.annotator").exists()
    del task


def test_statistics_view_saves_png_and_svg(qtbot, team_path, tmp_path):
    from annotator.gui.statistics_view import StatisticsView

    with Project.open(team_path, create=False) as project:
        view = StatisticsView(project)
        qtbot.addWidget(view)
        assert view.choice.count() == 5
        assert not view.picture.pixmap().isNull()
        png = view.save_as("png", tmp_path / "speakers.png")
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        view.choice.setCurrentIndex(4)
        svg = view.save_as("svg", tmp_path / "pairs")
        assert svg.name == "pairs.svg" and "<svg" in svg.read_text("utf-8")
