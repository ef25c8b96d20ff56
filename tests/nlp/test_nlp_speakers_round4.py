"""Speakers, round 4: plural sources, outlets that quote someone, press services.

Sentences are written for these tests in the register of diplomatic news.
"""

from __future__ import annotations

from nlp_helpers import quote_table


def speakers_of(text: str) -> list[str | None]:
    return [speaker for _, _, speaker in quote_table(text)]


def test_an_outlet_quoting_him_relays_the_words_of_the_person_named_before() -> None:
    text = (
        "Заместитель министра иностранных дел Сергей Рябков провел консультации в Женеве.\n\n"
        "\"Мы действуем строго в рамках двусторонних соглашений\", – цитирует его РИА Новости."
    )
    assert speakers_of(text) == ["Сергей Рябков"]


def test_an_outlet_quoting_her_relays_the_words_of_the_woman_named_before() -> None:
    text = (
        "Официальный представитель МИД Мария Захарова провела брифинг.\n\n"
        "«Ответ будет взвешенным», – цитирует ее ТАСС."
    )
    assert speakers_of(text) == ["Мария Захарова"]


def test_an_outlet_quoting_with_no_one_named_is_the_speaker() -> None:
    text = "«Переговоры продолжатся на следующей неделе», – цитирует ТАСС."
    assert speakers_of(text) == ["ТАСС"]


def test_a_ministry_opening_a_sentence_refers_back_to_the_one_named() -> None:
    text = (
        "Узбекистанский МИД вызвал посла для беседы. Ведомство подчеркнуло, что в столице приняли "
        "эти слова с тревогой."
    )
    assert speakers_of(text) == ["МИД Узбекистана"]


def test_a_ministry_referred_back_to_after_only_its_minister_was_named() -> None:
    text = "Глава МИД Китая провел переговоры в Пекине. В ведомстве сообщили, что визит пройдет в мае."
    assert speakers_of(text) == ["МИД Китая"]


def test_a_ministry_named_in_full_is_no_back_reference() -> None:
    text = "Глава МИД Китая провел переговоры. Министерство обороны сообщило, что учения завершены."
    assert speakers_of(text) == ["Минобороны"]


def test_an_anonymous_source_keeps_its_description() -> None:
    assert speakers_of("Визит отложен на осень, сообщил неназванный чиновник Белого дома.") == [
        "неназванный чиновник Белого дома"
    ]
    text = "По словам высокопоставленного американского чиновника, консультации продолжатся."
    assert speakers_of(text) == ["высокопоставленный американский чиновник"]


def test_words_that_only_tell_sources_apart_are_no_description() -> None:
    text = "Визит отложен на осень, сообщил другой источник. Консультации продолжатся, добавил этот источник."
    assert speakers_of(text) == ["источник", "источник"]


def test_interlocutors_are_the_sources_already_speaking() -> None:
    text = (
        "Источники отмечают, что окончательное решение по визиту пока не принято. "
        "Собеседники телеканала уточнили, что дата будет названа позже."
    )
    assert speakers_of(text) == ["источник", "источник"]


def test_interlocutors_with_no_source_before_them_are_named_by_themselves() -> None:
    text = "Решение по визиту пока не принято, утверждают собеседники агентства."
    assert speakers_of(text) == ["собеседник агентства"]


def test_an_outlet_abbreviation_takes_the_name_the_article_spells_out() -> None:
    text = (
        "Газета Financial Times пишет о ходе консультаций.\n"
        "Украинские чиновники начали обсуждать новый план, сообщает FT."
    )
    assert speakers_of(text) == ["Financial Times"]


def test_an_outlet_abbreviation_never_spelled_out_stays_as_it_is() -> None:
    assert speakers_of("Украинские чиновники начали обсуждать новый план, сообщает FT.") == ["FT"]


def test_a_gerund_speaks_for_the_sentence_subject_past_a_relative_clause() -> None:
    text = "Лукашенко высказался о рисках, которые несут учения соседей, отметив, что Минск не хочет войны."
    assert speakers_of(text) == ["Лукашенко"]


def test_a_relative_pronoun_with_its_own_speech_verb_still_speaks() -> None:
    text = "Премьер провел встречу с министром Сергеем Лавровым, который заявил, что визит пройдет в мае."
    assert speakers_of(text) == ["Сергей Лавров"]
