"""Direct quotes, engine round 6 (branch rec7): exact spans of unmarked and broken quotes.

Sentences written here in the register of diplomatic news."""

from __future__ import annotations

from nlp_helpers import quote_table


def _direct(text: str) -> list[tuple[str, str | None]]:
    return [(quoted, speaker) for kind, quoted, speaker in quote_table(text) if kind == "direct"]


def test_a_term_in_guillemets_inside_unmarked_words_is_not_the_quote() -> None:
    # The dash after "«двойные стандарты»" is the sentence's own; the words end at ", — написала".
    text = (
        "Официальный представитель МИД Мария Захарова прокомментировала доклад.\n\n"
        "Это неправда. Никаких переговоров не было. А разговоры про «двойные стандарты» — прикрытие "
        "провала, — написала Захарова."
    )
    assert _direct(text) == [
        ("Это неправда. Никаких переговоров не было. А разговоры про «двойные стандарты» — прикрытие провала",
         "Мария Захарова"),
    ]


def test_a_quote_in_guillemets_followed_by_its_attribution_dash_keeps_it() -> None:
    text = "«Мы готовы к диалогу» — заявил министр иностранных дел Сергей Лавров."
    assert _direct(text) == [("Мы готовы к диалогу", "Сергей Лавров")]


def test_a_scare_quote_before_a_sentence_dash_is_still_no_quote() -> None:
    # No speech verb after the second dash: the author's sentence, the term in the author's voice.
    text = "Так называемый «потолок цен» — мера, которая не работает, — это очевидно для рынка."
    assert _direct(text) == []


def test_odd_marks_around_unmarked_words_are_left_out() -> None:
    text = (
        "Премьер-министр Никол Пашинян выступил в парламенте.\n\n"
        "<Мы не готовимся к досрочным выборам. Мы занимаемся повседневной работой>, - отметил он."
    )
    assert _direct(text) == [
        ("Мы не готовимся к досрочным выборам. Мы занимаемся повседневной работой", "Никол Пашинян"),
    ]


def test_single_curly_marks_around_unmarked_words_are_left_out() -> None:
    text = "Министр Дмитрий Кулеба ответил на вопрос журналистов.\n\n‘Пока нас поддерживают, мы выигрываем’, – сказал Кулеба."
    assert _direct(text) == [("Пока нас поддерживают, мы выигрываем", "Дмитрий Кулеба")]


def test_a_broken_quote_whose_attribution_names_an_outlet_in_guillemets() -> None:
    text = (
        "«Зачем это нужно на нашей территории? — сказал Александр Лукашенко (цитата по «БелТА»). "
        "— Мы никому не угрожаем»."
    )
    assert _direct(text) == [
        ("Зачем это нужно на нашей территории?", "Александр Лукашенко"),
        ("Мы никому не угрожаем", "Александр Лукашенко"),
    ]


def test_a_title_in_guillemets_inside_a_quote_does_not_break_it() -> None:
    # No dash before the name of the forum: the guillemets are a title inside the words.
    text = "«Форум «Астана» пройдет в будущем году, мы уже разослали приглашения», — сказал посол Ерлан Карин."
    assert _direct(text) == [
        ("Форум «Астана» пройдет в будущем году, мы уже разослали приглашения", "Ерлан Карин"),
    ]


def _table(text: str) -> list[tuple[str, str, str | None]]:
    return quote_table(text)


def test_after_a_gerund_the_speakers_naming_verb_ends_the_reported_clause() -> None:
    text = (
        "Мария Захарова, комментируя публикацию о том, что Россия стоит за кибератакой, "
        "назвала это «приступом паранойи»."
    )
    # "публикацию о том, что …" is the publication's claim she reacts to, not her words
    # (test_nlp_titles); the thing she named it is hers.
    assert _table(text) == [("direct", "приступом паранойи", "Мария Захарова")]


def test_a_naming_verb_with_its_object_first_ends_the_reported_clause() -> None:
    text = "Александр Лукашенко заявил, что Минск никому не угрожает, а претензии соседних стран назвал попыткой «отвлечь внимание»."
    assert _table(text) == [
        ("indirect", "Минск никому не угрожает", "Александр Лукашенко"),
        ("direct", "отвлечь внимание", "Александр Лукашенко"),
    ]


def test_a_naming_verb_of_another_subject_stays_inside_the_reported_clause() -> None:
    # "который оппозиция назвала": the naming is the opposition's, inside the ambassador's words.
    text = "Посол заявил, что договор, который оппозиция назвала «предательством», будет подписан в мае."
    assert _table(text) == [
        ("indirect", "договор, который оппозиция назвала «предательством», будет подписан в мае", "посол"),
    ]


def test_a_title_after_the_naming_verb_is_no_quote() -> None:
    text = "Сергей Лавров, комментируя сообщения о том, что переговоры сорваны, назвал учения «Запад-2025» плановыми."
    # The reports he comments on are not his words (test_nlp_titles); the exercise is a title.
    assert _table(text) == []


def test_what_a_thing_was_called_is_a_quote_however_long_its_object() -> None:
    text = (
        "Мария Захарова назвала публикацию американской газеты о связях бывшего президента Каталонии "
        "с Москвой «глупейшей фальшивкой»."
    )
    assert _direct(text) == [("глупейшей фальшивкой", "Мария Захарова")]


def test_a_term_governed_by_a_preposition_far_after_the_naming_verb_is_no_quote() -> None:
    text = "Сергей Лавров назвал сроки встречи министров иностранных дел с «прозападной оппозицией» Грузии."
    assert _direct(text) == []


def test_a_quote_going_on_into_a_paragraph_with_a_title_and_no_opening_mark() -> None:
    text = (
        "Пресс-служба президента сообщила о решении.\n\n"
        "«Президент принял решение перенести форум на следующий год.\n\n"
        "Форум «Астана» возобновит работу в будущем году», — отметили в пресс-службе."
    )
    assert [quoted for quoted, _ in _direct(text)] == [
        "Президент принял решение перенести форум на следующий год.",
        "Форум «Астана» возобновит работу в будущем году",
    ]


def test_a_paragraph_whose_only_leftover_guillemet_closes_unmarked_words() -> None:
    text = "Посол Ерлан Карин ответил на вопросы.\n\nФорум «Астана» пройдет в июне, мы ждем гостей», — сказал Карин."
    assert _direct(text) == [("Форум «Астана» пройдет в июне, мы ждем гостей", "Ерлан Карин")]


def test_a_title_in_a_paragraph_of_the_authors_words_stays_a_title() -> None:
    text = "Посол Ерлан Карин рассказал о планах.\n\nФорум «Астана» пройдет в июне в столице Казахстана."
    assert _direct(text) == []


def test_a_quote_opening_with_a_quoted_term_keeps_its_span() -> None:
    text = "«Держим руку на пульсе» и по торговым вопросам», – сказал министр Алексей Оверчук."
    # The first mark opens the words; the term's own closing mark stays inside them.
    assert _direct(text) == [("Держим руку на пульсе» и по торговым вопросам", "Алексей Оверчук")]


def test_a_first_person_sentence_with_a_speech_verb_opens_the_unmarked_words() -> None:
    text = (
        "Замминистра Михаил Галузин ответил на вопрос агентства.\n\n"
        "Я могу сослаться на высказывания Дмитрия Пескова о том, что Киев уходит от диалога. "
        "С тех пор ситуация не изменилась, — сказал Галузин."
    )
    assert _direct(text) == [
        ("Я могу сослаться на высказывания Дмитрия Пескова о том, что Киев уходит от диалога. "
         "С тех пор ситуация не изменилась", "Михаил Галузин"),
    ]


def test_a_narrators_sentence_with_a_speech_verb_stays_out_of_the_unmarked_words() -> None:
    text = (
        "Замминистра Михаил Галузин ответил на вопрос агентства.\n\n"
        "Дипломат напомнил нам о высказываниях Дмитрия Пескова по этому поводу. "
        "С тех пор ситуация не изменилась, — сказал Галузин."
    )
    assert _direct(text) == [("С тех пор ситуация не изменилась", "Михаил Галузин")]


def test_the_newsrooms_we_stays_out_of_the_unmarked_words() -> None:
    text = (
        "Замминистра Михаил Галузин ответил на вопрос агентства.\n\n"
        "Как мы сообщали, дипломат напомнил о высказываниях Дмитрия Пескова. "
        "С тех пор ситуация не изменилась, — сказал Галузин."
    )
    assert _direct(text) == [("С тех пор ситуация не изменилась", "Михаил Галузин")]


def test_a_straight_term_followed_by_a_dash_inside_straight_quoted_words() -> None:
    text = (
        '"Никаких переговоров не было. А разговоры про "тайный канал" — выдумка журналистов", '
        "– написала Мария Захарова."
    )
    assert _direct(text) == [
        ('Никаких переговоров не было. А разговоры про "тайный канал" — выдумка журналистов', "Мария Захарова"),
    ]


def test_one_straight_mark_before_the_attribution_still_closes_both() -> None:
    text = '"Этот год стал "Годом дружбы", – сказал посол Алексей Полищук.'
    assert _direct(text) == [('Этот год стал "Годом дружбы', "Алексей Полищук")]
