"""Fragments governed by verbs of accusing, judging, thanking and characterising (round 7,
branch rec8): the case of the quoted words decides, not the words themselves.

Sentences written here in the register of diplomatic news."""

from __future__ import annotations

import pytest
from nlp_helpers import quote_table


def _direct(text: str) -> list[tuple[str, str | None]]:
    return [(quoted, speaker) for kind, quoted, speaker in quote_table(text) if kind == "direct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accusing: "в" and the locative
        ("Накануне МИД России обвинил Лондон в «информационном терроризме».",
         [("информационном терроризме", "МИД России")]),
        ("Представитель Госдепартамента упрекнул Пекин в «двойных стандартах» при обсуждении торговли.",
         [("двойных стандартах", "представитель Госдепартамента")]),
        # condemning and criticising: a direct object in the accusative
        ("Министр иностранных дел Турции Хакан Фидан осудил «провокационные заявления официального Еревана».",
         [("провокационные заявления официального Еревана", "Хакан Фидан")]),
        ("Сергей Лавров резко раскритиковал «безответственные действия» западных коллег.",
         [("безответственные действия", "Сергей Лавров")]),
        # thanking: "за" and the accusative
        ("Посол Казахстана поблагодарил белорусскую сторону за «теплый прием и гостеприимство».",
         [("теплый прием и гостеприимство", "посол Казахстана")]),
        # characterising: "как"
        ("Глава МИД Венгрии Петер Сийярто оценил ситуацию на переговорах как «тупиковую».",
         [("тупиковую", "Петер Сийярто")]),
        # imputing: a dative object, then the accusative in marks
        ("Бывший президент Роберт Кочарян вменил премьеру «полную утрату доверия».",
         [("полную утрату доверия", "Роберт Кочарян")]),
        # refusing and committing: an infinitive clause in marks
        ("Глава МИД Казахстана Ермек Кошербаев отказался «слепо следовать» чужим ограничениям.",
         [("слепо следовать", "Ермек Кошербаев")]),
        ("Глава МИД Армении Арарат Мирзоян обязался «не допустить эскалации» на границе.",
         [("не допустить эскалации", "Арарат Мирзоян")]),
        # comparing: "с" and the instrumental
        ("Министр сравнил политику Евросоюза с «игрой в наперстки».",
         [("игрой в наперстки", "министр")]),
        # a gerund that opens the sentence: the subject follows its phrase
        ("Обвинив Вашингтон в «срыве договоренностей», МИД Китая отозвал посла для консультаций.",
         [("срыве договоренностей", "МИД Китая")]),
        ("Называя ограничения «экономической войной», Сергей Лавров призвал к диалогу.",
         [("экономической войной", "Сергей Лавров")]),
        # an active participle: its subject is the noun before its phrase, and the verb after
        # the phrase is the main clause's, not a report of the words
        ("Дмитрий Песков, назвавший положение дел «крайне напряженным», призвал к сдержанности.",
         [("крайне напряженным", "Дмитрий Песков")]),
        # judging: the instrumental right after the verb
        ("Дмитрий Песков счел «неуместными» подобные сравнения.",
         [("неуместными", "Дмитрий Песков")]),
        # naming with a hedge before the name, after an object that holds a title noun
        ("Мария Захарова назвала американское новостное агентство Reuters «как бы СМИ».",
         [("как бы СМИ", "Мария Захарова")]),
        # a capitalised name given in the instrumental
        ("Дмитрий Песков в шутку назвал коллегу «Димой».",
         [("Димой", "Дмитрий Песков")]),
        # naming: the instrumental after an object that holds a title noun
        ("Замглавы МИД Сергей Рябков назвал вопрос о продлении договора «сложным».",
         [("сложным", "Сергей Рябков")]),
    ],
)
def test_a_verb_governing_words_in_marks_makes_them_its_subjects_words(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _direct(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the accusation's complement is a plain noun; the title in marks is the newspaper
        "Захарова обвинила в провокации газету «Гардиан».",
        # a place in marks after the verb, not what was condemned
        "Министр осудил на «круглом столе» в Астане попытки давления.",
        # a term after a verb outside the class
        "Делегации подписали «дорожную карту» сотрудничества на 2026 год.",
        # a genitive phrase after a naming verb is not what the thing was called
        "Министр назвал участников «зерновой сделки» и сроки ее возобновления.",
        # a capitalised name in marks after a verb of praise
        "Посол поблагодарил за помощь «Казахстан темир жолы».",
        # refusing a thing named in marks, not an infinitive clause
        "Компания отказалась от участия в проекте «Северный поток».",
        "Министр отказался от «зерновой сделки» в прежнем виде.",
        # a capitalised name compared with
        "Министр сравнил итоги года с «Северным потоком».",
        # a gerund that is no verb of the class, before a title
        "Посетив выставку «Иннопром», министр провел переговоры.",
        # a passive participle: the one judged, not the judge, stands before it
        "Проект, признанный «экономически нецелесообразным», закрыт.",
        # a capitalised title after a verb of judging
        "Комиссия признала «Росатом» победителем конкурса.",
        # a capitalised title in the nominative after a naming verb
        "Министр назвал победителем конкурса «Росатом».",
        # a passive: the accused is the subject, the accuser unnamed
        "Лондон был обвинен в «информационном терроризме».",
    ],
)
def test_titles_places_and_terms_after_such_verbs_are_no_quotes(text: str) -> None:
    assert _direct(text) == []
