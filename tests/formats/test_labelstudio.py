"""Label Studio tasks: code-point offsets, config beside the file, the converter reads it."""

from __future__ import annotations

import json

import pytest
from formats_samples import THEMES, lavrov_bundle, plain_bundle, signature

from annotator.formats import labelstudio
from annotator.model import AnnotatorError


@pytest.fixture
def exported(tmp_path):
    out = tmp_path / "tasks.json"
    labelstudio.export([lavrov_bundle(), plain_bundle()], out, themes=THEMES)
    return out


def labels_results(task):
    return [r for r in task["annotations"][0]["result"] if r["type"] == "labels"]


def test_tasks_and_config(exported):
    tasks = json.loads(exported.read_text("utf-8"))
    assert [t["id"] for t in tasks] == [1, 2]
    assert tasks[0]["data"]["title"] == "Лавров о диалоге"
    xml = exported.with_suffix(".xml").read_text("utf-8")
    assert '<Labels name="label" toName="text">' in xml and '<Text name="text" value="$text"/>' in xml
    assert '<Relation value="said_by"/>' in xml
    assert 'alias="bilateral.trade"' in xml
    relations = [r for r in tasks[0]["annotations"][0]["result"] if r["type"] == "relation"]
    assert {(r["from_id"], r["to_id"]) for r in relations} == {("s1", "s2"), ("s4", "s5")}


def test_offsets_are_code_points(exported):
    (task, _) = json.loads(exported.read_text("utf-8"))
    text = task["data"]["text"]
    emoji_quote = next(r for r in labels_results(task) if "👍" in r["value"]["text"])
    value = emoji_quote["value"]
    # Label Studio slices Python strings (code points) since its pull request #1559.
    assert text[value["start"]:value["end"]] == value["text"] == "переговоры продолжатся 👍 в Ташкенте."
    later = next(r for r in labels_results(task) if r["value"]["text"].startswith("=важный"))
    assert later["value"]["start"] == text.index("=важный")


def test_tasks_we_wrote_with_utf16_offsets_still_read(tmp_path):
    text = "👍 Лавров: «Да»"
    task = {"id": 1, "data": {"text": text}, "meta": {"annotator": {"status": "new", "speakers": []}},
            "annotations": [{"result": [{"id": "s1", "from_name": "label", "to_name": "text", "type": "labels",
                                         "value": {"start": 12, "end": 14, "text": "Да", "labels": ["QUOTE"]},
                                         "meta": {"status": "suggested", "span_id": 1}}]}]}
    path = tmp_path / "old.json"
    path.write_text(json.dumps([task], ensure_ascii=False), "utf-8")
    (back,) = labelstudio.read(path)
    assert [(text[s.start:s.end], s.status) for s in back.spans] == [("Да", "suggested")]


def test_from_name_and_to_name_options(tmp_path):
    out = tmp_path / "tasks.json"
    labelstudio.export([plain_bundle()], out, themes=THEMES, options={"from_name": "ner", "to_name": "doc"})
    xml = out.with_suffix(".xml").read_text("utf-8")
    assert '<Labels name="ner" toName="doc">' in xml and '<Text name="doc" value="$text"/>' in xml
    (task,) = json.loads(out.read_text("utf-8"))
    results = [r for r in task["annotations"][0]["result"] if r["type"] != "relation"]
    assert {r["to_name"] for r in results} == {"doc"}
    assert {r["from_name"] for r in results if r["type"] == "labels"} == {"ner"}
    (back,) = labelstudio.read(out, options={"from_name": "ner", "to_name": "doc"})
    assert signature(back) == signature(plain_bundle())


def test_predictions_option(tmp_path):
    out = tmp_path / "tasks.json"
    labelstudio.export([plain_bundle()], out, themes=THEMES, options={"as": "predictions"})
    (task,) = json.loads(out.read_text("utf-8"))
    assert task["annotations"] == [] and task["predictions"][0]["model_version"] == "annotator"
    (back,) = labelstudio.read(out)
    assert signature(back) == signature(plain_bundle())


def test_round_trip(exported):
    back = list(labelstudio.read(exported))
    assert [signature(b) for b in back] == [signature(lavrov_bundle()), signature(plain_bundle())]


@pytest.mark.parametrize("converter_name", ["label_studio_converter", "label_studio_sdk.converter"])
def test_label_studio_converter_reads_the_export(exported, tmp_path, converter_name):
    # The converter left label-studio-converter for label-studio-sdk; test whichever is installed.
    converter_module = pytest.importorskip(converter_name)
    converter = converter_module.Converter(str(exported.with_suffix(".xml")), str(tmp_path),
                                           download_resources=False)
    converter.convert(str(exported), str(tmp_path / "min"), "JSON_MIN", is_dir=False)
    records = json.loads((tmp_path / "min" / "result.json").read_text("utf-8"))
    first = records[0]
    assert [(r["labels"][0], r["text"]) for r in first["label"]][:2] == [
        ("QUOTE", "Мы готовы к диалогу"), ("SPEAKER", "Сергей Лавров")]
    assert first["kind"] == ["direct", "indirect", "direct"]
    assert first["themes"] == "integration"
    converter.convert(str(exported), str(tmp_path / "conll"), "CONLL2003", is_dir=False)
    conll = (tmp_path / "conll" / "result.conll").read_text("utf-8").splitlines()
    assert "Сергей -X- _ B-SPEAKER" in conll and "Лавров -X- _ I-SPEAKER" in conll
    assert "Кремль -X- _ I-QUOTE" in conll or "«Кремль -X- _ B-QUOTE" in conll


def test_real_label_studio_export_without_our_metadata(tmp_path):
    text = "😀 Захарова: «Нет»"
    task = {"id": 9, "data": {"text": text}, "annotations": [{
        "id": 1, "completed_by": {"id": 4, "email": "olga@example.org"}, "was_cancelled": False,
        "result": [
            {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": 2, "end": 10, "text": "Захарова", "labels": ["SPEAKER"]}},
            {"id": "b", "from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": 13, "end": 16, "text": "Нет", "labels": ["QUOTE"]}},
            {"id": "b", "from_name": "kind", "to_name": "text", "type": "choices",
             "value": {"start": 13, "end": 16, "choices": ["direct"]}},
            {"id": "a", "from_name": "speaker", "to_name": "text", "type": "textarea",
             "value": {"start": 2, "end": 10, "text": ["Мария Захарова"]}},
            {"type": "relation", "from_id": "b", "to_id": "a", "direction": "right", "labels": ["said_by"]},
        ]}], "predictions": [{"model_version": "v2", "result": [
            {"id": "p", "from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": 0, "end": 1, "text": "😀", "labels": ["CUE"]}}]}]}
    out = tmp_path / "export.json"
    out.write_text(json.dumps([task], ensure_ascii=False), "utf-8")
    (back,) = labelstudio.read(out)
    spans = {(s.label, text[s.start:s.end], s.status, s.annotator, s.origin) for s in back.spans}
    assert spans == {("SPEAKER", "Захарова", "accepted", "olga@example.org", "manual"),
                     ("QUOTE", "Нет", "accepted", "olga@example.org", "manual"),
                     ("CUE", "😀", "suggested", "", "auto:v2")}
    quote = next(s for s in back.spans if s.label == "QUOTE")
    speaker = next(s for s in back.spans if s.label == "SPEAKER")
    assert quote.attrs == {"kind": "direct"}
    assert back.entity(speaker.entity_id).name == "Мария Захарова"
    assert [(r.source_id, r.target_id) for r in back.relations] == [(quote.id, speaker.id)]


def test_export_refuses_a_task_file_named_xml(tmp_path):
    with pytest.raises(ValueError):
        labelstudio.export([plain_bundle()], tmp_path / "tasks.xml", themes=THEMES)


def test_undeclared_label_is_an_error_when_the_config_is_beside(exported):
    data = json.loads(exported.read_text("utf-8"))
    data[1]["annotations"][0]["result"][0]["value"]["labels"] = ["PERSON"]
    exported.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(AnnotatorError, match=r"tasks\.json, task 2, region s1: unknown label 'PERSON'"):
        list(labelstudio.read(exported))


def test_crlf_and_emoji_in_task_text_are_normalised_with_offsets_following(tmp_path):
    text = "😀 Строка.\r\nНет"
    task = {"id": 1, "data": {"text": text}, "annotations": [{"result": [
        {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 11, "end": 14, "text": "Нет", "labels": ["QUOTE"]}}]}]}
    out = tmp_path / "crlf.json"
    out.write_text(json.dumps([task], ensure_ascii=False), "utf-8")
    (back,) = labelstudio.read(out)
    assert back.document.text == "😀 Строка.\nНет"
    assert back.document.text[back.spans[0].start:back.spans[0].end] == "Нет"
