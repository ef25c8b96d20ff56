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
