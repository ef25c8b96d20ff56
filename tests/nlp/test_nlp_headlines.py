"""Headlines attributed with a colon or a dash (ANNOTATION-GUIDE.md, direct 7,
indirect 5) and transcripts with labels and dash turns (direct 5)."""

from __future__ import annotations

import pytest
from nlp_helpers import quote_table

HEADLINES = [
    (
        "Песков: визит председателя КНР состоится в мае",
        [("indirect", "визит председателя КНР состоится в мае", "Песков")],
    ),
    (
        "Москва готова к диалогу с Вашингтоном — МИД",
        [("indirect", "Москва готова к диалогу с Вашингтоном", "МИД")],
    ),
    (
        "Замглавы МИД Рябков: консультации по стратегической стабильности возобновятся",
        [("indirect", "консультации по стратегической стабильности возобновятся", "Рябков")],
    ),
    (
        "Лукашенко об итогах саммита ОДКБ: проблемы решают переговорами",
        [("indirect", "проблемы решают переговорами", "Лукашенко")],
    ),
    (  # first person: the speaker's own words
        "Мы не закроем двери для переговоров – Лавров",
        [("direct", "Мы не закроем двери для переговоров", "Лавров")],
    ),
    (
        "Нас не интересуют кулуарные договорённости – Токаев высказался о встрече в Москве",
        [("direct", "Нас не интересуют кулуарные договорённости", "Токаев")],
    ),
]

NOT_HEADLINES = [
    "Фото: пресс-служба МИД России",
    "Министр иностранных дел России Сергей Лавров. Архивное фото",
    "Внешняя политика – 28 августа",
    "Итоги недели: что обсуждали на саммите в Астане и чем он закончился для региона",
]

TRANSCRIPTS = [
    (  # a surname in capitals, a continued answer, initials without a space
        "Сергей Лавров ответил на вопросы агентства.\n\n"
        "Вопрос: Когда возобновятся консультации?\n\n"
        "Сергей ЛАВРОВ: Мы готовы хоть завтра.\n\n"
        "Всё зависит от партнёров.\n\n"
        "Вопрос: А что с визитом?\n\n"
        "С.В.Лавров: Он состоится в срок.",
        [
            ("direct", "Когда возобновятся консультации?", None),
            ("direct", "Мы готовы хоть завтра.", "Сергей Лавров"),
            ("direct", "Всё зависит от партнёров.", "Сергей Лавров"),
            ("direct", "А что с визитом?", None),
            ("direct", "Он состоится в срок.", "Сергей Лавров"),
        ],
    ),
    (  # statements for the press: each speaker's paragraphs until the next label
        "В.Путин: Уважаемый господин Президент!\n"
        "Рады видеть вас в Москве.\n"
        "К.Токаев (синхронный перевод): Благодарю за приглашение.",
        [
            ("direct", "Уважаемый господин Президент!", "Путин"),
            ("direct", "Рады видеть вас в Москве.", "Путин"),
            ("direct", "Благодарю за приглашение.", "Токаев"),
        ],
    ),
    (  # one speaker with initials: a record of remarks; "Ё.Мори" whatever the dictionary says
        "В.Путин: Уважаемые коллеги!\n"
        "Рад приветствовать вас в Кремле.\n"
        "Ё.Мори (как переведено): Спасибо большое.",
        [
            ("direct", "Уважаемые коллеги!", "Путин"),
            ("direct", "Рад приветствовать вас в Кремле.", "Путин"),
            ("direct", "Спасибо большое.", "Мори"),
        ],
    ),
    (  # dash turns only: questions end with "?", answers are the interviewee's
        "Интервью с послом России в Казахстане Алексеем Бородавкиным.\n\n"
        "– Как вы оцениваете итоги года?\n\n"
        "– Год был насыщенным.\n\n"
        "– Что ждёт отношения дальше?\n\n"
        "– Только развитие.",
        [
            ("direct", "Как вы оцениваете итоги года?", None),
            ("direct", "Год был насыщенным.", "Алексей Бородавкин"),
            ("direct", "Что ждёт отношения дальше?", None),
            ("direct", "Только развитие.", "Алексей Бородавкин"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_attributed_headlines(text: str, expected: list) -> None:
    assert quote_table(text) == expected


@pytest.mark.parametrize("text", NOT_HEADLINES)
def test_lines_that_attribute_nothing(text: str) -> None:
    assert quote_table(text) == []


@pytest.mark.parametrize(("text", "expected"), TRANSCRIPTS)
def test_transcripts(text: str, expected: list) -> None:
    assert quote_table(text) == expected


def test_a_headline_repeated_is_not_a_transcript() -> None:
    text = (
        "Алиев: мирный процесс вошёл в решающую фазу\n\n"
        "Алиев: мирный процесс вошёл в решающую фазу\n\n"
        "Президент Азербайджана выступил на форуме в Баку."
    )
    assert [kind for kind, _, _ in quote_table(text)] == ["indirect", "indirect"]


def test_a_paragraph_after_a_colon_is_the_speakers_words() -> None:
    text = (
        "Глава Чечни Рамзан Кадыров выступил перед бойцами. Он также добавил:\n"
        "Сколько бы они ни строили планы, победа будет за нами."
    )
    assert quote_table(text) == [
        ("direct", "Сколько бы они ни строили планы, победа будет за нами.", "Рамзан Кадыров")
    ]


def test_a_list_of_statements_after_a_colon() -> None:
    text = (
        "Постпред России при ООН Василий Небензя выступил в Совбезе. Его главные заявления:\n\n"
        "Референдумы прошли в соответствии с нормами права;\n\n"
        "Пути назад не будет."
    )
    assert quote_table(text) == [
        ("indirect", "Референдумы прошли в соответствии с нормами права", "Василий Небензя"),
        ("indirect", "Пути назад не будет", "Василий Небензя"),
    ]


def test_a_translated_record_with_one_speaker() -> None:
    text = (
        "Ху Цзиньтао (как переведено): Господин Президент! Я рад нашей новой встрече.\n"
        "Наши отношения выдержали испытания."
    )
    assert quote_table(text) == [
        ("direct", "Господин Президент! Я рад нашей новой встрече.", "Ху Цзиньтао"),
        ("direct", "Наши отношения выдержали испытания.", "Ху Цзиньтао"),
    ]
