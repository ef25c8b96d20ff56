"""Speakers, round 5: general fallbacks that held on documents they were not written from.

Sentences are written for these tests in the register of diplomatic news.
"""

from __future__ import annotations

from nlp_helpers import quote_table


def speakers_of(text: str) -> list[str | None]:
    return [speaker for _, _, speaker in quote_table(text)]


def test_an_impersonal_report_after_a_named_speaker_goes_on_in_their_voice() -> None:
    text = (
        "Министр иностранных дел Сергей Лавров заявил, что переговоры пройдут в Минске.\n"
        "Отмечается, что делегации обсудят вопросы транзита."
    )
    table = quote_table(text)
    assert [kind for kind, _, _ in table] == ["indirect", "indirect"]
    assert speakers_of(text) == ["Сергей Лавров", "Сергей Лавров"]


def test_a_document_that_names_no_owner_keeps_the_last_speaker() -> None:
    text = (
        "Пресс-служба МИД Казахстана сообщила, что визит состоится в апреле. "
        "В сообщении подчеркивается, что стороны подпишут соглашение о торговле."
    )
    assert speakers_of(text) == ["МИД Казахстана", "МИД Казахстана"]


def test_an_impersonal_report_with_no_speaker_before_it_names_no_one() -> None:
    # Nothing to carry over: the fallback never invents a speaker.
    text = "Отмечается, что делегации обсудят вопросы транзита."
    assert speakers_of(text) in ([], [None])


def test_an_interviewers_question_stays_without_a_speaker() -> None:
    text = (
        "Министр иностранных дел Армении Арарат Мирзоян ответил на вопросы журналистов.\n"
        "Вопрос: Когда состоится следующий раунд консультаций?\n"
        "Ответ: Мы договорились встретиться в мае."
    )
    table = quote_table(text)
    assert table[0][2] is None
    assert table[-1][2] == "Арарат Мирзоян"


def test_a_title_in_the_plural_before_a_name_is_not_that_persons_title() -> None:
    # "журналистам" is whom he spoke to: Peskov never becomes "the journalist".
    text = (
        "Визит состоится в мае, рассказал журналистам Дмитрий Песков. "
        "Журналист также заявил, что вопрос остается открытым."
    )
    assert speakers_of(text) == ["Дмитрий Песков", "журналист"]


def test_the_name_after_a_plural_title_is_a_subject_a_pronoun_can_refer_to() -> None:
    text = (
        "«Мы ждем ответа из Вашингтона», – сказал Сергей Лавров. Об итогах встречи рассказал журналистам "
        "Юрий Ушаков. По его словам, соглашение о транзите готово."
    )
    assert speakers_of(text) == ["Сергей Лавров", "Юрий Ушаков"]


def test_a_title_in_the_singular_still_titles_the_name_after_it() -> None:
    text = (
        "Журналист Андрей Колесников написал, что встреча продлилась три часа. "
        "Журналист также отметил, что стороны не сделали заявлений."
    )
    assert speakers_of(text) == ["Андрей Колесников", "Андрей Колесников"]
