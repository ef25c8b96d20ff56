"""Every exchange format from the command line: export, and import back where the
format allows it, the way a team lead would move a dataset between tools."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from annotator.cli import main
from annotator.model import ACCEPTED, QUOTE, REJECTED
from annotator.services import open_project

BRIEFING = (
    "Брифинг официального представителя МИД России\n\n"
    "Мария Захарова заявила, что Москва рассчитывает на продолжение консультаций по линии СНГ. "
    "«Мы открыты к диалогу 🤝 с партнёрами по ЕАЭС», – подчеркнула она.\r\n"
    "По словам Захаровой, двусторонняя повестка остаётся насыщенной.\r\n"
)
INTERVIEW = (
    "Интервью министра\n\n"
    "Вопрос: Как вы оцениваете итоги переговоров?\n"
    "С. Лавров: Переговоры прошли конструктивно, мы договорились о новых встречах.\n"
    "Министр добавил: «Работа с китайскими коллегами продолжится в рамках ШОС».\n"
)
IMPORTABLE = ["jsonl", "brat", "doccano", "labelstudio", "qdpx"]
EXPORT_ONLY = ["csv", "conll"]


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A project with analysed articles, one suggestion accepted and one rejected."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "briefing.txt").write_bytes(BRIEFING.encode("utf-8"))
    (folder / "interview.txt").write_text(INTERVIEW, encoding="utf-8")
    path = tmp_path / "source.annotator"
    result = run("--project", path, "import", "--workers", "1", folder)
    assert result.exit_code == 0, result.output
    with open_project(path) as project:
        doc_id = project.document_ids()[0]
        quotes = [s for s in project.spans(doc_id) if s.label == QUOTE]
        assert len(quotes) >= 2, "the analysis suggests the briefing's quotes"
        quotes[0].status = ACCEPTED
        quotes[1].status = REJECTED
        project.update_span(quotes[0])
        project.update_span(quotes[1])
    return path


def signature(path: Path) -> list[tuple]:
    """Everything an exchange must keep, independent of database ids."""
    with open_project(path) as project:
        out = []
        for bundle in project.iter_annotated():
            spans = {s.id: s for s in bundle.spans}
            text = bundle.document.text
            out.append((
                text,
                sorted((s.start, s.end, s.label, s.status, s.attrs.get("kind", ""),
                        (bundle.entity(s.entity_id).name if s.entity_id else "")) for s in bundle.spans),
                sorted((spans[r.source_id].start, spans[r.target_id].start, r.kind, r.status)
                       for r in bundle.relations),
                sorted((t.theme_id, spans[t.span_id].start if t.span_id else -1, t.status) for t in bundle.tags),
            ))
        return sorted(out)


@pytest.mark.parametrize("format_name", IMPORTABLE)
def test_export_then_import_gives_back_the_same_annotations(source: Path, tmp_path: Path, format_name: str) -> None:
    suffix = {"jsonl": ".jsonl", "doccano": ".jsonl", "labelstudio": ".json", "qdpx": ".qdpx", "brat": ""}
    out = tmp_path / f"export-{format_name}{suffix[format_name]}"
    exported = run("--project", source, "export", "--format", format_name, "--out", out, "--include-rejected")
    assert exported.exit_code == 0, exported.output
    assert out.exists()

    target = tmp_path / f"target-{format_name}.annotator"
    arguments = ["--project", target, "import", out] if format_name == "jsonl" else [
        "--project", target, "import", "--format", format_name, out]
    imported = run(*arguments)
    assert imported.exit_code == 0, imported.output
    assert signature(target) == signature(source)


@pytest.mark.parametrize("format_name", EXPORT_ONLY)
def test_export_only_formats_write_the_accepted_quote(source: Path, tmp_path: Path, format_name: str) -> None:
    out = tmp_path / f"export.{format_name}"
    result = run("--project", source, "export", "--format", format_name, "--out", out, "--accepted")
    assert result.exit_code == 0, result.output
    written = out.read_text(encoding="utf-8-sig")
    with open_project(source) as project:
        accepted = [s for d in project.iter_annotated() for s in d.spans
                    if s.label == QUOTE and s.status == ACCEPTED]
        first_word = project.document(accepted[0].doc_id).text[accepted[0].start:accepted[0].end].split()[0]
    assert first_word.strip("«»,.") in written


def test_accepted_filter_leaves_out_suggestions_and_rejections(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "accepted.jsonl"
    assert run("--project", source, "export", "--format", "jsonl", "--out", out, "--accepted").exit_code == 0
    target = tmp_path / "accepted.annotator"
    assert run("--project", target, "import", out).exit_code == 0
    with open_project(target) as project:
        statuses = {s.status for d in project.iter_annotated() for s in d.spans}
    assert statuses == {ACCEPTED}


def test_csv_with_bom_for_excel(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "quotes.csv"
    assert run("--project", source, "export", "--format", "csv", "--out", out, "--bom").exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_importing_a_malformed_exchange_file_names_it_and_imports_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "tasks.json"
    bad.write_text('[{"data": {"text": "Лавров заявил"}, "annotations": [{"result": [{"id": "r1", '
                   '"from_name": "label", "to_name": "text", "type": "labels", '
                   '"value": {"start": 3, "end": 99, "labels": ["QUOTE"]}}]}]}]', encoding="utf-8")
    target = tmp_path / "target.annotator"
    result = run("--project", target, "import", "--format", "labelstudio", bad)
    assert result.exit_code == 1
    assert "tasks.json" in result.output and "outside the text" in result.output
    with open_project(target) as project:
        assert project.document_count() == 0


def test_unknown_speaker_filter_exports_no_spans(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "nobody.jsonl"
    assert run("--project", source, "export", "--format", "jsonl", "--out", out, "--annotator", "nobody").exit_code == 0
    target = tmp_path / "nobody.annotator"
    assert run("--project", target, "import", out).exit_code == 0
    with open_project(target) as project:
        assert project.document_count() == 2
        assert all(not d.spans for d in project.iter_annotated())
        assert {e.name for e in project.entities()} == set()
