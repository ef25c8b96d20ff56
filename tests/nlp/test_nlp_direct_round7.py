"""Direct quotes, engine round 7 (branch rec8): words whose opening mark is missing and
fragments coordinated with one already attributed.

Sentences written here in the register of diplomatic news."""

from __future__ import annotations

from nlp_helpers import quote_table


def _direct(text: str) -> list[tuple[str, str | None]]:
    return [(quoted, speaker) for kind, quoted, speaker in quote_table(text) if kind == "direct"]


def test_a_lone_straight_closing_mark_before_the_attribution_closes_words_opened_nowhere() -> None:
    text = (
        "Заместитель министра иностранных дел Алибек Бакаев выступил на брифинге.\n"
        "Официально это не обсуждалось, но, повторю, в рабочем порядке консультации идут\", - сказал он."
    )
    assert _direct(text) == [
        ("Официально это не обсуждалось, но, повторю, в рабочем порядке консультации идут", "Алибек Бакаев"),
    ]


def test_a_straight_mark_shaped_as_an_opening_one_opens_no_unmarked_words() -> None:
    # The only straight mark opens by its shape (a space before, a word after): it opens a
    # quotation left open, never closes words from the paragraph's start.
    text = (
        "Заместитель министра иностранных дел Алибек Бакаев выступил на брифинге.\n"
        "Делегации обсудили сроки поставок и \"дорожную карту, - сообщили в министерстве."
    )
    assert ("Делегации обсудили сроки поставок и", "Алибек Бакаев") not in _direct(text)
    assert all(not quoted.startswith("Делегации") for quoted, _ in _direct(text))


def test_a_fragment_joined_to_an_attributed_one_by_a_conjunction_is_the_same_speakers() -> None:
    text = "Среди причин кризиса Дмитрий Песков назвал «непоследовательные» и «непредсказуемые» шаги партнеров."
    assert _direct(text) == [("непоследовательные", "Дмитрий Песков"), ("непредсказуемые", "Дмитрий Песков")]


def test_an_accused_fragment_joined_by_a_conjunction_keeps_its_speaker() -> None:
    text = "Министр обвинил соседей в «провокациях» и «подрыве процесса нормализации» отношений."
    assert _direct(text) == [("провокациях", "министр"), ("подрыве процесса нормализации", "министр")]


def test_terms_joined_by_a_conjunction_with_no_speaker_before_them_stay_the_authors() -> None:
    text = "Делегации обсудили «дорожную карту» и «зеленую повестку» на ближайшие годы."
    assert _direct(text) == []


def test_a_title_joined_to_a_fragment_is_no_quote() -> None:
    text = "Министр назвал их «непродуманными» и «Северный поток» упоминать не стал."
    assert _direct(text) == [("непродуманными", "министр")]


def test_a_fragment_anywhere_in_a_sentence_framed_by_po_mneniyu_is_that_persons() -> None:
    text = (
        "Бывший президент Армении выступил на митинге в Ереване. По мнению Кочаряна, нынешний кабинет "
        "получил за год «самый низкий уровень доверия» в стране."
    )
    assert _direct(text) == [("самый низкий уровень доверия", "Кочарян")]


def test_po_ego_vyrazheniyu_frames_the_fragment_as_his() -> None:
    text = "Министр Сергей Лавров выступил в Думе. По его выражению, ограничения стали «бумерангом» для Европы."
    assert _direct(text) == [("бумерангом", "Сергей Лавров")]


def test_an_assessment_noun_without_po_frames_nothing() -> None:
    text = "Эксперты разошлись в оценке «зерновой сделки» и ее перспектив."
    assert _direct(text) == []


def test_words_after_a_colon_that_open_with_a_quoted_term_run_to_the_last_mark() -> None:
    text = "Дмитрий Песков заявил: «Группа друзей» к нам по этому поводу не обращалась»."
    assert _direct(text) == [("Группа друзей» к нам по этому поводу не обращалась", "Дмитрий Песков")]


def test_a_title_after_a_colon_with_no_second_closing_mark_stays_a_pair() -> None:
    # The paragraph holds one pair only: the colon announces a title, nobody's words run on.
    text = "Участники форума обсудили доклад: «Евразия в меняющемся мире» подготовили эксперты."
    assert all("подготовили" not in quoted for quoted, _ in _direct(text))


def test_a_guillemet_before_the_attribution_closes_a_title_and_the_quote_whatever_pairs_follow() -> None:
    text = (
        "«Сегодня подписан меморандум о строительстве газопровода «Союз Восток», – сказал журналистам "
        "глава компании Алексей Миллер (цитата по «Интерфаксу»)."
    )
    assert _direct(text) == [("Сегодня подписан меморандум о строительстве газопровода «Союз Восток", "Алексей Миллер")]


def test_an_inner_title_closed_apart_leaves_the_quote_to_its_own_mark() -> None:
    text = "«Проект «Союз Восток» будет реализован», – сказал журналистам Алексей Миллер (по данным «Интерфакса»)."
    assert _direct(text) == [("Проект «Союз Восток» будет реализован", "Алексей Миллер")]


def test_a_question_before_the_attribution_dash_is_the_speakers_words() -> None:
    text = (
        "Вице-премьер Серик Жумангарин ответил на вопросы журналистов.\n\n"
        "О каком давлении вы говорите? Кто и на кого давит? — удивился вице-премьер."
    )
    assert _direct(text) == [("О каком давлении вы говорите? Кто и на кого давит?", "Серик Жумангарин")]


def test_an_exclamation_before_the_attribution_dash_keeps_its_mark() -> None:
    assert _direct("Это недопустимо! – подчеркнул министр иностранных дел Сергей Лавров.") == [
        ("Это недопустимо!", "Сергей Лавров"),
    ]


def test_a_question_word_before_a_comma_and_a_verb_is_still_a_topic() -> None:
    assert _direct("Почему граница закрыта, объяснил министр иностранных дел.") == []


def test_a_question_ending_a_sentence_before_a_capitalised_dash_line_is_its_own_sentence() -> None:
    text = "Что будет дальше? – Переговоры продолжатся в мае, сообщил министр Сергей Лавров."
    assert ("Что будет дальше?", "Сергей Лавров") not in _direct(text)


def test_one_noun_in_marks_after_an_agreeing_adjective_is_a_scare_quote() -> None:
    text = "Агентство Bloomberg сообщило о российском «наступлении» на южном направлении."
    assert _direct(text) == []


def test_a_modifier_inside_the_marks_keeps_the_fragment_the_speakers() -> None:
    text = "Мария Захарова осудила «варварский» удар по гражданской инфраструктуре."
    assert _direct(text) == [("варварский", "Мария Захарова")]


def test_a_noun_in_marks_after_a_non_agreeing_object_is_what_it_was_called() -> None:
    assert _direct("Дмитрий Песков назвал происходящее «провалом».") == [("провалом", "Дмитрий Песков")]


def test_words_in_marks_after_a_preposition_inside_a_named_object_are_not_the_name() -> None:
    text = "Вице-премьер назвал разговоры вокруг «особого статуса» беспочвенными."
    assert _direct(text) == []


def test_a_straight_quote_broken_by_an_attribution_holding_a_straight_title_is_two_quotes() -> None:
    text = (
        "\"Партнеры нарушают все нормы общения, - заявил Сергей Лавров на встрече с активом "
        "\"Молодой гвардии\". - Доходит до прямого произвола\"."
    )
    assert _direct(text) == [
        ("Партнеры нарушают все нормы общения", "Сергей Лавров"),
        ("Доходит до прямого произвола", "Сергей Лавров"),
    ]


def test_one_straight_mark_before_the_attribution_still_closes_a_title_and_the_quote() -> None:
    text = "\"Этот год стал \"Годом дружбы\", - сказал министр иностранных дел Сергей Лавров."
    # the last mark closes both: the quote runs up to it (guide, direct 3)
    assert _direct(text) == [("Этот год стал \"Годом дружбы", "Сергей Лавров")]


def test_unmarked_words_run_back_to_the_sentence_after_the_last_speech_verb_of_their_paragraph() -> None:
    text = (
        "Визит не планируется, заявил замминистра Сергей Рябков журналистам. Графика встреч пока нет. "
        "Поэтому я прошу не делать поспешных выводов, - отметил он."
    )
    assert _direct(text) == [("Графика встреч пока нет. Поэтому я прошу не делать поспешных выводов", "Сергей Рябков")]


def test_an_ellipsis_of_omission_opening_a_paragraph_is_no_part_of_the_words() -> None:
    text = (
        "«Мы открыты к диалогу с соседями.\n"
        "... Еще раз подчеркну: нам не нужен никакой конфликт», — сказал министр иностранных дел Сергей Лавров."
    )
    assert ("Еще раз подчеркну: нам не нужен никакой конфликт", "Сергей Лавров") in _direct(text)


def test_a_run_on_straight_quotation_ends_at_the_mark_that_closes_a_title_and_the_words() -> None:
    text = (
        "Президент Майя Санду дала интервью. \"Будь цены ниже, мы бы давно нашли иного "
        "продавца.\n\n"
        "Для Молдавии было бы легче, если бы \"Молдовагаз\" не зависел от \"Газпрома\", – сказала Санду."
    )
    assert ("Для Молдавии было бы легче, если бы \"Молдовагаз\" не зависел от \"Газпрома", "Майя Санду") in _direct(text)


def test_straight_titles_in_a_paragraph_of_its_own_stay_titles() -> None:
    text = (
        "Президент Майя Санду дала интервью телеканалу.\n\n"
        "Компания \"Молдовагаз\" зависит от \"Газпрома\", – сказала Санду."
    )
    # no straight quotation runs on from the paragraph before: the titles are no closing marks of
    # words; the unmarked sentence before the attribution dash is hers (guide, direct rule 6)
    assert [quoted for quoted, _ in _direct(text)] == ['Компания "Молдовагаз" зависит от "Газпрома"']


def test_a_straight_quote_resumed_in_lower_case_after_an_attribution_holding_a_title_is_two_quotes() -> None:
    text = (
        "\"Наша позиция не изменилась, - сказал Сергей Лавров в беседе с газетой \"Труд\", - мы по-прежнему "
        "открыты к диалогу\"."
    )
    assert _direct(text) == [
        ("Наша позиция не изменилась", "Сергей Лавров"),
        ("мы по-прежнему открыты к диалогу", "Сергей Лавров"),
    ]


def test_a_first_person_headline_ending_in_a_title_is_closed_by_its_last_guillemet() -> None:
    text = (
        "«Мы готовы к «большой сделке»: Лавров о переговорах с Вашингтоном\n\n"
        "Министр иностранных дел России Сергей Лавров выступил на пресс-конференции."
    )
    assert _direct(text) == [("Мы готовы к «большой сделке", "Сергей Лавров")]


def test_a_headline_of_a_title_with_a_title_inside_is_no_quote() -> None:
    text = "«Завод «Сибирь»: Новые мощности\n\nКомпания подвела итоги года."
    assert _direct(text) == []


def test_po_mneniyu_after_the_words_frames_them_as_that_persons() -> None:
    text = (
        "Журналисты изучили документ. А вот то, что все, кто фигурирует в перечне «де-факто объявлены "
        "противниками», по мнению Пескова, заслуживает внимания."
    )
    assert _direct(text) == [("де-факто объявлены противниками", "Песков")]


def test_a_title_before_po_mneniyu_stays_a_title() -> None:
    text = "Компания «Росатом», по мнению Пескова, остается надежным партнером."
    assert _direct(text) == []
