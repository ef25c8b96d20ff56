"""Property: export → import gives back the same annotations, for every importable format.

Texts mix Cyrillic, ASCII, emoji (outside the BMP), combining marks, CRLF
line breaks and other separators; they are normalised as the document
importer does, and spans are placed anywhere, overlapping freely.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from formats_samples import THEMES, signature
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.formats import format_module, importable_formats
from annotator.model import AnnotatedDocument, Document, Entity, Relation, Span, ThemeTag
from annotator.text import normalize

PIECES = [
    "Лавров", "заявил", "«", "»", "„", "“", " ", " ", "\r\n", "\n", "\r", "—", "👍", "🇷🇺", "😀x",
    "е\u0301", "e\u0301", "\u0301", "A", "\t", "\u2028", "\x85", "=", "\ufeff", "ё", "Ё", "\u00a0", ".",
]
LABELS = ["SPEAKER", "QUOTE", "CUE", "Оценка", "ROLE_TITLE"]
ANNOTATORS = ["anna", "Борис", ""]
STATUSES = ["suggested", "accepted", "rejected"]
ORIGINS = ["manual", "auto:1.2.0"]
EXTENSIONS = {"jsonl": ".jsonl", "doccano": ".jsonl", "labelstudio": ".json", "qdpx": ".qdpx", "brat": ""}


@st.composite
def texts(draw) -> str:
    raw = "".join(draw(st.lists(st.sampled_from(PIECES) | st.text(max_size=3), min_size=1, max_size=30)))
    text = normalize(raw)
    # normalize() strips one BOM only, so "\ufeff\ufeff…" is not stable; see
    # test_normalisation_is_stable_for_a_doubled_bom below.
    text = text.lstrip("\ufeff")
    return text if text.strip() else text + "Текст"


@st.composite
def bundles(draw) -> AnnotatedDocument:
    text = draw(texts())
    entities = [Entity(name="Сергей Лавров", id=1), Entity(name="МИД КНР", type="organization", id=2)]
    spans = []
    for span_id in range(1, draw(st.integers(0, 8)) + 1):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        label = draw(st.sampled_from(LABELS))
        attrs = {"kind": draw(st.sampled_from(["direct", "indirect"]))} if label == "QUOTE" else {}
        entity = draw(st.sampled_from([None, 1, 2])) if label == "SPEAKER" else None
        spans.append(Span(start, end, label, attrs=attrs, id=span_id, entity_id=entity,
                          status=draw(st.sampled_from(STATUSES)), origin=draw(st.sampled_from(ORIGINS)),
                          annotator=draw(st.sampled_from(ANNOTATORS))))
    relations = []
    if len(spans) >= 2:
        for rel_id in range(1, draw(st.integers(0, 3)) + 1):
            source, target = draw(st.sampled_from(spans)), draw(st.sampled_from(spans))
            relations.append(Relation(source.id, target.id, id=rel_id, status=draw(st.sampled_from(STATUSES)),
                                      annotator=draw(st.sampled_from(ANNOTATORS))))
    tags = [
        ThemeTag(draw(st.sampled_from([t.id for t in THEMES])),
                 span_id=draw(st.sampled_from([None] + [s.id for s in spans])), id=tag_id,
                 status=draw(st.sampled_from(STATUSES)), annotator=draw(st.sampled_from(ANNOTATORS)))
        for tag_id in range(1, draw(st.integers(0, 3)) + 1)
    ]
    used = {s.entity_id for s in spans}
    doc = Document(text=text, title=draw(st.sampled_from(["", "Заголовок 😀", "A&B <c>"])),
                   status=draw(st.sampled_from(["new", "done"])))
    return AnnotatedDocument(doc, spans, relations, [e for e in entities if e.id in used], tags)


def test_every_importable_format_is_covered():
    assert set(importable_formats()) == set(EXTENSIONS)


@pytest.mark.parametrize("name", sorted(EXTENSIONS))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=st.lists(bundles(), min_size=1, max_size=3))
def test_export_then_import_gives_back_the_same_annotations(name, docs):
    for number, bundle in enumerate(docs, start=1):
        bundle.document.id = number
    module = format_module(name)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"export{EXTENSIONS[name]}"
        module.export(docs, out, themes=THEMES, options={})
        back = list(module.read(out))
    assert [signature(b) for b in back] == [signature(b) for b in docs]
    assert [b.document.title for b in back] == [b.document.title for b in docs]


def test_normalisation_is_stable_for_a_doubled_bom():
    once = normalize("\ufeff\ufeffЛавров")
    assert normalize(once) == once


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bundle=bundles())
def test_brats_own_reader_accepts_any_export(bundle):
    """brat's annotation module (shipped in bratiaa) re-checks every span's text against the .txt."""
    annotation = pytest.importorskip("bratsubset.annotation")
    bundle.document.id = 1
    with tempfile.TemporaryDirectory() as folder:
        format_module("brat").export([bundle], Path(folder), themes=THEMES)
        with annotation.TextAnnotations(str(Path(folder) / "doc-000001"), read_only=True) as anns:
            bounds = sorted((t.spans[0][0], t.spans[-1][1]) for t in anns.get_textbounds())
    assert bounds == sorted((s.start, s.end) for s in bundle.spans)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bundle=bundles())
def test_label_studio_regions_slice_like_python(bundle):
    import json

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "tasks.json"
        format_module("labelstudio").export([bundle], out, themes=THEMES)
        (task,) = json.loads(out.read_text("utf-8"))
    # Label Studio counts code points (its pull request #1559), as Python slicing does.
    text = task["data"]["text"]
    for result in task["annotations"][0]["result"]:
        if result["type"] == "labels":
            value = result["value"]
            assert text[value["start"]:value["end"]] == value["text"]


SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "schemas" / "refi-qda" / "Project-mrt2019.xsd"


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=st.lists(bundles(), min_size=1, max_size=2),
       title=st.text(max_size=8))
def test_qdpx_project_is_schema_valid_for_any_content(docs, title):
    import zipfile

    if not SCHEMA.exists():
        pytest.skip(f"REFI-QDA schema not found at {SCHEMA}")
    xmlschema = pytest.importorskip("xmlschema")
    docs[0].document.title = title  # any characters, even ones XML cannot hold
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "p.qdpx"
        format_module("qdpx").export(docs, out, themes=THEMES)
        with zipfile.ZipFile(out) as archive:
            project = archive.read("project.qde").decode("utf-8")
    _schema(xmlschema).validate(project)


_SCHEMAS: dict[str, object] = {}


def _schema(xmlschema):
    if "refi" not in _SCHEMAS:
        _SCHEMAS["refi"] = xmlschema.XMLSchema(str(SCHEMA))
    return _SCHEMAS["refi"]
