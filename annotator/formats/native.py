"""Native JSONL: one document a line with its text, metadata and every annotation.

The first line may be a header ``{"_header": {...}}`` carrying the format
version and the theme taxonomy, so that an export imported into an empty
project restores its themes too.  A line holding only ``text`` (plus optional
``title``, ``date``, ``source``, ``url``) is a plain article: the same reader
imports article collections.

Document line::

    {"title": ..., "date": ..., "source": ..., "url": ..., "status": "new",
     "origin_path": ..., "meta": {...}, "text": "...",
     "spans": [{"id": 1, "start": 0, "end": 5, "label": "QUOTE", "attrs": {},
                "origin": "manual", "status": "accepted", "annotator": "anna",
                "entity": 3, "created": ..., "modified": ...}],
     "relations": [{"id": 1, "kind": "said_by", "from": 1, "to": 2, ...}],
     "speakers": [{"id": 3, "name": "Сергей Лавров", "type": "person",
                   "aliases": [], "roles": []}],
     "tags": [{"id": 1, "theme": "bilateral", "span": 1 or null, ...}]}

A gold-layer annotation also has ``"gold": {"item", "decision", "adjudicator",
"decided", "sources"}`` (who settled what, when); adjudication items settled
by keeping nothing are listed in the document's ``"gold_dropped"``.

Span ids are local to the line; offsets are code points into ``text``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from annotator import __version__
from annotator.model import (
    AnnotatedDocument,
    AnnotatorError,
    Document,
    Entity,
    Relation,
    Span,
    Theme,
    ThemeTag,
)
from annotator.formats.limits import LimitExceeded, checkpoint, load_json
from annotator.formats.gold_marks import mark_record, read_dropped, read_mark, with_gold
from annotator.formats.validate import RecordReader, check_bundle

NAME = "jsonl"
DESCRIPTION = "annotator JSONL: complete (text, metadata, spans, relations, speakers, themes)"
FORMAT_ID = "annotator-jsonl"
FORMAT_VERSION = 1


def header(themes: list[Theme]) -> dict[str, Any]:
    return {
        "_header": {
            "format": FORMAT_ID,
            "version": FORMAT_VERSION,
            "annotator_version": __version__,
            "taxonomy": [asdict(theme) for theme in themes],
        }
    }


def speaker_records(bundle: AnnotatedDocument) -> list[dict[str, Any]]:
    return [
        {"id": entity.id, "name": entity.name, "type": entity.type, "aliases": entity.aliases, "roles": entity.roles}
        for entity in bundle.entities
    ]


def document_record(bundle: AnnotatedDocument) -> dict[str, Any]:
    doc = bundle.document
    return {
        "title": doc.title,
        "date": doc.date,
        "source": doc.source,
        "url": doc.url,
        "status": doc.status,
        "origin_path": doc.origin_path,
        "meta": doc.meta,
        "memo": doc.memo,
        "text": doc.text,
        "spans": [
            with_gold({
                "id": span.id,
                "start": span.start,
                "end": span.end,
                "label": span.label,
                "attrs": span.attrs,
                "origin": span.origin,
                "status": span.status,
                "annotator": span.annotator,
                "entity": span.entity_id,
                "created": span.created,
                "modified": span.modified,
                "comment": span.comment,
            }, span.gold)
            for span in bundle.spans
        ],
        "relations": [
            with_gold({
                "id": rel.id,
                "kind": rel.kind,
                "from": rel.source_id,
                "to": rel.target_id,
                "origin": rel.origin,
                "status": rel.status,
                "annotator": rel.annotator,
                "created": rel.created,
            }, rel.gold)
            for rel in bundle.relations
        ],
        "speakers": speaker_records(bundle),
        "tags": [
            with_gold({
                "id": tag.id,
                "theme": tag.theme_id,
                "span": tag.span_id,
                "origin": tag.origin,
                "status": tag.status,
                "annotator": tag.annotator,
                "created": tag.created,
            }, tag.gold)
            for tag in bundle.tags
        ],
    } | ({"gold_dropped": [mark_record(m) for m in bundle.dropped]} if bundle.dropped else {})


def export(
    docs: Iterable[AnnotatedDocument],
    out: Path,
    *,
    themes: list[Theme],
    options: dict[str, Any] | None = None,
) -> int:
    count = 0
    out = Path(out)
    with open(out, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(json.dumps(header(themes), ensure_ascii=False) + "\n")
        for bundle in docs:
            handle.write(json.dumps(document_record(bundle), ensure_ascii=False) + "\n")
            count += len(bundle.spans) + len(bundle.relations) + len(bundle.tags)
    return count


def read_header(path: Path) -> dict[str, Any] | None:
    """The header of a native JSONL file, or None for a plain article file."""
    with open(path, encoding="utf-8-sig") as handle:
        first = handle.readline()
    try:
        record = load_json(first)
    except (json.JSONDecodeError, LimitExceeded):
        return None  # read() then reports the line
    if isinstance(record, dict) and isinstance(record.get("_header"), dict):
        return record["_header"]
    return None


def read_taxonomy(path: Path) -> list[dict[str, Any]]:
    found = read_header(path)
    if not found:
        return []
    taxonomy = found.get("taxonomy", [])
    return taxonomy if isinstance(taxonomy, list) else []


def read(path: Path, *, options: dict[str, Any] | None = None) -> Iterator[AnnotatedDocument]:
    """Yield one bundle per document line; raise AnnotatorError on a bad line."""
    path = Path(path)
    try:
        handle = open(path, encoding="utf-8-sig")
    except OSError as exc:
        raise AnnotatorError(f"{path}: cannot open ({exc.strerror})") from exc
    with handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            checkpoint()
            bundle = bundle_from_line(path, line_no, line)
            if bundle is not None:
                yield bundle


def bundle_from_line(path: Path, line_no: int, line: str) -> AnnotatedDocument | None:
    """The document of one native JSONL line, checked; None for the header line.

    Raises AnnotatorError naming the file and the line."""
    try:
        record = load_json(line)
    except json.JSONDecodeError as exc:
        raise AnnotatorError(f"{path}, line {line_no}: not valid JSON ({exc.msg})") from None
    except LimitExceeded as exc:
        raise AnnotatorError(f"{path}, line {line_no}: {exc}") from None
    if isinstance(record, dict) and "_header" in record:
        _check_header(path, line_no, record["_header"])
        return None
    reader = RecordReader(path, line_no)
    bundle = bundle_from_record(record, reader)
    check_bundle(bundle, reader)
    return bundle


def _check_header(path: Path, line_no: int, found: Any) -> None:
    if not isinstance(found, dict) or found.get("format") != FORMAT_ID:
        raise AnnotatorError(f"{path}, line {line_no}: unknown header (not an annotator JSONL file)")
    version = found.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise AnnotatorError(
            f"{path}, line {line_no}: written by a newer annotator (format version {version}); "
            "update annotator to import it"
        )


def bundle_from_record(record: Any, reader: RecordReader) -> AnnotatedDocument:
    if not isinstance(record, dict):
        reader.fail("expected a JSON object")
    text = reader.string(record, "text", required=True)
    doc = Document(
        text=text,
        title=reader.string(record, "title"),
        date=reader.string(record, "date"),
        source=reader.string(record, "source"),
        url=reader.string(record, "url"),
        status=reader.string(record, "status") or "new",
        origin_path=reader.string(record, "origin_path"),
        meta=reader.mapping(record, "meta"),
        memo=reader.string(record, "memo"),
    )
    spans = [
        Span(
            id=reader.integer(item, "id", required=True),
            start=reader.integer(item, "start", required=True),
            end=reader.integer(item, "end", required=True),
            label=reader.string(item, "label", required=True),
            attrs=reader.mapping(item, "attrs"),
            origin=reader.string(item, "origin") or "manual",
            status=reader.string(item, "status") or "accepted",
            annotator=reader.string(item, "annotator"),
            entity_id=reader.integer(item, "entity"),
            created=reader.string(item, "created"),
            modified=reader.string(item, "modified"),
            gold=read_mark(item, reader),
            comment=reader.string(item, "comment"),
        )
        for item in reader.objects(record, "spans")
    ]
    relations = [
        Relation(
            id=reader.integer(item, "id"),
            kind=reader.string(item, "kind") or "said_by",
            source_id=reader.integer(item, "from", required=True),
            target_id=reader.integer(item, "to", required=True),
            origin=reader.string(item, "origin") or "manual",
            status=reader.string(item, "status") or "accepted",
            annotator=reader.string(item, "annotator"),
            created=reader.string(item, "created"),
            gold=read_mark(item, reader),
        )
        for item in reader.objects(record, "relations")
    ]
    entities = [
        Entity(
            id=reader.integer(item, "id", required=True),
            name=reader.string(item, "name", required=True),
            type=reader.string(item, "type") or "person",
            aliases=reader.strings(item, "aliases"),
            roles=reader.strings(item, "roles"),
        )
        for item in reader.objects(record, "speakers")
    ]
    tags = [
        ThemeTag(
            id=reader.integer(item, "id"),
            theme_id=reader.string(item, "theme", required=True),
            span_id=reader.integer(item, "span"),
            origin=reader.string(item, "origin") or "manual",
            status=reader.string(item, "status") or "accepted",
            annotator=reader.string(item, "annotator"),
            created=reader.string(item, "created"),
            gold=read_mark(item, reader),
        )
        for item in reader.objects(record, "tags")
    ]
    return AnnotatedDocument(doc, spans, relations, entities, tags, read_dropped(record, reader))
