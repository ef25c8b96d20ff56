"""The document theme model: loading, its combination with the keyword rules, the taxonomy it may suggest."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from annotator.model import Document, Theme
from annotator.nlp import analyze
from annotator.nlp.theme_model import (
    CONFIRM,
    DECIDE,
    ThemeClassifier,
    ThemeModel,
    ThemeModelError,
    bundled_model,
    content_lemmas,
    load_model,
)
from annotator.nlp.themes import document_themes
from annotator.resources import default_taxonomy
from annotator.suggestions import suggestions_from_analysis

EXERCISE = ("Учения ОДКБ «Взаимодействие» начались в Белоруссии\n\n"
            "В учениях Коллективных сил оперативного реагирования ОДКБ участвуют военнослужащие пяти "
            "государств. Как сообщил генеральный секретарь организации Имангали Тасмагамбетов, подразделения "
            "отработают совместную оборону и защиту границ от вооружённых формирований. Учения продлятся "
            "неделю на полигоне под Брестом.")
TRADE = ("Товарооборот России и Казахстана вырос на 10 процентов\n\n"
         "Товарооборот двух стран по итогам года превысил 28 миллиардов долларов, сообщил министр "
         "экономического развития. По его словам, растут поставки промышленной продукции и инвестиции в "
         "совместные предприятия, а экспорт сельскохозяйственных товаров увеличился на треть.")
EXHIBITION = ("Министр культуры открыл выставку в Ереване\n\n"
              "На открытии выставки живописи в Национальной галерее министр рассказал о планах музея на "
              "следующий год. Экспозицию посетили сотни граждан. Выставка продлится до конца месяца.")
TALKS = ("Лавров провёл переговоры с министром иностранных дел Узбекистана\n\n"
         "Сергей Лавров и Бахтиёр Саидов обсудили в Москве двусторонние отношения и подготовку к визиту "
         "президента Узбекистана в Россию. «Наши страны связывают отношения стратегического партнёрства и "
         "союзничества», — заявил Лавров.")


def _themes(text: str, taxonomy: list[Theme] | None = None) -> set[str]:
    analysis = analyze(text, themes=taxonomy)
    return document_themes(analysis.text, analysis.themes, taxonomy)


def test_the_bundled_model_loads_and_covers_only_bundled_themes() -> None:
    model = bundled_model()
    bundled = {theme.id for theme in default_taxonomy()}
    assert {"bilateral", "conflicts", "security"} <= set(model.classifiers) <= bundled
    assert all(c.role in (DECIDE, CONFIRM) and 0 < c.threshold < 1 for c in model.classifiers.values())


@pytest.mark.parametrize(("text", "expected"), [
    (EXERCISE, {"security", "csto"}),
    (TRADE, {"economy"}),
    (TALKS, {"bilateral"}),
])
def test_texts_we_wrote_get_their_themes(text: str, expected: set[str]) -> None:
    assert expected <= _themes(text)


def test_a_single_word_for_citizens_is_not_consular_affairs() -> None:
    assert "граждан" in EXHIBITION
    assert "consular" not in _themes(EXHIBITION)


def test_a_text_about_the_weather_gets_no_theme() -> None:
    assert _themes("В Москве ожидается снег\n\nСиноптики обещают в выходные снегопад и похолодание до минус "
                   "десяти градусов. Водителей просят быть внимательнее на дорогах.") == set()


def test_features_are_lemmas_of_content_words() -> None:
    lemmas = content_lemmas("Министры обсудили торговлю и инвестиции в Москве")
    assert {"министр", "обсудить", "торговля", "инвестиция"} <= set(lemmas)
    assert "и" not in lemmas and "в" not in lemmas


def _model(role: str, threshold: float) -> ThemeModel:
    return ThemeModel({"economy": ThemeClassifier("economy", 0.0, threshold, role, {"товарооборот": 2.0})})


@pytest.mark.parametrize(("role", "features", "ruled", "expected"), [
    (DECIDE, {"товарооборот": 1.0}, set(), {"economy"}),       # p = 0.88: the model decides alone
    (DECIDE, {"погода": 1.0}, {"economy"}, set()),              # p = 0.5 < 0.6: the rules are overruled
    (CONFIRM, {"товарооборот": 1.0}, set(), set()),             # confirms only what the rules suggest
    (CONFIRM, {"товарооборот": 1.0}, {"economy"}, {"economy"}),
    (CONFIRM, {"товарооборот": -2.0}, {"economy"}, set()),      # p = 0.02: the rules' suggestion is dropped
])
def test_roles_combine_the_model_with_the_rules(role: str, features: dict, ruled: set, expected: set) -> None:
    assert _model(role, 0.6).themes(features, ruled) == expected


def test_a_theme_outside_the_taxonomy_is_never_suggested() -> None:
    assert "bilateral" in _themes(TALKS)
    assert "bilateral" not in _themes(TALKS, [t for t in default_taxonomy() if t.id != "bilateral"])


def test_a_theme_renamed_by_the_analyst_is_still_the_models() -> None:
    taxonomy = [replace(t, name_ru="Двусторонка", name_en="Two-way") if t.id == "bilateral" else t
                for t in default_taxonomy()]
    assert "bilateral" in _themes(TALKS, taxonomy)


def test_an_analysts_own_theme_keeps_the_keyword_rule() -> None:
    arctic = Theme(id="arctic", name_ru="Арктика", name_en="Arctic", keywords=["арктика", "северный морской путь"])
    text = "Россия и Норвегия обсудили Арктику\n\nСтороны договорились о работе по Северному морскому пути."
    assert _themes(text, [*default_taxonomy(), arctic]) >= {"arctic"}
    assert _themes(text, [arctic]) == {"arctic"}


def test_a_bundled_theme_with_the_analysts_keywords_keeps_the_keyword_rule() -> None:
    # The bundled energy model would not take a text about trade for energy; the analyst's own
    # keyword for energy, a phrase of two words, makes it an energy text by the rule.
    taxonomy = [replace(t, keywords=["товарооборот стран"]) if t.id == "energy" else t for t in default_taxonomy()]
    text = TRADE.replace("Товарооборот двух стран", "Товарооборот стран")
    assert "energy" not in _themes(text)
    assert "energy" in _themes(text, taxonomy)


def test_suggestions_tag_the_document_only_with_the_projects_themes() -> None:
    taxonomy = [t for t in default_taxonomy() if t.id != "bilateral"]
    analysis = analyze(TALKS, themes=taxonomy)
    bundle = suggestions_from_analysis(Document(text=TALKS), analysis, version="test", themes=taxonomy)
    assert "bilateral" not in {tag.theme_id for tag in bundle.tags}
    full = suggestions_from_analysis(Document(text=TALKS), analyze(TALKS), version="test")
    assert ("bilateral", None) in {(tag.theme_id, tag.span_id) for tag in full.tags}


GOOD = {"format": "annotator-theme-model", "version": 1,
        "themes": {"economy": {"bias": -1.0, "threshold": 0.5, "role": "decide", "weights": {"товарооборот": 2.0}}}}


def test_a_good_model_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps(GOOD, ensure_ascii=False), encoding="utf-8")
    model = load_model(path)
    assert model.themes({"товарооборот": 1.0}, set()) == {"economy"}
    assert model.themes({}, set()) == set()


def _theme(**changes: object) -> dict:
    return {**GOOD, "themes": {"economy": {**GOOD["themes"]["economy"], **changes}}}  # type: ignore[dict-item]


@pytest.mark.parametrize(("content", "message"), [
    (None, "cannot read"),
    ("{not json", "not valid JSON"),
    (json.dumps([1, 2]), "not a theme model"),
    (json.dumps({**GOOD, "format": "other"}), "not a theme model"),
    (json.dumps({**GOOD, "version": 7}), "version 7"),
    (json.dumps({**GOOD, "themes": []}), '"themes" must be an object'),
    (json.dumps({**GOOD, "themes": {"economy": 3}}), "theme 'economy'"),
    (json.dumps(_theme(threshold=1.5)), "threshold"),
    (json.dumps(_theme(bias="high")), "bias must be a number"),
    (json.dumps(_theme(role="vote")), "role must be one of"),
    (json.dumps(_theme(weights={"товарооборот": "2"})), "weights must be"),
    (json.dumps(_theme(weights=[1.0])), "weights must be"),
])
def test_a_bad_model_file_gives_a_clear_error_naming_it(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "theme_model.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ThemeModelError, match=message) as caught:
        load_model(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(("length", "expected"), [(80, 0.3), (1000, 1.0), (50_000, 3.0)])
def test_length_counts_within_the_range_the_model_was_trained_on(length: int, expected: float) -> None:
    import math

    from annotator.nlp.theme_model import document_features

    assert document_features("а" * length, 0, {})["len"] == pytest.approx(math.log(expected))
