"""Words that name someone in a clause: people's names and news outlets.

A name word is a capitalised word the dictionary reads as a name, an
unknown word (a foreign name), or a known common noun with the shape of a
Russian surname; outlets are listed titles ("ТАСС"), Latin-script names
("CNN", "Lenta.UA") or a name in marks after a media noun ("Telegram-канал
«Пул Первого»").  :mod:`annotator.nlp.mentions` builds mentions from them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from annotator.nlp import lexicon
from annotator.nlp.morph import fold, forms_of, inflect_nominative, is_known, parses
from annotator.nlp.names import GIVEN_NAME_RE, first_name_reading, is_patronymic, patronymic_gender
from annotator.nlp.segment import Token

PRONOUNS = {"он": "m", "она": "f", "они": "p"}
_PLACE_PREPOSITIONS = frozenset({"в", "во", "на", "из", "под", "над"})
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


@dataclass
class Mention:
    start: int
    end: int
    kind: str  # "name", "role", "pronoun" or "org"
    gender: str | None = None
    surname: str | None = None  # surface form; made nominative by speakers.py
    first_name: str | None = None  # nominative (a dictionary first name)
    given_raw: str | None = None  # a first name the dictionary does not know
    oblique: bool = False  # the name stands in an oblique case
    known: str | None = None  # canonical name from persons.txt
    role: tuple[str, str | None] | None = None  # (role class, complement)
    role_label: str | None = None  # the role words as written
    org: str | None = None  # canonical organisation name
    governed: bool = False  # after a preposition: an object, not the subject
    generic: bool = False  # a common noun ("министерство") standing for an organisation
    subject: bool = True  # can be the subject of the speech verb
    located: bool = False  # "в МИД", "в Госдуме": a source only for a plural or impersonal verb
    outlet: bool = False  # "ТАСС", "CNN": the speaker only where no one else is named
    family_first: str | None = None  # "Мао Нин": a Chinese name, family name first, keyed by it
    cited: bool = False  # after "со ссылкой на", "ссылаясь на": the source an outlet relays
    seat: bool = False  # a capital or seat standing for a government ("Москва объявила")
    one_of: bool = False  # "один из западных чиновников": an unnamed member of a group
    feminine_given: str | None = None  # "депутат Надира Нарматова": a woman's first name read as a man's genitive
    pair: bool = False  # "главы МИД Сергей Лавров и Ван И": the first of two named under one plural title
    after_noun: bool = False  # "на заседании Жогорку Кенеша": right after a noun in an oblique case
    possessor: str | None = None  # "его пресс-служба": the gender of the person whose service it is
    owner: str | None = None  # "пресс-секретарь Пашиняна": the surname (as written) of the person served
    woman: Mention | None = None  # "депутат Надира Нарматова" read as a woman's name in the nominative


# Common Chinese family names (Palladius transliteration): such a name is written
# family name first ("Мао Нин") and the family name alone refers back to it.
_CHINESE_FAMILY_NAMES = frozenset(
    "Ван Ли Чжан Лю Чэнь Ян Хуан Чжао Чжоу Сюй Сунь Ма Чжу Ху Го Хэ Линь Ло Гао Мао Цинь Ся Фу Дай "
    "Тан Хань Цзян Се Шэнь Пэн Вэй Цуй Дин Цао Юань Сяо Чэн Пань Лян Сун Дэн Фэн Цзэн Жэнь Су Бай "
    "Кун Мэн Цзинь Гэн Лэй Чунь Хоу Цянь Инь Янь Цзя Тянь".split()
)

# A Chinese given name ends in a vowel or "н"; "-на", "-ну", "-ном", "-не" are Russian case endings.
_CHINESE_CASE_RE = re.compile(r"н(?:а|у|ом|е)$")


def family_name_first(name: str) -> bool:
    """A Chinese name written family name first ("Мао Нин", "Ван И")."""
    words = name.split()
    return len(words) == 2 and words[0] in _CHINESE_FAMILY_NAMES


_PLACE_TAGS = frozenset({"Geox", "Orgn", "Trad", "Abbr"})
_FUNCTION_TAGS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "NUMR", "ADJS", "INTJ", "PRED"})
NOMINATIVE_MEDIA = frozenset("газета агентство издание телеканал журнал портал информагентство".split())
_LATIN_RE = re.compile(r"[A-Za-z]")
_AGENCY_RE = re.compile(r"(?:Рос|Гос|Мин)[а-яё]{6,}")
_INNER_CAPITAL_RE = re.compile(r"(?<=[а-яё])[А-ЯЁ]")
_CYRILLIC_RE = re.compile(r"[А-ЯЁа-яё]")
# Family-name suffixes that a place name may share ("Абовян", "Ахалцихе" aside).
_FAMILY_SUFFIX_RE = re.compile(r"(?:ян|янц|швили|дзе|енко|ов|ев|ин|ский|цкий)$")
_FEMININE_FAMILY_RE = re.compile(r"(?:ова|ева|ёва|ина|ына|ская|цкая)$")
_SURNAME_SHAPE = re.compile(
    r"(ов|ев|ёв|ин|ын|ский|цкий)(а|у|ым|е|ой|ого|ому|им|ом)?$|(ова|ева|ёва|ина|ына|ская|цкая)$"
)


def is_name_word(token: Token) -> bool:
    """A capitalised word that can be part of a person's name.

    The dictionary's Name/Surn/Patr readings are trusted, unknown words are
    taken as foreign names, and a known common noun counts when it has the
    shape of a Russian surname ("Токаев" reads as a plural of "токай").
    """
    return _name_word(token.text, token.key)


# Per word form, like morph.parses: the same names and capitalised words recur all through a
# text and from one article to the next, and the answer depends on the word alone (its text
# and its folded key, which a tokenisation of a longer stretch may fold differently).
@lru_cache(maxsize=300_000)
def _name_word(text: str, key: str) -> bool:
    if len(text) < 2 or not text[0].isupper() or text.isupper():
        return False
    if _LATIN_RE.search(text):
        return False  # Russian copy transliterates names; Latin words are outlets, forums, brands
    if _AGENCY_RE.match(text):
        return False  # "Росфинмониторинг", "Госкомстат": agencies, not names
    if _INNER_CAPITAL_RE.search(text):
        return False  # "ЕврАзЭС", "РУз": abbreviations, not names ("Касым-Жомарт" has its capital after a hyphen)
    if key in lexicon.non_name_forms() or key in PRONOUNS:
        return False
    if key in lexicon.known_surname_forms():
        return True  # a listed speaker ("Макрон"), whatever else the dictionary says
    if not is_known(text):
        return True
    readings = parses(text)
    if readings[0].grammemes & _FUNCTION_TAGS:
        return False
    if readings[0].grammemes & _PLACE_TAGS and not readings[0].grammemes & _NAME_TAGS:
        return False  # "Астане": the city first, a rare first name second
    if any(p.grammemes & _NAME_TAGS for p in readings):
        return True
    if any(p.grammemes & _PLACE_TAGS for p in readings):
        return False
    if {"femn", "plur", "gent"} <= readings[0].grammemes:
        return False  # "Причин, по его словам, две": a plural of "причина", not a surname
    return "NOUN" in readings[0].grammemes and bool(_SURNAME_SHAPE.search(key))


def _attributive(tokens: Sequence[Token], index: int) -> bool:
    """An unknown adjective before a lower-case noun phrase ("Всебелорусского народного")."""
    if index + 1 >= len(tokens) or is_known(tokens[index].text):
        return False
    following = tokens[index + 1].text
    if not following.isalpha() or not following.islower():
        return False
    return "ADJF" in parses(tokens[index].text)[0].grammemes and bool(
        parses(following)[0].grammemes & {"ADJF", "NOUN"}
    )


def _is_initial(tokens: Sequence[Token], index: int) -> bool:
    token = tokens[index]
    return (
        len(token.text) == 1
        and token.text.isupper()
        and index + 1 < len(tokens)
        and tokens[index + 1].text == "."
    )


def name_at(tokens: Sequence[Token], keys: Sequence[str], index: int, mention: Mention) -> int:
    """Fill ``mention`` with the name starting at ``index``; return its end index."""
    known = lexicon.known_persons_index().match_at(keys, index)
    if known is not None:
        canonical, gender = known.payload
        mention.known, mention.gender = canonical, gender
        last = tokens[index + known.length - 1]
        mention.surname = last.text if known.length == 1 else canonical.split()[-1]
        # "Сергея Лаврова": a listed name in another form than its own is in an oblique case.
        mention.oblique = mention.oblique or fold(last.text) != fold(canonical.split()[-1])
        if known.length > 1:
            mention.first_name = canonical.split()[0]
            given = first_name_reading(tokens[index].text)
            differs = fold(tokens[index].text) != fold(mention.first_name)  # "Кая Каллас" is as listed
            mention.oblique = mention.oblique or (differs and given is not None and given[2])  # "Сергея Шойгу"
        mention.end = last.end
        return index + known.length
    if index > 0 and tokens[index - 1].key in _PLACE_PREPOSITIONS:
        return index  # "в Астане", "на Кубе": a place, not a person
    position = index
    while position < len(tokens) and _is_initial(tokens, position):
        position += 2
    words: list[Token] = []
    while position < len(tokens) and len(words) < 4:
        short_first = not words and short_family_name(tokens, position)
        after_given = len(words) == 1 and (
            surname_after_given(words[0], tokens[position]) or _given_after_family(words[0], tokens[position])
        )
        if not (short_first or after_given or is_name_word(tokens[position])) or _attributive(tokens, position):
            break
        words.append(tokens[position])
        position += 1
        if len(words) > 1 or not _SURNAME_SHAPE.search(tokens[position - 1].key):
            continue
        if first_name_reading(tokens[position - 1].text) is None and not GIVEN_NAME_RE.search(tokens[position - 1].key):
            break  # a surname ends the name: "Алиев Лаврову" is two people
    if not words:
        return index
    mention.end = words[-1].end
    if len(words) == 2 and words[0].text in _CHINESE_FAMILY_NAMES:
        mention.surname = words[0].text  # "Мао Нин" ... "уточнила Мао": one person
        given_name = _CHINESE_CASE_RE.sub("н", words[1].text)  # "Ван Вэньбина" -> "Ван Вэньбин"
        mention.oblique = mention.oblique or given_name != words[1].text
        mention.family_first = f"{words[0].text} {given_name}"
        return position
    mention.surname = words[-1].text.capitalize() if words[-1].text.isupper() else words[-1].text
    _read_given_names(words[:-1], mention)
    mention.oblique = mention.oblique or oblique_surname(words[-1])
    return position


def oblique_surname(token: Token) -> bool:
    """"визитом Орбана": a listed surname in another form than its own, or a
    word the dictionary reads as a surname only in oblique cases."""
    listed = lexicon.known_surname_forms().get(token.key)
    if listed is not None:
        return token.key != fold(listed.name.split()[-1])
    surnames = [p for p in parses(token.text) if "Surn" in p.grammemes]
    return bool(surnames) and all("nomn" not in p.grammemes for p in surnames)


def surname_after_given(given: Token, token: Token) -> bool:
    """A capitalised common word right after a first name is the surname
    ("Григорий Карасин", "Нед Прайс", "Анатолий Глаз"): the dictionary's
    reading of it as an adjective or a thing does not count there."""
    text = token.text
    if token.start != given.end + 1 or len(text) < 3 or not text[0].isupper():
        return False
    if text.isupper():  # "Валентином ВЕЛИЧКО": an interview's surname in capitals
        return bool(_CYRILLIC_RE.match(text)) and first_name_reading(given.text) is not None
    if not text[1:].islower():
        return False
    if not _CYRILLIC_RE.match(text) or token.key in lexicon.non_name_forms() or _AGENCY_RE.match(text):
        return False
    if first_name_reading(given.text) is None and (is_known(given.text) or _SURNAME_SHAPE.search(given.key)):
        return False  # the first word is no first name: "Токаев Китай" is two words, not one name
    readings = parses(text)
    given_reading = first_name_reading(given.text)
    if given_reading is not None and _FAMILY_SUFFIX_RE.search(token.key):
        return True  # "Арман Абовян": a town's name too, but a surname after a first name
    if given_reading is not None and given_reading[1:] == ("f", False) and _FEMININE_FAMILY_RE.search(token.key):
        return True  # "Анна Ревякина": a village's name in the genitive too, but a woman's surname after her first name
    # A short adjective is a surname there ("Карасин" reads as "карасий").
    return not (readings[0].grammemes & _FUNCTION_TAGS - {"ADJS"}) and not any(p.grammemes & _PLACE_TAGS for p in readings)


def _given_after_family(family: Token, token: Token) -> bool:
    """"Мао Мин", "Ван И": any capitalised word right after a Chinese family name."""
    text = token.text
    return (
        family.text in _CHINESE_FAMILY_NAMES and token.start == family.end + 1 and text[:1].isupper()
        and (len(text) == 1 or text[1:].islower()) and bool(_CYRILLIC_RE.match(text))
    )


def short_family_name(tokens: Sequence[Token], index: int) -> bool:
    """A short capitalised word before a name word: a Chinese family name the
    dictionary reads as a common word ("Ван Вэньбин")."""
    token = tokens[index]
    if not (2 <= len(token.text) <= 4 and token.text[0].isupper() and token.text[1:].islower()):
        return False
    if token.key in lexicon.non_name_forms() or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    return following.start == token.end + 1 and is_name_word(following) and not is_known(following.text)


def _read_given_names(words: Sequence[Token], mention: Mention) -> None:
    for word in words:
        if is_patronymic(word.text):
            mention.gender = mention.gender or patronymic_gender(word.text)
            continue
        reading = first_name_reading(word.text)
        if reading is not None:
            mention.first_name, gender, oblique = reading
            mention.gender = gender or mention.gender
            mention.oblique = mention.oblique or oblique
        elif mention.first_name is None and mention.given_raw is None:
            mention.given_raw = word.text  # restored by speakers.py once gender is known


@lru_cache(maxsize=1)
def media_references() -> frozenset[str]:
    return frozenset(
        form for lemma in ("издание", "статья", "публикация", "агентство", "газета", "телеканал") for form in forms_of(lemma)
    )


def is_media_noun(key: str) -> bool:
    """A noun that names an outlet or a body in marks ("газета «…»"), not an event or a
    thing that cannot speak ("форума «Астана»")."""
    if key in lexicon.voiceless_title_nouns():
        return False
    return key in lexicon.title_nouns() or key.endswith("-канал") or key.endswith("-канале")


def named_outlet(tokens: Sequence[Token], index: int) -> tuple[Mention, int] | None:
    """The outlet a media noun names in marks; it speaks in the nominative only."""
    closer = next((p for p in range(index + 1, min(index + 6, len(tokens))) if tokens[p].text in "»\""), None)
    if closer is None or closer == index + 1:
        return None
    name = " ".join(t.text for t in tokens[index + 1 : closer])
    noun = tokens[index - 1].key
    mention = Mention(tokens[index - 1].start, tokens[closer].end, "org", org=name, outlet=True)
    mention.role = ("org", None)
    mention.subject = noun in NOMINATIVE_MEDIA or noun.endswith("-канал")
    return mention, closer + 1


def outlet_at(tokens: Sequence[Token], keys: Sequence[str], index: int) -> tuple[Mention, int] | None:
    """A news outlet: a listed title ("ТАСС", "РИА Новости") or a Latin-script name ("CNN")."""
    known = lexicon.known_titles().match_at(keys, index)
    token = tokens[index]
    if token.text == "СМИ":  # "российские СМИ сообщили": the press at large, a speaker only when no one else is
        end, name = index + 1, "СМИ"
        qualifier = tokens[index - 1].text if index else ""
        if qualifier.isalpha() and qualifier.islower() and "ADJF" in parses(qualifier)[0].grammemes:
            name = f"{inflect_nominative(qualifier) or qualifier} СМИ"
            token = tokens[index - 1]
    elif known is not None:
        end = index + known.length
        name = known.payload
    elif _LATIN_RE.match(token.text) and token.text[0].isupper() and len(token.text) > 1 and not _CYRILLIC_RE.search(token.text):
        end, name = index + 1, token.text
        while end + 1 < len(tokens) and tokens[end].text == "." and tokens[end].start == tokens[end - 1].end \
                and tokens[end + 1].start == tokens[end].end and _LATIN_RE.match(tokens[end + 1].text):
            name, end = f"{name}.{tokens[end + 1].text}", end + 2  # "Lenta.UA", "Tengrinews.kz"
        while end < len(tokens) and end - index < 4 and tokens[end].start == tokens[end - 1].end + 1 \
                and _LATIN_RE.match(tokens[end].text) and tokens[end].text[0].isupper() \
                and not _CYRILLIC_RE.search(tokens[end].text):
            name, end = f"{name} {tokens[end].text}", end + 1  # "The Washington Post", "Financial Times"
    else:
        return None
    mention = Mention(token.start, tokens[end - 1].end, "org", org=name, outlet=True)
    mention.role = ("org", None)
    return mention, end
