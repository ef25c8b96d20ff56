"""Issue 14: exports that the real tools draw on the right words, and round trips that keep
every status, kind, speaker and theme tag on its own span after the tool renumbers spans.

Every test runs on a document with emoji, a combining mark and a CRLF source
(:mod:`interop_samples`).
"""

from __future__ import annotations

import json
import re
import uuid
import zipfile

import pytest
from formats_samples import THEMES
from interop_samples import (
    full_signature,
    grapheme_slice,
    js_slice,
    renumber_jsonl,
    unicode_bundle,
)

from annotator.formats import brat, doccano, labelstudio, qdpx
from annotator.model import AnnotatedDocument, AnnotatorError, Relation, Span, ThemeTag


def span_texts(bundle: AnnotatedDocument) -> dict[str, str]:
    text = bundle.document.text
    return {f"{s.start}:{s.label}": text[s.start:s.end] for s in bundle.spans}


# -- Label Studio: code points ------------------------------------------------------------


def test_label_studio_regions_are_code_points_and_match_their_text(tmp_path):
    bundle = unicode_bundle()
    out = tmp_path / "tasks.json"
    labelstudio.export([bundle], out, themes=THEMES)
    (task,) = json.loads(out.read_text("utf-8"))
    text = task["data"]["text"]
    regions = [r for r in task["annotations"][0]["result"] if r["type"] == "labels"]
    assert len(regions) == len(bundle.spans)
    expected = {(s.label, text[s.start:s.end]) for s in bundle.spans}
    # Label Studio draws value.start..value.end as Python string (code point) positions.
    assert {(r["value"]["labels"][0], text[r["value"]["start"]:r["value"]["end"]]) for r in regions} == expected
    assert all(r["value"]["text"] == text[r["value"]["start"]:r["value"]["end"]] for r in regions)


def test_label_studio_export_of_that_task_is_accepted_and_keeps_everything(tmp_path):
    """What Label Studio gives back: its own region ids, no region meta, results reordered."""
    bundle = unicode_bundle()
    out = tmp_path / "tasks.json"
    labelstudio.export([bundle], out, themes=THEMES)
    (task,) = json.loads(out.read_text("utf-8"))
    results = task["annotations"][0]["result"]
    new_ids = {r["id"]: f"Xk{n}q" for n, r in enumerate(reversed(results)) if "id" in r}
    for result in results:
        result.pop("meta", None)
        if "id" in result:
            result["id"] = new_ids[result["id"]]
        if result["type"] == "relation":
            result["from_id"], result["to_id"] = new_ids[result["from_id"]], new_ids[result["to_id"]]
    task["annotations"][0]["result"] = list(reversed(results))
    task["annotations"][0]["completed_by"] = 1
    back_file = tmp_path / "from-ls.json"
    back_file.write_text(json.dumps([task], ensure_ascii=False), "utf-8")
    (back,) = labelstudio.read(back_file)
    assert full_signature(back) == full_signature(bundle)


def test_label_studio_task_drawn_in_label_studio_itself_reads_code_points(tmp_path):
    text = unicode_bundle().document.text
    start = text.index("Диалог")
    task = {"id": 3, "data": {"text": text}, "annotations": [{"completed_by": 2, "result": [
        {"id": "r1", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": start, "end": start + 6, "text": "Диалог", "labels": ["QUOTE"]}}]}]}
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([task], ensure_ascii=False), "utf-8")
    (back,) = labelstudio.read(path)
    assert [(text[s.start:s.end], s.status) for s in back.spans] == [("Диалог", "accepted")]


# -- doccano: offset units ----------------------------------------------------------------


def exported_doccano(tmp_path, bundle, **options):
    out = tmp_path / "doccano.jsonl"
    doccano.export([bundle], out, themes=THEMES, options=options)
    return out, json.loads(out.read_text("utf-8"))


def test_doccano_default_is_what_a_default_doccano_page_draws(tmp_path):
    bundle = unicode_bundle()
    _, record = exported_doccano(tmp_path, bundle)
    text = record["text"]
    drawn = {(e["label"], js_slice(text, e["start_offset"], e["end_offset"])) for e in record["entities"]}
    assert drawn == {(s.label, text[s.start:s.end]) for s in bundle.spans}
    assert record["annotator_meta"]["offsets"] == "utf16"


def test_doccano_graphemes_fit_grapheme_mode(tmp_path):
    bundle = unicode_bundle()
    _, record = exported_doccano(tmp_path, bundle, offsets="graphemes")
    text = record["text"]
    drawn = {(e["label"], grapheme_slice(text, e["start_offset"], e["end_offset"])) for e in record["entities"]}
    assert drawn == {(s.label, text[s.start:s.end]) for s in bundle.spans}


@pytest.mark.parametrize("unit", ["utf16", "codepoints", "graphemes"])
def test_doccano_reads_back_in_the_unit_it_wrote(tmp_path, unit):
    bundle = unicode_bundle()
    out, _ = exported_doccano(tmp_path, bundle, offsets=unit)
    (back,) = doccano.read(out)
    assert span_texts(back) == span_texts(bundle)
    assert full_signature(back) == full_signature(bundle)


def test_doccano_file_without_our_metadata_is_utf16_unless_told(tmp_path):
    text = unicode_bundle().document.text
    start = text.index("Диалог")
    units16 = len(text[:start].encode("utf-16-le")) // 2
    path = tmp_path / "plain.jsonl"
    path.write_text(json.dumps({"text": text, "entities": [
        {"id": 1, "label": "QUOTE", "start_offset": units16, "end_offset": units16 + 6}]},
        ensure_ascii=False), "utf-8")
    (back,) = doccano.read(path)
    assert [text[s.start:s.end] for s in back.spans] == ["Диалог"]
    path.write_text(json.dumps({"text": text, "entities": [
        {"id": 1, "label": "QUOTE", "start_offset": start, "end_offset": start + 6}]},
        ensure_ascii=False), "utf-8")
    (back,) = doccano.read(path, options={"offsets": "codepoints"})
    assert [text[s.start:s.end] for s in back.spans] == ["Диалог"]


def test_doccano_offset_inside_a_surrogate_pair_names_the_entity(tmp_path):
    text = unicode_bundle().document.text
    inside = len(text[:text.index("🎉")].encode("utf-16-le")) // 2 + 1
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"text": text, "entities": [
        {"id": 1, "label": "QUOTE", "start_offset": inside, "end_offset": inside + 3}]}), "utf-8")
    with pytest.raises(AnnotatorError, match=r"bad\.jsonl, line 1, entity 1: .*surrogate pair"):
        list(doccano.read(path))


def test_doccano_unknown_unit_is_refused(tmp_path):
    with pytest.raises(ValueError, match="offsets must be one of"):
        doccano.export([unicode_bundle()], tmp_path / "x.jsonl", themes=THEMES, options={"offsets": "bytes"})


# -- round trips where the tool renumbers spans ---------------------------------------------


@pytest.mark.parametrize("unit", ["utf16", "graphemes"])
def test_doccano_round_trip_after_doccano_renumbers_keeps_everything_on_its_span(tmp_path, unit):
    bundle = unicode_bundle()
    out, _ = exported_doccano(tmp_path, bundle, offsets=unit)
    renumber_jsonl(out)
    (back,) = doccano.read(out)
    assert full_signature(back) == full_signature(bundle)


def test_brat_round_trip_after_renumbering_keeps_everything_on_its_span(tmp_path):
    bundle = unicode_bundle()
    folder = tmp_path / "brat"
    brat.export([bundle], folder, themes=THEMES)
    (ann_file,) = folder.glob("*.ann")
    # A brat tool that renumbers: T1..Tn become T(n)..T1, every reference follows.
    lines = ann_file.read_text("utf-8").splitlines()
    count = sum(1 for line in lines if line.startswith("T"))
    rename = {f"T{n}": f"T{count + 1 - n}" for n in range(1, count + 1)}

    new_lines = []
    for line in lines:
        parts = line.split("\t")
        if line.startswith("T"):
            parts[0] = rename[parts[0]]
        else:
            words = parts[1].split(" ")
            words = [rename.get(w, w) if not w.startswith(("Arg1:", "Arg2:"))
                     else w[:5] + rename[w[5:]] for w in words]
            parts[1] = " ".join(words)
        new_lines.append("\t".join(parts))
    ann_file.write_text("\n".join(new_lines) + "\n", "utf-8")
    (back,) = brat.read(folder)
    assert full_signature(back) == full_signature(bundle)


def test_qdpx_round_trip_after_new_guids_keeps_everything_on_its_span(tmp_path):
    """A QDA program that saves the project again may give codings and links new GUIDs."""
    bundle = unicode_bundle()
    out = tmp_path / "project.qdpx"
    qdpx.export([bundle], out, themes=THEMES)
    with zipfile.ZipFile(out) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    xml = entries["project.qde"].decode("utf-8")
    xml = re.sub(r'<(Coding|Link) guid="[^"]+"', lambda m: f'<{m.group(1)} guid="{uuid.uuid4()}"', xml)
    entries["project.qde"] = xml.encode("utf-8")
    renewed = tmp_path / "renewed.qdpx"
    with zipfile.ZipFile(renewed, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    (back,) = qdpx.read(renewed)
    assert full_signature(back) == full_signature(bundle)


# -- overlaps ---------------------------------------------------------------------------------


def overlapping_bundle() -> AnnotatedDocument:
    bundle = unicode_bundle()
    text = bundle.document.text
    start = text.index("Диалог")
    extra = [Span(start - 1, start + 34, "QUOTE", status="suggested", origin="auto:1.0", id=20),
             Span(start, start + 6, "TERM", id=21)]
    return AnnotatedDocument(bundle.document, bundle.spans + extra, bundle.relations, bundle.entities,
                             bundle.tags + [ThemeTag(theme_id="security", span_id=20, id=9)])


def test_overlaps_are_found():
    from annotator.formats.overlaps import overlapping_ids

    assert overlapping_ids(overlapping_bundle().spans) == {13, 14, 20, 21}
    assert overlapping_ids(unicode_bundle().spans) == set()


def test_without_overlaps_keeps_the_linked_accepted_longer_span():
    from annotator.formats.overlaps import overlapping_ids, without_overlaps

    bundle = overlapping_bundle()
    kept = without_overlaps(bundle)
    assert overlapping_ids(kept.spans) == set()
    ids = {s.id for s in kept.spans}
    # 13 (quote linked to 14) and 14 win over the unlinked suggestion 20 and TERM 21.
    assert {13, 14} <= ids and not {20, 21} & ids
    assert all(t.span_id in ids or t.span_id is None for t in kept.tags)
    assert all(r.source_id in ids and r.target_id in ids for r in kept.relations)
    assert len(kept.relations) == 2


def test_without_overlaps_drops_relations_of_a_losing_span():
    from annotator.formats.overlaps import without_overlaps

    bundle = unicode_bundle()
    text = bundle.document.text
    start = text.index("Диалог")
    longer = Span(start, start + 25, "QUOTE", id=30)
    linked = AnnotatedDocument(bundle.document, bundle.spans + [longer],
                               bundle.relations + [Relation(source_id=30, target_id=16, id=3),
                                                   Relation(source_id=30, target_id=11, id=4)],
                               bundle.entities, bundle.tags)
    kept = without_overlaps(linked)
    ids = {s.id for s in kept.spans}
    assert 30 in ids and 13 not in ids  # two links beat one
    assert {(r.source_id, r.target_id) for r in kept.relations} == {(30, 16), (30, 11), (15, 16)}
