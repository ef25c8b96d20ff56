"""Theme suggestions: lemma keywords match every inflected form."""

from __future__ import annotations

import pytest

from annotator.model import Theme
from annotator.nlp import analyze
from annotator.nlp.themes import document_themes

THEMES = [
    Theme(id="bilateral", name_ru="Двусторонняя повестка", name_en="Bilateral agenda",
          keywords=["двусторонний повестка", "визит"]),
    Theme(id="un", name_ru="ООН", name_en="UN",
          keywords=["оон", "организация объединить нация", "совет безопасность"]),
    Theme(id="conflicts", name_ru="Конфликты", name_en="Conflicts",
          keywords=["мирный переговоры", "прекращение огонь"]),
]

CASES = [
    ("Стороны говорили о двусторонней повестке.", [("bilateral", "двусторонней повестке")]),
    ("Двусторонняя повестка остаётся насыщенной.", [("bilateral", "Двусторонняя повестка")]),
    ("Министр напомнил о визитах в Пекин.", [("bilateral", "визитах")]),
    ("Заседание Совета Безопасности ООН прошло в Нью-Йорке.",
     [("un", "Совета Безопасности"), ("un", "ООН")]),
    ("Генсек Организации Объединённых Наций выступил с докладом.",
     [("un", "Организации Объединённых Наций")]),
    ("Россия выступает за мирные переговоры и прекращение огня.",
     [("conflicts", "мирные переговоры"), ("conflicts", "прекращение огня")]),
    ("Двусторонняя, но не простая повестка.", []),  # words must be adjacent
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_theme_keywords_match_inflected_forms(text: str, expected: list) -> None:
    analysis = analyze(text, themes=THEMES)
    assert [(hit.theme, analysis.text[hit.start : hit.end]) for hit in analysis.themes] == expected


def test_default_taxonomy_is_used_when_no_themes_are_given() -> None:
    analysis = analyze("Министры обсудили вопросы двусторонней повестки.")
    assert ("bilateral", "двусторонней повестки") in [
        (hit.theme, analysis.text[hit.start : hit.end]) for hit in analysis.themes
    ]


def test_empty_taxonomy_suggests_nothing() -> None:
    assert analyze("Двусторонняя повестка.", themes=[]).themes == []


def test_a_preposition_is_not_taken_for_a_keyword_form() -> None:
    themes = [Theme(id="bilateral", name_ru="Двусторонняя повестка", name_en="Bilateral", keywords=["посол", "переговоры"])]
    analysis = analyze("После переговоров посол России вручил копии верительных грамот.", themes=themes)
    assert [analysis.text[h.start : h.end] for h in analysis.themes] == ["переговоров", "посол"]


HEADLINE = "Министры обсудили расписание рейсов\n\n"
BODY = "В Москве прошла встреча экспертов по расписанию. Стороны уточнили детали на следующий год. "


@pytest.mark.parametrize(("text", "expected"), [
    (HEADLINE + BODY + "Среди участников были граждане трёх стран.", set()),  # one common word, deep in the text
    (HEADLINE + BODY + "Граждане трёх стран получили помощь, граждане вернулись домой.", {"consular"}),  # twice
    (HEADLINE + BODY + "Консульский учёт открыт круглосуточно.", {"consular"}),  # a phrase of two words
    ("Граждан эвакуируют из района бедствия\n\n" + BODY, {"consular"}),  # in the headline
])
def test_document_themes_need_more_than_one_common_word(text: str, expected: set) -> None:
    themes = [Theme(id="consular", name_ru="Консульские вопросы", name_en="Consular",
                    keywords=["гражданин", "консульский учёт"])]
    analysis = analyze(text, themes=themes)
    assert document_themes(analysis.text, analysis.themes) == expected


def test_the_default_taxonomy_no_longer_takes_citizens_for_consular_affairs() -> None:
    text = ("Президенты обсудили торговлю и инвестиции\n\n"
            "Лидеры договорились нарастить товарооборот, граждане двух стран смогут ездить без виз.")
    analysis = analyze(text)
    assert "граждане" not in [analysis.text[h.start : h.end] for h in analysis.themes if h.theme == "consular"]
    assert "consular" not in document_themes(analysis.text, analysis.themes)
    assert "economy" in document_themes(analysis.text, analysis.themes)
