"""REFI-QDA .qdpx: archive layout, XSD validation, codebook, round trip."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from formats_samples import THEMES, lavrov_bundle, plain_bundle, signature

from annotator.formats import qdpx

ROOT = Path(__file__).resolve().parents[2]
XSD = ROOT.parent / "shared" / "schemas" / "refi-qda" / "Project-mrt2019.xsd"
NS = {"q": qdpx.NAMESPACE}


@pytest.fixture
def exported(tmp_path):
    out = tmp_path / "project.qdpx"
    assert qdpx.export([lavrov_bundle(), plain_bundle()], out, themes=THEMES) == 15
    return out


def project_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("project.qde")


def test_archive_holds_project_and_utf8_sources(exported):
    with zipfile.ZipFile(exported) as archive:
        names = sorted(archive.namelist())
        texts = {archive.read(n).decode("utf-8") for n in names if n.startswith("sources/")}
    assert names[0] == "project.qde" and len(names) == 3
    assert all(n.startswith("sources/") and n.endswith(".txt") for n in names[1:])
    assert texts == {lavrov_bundle().document.text, plain_bundle().document.text}


def test_project_validates_against_the_refi_qda_schema(exported):
    if not XSD.exists():
        pytest.skip(f"REFI-QDA schema not found at {XSD} (the shared/ folder is not beside the repository)")
    xmlschema = pytest.importorskip("xmlschema")
    schema = xmlschema.XMLSchema(str(XSD))
    schema.validate(project_xml(exported).decode("utf-8"))


def test_codebook_keeps_the_theme_hierarchy_and_colours(exported):
    import xml.etree.ElementTree as ET

    root = ET.fromstring(project_xml(exported))
    codes = root.find("q:CodeBook/q:Codes", NS)
    labels, themes = codes.findall("q:Code", NS)
    assert (labels.get("name"), themes.get("name")) == ("Labels", "Themes")
    assert [c.get("name") for c in labels.findall("q:Code", NS)] == ["SPEAKER", "QUOTE", "CUE"]
    speaker_codes = labels.find("q:Code[@name='SPEAKER']", NS).findall("q:Code", NS)
    assert {c.get("name") for c in speaker_codes} == {"Сергей Лавров", "Дмитрий Песков"}
    bilateral = themes.find("q:Code[@name='Двусторонняя повестка']", NS)
    assert bilateral.get("color") == "#1f77b4"
    assert bilateral.find("q:Code", NS).get("name") == "Торговля"
    users = {u.get("name") for u in root.findall("q:Users/q:User", NS)}
    assert users == {"anna", "boris"}
    selections = root.findall(".//q:PlainTextSelection", NS)
    assert len(selections) == 8
    first = selections[0]
    assert (first.get("startPosition"), first.get("endPosition")) == ("1", "20")
    assert len(root.findall("q:Links/q:Link", NS)) == 3


def test_round_trip(exported):
    back = list(qdpx.read(exported))
    assert [signature(b) for b in back] == [signature(lavrov_bundle()), signature(plain_bundle())]
    assert back[0].document.title == "Лавров о диалоге" and back[0].document.date == "2024-05-01"
    assert back[0].entities[0].aliases == ["глава МИД"]


def test_a_project_from_a_qda_program(tmp_path):
    """Foreign codes become labels, a theme-only selection becomes a SEGMENT."""
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{qdpx.NAMESPACE}" name="qualcoder">
 <Users><User guid="11111111-1111-1111-1111-111111111111" name="Ира"/></Users>
 <CodeBook><Codes>
  <Code guid="22222222-2222-2222-2222-222222222222" name="Оценка" isCodable="true"/>
 </Codes></CodeBook>
 <Sources><TextSource guid="33333333-3333-3333-3333-333333333333" name="Статья">
  <PlainTextContent>Он сказал «нет».</PlainTextContent>
  <PlainTextSelection guid="44444444-4444-4444-4444-444444444444" startPosition="10" endPosition="13"
      creatingUser="11111111-1111-1111-1111-111111111111">
   <Coding guid="55555555-5555-5555-5555-555555555555"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
  </PlainTextSelection>
 </TextSource></Sources>
</Project>"""
    out = tmp_path / "foreign.qdpx"
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("project.qde", xml)
    (back,) = qdpx.read(out)
    assert back.document.title == "Статья"
    assert [(s.label, s.start, s.end, s.annotator) for s in back.spans] == [("Оценка", 10, 13, "Ира")]
