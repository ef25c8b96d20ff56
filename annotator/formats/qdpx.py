"""REFI-QDA project (.qdpx) for QualCoder, ATLAS.ti, MAXQDA, NVivo (export and import).

The archive is a ZIP holding ``project.qde`` (QDA-XML 1.0, namespace
``urn:QDA-XML:project:1.0``, valid against ``Project-mrt2019.xsd``) and
``sources/<guid>.txt`` (each document's text, UTF-8, LF line breaks).

* ``Users`` – one ``User`` per annotator name.
* ``CodeBook`` – two uncodable roots:

  - ``Labels``: one code per span label (``SPEAKER``, ``QUOTE``, ``CUE``,
    user labels); under ``QUOTE`` the kinds ``direct`` / ``indirect``; under
    ``SPEAKER`` one code per speaker entity (its canonical name);
  - ``Themes``: the theme taxonomy with its hierarchy and colours (code name
    = Russian name).

* ``Sources`` – one ``TextSource`` per document (name = title,
  ``plainTextPath="internal://<guid>.txt"``), with the document's theme tags
  as ``Coding`` on the source and date/source/url/status as ``VariableValue``.
  Each span is one ``PlainTextSelection`` (``startPosition``/``endPosition``
  are code points: the standard says "characters", which is how QualCoder
  counts; for text without emoji they equal the UTF-16 units .NET-based
  tools count; ``creatingUser`` is the annotator) carrying one ``Coding`` for its label (the kind code for a quote
  with a kind, the speaker's code for a SPEAKER span with an entity) and one
  ``Coding`` per theme tag on the span.
* ``Links`` – ``said_by`` as a ``OneWay`` link from the quote's selection to
  the speaker's selection.

What QDA-XML has no attribute for (status, origin, other span attributes,
entity types and aliases, theme ids, relation provenance, document metadata)
is kept as one JSON line ``{"annotator": {...}}`` opening the ``Description``
of the code, selection or source concerned; QDA programs show it as a memo
and our reader restores it.  All of it rides on the selection (the span)
itself; a theme tag's or link's provenance is found by its GUID, else, when a
QDA program saved the project with new GUIDs, by its theme or link kind on the
same selection.  Everything defaults sensibly without it, so
projects made by QDA programs import too: a code outside our two roots
becomes a span label; a selection coded only with themes becomes a
``SEGMENT`` span; selections and codings without ``creatingUser`` get the
annotator named by import option ``annotator`` (default ``""``).  Export
takes no options.

Import refuses ZIP entries that would leave the archive folder (absolute
paths, ``..``), entries over 512 MB, XML with a DTD entity declaration
(parsed with defusedxml, so entity-expansion bombs are refused), external
(non-``internal://``) sources, and selections outside their text, naming the
archive entry and the element.  The whole archive is validated before the
first document is yielded.
"""

from __future__ import annotations

import itertools
import json
import re
import uuid
import zipfile
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from annotator import __version__
from annotator.formats.native import speaker_records
from annotator.model import (
    ACCEPTED,
    CORE_LABELS,
    MANUAL,
    QUOTE,
    SPEAKER,
    AnnotatedDocument,
    Relation,
    Span,
    Theme,
    ThemeTag,
)

NAME = "qdpx"
DESCRIPTION = "REFI-QDA project (.qdpx) for QualCoder, ATLAS.ti, MAXQDA, NVivo"

NAMESPACE = "urn:QDA-XML:project:1.0"
LABELS_ROOT = "Labels"
THEMES_ROOT = "Themes"
_NS = uuid.UUID("6f1d1c54-7b51-4a55-9d0e-2c1f3c8e4a10")
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")
_COLOURS = {SPEAKER: "#8FB2FF", QUOTE: "#FFE08A", "CUE": "#C8F0C8"}


@lru_cache(maxsize=65536)
def guid(*parts: Any) -> str:
    """A stable GUID for the thing named by ``parts`` (same export → same GUIDs)."""
    return str(uuid.uuid5(_NS, "\x1f".join(str(p) for p in parts)))


def local_guids(source_guid: str) -> Iterator[str]:
    """GUIDs for the elements of one source: its GUID's first 20 hex digits and a counter.

    Much cheaper than a uuid5 per selection, still stable for the same export.
    """
    prefix = source_guid[:24]
    return (f"{prefix}{number:012x}" for number in itertools.count(1))


def text_value(value: str) -> str:
    return escape(_XML_ILLEGAL.sub("\ufffd", value))


@lru_cache(maxsize=8192)
def attr(value: str) -> str:
    return quoteattr(_XML_ILLEGAL.sub("\ufffd", value))


def meta_description(meta: dict[str, Any], rest: str = "") -> str:
    """A Description element opening with our JSON line (omitted when empty)."""
    if meta and not rest:
        # ASCII JSON escapes every control character: nothing for _XML_ILLEGAL to replace.
        return f"<Description>{escape(json.dumps({'annotator': meta}, ensure_ascii=True))}</Description>"
    lines = [json.dumps({"annotator": meta}, ensure_ascii=True)] if meta else []
    if rest:
        lines.append(rest)
    return f"<Description>{text_value(chr(10).join(lines))}</Description>" if lines else ""


_SEPARATOR = "\x00"  # between the memos encoded together; JSON writes it as "\u0000"
_ENCODED_SEPARATOR = ', "\\u0000", '


def meta_descriptions(metas: list[dict[str, Any]]) -> list[str]:
    """``meta_description(meta)`` of each, with one JSON encoding and one escape for all of them.

    The memos are encoded as one list with a separator string between them
    and cut there; should a memo hold that same text in a list (the cut then
    gives more pieces than memos), each is encoded alone instead.
    """
    present = [{"annotator": meta} for meta in metas if meta]
    if not present:
        return ["" for _ in metas]
    interleaved: list[Any] = [_SEPARATOR] * (2 * len(present) - 1)
    interleaved[::2] = present
    # ASCII JSON escapes every control character: nothing for _XML_ILLEGAL to replace.
    pieces = escape(json.dumps(interleaved, ensure_ascii=True)[1:-1]).split(_ENCODED_SEPARATOR)
    if len(pieces) != len(present):
        return [meta_description(meta) for meta in metas]
    found = iter(pieces)
    return [f"<Description>{next(found)}</Description>" if meta else "" for meta in metas]


def _when(name: str, value: str) -> str:
    return f" {name}={attr(value)}" if value and _DATETIME.fullmatch(value) else ""


class _Writer:
    """Collects the XML pieces of one project while documents stream past."""

    def __init__(self, themes: list[Theme]) -> None:
        self.themes = themes
        self.users: dict[str, str] = {}
        self.labels: set[str] = set(CORE_LABELS)
        self.kinds: set[str] = set()
        self.speakers: dict[Any, dict[str, Any]] = {}
        self.extra_themes: set[str] = set()
        self.sources: list[str] = []
        self.links: list[str] = []

    def user(self, name: str) -> str:
        if not name:
            return ""
        if name not in self.users:
            self.users[name] = guid("user", name)
        return f" creatingUser=\"{self.users[name]}\""

    def label_code(self, label: str, kind: Any, entity: Any) -> str:
        self.labels.add(label)
        if label == SPEAKER and entity is not None:
            return guid("speaker", entity)
        if label == QUOTE and isinstance(kind, str) and kind:
            self.kinds.add(kind)
            return guid("kind", kind)
        return guid("label", label)

    def source(self, bundle: AnnotatedDocument, position: int, source_guid: str) -> None:
        # Straight from the model objects: a native record would copy every annotation into a dict first.
        doc = bundle.document
        for entity in speaker_records(bundle):
            self.speakers.setdefault(entity["id"], entity)
        by_span: dict[Any, list[ThemeTag]] = {}
        doc_tags: list[ThemeTag] = []
        for tag in bundle.tags:
            (doc_tags if tag.span_id is None else by_span.setdefault(tag.span_id, [])).append(tag)
        fresh = local_guids(source_guid)
        selections = {span.id: next(fresh) for span in bundle.spans}
        link_meta = self._links(bundle.relations, selections, fresh)
        selected = [self._selection(span, selections[span.id], by_span.get(span.id, []),
                                    link_meta.get(span.id), fresh) for span in bundle.spans]
        descriptions = meta_descriptions([meta for _, meta, _ in selected])
        parts = [f"{head}{description}{tail}" for (head, _, tail), description in zip(selected, descriptions)]
        doc_meta: dict[str, Any] = {"title": doc.title, "date": doc.date, "source": doc.source, "url": doc.url,
                                    "status": doc.status, "origin_path": doc.origin_path, "meta": doc.meta}
        source_codings, tag_meta = self._tag_codings(doc_tags, fresh)
        if tag_meta:
            doc_meta["tags"] = tag_meta
        variables = "".join(
            f"<VariableValue><VariableRef targetGUID=\"{guid('variable', key)}\"/>"
            f"<TextValue>{text_value(doc_meta[key])}</TextValue></VariableValue>"
            for key in ("date", "source", "url", "status") if doc_meta[key]
        )
        name = doc.title or f"Document {position}"
        self.sources.append(
            f"<TextSource guid=\"{source_guid}\" name={attr(name)} plainTextPath=\"internal://{source_guid}.txt\">"
            f"{meta_description({'document': doc_meta})}{''.join(parts)}{source_codings}{variables}"
            "</TextSource>"
        )

    def _links(self, relations: list[Relation], selections: dict[Any, str],
               fresh: Iterator[str]) -> dict[Any, dict[str, Any]]:
        """Write the links; return their provenance by the quote span's id."""
        link_meta: dict[Any, dict[str, Any]] = {}
        for rel in relations:
            link_guid = next(fresh)
            origin, target = selections[rel.source_id], selections[rel.target_id]
            self.links.append(f"<Link guid=\"{link_guid}\" name={attr(rel.kind)} direction=\"OneWay\" "
                              f"originGUID=\"{origin}\" targetGUID=\"{target}\"/>")
            link_meta.setdefault(rel.source_id, {})[link_guid] = {
                "id": rel.id, "kind": rel.kind, "status": rel.status, "origin": rel.origin,
                "annotator": rel.annotator, "created": rel.created}
        return link_meta

    def _selection(self, span: Span, sel: str, tags: list[ThemeTag],
                   links: dict[str, Any] | None, fresh: Iterator[str]) -> tuple[str, dict[str, Any], str]:
        """The selection's XML before its memo, the memo, and the XML after it."""
        # Only what differs from the reader's defaults, so most selections carry no memo.
        meta: dict[str, Any] = {}
        if span.status != ACCEPTED:
            meta["status"] = span.status
        if span.origin != MANUAL:
            meta["origin"] = span.origin
        if len(span.attrs) > ("kind" in span.attrs):
            meta["attrs"] = {k: v for k, v in span.attrs.items() if k != "kind"}
        created, modified = span.created, span.modified
        if created and not _DATETIME.fullmatch(created):
            meta["created"] = created
        if modified and not _DATETIME.fullmatch(modified):
            meta["modified"] = modified
        code = self.label_code(span.label, span.attrs.get("kind"), span.entity_id)
        user = self.user(span.annotator)
        when = _when("creationDateTime", created)
        label_coding = f"<Coding guid=\"{next(fresh)}\"{user}{when}><CodeRef targetGUID=\"{code}\"/></Coding>"
        tag_codings, tag_meta = self._tag_codings(tags, fresh) if tags else ("", None)
        if tag_meta:
            meta["tags"] = tag_meta
        if links:
            meta["links"] = links
        return (f"<PlainTextSelection guid=\"{sel}\" name={attr(span.label)} "
                f"startPosition=\"{span.start}\" endPosition=\"{span.end}\"{user}"
                f"{when}{_when('modifiedDateTime', modified)}>",
                meta, f"{label_coding}{tag_codings}</PlainTextSelection>")

    def _tag_codings(self, tags: list[ThemeTag], fresh: Iterator[str]) -> tuple[str, dict[str, Any]]:
        codings, tag_meta = [], {}
        for tag in tags:
            coding_guid = next(fresh)
            self.extra_themes.add(tag.theme_id)
            codings.append(self._tag_coding(coding_guid, tag))
            tag_meta[coding_guid] = {"id": tag.id, "theme": tag.theme_id, "status": tag.status, "origin": tag.origin}
            if tag.created and not _DATETIME.fullmatch(tag.created):
                tag_meta[coding_guid]["created"] = tag.created
        return "".join(codings), tag_meta

    def _tag_coding(self, coding_guid: str, tag: ThemeTag) -> str:
        return (f"<Coding guid=\"{coding_guid}\"{self.user(tag.annotator)}"
                f"{_when('creationDateTime', tag.created)}>"
                f"<CodeRef targetGUID=\"{guid('theme', tag.theme_id)}\"/></Coding>")

    def codebook(self) -> str:
        label_codes = []
        for label in list(CORE_LABELS) + sorted(self.labels - set(CORE_LABELS)):
            children = ""
            if label == QUOTE:
                children = "".join(
                    f"<Code guid=\"{guid('kind', kind)}\" name={attr(kind)} isCodable=\"true\"/>"
                    for kind in ["direct", "indirect"] + sorted(self.kinds - {"direct", "indirect"}))
            elif label == SPEAKER:
                children = "".join(
                    f"<Code guid=\"{guid('speaker', entity['id'])}\" name={attr(entity['name'])} "
                    f"isCodable=\"true\">{meta_description({'speaker': entity})}</Code>"
                    for entity in self.speakers.values())
            colour = f" color=\"{_COLOURS[label]}\"" if label in _COLOURS else ""
            label_codes.append(f"<Code guid=\"{guid('label', label)}\" name={attr(label)} "
                               f"isCodable=\"true\"{colour}>{children}</Code>")
        return (f"<CodeBook><Codes><Code guid=\"{guid('root', LABELS_ROOT)}\" name=\"{LABELS_ROOT}\" "
                f"isCodable=\"false\">{''.join(label_codes)}</Code>"
                f"<Code guid=\"{guid('root', THEMES_ROOT)}\" name=\"{THEMES_ROOT}\" isCodable=\"false\">"
                f"{self._theme_codes()}</Code></Codes></CodeBook>")

    def _theme_codes(self) -> str:
        known = {theme.id for theme in self.themes}
        themes = list(self.themes) + [Theme(id=t, name_ru=t, name_en=t)
                                      for t in sorted(self.extra_themes - known)]
        children: dict[str | None, list[Theme]] = {}
        for theme in themes:
            parent = theme.parent if theme.parent in known else None
            children.setdefault(parent, []).append(theme)

        def render(parent: str | None, depth: int) -> str:
            out = []
            for theme in children.get(parent, []) if depth < 50 else []:
                colour = theme.color if re.fullmatch(r"#[0-9A-Fa-f]{6}|#[0-9A-Fa-f]{3}", theme.color) else ""
                out.append(
                    f"<Code guid=\"{guid('theme', theme.id)}\" name={attr(theme.name_ru or theme.id)} "
                    f"isCodable=\"true\"{' color=' + attr(colour) if colour else ''}>"
                    f"{meta_description({'theme': theme.id}, theme.guideline)}"
                    f"{render(theme.id, depth + 1)}</Code>")
            return "".join(out)

        return render(None, 0)

    def project(self) -> str:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        users = "".join(f"<User guid=\"{g}\" name={attr(n)}/>" for n, g in self.users.items())
        variables = "".join(f"<Variable guid=\"{guid('variable', key)}\" name=\"{key}\" typeOfVariable=\"Text\"/>"
                            for key in ("date", "source", "url", "status"))
        return (
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            f"<Project xmlns=\"{NAMESPACE}\" name=\"annotator export\" origin=\"annotator {__version__}\" "
            f"creationDateTime=\"{now}\">"
            + (f"<Users>{users}</Users>" if users else "")
            + self.codebook() + f"<Variables>{variables}</Variables>"
            + (f"<Sources>{''.join(self.sources)}</Sources>" if self.sources else "")
            + (f"<Links>{''.join(self.links)}</Links>" if self.links else "")
            + "</Project>\n"
        )


def export(
    docs: Iterable[AnnotatedDocument],
    out: Path,
    *,
    themes: list[Theme],
    options: dict[str, Any] | None = None,
) -> int:
    writer = _Writer(themes)
    count = 0
    with zipfile.ZipFile(Path(out), "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for position, bundle in enumerate(docs, start=1):
            source_guid = guid("source", bundle.document.id if bundle.document.id is not None else f"n{position}")
            archive.writestr(f"sources/{source_guid}.txt", bundle.document.text.encode("utf-8"))
            writer.source(bundle, position, source_guid)
            count += len(bundle.spans) + len(bundle.relations) + len(bundle.tags)
        archive.writestr("project.qde", writer.project().encode("utf-8"))
    return count


def read(path: Path, *, options: dict[str, Any] | None = None) -> Iterator[AnnotatedDocument]:
    from annotator.formats.qdpx_reader import read_project

    yield from read_project(Path(path), options or {})
