from PySide6.QtCore import Qt

from gui_helpers import TEXT_1, press, reopen, select


def test_q_creates_a_quote_from_the_selection_snapped_to_words(qtbot, window, gui_project_path):
    start = TEXT_1.index("переговоры") + 3  # inside the word
    end = TEXT_1.index("продолжатся") + 4
    select(window, start, end)
    press(qtbot, window.text_view, Qt.Key.Key_Q)
    with reopen(gui_project_path) as project:
        quotes = [s for s in project.spans(1) if s.label == "QUOTE" and s.origin == "manual"]
    assert [(TEXT_1[q.start:q.end], q.annotator, q.status) for q in quotes] == [
        ("переговоры продолжатся", "tester", "accepted")]
