"""`annotator analyze --jsonl IN --out OUT`: streaming pre-annotation, resuming, loading.

The articles are written for these tests in the register of diplomatic news.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from annotator import services
from annotator.services import preparing
from annotator.cli import main
from annotator.nlp import RULESET_VERSION
from annotator.preannotate import analyse_stream, resume_point
from annotator.resources import default_taxonomy

QUOTE = "Мы готовы к диалогу 🤝 с партнёрами"


def article(number: int) -> dict[str, str]:
    return {
        "title": f"Брифинг № {number}",
        "date": "2026-03-0" + str(number % 9 + 1),
        "source": "МИД",
        "text": (
            f"Сергей Лавров провёл переговоры с делегацией № {number}.\r\n"
            f"Лавров заявил: «{QUOTE}». "
            f"По словам министра, двусторонняя повестка остаётся насыщенной, а товарооборот вырос на {number} %."
        ),
    }


def write_input(path: Path, count: int, *, blank_every: int = 0) -> Path:
    lines = []
    for number in range(1, count + 1):
        lines.append(json.dumps(article(number), ensure_ascii=False))
        if blank_every and number % blank_every == 0:
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_stream_writes_a_header_then_one_analysis_a_line_as_suggestions(tmp_path: Path) -> None:
    source = write_input(tmp_path / "archive.jsonl", 5, blank_every=2)
    out = tmp_path / "analysed.jsonl"

    result = run("analyze", "--jsonl", source, "--out", out, "--jobs", "1")

    assert result.exit_code == 0, result.output
    header, *lines = records(out)
    assert header["_header"]["content"] == "analysis"
    assert header["_header"]["ruleset"] == RULESET_VERSION == "2"
    assert [theme["id"] for theme in header["_header"]["taxonomy"]] == [t.id for t in default_taxonomy()]
    assert len(lines) == 5  # blank lines give no output
    first = lines[0]
    assert first["title"] == "Брифинг № 1" and first["source"] == "МИД"
    assert "\r" not in first["text"]  # normalised as the importer does
    quotes = [s for s in first["spans"] if s["label"] == "QUOTE"]
    assert [first["text"][s["start"]:s["end"]] for s in quotes][0] == QUOTE
    assert {s["status"] for s in first["spans"]} == {"suggested"}
    assert {s["origin"] for s in first["spans"]} == {"auto:2"}
    assert [line["meta"]["line"] for line in lines] == [1, 2, 4, 5, 7]  # input line numbers


def test_two_processes_write_the_same_bytes_as_one(tmp_path: Path) -> None:
    source = write_input(tmp_path / "archive.jsonl", 70)
    serial, parallel = tmp_path / "serial.jsonl", tmp_path / "parallel.jsonl"

    analyse_stream(source, serial, jobs=1, themes=default_taxonomy())
    analyse_stream(source, parallel, jobs=2, themes=default_taxonomy())

    assert len(serial.read_bytes().splitlines()) == 71
    assert parallel.read_bytes() == serial.read_bytes()


def test_import_of_the_output_stores_suggestions_without_analysing_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_input(tmp_path / "archive.jsonl", 3)
    out = tmp_path / "analysed.jsonl"
    assert run("analyze", "--jsonl", source, "--out", out, "--jobs", "1").exit_code == 0

    def no_analysis(*args: object, **kwargs: object) -> None:
        raise AssertionError("the analyses must be loaded, not computed again")

    monkeypatch.setattr(preparing, "add_suggestions", no_analysis)
    project = services.open_project(tmp_path / "p.annotator")
    try:
        report = services.import_paths(project, [out], workers=1)
        assert report.ok and report.document_count == 3
        bundle = project.annotated(project.document_ids()[0])
    finally:
        project.close()
    quotes = [s for s in bundle.spans if s.label == "QUOTE"]
    assert [bundle.document.text[s.start:s.end] for s in quotes][0] == QUOTE
    assert {(s.status, s.origin) for s in bundle.spans} == {("suggested", "auto:2")}
    assert bundle.relations and bundle.tags


def test_a_partial_last_line_is_cut_and_the_run_resumes_after_the_complete_ones(tmp_path: Path) -> None:
    source = write_input(tmp_path / "archive.jsonl", 6)
    whole, resumed = tmp_path / "whole.jsonl", tmp_path / "resumed.jsonl"
    analyse_stream(source, whole, jobs=1, themes=default_taxonomy())
    complete = whole.read_bytes().splitlines(keepends=True)
    resumed.write_bytes(b"".join(complete[:4]) + complete[4][:25])  # header + 3 lines + a torn one

    report = analyse_stream(source, resumed, jobs=1, themes=default_taxonomy())

    assert report.resumed_after == 3 and report.written == 3
    assert resumed.read_bytes() == whole.read_bytes()


def test_an_out_file_of_another_analysis_is_refused_and_kept(tmp_path: Path) -> None:
    source = write_input(tmp_path / "archive.jsonl", 2)
    out = tmp_path / "analysed.jsonl"
    out.write_text('{"_header": {"format": "annotator-jsonl", "version": 1}}\n{"text": "x"}\n', encoding="utf-8")
    before = out.read_bytes()

    result = run("analyze", "--jsonl", source, "--out", out)

    assert result.exit_code == 1
    assert f"{out}: exists and is not an unfinished run of this analysis" in result.stderr
    assert out.read_bytes() == before
    assert resume_point(tmp_path / "absent.jsonl", "h") == 0


CHILD = textwrap.dedent(
    """
    import sys, time
    from annotator import preannotate
    from annotator.cli import main

    analyse = preannotate.analyse_line

    def slowly(*args, **kwargs):
        # Slow enough that the kill lands mid-run whatever the machine's speed.
        time.sleep(0.01)
        return analyse(*args, **kwargs)

    preannotate.analyse_line = slowly
    main(sys.argv[1:])
    """
)


def test_a_run_killed_with_sigkill_resumes_to_the_same_output_as_an_uninterrupted_run(tmp_path: Path) -> None:
    source = write_input(tmp_path / "archive.jsonl", 300, blank_every=7)
    whole, killed = tmp_path / "whole.jsonl", tmp_path / "killed.jsonl"
    analyse_stream(source, whole, jobs=1, themes=default_taxonomy())
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    command = [sys.executable, str(script), "analyze", "--jsonl", str(source), "--out", str(killed), "--jobs", "2"]

    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None:
        if killed.exists() and killed.read_bytes().count(b"\n") > 60:
            break
        time.sleep(0.01)
    assert child.poll() is None, "the run finished before it could be killed"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    cut = killed.read_bytes().count(b"\n") - 1
    assert 60 <= cut < 300

    result = subprocess.run(command, capture_output=True, text=True, timeout=120)

    assert result.returncode == 0, result.stderr
    assert f"(resumed after {cut})" in result.stderr
    assert killed.read_bytes() == whole.read_bytes()


# -- bad input ---------------------------------------------------------------------


def test_a_malformed_line_is_named_with_its_number_and_the_lines_before_it_are_kept(tmp_path: Path) -> None:
    source = tmp_path / "archive.jsonl"
    good = [json.dumps(article(n), ensure_ascii=False) for n in (1, 2)]
    source.write_text("\n".join([good[0], "", good[1], '{"text": "Лавров заявил', good[0]]) + "\n", encoding="utf-8")
    out = tmp_path / "analysed.jsonl"

    result = run("analyze", "--jsonl", source, "--out", out, "--jobs", "1")

    assert result.exit_code == 1
    assert "archive.jsonl, line 4: not valid JSON" in result.stderr
    assert len(records(out)) == 3  # header and the two articles before it


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"title": "без текста"}', 'line 1: missing field "text"'),
        ('["список"]', "line 1: expected a JSON object"),
        ('{"text": "   "}', 'line 1: field "text" is empty'),
        ('{"text": "Текст", "date": 5}', "line 1: field 'date' must be a string"),
    ],
)
def test_a_line_that_is_not_an_article_is_named(tmp_path: Path, line: str, message: str) -> None:
    source = tmp_path / "archive.jsonl"
    source.write_text(line + "\n", encoding="utf-8")

    result = run("analyze", "--jsonl", source, "--out", tmp_path / "out.jsonl", "--jobs", "1")

    assert result.exit_code == 1 and message in result.stderr


def test_jobs_zero_is_refused(tmp_path: Path) -> None:
    source = write_input(tmp_path / "archive.jsonl", 1)

    result = run("analyze", "--jsonl", source, "--out", tmp_path / "out.jsonl", "--jobs", "0")

    assert result.exit_code == 2
    assert "--jobs" in result.stderr and "0" in result.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_an_unwritable_out_is_refused_with_its_name(tmp_path: Path) -> None:
    source = write_input(tmp_path / "archive.jsonl", 1)
    out = tmp_path / "no-such-folder" / "out.jsonl"

    result = run("analyze", "--jsonl", source, "--out", out)

    assert result.exit_code == 1
    assert f"{out}: cannot write" in result.stderr


def test_a_missing_input_and_a_lone_option_are_refused(tmp_path: Path) -> None:
    missing = run("analyze", "--jsonl", tmp_path / "absent.jsonl", "--out", tmp_path / "out.jsonl")
    assert missing.exit_code == 1 and "absent.jsonl: cannot read" in missing.stderr
    lone = run("analyze", "--jsonl", tmp_path / "absent.jsonl")
    assert lone.exit_code == 1 and "--jsonl IN and --out OUT go together" in lone.stderr
    same = write_input(tmp_path / "same.jsonl", 1)
    assert "is the input file" in run("analyze", "--jsonl", same, "--out", same).stderr


def test_a_large_analysis_file_is_imported_a_chunk_at_a_time_and_a_second_import_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator import analysis_import
    from annotator.formats import articles

    source = write_input(tmp_path / "archive.jsonl", 7)
    out = tmp_path / "analysed.jsonl"
    analyse_stream(source, out, jobs=1, themes=default_taxonomy())
    lines = out.read_text(encoding="utf-8").splitlines()
    # Line 6 (the fifth article) is damaged: the chunks before it are kept.
    out.write_text("\n".join(lines[:5] + ['{"text": "обрыв'] + lines[6:]) + "\n", encoding="utf-8")
    monkeypatch.setattr(analysis_import, "CHUNK_LINES", 2)
    monkeypatch.setattr(articles, "MAX_FILE_BYTES", 100)  # not read whole: the per-file limit does not apply
    project = services.open_project(tmp_path / "p.annotator")
    try:
        first = services.import_paths(project, [out], workers=1)
        assert first.document_count == 4
        [(_, why)] = first.failures
        assert why.startswith(f"{out}, line 6: not valid JSON")
        assert why.endswith("(the articles before it were imported; import the file again after fixing it)")
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")

        second = services.import_paths(project, [out], workers=1)

        assert second.ok and second.document_count == 3
        assert [why for _, why in second.duplicates] == ["lines 2–3: 2 article(s) already in the project",
                                                         "lines 4–5: 2 article(s) already in the project"]
        assert project.document_count() == 7
        titles = sorted(project.document(i).title for i in project.document_ids())
        assert titles == sorted(f"Брифинг № {n}" for n in range(1, 8))
    finally:
        project.close()


def test_import_jobs_zero_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    source = write_input(tmp_path / "archive.jsonl", 1)
    project = tmp_path / "p.annotator"

    result = run("--project", project, "import", "--jobs", "0", source)

    assert result.exit_code == 2 and "--jobs" in result.stderr
    assert not project.exists()


def test_a_progress_bar_is_drawn_on_a_terminal_and_not_in_a_pipe(tmp_path: Path) -> None:
    import pty

    source = write_input(tmp_path / "archive.jsonl", 20)
    command = [sys.executable, "-m", "annotator.cli", "analyze", "--jsonl", str(source), "--jobs", "1", "--out"]
    leader, follower = pty.openpty()
    try:
        subprocess.run([*command, str(tmp_path / "tty.jsonl")], stderr=follower, stdout=subprocess.DEVNULL,
                       check=True, timeout=120)
        os.close(follower)
        drawn = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed once everything is read
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        os.close(leader)
    piped = subprocess.run([*command, str(tmp_path / "pipe.jsonl")], capture_output=True, text=True, timeout=120)

    assert b"analysing  [" in drawn and b"20/20" in drawn and b"/s" in drawn  # the bar, its count, the rate
    assert "analysing" not in piped.stderr and "wrote 20 analysis line(s)" in piped.stderr
