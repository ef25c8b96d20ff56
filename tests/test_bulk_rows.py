"""The import's bulk writer stores everything a bundle holds, ids never reused."""

from __future__ import annotations

from pathlib import Path

from annotator import services
from annotator.formats import native
from annotator.model import QUOTE, SAID_BY, SPEAKER, AnnotatedDocument, Document, Entity, Relation, Span, ThemeTag

TEXT = "Сергей Лавров заявил: «Мы готовы к диалогу 🤝 с партнёрами»."


def bundle(title: str, text: str = TEXT) -> AnnotatedDocument:
    quote, speaker = text.index("«") + 1, text.index("Сергей")
    return AnnotatedDocument(
        document=Document(text=text, title=title, memo="Проверить дату брифинга."),
        spans=[Span(id=1, start=quote, end=text.index("»"), label=QUOTE, comment="цитата точная"),
               Span(id=2, start=speaker, end=speaker + len("Сергей Лавров"), label=SPEAKER, entity_id=7)],
        relations=[Relation(source_id=1, target_id=2, kind=SAID_BY)],
        entities=[Entity(id=7, name="Сергей Лавров")],
        tags=[ThemeTag(theme_id="bilateral", span_id=1), ThemeTag(theme_id="bilateral")],
    )


def test_memos_comments_relations_and_tags_survive_an_import(project, tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    native.export([bundle("Брифинг")], path, themes=project.themes())

    report = services.import_paths(project, [path], analyze=False)

    assert report.ok and report.document_count == 1
    stored = project.annotated(project.document_ids()[0])
    assert stored.document.memo == "Проверить дату брифинга."
    quote = next(s for s in stored.spans if s.label == QUOTE)
    speaker = next(s for s in stored.spans if s.label == SPEAKER)
    assert stored.document.text[quote.start:quote.end] == "Мы готовы к диалогу 🤝 с партнёрами"
    assert quote.comment == "цитата точная"
    assert [(r.source_id, r.target_id) for r in stored.relations] == [(quote.id, speaker.id)]
    assert {(t.theme_id, t.span_id) for t in stored.tags} == {("bilateral", quote.id), ("bilateral", None)}
    assert project.entity(speaker.entity_id).name == "Сергей Лавров"


def test_ids_deleted_before_an_import_are_not_given_again(project, tmp_path: Path) -> None:
    first = tmp_path / "first.jsonl"
    native.export([bundle("Первый")], first, themes=project.themes())
    services.import_paths(project, [first], analyze=False)
    old = project.annotated(project.document_ids()[0])
    highest = (max(s.id for s in old.spans), max(r.id for r in old.relations), max(t.id for t in old.tags))
    project.delete_document(old.document.id)
    second = tmp_path / "second.jsonl"
    native.export([bundle("Второй", TEXT.replace("диалогу", "переговорам"))], second, themes=project.themes())

    services.import_paths(project, [second], analyze=False)

    new = project.annotated(project.document_ids()[0])
    assert min(s.id for s in new.spans) > highest[0]
    assert min(r.id for r in new.relations) > highest[1]
    assert min(t.id for t in new.tags) > highest[2]
