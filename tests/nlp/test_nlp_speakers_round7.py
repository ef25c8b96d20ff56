"""Speakers, round 7: press services, subjects the dictionaries do not know, and
the syntax and agreement of the attribution.

Sentences are written for these tests in the register of diplomatic news.
"""

from __future__ import annotations

from nlp_helpers import quote_table

from annotator.nlp.evaluate import same_speaker


def speakers_of(text: str) -> list[str | None]:
    return [speaker for _, _, speaker in quote_table(text)]


# --- a press service named by whom it serves ----------------------------------------------


def test_the_press_service_of_a_head_of_state_named_by_description_is_the_service() -> None:
    text = (
        "Президент Узбекистана Шавкат Мирзиёев провел переговоры в Ташкенте.\n"
        "Стороны договорились продлить соглашение о транзите, сообщила пресс-служба главы узбекского государства."
    )
    assert speakers_of(text) == ["пресс-служба президента Узбекистана"]


def test_the_press_service_of_a_leader_with_a_country_abbreviation() -> None:
    text = "«Визит пройдет в штатном режиме», — отметили в пресс-службе лидера РК."
    speakers = speakers_of(text)
    assert speakers == ["пресс-служба президента Казахстана"]
    # and the evaluation reads it as the guide's name of that service
    assert same_speaker("пресс-служба президента Казахстана", speakers[0])


def test_a_bare_press_service_later_is_the_one_named_before_not_the_outlet() -> None:
    text = (
        "Минск. 3 марта. АГЕНТСТВО - Визит главы белорусского государства в Баку перенесен, "
        "информирует пресс-служба белорусского лидера.\n"
        "«Новые сроки согласуют по дипломатическим каналам», — добавили в пресс-службе."
    )
    assert speakers_of(text) == ["пресс-служба президента Белоруссии"] * 2


def test_his_press_service_is_the_service_of_the_head_of_state_just_named() -> None:
    text = (
        "Президент Киргизии Садыр Жапаров перенес визит в Душанбе. Об этом сообщила его пресс-служба.\n"
        "«Новая дата будет объявлена позднее», — уточнили в пресс-службе."
    )
    speakers = speakers_of(text)
    assert speakers == ["пресс-служба президента Киргизии"] * 2


def test_his_press_service_after_someone_who_is_not_a_head_of_state_names_no_president() -> None:
    text = "Министр Сергей Лавров прибыл в Минск. Об этом сообщила его пресс-служба."
    assert all(speaker is None or "президент" not in speaker for speaker in speakers_of(text))


def test_a_press_service_of_a_company_in_marks_is_that_companys_service() -> None:
    text = "В пресс-службе «Газтранса» заявили, что поставки по контракту продолжаются, передает агентство."
    assert speakers_of(text) == ["пресс-служба Газтранса"]


# --- a subject the dictionaries do not know ------------------------------------------------


def test_an_unknown_outlet_before_the_verb_speaks_instead_of_the_last_speaker() -> None:
    text = (
        "Глава МИД Сергей Лавров заявил, что Москва готова к переговорам.\n"
        "Ранее Северный Вестник сообщал, что встреча может пройти в Женеве."
    )
    assert speakers_of(text) == ["Сергей Лавров", "Северный Вестник"]


def test_an_unknown_body_in_the_plural_with_a_country() -> None:
    text = (
        "Представитель МИД Мария Захарова заявила, что вопрос закрыт.\n"
        "Ранее Пограничные войска Армении сообщили, что на границе было спокойно."
    )
    assert speakers_of(text) == ["Мария Захарова", "Пограничные войска Армении"]


def test_an_acronym_after_v_before_the_verb_is_the_organisation() -> None:
    text = (
        "Дмитрий Песков заявил, что Кремль ждет от спортивных властей последовательности.\n"
        "Ранее в ФИБА подчеркивали, что спорт должен оставаться вне политики."
    )
    assert speakers_of(text) == ["Дмитрий Песков", "ФИБА"]


def test_a_common_noun_opening_the_sentence_is_not_an_unknown_organisation() -> None:
    text = (
        "Глава МИД Сергей Лавров заявил, что переговоры пройдут в Минске.\n"
        "Стороны также сообщили, что подпишут протокол."
    )
    assert "Стороны" not in speakers_of(text)


# --- a chain of titles before one name -----------------------------------------------------


def test_a_title_then_a_dash_and_a_second_title_with_a_name_is_one_person() -> None:
    text = (
        "«Переговоры продолжатся на следующей неделе», — заявил на брифинге помощник президента "
        "Армении - руководитель управления по внешней политике Администрации президента Арман Саркисян."
    )
    assert speakers_of(text) == ["Арман Саркисян"]


def test_a_long_title_with_a_rank_before_the_name_is_that_persons() -> None:
    text = (
        "«Учения начинаются по плану», — сказал на открытии первый заместитель министра обороны "
        "Казахстана генерал-майор Нурлан Ерментаев."
    )
    assert speakers_of(text) == ["Нурлан Ерментаев"]


def test_a_title_and_a_name_in_separate_clauses_stay_two_people() -> None:
    text = "Министр встретился с Сергеем Лавровым и заявил, что визит состоится в мае."
    assert speakers_of(text) != ["Сергей Лавров"]


# --- the speaker of the sentence before outranks names its quote mentions ------------------


def test_he_after_an_inverted_quote_is_its_speaker_not_a_name_inside_it() -> None:
    text = (
        "Москва не получала предложений, которые сейчас обсуждают Эммануэль Макрон и его союзники, "
        "сказал глава российского МИД Сергей Лавров.\n"
        "Он также отметил: «Никаких документов нам пока никто не передавал»."
    )
    assert speakers_of(text) == ["Сергей Лавров", "Сергей Лавров"]


# --- agreement of the speech verb with the candidates -------------------------------------


def test_a_feminine_verb_takes_the_womans_name_not_a_nearer_word_of_unknown_gender() -> None:
    text = (
        "Проверки на границе будут усилены, заявила на заседании Жогорку Кенеша депутат Айгуль Токтосунова.\n"
        "«Мы обязаны знать, кто въезжает в страну», — сказала Айгуль Токтосунова."
    )
    assert speakers_of(text) == ["Айгуль Токтосунова"] * 2


def test_a_womans_first_name_the_dictionary_reads_as_a_mans_genitive() -> None:
    # "Надира" is also the genitive of "Надир"; the feminine verb and the title in the
    # nominative make it a woman's name in the nominative.
    text = "Контроль за въездом будет усилен, заявила на заседании парламента депутат Надира Асанова."
    assert speakers_of(text) == ["Надира Асанова"]


def test_a_surname_after_a_noun_is_its_genitive_when_a_fitting_subject_follows() -> None:
    text = (
        "О предстоящей отставке Кулебы первым сообщил депутат Верховной рады Ярослав Железняк. "
        "Он написал, что министр уйдет в отставку на этой неделе."
    )
    assert speakers_of(text) == ["Ярослав Железняк"]


def test_a_surname_opening_the_sentence_still_speaks_with_a_masculine_verb() -> None:
    text = "Лукашенко рассказал, что Путин пригласил его на саммит в Санкт-Петербург."
    assert speakers_of(text) == ["Лукашенко"]


# --- canonical names ------------------------------------------------------------------------


def test_a_surname_in_the_genitive_takes_the_nominative_the_article_writes() -> None:
    text = (
        "На встрече с журналистами выступил Андрей Сибига, глава МИД соседней страны.\n"
        "По словам Сибиги, переговоры зашли в тупик. Министр заверил, что диалог продолжится."
    )
    assert speakers_of(text) == ["Андрей Сибига", "Андрей Сибига"]


def test_a_genitive_surname_the_article_never_writes_in_the_nominative_is_kept() -> None:
    # Nothing tells "Кулебы" from a surname of another declension: no guess is made.
    assert speakers_of("По словам Кулебы, переговоры зашли в тупик.") == ["Кулебы"]


def test_an_outlet_spelt_out_after_its_abbreviation_keeps_its_article() -> None:
    text = (
        "Как сообщила газета The Wall Street Journal (WSJ), саммит пройдет в Женеве.\n"
        "Встреча министров состоится накануне, пишет WSJ."
    )
    assert speakers_of(text)[-1] == "The Wall Street Journal"


def test_a_surname_misspelt_once_takes_the_articles_own_spelling() -> None:
    text = (
        "Глава МИД Грузии Илья Дачиашвили заявил, что транзит через страну открыт для всех.\n"
        "Позднее Дарчиашвили уточнил, что Тбилиси не ведет переговоров о новых маршрутах. "
        "Дарчиашвили также назвал встречу полезной."
    )
    assert speakers_of(text) == ["Илья Дарчиашвили", "Илья Дарчиашвили"]


def test_a_misspelt_listed_surname_takes_the_listed_spelling() -> None:
    text = "«Расчеты в национальных валютах растут», — сказал министр финансов Антон Сиуланов."
    assert speakers_of(text) == ["Антон Силуанов"]


def test_two_surnames_that_differ_in_their_ending_are_two_people() -> None:
    text = (
        "Депутат Олег Романов заявил, что закон будет принят.\n"
        "Депутат Анна Романова заявила, что закон нуждается в доработке. Романова и Романова."
    )
    assert speakers_of(text) == ["Олег Романов", "Анна Романова"]


# --- names inside what was said, and the one who was told ----------------------------------


def test_a_bare_title_after_an_inverted_quote_is_not_a_name_inside_that_quote() -> None:
    text = (
        "Россия никогда не бомбила Белград и не отнимала Метохию, заявил сербский президент.\n"
        "По его словам, Белград продолжит диалог с партнерами."
    )
    speakers = speakers_of(text)
    assert len(speakers) == 2 and speakers[0] == speakers[1]
    assert speakers[0] == "сербский президент"  # no one in the quote: "Метохию" is a place


def test_a_source_described_up_to_its_comma_is_not_the_body_it_is_close_to() -> None:
    text = (
        "Ранее в публикации газеты со ссылкой на источник, близкий к Совету безопасности Белого дома, "
        "сообщалось, что визит отложен на неопределенный срок."
    )
    assert speakers_of(text) == ["источник, близкий к Совету безопасности Белого дома"]


def test_a_person_in_the_dative_after_the_verb_is_who_was_told() -> None:
    text = (
        "Глава МИД Сергей Лавров заявил, что переговоры продолжатся. "
        "Генштаб якобы сообщил Токаеву, что учения прошли успешно."
    )
    speakers = speakers_of(text)
    assert len(speakers) == 2 and speakers[-1] != "Токаев"


def test_a_dative_before_the_subject_leaves_the_subject_speaking() -> None:
    text = "«Ответ будет дан в срок», — сказал Лаврову Энтони Блинкен."
    assert speakers_of(text) == ["Энтони Блинкен"]


def test_a_lone_unknown_word_before_the_verb_is_not_made_an_organisation() -> None:
    # "Громе" is a misspelt surname, not a body: the last speaker goes on.
    text = (
        "Телеведущий Игорь Громов заявил, что визит был пустой тратой времени.\n"
        "Также Громе написал, что переговоры стоило отменить."
    )
    assert speakers_of(text) == ["Игорь Громов", "Игорь Громов"]


def test_an_outlet_named_in_lower_case_words_after_a_leading_adverb() -> None:
    text = (
        "Официальный представитель МИД Мария Захарова заявила, что ответ будет симметричным.\n"
        "Ранее Восточная служба новостей сообщала, что посол был вызван в министерство."
    )
    assert speakers_of(text) == ["Мария Захарова", "Восточная служба новостей"]


# --- a description fits only the posts it describes -----------------------------------------


def test_a_diplomat_is_the_minister_not_the_president_named_after_him() -> None:
    text = (
        "Министр иностранных дел Сергей Лавров провел переговоры в Минске. "
        "Ранее президент Владимир Путин подписал указ о новой концепции внешней политики.\n"
        "Выступая перед студентами, дипломат отметил, что Россия открыта к диалогу."
    )
    assert speakers_of(text)[-1] == "Сергей Лавров"


# --- an anonymous source named by the outlet that quotes it ---------------------------------


def test_sources_of_an_outlet_are_named_source_as_the_guide_names_them() -> None:
    text = "Источники Reuters отметили, что переговоры в Эр-Рияде могут быть отложены."
    assert speakers_of(text) == ["источник"]


def test_sources_of_a_newspaper_named_by_its_noun_are_named_source() -> None:
    text = "Москва не намерена менять позицию по договору, утверждают источники издания."
    assert speakers_of(text) == ["источник"]


def test_interlocutors_of_an_agency_keep_their_description() -> None:
    # The guide's format section names "собеседник агентства" as a description of its own.
    text = "Москва не намерена менять позицию по договору, утверждают собеседники агентства."
    assert speakers_of(text) == ["собеседник агентства"]


def test_a_source_placed_somewhere_keeps_its_place() -> None:
    text = "Источник в Минэнерго сообщил, что поставки возобновятся в марте."
    assert speakers_of(text) == ["источник в Минэнерго"]


def test_a_first_name_and_patronymic_address_the_person_named_with_that_first_name() -> None:
    text = (
        "Представитель российского МИД Мария Захарова подвела итоги переговоров.\n"
        "«Встреча прошла конструктивно», — высказалась Мария Владимировна. "
        "Она отметила, что стороны договорились о новых контактах."
    )
    assert speakers_of(text) == ["Мария Захарова", "Мария Захарова"]


# --- a transcript turn under a name with a long title --------------------------------------


def test_a_turn_label_with_a_long_title_after_the_name_is_the_speakers() -> None:
    text = (
        "Ведущий программы Олег Смирнов беседует с послом Узбекистана.\n"
        "Олег Смирнов:\n"
        "Добрый вечер!\n"
        "Рустам Ибрагимов, Чрезвычайный и Полномочный Посол Республики Узбекистан в Российской Федерации:\n"
        "Добрый вечер!\n"
    )
    table = quote_table(text)
    assert [(kind, words, speaker) for kind, words, speaker in table] == [
        ("direct", "Добрый вечер!", "Олег Смирнов"),
        ("direct", "Добрый вечер!", "Рустам Ибрагимов"),
    ]


def test_a_name_in_marks_right_after_the_verb_is_the_outlet_that_wrote_it() -> None:
    text = (
        "Министр иностранных дел Армении заявил, что Ереван готов к переговорам.\n"
        "Как писал \"Южный вестник\", сенат принял резолюцию о санкциях."
    )
    assert speakers_of(text)[-1] == "Южный вестник"


def test_an_outlet_in_marks_that_was_told_something_is_not_the_speaker() -> None:
    text = (
        "Министр иностранных дел Армении заявил, что Ереван готов к переговорам.\n"
        "Как сообщили «Известиям» в ведомстве, сенат принял резолюцию о санкциях."
    )
    assert "Известия" not in speakers_of(text) and "Известиям" not in speakers_of(text)


# --- an outlet referred to before it is named -----------------------------------------------


def test_a_media_noun_in_a_headline_is_the_outlet_the_article_names_next() -> None:
    text = (
        "По данным газеты, саммит пройдет в Женеве\n\n"
        "ЖЕНЕВА, 2 марта. /ТАСС/. Переговоры министров пройдут на следующей неделе, "
        "сообщила газета The Boston Globe со ссылкой на свои источники."
    )
    assert speakers_of(text)[0] == "The Boston Globe"


def test_a_photo_credit_under_a_headline_is_not_the_title_holder() -> None:
    text = (
        "Депутат Колесник: ни один из предложенных планов не подходит России\n"
        "Иван Петров/РИА Новости\n"
        "Пока нет ни одного плана, который учитывал бы интересы России, заявил депутат Андрей Колесник."
    )
    assert speakers_of(text)[0] == "Андрей Колесник"


def test_a_correspondent_of_the_agency_is_the_agency_of_the_dateline() -> None:
    text = (
        "Ташкент. 4 марта. CENTRAL NEWS - Дипломаты двух стран обсудили график консультаций "
        "на будущий год, передает корреспондент агентства."
    )
    assert speakers_of(text) == ["CENTRAL NEWS"]


def test_both_politicians_are_a_group_not_the_one_named_last() -> None:
    text = (
        "По итогам встречи министра Сергея Лаврова с коллегой Араратом Мирзояном "
        "оба политика подтвердили: Москва и Ереван остаются союзниками."
    )
    assert speakers_of(text) == ["оба политика"]


# --- someone quoting someone else -----------------------------------------------------------


def test_quoting_someones_joke_makes_them_the_speaker() -> None:
    text = (
        "Представитель МИД Мария Захарова рассказала о встрече министров.\n"
        "«Как вы выдерживаете такой темп?» — процитировала Захарова шутку иностранных коллег."
    )
    assert speakers_of(text) == ["коллеги"]
    assert same_speaker("иностранные коллеги", speakers_of(text)[0])


def test_quoting_a_leaders_words_makes_the_leader_the_speaker() -> None:
    text = "«Мы не отступим от своих принципов», — процитировал министр слова Владимира Путина."
    assert speakers_of(text) == ["Владимир Путин"]


def test_a_title_looks_back_past_a_name_that_is_a_nouns_genitive() -> None:
    text = (
        "«Грубая подделка»: Захарова оценила доклад журнала о контактах Мартинеса с Пекином\n\n"
        "Официальный представитель МИД назвала доклад британского журнала о контактах "
        "бывшего мэра Барселоны с Пекином «грубой подделкой»."
    )
    assert speakers_of(text) == ["Захарова", "Захарова"]


def test_a_source_allegedly_close_to_someone_is_the_source_not_that_someone() -> None:
    text = (
        "Накануне газета выпустила статью, где со ссылкой на источник, якобы близкий к "
        "правительству Венгрии, сообщает, что Будапешт пересмотрит позицию."
    )
    assert speakers_of(text) == ["источник"]


def test_sources_of_the_agency_are_named_source_even_after_a_described_group() -> None:
    text = (
        "Переговоры могут затянуться, рассказали два источника, знакомые с ходом консультаций.\n"
        "Источники агентства добавили, что делегации встретятся в Женеве."
    )
    assert speakers_of(text)[-1] == "источник"


def test_a_bare_ministry_is_that_of_the_one_country_whose_minister_the_article_names() -> None:
    text = (
        "Министр обороны Белоруссии Виктор Хренин прибыл в Ереван на совет министров обороны.\n"
        "«Стороны обсудят вопросы военного сотрудничества», — добавили в Минобороны."
    )
    assert speakers_of(text) == ["Минобороны Белоруссии"]


def test_a_bare_ministry_stays_bare_when_two_countries_ministers_are_named() -> None:
    text = (
        "Министр обороны Белоруссии Виктор Хренин встретился с министром обороны Армении Сурен Папикяном.\n"
        "«Стороны обсудили военное сотрудничество», — добавили в Минобороны."
    )
    assert speakers_of(text) == ["Минобороны"]
