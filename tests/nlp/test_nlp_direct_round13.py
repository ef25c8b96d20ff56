"""Direct quotes, engine round 13 (branch rec11).

* A whole clause in marks after a reporting frame (guide, third batch: "Как добавил глава МИД,
  «…»") is direct when a linking word opens the sentence too ("Причём, как подчёркивает X,
  «…»", "Но, по словам X, «…»").
* "По его мнению, …" owns a fragment in marks later in its sentence even when a noun in an
  oblique case stands between ("По его мнению, Евросоюзу не удастся «…»"): that noun is no
  subject, so the possessive names whose words they are.

Sentences written here in the register of diplomatic news."""

from __future__ import annotations

from nlp_helpers import quote_table

_BEFORE = "Консультации экспертов двух стран продолжатся на следующей неделе. "


def test_a_linking_word_before_a_kak_frame_keeps_the_clause_in_marks_direct() -> None:
    text = _BEFORE + (
        "Причём, как подчёркивает МИД Казахстана, «подобные меры применяются исключительно "
        "к гражданам третьих стран»."
    )
    assert quote_table(text)[-1] == (
        "direct", "подобные меры применяются исключительно к гражданам третьих стран", "МИД Казахстана",
    )


def test_a_linking_word_before_po_slovam_keeps_the_clause_in_marks_direct() -> None:
    text = _BEFORE + "Но, по словам посла Казахстана, «решение о сроках визита пока не принято»."
    assert quote_table(text)[-1] == ("direct", "решение о сроках визита пока не принято", "посол Казахстана")


def test_a_partial_quote_after_a_linking_word_and_a_frame_stays_inside_reported_speech() -> None:
    # only part of the clause is in marks: one indirect quote (guide, indirect 8)
    text = _BEFORE + "Причём, как подчёркивает МИД Казахстана, подобные меры касаются лишь «третьих стран»."
    assert [(kind, speaker) for kind, _, speaker in quote_table(text)] == [("indirect", "МИД Казахстана")]


def test_a_possessive_opinion_frame_owns_a_fragment_after_an_oblique_noun() -> None:
    text = (
        "Глава МИД Латвии выступил в парламенте в четверг. По его мнению, Евросоюзу не удастся "
        "«расколоть единство союзников такими шагами»."
    )
    assert quote_table(text) == [("direct", "расколоть единство союзников такими шагами", "глава МИД Латвии")]


def test_a_term_after_a_possessive_opinion_frame_is_no_quote() -> None:
    text = (
        "Глава МИД Латвии выступил в парламенте в четверг. По его мнению, Евросоюзу не удастся "
        "сохранить так называемый «потолок цен» на нефть."
    )
    assert [kind for kind, _, _ in quote_table(text)] == []


def test_a_company_name_after_a_possessive_opinion_frame_is_no_quote() -> None:
    text = (
        "Глава МИД Латвии выступил в парламенте в четверг. По его мнению, Евросоюзу не удастся "
        "договориться с компанией «Балтийский транзит»."
    )
    assert [kind for kind, _, _ in quote_table(text)] == []


def test_a_fragment_that_opens_with_a_figure_is_still_lower_case_words() -> None:
    text = "Посол назвал такие утверждения «100% вымыслом» и призвал коллег к сдержанности."
    assert [(kind, words) for kind, words, _ in quote_table(text)] == [("direct", "100% вымыслом")]


def test_a_capitalised_name_after_a_figure_stays_a_title() -> None:
    text = "Посол назвал участников форума «100 Лидеров Евразии» в своем выступлении."
    assert [kind for kind, _, _ in quote_table(text)] == []


def test_a_second_complement_with_its_preposition_repeated_is_the_same_speakers_words() -> None:
    text = (
        "Министр высказался о «растущем доверии партнеров» в регионе, "
        "об «устойчивом торговом росте» и транспортных коридорах."
    )
    assert quote_table(text) == [
        ("direct", "растущем доверии партнеров", "министр"),
        ("direct", "устойчивом торговом росте", "министр"),
    ]


def test_a_title_in_a_second_complement_is_no_quote() -> None:
    text = "Министр высказался о «растущем доверии партнеров» в регионе, о визите в «Казмунайгаз»."
    assert [words for _, words, _ in quote_table(text)] == ["растущем доверии партнеров"]


def test_a_participle_between_the_complements_breaks_the_coordination() -> None:
    # the second marks follow another phrase of the author's: a verb form stands between
    text = (
        "Министр высказался о «растущем доверии партнеров», подписавших в Астане меморандум, "
        "о «дорожной карте» и транспортных коридорах."
    )
    assert [words for _, words, _ in quote_table(text)] == ["растущем доверии партнеров"]


_INTERVIEW = (
    "Посол Латвии дал интервью нашему изданию.\n"
    "{dash} Как вы оцениваете итоги переговоров в Риге?\n"
    "{dash} Переговоры прошли в конструктивном духе, стороны договорились продолжить консультации."
)


def test_interview_turns_opened_by_a_minus_sign_are_read_as_dash_turns() -> None:
    with_minus = quote_table(_INTERVIEW.format(dash="\u2212"))
    assert [(kind, words) for kind, words, _ in with_minus] == [
        ("direct", "Как вы оцениваете итоги переговоров в Риге?"),
        ("direct", "Переговоры прошли в конструктивном духе, стороны договорились продолжить консультации."),
    ]
    assert with_minus == quote_table(_INTERVIEW.format(dash="–"))


def test_a_minus_sign_inside_a_line_opens_no_turn() -> None:
    text = "Посол Латвии дал интервью нашему изданию.\nТемпература в Риге утром составила \u2212 5 градусов."
    assert quote_table(text) == []


_FORUM = "Министр выступил на форуме в Минске. "


def test_a_transitive_verb_characterises_its_object_with_the_words_after_kak() -> None:
    text = _FORUM + "Происходящее в регионе он обозначил как «опасную игру с огнем»."
    assert quote_table(text) == [("direct", "опасную игру с огнем", "министр")]


def test_kak_after_an_intransitive_verb_names_a_role_not_words() -> None:
    text = _FORUM + "Посол прибыл в Минск как «почетный гость» форума."
    assert quote_table(text) == []


def test_kak_after_a_comma_compares_and_takes_no_quote() -> None:
    text = _FORUM + "Делегации двух стран действовали, как «единая команда»."
    assert quote_table(text) == []


def test_a_capitalised_name_after_kak_stays_a_title() -> None:
    text = _FORUM + "Он рассматривает Казахстан как «Сингапур Центральной Азии»."
    assert quote_table(text) == []
