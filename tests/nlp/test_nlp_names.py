"""Restoring the nominative of names seen in oblique cases."""

from __future__ import annotations

import pytest

from annotator.nlp.names import nominative_given, nominative_surname

SURNAMES = [
    ("Лаврова", "m", "Лавров"),
    ("Лаврову", "m", "Лавров"),
    ("Лавровым", "m", "Лавров"),
    ("Захаровой", "f", "Захарова"),
    ("Захаровой", None, "Захарова"),
    ("Токаева", "m", "Токаев"),
    ("Мирзиёева", "m", "Мирзиёев"),
    ("Зеленского", "m", "Зеленский"),
    ("Гутерриша", "m", "Гутерриш"),
    ("Пашиняном", "m", "Пашинян"),
    ("Цзиньпина", "m", "Цзиньпин"),
    ("Шойгу", "m", "Шойгу"),
    ("Мелони", "f", "Мелони"),
    ("Бербок", "f", "Бербок"),
    ("Кузнецовой", "f", "Кузнецова"),
    ("Вишневской", "f", "Вишневская"),
]


@pytest.mark.parametrize(("form", "gender", "nominative"), SURNAMES)
def test_oblique_surname_to_nominative(form: str, gender: str | None, nominative: str) -> None:
    assert nominative_surname(form, oblique=True, gender=gender) == nominative


def test_nominative_context_keeps_the_form() -> None:
    # "заявила Лаврова": a woman's surname in the nominative, not Лавров in the genitive
    assert nominative_surname("Лаврова", oblique=False, gender="f") == "Лаврова"


@pytest.mark.parametrize(
    ("form", "gender", "nominative"),
    [("Джорджей", "f", "Джорджа"), ("Касым-Жомарта", "m", "Касым-Жомарт"), ("Наледи", "f", "Наледи")],
)
def test_unknown_first_names(form: str, gender: str, nominative: str) -> None:
    assert nominative_given(form, oblique=True, gender=gender) == nominative
