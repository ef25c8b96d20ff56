"""Direct quotes, engine round 12 (branch rec10): an unmarked clause before an inverted
attribution with no dash ("…, заявил X.") is the speaker's own words when it speaks in the
first person, since reported speech would shift "мы" to the speaker's side in the third
person (guide, direct rule 6).

Sentences written here in the register of diplomatic news."""

from __future__ import annotations

from nlp_helpers import quote_table


def test_a_first_person_clause_before_an_inverted_attribution_is_direct() -> None:
    text = (
        "Мы готовы продолжить консультации с партнёрами по Содружеству в любом формате, "
        "заявил заместитель министра иностранных дел Михаил Галузин."
    )
    assert quote_table(text) == [
        (
            "direct",
            "Мы готовы продолжить консультации с партнёрами по Содружеству в любом формате",
            "Михаил Галузин",
        )
    ]


def test_a_first_person_possessive_makes_the_clause_direct_too() -> None:
    text = (
        "От нашей общей работы в рамках ОДКБ зависит стабильность всего региона, "
        "подчеркнул генеральный секретарь организации Имангали Тасмагамбетов."
    )
    kinds = [(kind, speaker) for kind, _, speaker in quote_table(text)]
    assert kinds == [("direct", "Имангали Тасмагамбетов")]


def test_a_third_person_clause_before_an_inverted_attribution_stays_indirect() -> None:
    text = (
        "Консультации с партнёрами по Содружеству продолжатся в мае, "
        "заявил заместитель министра иностранных дел Михаил Галузин."
    )
    assert [kind for kind, _, _ in quote_table(text)] == ["indirect"]


def test_a_first_person_word_inside_marks_leaves_the_clause_indirect() -> None:
    # the pronoun belongs to the title in marks, not to the clause's speaker
    text = (
        "Делегация представит в Женеве доклад «Наш общий дом — Евразия» уже в марте, "
        "сообщил постоянный представитель Геннадий Гатилов."
    )
    kinds = [kind for kind, words, _ in quote_table(text) if not words.startswith("Наш общий дом")]
    assert kinds == ["indirect"]
    assert [words for kind, words, _ in quote_table(text) if kind == "direct"] == []
