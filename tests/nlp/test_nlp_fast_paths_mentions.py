"""Fast paths of the mention reader give exactly what the plain code gave.

find_mentions skips a word that does not open with a capital and is none of
``lower_case_openers()`` without asking ``_mention_at``; here the skip is checked word by
word against ``_mention_at`` itself, and whole readings and analyses against the same code
with the skip switched off, on sentences we wrote (Cyrillic, emoji, CRLF) and the gold set.
``is_name_word`` answers from a cache per word form: checked against the plain check on
every token of the same windows, and whole analyses with the cache taken out; so are the
per-word caches of two title checks (``oblique_head``, ``_plural_head``) and of
``first_name_reading`` and of the term model's ``_reading``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

import pytest

from annotator.nlp import analyze, mention_context, mentions, name_mentions, names, role_mentions, term_model
from annotator.nlp.segment import tokenize
from annotator.text import normalize
from test_nlp_fast_paths import OWN_TEXTS, _gold_texts

LOWER_CASE_MENTIONS = [
    "Как сообщил российский лидер, он 🙂 готов к встрече, а они – нет.\r\nВ компании заявили, что "
    "контракт подписан; по информации издания, экс-советник и бывший посол, который ранее "
    "говорил с журналистами, подтвердил это.",
    "источник, близкий к администрации, сказал, что пресс-секретарь Кремля и глава МИД РФ "
    "обсудили «повестку» 👍; по данным агентства, казахстанский президент и оба политика согласны.\r\n"
    "она же добавила: «Мы готовы», – а представитель министерства промолчал.",
]


class _Everything:
    """A container holding every key: with it find_mentions asks _mention_at of each word."""

    def __contains__(self, key: object) -> bool:
        return True


def _texts() -> list[str]:
    return [normalize(text) for text in OWN_TEXTS + LOWER_CASE_MENTIONS] + _gold_texts()[:60]


def _windows(text: str) -> Iterator[tuple[int, int]]:
    for start in range(0, len(text), 89):
        for width in (40, 150, 600, 1200):
            yield start, min(len(text), start + width)


def test_a_skipped_word_is_one_mention_at_finds_nothing_at() -> None:
    skipped = found_lower = 0
    for text in _texts():
        tokens = tokenize(text)
        keys = [token.key for token in tokens]
        for index, token in enumerate(tokens):
            if not token.text[0].isalpha() or token.text[0].isupper():
                continue
            result = mentions._mention_at(tokens, keys, index)
            if token.key not in mentions.lower_case_openers():
                skipped += 1
                assert result is None, (text[token.start - 30 : token.end + 30], token.text)
            elif result is not None:
                found_lower += 1
    assert skipped > 1000 and found_lower > 20  # both sides of the skip are exercised


def test_find_mentions_is_the_same_with_the_skip_off(monkeypatch: pytest.MonkeyPatch) -> None:
    windows = [(text, start, stop) for text in _texts() for start, stop in _windows(text)]
    fast = [mentions.find_mentions(tokenize(text, start, stop)) for text, start, stop in windows]
    assert sum(map(len, fast)) > len(windows)
    monkeypatch.setattr(mentions, "lower_case_openers", _Everything)
    for (text, start, stop), found in zip(windows, fast):
        assert mentions.find_mentions(tokenize(text, start, stop)) == found, text[start:stop]


def test_whole_analyses_are_the_same_with_the_skip_off(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    fast = [analyze(text).to_json("x") for text in texts]
    monkeypatch.setattr(mentions, "lower_case_openers", _Everything)
    assert [analyze(text).to_json("x") for text in texts] == fast


def test_the_name_word_cache_is_the_plain_check(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = name_mentions._name_word.__wrapped__  # the check itself, before lru_cache
    names = 0
    for text in _texts():
        for start, stop in _windows(text):  # keys folded with their window, as the readers see them
            for token in tokenize(text, start, stop):
                assert name_mentions.is_name_word(token) == plain(token.text, token.key), token
                names += plain(token.text, token.key)
    assert names > 500
    texts = _texts()
    cached = [analyze(text).to_json("x") for text in texts]
    monkeypatch.setattr(name_mentions, "_name_word", plain)
    assert [analyze(text).to_json("x") for text in texts] == cached


def _swap_uncached(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every module's name for the cached title checks points at the plain function."""
    cached = (mention_context.oblique_head, role_mentions._plural_head, names.first_name_reading, term_model._reading)
    for name, module in list(sys.modules.items()):
        if name.startswith("annotator.nlp") and module is not None:
            for attribute, value in list(vars(module).items()):
                if any(value is check for check in cached):
                    monkeypatch.setattr(module, attribute, value.__wrapped__)


def _alpha_words() -> list[str]:
    return sorted({token.text for text in _texts() for token in tokenize(text) if token.text.isalpha()})


def _analyses_unchanged_uncached(monkeypatch: pytest.MonkeyPatch, swapped: Callable[[], bool]) -> None:
    """Whole analyses are the same with every cached check swapped for its plain function."""
    texts = _texts()
    cached = [analyze(text).to_json("x") for text in texts]
    _swap_uncached(monkeypatch)
    assert swapped()  # the swap took effect
    assert [analyze(text).to_json("x") for text in texts] == cached


def test_the_title_head_caches_are_the_plain_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    words = _alpha_words()
    assert len(words) > 1000
    for check in (mention_context.oblique_head, role_mentions._plural_head):
        answers = [check(word) for word in words]
        assert answers == [check.__wrapped__(word) for word in words]
        assert 0 < sum(answers) < len(words)  # both answers occur
    plain = mention_context.oblique_head.__wrapped__
    _analyses_unchanged_uncached(
        monkeypatch, lambda: mentions.oblique_head is plain and role_mentions.oblique_head is plain
    )


def test_the_first_name_cache_is_the_plain_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    words = _alpha_words()
    readings = [names.first_name_reading(word) for word in words]
    assert readings == [names.first_name_reading.__wrapped__(word) for word in words]
    assert sum(reading is not None for reading in readings) > 20  # "Сергей", "Марии", …
    plain = names.first_name_reading.__wrapped__
    _analyses_unchanged_uncached(monkeypatch, lambda: mention_context.first_name_reading is plain)


def test_the_term_model_reading_cache_is_the_plain_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    words = _alpha_words()
    readings = [term_model._reading(word) for word in words]
    assert readings == [term_model._reading.__wrapped__(word) for word in words]
    assert {case for _, _, case in readings} >= {"nomn", "gent", "none"}
    plain = term_model._reading.__wrapped__
    _analyses_unchanged_uncached(monkeypatch, lambda: term_model._reading is plain)
