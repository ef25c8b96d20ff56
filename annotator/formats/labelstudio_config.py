"""Label Studio helpers: tag names, the labelling config, and the task parser.

See :mod:`annotator.formats.labelstudio` for the mapping.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from annotator.model import CORE_LABELS, DIRECT, INDIRECT, QUOTE, SAID_BY, SPEAKER, AnnotatorError, Theme
from annotator.formats.validate import RecordReader
from annotator.formats.offsets import CODEPOINTS, UTF16, OffsetUnits
from annotator.formats.span_keyed import SPAN_FIELDS, KeyMaker, SideTables

KIND = "kind"
SPEAKER_TAG = "speaker"
SPAN_THEMES = "span_themes"
THEMES = "themes"
_COLOURS = {"SPEAKER": "#8fb2ff", "QUOTE": "#ffe08a", "CUE": "#c8f0c8"}


@dataclass
class Names:
    labels: str = "label"
    to_name: str = "text"
    data_key: str = "text"

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> Names:
        to_name = str(options.get("to_name", "text"))
        return cls(str(options.get("from_name", "label")), to_name, str(options.get("data_key", "text")))

    def region(self, region_id: str, kind: str, from_name: str, value: dict[str, Any],
               meta: dict[str, Any] | None = None) -> dict[str, Any]:
        result = {"id": region_id, "from_name": from_name, "to_name": self.to_name, "type": kind,
                  "value": value}
        if meta is not None:
            result["meta"] = meta
        return result


def labeling_config(names: Names, labels: set[str], themes: list[Theme],
                    relation_kinds: set[str] | None = None) -> str:
    to = quoteattr(names.to_name)
    label_list = list(CORE_LABELS) + sorted(labels - set(CORE_LABELS))
    lines = ["<View>", '  <Header value="$title"/>', f"  <Labels name={quoteattr(names.labels)} toName={to}>"]
    lines += [f"    <Label value={quoteattr(label)} background={quoteattr(_COLOURS.get(label, '#d0d0d0'))}/>"
              for label in label_list]
    lines += ["  </Labels>", f"  <Text name={to} value={quoteattr('$' + names.data_key)}/>",
              "  <Relations>",
              *[f"    <Relation value={quoteattr(kind)}/>" for kind in [SAID_BY] + sorted((relation_kinds or set()) - {SAID_BY})],
              "  </Relations>",
              f'  <Choices name="{KIND}" toName={to} perRegion="true" visibleWhen="region-selected" '
              f'whenLabelValue="{QUOTE}">',
              f'    <Choice value="{DIRECT}"/>', f'    <Choice value="{INDIRECT}"/>', "  </Choices>",
              f'  <TextArea name="{SPEAKER_TAG}" toName={to} perRegion="true" visibleWhen="region-selected" '
              f'whenLabelValue="{SPEAKER}" maxSubmissions="1" placeholder="Canonical name"/>']
    choices = [f"    <Choice value={quoteattr(_theme_title(theme, themes))} alias={quoteattr(theme.id)}/>"
               for theme in themes]
    if choices:
        lines += [f'  <Choices name="{SPAN_THEMES}" toName={to} perRegion="true" choice="multiple" '
                  'visibleWhen="region-selected">', *choices, "  </Choices>",
                  f'  <Choices name="{THEMES}" toName={to} choice="multiple">', *choices, "  </Choices>"]
    lines.append("</View>")
    return "\n".join(lines) + "\n"


def _theme_title(theme: Theme, themes: list[Theme]) -> str:
    """The Russian name, prefixed by its parents so the hierarchy stays visible."""
    by_id = {t.id: t for t in themes}
    parts = [theme.name_ru or theme.id]
    parent = by_id.get(theme.parent) if theme.parent else None
    while parent is not None and len(parts) < 10:
        parts.insert(0, parent.name_ru or parent.id)
        parent = by_id.get(parent.parent) if parent.parent else None
    return " / ".join(parts)


def declared_labels(xml: Path, from_name: str) -> set[str] | None:
    try:
        root = SafeET.parse(str(xml)).getroot()
    except DefusedXmlException:
        raise AnnotatorError(f"{xml}: refusing an XML file that declares entities or a DTD") from None
    except SafeET.ParseError as exc:
        raise AnnotatorError(f"{xml}: not valid XML ({exc})") from None
    for element in root.iter("Labels"):
        if element.get("name") == from_name:
            return {label.get("alias") or label.get("value") or "" for label in element.iter("Label")}
    return None


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


class TaskParser:
    """Turns one Label Studio task into a native JSONL record."""

    def __init__(self, task: Any, reader: RecordReader, names: Names, declared: set[str] | None,
                 default_annotator: str) -> None:
        if not isinstance(task, dict):
            reader.fail("a task must be a JSON object")
        self.task, self.reader, self.names, self.declared = task, reader, names, declared
        self.default_annotator = default_annotator
        data = reader.mapping(task, "data")
        self.text = reader.string(data, names.data_key, required=True)
        meta = reader.mapping(task, "meta").get("annotator")
        self.meta: dict[str, Any] = meta if isinstance(meta, dict) else {}
        # Tasks we wrote before switching to code points say nothing of their unit.
        old_ours = bool(self.meta) and self.meta.get("offsets") != CODEPOINTS
        self.units = OffsetUnits(self.text, UTF16 if old_ours else CODEPOINTS)
        self.side = SideTables(self.meta) if "spans" in self.meta else None
        self.keys = KeyMaker()
        self.spans: list[dict[str, Any]] = []
        self.relations: list[dict[str, Any]] = []
        self.tags: list[dict[str, Any]] = []
        speakers = self.meta.get("speakers")
        self.speakers = [dict(s) for s in speakers if isinstance(s, dict)] if isinstance(speakers, list) else []
        self.taken: set[int] = set()

    def native_record(self) -> dict[str, Any]:
        data = self.task["data"]
        for key in ("annotations", "completions", "predictions"):
            items = self.task.get(key) or []
            if not isinstance(items, list):
                self.reader.fail(f"field {key!r} must be a list")
            for item in items:
                if isinstance(item, dict) and not item.get("was_cancelled"):
                    self._result_set(item, predicted=key == "predictions")
        record = {key: data.get(key) for key in ("title", "date", "source", "url")}
        record.update({key: self.meta.get(key) for key in ("status", "origin_path", "meta")})
        record.update(text=self.text, spans=self.spans, relations=self.relations,
                      speakers=self.speakers, tags=self.tags)
        return record

    def _where(self, region: Any) -> RecordReader:
        return RecordReader(self.reader.path, None, f"{self.reader.where}, region {region}")

    def _offset(self, value: dict[str, Any], key: str, where: RecordReader) -> int:
        found = where.integer(value, key, required=True)
        if not 0 <= found <= self.units.unit_length:
            where.fail(f"offset {key}={found} lies outside the text ({self.units.unit_length} {self.units.unit_name})")
        try:
            return self.units.from_units(found)
        except ValueError:
            where.fail(f"offset {key}={found} falls inside a surrogate pair")

    def _defaults(self, item: dict[str, Any], predicted: bool) -> dict[str, Any]:
        completed = item.get("completed_by")
        if isinstance(completed, dict):
            completed = completed.get("email") or completed.get("id")
        annotator = self.default_annotator or ("" if completed is None else str(completed))
        if predicted:
            version = str(item.get("model_version") or "labelstudio")
            return {"status": "suggested", "origin": version if version.startswith("auto:")
                    else f"auto:{version}", "annotator": annotator}
        return {"status": "accepted", "origin": "manual", "annotator": annotator}

    def _result_set(self, item: dict[str, Any], predicted: bool) -> None:
        results = self.reader.objects(item, "result")
        defaults = self._defaults(item, predicted)
        regions: dict[Any, list[dict[str, Any]]] = {}
        for result in results:
            if result.get("type") == "labels" and result.get("from_name") == self.names.labels:
                regions.setdefault(result.get("id"), []).extend(self._spans(result, defaults))
        for result in results:
            kind, where = result.get("type"), self._where(result.get("id"))
            value = result.get("value") if isinstance(result.get("value"), dict) else {}
            targets = regions.get(result.get("id"), [])
            if kind == "relation":
                self._relation(result, regions, defaults)
            elif result.get("from_name") == KIND and targets:
                for span in targets:
                    span["attrs"]["kind"] = str((where.strings(value, "choices") or [""])[0])
            elif result.get("from_name") == SPEAKER_TAG and targets:
                names = where.strings(value, "text")
                if names and names[0].strip():
                    for span in targets:
                        span["entity"] = self._speaker(names[0].strip(), span.get("entity"))
            elif result.get("from_name") in (SPAN_THEMES, THEMES):
                span_id = targets[0]["id"] if targets else None
                if result.get("from_name") == SPAN_THEMES and span_id is None:
                    continue
                choices = where.strings(value, "choices")
                if self.side is not None:
                    key = targets[0]["_key"] if targets else None
                    self.tags.extend({**defaults, **self.side.tag(key, theme), "theme": theme, "span": span_id}
                                     for theme in choices)
                    continue
                meta = _as_dict(result.get("meta"))
                known: list[Any] = meta["tags"] if isinstance(meta.get("tags"), list) else []
                for number, theme in enumerate(choices):
                    # Our provenance lines up with the choices unless edited in Label Studio.
                    tag = known[number] if len(known) == len(choices) and isinstance(known[number], dict) else {}
                    if tag.get("theme") != theme:
                        tag = {}
                    self.tags.append({**defaults, **tag, "theme": theme, "span": span_id})

    def _spans(self, result: dict[str, Any], defaults: dict[str, Any]) -> list[dict[str, Any]]:
        where = self._where(result.get("id"))
        value = where.mapping(result, "value")
        start, end = self._offset(value, "start", where), self._offset(value, "end", where)
        if "text" in value and isinstance(value["text"], str) and value["text"] != self.text[start:end]:
            where.fail(f"region text {value['text']!r} does not match the text at its offsets")
        region_meta = _as_dict(result.get("meta"))
        spans: list[dict[str, Any]] = []
        for label in where.strings(value, "labels"):
            if self.declared is not None and label not in self.declared:
                where.fail(f"unknown label {label!r} (not declared in the labelling config)")
            key = self.keys.key(start, end, label)
            # Our extras by the span itself; tasks written before the tables kept them on the region.
            meta = self.side.span(key) if self.side is not None else region_meta
            span: dict[str, Any] = dict(defaults)
            span.update((k, meta[k]) for k in SPAN_FIELDS if k != "attrs" and meta.get(k) is not None)
            span_id = meta.get("span_id")
            if not isinstance(span_id, int) or isinstance(span_id, bool) or span_id in self.taken:
                span_id = -len(self.taken) - 1
                while span_id in self.taken:
                    span_id -= 1
            self.taken.add(span_id)
            attrs = dict(meta["attrs"]) if isinstance(meta.get("attrs"), dict) else {}
            span.update(id=span_id, start=start, end=end, label=label, attrs=attrs, entity=meta.get("entity"),
                        _key=key)
            self.spans.append(span)
            spans.append(span)
        return spans

    def _relation(self, result: dict[str, Any], regions: dict[Any, list[dict[str, Any]]],
                  defaults: dict[str, Any]) -> None:
        where = self._where(f"{result.get('from_id')}→{result.get('to_id')}")
        ends = [regions.get(result.get(key)) for key in ("from_id", "to_id")]
        if not ends[0] or not ends[1]:
            where.fail("relation refers to a region that is not a labelled span")
        labels = where.strings(result, "labels")
        kind = labels[0] if labels else SAID_BY
        source, target = ends[0][0], ends[1][0]
        if self.side is not None:
            meta = {k: v for k, v in self.side.relation(source["_key"], kind, target["_key"]).items() if v is not None}
        else:
            meta = _as_dict(result.get("meta"))
        self.relations.append({**defaults, **meta, "kind": kind, "from": source["id"], "to": target["id"]})

    def _speaker(self, name: str, entity_id: Any) -> int:
        for speaker in self.speakers:
            if speaker.get("id") == entity_id and isinstance(entity_id, int):
                speaker["name"] = name
                return entity_id
        for speaker in self.speakers:
            if speaker.get("name") == name and isinstance(speaker.get("id"), int):
                return int(speaker["id"])
        new_id = min([0] + [s["id"] for s in self.speakers if isinstance(s.get("id"), int)]) - 1
        self.speakers.append({"id": new_id, "name": name, "type": "person"})
        return new_id
