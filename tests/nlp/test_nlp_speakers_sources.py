"""Speakers, round 3: cited sources, canonical names and look-backs past what was said.

Sentences are written for these tests in the register of diplomatic news.
"""

from __future__ import annotations

import pytest
from nlp_helpers import mention_text, quote_table

from annotator.nlp import analyze
from annotator.nlp.entities import nominative_phrase, singular_source_phrase
from annotator.nlp.names import nominative_surname


def speakers_of(text: str) -> list[str | None]:
    return [speaker for _, _, speaker in quote_table(text)]


CITED_SOURCES = [
    (  # an outlet that cites a source only relays it
        "Накануне сайт Politico со ссылкой на американского чиновника написал, что консультации "
        "экспертов пройдут в Вене.",
        ["американский чиновник"],
    ),
    (
        "Ранее агентство Reuters со ссылкой на двух европейских дипломатов сообщило, что "
        "консультации перенесены на осень.",
        ["европейские дипломаты"],
    ),
    (  # "ссылаясь на" inside "Как пишет …, …": the source is the speaker, the span starts after it
        "Такие данные приводит газета Le Monde.\n\nКак пишет газета, ссылаясь на европейские источники, "
        "план Парижа обсуждался без участия Берлина.",
        ["европейский источник"],
    ),
    (  # a source described by a participle keeps its description, and "источники" later is that group
        "Пошлины поднимут уже весной, написала газета со ссылкой на источники, ознакомленные с "
        "планами.\n\nПо словам источников, список товаров еще согласуется.",
        ["источник, ознакомленный с планами", "источник, ознакомленный с планами"],
    ),
    (  # negative: a person citing data is still the speaker
        "Переговоры пройдут в Женеве, заявил Дмитрий Песков со ссылкой на данные протокольной службы.",
        ["Дмитрий Песков"],
    ),
    (  # negative: an outlet that is the sole attribution speaks
        "Агентство Reuters сообщило, что переговоры министров пройдут в Женеве.",
        ["Reuters"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), CITED_SOURCES)
def test_cited_sources(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


def test_the_span_after_a_cited_source_starts_after_it() -> None:
    text = (
        "Как пишет газета, ссылаясь на европейские источники, план Парижа обсуждался без участия "
        "Берлина."
    )
    analysis = analyze(text)
    assert [analysis.text[q.start : q.end] for q in analysis.quotes] == [
        "план Парижа обсуждался без участия Берлина"
    ]


@pytest.mark.parametrize(
    ("phrase", "nominative"),
    [
        ("американского чиновника", "американский чиновник"),  # not the neuter "американское"
        ("западных чиновников", "западные чиновники"),
        ("российского дипломатического источника", "российский дипломатический источник"),
    ],
)
def test_a_description_in_the_nominative_agrees_with_its_noun(phrase: str, nominative: str) -> None:
    assert nominative_phrase(phrase) == nominative


NAMES = [
    (  # the first name shows the case of a name after a title in the genitive
        "Договоренности не выполняются, заявил заместитель председателя думского комитета по обороне "
        "Алексей Чепа.",
        ["Алексей Чепа"],
    ),
    (  # a first name the dictionary does not know, ending like a Russian surname
        "Граница с соседями будет открыта к лету, пообещал глава МИД республики Сироджиддин "
        "Мухриддин во вторник.",
        ["Сироджиддин Мухриддин"],
    ),
    (  # a Moldovan surname does not decline
        "«Политические контакты прерваны», — сказал Нику Попеску в эфире. По словам Попеску, диалог "
        "на уровне посольств продолжается.",
        ["Нику Попеску", "Нику Попеску"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), NAMES)
def test_names_in_the_nominative(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


def test_surname_endings_that_do_not_decline() -> None:
    assert nominative_surname("Попеску", oblique=True, gender="m") == "Попеску"
    assert nominative_surname("Лаврова", oblique=True, gender="m") == "Лавров"  # a Russian one still does


LOOKBACKS = [
    (  # a byline names the author, not the person the title stands for
        "Жапаров ответил на вопросы о безопасности\n\n- Бактыгуль Акжолова\n"
        "Условий для дестабилизации в стране нет. Об этом в интервью заявил глава государства.",
        ["Жапаров"],
    ),
    (  # an outlet in the dative after "интервью" is not the diplomat
        "Посол Украины в Иране Сергей Бурдиляк заявил, что работа посольства продолжается. Об этом он "
        "рассказал в интервью Укринформу.\n\n«Мы работаем в сложных условиях», — сказал дипломат.",
        ["Сергей Бурдиляк", "Сергей Бурдиляк"],
    ),
    (  # negative: a name after "интервью" in the nominative is the subject
        "В интервью Путин заявил, что Россия открыта к диалогу.",
        ["Путин"],
    ),
    (  # a name inside the reported words is not who said them
        "«Мы не заинтересованы в такой встрече», — заявил Дмитрий Песков. По его словам, чтобы Путин "
        "дал интервью, нужен повод.\n\n«Пока такого повода у нас нет», — подчеркнул он.",
        ["Дмитрий Песков", "Дмитрий Песков", "Дмитрий Песков"],
    ),
    (  # a pronoun after a title reuses what the title was resolved to
        "Премьер-министр Армении Никол Пашинян выступил в парламенте.\n\nПремьер также отметил, что "
        "поддерживает рабочие отношения с главой правительства России Михаилом Мишустиным. «Это наша "
        "стратегия», — резюмировал он.",
        ["Никол Пашинян", "Никол Пашинян"],
    ),
    (  # negative: a quote whose attribution follows it may name its own speaker
        "Касым-Жомарт Токаев прибудет в Москву 12 ноября. Об этом он сообщил на полях саммита.",
        ["Касым-Жомарт Токаев"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), LOOKBACKS)
def test_lookbacks(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


def test_the_dative_outlet_is_no_mention_of_the_diplomat() -> None:
    text = LOOKBACKS[1][0]
    assert mention_text(analyze(text), 1) == "дипломат"


TITLES = [
    (  # "журналистам" before a title is who was told, not the title of the name
        "Направлять посла сейчас нецелесообразно. Об этом заявил журналистам министр иностранных дел "
        "Белоруссии Сергей Алейник.\n\n«Кандидатура у нас есть», — заявил глава МИД.",
        ["Сергей Алейник", "Сергей Алейник"],
    ),
    (  # an organisation spelled out with its abbreviation in brackets, then the name
        "Генсек ШОС: организация открыта для новых партнеров\n\nАСТАНА, 3 июня. Организация открыта для "
        "новых партнеров. Об этом рассказал в интервью агентству генеральный секретарь Шанхайской организации "
        "сотрудничества (ШОС) Нурлан Ермекбаев.\n\n\"Мы готовы к расширению\", - сказал он.\n\nГенсек "
        "добавил, что заявки рассматриваются по очереди.",
        ["Нурлан Ермекбаев"] * 4,
    ),
    (  # a spokesman of the Kremlin is not the president it speaks for
        "«Это неверная интерпретация», — сказал Песков.\n\nПесков добавил, что президент России Владимир Путин будет баллотироваться. "
        "Представитель Кремля напомнил, что выборы пройдут весной.",
        ["Песков", "Песков", "Песков"],
    ),
    (  # negative: the president is still "глава государства"
        "Президент России Владимир Путин провел совещание. Глава государства подчеркнул, что бюджет "
        "будет исполнен.",
        ["Владимир Путин"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), TITLES)
def test_titles(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


def test_a_pronoun_chain_goes_back_to_the_name() -> None:
    text = (
        "«Мы не ведем переговоров», — подчеркнул Михаил Галузин.\n\nО диалоге высказался и госсекретарь "
        "США Марко Рубио. Он рассказал о планах. По его словам, встречи пройдут в Женеве."
    )
    assert speakers_of(text) == ["Михаил Галузин", "Марко Рубио"]


def test_a_bare_ministry_takes_the_one_country_the_article_names() -> None:
    text = (
        "Посла вызвали в МИД РФ в пятницу.\n\nВ МИД заявили, что ответные меры последуют в ближайшее время."
    )
    assert speakers_of(text) == ["МИД России"]


def test_a_bare_ministry_stays_bare_when_the_article_names_two() -> None:
    text = (
        "Глава МИД России провел переговоры с главой МИД Китая.\n\nВ МИД заявили, что ответные меры "
        "последуют в ближайшее время."
    )
    assert speakers_of(text) == ["МИД"]


RELAYS = [
    (  # "Как сообщает ТАСС, X напомнил, что …": the outlet relays X's report
        "Как сообщает РИА Новости, Небензя подчеркнул, что резолюция не будет поддержана.",
        ["Небензя"],
        ["резолюция не будет поддержана"],
    ),
    (
        "Сергей Лавров выступил в Совете Федерации. Как передает корреспондент агентства, министр "
        "посетовал, что зал почти пуст.",
        ["Сергей Лавров"],
        ["зал почти пуст"],
    ),
    (  # negative: an outlet that frames nothing else stays the speaker
        "Как сообщает ТАСС, встреча министров пройдет в Минске.",
        ["ТАСС"],
        ["встреча министров пройдет в Минске"],
    ),
    (  # "По словам его": the pronoun after the noun
        "Условий для переворота нет. Об этом в интервью заявил президент Киргизии Садыр Жапаров.\n\n"
        "По словам его, время решать споры силой прошло.",
        ["Садыр Жапаров", "Садыр Жапаров"],
        ["Условий для переворота нет", "время решать споры силой прошло"],
    ),
    (  # one of a group speaks, named by the group's description in the singular
        "«Ответа пока нет» — сказал один из европейских дипломатов в беседе с The Guardian.",
        ["европейский дипломат"],
        ["Ответа пока нет"],
    ),
    (  # negative: "одного из" after a preposition is no speaker
        "Встреча прошла с участием одного из европейских дипломатов, заявил Дмитрий Песков.",
        ["Дмитрий Песков"],
        ["Встреча прошла с участием одного из европейских дипломатов"],
    ),
    (  # "Агентство пишет": the outlet named before
        "Об этом пишет Reuters со ссылкой на источники, знакомые с ситуацией.\nАгентство пишет, что "
        "сроки, вероятно, будут сдвинуты.",
        ["Reuters"],
        ["сроки, вероятно, будут сдвинуты"],
    ),
    (  # negative: "агентство" before the outlet's name is part of that mention
        "Ранее агентство Reuters сообщило, что сроки будут сдвинуты.",
        ["Reuters"],
        ["сроки будут сдвинуты"],
    ),
]


@pytest.mark.parametrize(("text", "speakers", "spans"), RELAYS)
def test_relays_and_groups(text: str, speakers: list[str], spans: list[str]) -> None:
    analysis = analyze(text)
    assert [analysis.text[q.start : q.end] for q in analysis.quotes] == spans
    assert speakers_of(text) == speakers


SEATS = [
    ("Москва объявила, что встреча с американскими дипломатами состоится на следующей неделе.", ["Москва"]),
    ("Вашингтон заявил, что не намерен продлевать договор.", ["Вашингтон"]),
    ("В Раде заявили, что законопроект рассмотрят на следующей неделе.", ["Верховная рада"]),
    ("Визит состоится в мае, сообщили в Москве.", ["Москва"]),
    ("Рада Петрова заявила, что визит состоится.", ["Петрова"]),  # a first name, not the Rada
    # negatives: a capital as a place is no speaker, nor what "ведомство" stands for
    ("Переговоры пройдут в Минске, заявил Сергей Лавров.", ["Сергей Лавров"]),
    ("Лавров про переговоры в Минске: «Это лучше, чем мы ожидали»", ["Лавров"]),
    ("Лавров прибыл в Минск. В ведомстве заявили, что переговоры пройдут завтра.", [None]),
    (
        "Об этом сообщило издание Politico со ссылкой на черновик коммюнике.",
        [],
    ),
    (
        "Лидеры не поддержат ускоренное вступление, сообщило издание Politico со ссылкой на проект "
        "заявления Брюсселя.",
        ["Politico"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SEATS)
def test_a_capital_speaks_for_its_government(text: str, speakers: list[str | None]) -> None:
    assert speakers_of(text) == speakers


MORE_TITLES = [
    (  # "и" joins two fields of one post; a later abbreviation of the ministry is that minister
        "Интервью дал министр иностранных дел и евроинтеграции Нику Попеску.\n"
        "«В Москву ездил и министр Спыну», — рассказал Попеску журналистам.\n"
        "При этом глава МИДЕИ отметил, что контакты послов сохраняются.",
        ["Нику Попеску", "Нику Попеску"],
    ),
    (  # a surname that is also a town's name, right after a first name
        "Угрозы безопасности растут. Об этом в беседе с журналистами заявил экс-депутат парламента "
        "Армении Арман Абовян.",
        ["Арман Абовян"],
    ),
    (  # "зампред кабмина" is the vice-premier, not the cabinet
        "Решение за партнерами, заявил вице-премьер РФ Алексей Оверчук.\n\n"
        '"Мы уважаем их выбор", - сказал зампред кабмина РФ.',
        ["Алексей Оверчук", "Алексей Оверчук"],
    ),
    (  # negative: a town after a preposition stays a place
        "Выборы пройдут осенью. Об этом в Абовяне заявил Арман Петросян.",
        ["Арман Петросян"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), MORE_TITLES)
def test_more_titles_and_names(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


STATEMENT_OWNERS = [
    (  # "на заявление X о том, что …": the clause is what X said
        "Глава МИД Украины ответил на заявление российского министра Сергея Лаврова о том, что "
        "переговоры в Стамбуле зашли в тупик.",
        ["Сергей Лавров"],
    ),
    (
        "Сергей Рябков выступил в Госдуме. Он возразил на слова американского президента Дональда Трампа "
        "о том, что договор устарел.",
        ["Дональд Трамп"],
    ),
    (  # negative: "заявил о том, что" is the subject's own report
        "Лавров заявил о том, что переговоры продолжатся.",
        ["Лавров"],
    ),
    (  # a person cited through their post is the one a later pronoun stands for
        "Дмитрий Кулеба ответил Сергею Лаврову. Об этом сообщает агентство со ссылкой на сообщение Кулебы "
        'в соцсети.\n\n"В этом ничего возмутительного нет", - написал он.',
        ["Дмитрий Кулеба"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), STATEMENT_OWNERS)
def test_statement_owners(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


def test_a_first_declension_surname_in_the_genitive() -> None:
    assert nominative_surname("Кулебы", oblique=True, gender="m") == "Кулеба"
    assert nominative_surname("Псаки", oblique=True, gender="f") == "Псаки"  # indeclinable


DOCUMENTS_AND_CONTINUATIONS = [
    (  # the author of the document an impersonal verb points to
        "Обвинения Вильнюса беспочвенны. Об этом говорится в письме официального представителя "
        "российского дипведомства Марии Захаровой, которое разослано редакциям.",
        ["Мария Захарова"],
    ),
    (  # negative: a document with no owner named after it is the organisation named
        "Заявление спикера не имеет оснований. Об этом говорится в сообщении МИД России.",
        ["МИД России"],
    ),
    (  # a quote after a colon that names no one is the last speaker's
        "Вадим Красносельский заявил, что поставки газа блокируются. Их цель, по его словам, усугубить "
        "кризис:\n\n«Обращаюсь к вам как к президенту республики. Пропустите газ».",
        ["Вадим Красносельский"] * 4,
    ),
]


@pytest.mark.parametrize(("text", "speakers"), DOCUMENTS_AND_CONTINUATIONS)
def test_documents_and_continuations(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


def test_bare_sources_are_the_group_last_described() -> None:
    text = (
        "Встреча может пройти в Эр-Рияде, пишет Axios со ссылкой на источники, знакомые с ситуацией.\n"
        "При этом ряд источников, осведомленных о ходе подготовки, считают дату условной. Источники "
        "уточняют, что повестка еще не готова."
    )
    assert speakers_of(text) == ["источник, знакомый с ситуацией", "источник, осведомленный о ходе подготовки"]


def test_a_press_service_named_by_its_adjective() -> None:
    text = "Журналисты задали вопрос лидерам стран СНГ. Об этом сообщает президентская пресс-служба."
    assert speakers_of(text) == ["президентская пресс-служба"]


def test_a_press_service_of_an_organisation_speaks_for_it() -> None:
    text = "Глава МИД провел встречу с послами. Как сообщает пресс-служба МИД России, стороны обсудили визит."
    assert speakers_of(text) == ["МИД России"]



def test_a_capital_in_the_reported_clause_does_not_outrank_the_outlet() -> None:
    text = (
        "Москва пока не получала от Вашингтона официального ответа, сообщает ТАСС, добавив, что ответы "
        "могут поступить не раньше января."
    )
    assert set(speakers_of(text)) == {"ТАСС"}


def test_a_reported_question_is_the_named_askers() -> None:
    text = (
        '"Подготовка ещё идёт", - сказал Песков прессе, отвечая на вопрос ТАСС, состоится ли '
        "встреча в мае."
    )
    assert speakers_of(text) == ["Песков", "ТАСС"]


def test_a_reported_question_with_no_named_asker_has_no_speaker() -> None:
    text = "Отвечая на вопрос о том, в какой форме возможны расчеты, министр сказал, что это решат эксперты."
    assert speakers_of(text) == [None, "министр"]


def test_a_publication_cited_by_a_relaying_outlet_is_the_one_before_it() -> None:
    text = (
        "Президент дал интервью агентству «Синьхуа», передает портал Orda.kz со ссылкой на издание. "
        "Как пишет издание, визит станет историческим."
    )
    assert speakers_of(text) == ["Синьхуа", "Синьхуа"]


def test_the_press_at_large_speaks_only_when_no_one_else_is_named() -> None:
    assert speakers_of("Ранее российские СМИ сообщили, что встреча министров отменена.") == ["российские СМИ"]
    assert speakers_of('"Встреча не планируется", - сказал Песков, отвечая на вопросы СМИ.') == ["Песков"]


def test_a_ministry_of_a_country_named_after_it() -> None:
    text = (
        "«Ответ будет», – предупредили в МИД России.\n\nМИД Эстонии в ответном заявлении указал, что "
        "решение пересмотру не подлежит."
    )
    assert speakers_of(text) == ["МИД России", "МИД Эстонии"]


def test_one_of_a_group_is_never_a_person_named_before() -> None:
    text = "Президент России Владимир Путин провел совещание. Один из лидеров оппозиции заявил, что решение поспешное."
    assert speakers_of(text) != ["Владимир Путин"]
    assert speakers_of(text) == ["лидер"]


@pytest.mark.parametrize(("phrase", "singular"), [
    ("источники", "источник"),
    ("дипломатические источники", "дипломатический источник"),
    ("источники, знакомые с ситуацией", "источник, знакомый с ситуацией"),
    ("собеседники агентства", "собеседник агентства"),
    ("двух собеседников Reuters", "собеседник Reuters"),
])
def test_a_plural_source_is_named_in_the_singular(phrase: str, singular: str) -> None:
    assert singular_source_phrase(nominative_phrase(phrase)) == singular


def test_plural_sources_speak_as_one_described_source_but_officials_stay_a_group() -> None:
    text = (
        "Переговоры в Женеве продлятся еще два дня, рассказали дипломатические источники.\n"
        "Американские чиновники заявили, что делегация прибудет в среду."
    )
    assert speakers_of(text) == ["дипломатический источник", "американские чиновники"]
