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
        "Мария Захарова полагает, что Госдеп в докладах исходит не из фактов, а из «домыслов».",
        [("direct", "домыслов", "Мария Захарова")],
    ),
    (  # after a speech verb the fragment stays inside the reported clause
        "Сергей Лавров заявил, что санкции «не работают».",
        [("indirect", "санкции «не работают»", "Сергей Лавров")],
    ),
    (  # the speaker after the verb: "Однако, добавил министр, «…»"
        "По словам министра Максима Рыженкова, народ хочет мира. Однако, добавил министр, «всё в руках "
        "только высшего руководства».",
        [("indirect", "народ хочет мира", "Максим Рыженков"),
         ("direct", "всё в руках только высшего руководства", "Максим Рыженков")],
    ),
    (  # "глава республики" is a head of state
        "Президент Белоруссии Александр Лукашенко выступил в Минске. Глава республики считает, что «лидерам "
        "трёх государств надо сесть и договориться».",
        [("direct", "лидерам трёх государств надо сесть и договориться", "Александр Лукашенко")],
    ),
    (  # "фразой «…»": the phrase is his
        "Лукашенко описал встречу с Путиным фразой «решали, как нам пройти через трудный год».",
        [("direct", "решали, как нам пройти через трудный год", "Лукашенко")],
    ),
]

AUTHORS_VOICE = [
    "Страны Запада ввели так называемый «потолок цен» на российскую нефть.",
    "Президент выступил на «Прямой линии» в декабре.",
    "Министр ответил на идею сенатора приставить к нему советника в роли «строгого наставника».",
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


MORE_NAMING = [
    (  # a long fragment (up to 16 words) is still someone's words
        "Сергей Лавров назвал бесполезной затею выстраивать «всё новые заборы на границах, в портах, на таможне "
        "и даже в университетах соседних стран».",
        [("direct", "всё новые заборы на границах, в портах, на таможне и даже в университетах соседних стран", "Сергей Лавров")],
    ),
    (  # a participle of a speech verb: the words of the one it describes
        "Глава МИД Венгрии Петер Сийярто, пообещавший «не допустить новых ограничений», прибыл в Брюссель.",
        [("direct", "не допустить новых ограничений", "Петер Сийярто")],
    ),
    (  # "охарактеризовал как «…»"
        "Посол Алексей Морозов охарактеризовал как «самую взвешенную» позицию Москвы.",
        [("direct", "самую взвешенную", "Алексей Морозов")],
    ),
    (  # addressing someone in their own words
        "Мария Захарова обратилась к «уставшим от санкций европейцам» в эфире радио.",
        [("direct", "уставшим от санкций европейцам", "Мария Захарова")],
    ),
    (  # a title noun with a verb between it and the marks: the verb's words
        "Политолог Сергей Караганов в одном из своих эфиров предложил «пересмотреть доктрину» заново.",
        [("direct", "пересмотреть доктрину", "Сергей Караганов")],
    ),
]

FRAMED_TERMS = [
    "Министр Сергей Лавров рассказал о работе в рамках «зерновой сделки».",
    "Министр Сергей Лавров рассказал о так называемом «потолке цен».",
    "Мария Захарова выступила в эфире «Первого канала».",
    "Стороны обсудили сотрудничество по линии «пятёрки» на полях саммита.",
]


@pytest.mark.parametrize(("text", "expected"), MORE_NAMING)
def test_more_ways_of_weaving_words_in(text: str, expected: list) -> None:
    assert quote_table(text) == expected


@pytest.mark.parametrize("text", FRAMED_TERMS)
def test_framed_names_and_terms_stay_the_authors(text: str) -> None:
    assert quote_table(text) == []


PREDICATIVE_AND_FRAMED = [
    (  # "назвав X на эту тему «…»": the instrumental words are his, though "тему" stands before them
        "Визит не обсуждался, заявил заместитель министра Сергей Рябков, назвав слухи на эту тему "
        "«пустыми домыслами».",
        "пустыми домыслами",
    ),
    (  # "по его мнению, «…»": the whole clause in marks is his
        "Премьер-министр Венгрии Виктор Орбан выступил в парламенте. Однако, по его мнению, "
        "«в Европе нет лучшего места для переговоров, чем Будапешт».",
        "в Европе нет лучшего места для переговоров, чем Будапешт",
    ),
    (  # "… – по его словам, «…»": the frame in mid-sentence, the whole clause in marks
        "Помощник президента Юрий Ушаков также прокомментировал утечки о переговорах Москвы и Вашингтона "
        "– по его словам, «так дела не делаются».",
        "так дела не делаются",
    ),
    (  # "…, и отметил, что «…»": a second report whose clause is the words in marks
        "Президент Франции Эмманюэль Макрон сообщил, что переговорил с коллегой после выборов в Молдове, и отметил, "
        "что «эти выборы показали силу демократии», пишет агентство.",
        "эти выборы показали силу демократии",
    ),
]


@pytest.mark.parametrize(("text", "words"), PREDICATIVE_AND_FRAMED)
def test_words_named_or_framed_are_direct_quotes(text: str, words: str) -> None:
    assert words in [q[1] for q in quote_table(text) if q[0] == "direct"]


def test_a_title_in_the_nominative_after_a_naming_verb_stays_a_title() -> None:
    # the words in marks agree with "проекта": a name, not what the minister called something
    text = "Министр назвал сроки проекта «Северный коридор» на встрече в Баку."
    assert quote_table(text) == []


def test_a_fragment_after_posschital_is_the_ministers_words() -> None:
    text = "Глава МИД Японии Такэси Ивая посчитал этот ответ Пекина «в целом обнадёживающим»."
    assert quote_table(text) == [("direct", "в целом обнадёживающим", "Такэси Ивая")]


def test_ubezhden_chto_is_conviction_not_reported_speech() -> None:
    # like "уверен, что": the author describes a conviction (ANNOTATION-GUIDE.md, "Not quotes")
    text = "Министр иностранных дел Белоруссии Максим Рыженков убеждён, что соседи откроют границы к осени."
    assert quote_table(text) == []
