"""Merging analysts' project files: documents by text, annotators kept, idempotent, atomic."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from team_samples import ANALYSTS, TEXT_1, make_analysts, make_template

from annotator.cli import main
from annotator.model import AnnotatorError, Document, Theme
from annotator.services import open_project
from annotator.store import Project
from annotator.team.merge import merge_projects


def counts(path: Path) -> dict[str, int]:
    """Annotations per annotator, documents and speakers of a project file."""
    with Project.open(path, create=False) as project:
        found: dict[str, int] = {}
        for bundle in project.iter_annotated():
            for item in [*bundle.spans, *bundle.relations, *bundle.tags]:
                found[item.annotator] = found.get(item.annotator, 0) + 1
        found["documents"] = project.document_count()
        found["speakers"] = len(project.entities())
        return found


@pytest.fixture
def analysts(tmp_path: Path) -> list[Path]:
    return make_analysts(tmp_path)


def test_merge_keeps_every_annotator_and_matches_documents_and_speakers(analysts, tmp_path):
    out = tmp_path / "team.annotator"
    report = merge_projects(analysts, out=out)
    # anna: 3 speakers + 3 quotes + 3 relations + 2 tags; boris: 3+2+2+3; vera: 3+2+2+0
    assert counts(out) == {"anna": 11, "boris": 10, "vera": 7, "documents": 2, "speakers": 3}
    assert report.documents_added == 2 and report.annotations_added == 28
    assert report.annotators == list(ANALYSTS)
    assert report.partial == []
    with Project.open(out, create=False) as team:
        assert team.document_annotators() == {1: set(ANALYSTS), 2: set(ANALYSTS)}
        assert {e.name for e in team.entities()} == {"Сергей Лавров", "Дмитрий Песков", "Мария Захарова"}


def test_merging_the_same_projects_again_adds_nothing(analysts, tmp_path):
    out = tmp_path / "team.annotator"
    merge_projects(analysts, out=out)
    before = counts(out)
    again = merge_projects([*analysts, analysts[0]], out=out)
    assert again.documents_added == 0 and again.annotations_added == 0
    assert counts(out) == before


def test_a_project_merged_with_itself_is_unchanged(analysts, tmp_path):
    out = tmp_path / "self.annotator"
    merge_projects([analysts[0], analysts[0]], out=out)
    assert counts(out) == {"anna": 11, "documents": 2, "speakers": 3}


def test_merging_with_an_empty_project_reports_the_missing_documents(analysts, tmp_path):
    empty = tmp_path / "empty.annotator"
    open_project(empty).close()
    out = tmp_path / "team.annotator"
    report = merge_projects([analysts[0], empty], out=out)
    assert counts(out) == {"anna": 11, "documents": 2, "speakers": 3}
    assert sorted(title for title, _ in report.partial) == ["Брифинг Захаровой", "Лавров и Песков"]
    assert all(files == [str(empty)] for _, files in report.partial)


def test_a_document_only_some_analysts_have_is_reported(analysts, tmp_path):
    with open_project(analysts[2]) as vera:
        vera.add_document(Document(text="Глава МИД провёл переговоры в Минске.", title="Только у Веры"))
    report = merge_projects(analysts, out=tmp_path / "team.annotator")
    assert report.partial == [("Только у Веры", [str(analysts[0]), str(analysts[1])])]


def test_a_different_taxonomy_is_refused_unless_one_is_chosen(analysts, tmp_path):
    with open_project(analysts[1]) as boris:
        boris.save_theme(Theme(id="bilateral", name_ru="Двусторонние отношения", name_en="Bilateral"))
    out = tmp_path / "team.annotator"
    with pytest.raises(AnnotatorError) as refused:
        merge_projects(analysts, out=out)
    assert str(analysts[1]) in str(refused.value) and "'bilateral' differs" in str(refused.value)
    assert "--taxonomy-from" in str(refused.value)
    assert not out.exists()
    merge_projects(analysts, out=out, taxonomy_from=analysts[1])
    with Project.open(out, create=False) as team:
        assert team.theme("bilateral").name_ru == "Двусторонние отношения"


def test_merge_into_an_existing_team_project_adds_the_new_analyst(analysts, tmp_path):
    out = tmp_path / "team.annotator"
    merge_projects(analysts[:2], out=out)
    assert "vera" not in counts(out)
    merge_projects(analysts[2:], out=out)
    assert counts(out)["vera"] == 7 and counts(out)["anna"] == 11


KILLER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from annotator.team.merge import merge_projects
    def die(done, total, label):
        if done == 2:
            os._exit(9)
    merge_projects([Path(p) for p in sys.argv[2:]], out=Path(sys.argv[1]), progress=die)
    """
)


def test_a_merge_killed_half_way_leaves_no_output(analysts, tmp_path):
    out = tmp_path / "team.annotator"
    result = subprocess.run([sys.executable, "-c", KILLER, str(out), *map(str, analysts)])
    assert result.returncode == 9
    assert not out.exists()


def test_a_merge_killed_half_way_leaves_an_existing_output_as_it_was(analysts, tmp_path):
    out = tmp_path / "team.annotator"
    merge_projects(analysts[:1], out=out)
    before = out.read_bytes()
    result = subprocess.run([sys.executable, "-c", KILLER, str(out), *map(str, analysts[1:])])
    assert result.returncode == 9
    assert out.read_bytes() == before
    assert counts(out) == {"anna": 11, "documents": 2, "speakers": 3}


def test_cli_merge_and_its_bad_input(analysts, tmp_path):
    runner = CliRunner()
    out = tmp_path / "team.annotator"
    result = runner.invoke(main, ["merge", *map(str, analysts), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 new document(s), 28 new annotation(s)" in result.output
    missing = runner.invoke(main, ["merge", str(tmp_path / "nobody.annotator"), "--out", str(out)])
    assert missing.exit_code == 1 and "nobody.annotator: no such project file" in missing.output
    not_a_project = tmp_path / "notes.annotator"
    not_a_project.write_text("просто текст", encoding="utf-8")
    refused = runner.invoke(main, ["merge", str(analysts[0]), str(not_a_project), "--out", str(tmp_path / "x.annotator")])
    assert refused.exit_code == 1 and "notes.annotator: not an annotator project" in refused.output
    assert not (tmp_path / "x.annotator").exists()


def test_template_keeps_documents_and_taxonomy_without_annotations(analysts, tmp_path):
    runner = CliRunner()
    out = tmp_path / "handout.annotator"
    result = runner.invoke(main, ["--project", str(analysts[0]), "template", "--out", str(out)])
    assert result.exit_code == 0, result.output
    with Project.open(out, create=False) as template, Project.open(analysts[0], create=False) as source:
        assert [template.document(i).text for i in template.document_ids()][0] == TEXT_1
        assert template.document_count() == 2
        assert template.themes() == source.themes()
        assert all(not b.spans and not b.tags and not b.relations for b in template.iter_annotated())
    again = runner.invoke(main, ["--project", str(analysts[0]), "template", "--out", str(out)])
    assert again.exit_code == 1 and "already exists" in again.output


def test_template_can_keep_pending_suggestions(tmp_path):
    from annotator.model import Span

    path = make_template(tmp_path / "source.annotator")
    with open_project(path) as project:
        doc_id = project.document_ids()[0]
        project.add_span(Span(0, 7, "SPEAKER", origin="auto:1", status="suggested", doc_id=doc_id))
        project.add_span(Span(8, 20, "QUOTE", annotator="anna", doc_id=doc_id))
    runner = CliRunner()
    result = runner.invoke(main, ["--project", str(path), "template", "--with-suggestions", "--out", str(tmp_path / "t.annotator")])
    assert result.exit_code == 0, result.output
    with Project.open(tmp_path / "t.annotator", create=False) as template:
        spans = template.spans(doc_id)
    assert [(s.label, s.status) for s in spans] == [("SPEAKER", "suggested")]


def test_template_refuses_a_missing_project(tmp_path):
    result = CliRunner().invoke(main, ["--project", str(tmp_path / "none.annotator"), "template", "--out", str(tmp_path / "t.annotator")])
    assert result.exit_code == 1 and "no such project file" in result.output


def test_merge_copies_stay_independent_of_the_inputs(analysts, tmp_path):
    # The inputs are only read: their bytes are unchanged by a merge.
    copies = [tmp_path / f"copy-{p.name}" for p in analysts]
    for source, copy in zip(analysts, copies):
        shutil.copy(source, copy)
    merge_projects(copies, out=tmp_path / "team.annotator")
    assert [counts(c) for c in copies] == [counts(p) for p in analysts]


def test_cli_taxonomy_from_must_exist(analysts, tmp_path):
    result = CliRunner().invoke(main, ["merge", *map(str, analysts), "--out", str(tmp_path / "t.annotator"),
                                       "--taxonomy-from", str(tmp_path / "missing.annotator")])
    assert result.exit_code == 1
    assert "missing.annotator: no such project file (given to --taxonomy-from)" in result.output
    assert not (tmp_path / "t.annotator").exists()


def test_merge_keeps_comments_and_memos_once(analysts, tmp_path):
    from annotator import editing

    with Project.open(analysts[0], create=False) as first:
        doc_id = first.document_ids()[0]
        span = first.spans(doc_id)[0]
        editing.set_comment(first, span.id, "проверить перевод")
        editing.set_memo(first, doc_id, "Памятка первого аналитика")
        span_key = (span.start, span.end, span.label, span.annotator)
        text = first.document(doc_id).text
    with Project.open(analysts[1], create=False) as second:
        other = next(d for d in second.document_ids() if second.document(d).text == text)
        editing.set_memo(second, other, "Памятка второго аналитика")
    out = tmp_path / "team.annotator"
    merge_projects(analysts, out=out)
    merge_projects(analysts, out=out)  # again: nothing doubles
    with Project.open(out, create=False) as team:
        merged = next(d for d in team.document_ids() if team.document(d).text == text)
        comments = [s.comment for s in team.spans(merged) if (s.start, s.end, s.label, s.annotator) == span_key]
        memo = team.document(merged).memo
    assert comments == ["проверить перевод"]
    assert memo.count("Памятка первого аналитика") == 1 and memo.count("Памятка второго аналитика") == 1
