"""Indirect speech: the reported clause to the end of the sentence."""

from __future__ import annotations

import pytest
from nlp_helpers import quote_table

from annotator.nlp import analyze

CASES = [
    (
        "Лавров заявил, что Москва готова к переговорам без предварительных условий.",
        "Москва готова к переговорам без предварительных условий",
        "Лавров",
    ),
    (
        "Глава китайской дипломатии Ван И сообщил о том, что Пекин расширит закупки зерна.",
        "Пекин расширит закупки зерна",
        "Ван И",
    ),
    (
        "По словам Пескова, сроки визита пока не согласованы, однако контакты продолжаются.",
        "сроки визита пока не согласованы, однако контакты продолжаются",
        "Песков",
    ),
    (
        "По заявлению главы правительства Армении Никола Пашиняна, Ереван приостановит участие в блоке.",
        "Ереван приостановит участие в блоке",
        "Никол Пашинян",
    ),
    (
        "Как заявила Захарова, ответ Москвы будет взвешенным и точным!",
        "ответ Москвы будет взвешенным и точным",
        "Захарова",
    ),
    (
        "Как отметили в МИД России, консульства продолжают работу в обычном режиме.",
        "консульства продолжают работу в обычном режиме",
        "МИД России",
    ),
    (
        "Министр выразил надежду, что стороны вернутся к диалогу.",
        "стороны вернутся к диалогу",
        "министр",
    ),
    (
        "В Кремле подчеркнули, что решение будет принято до конца месяца.",
        "решение будет принято до конца месяца",
        "Кремль",
    ),
    (
        "Как ранее сообщал журналистам Песков, график визитов уточняется.",
        "график визитов уточняется",
        "Песков",
    ),
]


@pytest.mark.parametrize(("text", "clause", "speaker"), CASES)
def test_indirect_speech(text: str, clause: str, speaker: str) -> None:
    assert quote_table(text) == [("indirect", clause, speaker)]


def test_cue_of_an_indirect_quote_is_the_speech_verb() -> None:
    analysis = analyze("Премьер-министр Армении Никол Пашинян сообщил, что работа продолжается.")
    quote = analysis.quotes[0]
    assert quote.cue is not None
    assert analysis.text[quote.cue[0] : quote.cue[1]] == "сообщил"


def test_po_slovam_cue_covers_the_phrase() -> None:
    analysis = analyze("По словам Лаврова, стороны договорились о консультациях.")
    quote = analysis.quotes[0]
    assert quote.cue is not None
    assert analysis.text[quote.cue[0] : quote.cue[1]] == "По словам"


NOT_INDIRECT = [
    "Стороны обсудили вопросы, что касается транзита, отдельно.",
    "Делегация прибыла в Пекин, где пройдут консультации.",
    "Кто в Европе сегодня готов разговаривать с Москвой на равных?",
]


@pytest.mark.parametrize("text", NOT_INDIRECT)
def test_sentences_without_reported_speech(text: str) -> None:
    assert quote_table(text) == []


def test_indirect_sentence_inside_a_direct_quote_is_not_reported_twice() -> None:
    text = "«Мы заявили, что не примем ультиматумов», – сказал Лавров."
    assert quote_table(text) == [("direct", "Мы заявили, что не примем ультиматумов", "Лавров")]


def test_abbreviations_and_initials_do_not_end_the_sentence() -> None:
    text = "С. Лавров напомнил, что договор подписан в 2001 г. в Москве и действует до сих пор."
    assert quote_table(text) == [
        ("indirect", "договор подписан в 2001 г. в Москве и действует до сих пор", "Лавров")
    ]


def test_possessive_po_ego_slovam_resolves_the_pronoun() -> None:
    text = "«Позиция Москвы известна», – заявил Лавров. По его словам, ответ будет дан позже."
    assert quote_table(text) == [
        ("direct", "Позиция Москвы известна", "Лавров"),
        ("indirect", "ответ будет дан позже", "Лавров"),
    ]


def test_opinion_verbs_do_not_report_speech() -> None:
    assert quote_table("Лавров считает, что санкции не работают.") == []


def test_document_as_the_source() -> None:
    text = "В заявлении МИД Китая говорится, что Пекин не признаёт решение суда."
    assert quote_table(text) == [("indirect", "Пекин не признаёт решение суда", "МИД Китая")]


CONCESSIONS = [
    "Министр продолжает работать в обычном режиме, несмотря на то, что газеты пишут о его отставке.",
    "Посол поблагодарил коллег за то, что переговоры прошли спокойно.",
]


@pytest.mark.parametrize("text", CONCESSIONS)
def test_concessive_and_causal_clauses_are_not_reported_speech(text: str) -> None:
    assert quote_table(text) == []


def test_ukazal_na_to_chto_reports_speech() -> None:
    text = "Замминистра иностранных дел России Сергей Рябков указал на то, что принципы отношений толкуются неверно."
    assert quote_table(text) == [("indirect", "принципы отношений толкуются неверно", "Сергей Рябков")]


def test_not_ruling_out_reports_speech() -> None:
    text = "Официальный представитель МИД России Мария Захарова не исключила, что Киев пойдёт на провокацию."
    assert quote_table(text) == [("indirect", "Киев пойдёт на провокацию", "Мария Захарова")]


FRAMED_VARIANTS = [
    (
        "Министр провёл брифинг. Кроме того, по его словам, в 2027 году Бишкек примет горный саммит.",
        [("indirect", "в 2027 году Бишкек примет горный саммит", "министр")],
    ),
    (
        "Так, как уточнил Токаев, эти встречи носят неофициальный характер.",
        [("indirect", "эти встречи носят неофициальный характер", "Токаев")],
    ),
    (  # the whole reported clause in marks is the speaker's words: a direct quote
        "Глава Чечни Рамзан Кадыров заявил, что «мы стоим плечом к плечу».",
        [("direct", "мы стоим плечом к плечу", "Рамзан Кадыров")],
    ),
    (  # two quotations joined by "и" make up the clause: two direct quotes
        "Замминистра Сергей Рябков отметил, что «переговоры застряли» и «виноват в этом Вашингтон».",
        [("direct", "переговоры застряли", "Сергей Рябков"), ("direct", "виноват в этом Вашингтон", "Сергей Рябков")],
    ),
    (  # a quotation that is only part of the clause stays inside the reported speech
        "Замминистра Сергей Рябков отметил, что «переговоры застряли», но контакты сохраняются.",
        [("indirect", "«переговоры застряли», но контакты сохраняются", "Сергей Рябков")],
    ),
    (  # "По словам X, «…»." with the whole clause in marks: a direct quote
        "По словам Сергея Лаврова, «любые санкции лишь ускоряют нашу перестройку».",
        [("direct", "любые санкции лишь ускоряют нашу перестройку", "Сергей Лавров")],
    ),
    (  # a quotation with its own attribution ends the reported clause before it
        "Посол Алексей Морозов также отметил, что визовый режим упростят к лету, "
        "«заявления будут принимать и онлайн», - сказал он.",
        [("indirect", "визовый режим упростят к лету", "Алексей Морозов"),
         ("direct", "заявления будут принимать и онлайн", "Алексей Морозов")],
    ),
    (  # a quotation without one stays inside the reported clause
        "Посол Алексей Морозов также отметил, что идут переговоры, «справки будут выданы всем».",
        [("indirect", "идут переговоры, «справки будут выданы всем»", "Алексей Морозов")],
    ),
    (  # "Как добавил X, «…»." likewise
        "Как добавил глава МИД России Сергей Лавров, «такие вещи обсуждают за закрытыми дверями».",
        [("direct", "такие вещи обсуждают за закрытыми дверями", "Сергей Лавров")],
    ),
    (  # a clause opening with a title in marks is reported speech
        "Собеседник агентства рассказал, что «Роснефть» и «Лукойл» уже скорректировали планы.",
        [("indirect", "«Роснефть» и «Лукойл» уже скорректировали планы", "собеседник агентства")],
    ),
    (  # … and so is one opening with capitalised quoted words that the clause goes on after
        "Депутат Алексей Гончаренко написал, что «Кулеба станет вице-премьером» и эту новость скоро объявят.",
        [("indirect", "«Кулеба станет вице-премьером» и эту новость скоро объявят", "Алексей Гончаренко")],
    ),
    (  # a gerund of naming ends the reported clause; the named words are his
        "Дмитрий Медведев также отметил, что Москва правильно покинула эту структуру, назвав её «пустой говорильней».",
        [("indirect", "Москва правильно покинула эту структуру", "Дмитрий Медведев"),
         ("direct", "пустой говорильней", "Дмитрий Медведев")],
    ),
    (  # ", отметив, что …": a second report of the same speaker
        "Посол Алексей Морозов сказал, что Москва поможет, отметив, что соседи должны действовать вместе.",
        [("indirect", "Москва поможет", "Алексей Морозов"),
         ("indirect", "соседи должны действовать вместе", "Алексей Морозов")],
    ),
    (  # ", подчеркнув …" without a clause: the author's description, no part of the words
        "Посол Алексей Морозов сказал, что Москва поможет партнёрам, подчеркнув важность диалога.",
        [("indirect", "Москва поможет партнёрам", "Алексей Морозов")],
    ),
    (  # "о том, что «…»": the author retells what was said
        "Мария Захарова напомнила о том, что «у каждого был выбор».",
        [("indirect", "«у каждого был выбор»", "Мария Захарова")],
    ),
    (
        "Замминистра Сергей Рябков рассказал о том, почему нельзя медлить с переговорами по Ирану.",
        [("indirect", "почему нельзя медлить с переговорами по Ирану", "Сергей Рябков")],
    ),
    (  # the question before its answer is a reported question of its own (guide, indirect 6)
        "Отвечая на вопрос о том, в какой форме возможны расчёты, министр Антон Силуанов сказал, "
        "что это может быть расчётная единица.",
        [("indirect", "в какой форме возможны расчёты", None),
         ("indirect", "это может быть расчётная единица", "Антон Силуанов")],
    ),
    (  # a listed speaker whose surname the dictionary reads as a common noun
        "Президент Франции выступил в Париже. Макрон также заявил, что Европа усилит поддержку.",
        [("indirect", "Европа усилит поддержку", "Макрон")],
    ),
    (  # a missing space after the full stop still ends the sentence
        "Об этом написал он.Ранее глава МИД Сергей Лавров заявил, что Москва готова к переговорам.",
        [("indirect", "Москва готова к переговорам", "Сергей Лавров")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAMED_VARIANTS)
def test_framed_variants(text: str, expected: list) -> None:
    assert quote_table(text) == expected


def test_po_ee_slovam_inside_a_sentence() -> None:
    text = (
        "Журналистка Диана Панченко задала вопрос о месторождении, которое, по её словам, "
        "лоббировал Сечин."
    )
    assert quote_table(text)[-1][:2] == ("indirect", "лоббировал Сечин")


MORE_REPORTS = [
    (
        "Официальный представитель МИД Айбек Смадияров выступил на брифинге. Как он отметил, "
        "министерству нечего добавить.",
        [("indirect", "министерству нечего добавить", "Айбек Смадияров")],
    ),
    (  # a title in marks between the verb and "что"
        "Сергей Лавров заявил в интервью «Известиям», что диалог с Европой возможен.",
        [("indirect", "диалог с Европой возможен", "Сергей Лавров")],
    ),
    (  # a second report in the same sentence, the same speaker
        "Министр Мурат Нуртлеу сообщил, что страна не присоединится к санкциям, однако отметил, "
        "что обходить их Казахстан не будет.",
        [
            ("indirect", "страна не присоединится к санкциям", "Мурат Нуртлеу"),
            ("indirect", "обходить их Казахстан не будет", "Мурат Нуртлеу"),
        ],
    ),
    (  # a short participle is a state, not a second report
        "Корреспондент Андрей Колесников сообщал, что гости, приглашённые на форум, уверены, "
        "что речь пойдёт об Украине.",
        [("indirect", "гости, приглашённые на форум, уверены, что речь пойдёт об Украине", "Андрей Колесников")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_REPORTS)
def test_more_reports(text: str, expected: list) -> None:
    assert quote_table(text) == expected


def test_being_sure_is_thinking_not_speech() -> None:
    assert quote_table("Партнёры не были уверены, что поставки дойдут до адресата.") == []


# "по словам X" in the middle of the sentence splits the report into two pieces (guide, indirect 7).
MID_SENTENCE_SOURCES = [
    (
        "Китай, по словам Ван И, выступает за развитие отношений между тремя странами.",
        [("indirect", "Китай", "Ван И"),
         ("indirect", "выступает за развитие отношений между тремя странами", "Ван И")],
    ),
    (
        "Переговоры, по словам Сергея Лаврова, пройдут в мае.",
        [("indirect", "Переговоры", "Сергей Лавров"), ("indirect", "пройдут в мае", "Сергей Лавров")],
    ),
    ("Визит, по словам его участников, прошёл успешно.", []),
]


@pytest.mark.parametrize(("text", "expected"), MID_SENTENCE_SOURCES)
def test_po_slovam_in_mid_sentence(text: str, expected: list) -> None:
    assert quote_table(text) == expected


# Where reported speech ends: before an outlet's relay clause and before a quotation after a colon.
CLAUSE_LIMITS = [
    (
        "Песков рассказал о встрече. По его словам, которые приводит РИА Новости, президент нечасто "
        "приглашает гостей домой.",
        [("indirect", "президент нечасто приглашает гостей домой", "Песков")],
    ),
    (
        "Дмитрий Песков отметил, что переговоры состоятся в сложный период: «Напряжённость в Европе растёт».",
        [("indirect", "переговоры состоятся в сложный период", "Дмитрий Песков"),
         ("direct", "Напряжённость в Европе растёт", "Дмитрий Песков")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_LIMITS)
def test_where_reported_speech_ends(text: str, expected: list) -> None:
    assert quote_table(text) == expected


MORE_FRAMES = [
    (
        "Ранее президент Азербайджана Ильхам Алиев допустил, что договор может быть подписан в этом году.",
        [("indirect", "договор может быть подписан в этом году", "Ильхам Алиев")],
    ),
    ("Стороны допустили ошибки в расчётах.", []),
    (
        "Москва и Тегеран продолжают наращивать сотрудничество, такое заявление сделала официальный "
        "представитель МИД РФ Мария Захарова.",
        [("indirect", "Москва и Тегеран продолжают наращивать сотрудничество", "Мария Захарова")],
    ),
    (
        "США внимательно следят за всеми заявлениями Кремля. Соответствующее признание на брифинге сделал "
        "представитель Госдепартамента Мэттью Миллер.",
        [("indirect", "США внимательно следят за всеми заявлениями Кремля", "Мэттью Миллер")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_FRAMES)
def test_more_frames(text: str, expected: list) -> None:
    assert quote_table(text) == expected


ASKERS = [
    ("Британский журналист спросил у немецкого министра, что он думает по поводу угроз.",
     [("indirect", "что он думает по поводу угроз", "британский журналист")]),
    # The guide, "Decided after the thirteenth batch": the asker the text names is the speaker.
    ("На брифинге журналисты спросили, когда состоится визит.", [("indirect", "когда состоится визит", "журналисты")]),
    ("Журналист спросил, когда состоится визит.", [("indirect", "когда состоится визит", "журналист")]),
    ("Министра спросили, когда состоится визит.", [("indirect", "когда состоится визит", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ASKERS)
def test_the_asker_named_as_the_subject_is_the_speaker(text: str, expected: list) -> None:
    assert quote_table(text) == expected


def test_a_report_resumed_after_its_attribution_may_open_with_a_name() -> None:
    text = "Невозможно быть членом двух союзов сразу, отметил Оверчук, Армении придётся выбирать."
    assert quote_table(text) == [
        ("indirect", "Невозможно быть членом двух союзов сразу", "Оверчук"),
        ("indirect", "Армении придётся выбирать", "Оверчук"),
    ]


def test_a_relay_after_the_attribution_is_not_a_resumed_report() -> None:
    assert quote_table("Визит перенесён на осень, заявил Лавров, передает ТАСС.") == [
        ("indirect", "Визит перенесён на осень", "Лавров")
    ]


def test_a_question_before_its_answer_in_one_sentence() -> None:
    text = "Отвечая на вопрос о том, в какой форме возможны расчёты между странами, министр сказал, что это решат позже."
    assert quote_table(text) == [
        ("indirect", "в какой форме возможны расчёты между странами", None),
        ("indirect", "это решат позже", "министр"),
    ]


def test_a_question_asked_by_a_named_outlet_is_the_outlets() -> None:
    text = (
        "«Такая встреча пока не готовится», — сказал Песков журналистам, отвечая на вопрос "
        "РИА Новости, обсуждался ли график визита."
    )
    assert quote_table(text)[-1] == ("indirect", "обсуждался ли график визита", "РИА Новости")


def test_a_question_asked_by_journalists_is_theirs() -> None:
    text = "Песков, отвечая на вопрос журналистов, возможна ли встреча лидеров, сказал, что она не готовится."
    assert ("indirect", "возможна ли встреча лидеров", "журналисты") in quote_table(text)


def test_a_reported_question_in_the_frame_keeps_the_sentence_before_reported() -> None:
    text = (
        "Москва будет добиваться учёта своих интересов в Женеве. Об этом сообщил "
        "журналистам представитель МИД Алексей Фадеев, отвечая на вопрос "
        "корреспондента агентства, какие цели ставит Москва на встрече."
    )
    table = quote_table(text)
    assert table[0] == (
        "indirect", "Москва будет добиваться учёта своих интересов в Женеве", "Алексей Фадеев"
    )
    assert table[-1][1] == "какие цели ставит Москва на встрече"


PO_DANNYM = [
    (  # "По данным X, …" names a source as "По словам X, …" does
        "По данным дипломатических источников, визит запланирован на конец февраля.",
        [("indirect", "визит запланирован на конец февраля", "дипломатические источники")],
    ),
    (  # in mid-sentence
        "Даты визита не объявлены, однако, по данным источников агентства, он состоится в феврале.",
        [("indirect", "он состоится в феврале", "источник")],  # the guide names sources in the singular
    ),
    (  # "данным" agreeing with a dative noun ("on these questions") names no source
        "По данным вопросам стороны провели консультации в Женеве.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PO_DANNYM)
def test_po_dannym_names_a_source(text: str, expected: list) -> None:
    assert quote_table(text) == expected


AFTER_COLON = [
    (  # "заявил: …" in the body, the clause without marks: reported speech to the end of the sentence
        "Посол Турции Ахмет Озтюрк выступил в Москве. Он заявил: визит президента состоится в мае. "
        "Подготовка идёт по плану.",
        [("indirect", "визит президента состоится в мае", "Ахмет Озтюрк")],
    ),
    (  # words after the verb before the colon: the colon explains the author's sentence
        "Министр экономики выступил на форуме в Петербурге. Он оценивает ситуацию как сложную: рост "
        "торговли замедлился.",
        [],
    ),
    (  # a question after the colon is no report
        "Посол Турции Ахмет Озтюрк выступил в Москве. Журналисты спросили: визит состоится в мае?",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_COLON)
def test_a_clause_after_a_speech_verb_and_a_colon(text: str, expected: list) -> None:
    assert quote_table(text) == expected
