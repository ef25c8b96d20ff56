"""Indirect speech, engine round 5 (branch ind6): where a reported clause ends.

Sentences written here in the register of diplomatic news."""

from __future__ import annotations

import pytest
from nlp_helpers import quote_table


def _indirect(text: str) -> list[str]:
    return [quoted for kind, quoted, _ in quote_table(text) if kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Министр заявил, что Казахстан ценит партнерство с Китаем, и назвал председателя КНР своим другом.",
            "Казахстан ценит партнерство с Китаем",
        ),
        (
            "Посол заверила, что понимает всю ответственность миссии и пообещала не подвести.",
            "понимает всю ответственность миссии",
        ),
        (
            "Пашинян заявил, что мир между странами является установленным фактом и особо подчеркнул "
            "необходимость его укрепления.",
            "мир между странами является установленным фактом",
        ),
    ],
)
def test_a_second_predicate_of_the_speaker_ends_the_clause(text: str, clause: str) -> None:
    assert _indirect(text) == [clause]


def test_a_clause_that_narrates_in_the_past_keeps_its_second_verb() -> None:
    # "позвонил … и предложил" is what the speaker told: both verbs are in the reported words.
    text = "Лукашенко рассказал, что Алиев позвонил ему накануне и предложил провести встречу в Минске."
    assert _indirect(text) == ["Алиев позвонил ему накануне и предложил провести встречу в Минске"]


def test_a_verb_of_another_gender_stays_in_the_clause() -> None:
    text = "Захарова заявила, что Лондон не отвечает на запросы и отметил лишь сроки."
    assert _indirect(text) == ["Лондон не отвечает на запросы и отметил лишь сроки"]


def test_a_parenthetical_attribution_inside_the_clause_splits_it() -> None:
    text = (
        "Бывший министр также отметил, что заявления нынешнего руководства о переговорах, по его словам, "
        "звучат как упреки в адрес соседей."
    )
    assert quote_table(text) == [
        ("indirect", "заявления нынешнего руководства о переговорах", "министр"),
        ("indirect", "звучат как упреки в адрес соседей", "министр"),
    ]


def test_a_source_of_figures_inside_the_clause_does_not_split_it() -> None:
    text = "Министр сообщил, что товарооборот, по данным таможни, вырос на десять процентов."
    assert _indirect(text) == ["товарооборот, по данным таможни, вырос на десять процентов"]


@pytest.mark.parametrize("link", ["Тем не менее", "Во-первых", "Кстати"])
def test_a_linking_word_before_a_parenthetical_attribution_is_no_piece(link: str) -> None:
    text = f"{link}, по его словам, консультации по границе продолжатся в апреле."
    assert _indirect(text) == ["консультации по границе продолжатся в апреле"]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Сейчас, по его словам, стороны готовят текст соглашения.", "Сейчас"),
        ("Причин, по его словам, две: сроки и финансирование.", "Причин"),
    ],
)
def test_words_before_a_parenthetical_attribution_stay_a_piece(text: str, head: str) -> None:
    assert _indirect(text)[0] == head


def test_a_second_verb_inside_quoted_words_stays_in_the_clause() -> None:
    text = "Посол заявил, что «стороны ценят диалог и подчеркнул это сам министр» в ходе визита."
    assert _indirect(text) == ["«стороны ценят диалог и подчеркнул это сам министр» в ходе визита"]


def test_a_plural_speaker_ends_the_clause_at_their_second_verb() -> None:
    text = "В МИД заявили, что консульство работает в обычном режиме, а также напомнили о правилах въезда."
    assert _indirect(text) == ["консульство работает в обычном режиме"]
