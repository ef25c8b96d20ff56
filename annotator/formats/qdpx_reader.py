"""Reading REFI-QDA archives (.qdpx) back into bundles; see qdpx.py for the mapping."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from annotator.formats.limits import LimitExceeded, check_archive, load_json
from annotator.formats.native import bundle_from_record
from annotator.formats.qdpx import LABELS_ROOT, NAMESPACE, THEMES_ROOT
from annotator.formats.validate import RecordReader, check_bundle
from annotator.model import QUOTE, SPEAKER, AnnotatedDocument, AnnotatorError

MAX_ENTRY_BYTES = 512 * 1024 * 1024
SEGMENT = "SEGMENT"
_NS = "{" + NAMESPACE + "}"


def _tag(name: str) -> str:
    return _NS + name


def safe_entry_name(path: Path, name: str) -> None:
    """Refuse entries that would land outside the folder the archive unpacks to."""
    pure = PurePosixPath(name.replace("\\", "/"))
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":") or ".." in pure.parts:
        raise AnnotatorError(f"{path}: archive entry {name!r} would escape the project folder; refusing it")


def read_project(path: Path, options: dict[str, Any]) -> list[AnnotatedDocument]:
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise AnnotatorError(f"{path}: not a readable .qdpx (ZIP) archive ({exc})") from None
    with archive:
        check_archive(archive, path)
        entries = {}
        for info in archive.infolist():
            safe_entry_name(path, info.filename)
            if info.file_size > MAX_ENTRY_BYTES:
                raise AnnotatorError(f"{path}: archive entry {info.filename!r} is too large to import")
            entries[info.filename.replace("\\", "/")] = info
        if "project.qde" not in entries:
            raise AnnotatorError(f"{path}: the archive has no project.qde")

        def load(name: str) -> bytes:
            try:
                return archive.read(entries[name])
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise AnnotatorError(f"{path}: archive entry {name!r} is damaged ({exc})") from None

        try:
            root = SafeET.fromstring(load("project.qde"))
        except DefusedXmlException:
            raise AnnotatorError(
                f"{path}, entry project.qde: refusing XML that declares entities (possible entity-expansion bomb)"
            ) from None
        except SafeET.ParseError as exc:
            raise AnnotatorError(f"{path}, entry project.qde: not valid XML ({exc})") from None
        if root.tag != _tag("Project"):
            raise AnnotatorError(f"{path}, entry project.qde: root element is not a QDA-XML Project")
        project = _Project(path, root, options)
        bundles = []
        sources = root.find(_tag("Sources"))
        for number, source in enumerate(sources.findall(_tag("TextSource")) if sources is not None else [], 1):
            text = project.source_text(source, number, entries, load)
            reader = RecordReader(path, None, f"entry project.qde, TextSource {source.get('guid')}")
            bundle = bundle_from_record(project.native_record(source, text, reader), reader)
            check_bundle(bundle, reader)
            bundles.append(bundle)
        return bundles


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _meta(element: Element | None) -> dict[str, Any]:
    """Our JSON line opening an element's Description, or {}."""
    if element is None:
        return {}
    description = element.find(_tag("Description"))
    if description is None or not description.text:
        return {}
    first = description.text.split("\n", 1)[0]
    try:
        data = load_json(first)
    except (json.JSONDecodeError, LimitExceeded):  # not ours, or hostile: treated as a plain description
        return {}
    found = data.get("annotator") if isinstance(data, dict) else None
    return found if isinstance(found, dict) else {}


class _Project:
    def __init__(self, path: Path, root: Element, options: dict[str, Any]) -> None:
        self.path = path
        self.default_annotator = str(options.get("annotator", ""))
        self.users = {u.get("guid"): u.get("name") or "" for u in root.iter(_tag("User"))}
        # code guid -> ("label", label, kind, speaker entity) | ("theme", theme id)
        self.codes: dict[str, tuple[Any, ...]] = {}
        self.speakers: dict[str, dict[str, Any]] = {}
        codebook = root.find(_tag("CodeBook"))
        codes = codebook.find(_tag("Codes")) if codebook is not None else None
        for code in codes.findall(_tag("Code")) if codes is not None else []:
            self._walk(code, None, top=True)
        self.links: dict[str, list[tuple[str, str, str]]] = {}
        for link in root.iter(_tag("Link")):
            origin, target = link.get("originGUID"), link.get("targetGUID")
            if origin and target:
                self.links.setdefault(origin, []).append((link.get("guid") or "", target, link.get("name") or ""))

    def _walk(self, code: Element, parent: tuple[Any, ...] | None, top: bool = False) -> None:
        name, meta = code.get("name") or "", _meta(code)
        if top and name in (LABELS_ROOT, THEMES_ROOT) and code.get("isCodable") == "false":
            entry: tuple[Any, ...] = ("root", name)
        elif parent is not None and parent == ("root", THEMES_ROOT) or (parent and parent[0] == "theme"):
            entry = ("theme", str(meta.get("theme") or name))
        elif parent is not None and parent[0] == "label" and parent[1] == QUOTE:
            entry = ("label", QUOTE, name, None)
        elif parent is not None and parent[0] == "label" and parent[1] == SPEAKER:
            speaker = _as_dict(meta.get("speaker"))
            key = code.get("guid") or name
            self.speakers[key] = {**speaker, "name": name}
            entry = ("label", SPEAKER, None, key)
        else:
            entry = ("label", name, None, None)
        if code.get("guid"):
            self.codes[code.get("guid") or ""] = entry
        for child in code.findall(_tag("Code")):
            self._walk(child, entry)

    def source_text(self, source: Element, number: int, entries: dict[str, Any], load: Any) -> str:
        where = f"{self.path}, entry project.qde, TextSource {source.get('guid') or number}"
        plain = source.get("plainTextPath")
        if plain:
            if not plain.startswith("internal://"):
                raise AnnotatorError(f"{where}: external source {plain!r} is not inside the archive")
            name = "sources/" + plain[len("internal://"):]
            safe_entry_name(self.path, name)
            if name not in entries:
                raise AnnotatorError(f"{where}: its text {name!r} is missing from the archive")
            try:
                return load(name).decode("utf-8-sig")
            except UnicodeDecodeError:
                raise AnnotatorError(f"{self.path}, entry {name}: not UTF-8 text") from None
        content = source.find(_tag("PlainTextContent"))
        if content is not None and content.text:
            return content.text
        raise AnnotatorError(f"{where}: no plain text (plainTextPath or PlainTextContent)")

    def _user(self, element: Element) -> str:
        user = element.get("creatingUser")
        return self.users.get(user, "") if user else self.default_annotator

    def native_record(self, source: Element, text: str, reader: RecordReader) -> dict[str, Any]:
        doc = _as_dict(_meta(source).get("document"))
        record: dict[str, Any] = {**{k: v for k, v in doc.items() if k != "tags"}, "text": text}
        record["title"] = doc["title"] if isinstance(doc.get("title"), str) else source.get("name") or ""
        spans: list[dict[str, Any]] = []
        tags: list[dict[str, Any]] = []
        relations: list[dict[str, Any]] = []
        speakers: dict[str, int] = {}
        by_selection: dict[str, int] = {}
        link_meta: dict[str, dict[str, Any]] = {}  # by origin selection, then link GUID
        for coding in source.findall(_tag("Coding")):
            tags.extend(self._tags(coding, None, doc.get("tags"), reader))
        next_id = 1
        for selection in source.findall(_tag("PlainTextSelection")):
            sel_guid = selection.get("guid") or ""
            where = RecordReader(reader.path, None, f"{reader.where}, PlainTextSelection {sel_guid}")
            meta = _meta(selection)
            link_meta[sel_guid] = dict(_as_dict(meta.get("links")))
            labelled, theme_codings = self._selection_spans(selection, where, len(text), meta, speakers)
            for span in labelled:
                span["id"], next_id = next_id, next_id + 1
                spans.append(span)
            if labelled:
                by_selection[sel_guid] = labelled[0]["id"]
                for coding in theme_codings:
                    tags.extend(self._tags(coding, labelled[0]["id"], meta.get("tags"), reader))
        for origin, targets in self.links.items():
            for link_guid, target, name in targets:
                if origin in by_selection and target in by_selection:
                    meta = _take_link_meta(link_meta.get(origin, {}), link_guid, name)
                    relations.append({**meta, "id": None, "kind": meta.get("kind") or name or "said_by",
                                      "from": by_selection[origin], "to": by_selection[target]})
        record.update(spans=spans, tags=tags, relations=relations,
                      speakers=[{**self.speakers[key], "id": number} for key, number in speakers.items()])
        return record

    def _selection_spans(
        self, selection: Element, where: RecordReader, length: int, meta: dict[str, Any], speakers: dict[str, int]
    ) -> tuple[list[dict[str, Any]], list[Element]]:
        """One span per label coding of a selection, and the selection's theme codings."""
        start, end = self._position(selection, "startPosition", where), self._position(selection, "endPosition", where)
        if not 0 <= start < end <= length:
            where.fail(f"selection [{start}, {end}) lies outside the text (length {length}) or is empty")
        labelled: list[dict[str, Any]] = []
        theme_codings = []
        for coding in selection.findall(_tag("Coding")):
            code = self._code(coding, where)
            if code[0] == "theme":
                theme_codings.append(coding)
            if code[0] != "label":
                continue
            attrs = dict(_as_dict(meta.get("attrs")))
            attrs.pop("kind", None)
            if code[2]:
                attrs["kind"] = code[2]
            entity = speakers.setdefault(code[3], len(speakers) + 1) if code[3] is not None else None
            labelled.append({"start": start, "end": end, "label": code[1], "attrs": attrs, "entity": entity,
                             "annotator": self._user(selection), "created": selection.get("creationDateTime"),
                             "modified": selection.get("modifiedDateTime"),
                             **{k: meta[k] for k in ("status", "origin", "created", "modified") if k in meta}})
        if not labelled and theme_codings:
            labelled.append({"start": start, "end": end, "label": SEGMENT, "annotator": self._user(selection)})
        return labelled, theme_codings

    def _position(self, selection: Element, name: str, where: RecordReader) -> int:
        value = selection.get(name)
        try:
            return int(value or "")
        except ValueError:
            where.fail(f"{name} {value!r} is not a whole number")

    def _code(self, coding: Element, where: RecordReader) -> tuple[Any, ...]:
        ref = coding.find(_tag("CodeRef"))
        target = ref.get("targetGUID") if ref is not None else None
        if target not in self.codes:
            where.fail(f"coding refers to code {target!r}, which is not in the codebook")
        return self.codes[target or ""]

    def _tags(self, coding: Element, span_id: int | None, metas: Any, reader: RecordReader) -> list[dict[str, Any]]:
        code = self._code(coding, reader)
        if code[0] != "theme":
            return []
        metas = _as_dict(metas)
        # By coding GUID, else (a QDA program gave new GUIDs) by theme on this same selection.
        meta = _as_dict(metas.pop(coding.get("guid") or "", None))
        if not meta:
            key = next((k for k, m in metas.items() if _as_dict(m).get("theme") == code[1]), None)
            meta = _as_dict(metas.pop(key, None)) if key is not None else {}
        return [{**meta, "theme": code[1], "span": span_id, "annotator": self._user(coding),
                 "created": coding.get("creationDateTime") or meta.get("created")}]


def _take_link_meta(metas: dict[str, Any], link_guid: str, name: str | None) -> dict[str, Any]:
    """Provenance of a link, from its origin selection: by GUID, else the first of its kind."""
    found = metas.pop(link_guid, None)
    if found is None:
        key = next((k for k, m in metas.items() if _as_dict(m).get("kind") == (name or "said_by")), None)
        found = metas.pop(key, None) if key is not None else None
    return _as_dict(found)
