"""Use-cases shared by the CLI and the GUI: which project, import reports, analysis, export."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator import services
from annotator.model import SUGGESTED, AnnotatorError, is_auto
from annotator.resources import default_taxonomy

ARTICLE = (
    "Пресс-секретарь президента России Дмитрий Песков заявил журналистам, что Москва "
    "позитивно оценивает итоги переговоров.\n"
    "«Мы удовлетворены тем, как развивается двусторонняя повестка», — сказал Песков.\n"
)


# -- which project -------------------------------------------------------------------


def test_the_project_is_the_option_then_the_environment_then_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert services.project_path(tmp_path / "explicit.annotator") == tmp_path / "explicit.annotator"
    monkeypatch.setenv("ANNOTATOR_PROJECT", str(tmp_path / "env.annotator"))
    assert services.project_path(None) == tmp_path / "env.annotator"
    assert services.project_path(tmp_path / "explicit.annotator") == tmp_path / "explicit.annotator"
    monkeypatch.delenv("ANNOTATOR_PROJECT")
    default = services.project_path(None)
    assert default == services.default_project_path()
    assert default.name == "default.annotator" and "annotator" in default.parent.parts[-1]


def test_the_annotator_name_comes_from_the_environment_when_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATOR_NAME", "Анна")
    assert services.default_annotator() == "Анна"
    monkeypatch.delenv("ANNOTATOR_NAME")
    assert services.default_annotator()


def test_a_new_project_holds_the_bundled_taxonomy(project) -> None:
    assert [t.id for t in project.themes()] == [t.id for t in default_taxonomy()]


def test_opening_an_existing_project_keeps_its_own_taxonomy(project_path: Path) -> None:
    with services.open_project(project_path) as project:
        for theme in project.themes():
            project.delete_theme(theme.id)
        from annotator.model import Theme

        project.save_theme(Theme("arctic", "Арктика", "Arctic"))
    with services.open_project(project_path) as reopened:
        assert [t.id for t in reopened.themes()] == ["arctic"]


# -- import reports -------------------------------------------------------------------


def test_an_import_report_summarises_every_outcome(project, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "c.txt").write_bytes(b"")
    (folder / "d.xlsx").write_bytes(b"PK")
    report = services.import_paths(project, [folder], analyze=False)
    assert (report.document_count, len(report.duplicates), len(report.failures), len(report.skipped)) == (1, 1, 1, 1)
    assert not report.ok
    lines = report.lines()
    assert lines[0].startswith("imported 1 document(s) from ")
    assert any(line.startswith("duplicate skipped: ") and "b.txt" in line for line in lines)
    assert any(line.startswith("failed: ") and "c.txt" in line for line in lines)
    assert any(line.startswith("not an article file, skipped: ") and "d.xlsx" in line for line in lines)


def test_an_empty_list_of_paths_imports_nothing(project) -> None:
    report = services.import_paths(project, [], analyze=False)
    assert report.ok and report.document_count == 0


# -- export ---------------------------------------------------------------------------


def test_an_unknown_export_format_is_refused(project, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        services.export_project(project, format_name="pdf", out=tmp_path / "out.pdf")


def test_export_of_chosen_documents_only(project, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("Второе сообщение.\nСтороны подписали меморандум.", encoding="utf-8")
    services.import_paths(project, [tmp_path / "in"], analyze=False)
    out = tmp_path / "one.jsonl"
    services.export_project(project, format_name="jsonl", out=out, doc_ids=[project.document_ids()[1]])
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_a_format_without_a_reader_cannot_be_imported(project, tmp_path: Path) -> None:
    from annotator.formats import format_module

    writers_only = [name for name in ("csv", "conll") if not hasattr(format_module(name), "read")]
    if not writers_only:
        pytest.skip("every format has a reader")
    with pytest.raises(AnnotatorError, match="cannot be imported|not imported|exported but not"):
        services.import_annotated(project, tmp_path / "x", format_name=writers_only[0])


# -- with analysis ---------------------------------------------------------------------


def test_import_with_analysis_stores_only_pending_automatic_suggestions(project, tmp_path: Path) -> None:
    path = tmp_path / "peskov.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    report = services.import_paths(project, [path], workers=1)
    assert report.ok and report.document_count == 1
    [doc_id] = project.document_ids()
    bundle = project.annotated(doc_id)
    assert bundle.spans, "the quote and its speaker are suggested"
    for item in [*bundle.spans, *bundle.relations, *bundle.tags]:
        assert item.status == SUGGESTED and is_auto(item.origin)


def test_re_analysing_a_document_does_not_duplicate_its_suggestions(project, tmp_path: Path) -> None:
    path = tmp_path / "peskov.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    services.import_paths(project, [path], workers=1)
    [doc_id] = project.document_ids()

    def counts() -> tuple[int, int, int]:
        bundle = project.annotated(doc_id)
        return len(bundle.spans), len(bundle.relations), len(bundle.tags)

    before = counts()
    services.analyse_document(project, doc_id)
    services.analyse_project(project)
    assert counts() == before


def test_a_parallel_import_with_analysis_stores_the_same_as_a_serial_one(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for number in range(5):
        (folder / f"{number}.txt").write_text(f"Сообщение № {number}\n{ARTICLE}", encoding="utf-8")
    results = []
    for workers in (1, 2):
        with services.open_project(tmp_path / f"w{workers}.annotator") as project:
            report = services.import_paths(project, [folder], workers=workers)
            assert report.ok
            results.append([
                (b.document.text, len(b.spans), len(b.relations), len(b.tags)) for b in project.iter_annotated()
            ])
    assert results[0] == results[1]


def test_the_sample_project_holds_the_bundled_articles(tmp_path: Path) -> None:
    path = tmp_path / "samples.annotator"
    with services.ensure_sample_project(path) as project:
        assert project.document_count() == len(services.sample_files()) >= 12
        summaries = project.document_summaries()
        assert all(s.title for s in summaries)
        assert any(s.date and s.source for s in summaries), "metadata.json fills date and source"
    with services.ensure_sample_project(path) as again:
        assert again.document_count() == len(services.sample_files()), "samples are added only once"
