"""CSV `themes`: the themes' names in the interface language, only tags of the chosen statuses."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator import services
from annotator.cli import main
from annotator.model import ACCEPTED, QUOTE, REJECTED, SUGGESTED, Document, Span, Theme, ThemeTag

TEXT = "Мария Захарова заявила: «Мы открыты к диалогу с партнёрами по ЕАЭС»."


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """A quote tagged with a user theme (accepted), a bundled theme (suggested) and one rejected."""
    path = tmp_path / "themes.annotator"
    with services.open_project(path) as project:
        project.save_themes([Theme("theme_1", "Диалог с партнёрами", "Dialogue with partners", position=50)])
        bundled = [theme.id for theme in project.themes() if theme.id != "theme_1"]
        doc_id = project.add_document(Document(text=TEXT, title="Брифинг"))
        start = TEXT.index("Мы открыты")
        quote = project.add_span(Span(start, TEXT.index("»"), QUOTE, doc_id=doc_id, status=ACCEPTED,
                                      attrs={"kind": "direct"}))
        project.add_tag(ThemeTag("theme_1", span_id=quote.id, doc_id=doc_id, status=ACCEPTED))
        project.add_tag(ThemeTag(bundled[0], span_id=quote.id, doc_id=doc_id, status=SUGGESTED))
        project.add_tag(ThemeTag(bundled[1], doc_id=doc_id, status=REJECTED))
    return path


def names(path: Path, theme_id: str) -> tuple[str, str]:
    with services.open_project(path) as project:
        theme = next(t for t in project.themes() if t.id == theme_id)
    return theme.name_ru, theme.name_en


def export_themes(project_path: Path, tmp_path: Path, *flags: str, env: dict[str, str] | None = None) -> list[str]:
    out = tmp_path / "quotes.csv"
    result = CliRunner(env=env).invoke(main, ["--project", str(project_path), "export", "--format", "csv",
                                              "--out", str(out), *flags], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    return row["themes"].split("; ")


def test_russian_names_and_no_rejected_tag(project_path: Path, tmp_path: Path) -> None:
    with services.open_project(project_path) as project:
        bundled = [theme.id for theme in project.themes() if theme.id != "theme_1"]
    assert export_themes(project_path, tmp_path, "--lang", "ru") == [
        "Диалог с партнёрами", names(project_path, bundled[0])[0]]


def test_english_names(project_path: Path, tmp_path: Path) -> None:
    assert export_themes(project_path, tmp_path, "--lang", "en", "--accepted") == ["Dialogue with partners"]


def test_only_tags_of_the_chosen_statuses(project_path: Path, tmp_path: Path) -> None:
    assert export_themes(project_path, tmp_path, "--lang", "ru", "--accepted") == ["Диалог с партнёрами"]


@pytest.mark.parametrize(("locale", "expected"), [("ru_RU.UTF-8", "Диалог с партнёрами"),
                                                  ("en_GB.UTF-8", "Dialogue with partners")])
def test_the_language_comes_from_the_locale_by_default(project_path: Path, tmp_path: Path, locale: str,
                                                       expected: str) -> None:
    env = {"LC_ALL": locale, "LC_MESSAGES": "", "LANG": locale, "LANGUAGE": ""}
    assert export_themes(project_path, tmp_path, "--accepted", env=env) == [expected]


def test_an_unknown_language_is_refused_with_the_choices(project_path: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--project", str(project_path), "export", "--format", "csv",
                                       "--out", str(tmp_path / "q.csv"), "--lang", "de"])
    assert result.exit_code == 2
    assert "'ru'" in result.output and "'en'" in result.output
