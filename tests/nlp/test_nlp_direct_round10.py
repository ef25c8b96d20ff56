"""Direct quotes, engine round 10 (branch rec9): headlines opened by someone's words and a
full stop, headline fragments said again below, and fragments in a sentence framed by
"Как считает X, …".

Sentences written here in the register of diplomatic news."""

from __future__ import annotations

from nlp_helpers import quote_table

from annotator.nlp.context import TextContext
from annotator.nlp.fragments import fragment_attribution
from annotator.nlp.quotes import scan_quotations
from annotator.nlp.segment import sentences


def _direct(text: str) -> list[tuple[str, str | None]]:
    return [(quoted, speaker) for kind, quoted, speaker in quote_table(text) if kind == "direct"]


def test_words_in_marks_that_open_a_headline_before_a_full_stop_are_the_speakers() -> None:
    text = (
        "«Дверь остаётся открытой». Токаев прокомментировал итоги переговоров в Астане\n\n"
        "Глава государства Касым-Жомарт Токаев принял в Акорде делегацию Евросоюза."
    )
    assert _direct(text) == [("Дверь остаётся открытой", "Касым-Жомарт Токаев")]


def test_a_headline_opened_by_a_title_and_a_full_stop_holds_no_quote() -> None:
    text = (
        "«Северный маршрут». Итоги навигации подвели в Мурманске\n\n"
        "Грузооборот по трассе вырос на десятую часть за сезон."
    )
    assert _direct(text) == []


def test_a_company_name_opening_a_headline_before_its_head_speaks_stays_a_title() -> None:
    text = (
        "«Росатом». Алексей Лихачёв рассказал о планах госкорпорации на год\n\n"
        "Корпорация продолжит строительство станций за рубежом."
    )
    assert _direct(text) == []


def test_a_full_stop_after_words_in_marks_inside_a_paragraph_ends_a_sentence() -> None:
    # Only a headline reads "«…». X прокомментировал …" as an attribution.
    text = (
        "Делегации согласовали текст под рабочим названием «Дорога мира». "
        "Лавров прокомментировал ход консультаций с коллегами из Еревана и Баку подробно и "
        "обстоятельно, отметив роль посредников в согласовании формулировок итогового документа."
    )
    assert _direct(text) == []


def test_a_ministry_named_with_v_after_the_headline_colon_says_the_words() -> None:
    text = (
        "«Прямо обсуждают»: в МИД Белоруссии озвучили планы соседей по границе\n\n"
        "Заместитель министра рассказал о ситуации на западных рубежах."
    )
    assert [quoted for quoted, _ in _direct(text)] == ["Прямо обсуждают"]


def test_a_headline_fragment_said_again_in_the_body_is_the_speakers_quote() -> None:
    text = (
        "Ташкент не будет «механически копировать» чужие ограничения\n\n"
        "Глава узбекского МИД Бахтиёр Саидов заявил, что республика не станет "
        "«механически копировать» чужие ограничения в торговле."
    )
    assert _direct(text)[0] == ("механически копировать", "Бахтиёр Саидов")
    assert text.index("механически") < text.index("\n")  # the first one found is the headline's


def test_a_headline_fragment_that_no_one_says_below_is_no_quote() -> None:
    text = (
        "Ташкент не будет «механически копировать» чужие ограничения\n\n"
        "Глава узбекского МИД Бахтиёр Саидов провёл переговоры в Женеве."
    )
    assert _direct(text) == []


def test_a_headline_term_that_no_one_says_below_stays_the_authors() -> None:
    text = (
        "Стороны обсудили «зелёный коридор» для грузов\n\n"
        "Министры транспорта двух стран провели встречу в Минске. "
        "Так называемый «зелёный коридор» упростит проход товаров через границу."
    )
    assert _direct(text) == []


def test_a_fragment_in_a_sentence_framed_by_kak_schitaet_is_the_framers_words() -> None:
    text = (
        "Как считает министр иностранных дел Армении Арарат Мирзоян, на переговорах "
        "«осталось закрыть лишь два вопроса» из семнадцати."
    )
    assert _direct(text) == [("осталось закрыть лишь два вопроса", "Арарат Мирзоян")]


def test_a_term_in_a_sentence_framed_by_kak_schitaet_stays_a_term() -> None:
    text = "Как считает министр иностранных дел Сергей Лавров, «зерновая сделка» себя исчерпала."
    assert _direct(text) == []


def test_a_scare_quote_with_no_framing_clause_stays_the_authors() -> None:
    text = "Судя по всему, на переговорах «осталось закрыть лишь два вопроса» из семнадцати."
    assert _direct(text) == []


def test_a_title_in_a_sentence_framed_by_kak_schitaet_stays_a_title() -> None:
    text = (
        "Как считает министр иностранных дел Армении Арарат Мирзоян, форум «Мост дружбы» "
        "станет площадкой для встречи делегаций."
    )
    assert _direct(text) == []


def test_a_fragment_in_a_reported_clause_is_the_clause_subjects_words() -> None:
    # "сообщалось" reports the whole clause and names no one; the subject of "призвали" does.
    text = "Ранее сообщалось, что в Евросоюзе призвали Белград «определиться с выбором» до конца года."
    assert [quoted for quoted, _ in _direct(text)] == ["определиться с выбором"]
    assert _direct(text)[0][1] is not None


def _fragment_speaker(text: str, words: str) -> str | None:
    """The mention that fragments.py gives the words in marks, read on its own."""
    ctx = TextContext.build(text)
    quotations = scan_quotations(text, ctx.paragraphs)
    ctx.set_sentences(sentences(text, ctx.paragraphs, [(q.start, q.end) for q in quotations]))
    quotation = next(q for q in quotations if text[q.start : q.end] == words)
    attribution = fragment_attribution(ctx, quotation.open, (quotation.start, quotation.end))
    if attribution is None or attribution.mention is None:
        return None
    return text[attribution.mention.start : attribution.mention.end]


def test_a_fragment_after_zayaviv_chto_stays_with_the_sentences_subject() -> None:
    # The clause after "что" has a subject of its own (Минск), but the sentence already names
    # the one who speaks: the fallback to the clause is not read.
    text = (
        "Лукашенко отклонил обвинения в агрессивности манёвров, заявив, что Минск «не угрожает "
        "соседям», а нападки Вильнюса назвал попыткой «сбить с толку собственных граждан»."
    )
    assert _fragment_speaker(text, "сбить с толку собственных граждан") == "Лукашенко"


def test_the_clause_fallback_names_the_subject_of_the_fragments_verb() -> None:
    text = "Ранее сообщалось, что в Евросоюзе призвали Белград «определиться с выбором» до конца года."
    assert _fragment_speaker(text, "определиться с выбором") == "Евросоюзе"


def test_a_dash_turn_under_a_label_with_a_name_and_title_is_that_persons() -> None:
    text = (
        "Консультации по визовым вопросам перенесены на осень.\n\n"
        "Айбек Смадияров, официальный представитель МИД Казахстана:\n\n"
        "– Решение взвешенное. Мы уже известили партнёров и объясняем им причины переноса.\n\n"
        "Новые сроки объявят позже."
    )
    assert _direct(text) == [
        ("Решение взвешенное. Мы уже известили партнёров и объясняем им причины переноса.", "Айбек Смадияров"),
    ]


def test_a_label_with_the_title_before_the_name_also_attributes_the_turn() -> None:
    text = (
        "Консультации по визовым вопросам перенесены на осень.\n\n"
        "Официальный представитель казахстанского МИД Айбек Смадияров:\n\n"
        "– Решение взвешенное, партнёры о нём знают."
    )
    assert _direct(text) == [("Решение взвешенное, партнёры о нём знают.", "Айбек Смадияров")]


def test_a_sentence_with_a_verb_before_a_dashed_list_is_no_label() -> None:
    text = (
        "Сергей Лавров за неделю посетил три столицы:\n\n"
        "– Пекин, где обсуждались поставки энергоносителей и расчёты в национальных валютах."
    )
    assert _direct(text) == []


def test_a_title_without_a_name_before_a_dash_line_is_a_heading() -> None:
    text = (
        "Официальный представитель МИД Казахстана:\n\n"
        "– брифинги проходят по четвергам в пресс-центре министерства."
    )
    assert _direct(text) == []


def test_an_unmarked_quote_starts_at_a_first_person_sentence_with_its_own_that() -> None:
    text = (
        "Замглавы российского МИД Сергей Рябков ответил на вопросы журналистов.\n\n"
        "Хочу напомнить, что и два года назад мы предлагали вернуться к консультациям. "
        "Ответа так и не последовало, – подчеркнул дипломат."
    )
    assert _direct(text) == [(
        "Хочу напомнить, что и два года назад мы предлагали вернуться к консультациям. "
        "Ответа так и не последовало",
        "Сергей Рябков",
    )]
    assert [kind for kind, _, _ in quote_table(text)] == ["direct"]  # the "что" clause is inside it


def test_an_unmarked_quote_stops_after_a_sentence_that_names_its_own_speaker() -> None:
    text = (
        "Мы готовы к консультациям, – сказал Сергей Рябков на брифинге. "
        "Ответа из Вашингтона пока нет, – добавил он."
    )
    assert [quoted for quoted, _ in _direct(text)] == [
        "Мы готовы к консультациям", "Ответа из Вашингтона пока нет",
    ]


def test_an_unmarked_quote_stops_after_a_third_person_report() -> None:
    text = (
        "Глава МИД Сергей Лавров встретился с коллегой. Стороны заявили, что диалог продолжится. "
        "Ответа из Вашингтона пока нет, – добавил Лавров."
    )
    assert [quoted for quoted, _ in _direct(text)] == ["Ответа из Вашингтона пока нет"]


def test_a_spaced_dash_without_a_comma_before_the_attribution_sets_the_words_apart() -> None:
    text = (
        "Министры обсудили транзит и энергетику.\n\n"
        "Мы договорились продолжить диалог и расширить сотрудничество в ближайшие месяцы - "
        "отметил глава МИД Молдовы Михай Попшой."
    )
    assert _direct(text) == [
        ("Мы договорились продолжить диалог и расширить сотрудничество в ближайшие месяцы", "Михай Попшой"),
    ]


def test_a_dash_before_a_noun_is_no_attribution() -> None:
    text = "Новые ограничения на транзит грузов - заявление министерства иностранных дел Литвы."
    assert _direct(text) == []


def test_a_first_person_dash_line_under_a_topic_heading_is_the_last_speakers() -> None:
    text = (
        "Заместитель министра Алибек Бакаев заявил, что визит делегации готовится.\n\n"
        "О визовом режиме:\n\n"
        "– Я не готов сейчас называть сроки, мы работаем над этим вместе с партнёрами."
    )
    assert _direct(text) == [
        ("Я не готов сейчас называть сроки, мы работаем над этим вместе с партнёрами.", "Алибек Бакаев"),
    ]


def test_dash_lines_of_facts_under_a_topic_heading_are_no_quotes() -> None:
    text = (
        "Заместитель министра Алибек Бакаев заявил, что визит делегации готовится.\n\n"
        "О программе визита:\n\n"
        "– Делегация прибудет в столицу в понедельник утром.\n"
        "– Переговоры министров пройдут во вторник в здании правительства."
    )
    assert _direct(text) == []
