"""Interview transcripts: questions and answers with a speaker label."""

from __future__ import annotations

from nlp_helpers import quote_table

from annotator.nlp import analyze

INTERVIEW = (
    "Министр иностранных дел России Сергей Лавров дал интервью газете «Коммерсантъ».\n\n"
    "Вопрос: С какими предложениями вы едете в регион?\n\n"
    "С. Лавров: Мы везём конкретный пакет: энергетика, логистика, «зелёная» повестка.\n\n"
    "Вопрос: Будет ли затронута тема Йемена?\n\n"
    "Лавров: Безусловно. Военного решения там нет."
)


def test_answers_are_quotes_of_the_named_speaker_and_questions_have_none() -> None:
    assert quote_table(INTERVIEW) == [
        ("direct", "С какими предложениями вы едете в регион?", None),
        ("direct", "Мы везём конкретный пакет: энергетика, логистика, «зелёная» повестка.", "Сергей Лавров"),
        ("direct", "Будет ли затронута тема Йемена?", None),
        ("direct", "Безусловно. Военного решения там нет.", "Сергей Лавров"),
    ]


def test_answer_mention_is_the_label_before_the_colon() -> None:
    analysis = analyze(INTERVIEW)
    start, end = analysis.quotes[1].speaker_mention or (0, 0)
    assert analysis.text[start:end] == "С. Лавров"


def test_named_interviewer_and_dash_questions() -> None:
    text = (
        "Ведущий Андрей Кольцов побеседовал с Сергеем Лавровым.\n\n"
        "Кольцов: Насколько реалистична идея конференции?\n\n"
        "Лавров: Идея не новая.\n\n"
        "– А какую роль сыграет Лига арабских государств?\n\n"
        "Лавров: Ключевую."
    )
    assert quote_table(text) == [
        ("direct", "Насколько реалистична идея конференции?", "Андрей Кольцов"),
        ("direct", "Идея не новая.", "Сергей Лавров"),
        ("direct", "А какую роль сыграет Лига арабских государств?", None),
        ("direct", "Ключевую.", "Сергей Лавров"),
    ]


def test_unnamed_answers_belong_to_the_interviewee() -> None:
    text = (
        "Интервью официального представителя МИД России Марии Захаровой.\n\n"
        "Вопрос: Как вы оцениваете итоги года?\n\n"
        "Ответ: Год был непростым, но продуктивным."
    )
    assert quote_table(text)[-1] == ("direct", "Год был непростым, но продуктивным.", "Мария Захарова")


def test_a_single_name_with_a_colon_is_a_headline_not_an_interview() -> None:
    text = "Лавров: Россия готова к диалогу с Европой"
    assert quote_table(text) == [("indirect", "Россия готова к диалогу с Европой", "Лавров")]
