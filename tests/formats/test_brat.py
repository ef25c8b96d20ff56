"""brat standoff: the export loads in brat's own reader, pybrat and bratiaa, and reads back."""

from __future__ import annotations

import pytest
from formats_samples import THEMES, lavrov_bundle, plain_bundle, signature

from annotator.formats import brat
from annotator.formats.filters import ExportFilter, apply_filter
from annotator.model import AnnotatedDocument, Document, Span


@pytest.fixture
def exported(tmp_path):
    out = tmp_path / "brat"
    count = brat.export([lavrov_bundle(), plain_bundle()], out, themes=THEMES)
    return out, count


def test_files_and_lines(exported):
    out, count = exported
    assert count == 15
    names = sorted(p.name for p in out.iterdir())
    assert names == ["annotation.conf", "annotator-meta.jsonl", "doc-000001.ann", "doc-000001.txt",
                     "doc-000002.ann", "doc-000002.txt", "visual.conf"]
    ann = (out / "doc-000001.ann").read_text(encoding="utf-8").splitlines()
    assert "T1\tQUOTE 1 20\tМы готовы к диалогу" in ann
    assert "A1\tKind T1 direct" in ann
    assert "R1\tsaid_by Arg1:T1 Arg2:T2" in ann
    assert "N2\tReference T2 Annotator:E7\tСергей Лавров" in ann
    # A quote across a line break is two fragments, as brat writes it.
    assert "T6\tQUOTE 122 135;136 145\t=важный шаг», — отметил" in ann
    assert "A5\tTheme_security T4" in ann
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    assert "said_by\tArg1:QUOTE, Arg2:SPEAKER" in conf and "Kind\tArg:QUOTE, Value:direct|indirect" in conf


def test_brats_own_annotation_reader_accepts_every_line(exported):
    # bratiaa ships brat's server-side annotation module (bratsubset); its
    # TextAnnotations checks each span's text against the .txt file.
    annotation = pytest.importorskip("bratsubset.annotation")
    projectconfig = pytest.importorskip("bratsubset.projectconfig")
    out, _ = exported
    with annotation.TextAnnotations(str(out / "doc-000001"), read_only=True) as anns:
        spans = [(t.type, t.spans) for t in anns.get_textbounds()]
        assert ("QUOTE", [(122, 135), (136, 145)]) in spans
        assert len(list(anns.get_relations())) == 2
        assert len(list(anns.get_attributes())) == 5
        assert len(list(anns.get_normalizations())) == 2
    config = projectconfig.ProjectConfiguration(str(out))
    assert set(config.get_entity_types()) == {"SPEAKER", "QUOTE", "CUE"}


def test_pybrat_parses_the_folder(tmp_path):
    parser_module = pytest.importorskip("pybrat.parser")
    out = tmp_path / "brat"
    brat.export([lavrov_bundle(), plain_bundle()], out, themes=THEMES)
    examples = parser_module.BratParser(error="raise").parse(out)
    assert [e.id for e in examples] == ["doc-000001", "doc-000002"]
    first = examples[0]
    assert first.text == lavrov_bundle().document.text
    speaker = next(e for e in first.entities if e.type == "SPEAKER")
    assert speaker.mention == "Сергей Лавров"
    assert [r.entry for r in speaker.references] == ["Сергей Лавров"]
    assert {(r.arg1.mention, r.arg2.mention) for r in first.relations} == {
        ("Мы готовы к диалогу", "Сергей Лавров"), ("переговоры продолжатся 👍 в Ташкенте.", "Министр")}


def test_bratiaa_computes_agreement_between_two_annotators(tmp_path):
    agree = pytest.importorskip("bratiaa.agree")
    root = tmp_path / "project"
    bundles = [lavrov_bundle(), plain_bundle()]
    for name in ("anna", "boris"):
        flt = ExportFilter(annotators={name})
        brat.export(apply_filter(bundles, flt, THEMES), root / name, themes=THEMES)
    (root / "annotation.conf").write_text((root / "anna" / "annotation.conf").read_text("utf-8"), "utf-8")
    f1 = agree.compute_f1_agreement(str(root))
    assert f1.annotators == ["anna", "boris"]
    assert f1.documents == ["doc-000001.ann", "doc-000002.ann"]
    mean, _ = f1.mean_sd_total()
    assert 0.0 <= float(mean) < 1.0  # they annotated different spans


def test_round_trip(exported):
    out, _ = exported
    back = list(brat.read(out))
    assert [signature(b) for b in back] == [signature(lavrov_bundle()), signature(plain_bundle())]
    assert back[0].document.title == "Лавров о диалоге"
    assert back[0].entities[0].aliases == ["глава МИД"]


def test_spans_on_line_breaks_keep_exact_bounds(tmp_path):
    text = "Первый абзац.\n\nВторой абзац.\n"
    spans = [Span(12, 16, "QUOTE", id=1), Span(13, 14, "CUE", id=2), Span(0, 29, "QUOTE", id=3)]
    bundle = AnnotatedDocument(Document(text=text, id=5), spans)
    brat.export([bundle], tmp_path, themes=[])
    (back,) = brat.read(tmp_path)
    assert [(s.start, s.end) for s in back.spans] == [(12, 16), (13, 14), (0, 29)]
    annotation = pytest.importorskip("bratsubset.annotation")
    with annotation.TextAnnotations(str(tmp_path / "doc-000005"), read_only=True) as anns:
        assert len(list(anns.get_textbounds())) == 3


def test_labels_and_themes_brat_cannot_spell_are_encoded_and_decoded(tmp_path):
    text = "Заявление МИД."
    spans = [Span(0, 9, "Заявление", id=1)]
    from annotator.model import ThemeTag

    bundle = AnnotatedDocument(Document(text=text), spans, tags=[ThemeTag("тема.1", span_id=1)])
    brat.export([bundle], tmp_path, themes=[])
    ann = (tmp_path / "doc-n000001.ann").read_text(encoding="utf-8")
    assert ann.startswith("T1\tX_")
    (back,) = brat.read(tmp_path)
    assert back.spans[0].label == "Заявление" and back.tags[0].theme_id == "тема.1"


def test_annotations_added_in_brat_come_in_as_accepted(exported):
    out, _ = exported
    with open(out / "doc-000002.ann", "a", encoding="utf-8") as handle:
        handle.write("T9\tCUE 7 13\tсказал\n")
    back = list(brat.read(out, options={"annotator": "brat-user"}))
    added = [s for s in back[1].spans if s.label == "CUE"]
    assert [(s.start, s.end, s.status, s.annotator) for s in added] == [(7, 13, "accepted", "brat-user")]


def test_a_folder_made_by_brat_without_our_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("Лавров заявил: «Да».", encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "T1\tSPEAKER 0 6\tЛавров\nT2\tQUOTE 16 18\tДа\nR1\tsaid_by Arg1:T2 Arg2:T1\n"
        "N1\tReference T1 Wikidata:Q131625\tСергей Лавров\n", encoding="utf-8")
    (back,) = brat.read(tmp_path)
    assert [(s.label, s.start, s.end) for s in back.spans] == [("SPEAKER", 0, 6), ("QUOTE", 16, 18)]
    assert back.entities[0].name == "Сергей Лавров"
    assert back.relations[0].kind == "said_by"


def test_crlf_text_from_another_tool_counts_a_line_break_once_as_brat_does(tmp_path):
    # brat reads .txt with universal newlines, so offsets count CRLF as one character.
    (tmp_path / "a.txt").write_bytes("Строка.\r\nЛавров: «Да»".encode("utf-8"))
    (tmp_path / "a.ann").write_text("T1\tQUOTE 17 19\tДа\n", encoding="utf-8")
    (back,) = brat.read(tmp_path)
    assert back.document.text == "Строка.\nЛавров: «Да»"
    assert back.document.text[back.spans[0].start:back.spans[0].end] == "Да"


def test_a_zipped_brat_folder_reads_back(exported, tmp_path):
    import zipfile

    out, _ = exported
    archive = tmp_path / "brat.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        for file in sorted(out.iterdir()):
            packed.write(file, f"project/{file.name}")
    back = list(brat.read(archive))
    assert [signature(b) for b in back] == [signature(lavrov_bundle()), signature(plain_bundle())]
