"""`annotator FILE.annotator`: how a file manager opens a project with the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from annotator.cli import main
from annotator.services import open_project


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def opened_with(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    """Replace the GUI by a recorder of the project it would open."""
    calls: list[Path | None] = []

    def fake_run_gui(project: Path | None = None) -> int:
        calls.append(project)
        return 0

    monkeypatch.setattr("annotator.gui.app.run_gui", fake_run_gui)
    return calls


def test_a_project_file_as_the_only_argument_opens_the_app_on_it(tmp_path: Path, opened_with: list) -> None:
    path = tmp_path / "Переговоры 2026.annotator"
    open_project(path).close()
    result = run(path)
    assert result.exit_code == 0, result.output
    assert opened_with == [path]


def test_the_file_wins_over_the_environment(tmp_path: Path, opened_with: list, monkeypatch) -> None:
    path = tmp_path / "chosen.annotator"
    open_project(path).close()
    monkeypatch.setenv("ANNOTATOR_PROJECT", str(tmp_path / "other.annotator"))
    result = CliRunner().invoke(main, [str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert opened_with == [path]


def test_without_arguments_the_app_opens_the_default_project(opened_with: list) -> None:
    assert run().exit_code == 0
    assert opened_with == [None]


def test_a_project_file_before_a_command_is_that_command_s_project(tmp_path: Path, opened_with: list) -> None:
    path = tmp_path / "p.annotator"
    open_project(path).close()
    result = run(path, "list")
    assert result.exit_code == 0, result.output
    assert "0 document(s)" in result.output
    assert opened_with == []


def test_a_missing_project_file_is_named_and_the_app_does_not_start(tmp_path: Path, opened_with: list) -> None:
    missing = tmp_path / "gone.annotator"
    result = run(missing)
    assert result.exit_code == 1
    assert f"{missing}: no such project file" in result.stderr
    assert not missing.exists(), "opening a file must not create it"
    assert opened_with == []


def test_a_folder_is_not_taken_for_a_project(tmp_path: Path, opened_with: list) -> None:
    result = run(tmp_path)
    assert result.exit_code == 1
    assert f"{tmp_path}: is a folder, not a project file" in result.stderr
    assert opened_with == []


def test_a_mistyped_command_is_still_reported_as_a_command(opened_with: list) -> None:
    result = run("imprt", "x.txt")
    assert result.exit_code == 2
    assert "No such command 'imprt'" in result.stderr
    assert opened_with == []


def test_a_file_that_is_not_a_project_gets_a_clear_message(tmp_path: Path, monkeypatch) -> None:
    pytest.importorskip("pytestqt")
    from PySide6.QtCore import QSettings

    from annotator.gui import app as gui_app

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    shown: list[str] = []
    monkeypatch.setattr(gui_app.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    notes = tmp_path / "notes.annotator"
    notes.write_text("Заметки к брифингу, не проект.\n", encoding="utf-8")
    before = notes.read_bytes()

    result = run(notes)

    assert result.exit_code == 1
    assert f"{notes}: not an annotator project" in result.stderr
    assert shown and f"{notes}: not an annotator project" in shown[0]
    assert notes.read_bytes() == before, "the file must be left as it was"
