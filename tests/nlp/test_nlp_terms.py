"""Terms in the author's voice, nominal reports relayed by an outlet, and the
attribution typography of engine round 5 (issue 8).  Sentences written here."""

from __future__ import annotations

import pytest

from nlp_helpers import quote_table

NOT_QUOTES = [
    "Мария Захарова прокомментировала пресловутый «потолок цен» на российскую нефть.",
    "Лавров раскритиковал т.н. «миротворческую миссию» Евросоюза в Армении.",
    "Постпред России при ООН Василий Небензя отметил своего рода «перезагрузку» отношений с Вашингтоном.",
    "Захарова призвала журналистов не использовать термин «сдерживание России» в официальных документах.",
    "Официальный представитель МИД призвала не отходить от формулировки «киевский режим» в заявлениях.",
    "Глава МИД Венгрии Петер Сийярто выступил против понятия «агрессор» в итоговом документе.",
    "Песков прокомментировал заявления о «мирном плане» Зеленского.",
    "Захарова прокомментировала публикацию о «российском следе» в деле о диверсии.",
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_a_term_the_author_holds_at_a_distance_is_no_quote(text: str) -> None:
    assert quote_table(text) == []


FRAGMENTS = [
    ("Лавров назвал санкции «бесполезной затеей».", "бесполезной затеей", "Лавров"),
    ("Лавров назвал происходящее термином «гибридная война».", "гибридная война", "Лавров"),
    ("Песков отреагировал на слова Макрона коротким словом «ерунда».", "ерунда", "Песков"),
    ("Посол заявил о «беспрецедентном давлении» на российскую дипмиссию.", "беспрецедентном давлении", "посол"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), FRAGMENTS)
def test_words_someone_used_stay_a_fragment_of_their_speech(text: str, words: str, speaker: str) -> None:
    assert quote_table(text) == [("direct", words, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Стоит добавить, что стороны подписали меморандум о сотрудничестве в рамках форума «Россия — Африка».",
        "Следует отметить, что визит состоялся по приглашению президента Казахстана.",
        "Важно подчеркнуть, что встреча министров прошла в Женеве.",
    ],
)
def test_an_impersonal_modal_with_a_speech_verb_is_the_author(text: str) -> None:
    assert quote_table(text) == []


def test_a_speech_verb_with_its_speaker_still_reports_speech() -> None:
    assert quote_table("Лавров добавил, что визит состоялся по приглашению президента Казахстана.") == [
        ("indirect", "визит состоялся по приглашению президента Казахстана", "Лавров")
    ]


@pytest.mark.parametrize(
    "clause",
    [
        # a report that someone spoke, a nominal report, a refusal: the outlet's report all the
        # same (ANNOTATION-GUIDE.md, "Decided after the sixth batch: an outlet relaying a sentence")
        "Министр иностранных дел Казахстана высказался о перспективах Каспийского трубопроводного "
        "консорциума в интервью газете «Егемен Казахстан»",
        "Глава МИД Армении дал оценку итогам переговоров в Брюсселе",
        "Заместитель министра не смог ответить на вопросы о «сером списке»",
    ],
)
def test_an_outlet_relaying_that_someone_spoke_reports_it(clause: str) -> None:
    assert quote_table(f"{clause}, передает Kazinform.") == [("indirect", clause, "Kazinform")]


def test_a_relayed_sentence_that_names_its_own_source_is_that_source_s() -> None:
    assert quote_table("Глава МИД Армении заявил, что переговоры продолжатся в мае, передает Kazinform.") == [
        ("indirect", "переговоры продолжатся в мае", "глава МИД Армении")
    ]
    text = "Переговоры продолжатся в мае. Об этом заявил глава МИД Армении, передает Kazinform."
    assert quote_table(text) == [("indirect", "Переговоры продолжатся в мае", "глава МИД Армении")]


def test_an_outlet_relaying_that_someone_spoke_is_its_quote() -> None:
    """Guide, "an outlet relaying a sentence": a nominal report relayed is the outlet's quote,
    and a title inside it stays a title (no quote of its own)."""
    text = (
        "Министр иностранных дел Казахстана высказался о перспективах Каспийского трубопроводного "
        "консорциума в интервью газете «Егемен Казахстан», передает Kazinform."
    )
    assert quote_table(text) == [("indirect", text[: text.index(", передает")], "Kazinform")]


def test_an_outlet_relaying_that_someone_could_not_answer_is_its_quote() -> None:
    text = "Заместитель министра не смог ответить на вопросы журналистов о новых визовых правилах, сообщает БелТА."
    assert quote_table(text) == [("indirect", text[: text.index(", сообщает")], "БелТА")]


def test_a_relayed_clause_with_its_own_source_keeps_that_source() -> None:
    text = "Лавров заявил, что консультации министров пройдут в Астане в мае, передает Kazinform."
    assert quote_table(text) == [("indirect", "консультации министров пройдут в Астане в мае", "Лавров")]


def test_an_outlet_relaying_a_fact_is_its_quote() -> None:
    assert quote_table("Консультации министров состоятся в Астане в начале мая, передает Kazinform.") == [
        ("indirect", "Консультации министров состоятся в Астане в начале мая", "Kazinform")
    ]


def test_the_source_sentence_may_open_the_next_paragraph() -> None:
    text = (
        "Рябков предложил американской стороне вернуться к консультациям и прекратить «эту словесную войну».\n\n"
        "Об этом он заявил журналистам в Женеве."
    )
    assert quote_table(text) == [("direct", "эту словесную войну", "Рябков")]


def test_a_title_before_a_source_paragraph_stays_a_title() -> None:
    text = (
        "Делегации обсудили подготовку форума «Россия — Африка».\n\n"
        "Об этом сообщил замглавы МИД России Михаил Богданов."
    )
    assert [kind for kind, *_ in quote_table(text)] == ["indirect"]
    assert quote_table(text)[0][1] == "Делегации обсудили подготовку форума «Россия — Африка»"


@pytest.mark.parametrize(
    "text",
    ["«Стороны сделали важный шаг вперёд»,—заявил Фидан.", "«Стороны сделали важный шаг вперёд» —заявил Фидан."],
)
def test_an_attribution_dash_typed_without_spaces(text: str) -> None:
    assert quote_table(text) == [("direct", "Стороны сделали важный шаг вперёд", "Фидан")]


def test_a_quote_broken_by_an_attribution_with_unspaced_dashes() -> None:
    text = "«Стороны сделали важный шаг вперёд,— заявил Фидан.— Теперь слово за Ереваном»."
    assert quote_table(text) == [
        ("direct", "Стороны сделали важный шаг вперёд", "Фидан"),
        ("direct", "Теперь слово за Ереваном", "Фидан"),
    ]


def test_an_unspaced_dash_inside_the_words_does_not_break_them() -> None:
    text = "Глава МИД Армении выступил в Ереване. «ОДКБ—это союз равных, и так будет впредь», – сказал Мирзоян."
    assert quote_table(text) == [("direct", "ОДКБ—это союз равных, и так будет впредь", "Мирзоян")]


@pytest.mark.parametrize(
    "text",
    [
        "— Мы открыты к переговорам,— подчеркнул глава МИД Армении Арарат Мирзоян.",
        "«Мы открыты к переговорам,— подчеркнул глава МИД Армении Арарат Мирзоян.",
    ],
)
def test_a_dialogue_line_or_unclosed_quote_with_an_unspaced_dash(text: str) -> None:
    assert quote_table(text) == [("direct", "Мы открыты к переговорам", "Арарат Мирзоян")]


def test_an_unspaced_dash_between_names_in_a_dialogue_line_is_no_attribution() -> None:
    text = "Глава МИД Армении Арарат Мирзоян ответил на вопрос о маршрутах.\n\n— Маршрут Ереван—Тегеран мы откроем в мае."
    assert quote_table(text) == [("direct", "Маршрут Ереван—Тегеран мы откроем в мае.", "Арарат Мирзоян")]


@pytest.mark.parametrize(
    "text",
    [
        "Песков прокомментировал публикацию The Wall Street Journal «Россия готовит новое наступление».",
        "Материал «Россия готовит новое наступление» вызвал резонанс в Вашингтоне.",
    ],
)
def test_the_headline_of_an_article_is_a_title(text: str) -> None:
    assert quote_table(text) == []


def test_words_after_a_colon_in_a_publication_are_still_quoted() -> None:
    assert quote_table("Захарова прокомментировала материал: «Это очередной вброс».") == [
        ("direct", "Это очередной вброс", "Захарова")
    ]


def test_a_headline_naming_the_outlet_spoken_to_leaves_it_out_of_the_words() -> None:
    assert quote_table("Лавров — «Известиям»: визит в Минск состоится в мае") == [
        ("indirect", "визит в Минск состоится в мае", "Лавров")
    ]


# A lower-case locative in marks right after "на"/"в" is where something happens, in the
# author's voice; the same preposition before a quoted object keeps the speaker's fragment.
def test_a_place_in_marks_after_the_attribution_is_not_the_speakers_words() -> None:
    text = ("Посредничество Ватикана пока ничего не дает, заявил министр Сергей Лавров "
            "на «круглом столе», посвящённом безопасности в Европе.")
    assert quote_table(text) == [("indirect", "Посредничество Ватикана пока ничего не дает", "Сергей Лавров")]


def test_a_quoted_object_after_na_stays_a_fragment() -> None:
    text = ("Официальный представитель МИД Мария Захарова полагает, что Госдеп на брифингах "
            "опирается не на слухи, а на «домыслы».")
    assert quote_table(text) == [("direct", "домыслы", "Мария Захарова")]


# Engine round 6: a title in marks that a dash follows, and claims a speech verb reacts to.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        # governed by a preposition in mid-sentence: the dash attributes the whole headline
        ("Москва приветствует отказ Вашингтона от ограничений против «Турецкого потока» – Песков",
         "Турецкого потока"),
        ("Минск рассчитывает на участие Астаны в «Евразийском конгрессе» – Рыженков", "Евразийском конгрессе"),
        # a copula dash: the sentence goes on to a comma and a speech verb
        ("«Турецкий поток» – надежный маршрут, а не политический проект, заявил Новак.", "Турецкий поток"),
    ],
)
def test_a_title_before_a_dash_is_no_quote_of_its_own(text: str, words: str) -> None:
    assert all(quoted != words for _, quoted, _ in quote_table(text))


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("«Никаких уступок» – Лавров", "Никаких уступок", "Лавров"),
        ("«Никаких уступок», – заявил Лавров, добавив, что переговоры продолжатся.", "Никаких уступок", "Лавров"),
        ("«Диалог возможен» – заявил Песков, отвечая на вопрос журналистов.", "Диалог возможен", "Песков"),
    ],
)
def test_words_set_apart_by_the_attribution_dash_stay_a_quote(text: str, words: str, speaker: str) -> None:
    assert ("direct", words, speaker) in quote_table(text)


@pytest.mark.parametrize(
    "text",
    [
        "Захарова опровергла заявления о том, что Москва готовит провокации на границе.",
        "Песков ответил на утверждение о том, что Кремль получил письмо из Вашингтона.",
        "Посол прокомментировал сообщения о том, что консульство прекращает выдачу виз.",
        "Министр отверг слухи о том, что переговоры сорваны.",
    ],
)
def test_a_claim_the_speaker_reacts_to_is_not_their_words(text: str) -> None:
    assert quote_table(text) == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Лавров сообщил о том, что визит состоится в мае.", "визит состоится в мае", "Лавров"),
        ("Песков прокомментировал заявление Макрона о том, что Европа готова направить войска.",
         "Европа готова направить войска", "Макрон"),
    ],
)
def test_reported_speech_about_a_named_claim_stays(text: str, words: str, speaker: str) -> None:
    assert quote_table(text) == [("indirect", words, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Песков прокомментировал «мирный план» Зеленского, назвав его нереалистичным.",
        "Захарова прокомментировала «утечку» переписки европейских дипломатов.",
        "Посольство опровергло «разоблачения» британского таблоида.",
    ],
)
def test_the_object_commented_on_or_denied_is_not_the_speakers_words(text: str) -> None:
    assert all(kind != "direct" for kind, _, _ in quote_table(text))


def test_words_named_by_a_naming_verb_stay_a_fragment() -> None:
    # negative test of the rule above: "назвал" gives the subject's words
    assert quote_table("Песков назвал мирный план Зеленского «нереалистичной затеей».") == [
        ("direct", "нереалистичной затеей", "Песков")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Захарова: «Мюнхенская речь» Путина актуальна как никогда.",
        "Пашинян: «Маршрут Трампа» откроет регион для инвестиций.",
    ],
)
def test_a_name_that_opens_the_clause_after_a_colon_is_not_the_quote(text: str) -> None:
    assert all(quoted not in ("Мюнхенская речь", "Маршрут Трампа") for _, quoted, _ in quote_table(text))


def test_words_after_a_colon_stay_a_quote() -> None:
    assert quote_table("Лавров: «Никаких уступок». Переговоры продолжатся в Женеве.")[0] == (
        "direct", "Никаких уступок", "Лавров"
    )


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("«Газпром» продолжит поставки газа в Китай, заявил Новак.", "«Газпром» продолжит поставки газа в Китай", "Новак"),
        ("«Зерновая сделка» больше не действует, напомнил Песков.", "«Зерновая сделка» больше не действует", "Песков"),
        ("«Турецкий поток» – надежный маршрут, а не политический проект, заявил Новак.",
         "«Турецкий поток» – надежный маршрут, а не политический проект", "Новак"),
    ],
)
def test_a_report_that_opens_with_a_name_in_marks_is_reported_speech(text: str, words: str, speaker: str) -> None:
    assert quote_table(text) == [("indirect", words, speaker)]


def test_words_in_marks_before_the_attribution_stay_a_direct_quote() -> None:
    assert quote_table("«Никаких уступок» – заявил Лавров.") == [("direct", "Никаких уступок", "Лавров")]
