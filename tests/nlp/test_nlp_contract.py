"""The analysis contract: JSON shape, normalisation, robustness, speed."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.nlp import RULESET_VERSION, Analysis, analyze
from benchmarks.corpus import generate_corpus


def test_empty_input() -> None:
    analysis = analyze("")
    assert analysis == Analysis("", [], [], [])
    assert analysis.to_json("empty.txt") == {
        "source": "empty.txt", "text": "", "quotes": [], "speakers": [], "themes": [],
    }


@pytest.mark.parametrize("text", ["   \n\n  ", "«", "»»»", '"', "«»", "– –", "\ufeff", "Вопрос:"])
def test_degenerate_input_does_not_fail(text: str) -> None:
    analyze(text)


def test_json_shape_matches_the_contract() -> None:
    text = "\ufeffПо словам Лаврова, визит состоится.\r\n«Мы готовы», – сказал он."
    data = analyze(text).to_json("a.txt")
    assert set(data) == {"source", "text", "quotes", "speakers", "themes"}
    assert data["text"] == "По словам Лаврова, визит состоится.\n«Мы готовы», – сказал он."
    quote = data["quotes"][0]
    assert set(quote) == {"start", "end", "kind", "speaker", "speaker_mention", "cue"}
    assert quote["kind"] == "indirect" and quote["speaker"] == "Лавров"
    assert isinstance(quote["speaker_mention"], list) and len(quote["speaker_mention"]) == 2
    assert set(data["speakers"][0]) == {"name", "type", "mentions"}
    assert all(isinstance(m, list) for m in data["speakers"][0]["mentions"])
    json.dumps(data, ensure_ascii=False)


def test_offsets_count_code_points_past_astral_characters() -> None:
    text = "🇷🇺🇨🇳 «Отношения находятся на высоком уровне», – сказал Ван И."
    analysis = analyze(text)
    quote = analysis.quotes[0]
    assert analysis.text[quote.start : quote.end] == "Отношения находятся на высоком уровне"
    assert quote.speaker == "Ван И"


def test_ruleset_version_is_a_string() -> None:
    assert isinstance(RULESET_VERSION, str) and RULESET_VERSION


def test_five_megabytes_complete_in_linear_time() -> None:
    articles = generate_corpus(700, seed=7)
    text = "\n\n".join(articles)
    while len(text.encode("utf-8")) < 5_000_000:
        text += "\n\n" + text[: 500_000]
    started = time.perf_counter()
    analysis = analyze(text)
    elapsed = time.perf_counter() - started
    assert len(analysis.quotes) > 1000
    assert elapsed < 30, f"5 MB took {elapsed:.1f} s"


def test_pathological_marks_are_linear() -> None:
    text = ("«" * 50_000) + ("» – " * 50_000) + ('"' * 50_000) + ("по словам " * 20_000)
    started = time.perf_counter()
    analyze(text)
    assert time.perf_counter() - started < 10


_PIECES = [
    "«", "»", "„", "“", "”", '"', " – ", ", – ", ": ", ".", "!", "?", "\n\n", "\r\n", " ",
    "Вопрос: ", "Лавров: ", "С. ", "По словам ", "Как заявил ", " что ", "сказал", "заявила",
    "он", "она", "МИД", "Кремле", "президент", "Казахстана", "Токаев", "🇷🇺", "газета", "\ufeff",
    "Ответ: ", "по его словам, ", "Об этом ", "Сергей ", "Лаврова", "\t", "-",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_any_mix_of_cues_gives_well_formed_spans(text: str) -> None:
    analysis = analyze(text)
    size = len(analysis.text)
    for quote in analysis.quotes:
        assert 0 <= quote.start < quote.end <= size
        words = analysis.text[quote.start : quote.end]
        assert words == words.strip()
        for span in (quote.speaker_mention, quote.cue):
            assert span is None or 0 <= span[0] < span[1] <= size
    for speaker in analysis.speakers:
        assert all(0 <= s < e <= size for s, e in speaker.mentions)
    json.dumps(analysis.to_json("x"), ensure_ascii=False)
