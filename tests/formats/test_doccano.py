"""doccano JSONL: layout, offset units (emoji), older layouts, round trip."""

from __future__ import annotations

import json

from formats_samples import THEMES, lavrov_bundle, plain_bundle, signature

from annotator.formats import doccano
from annotator.model import AnnotatedDocument, Document, Span


def test_layout_is_doccanos_with_our_extras(tmp_path):
    out = tmp_path / "out.jsonl"
    assert doccano.export([lavrov_bundle()], out, themes=THEMES) == 11
    (line,) = out.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["id"] == 1 and record["text"] == lavrov_bundle().document.text
    first = record["entities"][0]
    assert {k: first[k] for k in ("id", "label", "start_offset", "end_offset")} == {
        "id": 1, "label": "QUOTE", "start_offset": 1, "end_offset": 20}
    assert set(first) == {"id", "label", "start_offset", "end_offset"}
    assert record["relations"][0] == {"id": 1, "from_id": 1, "to_id": 2, "type": "said_by"}
    meta = record["annotator_meta"]
    assert meta["title"] == "Лавров о диалоге"
    assert meta["spans"]["1:20:QUOTE"][0]["attrs"] == {"kind": "direct"}
    assert meta["relations"]["1:20:QUOTE>said_by>32:45:SPEAKER"][0]["annotator"] == "anna"


def test_offsets_are_utf16_by_default_and_code_points_on_request(tmp_path):
    text = "👍 Лавров: «Да»"
    bundle = AnnotatedDocument(Document(text=text), [Span(11, 13, "QUOTE", id=1)])
    out16 = tmp_path / "u16.jsonl"
    doccano.export([bundle], out16, themes=[])
    entity = json.loads(out16.read_text("utf-8"))["entities"][0]
    assert (entity["start_offset"], entity["end_offset"]) == (12, 14)
    out = tmp_path / "cp.jsonl"
    doccano.export([bundle], out, themes=[], options={"offsets": "codepoints"})
    entity = json.loads(out.read_text("utf-8"))["entities"][0]
    assert text[entity["start_offset"]:entity["end_offset"]] == "Да"
    for path in (out16, out):
        (back,) = doccano.read(path)
        assert (back.spans[0].start, back.spans[0].end) == (11, 13)


def test_round_trip(tmp_path):
    out = tmp_path / "out.jsonl"
    doccano.export([lavrov_bundle(), plain_bundle()], out, themes=THEMES)
    back = list(doccano.read(out))
    assert [signature(b) for b in back] == [signature(lavrov_bundle()), signature(plain_bundle())]
    assert back[0].document.status == "done"


def test_reads_doccano_files_without_our_metadata(tmp_path):
    out = tmp_path / "plain.jsonl"
    lines = [
        {"id": 3, "text": "Лавров: «Да» 😀", "entities": [
            {"id": 10, "label": "SPEAKER", "start_offset": 0, "end_offset": 6},
            {"id": 11, "label": "QUOTE", "start_offset": 9, "end_offset": 11}],
         "relations": [{"id": 1, "from_id": 11, "to_id": 10, "type": "said_by"}], "Comments": []},
        {"text": "Старый формат", "label": [[0, 6, "QUOTE"]]},
    ]
    out.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), "utf-8")
    first, second = doccano.read(out, options={"annotator": "dana"})
    assert [(s.label, s.start, s.end, s.status, s.annotator) for s in first.spans] == [
        ("SPEAKER", 0, 6, "accepted", "dana"), ("QUOTE", 9, 11, "accepted", "dana")]
    assert (first.relations[0].source_id, first.relations[0].target_id) == (11, 10)
    assert [(s.label, s.start, s.end) for s in second.spans] == [("QUOTE", 0, 6)]


def test_crlf_text_offsets_are_remapped(tmp_path):
    out = tmp_path / "crlf.jsonl"
    text = "Строка.\r\nЛавров: «Да»"
    out.write_text(json.dumps({"text": text, "entities": [
        {"id": 1, "label": "QUOTE", "start_offset": 18, "end_offset": 20}]}, ensure_ascii=False), "utf-8")
    (back,) = doccano.read(out)
    assert back.document.text == "Строка.\nЛавров: «Да»"
    span = back.spans[0]
    assert back.document.text[span.start:span.end] == "Да"
