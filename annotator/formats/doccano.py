"""doccano JSONL: sequence labelling with relations (export and import).

One document a line, in the layout doccano exports from (and imports into) a
"Sequence Labeling" project with relations enabled::

    {"id": 7, "text": "...",
     "entities": [{"id": 1, "label": "QUOTE", "start_offset": 0, "end_offset": 12,
                   "status": "accepted", "annotator": "anna", "origin": "manual",
                   "attrs": {"kind": "direct"}, "speaker": null,
                   "created": "...", "modified": "..."}],
     "relations": [{"id": 1, "from_id": 1, "to_id": 2, "type": "said_by",
                    "status": "accepted", "annotator": "anna", "origin": "manual",
                    "created": "..."}],
     "annotator_meta": {"title": ..., "date": ..., "source": ..., "url": ...,
                        "status": "new", "origin_path": ..., "meta": {...},
                        "speakers": [{"id": 3, "name": "Сергей Лавров", "type": "person",
                                      "aliases": [], "roles": []}],
                        "tags": [{"id": 1, "theme": "bilateral", "span": 1, ...}]}}

``id``, ``label``, ``start_offset``, ``end_offset``, ``from_id``, ``to_id``
and ``type`` are doccano's own fields.  The others carry what doccano has no
place for (provenance, quote kind, the speaker entity of a SPEAKER span,
theme tags, document metadata); doccano keeps unknown top-level keys as
document metadata and ignores unknown keys inside entities, and our reader
restores them, so export → import loses nothing.

Offsets: doccano's backend is Python and counts code points (doccano pull
request #108 made its front end agree, after emoji offsets were found to be
UTF-16 based), which is also our convention: no conversion by default.
Option ``offsets: "utf16"`` writes and reads UTF-16 code units instead, for
tools that produced doccano-like files from JavaScript.

Import also accepts doccano's older layout, ``"label": [[start, end, "LABEL"], ...]``
(or ``"entities"`` given as such triples).  Entities without our extra fields
come in as ``accepted`` spans by the annotator named in option ``annotator``
(default ``""``), ``origin`` "manual".

The whole file is read and validated before the first document is yielded,
so a bad line imports nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.formats.limits import LimitExceeded, checkpoint, load_json
from annotator.formats.native import bundle_from_record, document_record
from annotator.formats.validate import RecordReader, check_bundle
from annotator.model import AnnotatedDocument, AnnotatorError, Theme
from annotator.text import Utf16Map

NAME = "doccano"
DESCRIPTION = "doccano JSONL (sequence labelling with relations)"

META_KEY = "annotator_meta"
_SPAN_EXTRAS = ("status", "annotator", "origin", "attrs", "created", "modified")
_RELATION_EXTRAS = ("status", "annotator", "origin", "created")
_DOC_FIELDS = ("title", "date", "source", "url", "status", "origin_path", "meta")


def _offset_mode(options: dict[str, Any]) -> str:
    mode = options.get("offsets", "codepoints")
    if mode not in ("codepoints", "utf16"):
        raise ValueError(f"doccano option offsets must be 'codepoints' or 'utf16', not {mode!r}")
    return str(mode)


def doccano_record(bundle: AnnotatedDocument, utf16: bool) -> dict[str, Any]:
    native = document_record(bundle)
    convert = Utf16Map(bundle.document.text).to_utf16 if utf16 else None
    entities = []
    for span in native["spans"]:
        start, end = span["start"], span["end"]
        if convert is not None:
            start, end = convert(start), convert(end)
        entity = {"id": span["id"], "label": span["label"], "start_offset": start, "end_offset": end}
        entity.update((key, span[key]) for key in _SPAN_EXTRAS)
        entity["speaker"] = span["entity"]
        entities.append(entity)
    relations = []
    for rel in native["relations"]:
        relation = {"id": rel["id"], "from_id": rel["from"], "to_id": rel["to"], "type": rel["kind"]}
        relation.update((key, rel[key]) for key in _RELATION_EXTRAS)
        relations.append(relation)
    meta = {key: native[key] for key in _DOC_FIELDS}
    meta["speakers"] = native["speakers"]
    meta["tags"] = native["tags"]
    record: dict[str, Any] = {"text": native["text"], "entities": entities, "relations": relations}
    if bundle.document.id is not None:
        record = {"id": bundle.document.id, **record}
    record[META_KEY] = meta
    return record


def export(
    docs: Iterable[AnnotatedDocument],
    out: Path,
    *,
    themes: list[Theme],
    options: dict[str, Any] | None = None,
) -> int:
    utf16 = _offset_mode(options or {}) == "utf16"
    count = 0
    with open(Path(out), "w", encoding="utf-8", newline="\n") as handle:
        for bundle in docs:
            handle.write(json.dumps(doccano_record(bundle, utf16), ensure_ascii=False) + "\n")
            count += len(bundle.spans) + len(bundle.relations) + len(bundle.tags)
    return count


def read(path: Path, *, options: dict[str, Any] | None = None) -> Iterator[AnnotatedDocument]:
    options = options or {}
    utf16 = _offset_mode(options) == "utf16"
    default_annotator = str(options.get("annotator", ""))
    path = Path(path)
    bundles = []
    try:
        handle = open(path, encoding="utf-8-sig")
    except OSError as exc:
        raise AnnotatorError(f"{path}: cannot open ({exc.strerror})") from exc
    with handle:
        try:
            for line_no, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                reader = RecordReader(path, line_no)
                checkpoint()
                try:
                    record = load_json(line)
                except json.JSONDecodeError as exc:
                    reader.fail(f"not valid JSON ({exc.msg}); is the file truncated?")
                except LimitExceeded as exc:
                    reader.fail(str(exc))
                native = native_record(record, reader, utf16, default_annotator)
                bundle = bundle_from_record(native, reader)
                check_bundle(bundle, reader)
                bundles.append(bundle)
        except UnicodeDecodeError as exc:
            raise AnnotatorError(f"{path}: not UTF-8 text ({exc.reason})") from None
    yield from bundles


def native_record(
    record: Any, reader: RecordReader, utf16: bool, default_annotator: str
) -> dict[str, Any]:
    """Translate one doccano line into a native JSONL record."""
    if not isinstance(record, dict):
        reader.fail("expected a JSON object")
    text = reader.string(record, "text", required=True)
    meta = reader.mapping(record, META_KEY)
    native: dict[str, Any] = {key: meta.get(key) for key in _DOC_FIELDS}
    native["text"] = text
    native["speakers"] = meta.get("speakers")
    native["tags"] = meta.get("tags")
    to_cp = _utf16_reader(text, reader) if utf16 else None
    spans = []
    raw_entities = record.get("entities") if record.get("entities") is not None else record.get("label")
    if raw_entities is not None and not isinstance(raw_entities, list):
        reader.fail("field 'entities' must be a list")
    for number, item in enumerate(raw_entities or [], start=1):
        where = RecordReader(reader.path, reader.line_no, f"entity {number}")
        if isinstance(item, list):
            if len(item) != 3:
                where.fail("an entity triple must be [start, end, label]")
            item = {"id": None, "start_offset": item[0], "end_offset": item[1], "label": item[2]}
        if not isinstance(item, dict):
            where.fail("an entity must be an object or a [start, end, label] triple")
        start = where.integer(item, "start_offset", required=True)
        end = where.integer(item, "end_offset", required=True)
        if to_cp is not None:
            start, end = to_cp(start, where), to_cp(end, where)
        span = {key: item.get(key) for key in _SPAN_EXTRAS}
        span.update(
            id=item.get("id") if item.get("id") is not None else -number,
            start=start,
            end=end,
            label=item.get("label"),
            entity=item.get("speaker"),
        )
        span["annotator"] = span["annotator"] if span["annotator"] is not None else default_annotator
        spans.append(span)
    native["spans"] = spans
    relations = []
    for item in reader.objects(record, "relations"):
        relation = {key: item.get(key) for key in _RELATION_EXTRAS}
        relation.update(id=item.get("id"), kind=item.get("type"), to=item.get("to_id"))
        relation["from"] = item.get("from_id")
        if relation["annotator"] is None:
            relation["annotator"] = default_annotator
        relations.append(relation)
    native["relations"] = relations
    return native


def _utf16_reader(text: str, reader: RecordReader) -> Any:
    units = Utf16Map(text)

    def convert(offset: int, where: RecordReader) -> int:
        try:
            point = units.from_utf16(offset)
        except ValueError:
            where.fail(f"UTF-16 offset {offset} is outside the text ({units.utf16_length} units)")
        if units.to_utf16(point) != offset:
            where.fail(f"UTF-16 offset {offset} falls inside a surrogate pair")
        return point

    return convert
