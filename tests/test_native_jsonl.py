"""The native JSONL format: an export imported into a new project restores the same content.

A bad native file (offsets past the text, dangling references, unknown
statuses, a newer format) is refused with its name and line, and nothing from
it is imported.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from annotator import services
from annotator.formats.filters import ExportFilter
from annotator.model import (
    ACCEPTED,
    CUE,
    DOC_DONE,
    DOC_IN_PROGRESS,
    ORGANIZATION,
    QUOTE,
    REJECTED,
    SPEAKER,
    SUGGESTED,
    Document,
    Entity,
    Relation,
    Span,
    Theme,
    ThemeTag,
)
from annotator.store import Project

INTERVIEW = (
    "Министр иностранных дел России Сергей Лавров в интервью заявил: "
    "«Евразийская интеграция остаётся нашим безусловным приоритетом». "
    "Глава МИД добавил, что двусторонняя повестка с Казахстаном насыщенна. "
    "В МИД Казахстана сообщили, что визит президента 🇰🇿 готовится."
)
BRIEFING = (
    "Официальный представитель МИД Мария Захарова на брифинге отметила:\n"
    "«Мы рассчитываем на диалог в рамках ОБСЕ, — сказала она. — Но ответ за партнёрами»."
)


def bounds(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def build_source_project(project: Project) -> None:
    project.save_themes([
        Theme("eurasia-test", "Евразийская интеграция (проверка)", "Eurasian integration (test)",
              color="#336699", shortcut="Ctrl+9", guideline="Тексты об интеграции на пространстве ЕАЭС.",
              guideline_en="Texts on EAEU integration.", keywords=["интеграция", "евразийский"], position=99),
        Theme("eurasia-test-visits", "Визиты", "Visits", parent="eurasia-test", position=100),
    ])
    interview = project.add_document(Document(
        text=INTERVIEW, title="Интервью Сергея Лаврова", date="2024-06-03", source="Агентство",
        url="https://example.org/lavrov", origin_path="/inbox/lavrov.txt", meta={"rubric": "Политика", "words": 40}))
    briefing = project.add_document(Document(text=BRIEFING, title="Брифинг Марии Захаровой", date="2024-06-04",
                                             origin_path="/inbox/briefing.docx"))
    project.set_document_status(interview, DOC_DONE)
    project.set_document_status(briefing, DOC_IN_PROGRESS)

    lavrov = project.add_entity(Entity("Сергей Лавров", aliases=["Лавров", "глава МИД"], roles=["министр иностранных дел"]))
    zakharova = project.add_entity(Entity("Мария Захарова", aliases=["Захарова"]))
    ministry = project.add_entity(Entity("МИД Казахстана", ORGANIZATION))

    def span(doc_id: int, text: str, fragment: str, label: str, **fields: Any) -> Span:
        return project.add_span(Span(*bounds(text, fragment), label, doc_id=doc_id, **fields))

    name = span(interview, INTERVIEW, "Сергей Лавров", SPEAKER, entity_id=lavrov.id, annotator="anna")
    role = span(interview, INTERVIEW, "Министр иностранных дел России Сергей Лавров", "ROLE", annotator="anna")
    cue = span(interview, INTERVIEW, "заявил", CUE, annotator="anna", origin="auto:1.0", status=ACCEPTED)
    quote = span(interview, INTERVIEW, "Евразийская интеграция остаётся нашим безусловным приоритетом", QUOTE,
                 attrs={"kind": "direct"}, annotator="anna")
    title = span(interview, INTERVIEW, "Глава МИД", SPEAKER, entity_id=lavrov.id, origin="auto:1.0",
                 status=SUGGESTED)
    indirect = span(interview, INTERVIEW, "двусторонняя повестка с Казахстаном насыщенна", QUOTE,
                    attrs={"kind": "indirect"}, origin="auto:1.0", status=REJECTED, annotator="boris")
    org = span(interview, INTERVIEW, "МИД Казахстана", SPEAKER, entity_id=ministry.id, annotator="boris")
    flag_quote = span(interview, INTERVIEW, "визит президента 🇰🇿 готовится", QUOTE, attrs={"kind": "indirect"},
                      annotator="boris")
    project.add_relation(Relation(quote.id, name.id, doc_id=interview, annotator="anna"))
    project.add_relation(Relation(indirect.id, title.id, doc_id=interview, origin="auto:1.0", status=REJECTED))
    project.add_relation(Relation(flag_quote.id, org.id, doc_id=interview, annotator="boris"))
    project.add_tag(ThemeTag("eurasia-test", doc_id=interview, annotator="anna"))
    project.add_tag(ThemeTag("eurasia-test-visits", span_id=flag_quote.id, doc_id=interview, annotator="boris"))
    project.add_tag(ThemeTag(project.themes()[0].id, span_id=quote.id, doc_id=interview, origin="auto:1.0",
                             status=SUGGESTED))
    assert role and cue

    who = span(briefing, BRIEFING, "Мария Захарова", SPEAKER, entity_id=zakharova.id, annotator="anna")
    pronoun = span(briefing, BRIEFING, "она", SPEAKER, entity_id=zakharova.id, annotator="anna")
    first = span(briefing, BRIEFING, "Мы рассчитываем на диалог в рамках ОБСЕ", QUOTE, attrs={"kind": "direct"},
                 annotator="anna")
    second = span(briefing, BRIEFING, "Но ответ за партнёрами", QUOTE, attrs={"kind": "direct"}, annotator="anna")
    project.add_relation(Relation(first.id, pronoun.id, doc_id=briefing, annotator="anna"))
    project.add_relation(Relation(second.id, who.id, doc_id=briefing, annotator="anna"))


def project_content(project: Project) -> dict[str, Any]:
    """Everything a project holds, without database ids."""
    entities = {e.id: e for e in project.entities()}
    documents = []
    for bundle in project.iter_annotated():
        doc = bundle.document
        by_id = {s.id: (s.start, s.end, s.label) for s in bundle.spans}
        documents.append({
            "document": {k: v for k, v in asdict(doc).items() if k != "id"},
            "spans": sorted(
                (s.start, s.end, s.label, json.dumps(s.attrs, sort_keys=True), s.origin, s.status, s.annotator,
                 (entities[s.entity_id].name, entities[s.entity_id].type) if s.entity_id else None,
                 s.created, s.modified)
                for s in bundle.spans),
            "relations": sorted(
                (by_id[r.source_id], by_id[r.target_id], r.kind, r.origin, r.status, r.annotator, r.created)
                for r in bundle.relations),
            "tags": sorted(
                (repr(by_id.get(t.span_id)), t.theme_id, t.origin, t.status, t.annotator, t.created)
                for t in bundle.tags),
        })
    return {
        "documents": sorted(documents, key=lambda d: d["document"]["text"]),
        "entities": sorted((e.name, e.type, tuple(e.aliases), tuple(e.roles)) for e in entities.values()),
        "taxonomy": sorted((asdict(t) for t in project.themes()), key=lambda t: t["id"]),
    }


@pytest.fixture
def source(tmp_path: Path) -> Project:
    project = services.open_project(tmp_path / "source.annotator")
    build_source_project(project)
    yield project
    project.close()


def export_and_import(source: Project, tmp_path: Path) -> tuple[Project, services.ImportReport, Path]:
    out = tmp_path / "export.jsonl"
    # The whole project, rejected annotations too: export → import is an identity.
    written = services.export_project(source, format_name="jsonl", out=out,
                                      export_filter=ExportFilter(include_rejected=True))
    assert written == (8 + 3 + 3) + (4 + 2)  # spans, relations and tags of each document
    target = services.open_project(tmp_path / "target.annotator")
    report = services.import_paths(target, [out], analyze=False)
    return target, report, out


def test_an_exported_project_imported_into_a_new_one_has_the_same_content(source: Project, tmp_path: Path) -> None:
    target, report, _ = export_and_import(source, tmp_path)
    try:
        assert report.ok and report.document_count == 2
        assert project_content(target) == project_content(source)
        assert target.integrity_check() == "ok"
    finally:
        target.close()


def test_the_export_is_one_header_line_and_one_line_per_document(source: Project, tmp_path: Path) -> None:
    target, _, out = export_and_import(source, tmp_path)
    target.close()
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    header = json.loads(lines[0])["_header"]
    assert header["format"] == "annotator-jsonl" and header["version"] == 1
    assert {"eurasia-test", "eurasia-test-visits"} <= {t["id"] for t in header["taxonomy"]}
    assert "Сергей Лавров" in lines[1], "Cyrillic is written as text, not \\u escapes"


def test_importing_the_export_again_adds_nothing(source: Project, tmp_path: Path) -> None:
    target, _, out = export_and_import(source, tmp_path)
    try:
        before = project_content(target)
        again = services.import_paths(target, [out], analyze=False)
        assert again.document_count == 0 and len(again.duplicates) == 2
        assert project_content(target) == before
    finally:
        target.close()


def test_speakers_met_again_are_merged_by_name_and_type(source: Project, tmp_path: Path) -> None:
    out = tmp_path / "export.jsonl"
    services.export_project(source, format_name="jsonl", out=out)
    with services.open_project(tmp_path / "target.annotator") as target:
        target.add_entity(Entity("Сергей Лавров", aliases=["С. В. Лавров"]))
        services.import_paths(target, [out], analyze=False)
        lavrov = [e for e in target.entities() if e.name == "Сергей Лавров"]
        assert len(lavrov) == 1
        assert set(lavrov[0].aliases) == {"Лавров", "глава МИД", "С. В. Лавров"}


def test_an_edited_default_theme_arrives_edited_in_a_new_project(source: Project, tmp_path: Path) -> None:
    edited = source.themes()[0]
    edited.guideline = "Уточнённое руководство: отмечать только официальные заявления."
    edited.color = "#123456"
    source.save_theme(edited)
    target, _, _ = export_and_import(source, tmp_path)
    try:
        assert project_content(target)["taxonomy"] == project_content(source)["taxonomy"]
    finally:
        target.close()


def test_offsets_against_windows_line_breaks_are_moved_onto_the_normalised_text(project, tmp_path: Path) -> None:
    raw = "Заявление МИД\r\n«Мы открыты к диалогу», — сказал министр.\r\n"
    quote = bounds(raw, "Мы открыты к диалогу")
    speaker = bounds(raw, "министр")
    path = tmp_path / "crlf.jsonl"
    path.write_text(json.dumps({
        "text": raw,
        "spans": [{"id": 1, "start": quote[0], "end": quote[1], "label": QUOTE},
                  {"id": 2, "start": speaker[0], "end": speaker[1], "label": SPEAKER}],
        "relations": [{"from": 1, "to": 2}],
    }, ensure_ascii=False) + "\n", encoding="utf-8")
    report = services.import_paths(project, [path], analyze=False)
    assert report.ok
    [doc_id] = project.document_ids()
    text = project.document(doc_id).text
    assert "\r" not in text
    assert [text[s.start : s.end] for s in project.spans(doc_id)] == ["Мы открыты к диалогу", "министр"]
    assert len(project.relations(doc_id)) == 1


# -- bad native files -------------------------------------------------------------------

GOOD_LINE = {"text": BRIEFING, "title": "Брифинг"}
HEADER = {"_header": {"format": "annotator-jsonl", "version": 1, "taxonomy": []}}


def line_with(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "text": INTERVIEW,
        "status": "done",
        "spans": [{"id": 1, "start": 0, "end": 8, "label": QUOTE},
                  {"id": 2, "start": 31, "end": 44, "label": SPEAKER, "entity": 5}],
        "relations": [{"from": 1, "to": 2}],
        "speakers": [{"id": 5, "name": "Сергей Лавров", "type": "person"}],
        "tags": [{"theme": "bilateral", "span": 1}],
    }
    record.update(changes)
    return record


BAD_LINES = {
    "span-past-the-end": (line_with(spans=[{"id": 1, "start": 10, "end": len(INTERVIEW) + 1, "label": QUOTE}],
                                    relations=[], tags=[]), "outside the text"),
    "negative-offset": (line_with(spans=[{"id": 1, "start": -2, "end": 4, "label": QUOTE}], relations=[], tags=[]),
                        "outside the text"),
    "empty-span": (line_with(spans=[{"id": 1, "start": 4, "end": 4, "label": QUOTE}], relations=[], tags=[]),
                   "outside the text"),
    "relation-to-unknown-span": (line_with(relations=[{"from": 1, "to": 9}]), "unknown span 9"),
    "tag-on-unknown-span": (line_with(tags=[{"theme": "bilateral", "span": 7}]), "unknown span 7"),
    "unknown-span-status": (line_with(spans=[{"id": 1, "start": 0, "end": 8, "label": QUOTE, "status": "approved"}],
                                      relations=[], tags=[]), "unknown status 'approved'"),
    "unknown-relation-status": (line_with(relations=[{"from": 1, "to": 2, "status": "maybe"}]), "unknown status"),
    "unknown-document-status": (line_with(status="archived"), "unknown document status"),
    "unknown-speaker": (line_with(speakers=[]), "unknown speaker 5"),
    "unknown-speaker-type": (line_with(speakers=[{"id": 5, "name": "Лавров", "type": "country"}]), "unknown type"),
    "offset-not-a-number": (line_with(spans=[{"id": 1, "start": "0", "end": 8, "label": QUOTE}]), "whole number"),
    "duplicate-span-ids": (line_with(spans=[{"id": 1, "start": 0, "end": 8, "label": QUOTE},
                                            {"id": 1, "start": 9, "end": 12, "label": CUE}]), "share one id"),
    "spans-not-a-list": (line_with(spans={"id": 1}), "list of objects"),
    "empty-text": (line_with(text="  \n", spans=[], relations=[], tags=[]), "empty"),
}


@pytest.mark.parametrize("bad_line", list(BAD_LINES.values()), ids=list(BAD_LINES))
def test_a_bad_line_refuses_the_whole_file_naming_file_and_line(project, tmp_path: Path, bad_line) -> None:
    record, reason = bad_line
    path = tmp_path / "annotated.jsonl"
    lines = [HEADER, GOOD_LINE, record]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    report = services.import_paths(project, [path], analyze=False)
    [(failed, why)] = report.failures
    assert failed == str(path)
    assert f"{path}, line 3" in why and reason in why
    assert project.document_count() == 0
    assert project.integrity_check() == "ok"


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ({"format": "annotator-jsonl", "version": 2}, "newer annotator (format version 2)"),
        ({"format": "annotator-jsonl", "version": "1"}, "newer annotator"),
        ({"format": "label-studio", "version": 1}, "unknown header"),
    ],
)
def test_a_header_from_a_newer_or_other_format_is_refused(project, tmp_path: Path, header, reason) -> None:
    path = tmp_path / "annotated.jsonl"
    path.write_text(json.dumps({"_header": header}) + "\n" + json.dumps(GOOD_LINE, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    report = services.import_paths(project, [path], analyze=False)
    [(_, why)] = report.failures
    assert f"{path}, line 1" in why and reason in why
    assert project.document_count() == 0


def test_text_with_a_broken_emoji_is_reported_not_raised(project, tmp_path: Path) -> None:
    good = tmp_path / "a-good.txt"
    good.write_text(INTERVIEW, encoding="utf-8")
    path = tmp_path / "b-truncated-emoji.jsonl"
    # A JavaScript tool cut an emoji in half: JSON allows the lone surrogate escape.
    path.write_text('{"text": "Президент прибыл в Астану \\ud83c"}\n' + json.dumps(GOOD_LINE) + "\n", encoding="utf-8")
    report = services.import_paths(project, [good, path], analyze=False)
    assert [p for p, _ in report.failures] == [str(path)]
    assert [project.document(i).text for i in project.document_ids()] == [INTERVIEW], "the good file is kept"


def test_a_header_taxonomy_with_a_missing_parent_is_reported_not_raised(project, tmp_path: Path) -> None:
    header = {"_header": {"format": "annotator-jsonl", "version": 1,
                          "taxonomy": [{"id": "visits", "name_ru": "Визиты", "parent": "нет-такой-темы"}]}}
    good = tmp_path / "a-good.txt"
    good.write_text(INTERVIEW, encoding="utf-8")
    path = tmp_path / "b-annotated.jsonl"
    path.write_text(json.dumps(header, ensure_ascii=False) + "\n" + json.dumps(GOOD_LINE) + "\n", encoding="utf-8")
    report = services.import_paths(project, [good, path], analyze=False)
    [(_, why)] = report.failures
    assert f"{path}, line 1" in why
    assert [project.document(i).text for i in project.document_ids()] == [INTERVIEW], "the good file is kept"
    assert "visits" not in {t.id for t in project.themes()}


def test_a_tag_of_a_theme_the_project_lacks_creates_a_placeholder_theme(project, tmp_path: Path) -> None:
    path = tmp_path / "annotated.jsonl"
    path.write_text(json.dumps({"text": BRIEFING, "tags": [{"theme": "arctic"}]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    assert services.import_paths(project, [path], analyze=False).ok
    assert project.theme("arctic").name_ru == "arctic"


def test_the_reader_raises_a_clear_error_naming_file_and_line(tmp_path: Path) -> None:
    from annotator.formats.articles import read_articles
    from annotator.model import AnnotatorError

    path = tmp_path / "annotated.jsonl"
    record, _ = BAD_LINES["relation-to-unknown-span"]
    path.write_text(json.dumps(GOOD_LINE, ensure_ascii=False) + "\n" + json.dumps(record, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    with pytest.raises(AnnotatorError, match=r"annotated\.jsonl, line 2: relation refers to unknown span 9"):
        read_articles(path)


def test_unusual_line_separators_and_emoji_survive_the_round_trip(project, tmp_path: Path) -> None:
    text = "Заявление\u2028с разделителем строк\u0085и NEL\x0bVT\x0cFF — и флаг 🇷🇺 в конце."
    project.add_document(Document(text=text, title="Заголовок\u2029второй абзац"))
    out = tmp_path / "export.jsonl"
    services.export_project(project, format_name="jsonl", out=out)
    assert len(out.read_text(encoding="utf-8").split("\n")) == 3, "one physical line per document"
    with services.open_project(tmp_path / "target.annotator") as target:
        assert services.import_paths(target, [out], analyze=False).ok
        [doc_id] = target.document_ids()
        assert (target.document(doc_id).text, target.document(doc_id).title) == (text, "Заголовок\u2029второй абзац")
