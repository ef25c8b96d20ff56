"""What rides beside the spans in an exchange file, keyed by the spans themselves.

Tools renumber spans when they export (doccano gives its own ids, brat tools
and QDA programs may too), so provenance, quote kind, speaker entity, theme
tags and relation provenance are never looked up by our span ids.  Each is
stored under :func:`annotator.formats.offsets.span_key` (offsets in the file's
unit + label); a relation under its two span keys and its kind.  When several
spans have the same offsets and label, the second is keyed ``…#2``, the third
``…#3``, in file order (:class:`KeyMaker`).

Layout (JSON)::

    {"spans": {"10:42:QUOTE": [{"status", "origin", "annotator", "attrs",
                                "entity", "created", "modified"}]},
     "relations": {"10:42:QUOTE>said_by>0:9:SPEAKER": [{"status", "origin", "annotator", "created"}]},
     "tags": [{"theme", "span": "10:42:QUOTE" or null, "status", "origin", "annotator", "created"}]}
"""

from __future__ import annotations

from typing import Any

from annotator.formats.offsets import CODEPOINTS, OffsetUnits, span_key
from annotator.model import AnnotatedDocument, Span

SPAN_FIELDS = ("status", "origin", "annotator", "attrs", "created", "modified", "comment")
RELATION_FIELDS = ("status", "origin", "annotator", "created")
TAG_FIELDS = ("theme", "status", "origin", "annotator", "created")


def relation_key(source: str, kind: str, target: str) -> str:
    return f"{source}>{kind}>{target}"


class KeyMaker:
    """Keys spans in file order; repeats of the same offsets and label get ``#2``, ``#3``…"""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def key(self, start: int, end: int, label: str) -> str:
        base = span_key(start, end, label)
        self.seen[base] = self.seen.get(base, 0) + 1
        return base if self.seen[base] == 1 else f"{base}#{self.seen[base]}"


def keys_of(bundle: AnnotatedDocument, units: OffsetUnits) -> dict[Any, str]:
    """Span id → key, for every span of ``bundle`` (KeyMaker's keys, without a call per span)."""
    seen: dict[str, int] = {}
    keys: dict[Any, str] = {}
    to_units = units.to_units
    # Code points are our offsets: no conversion, only to_units' range check.
    same = units.unit == CODEPOINTS
    length = units.length
    for span in bundle.spans:
        start, end = span.start, span.end
        if same and 0 <= start <= length and 0 <= end <= length:
            base = span_key(start, end, span.label)
        else:
            base = span_key(to_units(start), to_units(end, end=True), span.label)
        count = seen[base] = seen.get(base, 0) + 1
        keys[span.id] = base if count == 1 else f"{base}#{count}"
    return keys


def span_entry(span: Span) -> dict[str, Any]:
    """A span's extras: SPAN_FIELDS in order, then ``entity`` (a literal, not a getattr per field)."""
    return {"status": span.status, "origin": span.origin, "annotator": span.annotator, "attrs": span.attrs,
            "created": span.created, "modified": span.modified, "comment": span.comment,
            "entity": span.entity_id}


def side_tables(bundle: AnnotatedDocument, units: OffsetUnits) -> dict[str, Any]:
    """The span-keyed tables of one document (layout in the module doc)."""
    keys = keys_of(bundle, units)
    spans: dict[str, list[dict[str, Any]]] = {}
    for span in bundle.spans:
        key = keys[span.id]
        if key in spans:
            spans[key].append(span_entry(span))
        else:
            spans[key] = [span_entry(span)]
    relations: dict[str, list[dict[str, Any]]] = {}
    for rel in bundle.relations:
        key = relation_key(keys[rel.source_id], rel.kind, keys[rel.target_id])
        entry = {"status": rel.status, "origin": rel.origin, "annotator": rel.annotator, "created": rel.created}
        if key in relations:
            relations[key].append(entry)
        else:
            relations[key] = [entry]
    tags = [{"theme": tag.theme_id, "span": None if tag.span_id is None else keys[tag.span_id],
             "status": tag.status, "origin": tag.origin, "annotator": tag.annotator, "created": tag.created}
            for tag in bundle.tags]
    return {"spans": spans, "relations": relations, "tags": tags}


class SideTables:
    """Reads the tables back: each entry is handed out once, in file order."""

    def __init__(self, data: Any) -> None:
        data = data if isinstance(data, dict) else {}
        self._spans = self._lists(data.get("spans"))
        self._relations = self._lists(data.get("relations"))
        tags = data.get("tags")
        self.tags = [t for t in tags if isinstance(t, dict)] if isinstance(tags, list) else []
        self.present = bool(data)

    @staticmethod
    def _lists(table: Any) -> dict[str, list[dict[str, Any]]]:
        if not isinstance(table, dict):
            return {}
        return {str(key): [dict(e) for e in value if isinstance(e, dict)]
                for key, value in table.items() if isinstance(value, list)}

    def span(self, key: str) -> dict[str, Any]:
        """The extras of the next span with this key ({} when there is none)."""
        found = self._spans.get(key)
        return found.pop(0) if found else {}

    def relation(self, source: str, kind: str, target: str) -> dict[str, Any]:
        found = self._relations.get(relation_key(source, kind, target))
        return found.pop(0) if found else {}

    def tag(self, span: str | None, theme: str) -> dict[str, Any]:
        """The provenance of the next tag of ``theme`` on the span keyed ``span`` (None: the document)."""
        for number, tag in enumerate(self.tags):
            if tag.get("span") == span and tag.get("theme") == theme:
                del self.tags[number]
                return {name: tag.get(name) for name in TAG_FIELDS[1:] if tag.get(name) is not None}
        return {}

    def native_tags(self, span_ids: dict[str, Any]) -> list[dict[str, Any]]:
        """Tags as native records; a tag whose span is gone (deleted in the tool) is dropped."""
        out = []
        for tag in self.tags:
            key = tag.get("span")
            if key is not None and key not in span_ids:
                continue
            out.append({**{name: tag.get(name) for name in TAG_FIELDS},
                        "span": None if key is None else span_ids[key]})
        return out
