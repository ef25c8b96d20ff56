"""The doccano export asks for the offset unit and "without overlaps"; the summary counts apart."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QCheckBox, QComboBox
from test_export_dialog import home, open_export, press_export, wait_done  # noqa: F401  (fixture)


def test_doccano_export_passes_the_unit_and_reports_counts(qtbot, window, home, tmp_path) -> None:  # noqa: F811
    out = tmp_path / "g.jsonl"
    dialog = open_export(window, "doccano")
    offsets = dialog.findChild(QComboBox, "offsets")
    assert offsets.currentData() == "utf16"  # the unit a default doccano project draws
    offsets.setCurrentIndex(offsets.findData("graphemes"))
    dialog.findChild(QCheckBox, "no_overlaps").setChecked(True)
    dialog.path_field.setText(str(out))
    press_export(qtbot, window, dialog)
    wait_done(qtbot, window)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert records and {r["annotator_meta"]["offsets"] for r in records} == {"graphemes"}
    spans = sum(len(r["entities"]) for r in records)
    relations = sum(len(r["relations"]) for r in records)
    assert f"{spans} span(s), {relations} relation(s)" in window.last_message
    assert "theme tag(s)" in window.last_message


def test_doccano_export_cancelled_writes_nothing(qtbot, window, home, tmp_path) -> None:  # noqa: F811
    out = tmp_path / "none.jsonl"
    dialog = open_export(window, "doccano")
    dialog.path_field.setText(str(out))
    dialog.reject()
    qtbot.wait(50)
    assert window.operations.task is None and not out.exists()
