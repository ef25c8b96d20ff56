"""Checks shared by every importer: typed field access and bundle validation.

Errors name the file and the line (or record) so the user can find them, and
are raised before anything is written, so a bad file imports nothing partial.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NoReturn

from annotator.model import (
    DOC_STATUSES,
    ENTITY_TYPES,
    STATUSES,
    AnnotatedDocument,
    AnnotatorError,
)
from annotator.text import normalize, normalize_with_offsets


class RecordReader:
    """Reads typed fields from one decoded record, failing with its location."""

    def __init__(self, path: Path | str, line_no: int | None = None, where: str = "") -> None:
        self.path = path
        self.line_no = line_no
        self.where = where

    def location(self) -> str:
        parts = [str(self.path)]
        if self.line_no is not None:
            parts.append(f"line {self.line_no}")
        if self.where:
            parts.append(self.where)
        return ", ".join(parts)

    def fail(self, message: str) -> NoReturn:
        raise AnnotatorError(f"{self.location()}: {message}")

    def _get(self, record: Any, key: str, required: bool) -> Any:
        if not isinstance(record, dict):
            self.fail(f"expected an object holding {key!r}")
        value = record.get(key)
        if value is None and required:
            self.fail(f"missing field {key!r}")
        return value

    def string(self, record: Any, key: str, *, required: bool = False) -> str:
        value = self._get(record, key, required)
        if value is None:
            return ""
        if isinstance(value, (int, float)) and not isinstance(value, bool) and not required:
            return str(value)
        if not isinstance(value, str):
            self.fail(f"field {key!r} must be a string, not {type(value).__name__}")
        if required and not value.strip():
            self.fail(f"field {key!r} is empty")
        return value

    def integer(self, record: Any, key: str, *, required: bool = False) -> Any:
        value = self._get(record, key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"field {key!r} must be a whole number, not {value!r}")
        return value

    def mapping(self, record: Any, key: str) -> dict[str, Any]:
        value = self._get(record, key, False)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(f"field {key!r} must be an object")
        return value

    def strings(self, record: Any, key: str) -> list[str]:
        value = self._get(record, key, False)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(f"field {key!r} must be a list of strings")
        return list(value)

    def objects(self, record: Any, key: str) -> list[dict[str, Any]]:
        value = self._get(record, key, False)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(f"field {key!r} must be a list of objects")
        return list(value)


def check_bundle(bundle: AnnotatedDocument, reader: RecordReader) -> None:
    """Normalise the text (remapping offsets) and check every reference.

    Raises AnnotatorError at the first problem; the bundle is then unusable.
    """
    doc = bundle.document
    if not doc.text.strip():
        reader.fail("the document text is empty")
    for name in ("text", "title", "date", "source", "url"):
        _check_encodable(getattr(doc, name) or "", reader, name)
    if doc.status not in DOC_STATUSES:
        reader.fail(f"unknown document status {doc.status!r}")
    raw_length = len(doc.text)
    for span in bundle.spans:
        if span.start > span.end:
            reader.fail(f"span {span.id} is reversed: it starts at {span.start}, after its end {span.end}")
        if not 0 <= span.start < span.end <= raw_length:
            reader.fail(
                f"span {span.id} [{span.start}, {span.end}) is outside the text "
                f"(length {raw_length}) or empty"
            )
        if not span.label.strip():
            reader.fail(f"span {span.id} has an empty label")
    _normalise_text(bundle, reader)
    span_ids = [span.id for span in bundle.spans]
    if len(set(span_ids)) != len(span_ids):
        reader.fail("two spans share one id")
    entity_ids = {entity.id for entity in bundle.entities}
    for entity in bundle.entities:
        if entity.type not in ENTITY_TYPES:
            reader.fail(f"speaker {entity.name!r} has unknown type {entity.type!r}")
    known_spans = set(span_ids)
    for span in bundle.spans:
        _check_status(reader, f"span {span.id}", span.status)
        if span.entity_id is not None and span.entity_id not in entity_ids:
            reader.fail(f"span {span.id} refers to unknown speaker {span.entity_id}")
    for rel in bundle.relations:
        _check_status(reader, "relation", rel.status)
        for end in (rel.source_id, rel.target_id):
            if end not in known_spans:
                reader.fail(f"relation refers to unknown span {end}")
    for tag in bundle.tags:
        _check_status(reader, "theme tag", tag.status)
        if tag.span_id is not None and tag.span_id not in known_spans:
            reader.fail(f"theme tag refers to unknown span {tag.span_id}")


def _check_status(reader: RecordReader, what: str, status: str) -> None:
    if status not in STATUSES:
        reader.fail(f"{what} has unknown status {status!r}")


def _normalise_text(bundle: AnnotatedDocument, reader: RecordReader) -> None:
    doc = bundle.document
    normalised = normalize(doc.text)
    if normalised == doc.text:
        return
    if bundle.spans:
        try:
            normalised, mapping = normalize_with_offsets(doc.text)
        except ValueError:
            reader.fail("the text changes under normalisation in a way offsets cannot follow")
        for span in bundle.spans:
            span.start, span.end = mapping[span.start], mapping[span.end]
            if span.start >= span.end:
                reader.fail(f"span {span.id} becomes empty once line breaks are normalised")
    doc.text = normalised


def _check_encodable(text: str, reader: RecordReader, field: str = "text") -> None:
    """Lone UTF-16 surrogates (an emoji cut in half by a JavaScript tool) are
    legal in JSON but cannot be stored as text."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        reader.fail(
            f"the {field} holds a broken character (lone surrogate U+{ord(text[exc.start]):04X}) "
            f"at offset {exc.start}"
        )
