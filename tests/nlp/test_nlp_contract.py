"""The analysis contract: JSON shape, normalisation, robustness, speed."""

from __future__ import annotations

import gc
import json
import sys
import time
from collections.abc import Callable

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


# Linear work, shown by growth rather than by speed (timings live in
# benchmarks/bench_analyze.py).  On a text twice the size, the Python function calls
# analyze makes must about double (deterministic).  On a text four times the size, the
# CPU time of this process must grow about 4× (this catches quadratic work done in C, such
# as a list slice per mark, that makes no calls); quadratic work grows 16×, so the wide
# limit leaves room for a busy machine.
GROWTH_LIMIT = 2.5
CPU_FACTOR = 4
CPU_GROWTH_LIMIT = 8.0


def _calls(work: Callable[[], object]) -> int:
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


def _growth(work: Callable[[str], object], make_text: Callable[[int], str], size: int) -> float:
    work(make_text(size // 4))  # caches (lexicons, pymorphy3) warm before counting
    small = _calls(lambda: work(make_text(size)))
    return _calls(lambda: work(make_text(2 * size))) / small


def _cpu_growth(work: Callable[[str], object], make_text: Callable[[int], str], size: int) -> float:
    work(make_text(size // 4))
    small, large = make_text(size), make_text(CPU_FACTOR * size)

    def cpu(text: str) -> float:
        # Best of three (another process may take the core), with the collector off:
        # a full collection of the whole test session's objects is no work of analyze's.
        spent = []
        for _ in range(3):
            gc.collect()
            gc.disable()
            try:
                started = time.process_time()
                work(text)
                spent.append(time.process_time() - started)
            finally:
                gc.enable()
        return min(spent)

    return cpu(large) / cpu(small)


def _articles(count: int) -> str:
    return "\n\n".join(generate_corpus(count, seed=7))


def _pathological(count: int) -> str:
    return ("«" * 5 * count) + ("» – " * 5 * count) + ('"' * 5 * count) + ("по словам " * 2 * count)


def test_news_text_twice_as_long_takes_twice_the_work() -> None:
    assert _growth(analyze, _articles, 60) < GROWTH_LIMIT
    assert _cpu_growth(analyze, _articles, 40) < CPU_GROWTH_LIMIT


def test_pathological_marks_take_linear_work() -> None:
    assert _growth(analyze, _pathological, 1_000) < GROWTH_LIMIT
    assert _cpu_growth(analyze, _pathological, 2_500) < CPU_GROWTH_LIMIT


def _paragraph_work(text: str) -> None:
    pass


def test_the_growth_check_tells_quadratic_from_linear_work() -> None:
    # The check must be able to fail: a pass that looks back over every earlier
    # paragraph for each paragraph is caught, a single pass is not.
    def quadratic(text: str) -> None:
        paragraphs = text.split("\n\n")
        for index in range(len(paragraphs)):
            for earlier in paragraphs[:index]:
                _paragraph_work(earlier)

    def linear(text: str) -> None:
        for paragraph in text.split("\n\n"):
            _paragraph_work(paragraph)

    assert _growth(quadratic, _articles, 30) > GROWTH_LIMIT
    assert _growth(linear, _articles, 30) < GROWTH_LIMIT

    def rescanned(text: str) -> None:  # quadratic without a single call: caught by CPU time
        marks = text.count("«")
        for position in range(marks):
            for _later in range(position, marks):
                pass

    assert _calls(lambda: rescanned(_pathological(400))) == _calls(lambda: rescanned(_pathological(800)))
    assert _cpu_growth(rescanned, _pathological, 200) > CPU_GROWTH_LIMIT


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


@pytest.mark.parametrize("text", ["по его словам,  –  – по его словам, «", "По словам МИД, – . Как заявил он, \t»"])
def test_a_span_between_two_cues_with_no_word_is_no_quote(text: str) -> None:
    # found by the property test above: a dash between two cues became an indirect quote "– "
    analysis = analyze(text)
    for quote in analysis.quotes:
        words = analysis.text[quote.start : quote.end]
        assert words == words.strip() and any(ch.isalnum() for ch in words), words
