"""A document that tells offset units apart: emoji, a combining mark, a flag, a CRLF source.

Its text comes from a CRLF source normalised as import does.  «За́харова»
keeps its combining acute after NFC (Cyrillic has no precomposed а́), so it is
one grapheme, two code points and two UTF-16 units; 🎉 is one grapheme, one
code point, two units; 🇷🇺 is one grapheme, two code points, four units.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import regex

from annotator.model import AnnotatedDocument, Document, Entity, Relation, Span, ThemeTag
from annotator.text import normalize

CRLF_SOURCE = (
    "Мария За\u0301харова 🎉 прокомментировала встречу 🇷🇺 в Женеве.\r\n"
    "«Диалог продолжится», — заявила За\u0301харова.\r\n"
    "Сергей Лавров добавил, что переговоры будут трудными."
)


def find(text: str, fragment: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(fragment, start + 1)
    return start, start + len(fragment)


def unicode_bundle(doc_id: int = 1) -> AnnotatedDocument:
    text = normalize(CRLF_SOURCE)
    assert "\r" not in text and "\u0301" in text
    doc = Document(text=text, title="Захарова о встрече", status="in_progress", id=doc_id)
    spans = [
        Span(*find(text, "Мария За\u0301харова"), "SPEAKER", entity_id=5, annotator="anna", id=11),
        Span(*find(text, "прокомментировала"), "CUE", status="suggested", origin="auto:1.0",
             annotator="anna", id=12),
        Span(*find(text, "Диалог продолжится"), "QUOTE", attrs={"kind": "direct"}, annotator="anna",
             status="accepted", id=13),
        Span(*find(text, "За\u0301харова", 1), "SPEAKER", entity_id=5, annotator="boris", status="rejected",
             id=14),
        Span(*find(text, "переговоры будут трудными"), "QUOTE", attrs={"kind": "indirect"},
             status="suggested", origin="auto:1.0", annotator="boris", id=15),
        Span(*find(text, "Сергей Лавров"), "SPEAKER", entity_id=6, annotator="boris", id=16),
        Span(*find(text, "встречу 🇷🇺 в Женеве"), "EVENT", annotator="anna", id=17),
    ]
    relations = [
        Relation(source_id=13, target_id=14, annotator="anna", id=1),
        Relation(source_id=15, target_id=16, annotator="boris", status="suggested", origin="auto:1.0", id=2),
    ]
    entities = [Entity(name="Мария Захарова", id=5), Entity(name="Сергей Лавров", id=6)]
    tags = [
        ThemeTag(theme_id="security", span_id=13, annotator="anna", id=1),
        ThemeTag(theme_id="bilateral.trade", span_id=15, annotator="boris", status="suggested", id=2),
        ThemeTag(theme_id="integration", span_id=None, annotator="anna", id=3),
        ThemeTag(theme_id="bilateral", span_id=17, annotator="anna", status="rejected", id=4),
    ]
    return AnnotatedDocument(doc, spans, relations, entities, tags)


def js_slice(text: str, start: int, end: int) -> str:
    """What JavaScript's text.slice(start, end) returns: UTF-16 code units."""
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")


def grapheme_slice(text: str, start: int, end: int) -> str:
    """The text of grapheme clusters start..end (doccano's grapheme mode)."""
    return "".join(regex.findall(r"\X", text)[start:end])


def full_signature(bundle: AnnotatedDocument) -> dict[str, Any]:
    """Everything that must survive a round trip, by span text and place, never by id."""
    text = bundle.document.text

    def key(span_id: int | None) -> Any:
        span = bundle.span(span_id)
        if span is None:
            return None
        entity = bundle.entity(span.entity_id)
        return (span.start, span.end, span.label, text[span.start:span.end], span.status, span.origin,
                span.annotator, span.attrs.get("kind"), entity.name if entity else None)

    return {
        "spans": sorted((key(s.id) for s in bundle.spans), key=repr),
        "relations": sorted(((key(r.source_id), r.kind, key(r.target_id), r.status, r.origin, r.annotator)
                             for r in bundle.relations), key=repr),
        "tags": sorted(((t.theme_id, key(t.span_id), t.status, t.annotator) for t in bundle.tags), key=repr),
    }


def renumber_jsonl(path: Path, shift: int = 1000) -> None:
    """Do to a doccano file what doccano's export does: new entity ids, reversed order,
    unknown keys inside entities and relations dropped."""
    lines = []
    for line in path.read_text("utf-8").splitlines():
        record = json.loads(line)
        new_ids = {e["id"]: shift + n for n, e in enumerate(reversed(record["entities"]))}
        record["entities"] = [{"id": new_ids[e["id"]], "label": e["label"], "start_offset": e["start_offset"],
                               "end_offset": e["end_offset"]} for e in reversed(record["entities"])]
        record["relations"] = [{"id": 7000 + n, "from_id": new_ids[r["from_id"]], "to_id": new_ids[r["to_id"]],
                                "type": r["type"]} for n, r in enumerate(record["relations"])]
        lines.append(json.dumps(record, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", "utf-8")
