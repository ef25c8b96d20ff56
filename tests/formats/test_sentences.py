"""The CoNLL sentence splitter gives razdel's sentence boundaries exactly."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from razdel import sentenize
from test_tokens import project_texts

from annotator.formats.sentences import paragraph_sentences, sentence_bounds


def razdel_bounds(text: str) -> list[tuple[int, int]]:
    return [(sentence.start, sentence.stop) for sentence in sentenize(text)]


def razdel_paragraphs(text: str) -> list[tuple[int, int]]:
    """razdel on each line, as the CoNLL export runs it; empty sentences left out."""
    return [(line.start() + start, line.start() + stop)
            for line in re.finditer(r"[^\n]+", text) for start, stop in razdel_bounds(line.group()) if stop > start]


# Our own sentences in the register of diplomatic news, full of what razdel's rules look at.
TABLE = [
    "Это важно, т.е. срочно. Далее по тексту.",
    "Встреча прошла в 2024 г. в Москве. Следующая — в 2025 г. Итоги подведут позже.",
    "С.В. Лавров встретился с М. Захаровой. Переговоры продолжатся.",
    "Глава МИД С. Лавров заявил: «Мы готовы». Песков добавил: «Контакты не планируются».",
    "«Мы за мир!» — сказал он. «А вы?» — спросил журналист.",
    "Он сказал: \"Нет\". 'Да', ответили ему. „Возможно“ — добавил третий.",
    "Товарооборот вырос на 1,5 %. В 3.2 раза больше. 1. Первый пункт. 2) Второй пункт.",
    "Ура!!! Что?! Неужели... Да… Конец.",
    "Встреча прошла успешно 🤝🏻. Стороны довольны 👍. Итоги — завтра 🙂",
    "Смайл в конце :-) Новое предложение. И ещё ;) одно.",
    "Строка с CRLF.\r\nВторая строка.\r\n\r\nТретья.",
    "Пресс-секретарь (Д. Песков) ответил. [См. выше.] Далее — пауза.",
    "и т.д. и т.п. Новое предложение. См. стр. 5. Ул. Тверская, д. 1.",
    "IV. Раздел четвёртый. а) пункт. б) пункт.",
    "Слово. — продолжение с тире. — Новая реплика.",
    "   Пробелы вокруг.   \t",
    "",
]


@pytest.mark.parametrize("text", TABLE)
def test_our_table_of_russian_sentences_splits_as_razdel_does(text: str) -> None:
    assert sentence_bounds(text) == razdel_bounds(text)
    assert paragraph_sentences(text) == razdel_paragraphs(text)


def test_the_table_has_real_splits_and_abbreviations_that_hold() -> None:
    # Guards the table itself: razdel splits some lines and keeps "т.е." and initials inside.
    assert len(razdel_bounds(TABLE[0])) == 2
    assert len(razdel_bounds(TABLE[2])) == 2
    assert len(razdel_bounds(TABLE[7])) > 2


def test_sample_and_gold_texts_split_as_razdel_does_whole_and_per_line_with_lf_and_crlf() -> None:
    texts = project_texts()
    assert len(texts) > 60
    for text in texts:
        for variant in (text, text.replace("\n", "\r\n")):
            assert sentence_bounds(variant) == razdel_bounds(variant)
            assert paragraph_sentences(variant) == razdel_paragraphs(variant)


PIECES = list("аяёАЯЁAz09 .,-–—_/\\!?…:;()[]=*«»\"'%№🤝🏻Δ\n\r\t“”„’") + [
    "т.е.", " г. ", "С.В.", " Лавров", " и т.д.", " т. к. ", "1.", "2)", "др.", "см.", "ул.", ":-)", "Он ", "она ",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_any_mix_of_what_the_rules_look_at(text: str) -> None:
    assert sentence_bounds(text) == razdel_bounds(text)
    assert paragraph_sentences(text) == razdel_paragraphs(text)
