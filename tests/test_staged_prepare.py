"""A worker prepares its chunk of files stage by stage (services.preparing.prepare_files):
the same PreparedFiles as prepare_file gives one file at a time.

Files: Cyrillic articles with emoji and CRLF line breaks (one with a BOM), an empty
file, a file that is not text, an annotator JSONL export (never re-analysed), and a
file whose analysis fails; with analysis on and off.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.formats.native import document_record, header
from annotator.model import AnnotatedDocument, Document
from annotator.services import preparing
from annotator.services.preparing import PreparedFile, prepare_file, prepare_files

ARTICLE = (
    "Лавров и Ван И обсудили двустороннее сотрудничество 🤝\r\n"
    "Министр иностранных дел России Сергей Лавров заявил: «Отношения России и Китая "
    "находятся на беспрецедентно высоком уровне».\r\n"
    "По его словам, стороны договорились расширить торгово-экономическое сотрудничество 😀.\r\n"
)
FAILING = "Этот текст ломает анализ"


def _files(folder: Path) -> list[Path]:
    files = []
    for number in range(3):
        path = folder / f"article-{number}.txt"
        data = (ARTICLE * (number + 1)).encode("utf-8")
        path.write_bytes(b"\xef\xbb\xbf" + data if number == 1 else data)
        files.append(path)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "failing.txt").write_text(FAILING + ".\n" + ARTICLE, encoding="utf-8")
    export = folder / "export.jsonl"  # an annotator export of one document without annotations
    document = document_record(AnnotatedDocument(Document(text="Заголовок\nПесков заявил: «Нет».", title="Заголовок")))
    export.write_text(json.dumps(header([]), ensure_ascii=False) + "\n" + json.dumps(document, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    return files + [folder / "empty.txt", folder / "binary.txt", folder / "failing.txt", export]


@pytest.fixture(autouse=True)
def analysis_failing_on_one_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator import nlp

    real = nlp.analyze

    def analyze(text: str, **options):
        if text.startswith(FAILING):
            raise ValueError("a bug in a rule")
        return real(text, **options)

    monkeypatch.setattr(nlp, "analyze", analyze)


def _outcome(prepared: PreparedFile) -> tuple:
    return (prepared.path, prepared.rows, prepared.error, prepared.cancelled, sorted(prepared.timings))


@pytest.mark.parametrize("analyze", [True, False])
def test_a_chunk_staged_gives_what_each_file_alone_gives(tmp_path: Path, analyze: bool) -> None:
    files = _files(tmp_path)
    one_by_one = [prepare_file(path, analyze, None) for path in files]
    staged = prepare_files(files, analyze, None)
    assert [_outcome(p) for p in staged] == [_outcome(p) for p in one_by_one]
    outcomes = {Path(p.path).name: p for p in staged}
    assert "empty" in outcomes["empty.txt"].error and outcomes["binary.txt"].error
    assert outcomes["export.jsonl"].rows and not outcomes["export.jsonl"].rows[0].spans  # not analysed
    if analyze:
        assert "ValueError: a bug in a rule" in outcomes["failing.txt"].error
        assert all(p.rows[0].spans and p.rows[0].tags for p in staged[:3])  # suggestions and themes
        assert all(p.timings["analyse"] > 0 for p in staged[:3])
    else:
        assert not outcomes["failing.txt"].error
        assert not any(p.rows[0].spans for p in staged[:3])


def test_a_stage_is_not_run_for_a_file_that_already_failed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _files(tmp_path)
    built: list[str] = []
    real = preparing.prepared_from_bundles

    def recording(path: str, bundles):
        built.append(Path(path).name)
        return real(path, bundles)

    monkeypatch.setattr(preparing, "prepared_from_bundles", recording)
    prepare_files(files, True, None)
    assert built == ["article-0.txt", "article-1.txt", "article-2.txt", "export.jsonl"]
