"""The ``annotator`` command line, driven the way a user types it (click's CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from annotator import __version__
from annotator.cli import main

STATEMENT = (
    "Совместное заявление министров иностранных дел\n"
    "Министры подтвердили приверженность углублению стратегического партнёрства и "
    "договорились синхронизировать подходы к повестке Совета Безопасности ООН.\n"
)
BRIEFING = (
    "Брифинг официального представителя МИД\n"
    "Мария Захарова заявила, что Москва рассчитывает на продолжение консультаций "
    "по линии СНГ и ОДКБ.\n"
)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "statement.txt").write_text(STATEMENT, encoding="utf-8")
    (folder / "briefing.txt").write_bytes(BRIEFING.encode("cp1251"))
    return folder


def run(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


def test_import_list_search_and_export_with_the_project_option(tmp_path: Path, articles: Path) -> None:
    project = tmp_path / "work.annotator"

    imported = run("--project", project, "import", "--no-analyze", articles)
    assert imported.exit_code == 0, imported.output
    assert "imported 2 document(s) from 2 of 2 file(s)" in imported.output

    listed = run("--project", project, "list")
    assert listed.exit_code == 0
    assert "Брифинг официального представителя МИД" in listed.output
    assert "Совместное заявление министров иностранных дел" in listed.output

    as_json = run("--project", project, "list", "--json")
    rows = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert sorted(row["title"] for row in rows) == [
        "Брифинг официального представителя МИД", "Совместное заявление министров иностранных дел"]
    assert {row["status"] for row in rows} == {"new"}

    found = run("--project", project, "search", "повестка")
    assert found.exit_code == 0
    assert "[повестке]" in found.output
    assert "Захарова" not in found.output

    out = tmp_path / "export.jsonl"
    exported = run("--project", project, "export", "--format", "jsonl", "--out", out)
    assert exported.exit_code == 0, exported.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_the_project_can_be_named_by_the_environment(tmp_path: Path, articles: Path) -> None:
    env = {"ANNOTATOR_PROJECT": str(tmp_path / "env.annotator")}
    assert run("import", "--no-analyze", articles, env=env).exit_code == 0
    assert (tmp_path / "env.annotator").exists()
    assert run("list", env=env).output.count("\n") == 2 + 1  # two rows and the count line
    assert "Захарова" in run("search", "Захаровой", env=env).output


def test_the_project_option_wins_over_the_environment(tmp_path: Path, articles: Path) -> None:
    env = {"ANNOTATOR_PROJECT": str(tmp_path / "env.annotator")}
    assert run("--project", tmp_path / "explicit.annotator", "import", "--no-analyze", articles, env=env).exit_code == 0
    assert (tmp_path / "explicit.annotator").exists()
    assert not (tmp_path / "env.annotator").exists()


def test_an_export_imported_into_a_new_project_lists_the_same_documents(tmp_path: Path, articles: Path) -> None:
    first, second = tmp_path / "first.annotator", tmp_path / "second.annotator"
    out = tmp_path / "export.jsonl"
    run("--project", first, "import", "--no-analyze", articles)
    run("--project", first, "export", "--format", "jsonl", "--out", out)

    imported = run("--project", second, "import", "--no-analyze", out)
    assert imported.exit_code == 0, imported.output
    assert run("--project", second, "list").output == run("--project", first, "list").output

    third = tmp_path / "third.annotator"
    explicit = run("--project", third, "import", "--format", "jsonl", out)
    assert explicit.exit_code == 0, explicit.output
    assert run("--project", third, "list").output == run("--project", first, "list").output


def test_importing_a_missing_file_fails_naming_it(tmp_path: Path, articles: Path) -> None:
    missing = tmp_path / "нет-такого-файла.txt"
    result = run("--project", tmp_path / "p.annotator", "import", "--no-analyze", articles, missing)
    assert result.exit_code == 1
    assert "нет-такого-файла.txt" in result.stderr
    assert "imported 2 document(s)" in result.stdout, "the good files are imported anyway"


def test_a_bad_file_makes_import_exit_non_zero(tmp_path: Path, articles: Path) -> None:
    (articles / "broken.csv").write_text("title,date\nВизит,2024-05-14\n", encoding="utf-8")
    result = run("--project", tmp_path / "p.annotator", "import", "--no-analyze", articles)
    assert result.exit_code == 1
    assert "broken.csv, line 1" in result.stderr


def test_duplicates_are_reported_but_are_not_a_failure(tmp_path: Path, articles: Path) -> None:
    project = tmp_path / "p.annotator"
    run("--project", project, "import", "--no-analyze", articles)
    again = run("--project", project, "import", "--no-analyze", articles)
    assert again.exit_code == 0
    assert again.output.count("duplicate skipped") == 2


def test_progress_lines_go_to_stderr(tmp_path: Path, articles: Path) -> None:
    result = run("--project", tmp_path / "p.annotator", "import", "--no-analyze", "--progress", articles)
    assert "[1/2]" in result.stderr and "[2/2]" in result.stderr


@pytest.mark.parametrize("where", ["under-a-file", "a-folder"])
def test_export_to_a_path_that_cannot_be_written_fails_cleanly(tmp_path: Path, articles: Path, where: str) -> None:
    project = tmp_path / "p.annotator"
    run("--project", project, "import", "--no-analyze", articles)
    blocker = tmp_path / "blocker.txt"
    blocker.write_text("файл, а не папка", encoding="utf-8")
    out = blocker / "export.jsonl" if where == "under-a-file" else articles
    result = run("--project", project, "export", "--format", "jsonl", "--out", out)
    assert result.exit_code == 1
    assert result.stderr.startswith("annotator: ")
    assert "Traceback" not in result.output


def test_export_from_a_missing_project_fails_without_creating_it(tmp_path: Path) -> None:
    project = tmp_path / "absent.annotator"
    result = run("--project", project, "export", "--format", "jsonl", "--out", tmp_path / "out.jsonl")
    assert result.exit_code == 1
    assert "absent.annotator" in result.stderr
    assert not project.exists()


@pytest.mark.parametrize(
    "command",
    [["list"], ["import", "--no-analyze", "ARTICLES"], ["export", "--format", "jsonl", "--out", "OUT"], ["search", "визит"]],
    ids=["list", "import", "export", "search"],
)
def test_a_project_option_naming_a_non_sqlite_file_is_refused_and_the_file_kept(
    tmp_path: Path, articles: Path, command: list[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Заметки к переговорам: не проект.\n", encoding="utf-8")
    before = notes.read_bytes()
    args = [str(articles) if a == "ARTICLES" else str(tmp_path / "out.jsonl") if a == "OUT" else a for a in command]
    result = run("--project", notes, *args)
    assert result.exit_code == 1
    assert str(notes) in result.stderr and "not an SQLite database" in result.stderr
    assert notes.read_bytes() == before
    assert not (tmp_path / "out.jsonl").exists()


def test_a_folder_as_project_is_a_usage_error(tmp_path: Path) -> None:
    result = run("--project", tmp_path, "list")
    assert result.exit_code == 2


def test_an_unknown_export_format_is_a_usage_error(tmp_path: Path) -> None:
    result = run("--project", tmp_path / "p.annotator", "export", "--format", "pdf", "--out", tmp_path / "x")
    assert result.exit_code == 2
    assert "pdf" in result.output


def test_import_needs_at_least_one_path(tmp_path: Path) -> None:
    assert run("--project", tmp_path / "p.annotator", "import").exit_code == 2


def test_a_project_from_a_newer_version_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    import sqlite3

    project = tmp_path / "future.annotator"
    assert run("--project", project, "list").exit_code == 0
    conn = sqlite3.connect(project)
    conn.execute("PRAGMA user_version=999")
    conn.close()
    before = project.read_bytes()
    result = run("--project", project, "list")
    assert result.exit_code == 1
    assert str(project) in result.stderr and "newer version" in result.stderr
    assert project.read_bytes() == before


def test_import_analyses_by_default(tmp_path: Path, articles: Path) -> None:
    project = tmp_path / "p.annotator"
    assert run("--project", project, "import", "--workers", "1", articles).exit_code == 0
    listed = [json.loads(line) for line in run("--project", project, "list", "--json").stdout.splitlines()]
    assert len(listed) == 2
