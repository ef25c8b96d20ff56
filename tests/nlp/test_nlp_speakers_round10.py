"""Speakers, round 10: the syntax of a title and the name after it.

Sentences are written for these tests in the register of diplomatic news.
"""

from __future__ import annotations

from nlp_helpers import quote_table

from annotator.nlp import analyze
from annotator.nlp.evaluate import same_speaker
from annotator.nlp.mentions import find_mentions
from annotator.nlp.segment import tokenize


def speakers_of(text: str) -> list[str | None]:
    return [speaker for _, _, speaker in quote_table(text)]


def mentions_of(clause: str) -> list[tuple[str, str, str | None]]:
    return [(m.kind, clause[m.start : m.end], m.role[0] if m.role else None)
            for m in find_mentions(tokenize(clause, 0, len(clause)))]


# --- a title before a name in the genitive: the person served is not the speaker -----------


def test_an_aide_named_by_whom_he_serves_is_not_that_person() -> None:
    text = (
        "Премьер-министр Армении Никол Пашинян провел совещание по вопросам транзита.\n"
        "Пресс-секретарь Пашиняна отметил, что визит в Тегеран перенесен на весну."
    )
    assert speakers_of(text) == ["пресс-секретарь Пашиняна"]


def test_the_title_of_a_genitive_name_is_a_role_mention_not_a_name() -> None:
    assert mentions_of("Помощник Лаврова заявил") == [("role", "Помощник Лаврова", "aide")]


def test_the_aide_is_the_person_of_that_post_named_in_the_article() -> None:
    text = (
        "Пресс-секретарь президента Киргизии Эрбол Султанбаев провел брифинг в Бишкеке.\n"
        "Президент Садыр Жапаров в среду вылетел в Астану.\n"
        "Пресс-секретарь Жапарова уточнил, что переговоры пройдут в узком составе."
    )
    assert speakers_of(text) == ["Эрбол Султанбаев"]


def test_the_name_after_the_served_person_is_the_holder() -> None:
    text = "Пресс-секретарь Путина Дмитрий Песков сказал, что подготовка к визиту продолжается."
    assert speakers_of(text) == ["Дмитрий Песков"]


def test_a_title_with_a_nominative_name_keeps_the_name() -> None:
    text = "Пресс-секретарь Кремля Дмитрий Песков заявил, что ответ будет дан позднее."
    assert speakers_of(text) == ["Дмитрий Песков"]


def test_a_womans_name_that_reads_as_a_genitive_follows_the_feminine_verb() -> None:
    text = "Депутат Надира Нарматова заявила, что правила въезда должны быть понятны гражданам."
    assert speakers_of(text) == ["Надира Нарматова"]


def test_the_same_words_with_a_masculine_verb_are_the_aide_of_a_man() -> None:
    text = "Помощник Надира Нарматова заявил, что правила въезда должны быть понятны гражданам."
    assert speakers_of(text) != ["Надир Нарматов"]
    assert speakers_of(text) != ["Надира Нарматова"]


def test_a_genitive_title_inside_a_chain_names_whom_the_person_serves() -> None:
    clause = "Пресс-секретарь вице-премьера Армении Ашот Саргсян опроверг"
    kinds = [(kind, role) for kind, _, role in mentions_of(clause)]
    assert kinds == [("name", "press_secretary")]


def test_a_bare_surname_after_a_title_follows_the_verb() -> None:
    assert speakers_of("Посол Антонова отметила, что консульство продолжит работу в обычном режиме.") == ["Антонова"]


# --- a bare "МИД" takes the country the article spells it out with --------------------------


def test_a_bare_ministry_is_the_one_spelled_out_with_its_country() -> None:
    text = (
        "Временный поверенный в делах Грузии был вызван в Министерство иностранных дел Армении.\n"
        "Согласно информации МИД, дипломату указали, что такие высказывания недопустимы."
    )
    assert speakers_of(text) == ["МИД Армении"]


def test_a_bare_ministry_after_a_republic_spelled_out() -> None:
    text = (
        "Брифинг провел представитель министерства иностранных дел Республики Казахстан.\n"
        "Встреча министров пройдет в Астане в мае – МИД"
    )
    assert speakers_of(text) == ["МИД Казахстана"]


def test_a_bare_ministry_after_the_country_adjective() -> None:
    text = "Армянский МИД направил ноту послу.\nВ МИД заявили, что ответ ждут до пятницы."
    assert speakers_of(text) == ["МИД Армении"]


def test_a_bare_ministry_stays_bare_when_two_countries_spell_it_out() -> None:
    text = (
        "Министерство иностранных дел Армении и министерство иностранных дел Грузии провели консультации.\n"
        "В МИД заявили, что следующий раунд пройдет в Тбилиси."
    )
    assert speakers_of(text) == ["МИД"]


# --- a pronoun after a quote is not the person the quote names in the third person ----------


def test_the_pronoun_after_a_quote_skips_the_person_the_quote_speaks_of() -> None:
    text = (
        "Официальный представитель МИД Киргизии Айбек Смадияров провел брифинг. "
        "Министр Жээнбек Кулубаев посетит Москву на следующей неделе.\n\n"
        "«В ходе поездки, которую совершит Кулубаев, запланированы встречи с коллегами», — сообщил он на брифинге."
    )
    assert speakers_of(text) == ["Айбек Смадияров"]


def test_the_pronoun_skips_a_chinese_name_the_quote_speaks_of() -> None:
    text = (
        "Представитель МИД КНР Ван Вэньбинь провел очередной брифинг. "
        "Глава МИД Ван И посетит Москву на следующей неделе.\n\n"
        "«В ходе поездки, которую совершит Ван И, запланированы встречи с коллегами», — сообщил он на брифинге."
    )
    assert speakers_of(text) == ["Ван Вэньбинь"]


def test_the_pronoun_after_a_quote_that_names_no_one_is_the_subject_before() -> None:
    text = (
        "Официальный представитель МИД Киргизии Айбек Смадияров провел брифинг. "
        "Министр Жээнбек Кулубаев посетит Москву на следующей неделе.\n\n"
        "«В ходе поездки запланированы встречи с коллегами», — сообщил он журналистам."
    )
    assert speakers_of(text) == ["Жээнбек Кулубаев"]


# --- former posts and deputies of a permanent representative --------------------------------


def test_a_former_title_is_the_former_holder_named_before_not_the_current_one() -> None:
    text = (
        "Экс-президент Молдавии Игорь Додон дал интервью телеканалу в Кишиневе.\n\n"
        "Президент Молдавии Майя Санду на этой неделе находится в Брюсселе.\n\n"
        "Бывший молдавский лидер отметил, что с партнерами всегда можно договориться."
    )
    assert speakers_of(text) == ["Игорь Додон"]


def test_a_bare_former_title_with_a_name_before_it_is_that_person() -> None:
    text = (
        "Бывший советник офиса президента Армении Карен Акопян заявил, что стороны близки к соглашению.\n\n"
        "Экс-советник отметил, что переговоры по границе продолжатся весной."
    )
    assert speakers_of(text) == ["Карен Акопян", "Карен Акопян"]


def test_a_former_president_is_not_the_president_in_office() -> None:
    text = (
        "Президент Грузии Михаил Кавелашвили прибыл в Баку.\n\n"
        "Экс-президент Грузии заявил, что визит был подготовлен в спешке."
    )
    assert speakers_of(text) == ["экс-президент Грузии"]


def test_a_deputy_permanent_representative_named_by_the_short_title() -> None:
    text = (
        "Заместитель постпреда РФ при ООН Дмитрий Полянский выступил в Совбезе в среду.\n\n"
        "Зампостпреда добавил, что проект резолюции требует доработки."
    )
    assert speakers_of(text) == ["Дмитрий Полянский"]


def test_the_deputy_permanent_representative_is_a_diplomat() -> None:
    text = (
        "Первый заместитель постпреда РФ при ООН Дмитрий Полянский выступил в Совбезе в среду.\n\n"
        "По словам дипломата, проект резолюции требует доработки."
    )
    assert speakers_of(text) == ["Дмитрий Полянский"]


def test_a_ministry_in_the_genitive_written_with_its_ending_is_the_ministry() -> None:
    assert mentions_of("сообщил официальный представитель МИДа") == [
        ("role", "официальный представитель МИДа", "spokesperson")
    ]


# --- canonical names from oblique forms -------------------------------------------------------


def test_a_soft_foreign_first_name_in_the_instrumental_keeps_its_soft_sign() -> None:
    text = (
        "Министр провел беседу с президентом Франции Эммануэлем Макроном.\n"
        "Макрон заявил, что Париж готов к новому раунду консультаций."
    )
    assert speakers_of(text) == ["Эммануэль Макрон"]


def test_a_surname_in_a_in_the_instrumental_is_put_back_in_the_nominative() -> None:
    text = (
        "В Ташкенте прошли переговоры узбекской делегации с главой украинского МИД Андреем Сибигой.\n"
        "Украинский министр заявил, что стороны договорились о новых консультациях."
    )
    assert speakers_of(text) == ["Андрей Сибига"]


def test_adjectival_surnames_in_oi_are_not_read_as_instrumentals() -> None:
    from annotator.nlp.names import nominative_given, nominative_surname

    assert nominative_surname("Толстой", oblique=True, gender="m") == "Толстой"
    assert nominative_surname("Луговой", oblique=True, gender="m") == "Луговой"
    assert nominative_given("Иваном", oblique=True, gender="m") == "Иван"
    assert nominative_given("Шарлем", oblique=True, gender="m") == "Шарль"


# --- a bare press service is the one that spoke, not an outlet named since -------------------


def test_a_bare_press_service_is_the_service_that_spoke_before_not_the_outlet() -> None:
    text = (
        "В пресс-службе «Росатома» заявили, что график строительства станции не изменится.\n"
        "По данным агентства Bloomberg, ограничения затронут две дочерние компании.\n"
        "«Все обязательства перед заказчиками будут выполнены в срок», - ответили в пресс-службе."
    )
    assert speakers_of(text) == ["пресс-служба Росатома", "Bloomberg", "пресс-служба Росатома"]


# --- "Ван И." ends a sentence: a Chinese given name is no initial ----------------------------


def test_a_one_letter_chinese_given_name_ends_the_sentence() -> None:
    text = (
        "Стороны обсудили подготовку визита во время беседы главы МИД Киргизии с Ван И. "
        "Об этом сообщил официальный представитель киргизского МИД Айбек Смадияров, передает агентство."
    )
    assert speakers_of(text) == ["Айбек Смадияров"]


def test_an_initial_before_a_surname_still_does_not_end_a_sentence() -> None:
    from annotator.nlp.segment import paragraphs, sentences

    text = "Соглашение подписал С. Лавров. Об этом сообщил МИД."
    assert len(sentences(text, paragraphs(text), [])) == 2


def test_an_opening_pronoun_is_the_aide_named_right_after() -> None:
    text = (
        "В своем канале в мессенджере он написал, что цель руководства республики — сохранить порядок.\n"
        "\"Ситуация остается под контролем\", - подчеркнул пресс-секретарь Жапарова."
    )
    assert speakers_of(text) == ["пресс-секретарь Жапарова"] * 2


# --- a name inside an opening phrase heads no clause before the pronoun ----------------------


def test_a_name_in_an_opening_phrase_is_not_what_the_pronoun_stands_for() -> None:
    text = (
        "Секретарь Совбеза России Сергей Шойгу прибыл в Пекин с визитом.\n"
        "На переговорах с главой китайского МИД, членом Политбюро ЦК КПК Ван И, он отметил, "
        "что консультации по безопасности станут регулярными."
    )
    assert speakers_of(text) == ["Сергей Шойгу"]


def test_a_name_with_its_own_verb_before_the_pronoun_is_what_it_stands_for() -> None:
    text = "Сергей Лавров прибыл в Минск, где он заявил, что консультации станут регулярными."
    assert speakers_of(text) == ["Сергей Лавров"]


# --- a company named in quotation marks speaks -------------------------------------------------


def test_a_company_in_marks_before_the_speech_verb_speaks() -> None:
    assert speakers_of("«Казмунайгаз» сообщил, что отгрузка нефти через терминал возобновлена.") == ["Казмунайгаз"]


def test_a_company_in_marks_after_v_speaks_in_the_nominative() -> None:
    text = "В «Казмунайгазе» заявили, что отгрузка нефти через терминал возобновлена."
    assert speakers_of(text) == ["Казмунайгаз"]


def test_an_inverted_report_from_a_company_in_marks_is_found() -> None:
    table = quote_table("Отгрузка нефти через терминал возобновлена, сообщили в «Казмунайгазе».")
    assert table == [("indirect", "Отгрузка нефти через терминал возобновлена", "Казмунайгаз")]


def test_by_the_data_of_a_company_in_marks() -> None:
    text = "По данным «Казмунайгаза», отгрузка нефти через терминал возобновлена."
    assert speakers_of(text) == ["Казмунайгаз"]


def test_a_name_in_marks_that_does_not_speak_stays_a_title() -> None:
    text = "Министр выступил на форуме «Астанинский диалог» и заявил, что переговоры продолжатся."
    assert speakers_of(text) == ["министр"]


def test_a_title_of_a_company_in_marks_is_the_title_not_the_company() -> None:
    text = "Гендиректор «Казмунайгаза» заявил, что отгрузка нефти через терминал возобновлена."
    assert speakers_of(text) == ["гендиректор «Казмунайгаза»"]


def test_a_representative_of_a_company_in_marks() -> None:
    text = "Представитель «Казмунайгаза» заявил, что отгрузка нефти через терминал возобновлена."
    assert speakers_of(text) == ["представитель «Казмунайгаза»"]


def test_the_press_service_of_a_company_named_with_its_noun_and_marks() -> None:
    text = "В пресс-службе компании «Казмунайгаз» сообщили, что отгрузка нефти через терминал возобновлена."
    speakers = speakers_of(text)
    assert speakers == ["пресс-служба Казмунайгаза"]
    assert same_speaker("Казмунайгаз", speakers[0])  # the guide: a press service names its organisation


def test_a_company_in_marks_opening_the_sentence_speaks_past_an_adverbial() -> None:
    text = "«Казмунайгаз» в своем Telegram-канале сообщил, что отгрузка нефти через терминал возобновлена."
    assert speakers_of(text) == ["Казмунайгаз"]


def test_the_owner_in_marks_of_a_statement_speaks() -> None:
    text = "Отгрузка нефти через терминал возобновлена, говорится в сообщении «Казмунайгаза»."
    assert speakers_of(text) == ["Казмунайгаз"]


def test_a_title_in_marks_opening_a_sentence_without_a_speech_verb_is_no_speaker() -> None:
    text = "«Каспийский трубопроводный консорциум» был создан в 1992 году. Министр заявил, что отгрузка возобновлена."
    assert speakers_of(text) == ["министр"]


# --- a company the dictionary knows by name speaks without marks -----------------------------


def test_a_company_the_dictionary_knows_speaks() -> None:
    assert speakers_of("Нафтогаз заявил, что транзит газа через территорию страны продолжится.") == ["Нафтогаз"]


def test_a_company_the_dictionary_knows_after_v_is_named_in_the_nominative() -> None:
    text = "В Роскомнадзоре заявили, что доступ к сервису будет ограничен с понедельника."
    assert speakers_of(text) == ["Роскомнадзор"]


def test_a_surname_the_dictionary_also_files_as_a_company_stays_a_person() -> None:
    text = "Глава МИД Украины Дмитрий Кулеба прибыл в Брюссель.\nПо словам Кулебы, переговоры продолжатся."
    assert speakers_of(text) == ["Дмитрий Кулеба"]


def test_a_bare_company_noun_is_the_company_named_before() -> None:
    text = (
        "Компания «Казмунайгаз» провела собрание акционеров в Астане.\n"
        "В компании заявили, что отгрузка нефти через терминал возобновлена."
    )
    assert speakers_of(text) == ["Казмунайгаз"]


def test_a_statement_of_the_company_is_the_company_named_before() -> None:
    text = "Нафтогаз провел собрание. Транзит продолжится, говорится в сообщении компании."
    assert speakers_of(text) == ["Нафтогаз"]


# --- a headline that is only a quotation ------------------------------------------------------


def test_a_headline_that_is_only_a_quotation_is_the_main_speakers() -> None:
    text = (
        "«Внешняя политика обходится недешево»\n\n"
        "Министр иностранных дел Ерлан Идрисов ответил на вопросы газеты.\n\n"
        "— Каковы визовые перспективы?\n\n"
        "— Мы ведем переговоры с партнерами, — сказал Идрисов."
    )
    analysis = analyze(text)
    assert [q.speaker for q in analysis.quotes][:1] == ["Ерлан Идрисов"]
    assert analysis.quotes[0].speaker_mention is None


def test_a_quotation_headline_with_two_people_quoted_as_often_gets_no_speaker() -> None:
    text = (
        "«Внешняя политика обходится недешево»\n\n"
        "«Мы ведем переговоры с партнерами», — сказал Ерлан Идрисов.\n\n"
        "«Переговоры идут трудно», — ответил Бахтиёр Саидов."
    )
    assert speakers_of(text)[0] is None


def test_a_quotation_headline_then_a_full_stop_and_the_speaker_about_a_topic() -> None:
    text = (
        "«Контакты на высоком уровне возобновятся». Мирзоян об отношениях с соседями\n"
        "Глава МИД Армении Арарат Мирзоян ответил на вопросы журналистов."
    )
    assert speakers_of(text) == ["Арарат Мирзоян"]


def test_a_quotation_headline_then_a_full_stop_and_a_topic_names_no_speaker() -> None:
    text = "«Северный поток». Что известно о газопроводе\nГазопровод был построен в 2011 году."
    assert speakers_of(text) in ([], [None])


# --- a country adjective far after a title is not the title's country ----------------------------


def test_a_country_adjective_later_in_the_clause_does_not_narrow_the_title() -> None:
    text = (
        "Министр иностранных дел России Сергей Лавров прибыл в Нью-Дели на встречу G20. "
        "Об итогах переговоров сообщил глава МИД Китая Цинь Ган.\n\n"
        "«Мы обсудили все вопросы двусторонней повестки», — заявил дипломат на встрече с главой российского МИД."
    )
    assert speakers_of(text)[-1] == "Цинь Ган"


def test_a_country_adjective_right_after_the_head_still_narrows_it() -> None:
    clause = "сказал глава российского дипведомства"
    first = find_mentions(tokenize(clause, 0, len(clause)))[0]
    assert (clause[first.start : first.end], first.role) == ("глава", ("head", "Россия"))


# --- a bare "чиновник" after a named official is that official ------------------------------------


def test_a_bare_official_after_a_named_speaker_is_that_person() -> None:
    text = (
        "Министр обороны Латвии Андрис Спрудс дал интервью польской газете.\n\n"
        "«Таких партий в парламенте больше нет», — сказал он.\n\n"
        "Чиновник подчеркнул, что выборы прошли без нарушений."
    )
    assert speakers_of(text) == ["Андрис Спрудс", "Андрис Спрудс"]


def test_a_described_official_stays_an_anonymous_source() -> None:
    text = (
        "Министр обороны Латвии Андрис Спрудс дал интервью польской газете.\n\n"
        "Украинский чиновник подчеркнул, что поставки продолжатся."
    )
    assert speakers_of(text) == ["украинский чиновник"]


def test_the_kyrgyz_parliament_in_the_genitive_is_an_organisation_not_a_surname() -> None:
    clause = "заявил депутат Жогорку Кенеша"
    assert mentions_of(clause) == [("role", "депутат Жогорку Кенеша", "deputy")]


# --- "по данным X, ссылающегося на Y, …": Y is the source ---------------------------------------


def test_by_the_data_of_an_outlet_citing_an_official_the_official_speaks() -> None:
    table = quote_table(
        "По данным канала CNN, ссылающегося на высокопоставленного чиновника Пентагона, "
        "переброска войск завершится к осени."
    )
    assert table == [("indirect", "переброска войск завершится к осени", "высокопоставленный чиновник Пентагона")]


def test_a_capitalised_bare_izdanie_is_the_outlet_named_before() -> None:
    text = "Газета The Times опубликовала статью о переговорах. Издание отмечает, что переговоры зашли в тупик."
    assert speakers_of(text) == ["The Times"]


def test_missions_prosecutors_and_the_senate_speak() -> None:
    assert speakers_of("Генконсульство сообщило, что выдача виз возобновится в понедельник.") == ["генконсульство"]
    assert speakers_of("Сенат заявил, что голосование по резолюции перенесено.") == ["Сенат"]


def test_more_titles_that_name_a_speaker() -> None:
    assert speakers_of("Вице-спикер Госдумы заявил, что законопроект будет принят осенью.") == ["вице-спикер Госдумы"]
    assert speakers_of("Омбудсмен заявил, что консульство получило обращения граждан.") == ["омбудсмен"]
    assert speakers_of("Директор департамента МИД заявил, что консультации продолжатся.") == [
        "директор департамента МИД"
    ]


def test_a_member_of_a_committee_is_also_the_deputy_of_a_headline() -> None:
    text = (
        "Депутат Карасин: переговоры продолжатся\n\n"
        "Переговоры продолжатся осенью. Об этом заявил член комитета Госдумы по обороне Андрей Карасин."
    )
    assert speakers_of(text)[0] == "Андрей Карасин"
