"""Titles in marks never taken for a speaker (engine round 6, issue 8).  Sentences written here."""

from __future__ import annotations

import pytest

from annotator.nlp import analyze
from nlp_helpers import quote_table


@pytest.mark.parametrize(
    "text",
    [
        "Глава Узбекистана Шавкат Мирзиёев перенес на осень международный инвестиционный форум «Шелковый путь». "
        "Об этом сообщила его пресс-служба.",
        "Министр обороны Белоруссии Виктор Хренин отменил завершающий этап учений «Щит Союза». "
        "Об этом сообщила пресс-служба.",
    ],
)
def test_an_event_named_in_marks_is_never_the_speaker(text: str) -> None:
    speakers = [speaker for _, _, speaker in quote_table(text)]
    assert speakers and all(speaker not in ("Шелковый путь", "Щит Союза") for speaker in speakers)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Переговоры продолжатся в Женеве, сообщает агентство «Синьхуа».", "Синьхуа"),
        ("Переговоры продолжатся в Женеве, пишет газета «Известия».", "Известия"),
    ],
)
def test_an_outlet_named_in_marks_still_speaks(text: str, speaker: str) -> None:
    assert [s for _, _, s in quote_table(text)] == [speaker]


def test_a_title_in_marks_is_no_mention_of_a_speaker() -> None:
    analysis = analyze("Делегации обсудили проект «Север – Юг». Об этом сообщила пресс-служба.")
    assert all(quote.speaker != "Север – Юг" for quote in analysis.quotes)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Песков: «Сила Сибири – 2» остается в повестке дня", "«Сила Сибири – 2» остается в повестке дня", "Песков"),
        ("Пашинян: «Маршрут Трампа» откроет регион для инвестиций", "«Маршрут Трампа» откроет регион для инвестиций",
         "Пашинян"),
    ],
)
def test_a_headline_after_a_colon_may_open_with_a_name_in_marks(text: str, words: str, speaker: str) -> None:
    assert quote_table(text) == [("indirect", words, speaker)]


def test_a_headline_quotation_after_a_colon_stays_direct() -> None:
    assert quote_table("Лавров: «Мы готовы к диалогу»") == [("direct", "Мы готовы к диалогу", "Лавров")]


@pytest.mark.parametrize(
    "text",
    [
        "Посол Молдавии в Бухаресте не смог ответить журналистам на вопросы о «санитарном кордоне» "
        "вокруг Приднестровья, передает Kazinform.",
        "Пресс-секретарь президента отказался комментировать сообщения о «мирном плане», передает ТАСС.",
    ],
)
def test_an_outlet_relaying_whether_someone_spoke_is_its_quote(text: str) -> None:
    # guide, "an outlet relaying a sentence": the clause is the outlet's indirect quote
    # whatever it reports; the term in marks inside it is no direct quote of its own
    clause, outlet = text.rsplit(", передает ", 1)
    assert quote_table(text) == [("indirect", clause, outlet.rstrip("."))]


def test_an_outlet_relaying_what_was_achieved_is_its_quote() -> None:
    # negative test: "смогли договориться" is a fact the outlet reports, not a report about speech
    assert quote_table("Стороны смогли договориться о прекращении огня, передает ТАСС.") == [
        ("indirect", "Стороны смогли договориться о прекращении огня", "ТАСС")
    ]


def test_an_anaphoric_frame_with_a_gerund_report_points_back_too() -> None:
    text = (
        "Грузия считает участие Турции в «Северном коридоре» преждевременным. Об этом заявил спикер парламента "
        "Грузии Шалва Папуашвили, отметив, что проект остается двусторонним."
    )
    assert quote_table(text) == [
        ("indirect", "Грузия считает участие Турции в «Северном коридоре» преждевременным", "Шалва Папуашвили"),
        ("indirect", "проект остается двусторонним", "Шалва Папуашвили"),
    ]


def test_a_sentence_with_its_own_speaker_is_not_taken_by_the_frame() -> None:
    # negative test: the sentence before names its own speaker, so the frame adds nothing to it
    text = "Лавров заявил, что визит состоится в мае. Об этом он сообщил, отметив, что программа согласуется."
    assert ("indirect", "визит состоится в мае", "Лавров") in quote_table(text)
    assert all(not quoted.startswith("Лавров заявил") for _, quoted, _ in quote_table(text))
