"""tools/train_term_model.py: a clear message without the records, refuses the held-out split, trains a loadable model."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from annotator.nlp.term_model import load_model

TOOL = Path(__file__).resolve().parent.parent / "tools" / "train_term_model.py"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("train_term_model", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _record(number: int, split: str, text: str, quotes: list[tuple[int, int]], titles: list[tuple[int, int]]) -> str:
    return json.dumps({
        "id": f"r{number:03d}", "split": split, "text": text, "titles": [list(t) for t in titles], "terms": [],
        "quotes": [{"start": s, "end": e, "kind": "direct", "speaker": "Лавров", "speaker_mention": None} for s, e in quotes],
    }, ensure_ascii=False)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_without_the_records_it_says_so(tool, tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        tool.main(["--train", str(tmp_path / "absent.jsonl")])
    assert exited.value.code == 2
    assert "absent.jsonl: not found" in capsys.readouterr().err


def test_a_test_split_record_is_refused(tool, tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(_record(4, "dev", "Текст.", [], []) + "\n" + _record(3, "test", "Текст.", [], []) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"gold\.jsonl, line 2: split 'test'"):
        tool.read_documents([path])


def test_it_trains_a_model_the_app_can_load(tool, tmp_path: Path) -> None:
    title = "Министр дал интервью газете «Вечерний Минск» в понедельник."
    quote = "Лавров назвал санкции «бесполезной затеей»."
    lines = []
    for n in range(1, 31):
        text = title if n % 2 else quote
        words = "Вечерний Минск" if n % 2 else "бесполезной затеей"
        lines.append(_record(n, "dev", text, [] if n % 2 else [_span(text, words)], [_span(text, words)] if n % 2 else []))
    gold = tmp_path / "dev.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "model.json"
    assert tool.main(["--train", str(gold), "--out", str(out), "--folds", "3"]) == 0
    model = load_model(out)
    assert model.weights["first=upper"] > 0 > model.weights["first=lower"]


def _two_kinds(numbers: list[int]) -> str:
    """Records alternating a newspaper's title and a fragment of someone's words."""
    title = "Министр дал интервью газете «Вечерний Минск» в понедельник."
    quote = "Лавров назвал санкции «бесполезной затеей»."
    lines = []
    for i, number in enumerate(numbers):
        text, words = (title, "Вечерний Минск") if i % 2 else (quote, "бесполезной затеей")
        span = _span(text, words)
        lines.append(_record(number, "dev", text, [] if i % 2 else [span], [span] if i % 2 else []))
    return "\n".join(lines) + "\n"


def test_by_batch_scores_each_batch_with_a_model_of_the_others(tool, tmp_path: Path, capsys) -> None:
    numbers = [low + step for low, _ in tool.BATCHES for step in range(6)]
    gold = tmp_path / "dev.jsonl"
    gold.write_text(_two_kinds(numbers), encoding="utf-8")
    out = tmp_path / "model.json"
    assert tool.main(["--train", str(gold), "--out", str(out), "--by-batch", "--l2-grid", "1"]) == 0
    printed = capsys.readouterr().out
    assert "leave-one-batch-out, l2=1.0" in printed and "r1101-r1199" in printed and "r1301-r1399" in printed
    assert "r1401-r1499 r1501-r1599 r1601-r1699" in printed  # the batches of round 11
    assert "r1601-r1699 r1701-r1799" in printed  # round 12's
    assert "r1701-r1799 r1801-r1899 r1901-r1999" in printed  # round 13's
    # each batch holds three titles (the rules' already) and three quotes; a model of the other
    # thirteen batches alone would catch every title and vetoes no quote, in each of the fourteen
    assert len(tool.BATCHES) == 14
    assert printed.splitlines()[1].count(" 0(0) 0/3 [0/3]") == len(tool.BATCHES)
    assert f"[0/{3 * len(tool.BATCHES)}]" in printed.splitlines()[1]
    assert "chosen: l2=1.0, threshold=0.525\n" in printed  # one safe threshold below it (--margin 1)
    model = load_model(out)
    assert model.threshold < 0.999 and model.weights["first=upper"] > 0


def test_by_batch_refuses_records_outside_the_batches(tool, tmp_path: Path, capsys) -> None:
    gold = tmp_path / "dev.jsonl"
    gold.write_text(_two_kinds([461, 470, 1400, 1700, 1800, 1900, 2000, 2001, 2500]), encoding="utf-8")  # between or after every batch
    assert tool.main(["--train", str(gold), "--out", str(tmp_path / "m.json"), "--by-batch"]) == 2
    assert "no document of the records is in the batches" in capsys.readouterr().err
    assert not (tmp_path / "m.json").exists()


def test_five_batches_leave_out_the_batches_once_held_for_validation(tool, tmp_path: Path, capsys) -> None:
    gold = tmp_path / "dev.jsonl"
    gold.write_text(_two_kinds([901, 902, 1201, 1202, 1301, 1302, 1401, 1502, 1601, 1602, 1701, 1799, 1801, 1999]), encoding="utf-8")
    assert tool.main(["--train", str(gold), "--out", str(tmp_path / "m.json"), "--by-batch", "--batches", "five"]) == 2
    error = capsys.readouterr().err
    assert "no document of the records is in the batches" in error and "r1-r460" in error
    assert "r901" not in error and "r1601" not in error and "r1701" not in error and "r1801" not in error
    assert not (tmp_path / "m.json").exists()
    numbers = [low + step for low, _ in tool.BATCHES for step in range(6)]
    gold.write_text(_two_kinds(numbers), encoding="utf-8")
    assert tool.main(["--train", str(gold), "--report", "--by-batch", "--batches", "five", "--l2-grid", "1"]) == 0
    header, first_row = capsys.readouterr().out.splitlines()[:2]
    assert header.endswith("r0001-r0460 r0501-r0700 r0701-r0900 r1001-r1099 r1101-r1199")
    assert first_row.count(" 0(0) 0/3 [0/3]") == 5 and "[0/15]" in first_row  # the other nine neither train nor score


def test_batch_of_reads_the_id() -> None:
    spec = importlib.util.spec_from_file_location("train_term_model_ids", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    ids = ("r001", "r460", "r461", "r0501", "r950", "r1150", "r1250", "r1399", "r1400", "r1401", "r1499", "r1500",
           "r1501", "r1599", "r1601", "r1699", "r1700", "r1701", "r1750", "r1799", "r1800", "r1801", "r1899", "r1900", "r1901", "r1999",
           "r2000", "r2001", "r2099", "x")
    assert [module.batch_of(i) for i in ids] == [0, 0, -1, 1, 3, 5, 6, 7, -1, 8, 8, -1, 9, 9, 10, 10, -1, 11, 11, 11,
                                                 -1, 12, 12, -1, 13, 13, -1, -1, -1, -1]


def test_extra_records_train_every_batch_and_are_never_scored(tool, tmp_path: Path, capsys) -> None:
    numbers = [low + step for low, _ in tool.BATCHES for step in range(6)]
    gold = tmp_path / "dev.jsonl"
    gold.write_text(_two_kinds(numbers), encoding="utf-8")
    extra = tmp_path / "ours.jsonl"
    # four dev records of our own (two titles, two quotes) and a test-split one that must be skipped
    extra.write_text(_two_kinds([1, 2, 3, 4]).replace('"r00', '"g00') + _record(6, "test", "Текст.", [], []) + "\n",
                     encoding="utf-8")
    out = tmp_path / "model.json"
    assert tool.main(["--train", str(gold), "--out", str(out), "--by-batch", "--l2-grid", "1", "--extra", str(extra)]) == 0
    printed = capsys.readouterr().out
    assert "4 extra records (2 titles/terms, 2 quotes) in every fold's training" in printed
    # the folds are scored on their own records only: three titles and three quotes each, as without --extra
    assert printed.splitlines()[2].count(" 0(0) 0/3 [0/3]") == len(tool.BATCHES)
    assert load_model(out).weights["first=upper"] > 0


def test_extra_without_by_batch_is_refused(tool, tmp_path: Path, capsys) -> None:
    gold = tmp_path / "dev.jsonl"
    gold.write_text(_two_kinds([1, 2]), encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        tool.main(["--train", str(gold), "--out", str(tmp_path / "m.json"), "--extra", str(gold)])
    assert exited.value.code == 2
    assert "--extra needs --by-batch" in capsys.readouterr().err
    assert not (tmp_path / "m.json").exists()


def test_a_broken_extra_record_is_named(tool, tmp_path: Path) -> None:
    gold = tmp_path / "dev.jsonl"
    gold.write_text(_two_kinds([1, 2]), encoding="utf-8")
    extra = tmp_path / "ours.jsonl"
    extra.write_text('{"split": "dev", "text": 5}\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"ours\.jsonl, line 1: expected a gold record"):
        tool.main(["--train", str(gold), "--by-batch", "--extra", str(extra)])
