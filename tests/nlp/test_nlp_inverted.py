"""Reported speech attributed after it: inverted, anaphoric, parenthetical,
and reported questions (ANNOTATION-GUIDE.md, indirect quotes 3, 4, 6, 7)."""

from __future__ import annotations

import pytest
from nlp_helpers import quote_table

INVERTED = [
    (
        "Визит министра в Пекин состоится в начале мая, заявил пресс-секретарь Кремля Дмитрий Песков.",
        [("indirect", "Визит министра в Пекин состоится в начале мая", "Дмитрий Песков")],
    ),
    (  # a dateline is not part of the quote
        "МОСКВА, 12 апреля. /ТАСС/. Россия и Китай проведут консультации по Афганистану в Пекине, "
        "сообщила официальный представитель МИД РФ Мария Захарова.",
        [("indirect", "Россия и Китай проведут консультации по Афганистану в Пекине", "Мария Захарова")],
    ),
    (
        "Москва. 3 марта. INTERFAX.RU - Переговоры о продлении соглашения продолжатся на следующей неделе, "
        "уточнил замминистра иностранных дел Сергей Рябков.",
        [("indirect", "Переговоры о продлении соглашения продолжатся на следующей неделе", "Сергей Рябков")],
    ),
    (  # the relaying outlet is not the speaker
        "Стороны обсудят безопасность в регионе, заявил Лавров, передает РИА Новости.",
        [("indirect", "Стороны обсудят безопасность в регионе", "Лавров")],
    ),
    (  # feminine verb, a surname alone
        "Евросоюз готовит новый пакет ограничительных мер, подтвердила Каллас.",
        [("indirect", "Евросоюз готовит новый пакет ограничительных мер", "Каллас")],
    ),
    (  # two words are enough
        "Инцидент исчерпан, сообщили в МИД Казахстана.",
        [("indirect", "Инцидент исчерпан", "МИД Казахстана")],
    ),
    (  # a second predicate of the same subject is not an attribution
        "Россия ждёт ответов от НАТО, продолжит работу над предложениями, заявил Сергей Лавров.",
        [("indirect", "Россия ждёт ответов от НАТО, продолжит работу над предложениями", "Сергей Лавров")],
    ),
    (  # a direct quote may itself report speech
        "Я не скажу, что мы медлим с пакетом, но работать становится сложнее, — подчеркнула Каллас.",
        [("direct", "Я не скажу, что мы медлим с пакетом, но работать становится сложнее", "Каллас")],
    ),
    (  # a dash after the comma: an unmarked direct quote
        "Мы открыты к переговорам на равноправной основе, – подчеркнул Сергей Лавров.",
        [("direct", "Мы открыты к переговорам на равноправной основе", "Сергей Лавров")],
    ),
]

ANAPHORIC = [
    (
        "Переговоры министров пройдут в Минске в конце месяца. Об этом заявил глава МИД Белоруссии "
        "Максим Рыженков.",
        [("indirect", "Переговоры министров пройдут в Минске в конце месяца", "Максим Рыженков")],
    ),
    (  # across a paragraph break, with the outlet in a parenthesis
        "Все вопросы союзной программы будут решены до осени.\n\n"
        "Об этом, как передаёт БелТА, заявил президент Белоруссии Александр Лукашенко.",
        [("indirect", "Все вопросы союзной программы будут решены до осени", "Александр Лукашенко")],
    ),
    (
        "Российско-казахстанские отношения переживают подъём. С таким заявлением выступил "
        "министр иностранных дел Казахстана Мурат Нуртлеу.",
        [("indirect", "Российско-казахстанские отношения переживают подъём", "Мурат Нуртлеу")],
    ),
    (
        "Контакты с американской стороной будут продолжены. Такое мнение высказал помощник "
        "президента России Юрий Ушаков.",
        [("indirect", "Контакты с американской стороной будут продолжены", "Юрий Ушаков")],
    ),
    (  # the sentence before names its own speaker: no second quote
        "Лукашенко назвал выдумкой сообщения о выходе из союза. Об этом он заявил на встрече с журналистами.",
        [],
    ),
]

PARENTHETICAL = [
    (
        "Новая встреча, продолжил Песков, пока не согласована с американской стороной.",
        [
            ("indirect", "Новая встреча", "Песков"),
            ("indirect", "пока не согласована с американской стороной", "Песков"),
        ],
    ),
]

QUESTIONS = [
    (  # the asker the text names is the speaker (the guide after the thirteenth batch)
        "На брифинге журналисты спросили, как министерство оценивает итоги саммита.",
        [("indirect", "как министерство оценивает итоги саммита", "журналисты")],
    ),
    (
        "Посол Китая поинтересовался, будет ли продлено соглашение о зерновом коридоре.",
        [("indirect", "будет ли продлено соглашение о зерновом коридоре", "посол Китая")],
    ),
    (
        "Министр ответил на вопрос о том, что думает МИД о новых санкциях.",
        [("indirect", "что думает МИД о новых санкциях", None)],
    ),
]

NOT_REPORTED = [
    "Делегация прибыла в Ташкент, где пройдут консультации, заявив о готовности к диалогу.",
    "Президент Белоруссии призвал партнёров решать вопросы за столом переговоров. Так он "
    "прокомментировал отсутствие одного из лидеров.",
    "Напомним, что саммит пройдёт в Минске.",
]


@pytest.mark.parametrize(("text", "expected"), INVERTED)
def test_inverted_reported_speech(text: str, expected: list) -> None:
    assert quote_table(text) == expected


@pytest.mark.parametrize(("text", "expected"), ANAPHORIC)
def test_anaphoric_attribution(text: str, expected: list) -> None:
    assert quote_table(text) == expected


@pytest.mark.parametrize(("text", "expected"), PARENTHETICAL)
def test_parenthetical_attribution_splits_the_report(text: str, expected: list) -> None:
    assert quote_table(text) == expected


@pytest.mark.parametrize(("text", "expected"), QUESTIONS)
def test_reported_questions(text: str, expected: list) -> None:
    assert quote_table(text) == expected


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_no_reported_speech(text: str) -> None:
    assert quote_table(text) == []


NO_SOURCE = [
    "Ранее сообщалось, что встреча лидеров может пройти в феврале.",
    "Почему граница была закрыта, объяснил министр иностранных дел Максим Рыженков.",
]


@pytest.mark.parametrize("text", NO_SOURCE)
def test_impersonal_reports_and_topics_are_not_quotes(text: str) -> None:
    assert quote_table(text) == []


def test_anaphora_after_the_relaying_outlet() -> None:
    text = (
        "Министр иностранных дел Армении считает переговоры полезными.\n\n"
        "Как пишут ереванские газеты, об этом он заявил журналистам."
    )
    assert [kind for kind, _, _ in quote_table(text)] == ["indirect"]
    assert quote_table(text)[0][1] == "Министр иностранных дел Армении считает переговоры полезными"


def test_the_outlet_relaying_someones_words_is_not_the_speaker() -> None:
    text = (
        "Глава МИД Армении Арарат Мирзоян выступил на форуме.\n"
        '"Москва сыграла конструктивную роль", — передает слова министра ТАСС.'
    )
    assert quote_table(text) == [("direct", "Москва сыграла конструктивную роль", "Арарат Мирзоян")]


def test_an_outlet_as_the_sole_attribution_of_an_inverted_report() -> None:
    text = "Президент ограничится одним заявлением, передает корреспондент «Ъ» Андрей Колесников."
    assert quote_table(text) == [("indirect", "Президент ограничится одним заявлением", "Андрей Колесников")]


def test_a_subjectless_report_goes_on_with_the_last_speaker() -> None:
    text = (
        "«Мы многое сделали вместе», – заявил белорусский лидер Александр Лукашенко.\n\n"
        "И добавил, что его коллега уже взялся за все ключевые вопросы."
    )
    assert quote_table(text)[-1] == ("indirect", "его коллега уже взялся за все ключевые вопросы", "Александр Лукашенко")


def test_the_nearer_verb_reports() -> None:
    text = (
        "Как сообщала редакция накануне, политолог-китаевед Николай Вавилов заявил, "
        "что осторожность Пекина понятна."
    )
    assert quote_table(text) == [("indirect", "осторожность Пекина понятна", "Николай Вавилов")]


def test_plural_sources() -> None:
    text = "Оценивая итоги консультаций, источники также рассказали, что позиции сторон сблизились."
    assert quote_table(text) == [("indirect", "позиции сторон сблизились", "источник")]  # the guide: a plural source by its singular description


def test_an_unmarked_paragraph_of_speech_closed_by_its_attribution() -> None:
    text = (
        "Глава Чечни Рамзан Кадыров опубликовал обращение.\n"
        "Нас не запугать. Это наша земля. Мы не отступим, – подчеркнул он."
    )
    assert quote_table(text) == [
        ("direct", "Нас не запугать. Это наша земля. Мы не отступим", "Рамзан Кадыров")
    ]


def test_a_quotation_glued_after_a_single_capital_letter() -> None:
    text = (
        'Париж не забудет об Украине, утверждает Эммануэль Макрон в соцсети X."Мы продолжим '
        'поддержку", — написал он.'
    )
    assert quote_table(text) == [
        ("indirect", "Париж не забудет об Украине", "Эммануэль Макрон"),
        ("direct", "Мы продолжим поддержку", "Эммануэль Макрон"),
    ]


def test_an_impersonal_report_gives_way_to_the_named_one_inside_it() -> None:
    text = "Ранее сообщалось, что постпред Василий Небензя рассказал о том, что доклад будет опубликован."
    assert quote_table(text) == [("indirect", "доклад будет опубликован", "Василий Небензя")]


ANAPHORA_MORE = [
    (  # a sentence with a quoted term inside is still the report
        "Тема конфликта почти не звучит в Совбезе, она «всем надоела». Такое заявление сделал "
        "первый зампостпреда России при ООН Дмитрий Полянский.",
        [("indirect", "Тема конфликта почти не звучит в Совбезе, она «всем надоела»", "Дмитрий Полянский")],
    ),
    (  # the sentence before names its own speaker: only his quoted words are a quote
        "Президент Белоруссии Александр Лукашенко предложил сторонам прекратить «эту драчку». "
        "Об этом он заявил в интервью.",
        [("direct", "эту драчку", "Александр Лукашенко")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANAPHORA_MORE)
def test_anaphora_more(text: str, expected: list) -> None:
    assert quote_table(text) == expected


PARENTHESES = [
    (
        "Токаев, как отмечает Акорда, лично проводил делегацию председателя КНР.",
        [("indirect", "Токаев", "Акорда"), ("indirect", "лично проводил делегацию председателя КНР", "Акорда")],
    ),
    (  # a linking word before the parenthesis is not a piece of the report
        "Так, как уточнил Токаев, встречи носят неофициальный характер.",
        [("indirect", "встречи носят неофициальный характер", "Токаев")],
    ),
    (  # an anaphoric sentence keeps its frame
        "Вопросы союзной программы будут решены до осени.\n\n"
        "Об этом, как передаёт БелТА, заявил президент Белоруссии Александр Лукашенко.",
        [("indirect", "Вопросы союзной программы будут решены до осени", "Александр Лукашенко")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARENTHESES)
def test_reports_split_by_a_parenthesis(text: str, expected: list) -> None:
    assert quote_table(text) == expected
