"""Speakers: names in any case, titles, descriptions, pronouns, organisations."""

from __future__ import annotations

import pytest
from nlp_helpers import mention_text, quote_table

from annotator.nlp import analyze


def speakers_of(text: str) -> list[str | None]:
    return [speaker for _, _, speaker in quote_table(text)]


def test_bare_title_resolves_to_the_person_introduced_with_it() -> None:
    text = (
        "Президент Казахстана Касым-Жомарт Токаев провёл совещание. "
        "Как заявил казахстанский лидер, вода остаётся главным вопросом региона."
    )
    analysis = analyze(text)
    assert speakers_of(text) == ["Касым-Жомарт Токаев"]
    assert mention_text(analysis, 0) == "казахстанский лидер"


def test_title_with_organisation_resolves_through_the_country() -> None:
    text = (
        "Пресс-секретарь президента России Дмитрий Песков ответил на вопросы журналистов. "
        "Как уточнил представитель Кремля, разговор может состояться на этой неделе."
    )
    assert speakers_of(text) == ["Дмитрий Песков"]


def test_description_picks_the_person_of_that_country() -> None:
    text = (
        "Владимир Путин и Реджеп Тайип Эрдоган провели встречу в Астане. "
        "«Турция готова предоставить площадку», – сказал турецкий лидер. "
        "«Мы ценим усилия Анкары», – ответил российский президент."
    )
    assert speakers_of(text) == ["Реджеп Тайип Эрдоган", "Владимир Путин"]


def test_pronoun_goes_to_the_most_recent_speaker() -> None:
    text = (
        "«Переговоры были трудными», – сказал Лавров. "
        "Он добавил, что следующий раунд пройдёт в Женеве."
    )
    assert speakers_of(text) == ["Лавров", "Лавров"]


def test_verb_gender_chooses_between_two_people() -> None:
    text = (
        "Сергей Лавров встретился с министром иностранных дел ЮАР Наледи Пандор. "
        "«Мы дружим с теми, кто уважает наш выбор», – заявила она журналистам. "
        "«Мы ценим независимую позицию Претории», – ответил он."
    )
    assert speakers_of(text) == ["Наледи Пандор", "Сергей Лавров"]


def test_female_description_resolves_by_gender() -> None:
    text = (
        "Глава МИД России Сергей Лавров и официальный представитель министерства Мария Захарова "
        "открыли выставку. «Эта книга – о людях», – сказала дипломат. "
        "«Индия и Россия никогда не поучали друг друга», – заметил министр."
    )
    assert speakers_of(text) == ["Мария Захарова", "Сергей Лавров"]


OBLIQUE = [
    ("По словам Лаврова, переговоры продолжатся.", "Лавров"),
    ("По словам Захаровой, брифинг перенесён.", "Захарова"),
    ("По словам Гутерриша, потребности превысили средства.", "Гутерриш"),
    ("По словам Пашиняна, комиссии согласовали ещё участок.", "Пашинян"),
    ("По словам Шойгу, учения завершены.", "Шойгу"),
    ("По словам Си Цзиньпина, Китай продолжит открытие рынка.", "Си Цзиньпин"),
    ("По словам министра иностранных дел России Сергея Лаврова, визит состоится.", "Сергей Лавров"),
    ("По словам Марии Захаровой, ответ будет дан.", "Мария Захарова"),
    ("По словам Зеленского, переговоры не ведутся.", "Зеленский"),
]


@pytest.mark.parametrize(("text", "speaker"), OBLIQUE)
def test_canonical_name_is_nominative(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


def test_first_name_anywhere_in_the_article_gives_the_full_name() -> None:
    text = (
        "Министр иностранных дел России Сергей Лавров прибыл в Дели. "
        "По словам Лаврова, визит будет насыщенным."
    )
    analysis = analyze(text)
    assert speakers_of(text) == ["Сергей Лавров"]
    speaker = analysis.speakers[0]
    assert speaker.type == "person"
    assert [analysis.text[s:e] for s, e in speaker.mentions] == ["Сергей Лавров", "Лаврова"]


ORGANISATIONS = [
    ("«Стороны подтвердили приверженность принципам», – сообщили в МИД КНР.", "МИД КНР"),
    ("МИД Китая заявил, что Пекин выступает против санкций.", "МИД Китая"),
    ("В Кремле уточнили, что стороны договорились о встрече.", "Кремль"),
    ("В Госдепартаменте заявили, что визит не планируется.", "Госдепартамент"),
    (
        "«Главы государств обсудили энергетику», – говорится в сообщении пресс-службы Кремля.",
        "Кремль",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ORGANISATIONS)
def test_organisations_speak(text: str, speaker: str) -> None:
    analysis = analyze(text)
    assert [q.speaker for q in analysis.quotes] == [speaker]
    assert analysis.speakers[0].type == "organization"


def test_generic_noun_refers_back_to_the_organisation() -> None:
    text = (
        "МИД России выступил с заявлением. "
        "«Москва оставляет за собой право на ответные меры», – подчеркнули в министерстве."
    )
    analysis = analyze(text)
    assert [q.speaker for q in analysis.quotes] == ["МИД России"]
    assert mention_text(analysis, 0) == "министерстве"


def test_each_entity_is_listed_once_with_all_mentions() -> None:
    text = (
        "Официальный представитель МИД России Мария Захарова провела брифинг. "
        "Она заявила, что ответ будет симметричным. "
        "«Мы не оставим это без внимания», – добавила Захарова."
    )
    analysis = analyze(text)
    assert [s.name for s in analysis.speakers] == ["Мария Захарова"]
    mentions = [analysis.text[s:e] for s, e in analysis.speakers[0].mentions]
    assert mentions == ["Мария Захарова", "Она", "Захарова"]


def test_quote_without_any_speaker_has_null_speaker_and_mention() -> None:
    analysis = analyze("«Санкции не работают и никогда не работали в истории», – гласит плакат у посольства.")
    assert all(q.speaker is None and q.speaker_mention is None for q in analysis.quotes)


TITLES_BEFORE_NAMES = [
    (  # "в КНР" between the title and the name
        "Сотрудничество не пострадает, заявил посол РФ в КНР Игорь Моргулов.",
        "Игорь Моргулов",
    ),
    (  # a field of work between the title and the name
        "Совет ЕС одобрит пакет в июне, заявила верховный представитель ЕС по иностранным делам Кая Каллас.",
        "Кая Каллас",
    ),
    (
        "Граница остаётся под контролем, сказал секретарь Совбеза РФ Сергей Шойгу.",
        "Сергей Шойгу",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), TITLES_BEFORE_NAMES)
def test_the_name_after_a_title_is_the_speaker(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


def test_a_listed_person_keeps_the_first_name_of_the_list() -> None:
    text = (
        "Глава дипломатии ЕС Кая Каллас прибыла в Брюссель. "
        "«Работа над пакетом уже ведётся», – сказала Каллас."
    )
    assert speakers_of(text) == ["Кая Каллас"]


def test_our_state_in_a_title() -> None:
    text = (
        "Переговоры были откровенными. Таким мнением поделился помощник главы нашего государства "
        "Юрий Ушаков.\n\n«Переговоры шли четыре часа», – сказал помощник президента."
    )
    assert speakers_of(text) == ["Юрий Ушаков", "Юрий Ушаков"]


def test_a_title_in_the_headline_is_the_person_named_later() -> None:
    text = (
        "Сотрудничество с ШОС будет расширено, заявил посол России\n\n"
        "ПЕКИН, 3 июня. /ТАСС/. Страны ШОС расширят торговлю в национальных валютах, "
        "заявил посол РФ в КНР Игорь Моргулов."
    )
    assert speakers_of(text) == ["Игорь Моргулов", "Игорь Моргулов"]


def test_a_singular_verb_takes_the_person_not_the_place() -> None:
    text = "Сергей Лавров, выступая в Госдуме, пошутил, что ему не хватает свободного времени."
    assert speakers_of(text) == ["Сергей Лавров"]


OUTLETS_AND_SOURCES = [
    (  # the outlet relays; the person speaks
        "Переговоры пройдут в Женеве, заявил Сергей Рябков, передает ТАСС.",
        ["Сергей Рябков"],
    ),
    (  # the outlet is the sole attribution
        "Встреча министров перенесена на осень, сообщает CNN.",
        ["CNN"],
    ),
    (
        "По информации Reuters, ответ на ноту будет передан на следующей неделе.",
        ["Reuters"],
    ),
    (  # an anonymous source named by its outlet, then by the bare title
        "Делегация покинет Стамбул сразу после встречи, сообщил источник Би-би-си.\n\n"
        "«Мандат у делегации чёткий», – подчеркнул источник.",
        ["источник Би-би-си", "источник Би-би-си"],
    ),
    (  # the country in the title itself ("председатель КНР") keeps the leaders apart
        "Отношения с Китаем отвечают интересам России, заявил Владимир Путин на встрече с председателем "
        "КНР Ху Цзиньтао. По словам президента России, контакты будут расширены.",
        ["Владимир Путин", "Владимир Путин"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), OUTLETS_AND_SOURCES)
def test_outlets_and_anonymous_sources(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


def test_words_in_straight_quotes_name_no_speaker() -> None:
    text = (
        '"Информацию журналистам дадут Зась и Пашинян", - сказал Дмитрий Песков, напомнив, '
        "что Армения председательствует в организации."
    )
    assert speakers_of(text) == ["Дмитрий Песков", "Дмитрий Песков"]


def test_a_title_does_not_go_to_a_person_known_in_another_post() -> None:
    text = (
        "Далее Уиткофф заявил, что глава Белого дома Дональд Трамп недоволен затянувшимся конфликтом.\n"
        "«Он хочет, чтобы война закончилась», — добавил спецпосланник."
    )
    assert speakers_of(text) == ["Уиткофф", "Уиткофф"]


def test_a_counterpart_keeps_the_post_named_later() -> None:
    text = (
        "Ван И провёл переговоры с российским коллегой Сергеем Лавровым. "
        "Глава российского МИД, в свою очередь, посетовал, что контакты свёрнуты."
    )
    assert speakers_of(text) == ["Сергей Лавров"]


def test_the_interviewee_is_the_person_the_introduction_is_about() -> None:
    text = (
        "Выступления официального представителя МИД России Марии Захаровой всегда привлекают внимание. "
        "В интервью агентству Захарова рассказывает о работе, о брифингах и о Джен Псаки.\n"
        "— Как к вам обращаются журналисты?\n"
        "— По-разному, чаще всего по имени."
    )
    assert speakers_of(text) == [None, "Мария Захарова"]


def test_a_photo_credit_is_nobody_in_the_story() -> None:
    text = (
        "Глава Чеченской Республики Рамзан Кадыров записал видеообращение.\n\n"
        "Сергей Савостьянов/РИА Новости\n"
        "Нас не сломать, потому что мы не отступаем, – подчеркнул он."
    )
    assert speakers_of(text) == ["Рамзан Кадыров"]


def test_a_sentence_initial_common_noun_is_not_a_surname() -> None:
    text = (
        "Премьер-министр Армении Никол Пашинян выступил в парламенте. "
        "Причин, по его словам, две – партнёры не продавали оружие."
    )
    # the parenthesis splits the report in two pieces of one speaker (guide, indirect 7)
    assert speakers_of(text) == ["Никол Пашинян", "Никол Пашинян"]


NAMED_OUTLETS = [
    (  # the outlet named in marks after a media noun is the sole attribution
        "Президент Белоруссии проводит встречу с губернатором Томской области. Об этом сообщает "
        "Telegram-канал «Пул Первого».",
        ["Пул Первого"],
    ),
    (  # a site name with its domain
        "Как сообщила Lenta.UA, переговоры отложены на неделю.",
        ["Lenta.UA"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), NAMED_OUTLETS)
def test_named_outlets(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


CHINESE_NAMES = [
    (
        "Как уточнил официальный представитель МИД Китая Ван Вэньбин, министр посетит Москву в феврале.",
        ["Ван Вэньбин"],
    ),
    (
        "Заместитель министра иностранных дел КНР Лэ Юйчэн подчеркнул, что консультации пройдут в Пекине.",
        ["Лэ Юйчэн"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), CHINESE_NAMES)
def test_a_short_family_name_before_the_given_name(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


def test_a_singular_verb_prefers_the_person_to_an_organisation_nearer_to_it() -> None:
    text = (
        "Председатель Госдумы, председатель ПА ОДКБ Вячеслав Володин, комментируя запреты для "
        "депутатов, назвал Евросоюз «тюрьмой народов»."
    )
    assert speakers_of(text) == ["Вячеслав Володин"]


def test_a_date_between_the_verb_and_the_name() -> None:
    text = (
        "Глава МИД Армении: ОДКБ остаётся нашей структурой безопасности\n"
        "ОДКБ – структура коллективной безопасности, заявил после заседания правительства "
        "в четверг, 14 марта, глава МИД РА Зограб Мнацаканян."
    )
    assert speakers_of(text) == ["Зограб Мнацаканян", "Зограб Мнацаканян"]


def test_a_title_followed_by_the_name_in_the_next_sentence() -> None:
    text = (
        "Пресс-секретарь внешнеполитического ведомства Узбекистана отметил, что повестки нужно разделять. "
        "По словам Ахрора Бурханова, видеоролик был смонтирован."
    )
    assert speakers_of(text) == ["Ахрор Бурханов", "Ахрор Бурханов"]


UNNAMED = [
    (  # a journalist is not the last person named: the description speaks
        "Президент Владимир Путин ответил на вопросы. Журналист также упомянул, что его агентство "
        "направило обращение в администрацию.",
        ["журналист"],
    ),
    (  # an abbreviation with an inner capital is an organisation, no one's name
        "В МИД РУз отреагировали на ролик. Как заявили в ЕврАзЭС, вопрос будет рассмотрен.",
        ["ЕврАзЭС"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), UNNAMED)
def test_unnamed_and_abbreviated_sources(text: str, speakers: list) -> None:
    assert speakers_of(text)[-len(speakers):] == speakers


HEADLINE_AND_TITLE_NAMES = [
    (  # a quotation heading the article, the speaker after a dash, the addressee after him
        "«Мы ожидаем прорыва в отношениях» - Алиев Лаврову",
        ["Алиев"],
    ),
    (  # the speaker after a colon
        "«Ждём с большим нетерпением»: Токаев о визите председателя КНР",
        ["Токаев"],
    ),
    (  # a capitalised body between the title and the name
        "Отставка министра обсуждается с осени. Об этом заявлял депутат Верховной Рады Алексей Гончаренко.",
        ["Алексей Гончаренко"],
    ),
    (  # an agency in the genitive is nobody's name
        "Министр едет послом в Варшаву, – написал парламентарий, ссылаясь на источник в Росфинмониторинге.",
        ["парламентарий"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), HEADLINE_AND_TITLE_NAMES)
def test_headline_and_title_names(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


def test_a_pronoun_opening_an_excerpt_is_the_first_person_named_after_it() -> None:
    text = (
        "«Я бы так не сказал», — ответил он на вопрос журналистов.\n"
        "Далее Стивен Уиткофф заявил, что переговоры продолжатся."
    )
    assert speakers_of(text) == ["Стивен Уиткофф", "Стивен Уиткофф"]


def test_a_country_adjective_before_a_ministry() -> None:
    text = "«Просим обеспечить безопасность граждан», — говорится в заявлении узбекского внешнеполитического ведомства."
    assert speakers_of(text) == ["МИД Узбекистана"]


def test_an_embassy_does_not_take_over_the_ministry() -> None:
    text = (
        "МИД России выразил протест в связи с высылкой сотрудников российского посольства.\n"
        "«Шаги не останутся без ответа», – предупредили в министерстве."
    )
    assert speakers_of(text) == ["МИД России"]


def test_the_outlet_referred_to_as_the_publication() -> None:
    text = (
        "Евросоюз откажет Киеву в быстром вступлении — Politico\n\n"
        "По информации издания, документ предполагает лишь общие заверения.\n\n"
        "«Лидеры не будут обещать сроков», — говорится в статье."
    )
    assert speakers_of(text) == ["Politico", "Politico", "Politico"]


# A capitalised word right after a first name is the surname even where the
# dictionary reads it as a common word or a short adjective.
SURNAMES_AFTER_FIRST_NAMES = [
    ("Переговоры подходят к завершению. Об этом сообщил сенатор Григорий Карасин.", "Григорий Карасин"),
    ("Визит состоится осенью, рассказал представитель ведомства Анатолий Глаз.", "Анатолий Глаз"),
    ("Посол вернётся в столицу на этой неделе, сообщил в Вашингтоне Нед Прайс.", "Нед Прайс"),
    ("Джалина Портер заявила, что сроки пребывания дипломатов истекли.", "Джалина Портер"),
    ("Владимир Путин заявил, что визит состоится в мае.", "Владимир Путин"),
    ("По словам Марии Захаровой, ответ будет дан.", "Мария Захарова"),
]


@pytest.mark.parametrize(("text", "speaker"), SURNAMES_AFTER_FIRST_NAMES)
def test_the_word_after_a_first_name_is_the_surname(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


# An anonymous source is named with what places it, in the nominative.
DESCRIBED_SOURCES = [
    ("Консультации завершатся в пятницу, сообщил источник в российской делегации.",
     ["источник в российской делегации"]),
    ("Поездка министра отложена, рассказали источники в Ташкенте.", ["источник в Ташкенте"]),
    ("Ответ на предложения ожидается на следующей неделе, сообщил источник, близкий к ходу переговоров.",
     ["источник, близкий к ходу переговоров"]),
    ("По словам источника, близкого к ходу консультаций, стороны обменяются проектами.",
     ["источник, близкий к ходу консультаций"]),
    ("Переговоры затянутся, рассказали источники, знакомые с ситуацией.",
     ["источник, знакомый с ситуацией"]),
    (  # the bare title later is the same source
        "Делегации встретятся снова в марте, сообщил источник в МИД Индии.\n\n"
        "«Повестка пока не согласована», – добавил источник.",
        ["источник в МИД Индии", "источник в МИД Индии"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), DESCRIBED_SOURCES)
def test_described_sources(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


# Agreement and citing decide the subject of the verb.
SUBJECT_OF_THE_VERB = [
    (  # the outlet only relays: the sources it cites said it (the guide: the outlet speaks only
        # where it is the sole attribution)
        "Ранее телеканал CNN, ссылаясь на свои источники в администрации, сообщил, что встреча "
        "министров отложена.",
        ["источник в администрации"],
    ),
    (  # a singular verb never has a plural title as its subject
        "Встреча министров отложена, сообщил журналистам Дмитрий Песков.",
        ["Дмитрий Песков"],
    ),
    (  # the sources of an outlet that relays a person's words are no subject either
        "Визит отложен на месяц. Об этом, как передает ТАСС со ссылкой на источники, сообщил Мевлют Чавушоглу.",
        ["Мевлют Чавушоглу"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SUBJECT_OF_THE_VERB)
def test_subject_of_the_verb(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


# A pronoun stands for the person named as the subject just before it, whether or
# not that person has spoken yet; in the sentence before, the subject of its
# speech verb, not a name inside the reported clause.
PRONOUNS_BY_SALIENCE = [
    (
        "«Решение принято», – отметил Владимир Зеленский. Обыск прошёл в офисе Андрея Ермака. "
        "Это подтвердил и сам Ермак. По его словам, он открыл следователям все документы.",
        ["Владимир Зеленский", "Андрей Ермак"],
    ),
    (
        "Реджеп Тайип Эрдоган заявил, что Ильхам Алиев не хочет эскалации.\n"
        "По его словам, этот вопрос они обсуждали на встрече.",
        ["Реджеп Тайип Эрдоган", "Реджеп Тайип Эрдоган"],
    ),
    (
        "Заместитель председателя Совета безопасности Дмитрий Медведев рассказал, что сам ведёт канал. "
        "По его словам, другие побоялись бы писать такие посты.",
        ["Дмитрий Медведев", "Дмитрий Медведев"],
    ),
    (  # the title runs on into the name: one person
        "В мае Москву посетил секретарь комиссии ЦК КПК Чэнь Вэньцин. По итогам встречи он заявил, "
        "что отношения сторон стали образцовыми.",
        ["Чэнь Вэньцин"],
    ),
    (  # a city is no person
        "Российский министр поблагодарил Астану за содействие. По его словам, это важно для "
        "урегулирования.",
        ["российский министр"],
    ),
    (  # gender decides: "она" skips the man named last
        "Мария Захарова прокомментировала слова Энтони Блинкена. По её словам, Вашингтон ничего не понял.",
        ["Мария Захарова"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), PRONOUNS_BY_SALIENCE)
def test_pronouns_by_salience(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


# Chinese names are written family name first; the family name alone refers back.
CHINESE_NAMES = [
    (
        "Это внутреннее дело Китая, заявила официальный представитель МИД КНР Мао Нин на брифинге. "
        "Соединённые Штаты здесь не исключение, уточнила Мао.",
        ["Мао Нин", "Мао Нин"],
    ),
    (
        "Министр иностранных дел КНР Ван И заявил, что визит состоится весной. Представитель МИД "
        "Ван Вэньбин сообщил, что программа согласована. Ван также уточнил, что даты определят позже.",
        ["Ван И", "Ван Вэньбин", "Ван Вэньбин"],
    ),
    (
        "По словам председателя КНР Ху Цзиньтао, отношения с Россией достигли высокого уровня.",
        ["Ху Цзиньтао"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), CHINESE_NAMES)
def test_chinese_names(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


# Who the verb's subject is: case, relative pronouns, and a relay that gives way.
SUBJECTS_AND_ANTECEDENTS = [
    (  # "Орбана" is a genitive, not the one who spoke
        "Сийярто раскритиковал недовольных визитом Орбана в Москву.\n"
        "Будапешту не нужен ничей мандат для диалога, заявил министр иностранных дел Венгрии.",
        ["Сийярто"],
    ),
    (  # "который" is the person named right before its comma
        "Журналист попросил прокомментировать заявление президента Финляндии Александера Стубба, "
        "который ранее сказал, что Россия зависит от Китая.",
        ["Александер Стубб"],
    ),
    (
        "Песков прокомментировал слова Марии Захаровой, которая заявила, что визит отложен.",
        ["Мария Захарова"],
    ),
    (  # the outlet's relay gives way to the person the next sentence names
        "Премьер-министр Михаил Мишустин посетит Узбекистан весной, передает корреспондент Podrobno.uz.\n\n"
        "Об этом в интервью «Известиям» сообщил посол России в Ташкенте Олег Мальгинов.",
        ["Олег Мальгинов"],
    ),
    (  # a relay alone still speaks
        "Визит состоится в мае, сообщает ТАСС.",
        ["ТАСС"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SUBJECTS_AND_ANTECEDENTS)
def test_subjects_and_antecedents(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


def test_a_relative_clause_does_not_resume_the_report() -> None:
    assert quote_table("Визит отложен, заявил министр, который прибыл в Минск.") == [
        ("indirect", "Визит отложен", "министр")
    ]


def test_a_surname_read_as_a_common_noun_is_the_person_already_named() -> None:
    text = (
        "Пресс-секретарь МИД Белоруссии Анатолий Глаз рассказал, что консультации продолжаются.\n\n"
        "«Совершенно нормально желать учёта своих интересов», — заявил Глаз."
    )
    analysis = analyze(text)
    assert [q.speaker for q in analysis.quotes] == ["Анатолий Глаз", "Анатолий Глаз"]
    assert mention_text(analysis, 1) == "Глаз"


def test_a_title_at_the_start_of_an_excerpt_is_the_person_named_later() -> None:
    text = (
        "По словам министра, нынешние связи Пекина и Москвы достигли высокого уровня и Китай в них "
        "полностью уверен.\n"
        "«Отношения всестороннего партнёрства существуют потому, что это стратегическое решение обеих стран, "
        "принятое на базе их ключевых интересов, а не потому, что так кому-то удобнее», – отметил дипломат.\n"
        "Китай, по словам Ван И, выступает за развитие отношений между тремя странами."
    )
    assert set(speakers_of(text)) == {"Ван И"}


def test_a_title_between_an_opening_pronoun_and_the_name_is_that_person() -> None:
    text = (
        "«Мы готовы к добрососедским отношениям, как только партнёры будут к этому готовы», – отметил он.\n"
        "По словам замглавы МИД РФ, власти соседней страны придерживаются недружелюбной политики, "
        "сообщает ТАСС.\n"
        "«Каналы связи оборваны», – добавил дипломат.\n"
        "Также Галузин заявил, что Москва осуждает запрет русскоязычных СМИ."
    )
    assert set(speakers_of(text)) == {"Галузин"}


# Bare titles and groups.
TITLES_AND_GROUPS = [
    (  # a bare title is the person just named, not someone of that post named earlier
        "Председатель КНР Си Цзиньпин принял приглашение. Путин указал, что китайский лидер стал главным гостем.\n\n"
        "Президент подтвердил, что совсем скоро посетит Китай.",
        ["Путин", "Путин"],
    ),
    (  # a plural title is a group, never one person
        "Представители России на переговорах отмечают, что работа идёт интенсивно. "
        "Глава МИД РФ Сергей Лавров сообщил, что переговоры продолжаются.",
        ["представители России", "Сергей Лавров"],
    ),
    (  # the bare plural refers back to the group
        "Ответ ожидается в среду, рассказали источники, близкие к ходу переговоров.\n"
        "Оценивая итоги консультаций, источники также рассказали, что позиция сторон сохраняется.",
        ["источник, близкий к ходу переговоров", "источник, близкий к ходу переговоров"],
    ),
    (  # names in the reported clause are what was said, not who said it
        "Комментируя назначение, Лукьянов отметил, что был польщён доверием. И пошутил, что его "
        "предшественник Бабич работал на этом посту меньше.\nПо его словам, Россия не оставит союзника.",
        ["Лукьянов", "Лукьянов", "Лукьянов"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), TITLES_AND_GROUPS)
def test_titles_and_groups(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


# An unnamed correspondent speaks for the outlet; "МИД РФ" is "МИД России".
OUTLET_VOICES = [
    ("Встреча глав государств состоится в ноябре, передает корреспондент МИА «Казинформ».", ["Казинформ"]),
    ("Встреча глав государств состоится в ноябре, передает корреспондент ТАСС.", ["ТАСС"]),
    ("Встреча глав государств состоится в ноябре, передает специальный корреспондент «Ъ» Андрей Колесников.",
     ["Андрей Колесников"]),
    ("Визит перенесён на осень, сообщили в МИД РФ.", ["МИД России"]),
    ("Визит перенесён на осень, сообщили в МИД КНР.", ["МИД КНР"]),
]


@pytest.mark.parametrize(("text", "speakers"), OUTLET_VOICES)
def test_outlet_voices(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


# A person named again in another case; an outlet quoting someone.
SAME_PERSON_OTHER_CASE = [
    (
        "Президент Касым-Жомарт Токаев заявил, что страна готова помочь.\n"
        "Прямая речь Токаева: «Если будет желание лидеров приехать, мы предоставим все условия».",
        ["Касым-Жомарт Токаев", "Касым-Жомарт Токаев"],
    ),
    (  # a woman's surname is not the genitive of her husband's
        "Мехрибан Алиева заявила, что понимает свою миссию. Ильхам Алиев сказал, что визит важен. "
        "«Мы готовы», – отметила Алиева.",
        ["Мехрибан Алиева", "Ильхам Алиев", "Мехрибан Алиева"],
    ),
    (
        "Ранее официальный представитель МИД КНР Мао Мин заявила, что Вашингтону придётся объясниться.",
        ["Мао Мин"],
    ),
    (
        "«Китай будет придерживаться пути мирного развития», – цитирует сайт МИД Китая Ван Вэньбина.",
        ["Ван Вэньбин"],
    ),
    (  # someone who quotes a poet is still the speaker
        "Мария Захарова процитировала Фёдора Тютчева о том, что «умом Россию не понять».",
        ["Мария Захарова"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SAME_PERSON_OTHER_CASE)
def test_same_person_in_another_case(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


OUTLET_NAMES = [
    ("До этого в Верховной раде заявили, что пограничники получили новое указание.", ["Верховная рада"]),
    ("В ЕП комментировать сообщения отказались, подчеркнув, что официальной миссии не было.", ["Европарламент"]),
    ("Встреча отложена на месяц, пишет газета The Washington Post.", ["The Washington Post"]),
    (  # a Latin name governed by a noun is no subject
        "«Я призвал соседей собраться на встречу», – сказал елбасы на заседании Astana Club в столице.",
        ["елбасы"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), OUTLET_NAMES)
def test_outlet_names(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


def test_namesakes_stay_two_people() -> None:
    text = (
        "Границы согласуют без посредников – глава кабмина КР\n\n"
        "Председатель кабинета министров Акылбек Жапаров заявил, что переговоры завершены. "
        "Президент Садыр Жапаров сказал, что граница будет открыта. Жапаров также отметил, что визит состоится."
    )
    assert speakers_of(text) == ["Акылбек Жапаров", "Акылбек Жапаров", "Садыр Жапаров", "Садыр Жапаров"]


def test_a_first_name_inside_a_quote_does_not_rename_a_namesake() -> None:
    text = (
        "Председатель кабинета министров Акылбек Жапаров прокомментировал переговоры.\n\n"
        "«Президент Садыр Жапаров поручил начать переговоры по границе», - сообщил Жапаров."
    )
    assert speakers_of(text) == ["Акылбек Жапаров"]
