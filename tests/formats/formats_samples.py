"""Sample bundles and comparison helpers shared by the format tests."""

from __future__ import annotations

from typing import Any

from annotator.model import (
    AnnotatedDocument,
    Document,
    Entity,
    Relation,
    Span,
    Theme,
    ThemeTag,
)

THEMES = [
    Theme(id="bilateral", name_ru="Двусторонняя повестка", name_en="Bilateral agenda", color="#1f77b4"),
    Theme(id="bilateral.trade", name_ru="Торговля", name_en="Trade", parent="bilateral", color="#2ca02c"),
    Theme(id="integration", name_ru="Интеграционные объединения", name_en="Integration associations",
          color="#ff7f0e"),
    Theme(id="security", name_ru="Безопасность", name_en="Security"),
]

LAVROV_TEXT = (
    "«Мы готовы к диалогу», — заявил Сергей Лавров журналистам.\n"
    "Министр добавил, что переговоры продолжатся 👍 в Ташкенте.\n"
    "«Это =важный шаг»,\n— отметил он."
)


def _find(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def lavrov_bundle(doc_id: int = 1) -> AnnotatedDocument:
    """A realistic document: direct and indirect quotes, a speaker, themes."""
    text = LAVROV_TEXT
    doc = Document(text=text, title="Лавров о диалоге", date="2024-05-01", source="ТАСС",
                   url="https://example.org/1", status="done", id=doc_id)
    q1 = Span(*_find(text, "Мы готовы к диалогу"), "QUOTE", attrs={"kind": "direct"},
              annotator="anna", id=1, created="2024-05-01T10:00:00+00:00")
    sp = Span(*_find(text, "Сергей Лавров"), "SPEAKER", annotator="anna", entity_id=7, id=2)
    cue = Span(*_find(text, "заявил"), "CUE", annotator="anna", status="suggested",
               origin="auto:1.0", id=3)
    q2 = Span(*_find(text, "переговоры продолжатся 👍 в Ташкенте."), "QUOTE",
              attrs={"kind": "indirect"}, annotator="boris", status="suggested", origin="auto:1.0", id=4)
    sp2 = Span(*_find(text, "Министр"), "SPEAKER", annotator="boris", entity_id=7, id=5)
    # A quote that crosses a line break and starts with a formula character.
    q3 = Span(*_find(text, "=важный шаг»,\n— отметил"), "QUOTE", attrs={"kind": "direct"},
              annotator="boris", status="rejected", id=6)
    spans = [q1, sp, cue, q2, sp2, q3]
    relations = [
        Relation(source_id=1, target_id=2, annotator="anna", id=1),
        Relation(source_id=4, target_id=5, annotator="boris", status="suggested", origin="auto:1.0", id=2),
    ]
    entities = [Entity(name="Сергей Лавров", aliases=["глава МИД"], roles=["министр"], id=7)]
    tags = [
        ThemeTag(theme_id="bilateral.trade", span_id=1, annotator="anna", id=1),
        ThemeTag(theme_id="integration", span_id=None, annotator="anna", id=2),
        ThemeTag(theme_id="security", span_id=4, annotator="boris", status="suggested", id=3),
    ]
    return AnnotatedDocument(doc, spans, relations, entities, tags)


def plain_bundle(doc_id: int = 2) -> AnnotatedDocument:
    text = "Песков сказал: «Кремль внимательно следит за ситуацией»."
    doc = Document(text=text, title="Песков", id=doc_id, status="in_progress")
    quote = Span(*_find(text, "Кремль внимательно следит за ситуацией"), "QUOTE",
                 attrs={"kind": "direct"}, annotator="anna", id=10)
    speaker = Span(*_find(text, "Песков"), "SPEAKER", annotator="anna", entity_id=3, id=11)
    return AnnotatedDocument(
        doc, [quote, speaker], [Relation(source_id=10, target_id=11, annotator="anna", id=5)],
        [Entity(name="Дмитрий Песков", id=3)], [ThemeTag(theme_id="security", annotator="anna", id=9)],
    )


def signature(bundle: AnnotatedDocument, *, provenance: bool = True) -> dict[str, Any]:
    """What must survive export → import, independent of ids and order."""
    text = bundle.document.text

    def span_key(span: Span) -> tuple[Any, ...]:
        entity = bundle.entity(span.entity_id)
        key: tuple[Any, ...] = (span.start, span.end, span.label, text[span.start:span.end],
                                span.attrs.get("kind"), entity.name if entity else None)
        if provenance:
            key += (span.status, span.annotator, span.origin)
        return key

    by_id = {span.id: span_key(span) for span in bundle.spans}
    relations = [
        (by_id[r.source_id], by_id[r.target_id], r.kind) + ((r.status, r.annotator) if provenance else ())
        for r in bundle.relations
    ]
    tags = [
        (t.theme_id, by_id.get(t.span_id)) + ((t.status, t.annotator) if provenance else ())
        for t in bundle.tags
        if t.span_id is not None or provenance
    ]
    return {
        "text": text,
        "spans": sorted(by_id.values(), key=repr),
        "relations": sorted(relations, key=repr),
        "tags": sorted(tags, key=repr),
    }
