"""doccano JSONL: sequence labelling with relations (export and import).

One document a line, in the layout doccano exports from (and imports into) a
"Sequence Labeling" project with relations enabled::

    {"id": 7, "text": "...",
     "entities": [{"id": 1, "label": "QUOTE", "start_offset": 0, "end_offset": 12}],
     "relations": [{"id": 1, "from_id": 1, "to_id": 2, "type": "said_by"}],
     "annotator_meta": {"title": ..., "date": ..., "source": ..., "url": ...,
                        "status": "new", "origin_path": ..., "meta": {...},
                        "offsets": "utf16",
                        "speakers": [{"id": 3, "name": "Сергей Лавров", "type": "person",
                                      "aliases": [], "roles": []}],
                        "spans": {"0:12:QUOTE": [{"status": "accepted", "attrs": {"kind": "direct"},
                                                  "entity": null, ...}]},
                        "relations": {"0:12:QUOTE>said_by>20:33:SPEAKER": [{"status": ...}]},
                        "tags": [{"theme": "bilateral", "span": "0:12:QUOTE", ...}]}}

``entities`` and ``relations`` hold only doccano's own fields.  doccano keeps
unknown top-level keys as document metadata and gives them back on export,
but it renumbers entities and drops unknown keys inside them, so everything
else (provenance, quote kind, the speaker entity of a SPEAKER span, theme
tags, relation provenance) sits in ``annotator_meta`` keyed by the span itself
(offsets + label, see :mod:`annotator.formats.span_keyed`): export → doccano
→ export → import puts every tag and status back on its own span.

Offsets (option ``offsets``): doccano's server stores the numbers it is
given, and its labelling page draws them as JavaScript string positions
(UTF-16 code units) in a default project, or as grapheme clusters when the
project's "grapheme mode" (``use_grapheme``) is on.  ``utf16`` (default) fits
a default project, ``graphemes`` one with grapheme mode, ``codepoints``
tools that count Python characters.  The unit is written into
``annotator_meta`` and reading uses it, so a file comes back in the unit it
went out in; a line without it is read in option ``offsets`` (default
``utf16``; ``annotator import --format doccano --offsets …``).  A span that starts or ends inside a grapheme cluster is widened
to whole clusters in ``graphemes``.

doccano drops overlapping spans unless the project allows them ("Allow
overlapping spans"); export with ``--no-overlaps`` for a project that does
not (see :mod:`annotator.formats.overlaps`).

Import also accepts doccano's older layout, ``"label": [[start, end, "LABEL"], ...]``
(or ``"entities"`` given as such triples), and files written by annotator
before the span-keyed tables (extras inside each entity, tags by entity id).
Entities without our extras come in as ``accepted`` spans by the annotator
named in option ``annotator`` (default ``""``), ``origin`` "manual".

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
from annotator.formats.offsets import UTF16, OffsetUnits, check_unit
from annotator.formats.span_keyed import SPAN_FIELDS, KeyMaker, SideTables, side_tables
from annotator.formats.validate import RecordReader, check_bundle
from annotator.model import AnnotatedDocument, AnnotatorError, Theme

NAME = "doccano"
DESCRIPTION = "doccano JSONL (sequence labelling with relations)"

META_KEY = "annotator_meta"
DEFAULT_OFFSETS = UTF16
OVERLAP_ADVICE = ("a doccano project drops overlapping spans (and then fails on their relations) unless "
                  "'Allow overlapping spans' is on in its settings: turn it on, or export again with "
                  "--no-overlaps")
_RELATION_EXTRAS = ("status", "annotator", "origin", "created")
_DOC_FIELDS = ("title", "date", "source", "url", "status", "origin_path", "meta")


def doccano_record(bundle: AnnotatedDocument, unit: str = DEFAULT_OFFSETS) -> dict[str, Any]:
    native = document_record(bundle)
    units = OffsetUnits(bundle.document.text, unit)
    number = {span.id: position for position, span in enumerate(bundle.spans, start=1)}
    entities = [{"id": number[span.id], "label": span.label,
                 "start_offset": units.to_units(span.start), "end_offset": units.to_units(span.end, end=True)}
                for span in bundle.spans]
    relations = [{"id": position, "from_id": number[rel.source_id], "to_id": number[rel.target_id],
                  "type": rel.kind} for position, rel in enumerate(bundle.relations, start=1)]
    meta = {key: native[key] for key in _DOC_FIELDS}
    meta.update(offsets=units.unit, speakers=native["speakers"], **side_tables(bundle, units))
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
    unit = check_unit((options or {}).get("offsets"), DEFAULT_OFFSETS)
    count = 0
    with open(Path(out), "w", encoding="utf-8", newline="\n") as handle:
        for bundle in docs:
            handle.write(json.dumps(doccano_record(bundle, unit), ensure_ascii=False) + "\n")
            count += len(bundle.spans) + len(bundle.relations) + len(bundle.tags)
    return count


def read(path: Path, *, options: dict[str, Any] | None = None) -> Iterator[AnnotatedDocument]:
    options = options or {}
    unit = options.get("offsets")
    if unit is not None:
        check_unit(unit, DEFAULT_OFFSETS)
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
                native = native_record(record, reader, unit, default_annotator)
                bundle = bundle_from_record(native, reader)
                check_bundle(bundle, reader)
                bundles.append(bundle)
        except UnicodeDecodeError as exc:
            raise AnnotatorError(f"{path}: not UTF-8 text ({exc.reason})") from None
    yield from bundles


def native_record(
    record: Any, reader: RecordReader, unit: str | None, default_annotator: str
) -> dict[str, Any]:
    """Translate one doccano line into a native JSONL record.

    ``unit`` is the offset unit of a line that does not say its own
    (``annotator_meta.offsets``); None means UTF-16.
    """
    if not isinstance(record, dict):
        reader.fail("expected a JSON object")
    text = reader.string(record, "text", required=True)
    meta = reader.mapping(record, META_KEY)
    native: dict[str, Any] = {key: meta.get(key) for key in _DOC_FIELDS}
    native["text"] = text
    native["speakers"] = meta.get("speakers")
    try:  # the unit the line was written in wins; the option is for lines that do not say
        unit = check_unit(meta.get("offsets"), unit or DEFAULT_OFFSETS)
    except ValueError as exc:
        reader.fail(f"{META_KEY}: {exc}")
    units = OffsetUnits(text, unit)
    side = SideTables(meta) if "spans" in meta else None
    defaults = {"status": "accepted", "origin": "manual", "annotator": default_annotator}
    spans, by_file_id, by_key = _entities(record, reader, units, side, defaults)
    native["spans"] = spans
    native["relations"] = _relations(record, reader, side, by_file_id, defaults)
    if side is not None:
        native["tags"] = side.native_tags(by_key)
    else:  # written before the span-keyed tables: tags point at entity ids
        native["tags"] = meta.get("tags")
    return native


def _entities(
    record: dict[str, Any], reader: RecordReader, units: OffsetUnits, side: SideTables | None,
    defaults: dict[str, Any],
) -> tuple[list[dict[str, Any]], dict[Any, dict[str, Any]], dict[str, Any]]:
    """Spans, the spans by the file's entity id, and span ids by key."""
    raw_entities = record.get("entities") if record.get("entities") is not None else record.get("label")
    if raw_entities is not None and not isinstance(raw_entities, list):
        reader.fail("field 'entities' must be a list")
    spans: list[dict[str, Any]] = []
    by_file_id: dict[Any, dict[str, Any]] = {}
    by_key: dict[str, Any] = {}
    keys = KeyMaker()
    for number, item in enumerate(raw_entities or [], start=1):
        where = RecordReader(reader.path, reader.line_no, f"entity {number}")
        if isinstance(item, list):
            if len(item) != 3:
                where.fail("an entity triple must be [start, end, label]")
            item = {"id": None, "start_offset": item[0], "end_offset": item[1], "label": item[2]}
        if not isinstance(item, dict):
            where.fail("an entity must be an object or a [start, end, label] triple")
        raw_start = where.integer(item, "start_offset", required=True)
        raw_end = where.integer(item, "end_offset", required=True)
        label = where.string(item, "label", required=True)
        start, end = _offset(units, raw_start, where), _offset(units, raw_end, where)
        key = keys.key(raw_start, raw_end, label)
        # Extras: from the span-keyed table, else (older files) from the entity itself.
        extras = side.span(key) if side is not None else {k: item.get(k) for k in (*SPAN_FIELDS, "speaker")}
        span = {**defaults, **{k: v for k, v in extras.items() if v is not None and k in SPAN_FIELDS}}
        file_id = item.get("id")
        span.update(id=number, start=start, end=end, label=label, _key=key,
                    entity=extras.get("entity", extras.get("speaker")))
        spans.append(span)
        if file_id is not None:
            by_file_id[file_id] = span
        by_key.setdefault(key, number)
    if side is None:
        # Older files: tags and relations name the entity ids, which were ours.
        for file_id, span in by_file_id.items():
            if isinstance(file_id, int) and not isinstance(file_id, bool):
                span["id"] = file_id
    return spans, by_file_id, by_key


def _offset(units: OffsetUnits, value: int, where: RecordReader) -> int:
    try:
        return units.from_units(value)
    except ValueError as exc:
        where.fail(str(exc))


def _relations(
    record: dict[str, Any], reader: RecordReader, side: SideTables | None,
    by_file_id: dict[Any, dict[str, Any]], defaults: dict[str, Any],
) -> list[dict[str, Any]]:
    relations = []
    for number, item in enumerate(reader.objects(record, "relations"), start=1):
        where = RecordReader(reader.path, reader.line_no, f"relation {number}")
        source, target = by_file_id.get(item.get("from_id")), by_file_id.get(item.get("to_id"))
        if source is None or target is None:
            where.fail(f"from_id {item.get('from_id')!r} or to_id {item.get('to_id')!r} names no entity of this line")
        kind = where.string(item, "type") or "said_by"
        if side is not None:
            extras = side.relation(source["_key"], kind, target["_key"])
        else:
            extras = {k: item.get(k) for k in _RELATION_EXTRAS}
        relation = {**defaults, **{k: v for k, v in extras.items() if v is not None and k in _RELATION_EXTRAS}}
        relation.update(id=number, kind=kind, to=target["id"])
        relation["from"] = source["id"]
        relations.append(relation)
    return relations
