"""The gold-set scorer on a tiny hand-made gold file."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.nlp.evaluate import evaluate, same_speaker


def _write(path: Path, docs: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs), encoding="utf-8")
    return path


def _doc(split: str, text: str, quotes: list[tuple[str, str, str | None]], titles: list[str] = ()) -> dict:
    gold_quotes = []
    for kind, words, speaker in quotes:
        start = text.index(words)
        gold_quotes.append({"start": start, "end": start + len(words), "kind": kind,
                            "speaker": speaker, "speaker_mention": None})
    spans = [[text.index(t), text.index(t) + len(t)] for t in titles]
    return {"id": f"x{len(text)}", "split": split, "text": text, "quotes": gold_quotes,
            "speakers": [], "titles": spans, "terms": []}


def test_scores_per_split(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.jsonl", [
        _doc("dev", "«Мы готовы к диалогу», – сказал Сергей Лавров.",
             [("direct", "Мы готовы к диалогу", "Сергей Лавров")]),
        _doc("test", "По словам Пескова, визит состоится. Газета «Известия» это подтвердила.",
             [("indirect", "визит состоится", "Дмитрий Песков")], titles=["Известия"]),
    ])
    dev = evaluate(gold, split="dev")
    assert dev.documents == 1
    assert dev.f1("direct") == 1.0 and dev.f1("direct", exact=True) == 1.0
    assert dev.speaker_accuracy == 1.0
    both = evaluate(gold)
    assert both.documents == 2
    assert both.counts["indirect"].exact == 1
    assert both.speaker_accuracy == 1.0  # "Песков" matches "Дмитрий Песков"
    assert both.title_false_positives == 0
    report = both.format()
    assert "direct" in report and "speaker accuracy: 1.000" in report


def test_overlap_but_not_exact_and_a_title_false_positive(tmp_path: Path) -> None:
    text = "Лавров заявил, что Москва готова к диалогу. Газета «Известия выходит каждый день без перерыва» тоже."
    gold = _write(tmp_path / "gold.jsonl", [
        _doc("dev", text, [("indirect", "Москва готова", "Лавров")],
             titles=["Известия выходит каждый день без перерыва"]),
    ])
    report = evaluate(gold)
    counts = report.counts["indirect"]
    assert (counts.overlap, counts.exact) == (1, 0)


def test_speaker_name_normalisation() -> None:
    assert same_speaker("Сергей Лавров", "лавров")
    assert same_speaker("Пётр Толстой", "Петр Толстой")
    assert not same_speaker("Сергей Лавров", "Сергей Рябков")
    assert not same_speaker("Сергей Лавров", None)
    assert same_speaker(None, None)
