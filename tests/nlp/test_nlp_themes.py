"""Theme suggestions: lemma keywords match every inflected form."""

from __future__ import annotations

import pytest

from annotator.model import Theme
from annotator.nlp import analyze
from annotator.nlp.analysis import ThemeHit
from annotator.nlp.themes import rule_document_themes

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
    assert rule_document_themes(analysis.text, analysis.themes) == expected


def test_the_default_taxonomy_no_longer_takes_citizens_for_consular_affairs() -> None:
    text = ("Президенты обсудили торговлю и инвестиции\n\n"
            "Лидеры договорились нарастить товарооборот, граждане двух стран смогут ездить без виз.")
    analysis = analyze(text)
    assert "граждане" not in [analysis.text[h.start : h.end] for h in analysis.themes if h.theme == "consular"]
    assert "consular" not in rule_document_themes(analysis.text, analysis.themes)
    assert "economy" in rule_document_themes(analysis.text, analysis.themes)


def _hits(text: str, themes: list[Theme] | None = None) -> list[tuple[str, str]]:
    analysis = analyze(text, themes=themes)
    return [(hit.theme, analysis.text[hit.start : hit.end]) for hit in analysis.themes]


def _suggested(text: str) -> set[str]:
    analysis = analyze(text)
    return rule_document_themes(analysis.text, analysis.themes)


SECURITY = [Theme(id="security", name_ru="Безопасность", name_en="Security", keywords=["безопасность", "оборона"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Стороны обсудили вопросы региональной безопасности.", [("security", "безопасности")]),
    ("Секретарь Совета безопасности провёл встречу с гостями.", []),  # the name of a body
    ("Министр обороны Армении прибыл в Минск.", []),  # an office
    ("Делегаты приехали на конференцию по безопасности.", []),  # a body's name through "по"
    ("Совет обсудил, как укрепить оборону.", [("security", "оборону")]),  # not right after the head noun
])
def test_a_keyword_that_names_an_institution_is_no_hit(text: str, expected: list) -> None:
    assert _hits(text, SECURITY) == expected


def test_an_organisation_named_by_its_abbreviation_after_a_body_is_a_hit() -> None:
    assert ("csto", "ОДКБ") in _hits("Заседание Совета ОДКБ прошло в Минске.")
    assert ("sco", "ШОС") in _hits("Секретарь ШОС выступил на форуме.")


def test_a_complex_preposition_is_not_the_keyword_it_contains() -> None:
    themes = [Theme(id="bilateral", name_ru="Двусторонняя повестка", name_en="Bilateral", keywords=["отношение"])]
    assert _hits("Меры в отношении перевозчиков вступят в силу весной.", themes) == []
    assert _hits("Вопрос рассматривается по отношению к третьим странам.", themes) == []
    assert _hits("Отношения двух стран развиваются, как и отношения в регионе.", themes) == [
        ("bilateral", "Отношения"), ("bilateral", "отношения")]


def test_a_past_or_figurative_war_is_no_hit_of_the_conflicts_theme() -> None:
    text = ("Президенты возложили венки к памятнику героям Великой Отечественной войны. "
            "Министр назвал публикации элементом информационной войны. Война на Ближнем Востоке продолжается.")
    assert [hit for hit in _hits(text) if hit[0] == "conflicts"] == [
        ("conflicts", "Война"), ("conflicts", "Ближнем Востоке")]


def test_a_threat_of_war_is_security_not_a_conflict() -> None:
    hits = _hits("Москва не хочет войны, заявил дипломат.")
    assert ("security", "не хочет войны") in hits
    assert not [hit for hit in hits if hit[0] == "conflicts"]


HEAD = "Делегации подвели итоги визита\n\n"
FILLER = "Встреча прошла в здании правительства, стороны обменялись подарками. "


@pytest.mark.parametrize(("body", "expected"), [
    ("Экономика региона растёт. " + FILLER + "Министр похвалил экономику соседей.", False),  # generic word twice
    ("Товарооборот вырос. " + FILLER + "Товарооборот достигнет рекорда.", True),  # a concrete word twice
    ("Экономика растёт, экономику хвалят, об экономике пишут, экономикой гордятся.", True),  # four times
])
def test_an_abstract_word_counts_half_for_the_document(body: str, expected: bool) -> None:
    assert ("economy" in _suggested(HEAD + body)) is expected


def test_a_generic_word_in_the_headline_does_not_decide_alone() -> None:
    assert "conflicts" not in _suggested("Россия войны не хочет\n\n" + FILLER)
    assert "conflicts" in _suggested("Перемирие в регионе нарушено\n\n" + FILLER)
    # "конфликт" alone may be one of interests or an abstract risk; with a specific word it counts
    assert "conflicts" not in _suggested("Конфликт в регионе обострился\n\n" + FILLER)
    assert "conflicts" in _suggested("Конфликт в регионе обострился\n\nСтороны нарушили перемирие. " + FILLER)


def test_a_limit_is_not_a_sanction_by_itself() -> None:
    text = HEAD + "Ограничения по весу багажа смягчены. " + FILLER + "Ограничение скорости на трассе сохранят."
    assert "sanctions" not in _suggested(text)
    assert "sanctions" in _suggested(text + " Новые санкции вступят в силу летом.")


def test_the_word_leader_is_a_role_not_personal_relations() -> None:
    text = "Российский лидер выступил на форуме\n\nЛидер страны рассказал о планах правительства. " + FILLER
    assert not [hit for hit in _hits(text) if hit[0] == "leaders"]
    assert "leaders" not in _suggested(text)


@pytest.mark.parametrize(("text", "span"), [
    ("Встреча Путина и Токаева прошла в Кремле\n\n" + FILLER, "Встреча Путина и Токаева"),
    ("Песков не исключил разговора Путина с Эрдоганом на этой неделе.", "разговора Путина с Эрдоганом"),
    ("Переговоры Сергея Лаврова с председателем КНР завершились.", "Переговоры Сергея Лаврова с председателем"),
    ("Переговоры России и Китая завершились в Пекине.", None),  # two countries: bilateral, not leaders
    ("Переговоры Москвы с Астаной продолжатся.", None),  # capitals stand for states
    ("Встреча ОДКБ и СНГ запланирована на осень.", None),  # abbreviations
    ("Встреча Путина прошла в Кремле.", None),  # one person: no contact between two
])
def test_a_contact_between_two_named_people_in_the_lead_is_a_leaders_hit(text: str, span: str | None) -> None:
    leaders = [found for theme, found in _hits(text) if theme == "leaders"]
    assert leaders == ([span] if span else [])


def test_a_contact_between_people_deep_in_the_text_is_no_leaders_hit() -> None:
    text = "Министры подвели итоги года\n\n" + FILLER * 8 + "Позже состоялась встреча Путина и Токаева."
    assert not [hit for hit in _hits(text) if hit[0] == "leaders"]


def test_the_contact_construction_needs_a_leaders_theme_in_the_taxonomy() -> None:
    assert _hits("Встреча Путина и Токаева прошла в Кремле.", SECURITY) == []


def test_a_phone_conversation_is_part_of_the_bilateral_agenda() -> None:
    text = "Министры подвели итоги года\n\nГлавы МИД двух стран провели телефонный разговор. " + FILLER
    assert ("bilateral", "телефонный разговор") in _hits(text)
    assert "bilateral" in _suggested(text)


PLACES = ("Россия и Казахстан готовят новые проекты. Казахстан поставляет зерно, Россия — технику. "
          "Эксперты из Казахстана и России встретятся в Астане. ")


@pytest.mark.parametrize(("text", "expected"), [
    ("Итоги года\n\n" + PLACES + "Отношения развиваются.", True),  # one bilateral hit, two places three times each
    ("Итоги года\n\n" + PLACES + "Эксперты обсудили планы.", False),  # no bilateral word at all
    ("Итоги года\n\nРоссия готовит проекты. Россия поставляет технику. В России довольны. "
     "Казахстан ждёт. Отношения развиваются.", False),  # one place dominates, the other is named once
])
def test_one_bilateral_word_and_two_dominant_places_suggest_bilateral(text: str, expected: bool) -> None:
    assert ("bilateral" in _suggested(text)) is expected


def test_in_a_long_article_two_passing_words_are_not_enough() -> None:
    neutral = "Делегаты осмотрели старый город и посетили музей под открытым небом. "
    short = HEAD + "Товарооборот вырос. " + neutral + "Товарооборот достигнет рекорда."
    long = HEAD + "Товарооборот вырос. " + neutral * 100 + "Товарооборот достигнет рекорда."
    assert len(long) > 4 * 1500
    assert "economy" in _suggested(short)
    assert "economy" not in _suggested(long)


PEACE_TALKS = ("Делегации обсудили условия прекращения огня\n\n"
               "Переговоры в Стамбуле продлились четыре часа. Участники переговоров договорились "
               "о новом раунде переговоров, чтобы урегулировать конфликт. ")
SUMMIT = ("Лидеры стран ШОС собрались на саммит в Тяньцзине\n\n"
          "Встреча в расширенном составе прошла в конгресс-центре. Посол Китая рассказал о планах "
          "Шанхайской организации сотрудничества. Следующая встреча намечена на весну. ")


@pytest.mark.parametrize(("text", "theme"), [
    (PEACE_TALKS, "conflicts"),  # the conflicts guideline takes peace talks
    (SUMMIT, "sco"),  # two states met on a multilateral platform: that platform's theme
])
def test_talks_that_a_rival_theme_takes_are_not_bilateral(text: str, theme: str) -> None:
    suggested = _suggested(text)
    assert theme in suggested
    assert "bilateral" not in suggested
    assert [hit for hit in _hits(text) if hit[0] == "bilateral"]  # the span-level hits stay


@pytest.mark.parametrize("extra", [
    "Министры отметили, что двусторонние отношения выходят на новый уровень.",  # a bilateral phrase
    "Ранее стороны провели межмидовские консультации в Москве.",  # a bilateral phrase
])
def test_specific_bilateral_evidence_keeps_bilateral_beside_a_rival(extra: str) -> None:
    suggested = _suggested(PEACE_TALKS + extra)
    assert {"conflicts", "bilateral"} <= suggested


def test_a_specific_bilateral_word_in_the_headline_keeps_bilateral_beside_a_rival() -> None:
    text = "Визит министра в Ереван начался с переговоров\n\n" + PEACE_TALKS.split("\n\n", 1)[1] + "Перемирие соблюдается, беженцы возвращаются."
    assert {"conflicts", "bilateral"} <= _suggested(text)


def test_without_a_rival_theme_talks_stay_bilateral() -> None:
    text = "Министры подвели итоги года\n\nПереговоры в Минске продлились четыре часа. Переговоры продолжатся завтра. "
    assert "bilateral" in _suggested(text)


def test_a_contact_between_two_people_alone_does_not_make_the_document_about_personal_relations() -> None:
    text = "Встреча Путина и Токаева прошла в Кремле\n\nСтороны обсудили поставки зерна и график рейсов. "
    assert ("leaders", "Встреча Путина и Токаева") in _hits(text)
    assert "leaders" not in _suggested(text)
    warm = text + "Президенты отметили доверительные отношения между ними."
    assert "leaders" in _suggested(warm)


@pytest.mark.parametrize("words", ["", " ", "\n"])
def test_document_themes_take_a_hit_on_blank_characters(words: str) -> None:
    text = "Итоги года" + words + "."
    hits = [ThemeHit("leaders", 10, 10 + len(words)), ThemeHit("bilateral", 10, 10 + len(words))]
    assert rule_document_themes(text, hits) <= {"leaders", "bilateral"}


def test_contacts_between_two_capitals_are_bilateral_but_shared_with_peace_talks() -> None:
    text = "Итоги недели\n\nКонтакты Москвы и Вашингтона продолжатся. Контакты идут по дипломатическим каналам. "
    assert "bilateral" in _suggested(text)
    assert "bilateral" not in _suggested(text + "Речь идёт о прекращении огня и перемирии.")
