"""Speakers, round 13: the speech verb's grammatical subject, not the nearest name.

Sentences are written for these tests in the register of diplomatic news.
"""

from __future__ import annotations

from nlp_helpers import quote_table

from annotator.nlp.mentions import apposition_to_end, find_mentions
from annotator.nlp.segment import tokenize


def speakers_of(text: str) -> list[str | None]:
    return [speaker for _, _, speaker in quote_table(text)]


def mention_texts(clause: str) -> list[str]:
    return [clause[m.start : m.end] for m in find_mentions(tokenize(clause, 0, len(clause)))]


# --- a name inside an adverbial phrase between the subject and its verb --------------------


def test_names_in_the_instrumental_after_the_subject_do_not_speak() -> None:
    text = ("Министр иностранных дел Украины Дмитрий Кулеба в разговоре с журналистами Иваном и Петром "
            "заявил, что конфликт завершится за столом переговоров.")
    assert speakers_of(text) == ["Дмитрий Кулеба"]


def test_a_place_named_in_a_phrase_after_the_subject_does_not_speak() -> None:
    text = ("Президент США Дональд Трамп в ходе речи в резиденции Мар-а-Лаго выразил мнение, "
            "что консультации идут по плану.")
    assert speakers_of(text) == ["Дональд Трамп"]


def test_a_nominative_name_after_a_phrase_heads_the_apposition_and_speaks() -> None:
    text = ("Накануне посол Белоруссии при Евросоюзе Иван Петров рассказал "
            "о том, что консультации возобновятся в пятницу.")
    assert speakers_of(text) == ["Иван Петров"]


def test_the_source_an_outlet_cites_stays_the_speaker() -> None:
    text = "Накануне портал Axios сообщал со ссылкой на американского чиновника, что встреча назначена на пятницу."
    assert speakers_of(text) == ["американский чиновник"]


def test_a_feminine_subject_before_a_phrase_keeps_the_quote() -> None:
    text = ("Представитель МИД Мария Захарова на встрече с журналистами Иваном Петровым "
            "заявила, что ответ будет симметричным.")
    assert speakers_of(text) == ["Мария Захарова"]


# --- an apposition chain set off by commas, closing the attribution --------------------------


def test_an_outlet_named_before_a_comma_chain_does_not_take_the_quote() -> None:
    text = "Консультации по визам зашли в тупик, отметил в прямом эфире телеканала RT отставной дипломат, политолог Иван Петров."
    table = quote_table(text)
    assert [(words, speaker) for _, words, speaker in table] == [("Консультации по визам зашли в тупик", "Иван Петров")]


def test_titles_separated_by_commas_belong_to_the_name_at_their_end() -> None:
    text = ("Стороны обсудили торговлю и логистику, сообщил вице-премьер правительства, "
            "сопредседатель межправкомиссии Алексей Оверчук.")
    table = quote_table(text)
    assert [(words, speaker) for _, words, speaker in table] == [
        ("Стороны обсудили торговлю и логистику", "Алексей Оверчук")]


def test_a_long_title_with_prepositions_ends_in_the_name() -> None:
    text = ("Соглашение о водных ресурсах почти согласовано, сообщила во вторник глава делегации Казахстана на "
            "консультациях по вопросам водной безопасности и охраны границ Айгуль Сапарова.")
    assert speakers_of(text) == ["Айгуль Сапарова"]


def test_a_participial_phrase_after_a_comma_is_not_a_title() -> None:
    clause = "советник президента Украины, внесенный в список Иван Петров"
    assert "президента Украины, внесенный в список Иван Петров" not in mention_texts(clause)


def test_the_apposition_after_the_comma_is_recognised_only_when_it_ends_in_a_name() -> None:
    def tail(text: str) -> bool:
        return apposition_to_end(tokenize(text, 0, len(text)))

    assert tail("политолог Иван Петров.")
    assert not tail("она продлится два дня.")
    assert not tail("передает агентство.")


def test_the_report_resumed_after_the_attribution_is_still_a_quote() -> None:
    text = "Встреча пройдет в Минске, заявил Сергей Лавров, она продлится два дня."
    assert [words for _, words, _ in quote_table(text)] == ["Встреча пройдет в Минске", "она продлится два дня"]


# --- the name an institution bears; a joint statement under one plural title ----------------


def test_the_name_an_institution_bears_is_not_the_speaker() -> None:
    text = ("«Визит носил протокольный характер», — отметил в беседе с корреспондентом EADaily "
            "научный сотрудник, эксперт университета им. Ломоносова Иван Петров.")
    assert speakers_of(text) == ["Иван Петров"]


def test_two_named_under_a_plural_title_speak_as_the_first_named() -> None:
    text = ("На встрече делегации завершили описание спорных участков границы. Об этом сообщили "
            "главы ведомств двух стран Иван Петров и Азамат Исаков.")
    assert speakers_of(text) == ["Иван Петров"]


def test_a_plural_title_alone_still_speaks_as_a_group() -> None:
    text = "Делегации завершили описание спорных участков границы. Об этом сообщили дипломаты двух стран."
    assert speakers_of(text) == ["дипломаты"]


# --- whose statement, a gerund's subject, a country's side ----------------------------------


def test_the_outlet_whose_article_is_commented_said_what_it_reported() -> None:
    text = ("Деталей никто не обсуждал, сказал кремлёвский представитель, комментируя статью "
            "газеты Politico о том, что ряд европейских лидеров хотел бы присоединиться к саммиту.")
    table = quote_table(text)
    assert table[-1][1:] == ("ряд европейских лидеров хотел бы присоединиться к саммиту", "Politico")


def test_a_gerund_speaks_for_the_sentence_subject_not_a_name_inside_a_clause() -> None:
    text = ("Представитель Кремля также прокомментировал сообщение о том, что бизнесмен Иван Петров заявил "
            "о желании купить завод, отметив, что не слышал о таких планах.")
    assert speakers_of(text)[-1] == "представитель Кремля"


def test_a_country_side_speaks_as_a_party() -> None:
    text = ("Министр иностранных дел Ирана Аббас Арагчи посетит Армению. "
            "Армянская сторона сообщает, что визит продлится один день.")
    assert speakers_of(text) == ["армянская сторона"]


def test_a_country_side_cited_as_the_source() -> None:
    text = "По информации иранской стороны, министр прибудет в Ереван в понедельник."
    assert speakers_of(text) == ["иранская сторона"]


def test_a_side_as_the_object_or_a_direction_is_no_mention() -> None:
    assert mention_texts("Москва предупредила латвийскую сторону") == ["Москва"]
    assert mention_texts("Министр отодвинул бумаги в сторону") == ["Министр"]
    assert mention_texts("Москва передала документы американской стороне") == ["Москва"]


def test_a_side_is_never_the_person_of_that_country_named_before() -> None:
    text = ("Временный поверенный в делах Латвии Иван Берзиньш был вызван в МИД России. "
            "Латвийская сторона заявила, что ответ последует в ближайшие дни.")
    assert speakers_of(text) == ["латвийская сторона"]


# --- one organisation, two names: a Latin abbreviation spelled out in brackets ---------------


def test_a_latin_abbreviation_takes_the_russian_name_given_before_it() -> None:
    text = ("Москва не намерена идти на уступки. Об этом говорится в новом докладе Института изучения "
            "войны (ISW). В ISW отмечают, что переговоры зашли в тупик.")
    assert speakers_of(text) == ["Институт изучения войны", "Институт изучения войны"]


def test_a_russian_abbreviation_keeps_its_short_name() -> None:
    text = ("Киргизия получила кредит Евразийского банка развития (ЕАБР). "
            "В ЕАБР заявили, что средства пойдут на ремонт дорог.")
    assert speakers_of(text) == ["ЕАБР"]


# --- agreement decides a title; a woman's surname the dictionary reads as a place ------------


def test_a_noun_whose_adjective_agrees_with_no_person_reading_is_no_title() -> None:
    assert mention_texts("Доцент кафедры мировой политики") == []
    assert mention_texts("бывшая министр заявила") == ["министр"]


def test_a_womans_surname_after_her_first_name_is_read_whole() -> None:
    text = ("Доцент кафедры мировой политики, заместитель декана Анна Ревякина высказалась о ситуации на границе.\n\n"
            "«Кто за это ответит?» — возмутилась она.")
    assert speakers_of(text) == ["Анна Ревякина"]


def test_a_singular_verb_takes_the_nominative_title_not_its_genitive_complement() -> None:
    text = ("Пресс-секретарь президента Дмитрий Песков ответил на вопросы. Президент Украины Владимир "
            "Зеленский предложил провести встречу. В ответ пресс-секретарь главы государства отметил, что "
            "информации о встрече пока нет.")
    assert speakers_of(text)[-1] == "Дмитрий Песков"


def test_a_plural_source_cited_stays_the_speaker_of_a_singular_verb() -> None:
    text = "Накануне телеканал CNN сообщил со ссылкой на источники, что делегация прибудет в среду."
    assert speakers_of(text) == ["источник"]


def test_a_title_with_no_singular_nominative_before_one_name_is_not_its_title() -> None:
    assert mention_texts("Об этом сообщили главы ведомств двух стран Иван Петров") == [
        "главы ведомств", "Иван Петров"]
    assert mention_texts("Состоялась встреча главы МИД Сергея Лаврова") == ["главы МИД Сергея Лаврова"]
