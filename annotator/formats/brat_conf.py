"""brat helpers: name encoding, the .conf files, and the ``.ann`` line parser.

See :mod:`annotator.formats.brat` for the mapping; this module holds the
parts that do not need the document loop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NoReturn

from annotator.formats.limits import MAX_JSON_NUMBER_DIGITS
from annotator.model import CORE_LABELS, DIRECT, INDIRECT, QUOTE, SAID_BY, SPEAKER, AnnotatorError, Theme
from annotator.formats.span_keyed import KeyMaker, SideTables

_SAFE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_\-]*")
_ENCODED = re.compile(r"X_((?:[0-9a-f]{2})+)")
_FRAGMENT = re.compile(r"(\d+) (\d+)")
_COLOURS = {SPEAKER: "#8fb2ff", QUOTE: "#ffe08a", "CUE": "#c8f0c8"}


@lru_cache(maxsize=4096)
def encode_name(name: str) -> str:
    """A brat type/attribute name for ``name`` (reversible)."""
    if _SAFE_NAME.fullmatch(name) and not name.startswith("X_"):
        return name
    return "X_" + name.encode("utf-8").hex()


def decode_name(name: str) -> str:
    match = _ENCODED.fullmatch(name)
    if match:
        try:
            return bytes.fromhex(match.group(1)).decode("utf-8")
        except UnicodeDecodeError:
            return name
    return name


@dataclass
class Seen:
    """Names met while exporting, for annotation.conf."""

    labels: set[str] = field(default_factory=set)
    relations: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    themes: set[str] = field(default_factory=set)


def write_configs(out: Path, seen: Seen, themes: list[Theme]) -> None:
    from annotator.formats.brat import KIND_ATTRIBUTE, THEME_PREFIX

    labels = list(CORE_LABELS) + sorted(seen.labels - set(CORE_LABELS))
    theme_ids = [theme.id for theme in themes] + sorted(seen.themes - {t.id for t in themes})
    kinds = [DIRECT, INDIRECT] + sorted(seen.kinds - {DIRECT, INDIRECT})
    conf = ["# Written by annotator; brat reads it as the project configuration.", "[entities]"]
    conf += [encode_name(label) for label in labels]
    conf += ["", "[relations]", f"{SAID_BY}\tArg1:{QUOTE}, Arg2:{SPEAKER}"]
    conf += [f"{encode_name(kind)}\tArg1:<ENTITY>, Arg2:<ENTITY>" for kind in sorted(seen.relations - {SAID_BY})]
    conf += ["<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "", "[events]", "", "[attributes]"]
    conf.append(f"{KIND_ATTRIBUTE}\tArg:{QUOTE}, Value:" + "|".join(encode_name(k) for k in kinds))
    conf += [f"{THEME_PREFIX}{encode_name(theme_id)}\tArg:<ENTITY>" for theme_id in theme_ids]
    (out / "annotation.conf").write_text("\n".join(conf) + "\n", encoding="utf-8")
    names = {theme.id: theme for theme in themes}
    visual = ["[labels]"]
    for label in labels:
        visual.append(f"{encode_name(label)} | {label.replace('|', '/')}")
    for theme_id in theme_ids:
        theme = names.get(theme_id)
        shown = theme.name_ru if theme else theme_id
        visual.append(f"{THEME_PREFIX}{encode_name(theme_id)} | {shown.replace('|', '/')}")
    visual += ["", "[drawing]"]
    visual += [f"{label}\tbgColor:{colour}" for label, colour in _COLOURS.items()]
    (out / "visual.conf").write_text("\n".join(visual) + "\n", encoding="utf-8")


def declared_labels(conf: str | None) -> set[str] | None:
    """Entity types declared in an annotation.conf text, or None without one."""
    if conf is None:
        return None
    labels: set[str] = set()
    section = ""
    for line in conf.split("\n"):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1].strip()
        elif section == "entities":
            labels.add(decode_name(stripped.split()[0].lstrip("!")))
    return labels


class AnnParser:
    """Parses one ``.ann`` file into a native JSONL record (see brat.py)."""

    def __init__(
        self, file: str, text: str, declared: set[str] | None, default_annotator: str,
        sidecar: dict[str, Any],
    ) -> None:
        self.file = file
        self.text = text
        self.declared = declared
        self.default_annotator = default_annotator
        self.sidecar = sidecar
        # Version 2 keys provenance by the span (offsets + label); version 1 by brat id.
        self.side = SideTables(sidecar) if (sidecar.get("version") or 1) >= 2 else None
        self.keys = KeyMaker()
        self.spans: dict[str, dict[str, Any]] = {}
        self.kinds: dict[str, tuple[int, str]] = {}
        self.relations: list[tuple[int, str, str, str, str]] = []
        self.attributes: list[tuple[int, str, str, str, str]] = []
        self.references: list[tuple[int, str, str, str]] = []
        self.notes: list[tuple[int, str, str]] = []
        self.line_no = 0

    def fail(self, message: str) -> NoReturn:
        raise AnnotatorError(f"{self.file}, line {self.line_no}: {message}")

    def parse_line(self, line_no: int, line: str) -> None:
        self.line_no = line_no
        if not line.strip():
            return
        parts = line.split("\t")
        if line.startswith("#"):
            # AnnotatorNotes: a comment on an annotation; other # lines are brat's own notes.
            fields = parts[1].split() if len(parts) > 1 else []
            if len(fields) == 2 and fields[0] == "AnnotatorNotes" and fields[1].startswith("T"):
                self.notes.append((line_no, fields[1], "\t".join(parts[2:]).strip()))
            return
        ann_id = parts[0]
        if len(parts) < 2:
            self.fail(f"annotation {ann_id!r} has no tab-separated fields (truncated line?)")
        kind = ann_id[:1]
        if kind == "T":
            self._textbound(ann_id, parts[1], "\t".join(parts[2:]) if len(parts) > 2 else None)
        elif kind == "R":
            fields = parts[1].split()
            if len(fields) != 3 or not fields[1].startswith("Arg1:") or not fields[2].startswith("Arg2:"):
                self.fail(f"relation {ann_id} must read 'TYPE Arg1:T.. Arg2:T..'")
            self.relations.append((line_no, ann_id, decode_name(fields[0]), fields[1][5:], fields[2][5:]))
        elif kind in ("A", "M"):
            fields = parts[1].split()
            if len(fields) not in (2, 3):
                self.fail(f"attribute {ann_id} must read 'NAME T.. [VALUE]'")
            value = decode_name(fields[2]) if len(fields) == 3 else ""
            self.attributes.append((line_no, ann_id, decode_name(fields[0]), fields[1], value))
        elif kind == "N":
            fields = parts[1].split()
            if len(fields) != 3 or fields[0] != "Reference" or ":" not in fields[2]:
                self.fail(f"normalisation {ann_id} must read 'Reference T.. DB:ID'")
            name = parts[2].strip() if len(parts) > 2 else ""
            self.references.append((line_no, fields[1], fields[2], name))
        elif kind in ("E", "*"):
            self.fail("brat events and equivalence sets are not supported by annotator")
        else:
            self.fail(f"unknown annotation {ann_id!r}")

    def _textbound(self, tid: str, data: str, covered: str | None) -> None:
        if tid in self.spans:
            self.fail(f"{tid} is defined twice")
        label, _, offsets = data.partition(" ")
        pieces: list[tuple[int, int]] = []
        for fragment in offsets.split(";"):
            match = _FRAGMENT.fullmatch(fragment.strip())
            if not match:
                self.fail(f"{tid}: bad offsets {offsets!r} (expected 'START END[;START END…]')")
            if max(len(match.group(1)), len(match.group(2))) > MAX_JSON_NUMBER_DIGITS:
                self.fail(f"{tid}: an offset of more than {MAX_JSON_NUMBER_DIGITS} digits (the limit)")
            start, end = int(match.group(1)), int(match.group(2))
            if start > end:
                self.fail(f"{tid}: the span is reversed: it starts at {start}, after its end {end}")
            if end > len(self.text):
                self.fail(f"{tid}: offsets {start} {end} lie outside the text (length {len(self.text)})")
            if pieces and start < pieces[-1][1]:
                self.fail(f"{tid}: fragments overlap or are out of order")
            pieces.append((start, end))
        if pieces[0][0] >= pieces[-1][1]:
            self.fail(f"{tid}: the span is empty")
        expected = " ".join(self.text[a:b] for a, b in pieces)
        if covered is None or not (covered == expected or covered.startswith(expected + " ")):
            self.fail(f"{tid}: text {covered!r} does not match the text at its offsets {expected!r}")
        label = decode_name(label)
        if self.declared is not None and label not in self.declared:
            self.fail(f"{tid}: unknown label {label!r} (not declared in annotation.conf)")
        key = self.keys.key(pieces[0][0], pieces[-1][1], label)
        meta = self.side.span(key) if self.side is not None else self.sidecar.get("spans", {}).get(tid, {})
        attrs = dict(meta.get("attrs") or {})
        attrs.pop("kind", None)
        self.spans[tid] = {
            **{key: meta.get(key) for key in ("status", "origin", "created", "modified")},
            "annotator": meta.get("annotator", self.default_annotator),
            "id": meta.get("id"), "start": pieces[0][0], "end": pieces[-1][1],
            "label": label, "attrs": attrs, "line": self.line_no, "_key": key,
            "_comment": meta.get("comment") if isinstance(meta.get("comment"), str) else "",
        }

    def _span(self, line_no: int, tid: str) -> dict[str, Any]:
        self.line_no = line_no
        if tid not in self.spans:
            self.fail(f"refers to {tid}, which is not a text span in this file")
        return self.spans[tid]

    def native_record(self) -> dict[str, Any]:
        from annotator.formats.brat import KIND_ATTRIBUTE, NORMALIZATION_DB, THEME_PREFIX

        # Keep the ids the sidecar gave; number spans added in brat after them.
        next_id = max((s["id"] for s in self.spans.values() if isinstance(s["id"], int)), default=0) + 1
        taken: set[int] = set()
        for span in self.spans.values():
            if not isinstance(span["id"], int) or span["id"] in taken:
                span["id"], next_id = next_id, next_id + 1
            taken.add(span["id"])
        side = self.sidecar
        if self.side is not None:
            tags = [{**tag, "span": None} for tag in self.side.native_tags({}) if tag["span"] is None]
        else:
            tags = [dict(tag) for tag in side.get("document_tags", []) if isinstance(tag, dict)]
        for line_no, aid, name, tid, value in self.attributes:
            span = self._span(line_no, tid)
            if name == KIND_ATTRIBUTE:
                span["attrs"]["kind"] = value
            elif name.startswith(THEME_PREFIX):
                theme = decode_name(name[len(THEME_PREFIX):])
                meta = (self.side.tag(span["_key"], theme) if self.side is not None
                        else side.get("tags", {}).get(aid, {}))
                tags.append({**meta, "id": meta.get("id"), "theme": decode_name(name[len(THEME_PREFIX):]),
                             "span": span["id"], "annotator": meta.get("annotator", self.default_annotator)})
            else:
                span["attrs"][name] = value or True
        relations = []
        for line_no, rid, kind, source, target in self.relations:
            if self.side is not None:
                meta = self.side.relation(self._span(line_no, source)["_key"], kind,
                                          self._span(line_no, target)["_key"])
            else:
                meta = side.get("relations", {}).get(rid, {})
            relations.append({**meta, "kind": kind, "from": self._span(line_no, source)["id"],
                              "to": self._span(line_no, target)["id"],
                              "annotator": meta.get("annotator", self.default_annotator)})
        speakers = {s.get("id"): dict(s) for s in side.get("speakers", []) if isinstance(s, dict)}
        foreign: dict[str, int] = {}
        for line_no, tid, ref, name in self.references:
            span = self._span(line_no, tid)
            db, _, key = ref.partition(":")
            if db == NORMALIZATION_DB and re.fullmatch(r"E\d+", key):
                entity_id = int(key[1:])
            else:
                entity_id = foreign.setdefault(ref, -len(foreign) - 1)
            entity = speakers.setdefault(entity_id, {"id": entity_id, "type": "person"})
            # The N line shows the name on one line; keep the exact one unless edited in brat.
            if name and name != " ".join(str(entity.get("name") or "").split()):
                entity["name"] = name
            span["entity"] = entity_id
        for line_no, tid, note in self.notes:
            span = self._span(line_no, tid)
            exact = span.get("_comment") or ""
            # The note shows the comment on one line; keep the exact one unless edited in brat.
            span["comment"] = exact if " ".join(exact.split()) == note else note
        document = side.get("document", {}) if isinstance(side.get("document"), dict) else {}
        return {**document, "text": self.text,
                "spans": [{k: v for k, v in s.items() if k not in ("line", "_key", "_comment")} for s in self.spans.values()],
                "relations": relations, "speakers": list(speakers.values()), "tags": tags}
