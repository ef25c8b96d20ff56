"""Fragments of someone's words in the author's sentence (ANNOTATION-GUIDE.md,
direct 8) and quotations that open without a space after a full stop."""

from __future__ import annotations

import pytest
from nlp_helpers import quote_table

FRAGMENTS = [
    (  # the guide's "назвал санкции «бесполезной затеей»": someone's words, not a scare quote
        "Министр назвал ситуацию «крайне опасной».",
        [("direct", "крайне опасной", "министр")],
    ),
    (
        "Официальный представитель МИД России Мария Захарова назвала эти сообщения «информационным шумом».",
        [("direct", "информационным шумом", "Мария Захарова")],
    ),
    (
        "Глава европейской дипломатии Кая Каллас пообещала предложить «новые меры против банковского сектора».",
        [("direct", "новые меры против банковского сектора", "Кая Каллас")],
    ),
    (
        "Постпред России при ООН Василий Небензя заявил о «полностью исчерпанной» повестке переговоров.",
        [("direct", "полностью исчерпанной", "Василий Небензя")],
    ),
    (
        "Председатель КНР Си Цзиньпин обратился к российскому коллеге со словами «мой старый друг».",
        [("direct", "мой старый друг", "Си Цзиньпин")],
    ),
]

FRAGMENTS += [
    (  # "по мнению X": the source follows its cue
        "Первый зампостпреда Дмитрий Полянский выступил в эфире. По мнению дипломата, "
        "в Киеве «ничего нового предложить не могут».",
        [("direct", "ничего нового предложить не могут", "Дмитрий Полянский")],
    ),
    (  # a verb of opinion reports no speech, so the fragment after "что" is a quote
        "Мария Захарова полагает, что Госдеп на брифингах опирается не на факты, а на «домыслы».",
        [("direct", "домыслы", "Мария Захарова")],
    ),
    (  # after a speech verb the fragment stays inside the reported clause
        "Сергей Лавров заявил, что санкции «не работают».",
        [("indirect", "санкции «не работают»", "Сергей Лавров")],
    ),
    (  # "фразой «…»": the phrase is his
        "Лукашенко описал переговоры с Путиным фразой «думали, как нам выжить в это сложное время».",
        [("direct", "думали, как нам выжить в это сложное время", "Лукашенко")],
    ),
]

AUTHORS_VOICE = [
    "Страны Запада ввели так называемый «потолок цен» на российскую нефть.",
    "Президент выступил на «Прямой линии» в декабре.",
    "Министр отреагировал на предложение депутата назначить ему помощника в роли «строгого наставника».",
]


@pytest.mark.parametrize(("text", "expected"), FRAGMENTS)
def test_fragments_of_someones_words(text: str, expected: list) -> None:
    assert quote_table(text) == expected


@pytest.mark.parametrize("text", AUTHORS_VOICE)
def test_terms_and_titles_in_the_authors_voice(text: str) -> None:
    assert quote_table(text) == []


def test_a_straight_quotation_right_after_a_full_stop() -> None:
    text = (
        'Министр иностранных дел Казахстана Мурат Нуртлеу заявил, что санкции не поддерживаются.'
        '"Мы не присоединяемся к ограничениям, но и обходить их не будем", - сказал министр.'
    )
    assert quote_table(text) == [
        ("indirect", "санкции не поддерживаются", "Мурат Нуртлеу"),
        ("direct", "Мы не присоединяемся к ограничениям, но и обходить их не будем", "Мурат Нуртлеу"),
    ]
