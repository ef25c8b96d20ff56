"""Speakers, round 12: canonical names restored to the nominative.

Sentences are written for these tests in the register of diplomatic news.
"""

from __future__ import annotations

from nlp_helpers import quote_table

from annotator.nlp.names import nominative_surname


def speakers_of(text: str) -> list[str | None]:
    return [speaker for _, _, speaker in quote_table(text)]


# --- a woman's adjectival surname in an oblique case ------------------------------------


def test_a_womans_adjectival_surname_in_the_genitive_is_restored() -> None:
    assert nominative_surname("Преподобной", oblique=True, gender="f") == "Преподобная"
    assert nominative_surname("Гладкую", oblique=True, gender="f") == "Гладкая"


def test_the_common_female_endings_keep_their_own_rules() -> None:
    assert nominative_surname("Захаровой", oblique=True, gender="f") == "Захарова"
    assert nominative_surname("Вербицкой", oblique=True, gender="f") == "Вербицкая"


def test_a_mans_adjectival_surname_is_not_made_feminine() -> None:
    assert nominative_surname("Толстой", oblique=True, gender="m") == "Толстой"
    assert nominative_surname("Толстой", oblique=True, gender=None) == "Толстой"


def test_the_speaker_named_in_the_genitive_after_a_first_name_is_nominative() -> None:
    text = (
        "Гастроли театра пройдут весной в Сантьяго, передает агентство со ссылкой на "
        "заместителя министра культуры Ольгу Преподобную. «Подготовка к поездке уже идет», — "
        "сказала Преподобная на заседании комиссии."
    )
    assert speakers_of(text) == ["Ольга Преподобная", "Ольга Преподобная"]


# --- a surname met in an oblique case takes the nominative the article writes -------------


def test_a_genitive_after_a_noun_takes_the_nominative_written_later() -> None:
    text = (
        "Поставки начнутся до конца года, – передает агентство ответ Кравцова на вопрос "
        "журналиста.\nВместе с тем Кравцов опроверг слухи о том, что соглашение будет пересмотрено."
    )
    assert speakers_of(text)[0] == "Кравцов"


def test_a_foreign_surname_in_soft_declension_takes_the_written_nominative() -> None:
    text = (
        "Министр иностранных дел Германии Иоганн Вадефуль провел переговоры в Вильнюсе.\n"
        "По словам Вадефуля, особую угрозу для региона представляют диверсии на море."
    )
    assert speakers_of(text) == ["Иоганн Вадефуль"]


def test_a_womans_surname_is_kept_when_the_article_writes_no_other_form() -> None:
    text = "«Переговоры прошли в конструктивном ключе», — сообщила посол Анна Кравцова журналистам."
    assert speakers_of(text) == ["Анна Кравцова"]


def test_a_womans_first_name_keeps_her_surname_beside_a_male_namesake() -> None:
    text = (
        "Посол Кравцов вручил верительные грамоты в понедельник.\n"
        "«Мы ожидаем продолжения диалога», — сказала заместитель министра Анна Кравцова."
    )
    assert speakers_of(text) == ["Анна Кравцова"]


def test_a_wife_named_with_her_first_name_keeps_her_surname_beside_her_husband() -> None:
    text = (
        "Президент Ильхам Алиев принял делегацию в Баку.\n"
        "«Гуманитарные проекты будут продолжены», — сказала Мехрибан Алиева."
    )
    assert speakers_of(text) == ["Мехрибан Алиева"]


# --- a reported question is its asker's (the guide after the thirteenth batch) -----------


def test_a_question_of_journalists_named_after_vopros_is_theirs() -> None:
    text = "На вопрос журналистов о том, как прошли консультации, замминистра ответил, что стороны сверили позиции."
    assert quote_table(text) == [
        ("indirect", "как прошли консультации", "журналисты"),
        ("indirect", "стороны сверили позиции", "замминистра"),
    ]


def test_a_question_with_no_asker_named_has_no_speaker() -> None:
    text = "На вопрос, может ли визит быть перенесен, посол ответил, что такой вариант не рассматривается."
    assert quote_table(text)[0] == ("indirect", "может ли визит быть перенесен", None)


def test_the_answer_after_a_question_is_not_the_askers() -> None:
    text = (
        "Президент в пятницу ответил на вопрос журналиста, собирается ли он заменить главу "
        "внешнеполитического ведомства.\n\n"
        "«Я не собираюсь никого менять ни сегодня, ни завтра», — подчеркнул он.\n\n"
    )
    assert speakers_of(text) == ["журналист", "президент"]


def test_the_asker_is_not_the_pronoun_of_an_answer_a_paragraph_later() -> None:
    text = (
        "Президент в пятницу ответил на вопрос журналиста, собирается ли он заменить главу "
        "внешнеполитического ведомства.\n\nЗапись брифинга опубликовало агентство «Вестник».\n\n"
        "«Я не собираюсь никого менять ни сегодня, ни завтра», – подчеркнул он.\n"
    )
    assert speakers_of(text) == ["журналист", "президент"]


# --- an outlet named by its site keeps the domain the article writes ---------------------


def test_an_outlet_written_with_its_domain_keeps_it() -> None:
    text = "В министерстве опровергли сообщения о переносе визита, пишет Tengrinews.kz."
    assert speakers_of(text) == ["Tengrinews.kz"]


def test_an_outlet_written_without_a_domain_gets_none() -> None:
    text = "Визит министра перенесен на осень, сообщает Tengrinews."
    assert speakers_of(text) == ["Tengrinews"]
