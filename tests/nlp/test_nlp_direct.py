"""Direct quotes: marks, dialogue dashes, broken and multi-paragraph quotes."""

from __future__ import annotations

import pytest

from annotator.nlp import analyze
from nlp_helpers import mention_text, quote_table

CASES = [
    (  # said after, with a dialogue dash
        "Министр иностранных дел России Сергей Лавров провёл переговоры в Улан-Баторе.\n\n"
        "«Мы договорились сверять позиции по вопросам безопасности», – сказал он.",
        [("direct", "Мы договорились сверять позиции по вопросам безопасности", "Сергей Лавров")],
    ),
    (  # colon introduction; the final period inside the marks stays
        "Официальный представитель МИД России Мария Захарова выступила на брифинге. "
        "Она заявила: «Москва готова к диалогу без предварительных условий.»",
        [("direct", "Москва готова к диалогу без предварительных условий.", "Мария Захарова")],
    ),
    (  # question mark kept, no comma before the dash
        "«Разве можно строить будущее, игнорируя интересы большинства?» – спросил Лавров.",
        [("direct", "Разве можно строить будущее, игнорируя интересы большинства?", "Лавров")],
    ),
    (  # nested „ “ belongs to the outer quote
        "«Брюссель выдаёт свои решения за „волю международного сообщества“», – заявила Захарова.",
        [("direct", "Брюссель выдаёт свои решения за „волю международного сообщества“", "Захарова")],
    ),
    (  # straight quotes
        '"Наше сотрудничество не направлено против третьих стран", – подчеркнул Ван И.',
        [("direct", "Наше сотрудничество не направлено против третьих стран", "Ван И")],
    ),
    (  # attribution without a dash after the comma
        "«Переговоры прошли в конструктивном ключе», заявил посол Алексей Морозов.",
        [("direct", "Переговоры прошли в конструктивном ключе", "Алексей Морозов")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_direct_quotes(text: str, expected: list) -> None:
    assert quote_table(text) == expected


def test_broken_quote_is_two_quotes_with_one_speaker_and_mention() -> None:
    text = (
        "Глава МИД Монголии провёл переговоры с Сергеем Лавровым.\n\n"
        "«Монгольские партнёры заинтересованы в транзите, – отметил Лавров, – "
        "и мы готовы обсуждать конкретные маршруты»."
    )
    analysis = analyze(text)
    assert quote_table(text) == [
        ("direct", "Монгольские партнёры заинтересованы в транзите", "Сергей Лавров"),
        ("direct", "и мы готовы обсуждать конкретные маршруты", "Сергей Лавров"),
    ]
    assert analysis.quotes[0].speaker_mention == analysis.quotes[1].speaker_mention
    assert mention_text(analysis, 0) == "Лавров"
    cue = analysis.quotes[0].cue
    assert cue is not None and analysis.text[cue[0] : cue[1]] == "отметил"


def test_broken_quote_after_a_full_stop_keeps_the_stop() -> None:
    text = "«Мы уже видели, к чему это приводит. – сказал Небензя. – Мы будем голосовать против»."
    assert [q[1] for q in quote_table(text)] == [
        "Мы уже видели, к чему это приводит.",
        "Мы будем голосовать против",
    ]


def test_quote_over_paragraphs_is_one_quote_per_piece_with_one_speaker() -> None:
    text = (
        "Президент России Владимир Путин выступил на форуме.\n\n"
        "Российский лидер подчеркнул: «Мы видим, как формируются новые центры роста.\n\n"
        "«Наша задача – выстраивать равноправную кооперацию.\n\n"
        "«Мы никому не навязываем своих решений»."
    )
    analysis = analyze(text)
    assert quote_table(text) == [
        ("direct", "Мы видим, как формируются новые центры роста.", "Владимир Путин"),
        ("direct", "Наша задача – выстраивать равноправную кооперацию.", "Владимир Путин"),
        ("direct", "Мы никому не навязываем своих решений", "Владимир Путин"),
    ]
    assert len({q.speaker_mention for q in analysis.quotes}) == 1
    assert mention_text(analysis, 2) == "Российский лидер"


def test_paragraph_pieces_share_an_attribution_after_the_last_piece() -> None:
    text = "«Первая часть заявления остаётся в силе.\n\n«Вторая часть тоже», – сказал Песков."
    assert quote_table(text) == [
        ("direct", "Первая часть заявления остаётся в силе.", "Песков"),
        ("direct", "Вторая часть тоже", "Песков"),
    ]


def test_crlf_input_offsets_refer_to_the_normalised_text() -> None:
    raw = "Лавров провёл переговоры.\r\n\r\n«Мы готовы к работе», – сказал министр.\r\n"
    analysis = analyze(raw)
    assert "\r" not in analysis.text
    quote = analysis.quotes[0]
    assert analysis.text[quote.start : quote.end] == "Мы готовы к работе"
    assert quote.start == analysis.text.index("Мы готовы")


def test_emoji_before_a_quote() -> None:
    text = "⚡️ Пресс-секретарь Кремля Дмитрий Песков ответил журналистам.\n\n👉 «Нам нечего добавить», – сказал он."
    analysis = analyze(text)
    assert quote_table(text) == [("direct", "Нам нечего добавить", "Дмитрий Песков")]
    assert analysis.text[analysis.quotes[0].start - 1] == "«"


TITLES = [
    "Анонс форума опубликовала газета «Известия».",
    "Об этом сообщает агентство «Интерфакс» со ссылкой на источники.",
    "Министр дал интервью телеканалу «Россия 24» в Москве.",
    "Монголия примет участие в форуме «Россия – Азия», который пройдёт во Владивостоке.",
    "Поставки идут через газопровод «Сила Сибири».",
    "Акции компании «Газпром нефть» выросли.",
    "Депутаты от партии «Новые люди» внесли законопроект.",
    "Учения «Взаимодействие-2026» пройдут в Казахстане.",
    "Об этом говорится в сообщении ПАО «Северсталь».",
    "Разговор состоялся в кулуарах «Валдая».",
    # a noun before the marks names what the title is
    "Министр дал интервью «Казахстанской правде» накануне визита.",
    "Саммит прошёл под лозунгом «Вместе к общему будущему» в столице.",
    "Грузы пойдут по коридору «Север – Юг» уже в этом году.",
    "Строительство АЭС «Аккую» идёт по графику.",
    # the generic noun a place apart, the title capitalised and with no verb
    "Посол выступил на семинаре в Алматы «Новые маршруты. Транзит и логистика через Каспий».",
    "Институт провёл круглый стол на тему «Каспий и Арктика: логистика будущего» в Астрахани.",
    # the shape of a name: short, capitalised, no verb, no colon before, no dash after
    "Переговоры прошли в резиденции «Ынтымак Ордо» в Бишкеке.",
    "Министр выступил на «Итогах года» в декабре.",
    # a photo credit names an outlet, whatever its marks
    "Визит начнётся в среду.\n© Фото: Мария Иванова/ “Вестник Кавказа“\nСтороны готовят документы.",
]


@pytest.mark.parametrize("text", TITLES)
def test_titles_in_guillemets_are_not_quotes(text: str) -> None:
    assert quote_table(text) == []


# Short capitalised words in marks stay someone's words where a colon or a dash says so.
SHORT_QUOTES = [
    ("Министр ответил коротко: «Никаких уступок».", [("direct", "Никаких уступок", "министр")]),
    ("«Никаких уступок», – подчеркнул Сергей Лавров.", [("direct", "Никаких уступок", "Сергей Лавров")]),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_QUOTES)
def test_short_capitalised_quotes_with_an_attribution(text: str, expected: list) -> None:
    assert quote_table(text) == expected


SCARE_QUOTES = [
    "Речь шла о так называемом «ценовом потолке» на энергоносители.",
    "Западные страны ввели очередные «ограничительные меры» против соседей.",
    "Его называют «архитектором новой политики на Ближнем Востоке и в Африке».",
]


@pytest.mark.parametrize("text", SCARE_QUOTES)
def test_quoted_terms_are_not_quotes(text: str) -> None:
    assert quote_table(text) == []


def test_title_inside_a_quote_stays_part_of_it() -> None:
    text = "«Мы обсудили проект „Сила Сибири – 2“ и новые маршруты», – сообщил Новак."
    assert quote_table(text) == [
        ("direct", "Мы обсудили проект „Сила Сибири – 2“ и новые маршруты", "Новак")
    ]


def test_unattributed_statement_inherits_the_previous_speaker() -> None:
    text = (
        "«Мы открыты для диалога», – заявил Лавров.\n\n"
        "«Но любые договорённости должны учитывать интересы всех сторон без исключения.»"
    )
    assert [q[2] for q in quote_table(text)] == ["Лавров", "Лавров"]


ATTRIBUTIONS = [
    ("«Санкции не работают», – считает Лавров.", "Лавров"),  # opinion verb after a quote
    ("«Решение принято», – сказано в заявлении МИД России.", "МИД России"),
    ("«Мы готовы к диалогу», – сказал С. Лавров журналистам.", "Лавров"),  # initial
    ("«Работа продолжается», – сообщила М. В. Захарова.", "Захарова"),
    ("«Мы будем добиваться справедливости», – написала Захарова в телеграм-канале.", "Захарова"),
    (
        "Лавров выступил на форуме.\n\n«Мы никогда не отказывались от диалога с партнёрами.» "
        "Об этом министр заявил журналистам.",
        "Лавров",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ATTRIBUTIONS)
def test_attribution_forms(text: str, speaker: str) -> None:
    assert [q[2] for q in quote_table(text)] == [speaker]


def test_first_unattributed_quote_goes_to_the_person_just_named() -> None:
    text = (
        "Председатель Совета Федерации Валентина Матвиенко выступила на пленарном заседании. "
        "«Мы продолжим диалог с парламентами всех дружественных стран, невзирая на давление.»"
    )
    assert [q[2] for q in quote_table(text)] == ["Валентина Матвиенко"]


def test_phrase_cited_inside_reported_speech_stays_in_the_indirect_quote() -> None:
    text = "Лавров подчеркнул, что Москва «не намерена никому ничего доказывать»."
    assert quote_table(text) == [
        ("indirect", "Москва «не намерена никому ничего доказывать»", "Лавров")
    ]


def test_a_quote_running_on_with_its_opening_mark_missing() -> None:
    text = (
        "«Мы готовы к диалогу без предварительных условий.\n\n"
        "Главное – сохранить каналы связи», – сказал министр иностранных дел Сергей Лавров."
    )
    assert quote_table(text) == [
        ("direct", "Мы готовы к диалогу без предварительных условий.", "Сергей Лавров"),
        ("direct", "Главное – сохранить каналы связи", "Сергей Лавров"),
    ]


def test_a_mark_left_open_does_not_swallow_the_paragraphs_after_it() -> None:
    text = (
        "Министр Сергей Лавров сказал: «Мы готовы к диалогу.\n\n"
        "Переговоры пройдут в Минске в конце месяца.\n\n"
        "Делегации прибудут накануне."
    )
    assert [q[1] for q in quote_table(text)] == ["Мы готовы к диалогу."]


def test_a_title_noun_in_the_line_above_does_not_make_a_quote_a_title() -> None:
    text = (
        "Армения приняла новую программу правительства\n"
        "«Мы провели хорошие переговоры, конструктивно и доверительно», — рассказывал Сергей Лавров."
    )
    assert quote_table(text) == [
        ("direct", "Мы провели хорошие переговоры, конструктивно и доверительно", "Сергей Лавров")
    ]


REPORTED_AROUND = [
    (  # a fragment in the author's sentence, the attribution after a comma: the sentence is reported
        "Заявление посла содержало «необоснованные упрёки в адрес российской стороны», сообщили в МИД России.",
        [("indirect", "Заявление посла содержало «необоснованные упрёки в адрес российской стороны»", "МИД России")],
    ),
    (  # … or in the next sentence
        "Договорённости с соседями стоит смело «считать рубежными». Об этом заявил министр Арарат Мирзоян.",
        [("indirect", "Договорённости с соседями стоит смело «считать рубежными»", "Арарат Мирзоян")],
    ),
    (  # a whole sentence in marks with a comma attribution is a direct quote, not a title
        "«Мы готовы к диалогу», заявил Сергей Лавров.",
        [("direct", "Мы готовы к диалогу", "Сергей Лавров")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_AROUND)
def test_a_quotation_inside_the_authors_sentence_with_the_attribution_outside(text: str, expected: list) -> None:
    assert quote_table(text) == expected


NESTING = [
    (  # same-mark nesting in straight quotes: the whole utterance (guide, direct 4)
        '"Компания "Газтранс" выполняет все контракты", - сказал Алексей Миллер.',
        [("direct", 'Компания "Газтранс" выполняет все контракты', "Алексей Миллер")],
    ),
    (  # a saying quoted inside the words, then the words go on
        '"План выглядел стройно, но, как говорится, "поспешишь - людей насмешишь". Теперь всё переделывают", - '
        "сказала Мария Захарова.",
        [("direct", 'План выглядел стройно, но, как говорится, "поспешишь - людей насмешишь". Теперь всё переделывают',
          "Мария Захарова")],
    ),
    (  # two quotations side by side stay two
        '"Москва выполняет свои обязательства", - сказал Лавров. "Брюссель свои не выполняет", - добавил министр.',
        [("direct", "Москва выполняет свои обязательства", "Лавров"),
         ("direct", "Брюссель свои не выполняет", "Лавров")],
    ),
    (  # a quoted term opens the quote and its closing mark equals the outer one (guide, direct 3)
        "«Каспийская пятёрка» – вот формат, который мы намерены укреплять дальше», – заявил министр "
        "Рашид Мередов.",
        [("direct", "Каспийская пятёрка» – вот формат, который мы намерены укреплять дальше", "Рашид Мередов")],
    ),
    (  # an attribution inside the words quoted within the quote does not break the quote
        '"Коллега ответил: "Мы согласны, - и это было сказано с глазу на глаз, - согласны продолжать". '
        'Повестка была шире", - сказал Владимир Путин.',
        [("direct", 'Коллега ответил: "Мы согласны, - и это было сказано с глазу на глаз, - согласны продолжать". '
          "Повестка была шире", "Владимир Путин")],
    ),
]


NESTING += [
    (  # one guillemet before the attribution closes a term and the quote
        "«Речь идёт о компенсациях за некие «последствия конфликта», – написал Дмитрий Медведев.",
        [("direct", "Речь идёт о компенсациях за некие «последствия конфликта", "Дмитрий Медведев")],
    ),
    (  # a term closed inside the quote stays inside it
        "«Мы обсудили «зерновую сделку» и её продление», – сказал Сергей Лавров.",
        [("direct", "Мы обсудили «зерновую сделку» и её продление", "Сергей Лавров")],
    ),
]


NESTING += [
    (  # a quoted term opening the quote in straight marks, its closing mark equal to the outer one
        '"Держим руку на пульсе" и по повестке ООН, и по торговле", - сказал Сергей Лавров.',
        [("direct", 'Держим руку на пульсе" и по повестке ООН, и по торговле', "Сергей Лавров")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NESTING)
def test_nested_quotations(text: str, expected: list) -> None:
    assert quote_table(text) == expected


def test_a_stray_straight_mark_does_not_nest() -> None:
    # the shapes do not pair up: the first closing mark ends the quote, as before
    text = 'Он добавил: "Мы ждём ответа". Ответ "пока не поступил.'
    assert quote_table(text)[0][:2] == ("direct", "Мы ждём ответа")


def test_titles_in_straight_quotes_side_by_side_stay_titles() -> None:
    assert quote_table('Газета "Известия" и журнал "Огонёк" опубликовали интервью посла.') == []


def test_a_paragraph_with_a_term_in_marks_goes_on_with_the_quote_left_open() -> None:
    text = (
        "Официальный представитель МИД России Мария Захарова прокомментировала решение Риги.\n\n"
        "«Латвийская сторона снова закрыла консульский отдел.\n\n"
        "Решение оформили как «техническую паузу». Это лукавство.\n\n"
        "🔹 Мы сделаем выводы», – подчеркнула она."
    )
    assert [q[1] for q in quote_table(text)] == [
        "Латвийская сторона снова закрыла консульский отдел.",
        "Решение оформили как «техническую паузу». Это лукавство.",
        "Мы сделаем выводы",  # the leading emoji is no part of the words
    ]
    assert {q[2] for q in quote_table(text)} == {"Мария Захарова"}


def test_a_paragraph_with_a_title_after_a_quote_left_open_stays_the_authors() -> None:
    # no closing mark ahead: the title paragraph does not join the quotation
    text = (
        "«Латвийская сторона снова закрыла консульский отдел.\n\n"
        "Газета «Известия» написала о закрытии отдела.\n\n"
        "«Ответ последует», – сказал Сергей Лавров."
    )
    assert [q[1] for q in quote_table(text)] == [
        "Латвийская сторона снова закрыла консульский отдел.",
        "Ответ последует",
    ]


def test_an_excerpt_that_ends_inside_a_quote() -> None:
    text = (
        "В выступлении президента Шавката Мирзиёева на саммите говорилось:\n"
        '"Уважаемые главы делегаций!\n'
        "Благодарю хозяев за прекрасно подготовленную встречу.\n"
        "Отдельно отмечу работу секретариата."
    )
    assert [q[1] for q in quote_table(text)] == [
        "Уважаемые главы делегаций!",
        "Благодарю хозяев за прекрасно подготовленную встречу.",
        "Отдельно отмечу работу секретариата.",
    ]


def test_a_mark_left_open_inside_the_authors_paragraph_does_not_reach_the_end() -> None:
    text = (
        "Премьер Эстонии заявила, что с «тревогой следит за ценами на газ.\n\n"
        "Ранее в Риге обсуждали тарифы."
    )
    assert all(kind != "direct" for kind, _, _ in quote_table(text))


def test_a_mistyped_opening_mark_before_the_attribution_closes_the_quote() -> None:
    text = "«Маршрут поездки согласован со всеми партнёрами «, — сообщил Ван Вэньбинь."
    assert quote_table(text) == [
        ("direct", "Маршрут поездки согласован со всеми партнёрами", "Ван Вэньбинь")
    ]


def test_one_straight_mark_closing_a_term_and_the_quote() -> None:
    text = '"Пусть следующий сезон пройдёт под знаком "Шёлкового пути", - подчеркнул Ильхам Алиев.'
    assert quote_table(text) == [("direct", 'Пусть следующий сезон пройдёт под знаком "Шёлкового пути', "Ильхам Алиев")]


def test_a_statement_after_a_generic_noun_a_place_apart_is_still_a_quote() -> None:
    # the words have a verb: someone's words, though "конференции" stands three words before
    text = "Министр Сергей Лавров сказал на конференции в Москве «Мы готовы продолжать переговоры»."
    assert [q[:2] for q in quote_table(text)] == [("direct", "Мы готовы продолжать переговоры")]


ATTRIBUTION_BELOW = [
    (  # an unmarked paragraph ending with a comma, the attribution on the next line
        "Министр иностранных дел Венгрии Петер Сийярто ответил критикам.\n\n"
        "Мы сами решаем, с кем и когда садиться за стол,\n\n"
        "— написал он в соцсети X.",
        [("direct", "Мы сами решаем, с кем и когда садиться за стол", "Петер Сийярто")],
    ),
    (  # words in marks signed by a name on the line below
        "Официальный представитель МИД России выступила на брифинге.\n\n"
        '"Москва и Тегеран расширяют торговлю в национальных валютах без оглядки на третьи страны"\n\n'
        "– Мария Захарова",
        [("direct", "Москва и Тегеран расширяют торговлю в национальных валютах без оглядки на третьи страны",
          "Мария Захарова")],
    ),
    (  # a line below with a dash but no speech verb and no name attributes nothing
        "Переговоры в Женеве продолжатся на следующей неделе,\n- Москва к ним готова.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTION_BELOW)
def test_the_attribution_on_the_next_line(text: str, expected: list) -> None:
    assert quote_table(text) == expected


def test_a_photo_credit_left_open_does_not_swallow_the_next_quotation() -> None:
    text = (
        "© Фото: Мария Иванова / “Вестник Кавказа“\n\n"
        "«Торговля с Тегераном растёт», – сказала Мария Захарова."
    )
    assert quote_table(text) == [("direct", "Торговля с Тегераном растёт", "Мария Захарова")]


def test_a_closing_guillemet_typed_for_the_opening_one() -> None:
    text = "Об этом заявил Дмитрий Песков.»Визит в Анкару пока не планируется», — сказал Песков."
    assert quote_table(text) == [("direct", "Визит в Анкару пока не планируется", "Дмитрий Песков")]


def test_a_closing_guillemet_after_a_quote_is_not_an_opening_one() -> None:
    text = "«Мы готовы к переговорам с партнёрами.»Переговоры продолжатся в мае."
    assert [q[:2] for q in quote_table(text)] == [("direct", "Мы готовы к переговорам с партнёрами.")]


MISSING_MARKS = [
    (  # the closing mark missing: the attribution at the end of the paragraph ends the quote
        "Сергей Лавров провёл переговоры. «Мы готовы к диалогу без предварительных условий, – сказал он.\n\n"
        "Переговоры продолжатся.",
        [("direct", "Мы готовы к диалогу без предварительных условий", "Сергей Лавров")],
    ),
    (  # the opening mark missing in a paragraph of its own, a closing guillemet and a dash after it
        "Мы готовы к диалогу без предварительных условий», – сказал Сергей Лавров.",
        [("direct", "Мы готовы к диалогу без предварительных условий", "Сергей Лавров")],
    ),
    (  # a quotation left open that runs on into the next paragraph keeps its words whole
        "«Мы готовы к диалогу без предварительных условий.\n\n«Это наша позиция», – сказал Сергей Лавров.",
        [("direct", "Мы готовы к диалогу без предварительных условий.", "Сергей Лавров"),
         ("direct", "Это наша позиция", "Сергей Лавров")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISSING_MARKS)
def test_a_missing_opening_or_closing_mark(text: str, expected: list) -> None:
    assert quote_table(text) == expected


def test_a_dash_inside_an_unclosed_quote_without_a_speech_verb_stays_part_of_it() -> None:
    text = "«Мы готовы к диалогу – это наша позиция по всем вопросам повестки"
    assert quote_table(text)[0][1] == "Мы готовы к диалогу – это наша позиция по всем вопросам повестки"


def test_a_fragment_before_a_verb_that_reports_its_own_clause_stays_a_quote() -> None:
    # the verb after the comma reports "что …": the words in marks are not that report's
    text = "Глава Чечни Рамзан Кадыров, обещавший жителям «закончить мост к осени», заявил, что стройка идёт по плану."
    assert quote_table(text) == [
        ("direct", "закончить мост к осени", "Рамзан Кадыров"),  # the participle "обещавший" weaves his words in
        ("indirect", "стройка идёт по плану", "Рамзан Кадыров"),
    ]


def test_a_comma_attribution_followed_by_a_relay() -> None:
    assert quote_table("«Мы готовы», заявил Сергей Лавров, как сообщает ТАСС.") == [
        ("direct", "Мы готовы", "Сергей Лавров")
    ]


HEADLINE_COLON = [
    (  # "«…»: X заявил …": the words open the headline, their speaker opens the clause after the colon
        "«Не заинтересован»: генсек ООН Антониу Гутерриш признался, с кем не станет спорить",
        [("direct", "Не заинтересован", "Антониу Гутерриш")],
    ),
    (  # a clause that opens with a place, not with the speaker: no attribution from it
        "«Связи»: на форуме в Казани министры обсудили логистику",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_COLON)
def test_a_headline_opened_by_the_words_and_a_colon(text: str, expected: list) -> None:
    assert quote_table(text) == expected


ATTRIBUTION_BELOW_WITHOUT_DASH = [
    (  # the verb opens the next paragraph in lower case: the sentence above goes on
        "Президент Белоруссии Александр Лукашенко принял в Минске министра иностранных дел Казахстана.\n\n"
        "Наши страны всегда поддерживали друг друга в трудную минуту, и так будет впредь,\n\n"
        "сказал Лукашенко.",
        [("direct", "Наши страны всегда поддерживали друг друга в трудную минуту, и так будет впредь",
          "Александр Лукашенко")],
    ),
    (  # a lower-case line without a speech verb attributes nothing
        "Переговоры в Женеве продолжатся на следующей неделе,\n\nпосле консультаций экспертов.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTION_BELOW_WITHOUT_DASH)
def test_the_attribution_on_the_next_line_without_a_dash(text: str, expected: list) -> None:
    assert quote_table(text) == expected


def test_proiznes_attributes_a_quote() -> None:
    text = "«Мы открыты для диалога с соседями», - произнёс министр обороны Белоруссии Виктор Хренин."
    assert quote_table(text) == [("direct", "Мы открыты для диалога с соседями", "Виктор Хренин")]


GENERIC_NOUN_TITLES = [
    "Сергей Рябков выступил на вебинаре «Ядерная дипломатия и стратегическая стабильность в новом веке».",
    "Си Цзиньпин подчеркнул важность принципа «одного Китая» для отношений с партнёрами.",
    "Министр ответил на вопросы о «чёрном списке» въезда в страну.",
]


@pytest.mark.parametrize("text", GENERIC_NOUN_TITLES)
def test_titles_after_generic_nouns_and_topics_of_questions_are_not_quotes(text: str) -> None:
    assert [q for q in quote_table(text) if q[0] == "direct"] == []


def test_a_conviction_after_the_dash_attributes_words_in_marks() -> None:
    text = "«Соседи откроют границы к осени», – уверен министр иностранных дел Белоруссии Максим Рыженков."
    assert quote_table(text) == [("direct", "Соседи откроют границы к осени", "Максим Рыженков")]


def test_a_conviction_without_marks_reports_nothing() -> None:
    text = "Визит состоится в мае, уверен посол России Алексей Морозов."
    assert quote_table(text) == []


RELAYED_WORDS = [
    (  # "– приводит слова X <outlet>": the words are X's, the outlet only relays them
        "«Мы готовы к переговорам без предварительных условий», – приводит слова Сергея Лаврова ТАСС.",
        [("direct", "Мы готовы к переговорам без предварительных условий", "Сергей Лавров")],
    ),
    (  # the same relay on the line below an unmarked paragraph
        "Министр обороны Белоруссии Виктор Хренин выступил в Минске.\n\n"
        "Мы демонстрируем открытость, но порох надо держать сухим,\n"
        "- приводит слова Виктора Хренина агентство БелТА.",
        [("direct", "Мы демонстрируем открытость, но порох надо держать сухим", "Виктор Хренин")],
    ),
    (  # "приводит слова из доклада": no one named after "слова", no speaker to give
        "Эксперты изучили документ.\n\nСанкции не достигли цели,\n- приводит слова из доклада агентство.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELAYED_WORDS)
def test_words_relayed_by_an_outlet(text: str, expected: list) -> None:
    assert quote_table(text) == expected
