"""Label Studio JSON tasks with labels and relations (export and import).

``export`` writes ``out`` as a JSON list of tasks (Label Studio's import and
export layout) and the matching labelling config beside it as
``out.with_suffix(".xml")`` (``tasks.json`` → ``tasks.xml``): paste it into
the project's *Labeling Interface* before importing the tasks.

One task per document::

    {"id": 7, "data": {"text": ..., "title": ..., "date": ..., "source": ..., "url": ...},
     "meta": {"annotator": {"status": ..., "origin_path": ..., "meta": {...},
                            "speakers": [{"id", "name", "type", "aliases", "roles"}]}},
     "annotations": [{"result": [...], "was_cancelled": false, "ground_truth": false}]}

All of a document's annotations go into one annotation (or, with option
``as: "predictions"``, one prediction, for pre-annotation), because Label
Studio relations can only join regions of the same annotation.  Results:

* span → ``labels`` region ``{"id": "s<n>", "from_name": <from_name>,
  "to_name": <to_name>, "type": "labels", "value": {"start", "end", "text",
  "labels": [LABEL]}}``; regions drawn in Label Studio itself come in with
  the defaults below;
* quote kind → per-region ``choices`` result ``kind`` on the same region id;
* speaker entity → per-region ``textarea`` result ``speaker`` holding the
  canonical name;
* theme tags on a span → per-region ``choices`` result ``span_themes``; on the
  document → ``choices`` result ``themes`` (choice values are theme ids,
  shown by their Russian names through ``alias``);
* ``said_by`` → ``{"type": "relation", "from_id", "to_id", "direction":
  "right", "labels": ["said_by"]}``;
* what Label Studio has no place for (status, origin, annotator, timestamps,
  other attributes and the speaker entity id of each span, the provenance of
  relations and tags) → the task's ``meta.annotator`` in tables keyed by the
  span itself, its offsets and label (:mod:`annotator.formats.span_keyed`),
  never by region id, so regions renumbered or redrawn elsewhere cannot carry
  another span's status or tags.

Offsets: Label Studio counts code points (Python string indices; it moved
from UTF-16 to code points in its pull request #1559), as we do, so offsets
are written unconverted and ``value.text`` is exactly ``text[start:end]``.
Tasks written by annotator before this (``meta.annotator`` without
``"offsets": "codepoints"``) carried UTF-16 offsets and are read as such.

Options: ``from_name`` (default ``"label"``) and ``to_name`` (default
``"text"``) name the ``<Labels>`` and ``<Text>`` tags; ``data_key`` (default
``"text"``) is the task data field holding the text (``$text``); ``as``
(``"annotations"`` | ``"predictions"``); on import ``annotator`` names the
annotator of results without our metadata (default: the annotation's
``completed_by`` email or id; such results are ``accepted``/``manual`` in
annotations and ``suggested``/``auto:<model_version>`` in predictions;
cancelled annotations are skipped), and ``config`` points to a labelling config other than
the ``.xml`` beside the file.  When a config is found, labels it does not
declare under ``from_name`` are an error.  Results of other tags are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.formats import labelstudio_config as config
from annotator.formats.limits import LimitExceeded, load_json
from annotator.formats.native import bundle_from_record, speaker_records
from annotator.formats.offsets import CODEPOINTS, OffsetUnits
from annotator.formats.span_keyed import side_tables
from annotator.formats.validate import RecordReader, check_bundle
from annotator.model import AnnotatedDocument, AnnotatorError, Entity, Theme

NAME = "labelstudio"
DESCRIPTION = "Label Studio JSON tasks (labels + relations) and labelling config"

def config_path(out: Path) -> Path:
    out = Path(out)
    if out.suffix == ".xml":
        raise ValueError("the Label Studio task file must not end in .xml (the config goes there)")
    return out.with_suffix(".xml")


def export(
    docs: Iterable[AnnotatedDocument],
    out: Path,
    *,
    themes: list[Theme],
    options: dict[str, Any] | None = None,
) -> int:
    options = options or {}
    names = config.Names.from_options(options)
    as_predictions = options.get("as", "annotations") == "predictions"
    out = Path(out)
    xml_path = config_path(out)
    labels: set[str] = set()
    relation_kinds: set[str] = set()
    count = 0
    with open(out, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("[")
        for position, bundle in enumerate(docs, start=1):
            task = task_record(bundle, position, names, as_predictions)
            labels.update(span.label for span in bundle.spans)
            relation_kinds.update(rel.kind for rel in bundle.relations)
            handle.write(("\n" if position == 1 else ",\n") + json.dumps(task, ensure_ascii=False))
            count += len(bundle.spans) + len(bundle.relations) + len(bundle.tags)
        handle.write("\n]\n")
    xml_path.write_text(config.labeling_config(names, labels, themes, relation_kinds), encoding="utf-8")
    return count


def task_record(
    bundle: AnnotatedDocument, position: int, names: config.Names, as_predictions: bool
) -> dict[str, Any]:
    doc = bundle.document
    text = doc.text
    units = OffsetUnits(text, CODEPOINTS)
    to_name = names.to_name
    results: list[dict[str, Any]] = []
    regions = {span.id: f"s{number}" for number, span in enumerate(bundle.spans, start=1)}
    span_themes: dict[Any, list[str]] = {}
    doc_themes: list[str] = []
    for tag in bundle.tags:
        (doc_themes if tag.span_id is None else span_themes.setdefault(tag.span_id, [])).append(tag.theme_id)
    entities: dict[Any, Entity] = {}
    for known in bundle.entities:  # the first entity with an id wins, as bundle.entity() finds it
        entities.setdefault(known.id, known)
    # Results are literals in the key order of labelstudio_config.Names.region.
    for span in bundle.spans:
        region = regions[span.id]
        start, end = span.start, span.end
        results.append({"id": region, "from_name": names.labels, "to_name": to_name, "type": "labels",
                        "value": {"start": start, "end": end, "text": text[start:end], "labels": [span.label]}})
        kind = span.attrs.get("kind")
        if kind:
            results.append({"id": region, "from_name": config.KIND, "to_name": to_name, "type": "choices",
                            "value": {"start": start, "end": end, "choices": [kind]}})
        speaker = entities.get(span.entity_id)
        if speaker is not None:
            results.append({"id": region, "from_name": config.SPEAKER_TAG, "to_name": to_name, "type": "textarea",
                            "value": {"start": start, "end": end, "text": [speaker.name]}})
        if span.id in span_themes:
            results.append({"id": region, "from_name": config.SPAN_THEMES, "to_name": to_name, "type": "choices",
                            "value": {"start": start, "end": end, "choices": span_themes[span.id]}})
    if doc_themes:
        results.append(names.region("doc-themes", "choices", config.THEMES, {"choices": doc_themes}))
    for rel in bundle.relations:
        results.append({"type": "relation", "from_id": regions[rel.source_id], "to_id": regions[rel.target_id],
                        "direction": "right", "labels": [rel.kind]})
    task: dict[str, Any] = {
        "id": doc.id if doc.id is not None else position,
        "data": {names.data_key: text, "title": doc.title, "date": doc.date, "source": doc.source, "url": doc.url},
        "meta": {"annotator": {"status": doc.status, "origin_path": doc.origin_path, "meta": doc.meta,
                               "speakers": speaker_records(bundle), "offsets": CODEPOINTS,
                               **side_tables(bundle, units)}},
        "annotations": [],
        "predictions": [],
    }
    if as_predictions:
        task["predictions"].append({"model_version": "annotator", "result": results})
    else:
        task["annotations"].append({"result": results, "was_cancelled": False, "ground_truth": False})
    return task


def read(path: Path, *, options: dict[str, Any] | None = None) -> Iterator[AnnotatedDocument]:
    options = options or {}
    names = config.Names.from_options(options)
    path = Path(path)
    xml = Path(options["config"]) if options.get("config") else path.with_suffix(".xml")
    declared = config.declared_labels(xml, names.labels) if xml.exists() and xml != path else None
    try:
        with open(path, encoding="utf-8-sig") as handle:
            tasks = load_json(handle.read())
    except LimitExceeded as exc:
        raise AnnotatorError(f"{path}: {exc}") from None
    except OSError as exc:
        raise AnnotatorError(f"{path}: cannot open ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise AnnotatorError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise AnnotatorError(
            f"{path}, line {exc.lineno}: not valid JSON ({exc.msg}); is the file truncated?"
        ) from None
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise AnnotatorError(f"{path}: expected a list of Label Studio tasks")
    bundles = []
    for number, task in enumerate(tasks, start=1):
        reader = RecordReader(path, None, f"task {number}")
        parser = config.TaskParser(task, reader, names, declared, str(options.get("annotator", "")))
        bundle = bundle_from_record(parser.native_record(), reader)
        check_bundle(bundle, reader)
        bundles.append(bundle)
    yield from bundles
