"""Someone's clause woven into the author's sentence with no speech verb of its own
(annotator/nlp/woven.py; ANNOTATION-GUIDE.md, direct 8): a lower-case quotation
that holds a verb, right after that person's quote, is their words too."""

from __future__ import annotations

import pytest
from nlp_helpers import quote_table

from annotator.nlp import analyze

WOVEN = [
    (  # "то они, «…»": the clause goes on in the minister's voice
        "«Мы открыты к диалогу», – заявил Сергей Лавров. Что касается европейских коллег, то они, "
        "«к сожалению, давно перестали слушать».",
        ("direct", "к сожалению, давно перестали слушать", "Сергей Лавров"),
    ),
    (  # a relative clause in marks: "которые «…»"
        "«Визит готовится», – сказал посол Алексей Полищук. Речь идёт о договорённостях, которые "
        "«стороны выполняют без задержек».",
        ("direct", "стороны выполняют без задержек", "Алексей Полищук"),
    ),
    (  # "есть" is read first as "to eat", yet it makes the words a clause
        "«Давить на нас бесполезно», – отметил Александр Лукашенко. Он призвал соседей к сдержанности, так как "
        "«на столе есть хорошее предложение» по урегулированию.",
        ("direct", "на столе есть хорошее предложение", "Александр Лукашенко"),
    ),
]


@pytest.mark.parametrize(("text", "woven"), WOVEN)
def test_a_woven_clause_is_the_last_speakers_words(text: str, woven: tuple) -> None:
    table = quote_table(text)
    assert len(table) == 2
    assert table[1] == woven


def test_a_quoted_noun_phrase_stays_the_authors() -> None:
    # no verb in the marks: a term, even right after a quote
    text = "«Мы готовы», – сказал министр. В Брюсселе начался новый этап «перезагрузки отношений»."
    assert quote_table(text) == [("direct", "Мы готовы", "министр")]


def test_a_clause_in_marks_with_no_quote_before_it_stays_the_authors() -> None:
    # nobody has spoken: a saying in the author's voice
    text = "Дипломаты давно привыкли, что на переговорах «всё решается в последний момент»."
    assert quote_table(text) == []


def test_a_clause_two_paragraphs_after_the_last_quote_stays_the_authors() -> None:
    text = (
        "«Мы готовы к работе», – сказал посол Алексей Полищук.\nВизит продлится три дня.\n"
        "В столице, как известно, «все решают в последний момент»."
    )
    assert quote_table(text) == [("direct", "Мы готовы к работе", "Алексей Полищук")]


def test_a_clause_inside_reported_speech_is_no_quote_of_its_own() -> None:
    # "По его словам" (its comma left out) opens reported speech: the words in marks are part of it
    text = (
        "«Мы готовы к работе», – сказал посол Алексей Полищук. По его словам белорусской стороне "
        "«предстоит долгий путь»."
    )
    assert "предстоит долгий путь" not in [words for kind, words, _ in quote_table(text) if kind == "direct"]


def test_a_clause_after_zayavil_chto_stays_in_the_indirect_quote() -> None:
    text = "«Мы готовы к работе», – сказал посол Алексей Полищук. Он также заявил, что соседям «придётся договариваться»."
    assert quote_table(text)[1] == ("indirect", "соседям «придётся договариваться»", "Алексей Полищук")


TITLES_AND_TERMS_AFTER_A_QUOTE = [
    # a title noun before the marks: a film's name, though it holds a verb
    "«Мы готовы к работе», – сказал посол Алексей Полищук. Он вспомнил фильм «служили два товарища».",
    # a marker of the author's voice before the marks
    "«Мы готовы к работе», – сказал посол Алексей Полищук. Переговоры прошли в рамках так называемого "
    "«кто первым встанет» формата.",
]


@pytest.mark.parametrize("text", TITLES_AND_TERMS_AFTER_A_QUOTE)
def test_a_title_or_term_with_a_verb_stays_the_authors(text: str) -> None:
    assert quote_table(text) == [("direct", "Мы готовы к работе", "Алексей Полищук")]


def test_a_woven_clause_in_the_next_paragraph_of_a_crlf_text_with_emoji() -> None:
    text = (
        "«Мы открыты к диалогу», – заявил Сергей Лавров 🇷🇺.\r\nЧто касается европейских коллег, то они, "
        "«к сожалению, давно перестали слушать»."
    )
    analysis = analyze(text)
    quote = analysis.quotes[-1]
    assert (analysis.text[quote.start : quote.end], quote.speaker) == ("к сожалению, давно перестали слушать", "Сергей Лавров")
