"""The gold-set scorer on a tiny hand-made gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.model import AnnotatorError
from annotator.nlp.evaluate import evaluate, same_speaker
from annotator.nlp.evaluate_format import format_errors


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
    assert same_speaker("МИД РФ", "МИД России")  # one country, two spellings
    assert not same_speaker("МИД РФ", "МИД КНР")
    assert same_speaker("Реджеп Тайип Эрдоган", "Реджеп Эрдоган")  # a middle name on one side
    assert not same_speaker("Сергей Лавров", "Сергей Викторович Рябков")
    assert not same_speaker("Сергей Лавров", None)
    assert same_speaker(None, None)


def test_a_press_service_named_with_its_organisation_is_that_organisation() -> None:
    # the guide lists "пресс-служба Кабмина" among the mentions of an organisation
    assert same_speaker("пресс-служба Кремля", "Кремль")
    assert same_speaker("пресс-служба правительства Молдавии", "правительство Молдавии")
    assert same_speaker("пресс-служба МИД России", "МИД РФ")
    assert not same_speaker("пресс-служба Кремля", "МИД России")
    assert not same_speaker("пресс-служба", "Кремль")  # a service without its organisation names no one


def test_an_anonymous_source_is_the_same_in_either_number() -> None:
    # the guide: "источники Reuters" -> "источник"; the description names the source, not a head count
    assert same_speaker("источник, знакомый с ситуацией", "источники, знакомые с ситуацией")
    assert same_speaker("дипломатические источники", "дипломатический источник")
    assert not same_speaker("источник в МИД", "источники в Минобороны")  # another description
    assert not same_speaker("источник", "собеседник")
    assert not same_speaker("американский чиновник", "американские чиновники")  # officials: a group, not a source


def test_speaker_accuracy_on_matched_quotes_leaves_out_missed_quotes(tmp_path: Path) -> None:
    text = ("«Мы готовы к диалогу», – сказал Сергей Лавров. "
            "Лавров считает это ошибкой, а переговоры бесполезными.")
    gold = _write(tmp_path / "gold.jsonl", [
        _doc("dev", text, [("direct", "Мы готовы к диалогу", "Сергей Лавров"),
                           ("indirect", "это ошибкой, а переговоры бесполезными", "Сергей Лавров")]),
    ])
    report = evaluate(gold)
    assert (report.speaker_correct, report.speaker_total) == (1, 2)
    assert (report.matched_speaker_correct, report.matched_speaker_total) == (1, 1)
    assert report.matched_speaker_accuracy == 1.0 and report.speaker_accuracy == 0.5
    assert "speaker accuracy on matched quotes: 1.000 (1/1)" in report.format()


def test_titles_taken_for_quotes_is_a_rate_over_gold_titles_and_terms(tmp_path: Path) -> None:
    text = "Лавров выступил. Газета «Известия выходит каждый день без перерыва» и журнал «Огонёк» тоже."
    gold = _write(tmp_path / "gold.jsonl", [
        _doc("dev", text, [], titles=["Известия выходит каждый день без перерыва", "Огонёк"]),
    ])
    report = evaluate(gold)
    assert report.gold_titles == 2
    assert report.titles_taken_rate == report.title_false_positives / 2
    assert f"({report.title_false_positives} of 2 titles and terms)" in report.format()


def test_document_themes_and_breakdowns(tmp_path: Path) -> None:
    text = ("Министры обсудили двустороннюю повестку\n"
            "Министры иностранных дел двух стран обсудили в Астане вопросы двусторонней повестки и "
            "двустороннего сотрудничества, а также подготовку визита президента.")
    doc = _doc("dev", text, [])
    doc.update(themes=["bilateral", "energy"], genre="news", country="KZ")
    other = _doc("dev", "«Мы готовы к диалогу», – сказал Сергей Лавров.",
                 [("direct", "Мы готовы к диалогу", "Сергей Лавров")])
    other.update(themes=[], genre="interview", country="RU")
    report = evaluate(_write(tmp_path / "gold.jsonl", [doc, other]))
    assert report.theme_documents == 2
    assert report.themes["bilateral"].true_positive == 1
    assert report.themes["energy"].false_negative == 1
    micro = report.theme_micro()
    assert micro.recall() == 0.5
    assert micro.true_positive == 1 and micro.precision() == 1 / (1 + micro.false_positive)
    assert report.themes_any_hit.true_positive == 1 and report.themes_any_hit.false_negative == 1
    assert report.groups["genre interview"]["direct"].overlap == 1
    assert report.groups["country KZ"]["direct"].gold == 0
    listing = report.format()
    assert "document themes (2 documents)" in listing and "country RU" in listing
    assert "theme missed: energy" in "\n".join(report.errors)


def test_error_listing_is_for_the_dev_split_only(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.jsonl", [
        _doc("dev", "Лавров считает это ошибкой, а переговоры бесполезными.",
             [("indirect", "это ошибкой, а переговоры бесполезными", "Лавров")]),
        _doc("test", "Песков считает это ошибкой, а переговоры бесполезными.",
             [("indirect", "это ошибкой, а переговоры бесполезными", "Песков")]),
    ])
    assert "missed: 'это ошибкой" in format_errors(evaluate(gold, split="dev"))
    for split in ("test", None):
        with pytest.raises(AnnotatorError, match="dev split only"):
            format_errors(evaluate(gold, split=split))
