"""Malformed input of every importable format: a clear error naming the file and
line / entry, raised before the first document is yielded (nothing partial)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from formats_samples import THEMES, lavrov_bundle, plain_bundle

from annotator.formats import brat, doccano, labelstudio, native, qdpx
from annotator.model import AnnotatorError

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol3;"/>
"""


def expect_error(read, path: Path, pattern: str, **options) -> None:
    """The first next() must fail: no document of the file comes out."""
    documents = read(path, options=options or None)
    with pytest.raises(AnnotatorError, match=pattern) as caught:
        next(iter(documents))
    assert str(path.name) in str(caught.value)


# ---------------------------------------------------------------- JSONL-based


def jsonl_file(tmp_path: Path, module, lines_edit) -> Path:
    out = tmp_path / "data.jsonl"
    module.export([plain_bundle(), lavrov_bundle()], out, themes=THEMES)
    lines = out.read_text("utf-8").splitlines()
    lines_edit(lines)
    out.write_text("\n".join(lines) + "\n", "utf-8")
    return out


def edit_record(index: int, change):
    def edit(lines: list[str]) -> None:
        record = json.loads(lines[index])
        change(record)
        lines[index] = json.dumps(record, ensure_ascii=False)

    return edit


@pytest.mark.parametrize(
    ("edit", "pattern"),
    [
        (lambda lines: lines.__setitem__(-1, lines[-1][: len(lines[-1]) // 2]), r"line 2: not valid JSON.*truncated"),
        (edit_record(1, lambda r: r["entities"][0].update(end_offset=10_000)), r"line 2, entity 1: offset 10000 lies outside the text \(\d+ UTF-16 units\)"),
        (edit_record(1, lambda r: r["entities"][0].update(start_offset=-3)), r"line 2, entity 1: offset -3 lies outside the text"),
        (edit_record(1, lambda r: r["entities"][0].update(start_offset="1")), r"line 2, entity 1: field 'start_offset' must be a whole number"),
        (edit_record(0, lambda r: r["relations"][0].update(to_id=99)), r"line 1, relation 1: from_id 1 or to_id 99 names no entity of this line"),
        (edit_record(0, lambda r: r.update(text="")), r"line 1: missing field 'text'|line 1: field 'text' is empty"),
        (edit_record(0, lambda r: r.update(entities={"a": 1})), r"line 1: field 'entities' must be a list"),
    ],
)
def test_doccano(tmp_path, edit, pattern):
    expect_error(doccano.read, jsonl_file(tmp_path, doccano, edit), pattern)


def test_doccano_utf16_offset_inside_a_surrogate_pair(tmp_path):
    out = tmp_path / "u16.jsonl"
    out.write_text(json.dumps({"text": "😀 да", "entities": [
        {"id": 1, "label": "QUOTE", "start_offset": 1, "end_offset": 5}]}), "utf-8")
    expect_error(doccano.read, out, r"line 1, entity 1: UTF-16 offset 1 falls inside a surrogate pair", offsets="utf16")


def test_doccano_not_utf8(tmp_path):
    out = tmp_path / "cp1251.jsonl"
    out.write_bytes(json.dumps({"text": "Лавров"}, ensure_ascii=False).encode("cp1251"))
    expect_error(doccano.read, out, r"not UTF-8")


def test_native_jsonl_bad_offsets(tmp_path):
    # native.read checks line by line (its own design): break the first document.
    out = jsonl_file(tmp_path, native, edit_record(1, lambda r: r["spans"][0].update(end=500)))
    expect_error(native.read, out, r"line 2: span 10 \[16, 500\) is outside")


# ---------------------------------------------------------------- Label Studio


def ls_file(tmp_path: Path, change) -> Path:
    out = tmp_path / "tasks.json"
    labelstudio.export([plain_bundle(), lavrov_bundle()], out, themes=THEMES)
    tasks = json.loads(out.read_text("utf-8"))
    change(tasks)
    out.write_text(json.dumps(tasks, ensure_ascii=False), "utf-8")
    return out


def first_region(tasks, task=1, number=0):
    return [r for r in tasks[task]["annotations"][0]["result"] if r["type"] == "labels"][number]


@pytest.mark.parametrize(
    ("change", "pattern"),
    [
        (lambda t: first_region(t)["value"].update(end=999), r"task 2, region s1: offset end=999 lies outside"),
        (lambda t: first_region(t)["value"].update(start=2), r"task 2, region s1: region text .* does not match"),
        (lambda t: first_region(t)["value"].update(labels=["ORG"]), r"task 2, region s1: unknown label 'ORG'"),
        (lambda t: t[0]["annotations"][0]["result"][-1].update(to_id="s404"),
         r"task 1, region s1→s404: relation refers to a region"),
        (lambda t: t[1].update(data={"title": "no text"}), r"task 2: missing field 'text'"),
    ],
)
def test_labelstudio(tmp_path, change, pattern):
    expect_error(labelstudio.read, ls_file(tmp_path, change), pattern)


def test_labelstudio_truncated_file(tmp_path):
    out = ls_file(tmp_path, lambda tasks: None)
    out.write_text(out.read_text("utf-8")[:-40], "utf-8")
    expect_error(labelstudio.read, out, r"tasks\.json, line \d+: not valid JSON.*truncated")


def test_labelstudio_config_with_entity_bomb_is_refused(tmp_path):
    out = ls_file(tmp_path, lambda tasks: None)
    out.with_suffix(".xml").write_text(BOMB, "utf-8")
    with pytest.raises(AnnotatorError, match=r"tasks\.xml: refusing an XML file that declares entities"):
        next(iter(labelstudio.read(out)))


# ---------------------------------------------------------------- brat


def brat_folder(tmp_path: Path, ann_line: str | None = None, stem: str = "doc-000002") -> Path:
    out = tmp_path / "brat"
    brat.export([plain_bundle(1), lavrov_bundle(2)], out, themes=THEMES)
    if ann_line is not None:
        with open(out / f"{stem}.ann", "a", encoding="utf-8") as handle:
            handle.write(ann_line + "\n")
    return out


@pytest.mark.parametrize(
    ("line", "pattern"),
    [
        ("T99\tQUOTE 5 900\tx", r"doc-000002\.ann, line 16: T99: offsets 5 900 lie outside the text"),
        ("T99\tQUOTE 1 20\tне то", r"line 16: T99: text 'не то' does not match"),
        ("T99\tQUOTE one 20\tx", r"line 16: T99: bad offsets"),
        ("T99\tQUOTE 20 1\tx", r"line 16: T99: the span is reversed: it starts at 20, after its end 1"),
        ("T99\tPERSON 1 20\tМы готовы к диалогу", r"line 16: T99: unknown label 'PERSON'"),
        ("T99", r"line 16: annotation 'T99' has no tab-separated fields \(truncated line\?\)"),
        ("R99\tsaid_by Arg1:T1 Arg2:T77", r"line 16: refers to T77, which is not a text span"),
        ("A99\tKind T55 direct", r"line 16: refers to T55"),
        ("E1\tSay:T1", r"line 16: brat events and equivalence sets are not supported"),
        ("T1\tQUOTE 1 20\tМы готовы к диалогу", r"line 16: T1 is defined twice"),
    ],
)
def test_brat(tmp_path, line, pattern):
    expect_error(brat.read, brat_folder(tmp_path, line), pattern)


def test_brat_first_document_is_not_yielded_when_the_second_is_bad(tmp_path):
    folder = brat_folder(tmp_path, "T99\tQUOTE 5 900\tx")
    documents = brat.read(folder)
    with pytest.raises(AnnotatorError, match="doc-000002.ann"):
        next(iter(documents))


def test_brat_text_not_utf8_and_not_a_folder(tmp_path):
    folder = brat_folder(tmp_path)
    (folder / "doc-000001.txt").write_bytes("Лавров".encode("cp1251"))
    expect_error(brat.read, folder / "doc-000001.txt", r"doc-000001\.txt: not UTF-8")
    with pytest.raises(AnnotatorError, match="not a brat folder"):
        next(iter(brat.read(tmp_path / "missing")))


# ---------------------------------------------------------------- REFI-QDA


def qdpx_with(tmp_path: Path, extra: dict[str, str] | None = None, project: str | None = None) -> Path:
    good = tmp_path / "good.qdpx"
    qdpx.export([plain_bundle(), lavrov_bundle()], good, themes=THEMES)
    out = tmp_path / "bad.qdpx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "project.qde" and project is not None:
                data = project.encode("utf-8")
            target.writestr(info, data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return out


def good_project(tmp_path: Path) -> str:
    out = tmp_path / "p.qdpx"
    qdpx.export([plain_bundle(), lavrov_bundle()], out, themes=THEMES)
    with zipfile.ZipFile(out) as archive:
        return archive.read("project.qde").decode("utf-8")


@pytest.mark.parametrize("name", ["../evil.txt", "sources/../../evil.txt", "/etc/evil", "C:/evil.txt", "..\\evil.txt"])
def test_qdpx_zip_slip_is_refused(tmp_path, name):
    expect_error(qdpx.read, qdpx_with(tmp_path, {name: "x"}), r"would escape the project folder")


def test_qdpx_entity_bomb_is_refused(tmp_path):
    expect_error(qdpx.read, qdpx_with(tmp_path, project=BOMB), r"entry project\.qde: refusing XML that declares entities")


@pytest.mark.parametrize(
    ("old", "new", "pattern"),
    [
        ('startPosition="16" endPosition="54"', 'startPosition="16" endPosition="540"',
         r"entry project\.qde, TextSource [0-9a-f-]+, PlainTextSelection [0-9a-f-]+: selection \[16, 540\) lies outside"),
        ('startPosition="16"', 'startPosition="x16"', r"PlainTextSelection [0-9a-f-]+: startPosition 'x16' is not a whole number"),
        ('plainTextPath="internal://', 'plainTextPath="absolute:///tmp/', r"external source"),
        ("<CodeRef targetGUID=\"", "<CodeRef targetGUID=\"0", r"coding refers to code"),
        ("</Project>", "", r"entry project\.qde: not valid XML"),
    ],
)
def test_qdpx_bad_project(tmp_path, old, new, pattern):
    project = good_project(tmp_path)
    assert old in project
    expect_error(qdpx.read, qdpx_with(tmp_path, project=project.replace(old, new, 1)), pattern)


def test_qdpx_truncated_or_not_a_zip(tmp_path):
    good = tmp_path / "good.qdpx"
    qdpx.export([lavrov_bundle()], good, themes=THEMES)
    cut = tmp_path / "cut.qdpx"
    cut.write_bytes(good.read_bytes()[:-100])
    expect_error(qdpx.read, cut, r"cut\.qdpx: not a readable \.qdpx")
    text = tmp_path / "text.qdpx"
    text.write_text("not a zip", "utf-8")
    expect_error(qdpx.read, text, r"not a readable")


def test_qdpx_missing_project_or_source_text(tmp_path):
    out = tmp_path / "empty.qdpx"
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("sources/a.txt", "x")
    expect_error(qdpx.read, out, r"empty\.qdpx: the archive has no project\.qde")
    project = good_project(tmp_path)
    no_sources = tmp_path / "nosources.qdpx"
    with zipfile.ZipFile(no_sources, "w") as archive:
        archive.writestr("project.qde", project)
    expect_error(qdpx.read, no_sources, r"its text 'sources/[0-9a-f-]+\.txt' is missing")


@pytest.mark.parametrize("name", ["../evil.txt", "/abs/evil.txt", "a/../../evil.ann"])
def test_brat_zip_slip_is_refused(tmp_path, name):
    folder = brat_folder(tmp_path)
    archive = tmp_path / "brat.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        for file in sorted(folder.iterdir()):
            packed.write(file, file.name)
        packed.writestr(name, "x")
    expect_error(brat.read, archive, r"brat\.zip: archive entry .* would escape the folder")


def test_brat_zip_errors_name_the_entry(tmp_path):
    folder = brat_folder(tmp_path, "T99\tQUOTE 5 900\tx")
    archive = tmp_path / "brat.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        for file in sorted(folder.iterdir()):
            packed.write(file, file.name)
    expect_error(brat.read, archive, r"brat\.zip, entry doc-000002\.ann, line 16: T99: offsets 5 900")
