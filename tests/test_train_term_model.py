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
