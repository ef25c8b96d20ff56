"""The faster CoNLL, Label Studio and REFI-QDA exports write what the old code wrote, byte for byte.

tests/formats/pinned/ was written by the exports before round 3's speed work
(see pinned_bundles.py); Cyrillic, emoji and CRLF text, overlapping and
duplicate spans, relations, theme tags, speakers, odd timestamps.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from formats_samples import THEMES
from pinned_bundles import pinned_bundles

from annotator.formats import format_module

PINNED = Path(__file__).resolve().parent / "pinned"


@pytest.mark.parametrize(
    ("name", "options", "file_name", "also"),
    [
        ("conll", {}, "export.conll", None),
        ("conll", {"columns": 2, "labels": ["QUOTE", "CUE", "SPEAKER"]}, "export-2col.conll", None),
        ("labelstudio", {}, "tasks.json", "tasks.xml"),
        ("labelstudio", {"as": "predictions"}, "predictions.json", "predictions.xml"),
        ("doccano", {}, "doccano.jsonl", None),
    ],
)
def test_export_is_byte_identical_to_the_pinned_file(tmp_path, name, options, file_name, also) -> None:
    out = tmp_path / file_name
    format_module(name).export(pinned_bundles(), out, themes=THEMES, options=options)
    assert out.read_bytes() == (PINNED / file_name).read_bytes()
    if also:
        assert (tmp_path / also).read_bytes() == (PINNED / also).read_bytes()


def test_qdpx_project_is_byte_identical_to_the_pinned_one_but_for_its_creation_time(tmp_path) -> None:
    out = tmp_path / "project.qdpx"
    format_module("qdpx").export(pinned_bundles(), out, themes=THEMES, options={})
    with zipfile.ZipFile(out) as archive:
        qde = archive.read("project.qde")
        sources = [info.filename for info in archive.infolist() if info.filename.startswith("sources/")]
    assert re.sub(rb' creationDateTime="[^"]*"', b"", qde, count=1) == (PINNED / "project.qde").read_bytes()
    assert len(sources) == len(pinned_bundles())


def test_the_pinned_conll_file_has_labels_and_crlf_text() -> None:
    # Guards the fixture itself: labelled tokens, emoji tokens, no carriage return in a token line.
    text = (PINNED / "export.conll").read_text(encoding="utf-8")
    assert "B-SPEAKER" in text and "I-QUOTE" in text
    assert "B-CUE" in (PINNED / "export-2col.conll").read_text(encoding="utf-8")
    assert "🤝🏻 _ _" in text and "Пресс-секретарь _ _" in text
    assert "\r" not in text


def test_memos_encoded_together_equal_memos_encoded_one_by_one() -> None:
    from annotator.formats.qdpx import meta_description, meta_descriptions

    metas: list[dict] = [
        {"status": "suggested", "origin": "auto:1.0"},
        {},
        {"attrs": {"note": "Лавров <и> & «Песков» 🤝🏻\r\n\x01"}, "links": {"g1": {"id": 1, "created": None}}},
        {"attrs": {"list": ["a", "\x00", "b"], "x": ', "\\u0000", '}},  # the separator itself: encoded one by one
        {"tags": {"g2": {"id": 2, "theme": "bilateral", "status": "accepted", "origin": "manual"}}},
    ]
    assert meta_descriptions(metas) == [meta_description(meta) for meta in metas]
    assert meta_descriptions(metas[:3]) == [meta_description(meta) for meta in metas[:3]]
    assert meta_descriptions([{}, {}]) == ["", ""]
    assert "&lt;" in meta_descriptions(metas)[2] and "&amp;" in meta_descriptions(metas)[2]
