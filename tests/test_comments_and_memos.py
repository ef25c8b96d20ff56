"""Comments on annotations and memos on documents: stored, migrated, exported and read back."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator import editing, services
from annotator.model import QUOTE, SPEAKER, AnnotatedDocument, AnnotatorError, Document, Span
from annotator.store import Project
from annotator.store.schema import migrations
from annotator.text import text_hash

TEXT = ("Пресс-секретарь президента Дмитрий Песков заявил: «Контакты продолжатся 🎉 в ближайшее время».\r\n"
        "Второй абзац о подготовке визита.").replace("\r\n", "\n")
QUOTE_TEXT = "Контакты продолжатся 🎉 в ближайшее время"
COMMENT = "Проверить по стенограмме:\nцитата неполная"


def _project(path: Path) -> tuple[Project, int, int]:
    project = services.open_project(path)
    start = TEXT.index(QUOTE_TEXT)
    speaker = TEXT.index("Дмитрий Песков")
    bundle = AnnotatedDocument(Document(text=TEXT, title="Песков о контактах", memo="Источник: ТАСС"),
                               [Span(id=1, start=start, end=start + len(QUOTE_TEXT), label=QUOTE,
                                     attrs={"kind": "direct"}),
                                Span(id=2, start=speaker, end=speaker + len("Дмитрий Песков"), label=SPEAKER)])
    doc_id = project.add_document(bundle.document, annotations=bundle)
    quote_id = next(s.id for s in project.spans(doc_id) if s.label == QUOTE)
    editing.set_comment(project, quote_id or 0, COMMENT)
    return project, doc_id, quote_id or 0


def test_comment_and_memo_are_stored_and_undone(tmp_path: Path) -> None:
    project, doc_id, quote_id = _project(tmp_path / "p.annotator")
    with project:
        assert project.span(quote_id).comment == COMMENT
        assert project.document(doc_id).memo == "Источник: ТАСС"
        before, _after = editing.set_comment(project, quote_id, "  ")
        assert project.span(quote_id).comment == ""
        editing.restore_span_fields(project, before)
        assert project.span(quote_id).comment == COMMENT
        assert editing.set_memo(project, doc_id, "новый") == "Источник: ТАСС"


def test_a_project_from_before_comments_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.annotator"
    db = Database(path)
    migrations.apply(db, stop_before="m004_comments_and_memos")
    db.execute("PRAGMA user_version=3")
    with db.atomic():
        db.execute("INSERT INTO documents (title, text, text_hash, length, created, modified)"
                   " VALUES ('Старый', ?, ?, ?, '2024-01-01', '2024-01-01')", [TEXT, text_hash(TEXT), len(TEXT)])
        db.execute("INSERT INTO spans (doc_id, start, \"end\", label, created, modified)"
                   " VALUES (1, 0, 5, 'QUOTE', '2024-01-01', '2024-01-01')")
    db.close()
    with Project.open(path) as project:
        assert project.document(1).memo == ""
        assert project.spans(1)[0].comment == ""
        assert project.integrity_check() == "ok"
    assert (tmp_path / "old.annotator.v3.bak").exists()


def test_native_jsonl_round_trip_keeps_comments_and_memos(tmp_path: Path) -> None:
    project, _doc_id, _quote_id = _project(tmp_path / "p.annotator")
    with project:
        services.export_project(project, format_name="jsonl", out=tmp_path / "out.jsonl")
    record = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()[1])
    assert record["memo"] == "Источник: ТАСС"
    assert {s["label"]: s["comment"] for s in record["spans"]} == {QUOTE: COMMENT, SPEAKER: ""}
    with services.open_project(tmp_path / "back.annotator") as again:
        services.import_annotated(again, tmp_path / "out.jsonl", format_name="jsonl")
        [doc_id] = again.document_ids()
        assert again.document(doc_id).memo == "Источник: ТАСС"
        assert {s.label: s.comment for s in again.spans(doc_id)} == {QUOTE: COMMENT, SPEAKER: ""}


def test_csv_has_comment_and_memo_columns(tmp_path: Path) -> None:
    project, _doc_id, _quote_id = _project(tmp_path / "p.annotator")
    with project:
        services.export_project(project, format_name="csv", out=tmp_path / "out.csv")
    [row] = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8", newline="")))
    assert (row["quote"], row["comment"], row["memo"]) == (QUOTE_TEXT, COMMENT, "Источник: ТАСС")


def test_brat_writes_comments_as_annotator_notes_and_reads_them_back(tmp_path: Path) -> None:
    project, _doc_id, _quote_id = _project(tmp_path / "p.annotator")
    with project:
        services.export_project(project, format_name="brat", out=tmp_path / "brat")
    [ann] = list((tmp_path / "brat").glob("*.ann"))
    notes = [line for line in ann.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert len(notes) == 1
    assert notes[0].split("\t")[1].startswith("AnnotatorNotes T")
    assert notes[0].split("\t")[2] == "Проверить по стенограмме: цитата неполная"
    with services.open_project(tmp_path / "back.annotator") as again:
        services.import_annotated(again, tmp_path / "brat", format_name="brat")
        [doc_id] = again.document_ids()
        assert {s.label: s.comment for s in again.spans(doc_id)} == {QUOTE: COMMENT, SPEAKER: ""}
        assert again.document(doc_id).memo == "Источник: ТАСС"


def test_a_note_written_in_brat_itself_becomes_the_comment(tmp_path: Path) -> None:
    folder = tmp_path / "from-brat"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    start = TEXT.index(QUOTE_TEXT)
    (folder / "a.ann").write_text(
        f"T1\tQUOTE {start} {start + len(QUOTE_TEXT)}\t{QUOTE_TEXT}\n"
        "#1\tAnnotatorNotes T1\tуточнить дату\n"
        "#2\tAnnotatorNotes T9\tзаметка к несуществующей аннотации\n", encoding="utf-8")
    with services.open_project(tmp_path / "b.annotator") as project:
        with pytest.raises(AnnotatorError, match=r"a\.ann, line 3: refers to T9"):
            services.import_annotated(project, folder, format_name="brat")
        assert project.document_ids() == []
    (folder / "a.ann").write_text(
        f"T1\tQUOTE {start} {start + len(QUOTE_TEXT)}\t{QUOTE_TEXT}\n#1\tAnnotatorNotes T1\tуточнить дату\n",
        encoding="utf-8")
    with services.open_project(tmp_path / "c.annotator") as project:
        services.import_annotated(project, folder, format_name="brat")
        [doc_id] = project.document_ids()
        assert [s.comment for s in project.spans(doc_id)] == ["уточнить дату"]


def test_annotations_of_another_document_are_refused_on_restore(tmp_path: Path) -> None:
    project, doc_id, _quote_id = _project(tmp_path / "p.annotator")
    with project:
        other = project.add_document(Document(text="Другая статья о переговорах.", title="Другая"))
        snapshot = project.annotations_snapshot(doc_id)
        with pytest.raises(AnnotatorError, match=f"belong to document {doc_id}"):
            project.restore_annotations(other, snapshot)
        assert len(project.spans(doc_id)) == 2  # nothing lost
