"""Agreement of two annotators on the real-news texts: the second annotation scored against the first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.model import AnnotatorError
from annotator.nlp.realnews import compare_annotations, load_realnews
from nlp_helpers import REALNEWS_TEXTS as TEXTS
from nlp_helpers import realnews_record as _record


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def two_annotations(tmp_path: Path) -> tuple[Path, Path, Path]:
    cache = tmp_path / "texts"
    cache.mkdir()
    for doc_id, text in TEXTS.items():
        (cache / f"{doc_id}.txt").write_text(text, encoding="utf-8", newline="\n")
    first = [
        _record("r001", TEXTS["r001"], "Мы готовы к диалогу", "direct", "Сергей Лавров"),
        _record("r002", TEXTS["r002"], "визит 🤝 состоится в мае", "indirect", "Дмитрий Песков"),
    ]
    # The second annotator agrees on r001 but for the speaker's form, takes a shorter
    # span of the r002 quote and names another speaker, and adds a theme.
    second = [
        _record("r001", TEXTS["r001"], "Мы готовы к диалогу", "direct", "Лавров"),
        _record("r002", TEXTS["r002"], "состоится в мае", "indirect", "Мария Захарова"),
    ]
    second[1]["themes"] = ["bilateral", "leaders"]
    return _write(tmp_path / "first.jsonl", first), _write(tmp_path / "second.jsonl", second), cache


def test_second_annotation_is_scored_against_the_first(two_annotations: tuple[Path, Path, Path]) -> None:
    first, second, cache = two_annotations
    report = compare_annotations(load_realnews(first, cache), load_realnews(second, cache))
    assert report.documents == 2
    assert report.counts["direct"].exact == 1 and report.counts["indirect"].exact == 0
    assert report.counts["indirect"].overlap == 1
    assert (report.matched_speaker_correct, report.matched_speaker_total) == (1, 2)
    micro = report.theme_micro()
    assert (micro.true_positive, micro.false_positive, micro.false_negative) == (2, 1, 0)
    assert "every theme with a span hit" not in report.format()


def test_documents_only_one_side_has_are_left_out(two_annotations: tuple[Path, Path, Path], tmp_path: Path) -> None:
    first, second, cache = two_annotations
    only_one = _write(tmp_path / "one.jsonl", [json.loads(second.read_text(encoding="utf-8").splitlines()[0])])
    assert compare_annotations(load_realnews(first, cache), load_realnews(only_one, cache)).documents == 1


def test_annotations_of_different_texts_are_refused(two_annotations: tuple[Path, Path, Path], tmp_path: Path) -> None:
    first, _, cache = two_annotations
    other_text = "Министр заявил, что переговоры продолжатся."
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "r001.txt").write_text(other_text, encoding="utf-8")
    stray = _write(tmp_path / "stray.jsonl", [_record("r001", other_text, "переговоры продолжатся", "indirect", "министр")])
    with pytest.raises(AnnotatorError, match="r001: the two annotations were made on different texts"):
        compare_annotations(load_realnews(first, cache), load_realnews(stray, tmp_path / "other"))


def test_cli_against(two_annotations: tuple[Path, Path, Path]) -> None:
    first, second, cache = two_annotations
    result = CliRunner().invoke(main, ["evaluate", "--realnews", str(first), "--cache", str(cache),
                                       "--against", str(second)])
    assert result.exit_code == 0, result.output
    assert "agreement:" in result.output and "on 2 document(s)" in result.output
    assert "speaker accuracy on matched quotes: 0.500 (1/2)" in result.output


def test_cli_against_needs_realnews(two_annotations: tuple[Path, Path, Path]) -> None:
    first, second, _ = two_annotations
    result = CliRunner().invoke(main, ["evaluate", str(first), "--against", str(second)])
    assert result.exit_code == 1 and "--against only applies with --realnews" in result.output


def test_cli_against_a_broken_file(two_annotations: tuple[Path, Path, Path], tmp_path: Path) -> None:
    first, _, cache = two_annotations
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "r001"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--realnews", str(first), "--cache", str(cache),
                                       "--against", str(broken)])
    assert result.exit_code == 1
    assert f"{broken}, line 1: expected an object with id" in result.output


def test_cli_against_with_nothing_in_common(two_annotations: tuple[Path, Path, Path], tmp_path: Path) -> None:
    first, _, cache = two_annotations
    third = _write(tmp_path / "third.jsonl", [_record("r003", TEXTS["r003"], "отношения развиваются", "indirect", "министр")])
    result = CliRunner().invoke(main, ["evaluate", "--realnews", str(first), "--cache", str(cache),
                                       "--against", str(third)])
    assert result.exit_code == 1 and "none of its documents is in both annotations" in result.output


def test_make_eval_rows_put_the_analysis_beside_the_annotators(two_annotations: tuple[Path, Path, Path]) -> None:
    from benchmarks.bench_evaluation import agreement_rows

    first, second, cache = two_annotations
    rows = {row["workload"]: row for row in agreement_rows(load_realnews(first, cache), load_realnews(second, cache))}
    speaker = rows["real news, two annotators on 2 dev texts: speaker on matched quotes"]
    assert speaker["measured"] == "second annotator 0.500 (1/2)"
    assert speaker["notes"].startswith("the analysis on the same texts, against the first annotator: ")
    themes = rows["real news, two annotators on 2 dev texts: document themes"]
    assert themes["measured"] == "second annotator F1 0.800 (P 0.667, R 1.000)"
