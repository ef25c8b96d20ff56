"""The analysis's fast paths give exactly what the plain code they replaced gave.

Each fast path (tokens built by C-level maps, one word scan in TextContext.build,
per-word-form caches of grammemes and lemmas, the phrase matcher's loop, the
abbreviation check that skips its search after a long word, the sentence-boundary
pattern that opens with the mark) is compared with a
reference copy of the code it replaced, kept here; then whole analyses of the gold
and blind sets and of our own Cyrillic, emoji and CRLF texts are compared with
analyses made with every reference swapped in.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from operator import add
from pathlib import Path

import pytest

from annotator.nlp import analyze, lexicon, morph, segment
from annotator.nlp.context import WORD_RE, TextContext
from annotator.nlp.morph import analyzer, fold
from annotator.nlp.name_mentions import family_name_first
from annotator.nlp.phrases import PhraseIndex, PhraseMatch
from annotator.nlp.segment import _TOKEN_RE, Token
from annotator.text import normalize

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"

OWN_TEXTS = [
    "Министр иностранных дел России Сергей Лавров заявил, что «повестка ШОС остаётся широкой». "
    "С. Лавров напомнил, что т. е. в 2024 г. товарооборот вырос на 1.5 млрд долл.",
    "Пресс-секретарь президента Дмитрий Песков 🇷🇺 сообщил журналистам: «Мы 👍 готовы к диалогу».\r\n"
    "По его словам, встреча пройдёт в Астане 😀.\r\n\r\nЁмкий ответ дала Мария Захарова.",
    "Глава МИД Казахстана\rМурат Нуртлеу подчеркнул, что «сотрудничество‐партнёрство» важно.\r"
    "«Это наш выбор», – сказал он. ΑΣ Σ и İstanbul упомянуты в заявлении министерства.",
    "Президент Узбекистана Шавкат Мирзиёев… «Мы за мир!» – заявил он!!! А затем добавил: «Да»?",
    "\ufeffЗаместитель главы МИД РФ Андрей Руденко отметил, что переговоры «идут», "
    "а санкции, по словам дипломата, «не работают». Он же.Ранее сообщалось о визите.",
]


def _gold_texts() -> list[str]:
    texts = []
    for path in (GOLD / "gold.jsonl", GOLD / "blind" / "blind.jsonl"):
        if path.is_file():
            texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


# --- the code the fast paths replaced, as it was ---------------------------------------

def reference_tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    stop = len(text) if end is None else end
    piece = text[start:stop]
    folded = fold(piece)
    if len(folded) != len(piece):
        return [Token(m.start(), m.end(), m.group(), fold(m.group())) for m in _TOKEN_RE.finditer(text, start, stop)]
    return [Token(m.start() + start, m.end() + start, piece[m.start() : m.end()], m.group()) for m in _TOKEN_RE.finditer(folded)]


def reference_words(folded: str) -> tuple[list[str], list[int], list[int], list[tuple]]:
    keys = WORD_RE.findall(folded)
    starts = [match.start() for match in WORD_RE.finditer(folded)]
    ends = list(map(add, starts, map(len, keys)))
    table = lexicon.speech_verbs()
    verbs = [(starts[i], starts[i] + len(key), table[key]) for i, key in enumerate(keys) if key in table]
    return keys, starts, ends, verbs


def reference_parses(word: str) -> tuple[morph.WordParse, ...]:
    return tuple(
        morph.WordParse(fold(p.normal_form), frozenset(set(p.tag.grammemes)), p.score) for p in analyzer().parse(word)
    )


def reference_has_grammeme(word: str, grammeme: str) -> bool:
    return any(grammeme in p.grammemes for p in reference_parses(word))


def reference_lemmas(word: str) -> frozenset[str]:
    return frozenset(p.lemma for p in reference_parses(word))


def reference_match_at(index_: PhraseIndex, keys: Sequence[str], index: int) -> PhraseMatch | None:
    if index >= len(keys):
        return None
    candidates = index_._by_first.get(keys[index])
    if not candidates:
        return None
    for slots, payload in candidates:
        end = index + len(slots)
        if end > len(keys):
            continue
        if all(keys[index + k] in slots[k] for k in range(1, len(slots))):
            return PhraseMatch(index, len(slots), payload)
    return None


REFERENCE_BOUNDARY_RE = re.compile(
    r"(?<![.!?…])[.!?…]++"
    r"(?:[»”“\")]*+(?=[ \t]+[«„“\"(–—-]?[ \t]*[А-ЯЁA-Z0-9«„“\"–—])"
    r"|(?=[«„“\"][А-ЯЁA-Z])"
    r"|(?<=[а-яё]{2}[.!?])(?=[А-ЯЁ][а-яё]))"
)


def reference_is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    match = segment._WORD_BEFORE_RE.search(text, max(0, dot - 20), dot + 1)
    if match is None:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        # "… с Ван И." ends a sentence: a Chinese one-letter given name, no initial
        previous = text[: match.start(1)].split()[-1:] or [""]
        return not family_name_first(f"{previous[0]} {word}")
    return word.lower() in segment.ABBREVIATIONS and not word[0].isupper()


# --- each fast path against its reference -------------------------------------------

def _texts() -> list[str]:
    return [normalize(text) for text in OWN_TEXTS] + _gold_texts()[:40]


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """Windows cut anywhere, mid-word included, as the detectors cut them."""
    length = len(text)
    for start in range(0, length, 97):
        for width in (0, 1, 5, 13, 57, 99, 100, 600, 1500):  # both sides of segment._SHORT_WINDOW
            yield start, min(length, start + width)


def test_tokenize_is_the_reference_on_every_window() -> None:
    for text in _texts() + [OWN_TEXTS[1], OWN_TEXTS[2]]:  # un-normalised CRLF and CR too
        assert segment.tokenize(text) == reference_tokenize(text)
        for start, stop in _windows(text):
            tokens = segment.tokenize(text, start, stop)
            assert tokens == reference_tokenize(text, start, stop), (text[:40], start, stop)
            assert all(type(token) is Token for token in tokens)


def test_text_context_words_are_the_reference() -> None:
    for text in _texts():
        context = TextContext.build(text)
        words = (context.word_keys, context.word_starts, context.word_ends, context.verbs)
        assert words == reference_words(context.folded)


def test_grammemes_and_lemmas_are_the_reference() -> None:
    words = {match.group() for text in _texts()[:10] for match in WORD_RE.finditer(text)}
    grammemes = ("PREP", "CONJ", "PRCL", "Geox", "Orgn", "NOUN", "Name", "Surn")
    for word in sorted(words):
        assert morph.parses(word) == reference_parses(word)
        assert morph.lemmas(word) == reference_lemmas(word)
        for grammeme in grammemes:
            assert morph.has_grammeme(word, grammeme) == reference_has_grammeme(word, grammeme), (word, grammeme)


def test_phrase_matching_is_the_reference() -> None:
    indexes = [lexicon.roles(), lexicon.organizations(), lexicon.countries()]
    for text in _texts():
        keys = TextContext.build(text).word_keys
        for phrase_index in indexes:
            for position in range(len(keys) + 1):
                assert phrase_index.match_at(keys, position) == reference_match_at(phrase_index, keys, position)


def test_abbreviation_check_is_the_reference() -> None:
    extra = "Вице-премьер г. Москвы, проф. Иванов, ген. Петров и Абвгдеёжз. Сказал А. Б. Оверчук. 2024 г. и т. д. Встреча с Ван И. Об этом сказал Ли Б. Чжан."
    for text in _texts() + [extra]:
        for dot in [m.start() for m in re.finditer(r"[.!?…]", text)]:
            assert segment._is_abbreviation(text, dot) == reference_is_abbreviation(text, dot), (text[dot - 20 : dot + 1])


def test_sentence_boundaries_are_the_reference() -> None:
    marks = "Да!!! Нет… «Так?» – Он.Ранее «Мы»\"Вы\" (А) 1.2. Б.. В?! Г…» Д"
    for text in _texts() + [marks, "!" * 5000 + " А", ". . .А"]:
        for start in range(0, len(text), 53):
            found = [m.span() for m in segment._BOUNDARY_RE.finditer(text, start)]
            assert found == [m.span() for m in REFERENCE_BOUNDARY_RE.finditer(text, start)], (text[:40], start)


# --- whole analyses, fast paths against references ---------------------------------

def _swap_in_references(monkeypatch: pytest.MonkeyPatch) -> None:
    swaps = {
        segment.tokenize: reference_tokenize,
        morph.has_grammeme: reference_has_grammeme,
        morph.lemmas: reference_lemmas,
    }
    for name, module in list(sys.modules.items()):
        if not name.startswith("annotator.nlp") or module is None:
            continue
        for attribute, value in list(vars(module).items()):
            for fast, reference in swaps.items():
                if value is fast:
                    monkeypatch.setattr(module, attribute, reference)
    monkeypatch.setattr(segment, "_is_abbreviation", reference_is_abbreviation)
    monkeypatch.setattr(segment, "_BOUNDARY_RE", REFERENCE_BOUNDARY_RE)
    monkeypatch.setattr(PhraseIndex, "match_at", reference_match_at)

    def build(cls: type[TextContext], text: str) -> TextContext:
        folded = fold(text)
        if len(folded) != len(text):
            folded = "".join(fold(ch) if len(fold(ch)) == 1 else ch for ch in text)
        context = cls(text, folded, segment.paragraphs(text))
        context._paragraph_starts = [start for start, _ in context.paragraphs]
        context.word_keys, context.word_starts, context.word_ends, verbs = reference_words(folded)
        if verbs:
            context.verbs = verbs
        return context

    monkeypatch.setattr(TextContext, "build", classmethod(build))


def test_whole_analyses_are_those_of_the_replaced_code(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = OWN_TEXTS + _gold_texts()
    assert len(texts) > 50 or not (GOLD / "gold.jsonl").is_file()
    fast = [analyze(text) for text in texts]
    assert sum(len(analysis.quotes) for analysis in fast) > len(texts)  # the texts do have quotes
    _swap_in_references(monkeypatch)
    assert segment.tokenize is reference_tokenize  # the swap took effect
    for text, analysis in zip(texts, fast):
        reference = analyze(text)
        assert analysis == reference, text[:80]
        assert analysis.to_json("x") == reference.to_json("x")
