"""Theme suggestions: lemma keywords match every inflected form."""

from __future__ import annotations

import pytest

from annotator.model import Theme
from annotator.nlp import analyze

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
