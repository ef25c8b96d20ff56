"""The hostile-input corpus as a table: every file is refused with its name and the limit or reason,
nothing of it is stored, the project stays sound, and the other files still import.

All inputs are generated here (no binaries committed).  Each case names the
format it is imported as, how its bytes are made, and the text the refusal
must contain.  Cases from issue 13 are marked with the figure that failed.
"""

from __future__ import annotations

import codecs
import io
import json
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator import services
from annotator.cli import main
from annotator.formats import limits
from annotator.model import AnnotatorError
from annotator.store import Project

ARTICLE = (
    "Министр иностранных дел России Сергей Лавров провёл переговоры с коллегой из Узбекистана. "
    "«Мы готовы к диалогу», — заявил он журналистам. Стороны обсудили двустороннюю повестку.\n"
)
MB = 1024 * 1024


def deep_json(depth: int) -> str:
    return "[" * depth + "]" * depth


def zip_bytes(entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def docx_bytes(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    content_types = (
        b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="xml" ContentType="application/xml"/></Types>'
    )
    return zip_bytes({"[Content_Types].xml": content_types, "word/document.xml": document_xml, **(extra or {})})


def random_high_bytes(size: int) -> bytes:
    rng = random.Random(13)
    return bytes(rng.randrange(0x80, 0x100) for _ in range(size))


@dataclass
class Case:
    id: str
    format: str  # "auto" (by file type) or an exchange format given with --format
    name: str
    make: Callable[[], bytes]
    refusal: str
    limits: dict[str, int] = field(default_factory=dict)


CASES = [
    # -- decoding (issue 13, item 2) --
    Case("mixed-utf8-cp1251", "auto", "mixed.txt",
         lambda: (ARTICLE * 5).encode("utf-8") + (ARTICLE * 5).encode("cp1251"),
         "mixed encodings — 5 line(s) are UTF-8 (first: line 1) and 5 are not (first: line 6)"),
    Case("30kb-random-high-bytes", "auto", "noise.txt", lambda: random_high_bytes(30_000),
         "cannot tell the text encoding"),
    Case("binary-with-nul", "auto", "image.txt", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
         "binary data, not text"),
    Case("broken-utf32", "auto", "broken32.txt",
         lambda: codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le") + b"\x00\x00\x11\x00",
         "broken UTF-32 text"),
    # -- archives and documents (item 3) --
    Case("docx-part-over-entry-limit", "auto", "huge-part.docx",
         lambda: docx_bytes(b"<w:document/>", {"word/media/blob.bin": bytes(60 * MB)}),
         "inflates to 60.0 MB; the limit is 50 MB per entry"),
    Case("docx-compression-bomb", "auto", "bomb.docx",
         lambda: docx_bytes(b"<w:document>" + b" " * (5 * MB) + b"</w:document>"),
         "the limit is 100 : 1"),
    Case("docx-total-over-limit", "auto", "many-parts.docx",
         lambda: docx_bytes(b"<w:document/>", {f"word/part{n}.xml": random_high_bytes(200_000) for n in range(4)}),
         "the limit is 0 MB in all", {"MAX_ARCHIVE_TOTAL_BYTES": 500_000}),
    Case("docx-truncated", "auto", "cut.docx",
         lambda: docx_bytes(b"<w:document><w:body/></w:document>")[:-40],
         "not a readable .docx file: the ZIP archive is damaged or truncated"),
    Case("brat-zip-bomb", "brat", "bomb.zip",
         lambda: zip_bytes({"doc.txt": b"a" * (60 * MB), "doc.ann": b""}),
         "the limit is 50 MB per entry"),
    Case("brat-zip-ratio", "brat", "ratio.zip",
         lambda: zip_bytes({"doc.txt": b"a" * (3 * MB), "doc.ann": b""}),
         "the limit is 100 : 1"),
    Case("brat-zip-too-many-entries", "brat", "entries.zip",
         lambda: zip_bytes({f"doc{n}.txt": b"x" for n in range(30)}),
         "the archive has 30 entries; the limit is 20", {"MAX_ARCHIVE_ENTRIES": 20}),
    Case("qdpx-bomb", "qdpx", "bomb.qdpx",
         lambda: zip_bytes({"project.qde": b"<Project/>", "sources/a.txt": b" " * (60 * MB)}),
         "the limit is 50 MB per entry"),
    Case("html-100000-nested-div", "auto", "deep.html",
         lambda: ("<html><body>" + "<div>" * 100_000 + "<p>Текст</p>" + "</div>" * 100_000).encode(),
         "the HTML nests 100000 elements deep; the limit is 500"),
    # -- JSON (items 3 and 5) --
    Case("doccano-5000-digit-number", "doccano", "digits.jsonl",
         lambda: ('{"text": "Текст", "entities": [[0, ' + "9" * 5000 + ', "QUOTE"]]}\n').encode(),
         "line 1: a JSON number of 5000 digits; the limit is 100 digits"),
    Case("doccano-100000-deep-arrays", "doccano", "deep.jsonl",
         lambda: ('{"text": "Текст", "entities": ' + deep_json(100_000) + "}\n").encode(),
         "JSON nested deeper than 64 levels"),
    Case("labelstudio-5000-digit-number", "labelstudio", "digits.json",
         lambda: ('[{"id": ' + "1" * 5000 + ', "data": {"text": "Текст"}}]').encode(),
         "a JSON number of 5000 digits; the limit is 100 digits"),
    Case("labelstudio-100000-deep-arrays", "labelstudio", "deep.json",
         lambda: deep_json(100_000).encode(), "JSON nested deeper than 64 levels"),
    Case("jsonl-nested-70", "auto", "nested.jsonl",
         lambda: (json.dumps({"text": "Текст", "meta": json.loads(deep_json(70))}) + "\n").encode(),
         "line 1: JSON nested deeper than 64 levels (the limit)"),
    # -- messages that misled (item 7) --
    Case("csv-unclosed-quote-line-3", "auto", "quote.csv",
         lambda: 'title,text\nПервая,"Текст один"\nВторая,"Текст два без кавычки\nТретья,Текст три\n'.encode(),
         'line 3: a quote (") opened on line 3 is never closed'),
    Case("brat-reversed-span", "brat", "reversed.ann",
         lambda: "T1\tQUOTE 20 10\tдиалогу\n".encode(),
         "T1: the span is reversed: it starts at 20, after its end 10"),
    Case("jsonl-lone-surrogate-in-title", "auto", "surrogate.jsonl",
         lambda: b'{"title": "\\ud800 \\u0417\\u0430\\u044f\\u0432\\u043b\\u0435\\u043d\\u0438\\u0435", "text": "T"}\n',
         "line 1: the title holds a broken character (lone surrogate U+D800) at offset 0"),
]


def write_case(folder: Path, case: Case) -> Path:
    path = folder / case.name
    path.write_bytes(case.make())
    if case.id == "brat-reversed-span":
        path.with_suffix(".txt").write_text("«Мы готовы к диалогу», — заявил он.", encoding="utf-8")
    return path


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_a_bad_file_is_refused_by_name_and_reason_and_nothing_of_it_is_kept(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in case.limits.items():
        monkeypatch.setattr(limits, name, value)
    folder = tmp_path / "in"
    folder.mkdir()
    bad = write_case(folder, case)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    with services.open_project(tmp_path / "p.annotator") as project:
        if case.format == "auto":
            report = services.import_paths(project, [bad, good], analyze=False)
        else:
            with pytest.raises(AnnotatorError) as refused:
                services.import_annotated(project, bad, format_name=case.format)
            report = services.import_paths(project, [good], analyze=False)
            report.failures.append((str(bad), str(refused.value)))
        assert [path for path, _ in report.failures] == [str(bad)]
        [(_, why)] = report.failures
        assert str(bad) in why
        assert case.refusal in why
        assert "Traceback" not in why
        assert report.imported == [(str(good), 1)], "the good file still imports"
        assert [project.document(i).origin_path for i in project.document_ids()] == [str(good)]
        assert project.integrity_check() == "ok"
        assert project.db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert project.db.execute("SELECT count(*) FROM spans").fetchone()[0] == 0, "nothing partial"


ACCEPTED = [
    ("utf-32-bom", lambda s: codecs.BOM_UTF32_LE + s.encode("utf-32-le")),
    ("utf-32-be-bom", lambda s: codecs.BOM_UTF32_BE + s.encode("utf-32-be")),
    ("utf-32-le-no-bom", lambda s: s.encode("utf-32-le")),
    ("utf-16-le-no-bom", lambda s: s.encode("utf-16-le")),
    ("utf-16-be-no-bom", lambda s: s.encode("utf-16-be")),
]


@pytest.mark.parametrize("encode", [e for _, e in ACCEPTED], ids=[i for i, _ in ACCEPTED])
def test_utf16_and_utf32_with_and_without_bom_decode_to_the_exact_text(encode, tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    text = "Заявление МИД\n" + ARTICLE
    path.write_bytes(encode(text))
    with services.open_project(tmp_path / "p.annotator") as project:
        report = services.import_paths(project, [path], analyze=False)
        assert report.ok, report.failures
        [doc_id] = project.document_ids()
        assert project.document(doc_id).text == text.rstrip("\n") or project.document(doc_id).text == text
        assert "\x00" not in project.document(doc_id).text


def test_a_doubtful_file_imports_with_the_encoding_given(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(ARTICLE.encode("utf-8") + ARTICLE.encode("cp1251"))
    project_path = tmp_path / "p.annotator"
    refused = CliRunner().invoke(main, ["--project", str(project_path), "import", "--no-analyze", str(path)])
    assert refused.exit_code == 1 and "--encoding" in refused.output
    taken = CliRunner().invoke(
        main, ["--project", str(project_path), "import", "--no-analyze", "--encoding", "cp1251", str(path)]
    )
    assert taken.exit_code == 0, taken.output
    with Project.open(project_path, create=False) as project:
        [doc_id] = project.document_ids()
        assert project.document(doc_id).text.rstrip().endswith(ARTICLE.strip()), "decoded as told: cp1251"


def test_an_unknown_encoding_name_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["--project", str(tmp_path / "p.annotator"), "import", "--encoding", "klingon-8", str(path)]
    )
    assert result.exit_code == 1
    assert "--encoding: unknown encoding 'klingon-8'" in result.output


def test_a_hostile_exchange_file_among_good_ones_prints_the_summary_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "digits.jsonl"
    bad.write_text('{"text": "Текст", "entities": [[0, ' + "9" * 5000 + ', "QUOTE"]]}\n', encoding="utf-8")
    deep = tmp_path / "deep.jsonl"
    deep.write_text('{"text": "Текст", "label": ' + deep_json(100_000) + "}\n", encoding="utf-8")
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"text": ARTICLE, "entities": [[0, 7, "SPEAKER"]]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(
        main, ["--project", str(tmp_path / "p.annotator"), "import", "--format", "doccano",
               str(bad), str(deep), str(good)],
    )
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert "imported 1 document(s) from 1 of 3 file(s); 2 failed" in result.output
    assert f"failed: {bad}, line 1: a JSON number of 5000 digits" in result.output
    assert f"failed: {deep}, line 1: JSON nested deeper than 64 levels" in result.output


def test_a_cancel_stops_inside_a_file_and_keeps_nothing_of_it(tmp_path: Path) -> None:
    rows = "".join(f'Заявление {n},"{ARTICLE.strip()} Номер {n}."\n' for n in range(2000))
    big = tmp_path / "b-many-rows.csv"
    big.write_text("title,text\n" + rows, encoding="utf-8")
    first = tmp_path / "a-first.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    checks = 0

    def cancelled() -> bool:
        nonlocal checks
        checks += 1
        return checks > 50  # well inside the 2,000 rows of the second file

    with services.open_project(tmp_path / "p.annotator") as project:
        report = services.import_paths(project, [first, big], analyze=False, cancelled=cancelled)
        assert report.cancelled
        assert checks < 100, "the cancel was seen inside the file, not after its 2,000 rows"
        assert [project.document(i).origin_path for i in project.document_ids()] == [str(first)]
        assert project.integrity_check() == "ok"
