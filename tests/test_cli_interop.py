"""Issue 14 from the command line: `--offsets`, `--no-overlaps`, the overlap warning and an
export summary that counts spans, relations and theme tags apart.  The project holds a
document with emoji, a combining mark and a CRLF source, plus two overlapping spans."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

sys.path.insert(0, str(Path(__file__).resolve().parent / "formats"))
from interop_samples import js_slice, unicode_bundle  # noqa: E402

from annotator import services  # noqa: E402
from annotator.cli import main  # noqa: E402
from annotator.model import Span  # noqa: E402
from annotator.services import open_project  # noqa: E402


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.annotator"
    bundle = unicode_bundle(doc_id=None)
    with open_project(path) as opened:
        doc_id = opened.import_bundle(bundle)
        text = bundle.document.text
        start = text.index("Диалог")
        opened.add_span(Span(start - 1, start + 34, "QUOTE", status="suggested", origin="auto:1.0",
                             annotator="anna", doc_id=doc_id))
    return path


def test_summary_counts_spans_relations_and_tags_apart(project, tmp_path):
    result = run("--project", project, "export", "--format", "jsonl", "--include-rejected",
                 "--out", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output
    assert "wrote 1 document(s): 8 span(s), 2 relation(s), 4 theme tag(s)" in result.stdout


def test_doccano_export_warns_about_overlaps_and_names_the_setting(project, tmp_path):
    result = run("--project", project, "export", "--format", "doccano", "--include-rejected",
                 "--out", tmp_path / "d.jsonl")
    assert result.exit_code == 0
    assert "3 overlapping span(s) in 1 document(s)" in result.stderr
    assert "Allow overlapping spans" in result.stderr and "--no-overlaps" in result.stderr


def test_doccano_no_overlaps_and_default_utf16_offsets(project, tmp_path):
    out = tmp_path / "d.jsonl"
    result = run("--project", project, "export", "--format", "doccano", "--no-overlaps", "--include-rejected",
                 "--out", out)
    assert result.exit_code == 0
    assert "wrote 1 document(s): 7 span(s), 2 relation(s), 4 theme tag(s)" in result.stdout
    record = json.loads(out.read_text("utf-8"))
    spans = sorted((e["start_offset"], e["end_offset"]) for e in record["entities"])
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "no overlaps left"
    texts = {js_slice(record["text"], e["start_offset"], e["end_offset"]) for e in record["entities"]}
    assert "Диалог продолжится" in texts and "встречу 🇷🇺 в Женеве" in texts


def test_offsets_option_reaches_doccano_and_reads_back(project, tmp_path):
    out = tmp_path / "g.jsonl"
    result = run("--project", project, "export", "--format", "doccano", "--offsets", "graphemes", "--out", out)
    assert result.exit_code == 0
    assert json.loads(out.read_text("utf-8"))["annotator_meta"]["offsets"] == "graphemes"
    target = tmp_path / "back.annotator"
    with open_project(target) as opened:
        services.import_annotated(opened, out, format_name="doccano")
        (doc_id,) = opened.document_ids()
        text = opened.document(doc_id).text
        assert sorted(text[s.start:s.end] for s in opened.spans(doc_id) if s.label == "EVENT") == [
            "встречу 🇷🇺 в Женеве"]


def test_offsets_option_with_another_format_is_refused(project, tmp_path):
    result = run("--project", project, "export", "--format", "brat", "--offsets", "utf16", "--out", tmp_path / "b")
    assert result.exit_code == 1
    assert "--offsets applies to --format doccano only" in result.stderr


def test_unknown_offset_unit_is_refused(project, tmp_path):
    result = CliRunner().invoke(main, ["--project", str(project), "export", "--format", "doccano",
                                       "--offsets", "bytes", "--out", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 2
    assert "'bytes' is not one of" in result.output


def test_import_offsets_option_reads_a_code_point_file_made_elsewhere(tmp_path):
    text = unicode_bundle().document.text
    start = text.index("Диалог")
    path = tmp_path / "python-tool.jsonl"
    path.write_text(json.dumps({"text": text, "entities": [
        {"id": 1, "label": "QUOTE", "start_offset": start, "end_offset": start + 6}]}, ensure_ascii=False), "utf-8")
    target = tmp_path / "t.annotator"
    result = run("--project", target, "import", "--format", "doccano", "--offsets", "codepoints", path)
    assert result.exit_code == 0, result.output
    with open_project(target) as opened:
        (doc_id,) = opened.document_ids()
        assert [opened.document(doc_id).text[s.start:s.end] for s in opened.spans(doc_id)] == ["Диалог"]


def test_import_offsets_option_with_another_format_is_refused(tmp_path):
    result = run("--project", tmp_path / "t.annotator", "import", "--format", "brat", "--offsets", "utf16",
                 tmp_path)
    assert result.exit_code == 1 and "--offsets applies to --format doccano only" in result.stderr
