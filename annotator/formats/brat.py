"""brat standoff: a folder of ``.txt`` + ``.ann`` pairs (export and import).

``export`` writes into the folder ``out`` (created if needed), per document:

* ``<stem>.txt`` – the normalised text, UTF-8, LF line breaks; brat offsets
  are code points of this file, as our offsets are.
* ``<stem>.ann`` – the annotations, one a line:

  - ``T1\\tQUOTE 10 42\\tquoted text`` – a span.  A span that crosses line
    breaks is written as brat writes one, as fragments split at each
    ``\\n`` (``T1\\tQUOTE 10 20;21 42\\ttext text``); an empty fragment is kept
    at either end when the span starts or ends on a line break, so the outer
    bounds are exact.  Reading joins the fragments back into one span.
  - ``R1\\tsaid_by Arg1:T1 Arg2:T2`` – quote → speaker relation.
  - ``A1\\tKind T1 direct`` – quote kind; ``A2\\tTheme_<theme> T1`` – a theme
    tag on a span (binary attribute).
  - ``N1\\tReference T2 Annotator:E5\\tСергей Лавров`` – the canonical speaker
    entity (``E<entity id>``) of a SPEAKER span.
  - ``#1\\tAnnotatorNotes T1\\tcomment`` – the analyst's comment on a span
    (brat shows it as the annotation's note; line breaks become spaces, the
    exact text travels in the metadata file).

and, once for the folder:

* ``annotator-meta.jsonl`` – one line per document (``"stem"`` names its
  files) with what brat has no place for: document metadata
  (title, date, source, url, status), speaker types and aliases, whole-
  document theme tags, and each annotation's provenance (status, origin,
  annotator, timestamps, other attributes) keyed by the span itself (its
  offsets and label, :mod:`annotator.formats.span_keyed`), so a tool that
  renumbers T, R and A ids cannot move one span's status or tags to another
  (files of sidecar version 1 keyed them by brat id and still read).  brat and
  brat tools ignore the file; our reader uses it when present, so
  export → import loses nothing, and annotations added in brat itself come
  in as ``accepted`` by option ``annotator`` (default ``""``);
* ``annotation.conf`` – entity types, the ``said_by`` relation, ``<OVERLAP>``
  allowing any overlap, the ``Kind`` and ``Theme_*`` attributes;
* ``visual.conf`` – theme names, label colours, readable names for encoded
  labels.

File stems are ``doc-<document id>`` (zero padded), or ``doc-n<position>``
for documents without an id.  Names brat cannot hold (labels, relation kinds
and theme ids outside ``[A-Za-z0-9_-]``) are written as ``X_<utf-8 hex>``
and decoded on import.

``read`` accepts the folder, a ``.zip`` of it (read in memory; entries that
would escape the folder are refused), or one ``.txt`` / ``.ann`` file.  When the
folder has an ``annotation.conf``, a span type it does not declare is an
error.  Every document is parsed and validated before the first is yielded.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.formats.limits import LimitExceeded, load_json
from annotator.formats import brat_conf
from annotator.formats.brat_files import BratFiles, ZipBratFiles
from annotator.formats.native import bundle_from_record
from annotator.formats.offsets import CODEPOINTS, OffsetUnits
from annotator.formats.span_keyed import side_tables
from annotator.formats.validate import RecordReader, check_bundle
from annotator.model import AnnotatedDocument, AnnotatorError, Theme

NAME = "brat"
DESCRIPTION = "brat standoff folder (.txt + .ann per document, annotation.conf)"

SIDECAR_FILE = "annotator-meta.jsonl"
SIDECAR_FORMAT = "annotator-brat"
# 2: provenance keyed by the span itself (offsets + label), not by brat ids.
SIDECAR_VERSION = 2
KIND_ATTRIBUTE = "Kind"
THEME_PREFIX = "Theme_"
NORMALIZATION_DB = "Annotator"

encode_name = brat_conf.encode_name
decode_name = brat_conf.decode_name


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split [start, end) at line breaks, keeping the outer bounds exact."""
    pieces = []
    position = start
    while True:
        newline = text.find("\n", position, end)
        if newline == -1:
            pieces.append((position, end))
            break
        pieces.append((position, newline))
        position = newline + 1
    last = len(pieces) - 1
    return [p for i, p in enumerate(pieces) if p[0] < p[1] or i in (0, last)]


def write_file(path: Path, text: str) -> None:
    """Write UTF-8 text with plain os calls: thousands of small files, so skip io's layers."""
    data = text.encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def document_stem(bundle: AnnotatedDocument, position: int) -> str:
    doc_id = bundle.document.id
    return f"doc-{doc_id:06d}" if doc_id is not None else f"doc-n{position:06d}"


def export(
    docs: Iterable[AnnotatedDocument],
    out: Path,
    *,
    themes: list[Theme],
    options: dict[str, Any] | None = None,
) -> int:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    seen = brat_conf.Seen()
    count = 0
    with open(out / SIDECAR_FILE, "w", encoding="utf-8", newline="\n") as sidecars:
        for position, bundle in enumerate(docs, start=1):
            stem = document_stem(bundle, position)
            ann, sidecar = ann_lines(bundle, seen)
            write_file(out / f"{stem}.txt", bundle.document.text)
            write_file(out / f"{stem}.ann", "".join(ann))
            sidecars.write(json.dumps({"stem": stem, **sidecar}, ensure_ascii=False) + "\n")
            count += len(bundle.spans) + len(bundle.relations) + len(bundle.tags)
    brat_conf.write_configs(out, seen, themes)
    return count


def ann_lines(bundle: AnnotatedDocument, seen: brat_conf.Seen) -> tuple[list[str], dict[str, Any]]:
    """The .ann lines of one document and its metadata line (see the module doc)."""
    lines: list[str] = []
    brat_ids, attribute_no = _span_lines(bundle, seen, lines)
    for number, rel in enumerate(bundle.relations, start=1):
        seen.relations.add(rel.kind)
        lines.append(f"R{number}\t{encode_name(rel.kind)} Arg1:{brat_ids[rel.source_id]} Arg2:{brat_ids[rel.target_id]}\n")
    for tag in bundle.tags:
        if tag.span_id is None:
            continue
        attribute_no += 1
        seen.themes.add(tag.theme_id)
        lines.append(f"A{attribute_no}\t{THEME_PREFIX}{encode_name(tag.theme_id)} {brat_ids[tag.span_id]}\n")
    doc = bundle.document
    sidecar = {
        "format": SIDECAR_FORMAT,
        "version": SIDECAR_VERSION,
        "document": {"title": doc.title, "date": doc.date, "source": doc.source, "url": doc.url,
                     "status": doc.status, "origin_path": doc.origin_path, "meta": doc.meta,
                     "memo": doc.memo},
        "document_id": doc.id,
        "speakers": [{"id": e.id, "name": e.name, "type": e.type, "aliases": e.aliases, "roles": e.roles}
                     for e in bundle.entities],
        **side_tables(bundle, OffsetUnits(doc.text, CODEPOINTS)),
    }
    return lines, sidecar


def _span_lines(
    bundle: AnnotatedDocument, seen: brat_conf.Seen, lines: list[str]
) -> tuple[dict[Any, str], int]:
    """T, A (kind) and N lines of every span: brat ids, A lines written."""
    text = bundle.document.text
    entities = {entity.id: entity for entity in bundle.entities}
    brat_ids: dict[Any, str] = {}
    attribute_no = 0
    for number, span in enumerate(bundle.spans, start=1):
        tid = f"T{number}"
        brat_ids[span.id] = tid
        seen.labels.add(span.label)
        if text.find("\n", span.start, span.end) == -1:
            offsets, covered = f"{span.start} {span.end}", text[span.start:span.end]
        else:
            pieces = fragments(text, span.start, span.end)
            offsets = ";".join(f"{a} {b}" for a, b in pieces)
            covered = " ".join(text[a:b] for a, b in pieces)
        lines.append(f"{tid}\t{encode_name(span.label)} {offsets}\t{covered}\n")
        kind = span.attrs.get("kind")
        if isinstance(kind, str) and kind:
            attribute_no += 1
            seen.kinds.add(kind)
            lines.append(f"A{attribute_no}\t{KIND_ATTRIBUTE} {tid} {encode_name(kind)}\n")
        if span.entity_id is not None:
            entity = entities.get(span.entity_id)
            name = " ".join((entity.name if entity else "").split())
            lines.append(f"N{number}\tReference {tid} {NORMALIZATION_DB}:E{span.entity_id}\t{name}\n")
        if span.comment:
            lines.append(f"#{number}\tAnnotatorNotes {tid}\t{' '.join(span.comment.split())}\n")
    return brat_ids, attribute_no


def read(path: Path, *, options: dict[str, Any] | None = None) -> Iterator[AnnotatedDocument]:
    options = options or {}
    path = Path(path)
    if path.is_dir():
        files: BratFiles = BratFiles(path)
    elif path.suffix == ".zip" and path.is_file():
        files = ZipBratFiles(path)
    elif path.suffix in (".txt", ".ann") and path.exists():
        files = BratFiles(path.parent, only=path.stem)
    else:
        raise AnnotatorError(f"{path}: not a brat folder, .zip, or .txt/.ann file")
    try:
        stems = files.stems()
        if not stems:
            raise AnnotatorError(f"{path}: no brat documents (.txt files) in it")
        declared = brat_conf.declared_labels(files.text("annotation.conf"))
        sidecars = _read_sidecars(files)
        default_annotator = str(options.get("annotator", ""))
        bundles = [read_document(files, stem, declared, default_annotator, sidecars.get(stem, {}))
                   for stem in stems]
    finally:
        if isinstance(files, ZipBratFiles):
            files.close()
    yield from bundles


def _read_sidecars(files: BratFiles) -> dict[str, dict[str, Any]]:
    """Our per-document metadata by file stem ({} when brat made the folder)."""
    text = files.text(SIDECAR_FILE)
    if text is None:
        return {}
    found: dict[str, dict[str, Any]] = {}
    for line_no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            data = load_json(line)
        except json.JSONDecodeError as exc:
            raise AnnotatorError(f"{files.where(SIDECAR_FILE)}, line {line_no}: not valid JSON ({exc.msg})") from None
        except LimitExceeded as exc:
            raise AnnotatorError(f"{files.where(SIDECAR_FILE)}, line {line_no}: {exc}") from None
        if not isinstance(data, dict) or data.get("format") != SIDECAR_FORMAT:
            raise AnnotatorError(f"{files.where(SIDECAR_FILE)}, line {line_no}: not annotator brat metadata")
        found[str(data.get("stem"))] = data
    return found


def read_document(
    files: BratFiles, stem: str, declared: set[str] | None, default_annotator: str, sidecar: dict[str, Any]
) -> AnnotatedDocument:
    text = files.text(f"{stem}.txt")
    if text is None:
        raise AnnotatorError(f"{files.where(stem + '.txt')}: file is missing")
    ann_text = files.text(f"{stem}.ann") or ""
    ann_name = files.where(f"{stem}.ann")
    parser = brat_conf.AnnParser(ann_name, text, declared, default_annotator, sidecar)
    for line_no, line in enumerate(ann_text.split("\n"), start=1):
        parser.parse_line(line_no, line)
    record = parser.native_record()
    reader = RecordReader(ann_name)
    bundle = bundle_from_record(record, reader)
    check_bundle(bundle, reader)
    return bundle
