"""The doccano export asks for the offset unit and "without overlaps"; the summary counts apart."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog


def _wait(qtbot, window):
    qtbot.waitUntil(lambda: window.operations.task is None, timeout=20_000)


def _export_doccano(qtbot, window, out, monkeypatch, unit: str | None, no_overlaps: bool) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.findChild(type(window.actions["undo"]), "export_doccano").trigger()
    dialog = window.dialog
    assert dialog is not None and dialog.objectName() == "export_options"
    assert dialog.offsets.currentData() == "utf16"  # the unit a default doccano project draws
    if unit is not None:
        dialog.offsets.setCurrentIndex(dialog.offsets.findData(unit))
    dialog.no_overlaps.setChecked(no_overlaps)
    dialog.accept()
    _wait(qtbot, window)


def test_doccano_export_dialog_passes_the_unit_and_reports_counts(qtbot, window, tmp_path, monkeypatch):
    out = tmp_path / "g.jsonl"
    _export_doccano(qtbot, window, out, monkeypatch, "graphemes", True)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert records and {r["annotator_meta"]["offsets"] for r in records} == {"graphemes"}
    spans = sum(len(r["entities"]) for r in records)
    relations = sum(len(r["relations"]) for r in records)
    assert f"{spans} span(s), {relations} relation(s)" in window.last_message
    assert "theme tag(s)" in window.last_message


def test_doccano_export_dialog_cancelled_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    out = tmp_path / "none.jsonl"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.findChild(type(window.actions["undo"]), "export_doccano").trigger()
    window.dialog.reject()
    qtbot.wait(50)
    assert window.operations.task is None and not out.exists()
