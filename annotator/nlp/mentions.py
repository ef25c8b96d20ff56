"""Speaker mentions inside an attribution clause.

A mention is a name ("Сергей Лавров", "С. Лавров", "Лаврова"), a role title
with its complement and an optional name ("президент Казахстана Касым-Жомарт
Токаев", "пресс-секретарь Кремля", "российский лидер"), an organisation
("МИД КНР", "в Кремле") or a nominative pronoun.  Canonical names are built
later, by :mod:`annotator.nlp.speakers`, once the article is known.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from annotator.nlp import lexicon
from annotator.nlp.entities import nominative_phrase
from annotator.nlp.morph import genitive, is_known, parses
from annotator.nlp.mention_syntax import chain_titles, feminine_reading, name_gender, read_as_feminine
from annotator.nlp.mention_context import (
    MEDIA_OBJECT_CUES,
    OUTLET_NOUNS,
    bare_media_noun,
    alleged_closeness,
    cited_directly,
    description_end,
    dative_name,
    nominative_given,
    oblique_head,
    one_of,
    opens_title,
    qualifies,
    seat_at,
    source_tail,
    spelled_out,
    with_tail,
)
from annotator.nlp.name_mentions import (
    NOMINATIVE_MEDIA,
    PRONOUNS,
    Mention,
    is_media_noun,
    media_references,
    is_name_word,
    name_at,
    named_outlet,
    outlet_at,
    oblique_surname,
    short_family_name,
)
from annotator.nlp.segment import Token

__all__ = ["PRONOUNS", "Mention", "compatible", "find_mentions", "is_name_word", "mention_at", "pick", "role_starters"]

_PREPOSITIONS = frozenset("с со у к ко для от о об при между перед за по из без".split())
_OBLIQUE_CUES = frozenset({"словам", "слов", "мнению", "данным", "информации"}) | _PREPOSITIONS
# Oblique mentions that still name the source: "по словам X", "в МИД", "в Кремле".
_SOURCE_CUES = frozenset({"в", "во", "словам", "слов", "мнению", "данным", "информации"})
_SERVICE_UNITS = frozenset({"пресс-служба"})
_POSSESSIVES = {"его": "m", "ее": "f", "её": "f"}
_BOTH = frozenset({"оба", "обе"})
# Role classes too generic to name anyone without a complement or a name.
_NEEDS_COMPLEMENT = frozenset({"head"})
_SOURCE_ROLES = frozenset({"source", "interlocutor"})
_FIELD_TAGS = frozenset({"NOUN", "ADJF", "PRTF"})
_OUR = frozenset("наш нашего нашему нашим нашем наша нашей нашу".split())
_NATIONAL_BODIES = ("МИД", "Мин", "правительство")


def _complement(keys: Sequence[str], tokens: Sequence[Token], index: int) -> tuple[str | None, int]:
    """Country or organisation governed by a role or an organisation.

    "президента России" after a role counts as its country, and a trailing
    "при ООН" is skipped ("постоянный представитель России при ООН").
    """
    if index >= len(keys):
        return None, index
    complement: str | None = None
    country = lexicon.countries().match_at(keys, index)
    org = lexicon.organizations().match_at(keys, index)
    role = lexicon.roles().match_at(keys, index)
    if country is not None:
        complement, index = country.payload, index + country.length
    elif org is not None and (org.length > 1 or tokens[index].text[:1].isupper()):
        inner, index = _complement(keys, tokens, index + org.length)
        complement = org.payload + (f" {inner}" if inner else "")
    elif role is not None and role.payload.role_class in ("head_of_state", "head_of_government"):
        inner, end = _complement(keys, tokens, index + role.length)
        if inner is not None:
            complement, index = inner, end
    if complement is not None and index + 1 < len(keys) and keys[index] in ("при", "в", "во"):
        _, after = _complement(keys, tokens, index + 1)  # "посол РФ в КНР", "постпред при ООН"
        index = after if after > index + 1 else index
    return complement, index


def _field_length(keys: Sequence[str], tokens: Sequence[Token], index: int) -> int:
    """Lower-case words of a field before a name ("представитель ЕС по
    иностранным делам Кая Каллас", "помощник главы нашего государства Юрий
    Ушаков"), or 0 when no name follows them."""
    skip_to = -1
    for offset in range(0, 8):
        position = index + offset
        if position >= len(tokens):
            return 0
        text = tokens[position].text
        if position <= skip_to:
            continue
        if text in "«\"":  # an outlet in marks: "корреспондент «Ъ» Андрей Колесников"
            closer = next((p for p in range(position + 1, min(position + 5, len(tokens))) if tokens[p].text in "»\""), -1)
            if closer < 0:
                return 0
            skip_to = closer
            continue
        if text[:1].isupper() and (is_name_word(tokens[position]) or short_family_name(tokens, position)):
            return offset if offset else 0
        if text[:1].isupper() and text.isalpha() and not is_known(text):
            return 0  # an unknown capitalised word: not a field of work
        if not text.isalpha() or (keys[position] in _PREPOSITIONS and keys[position] != "по"):
            return 0
        if opens_title(keys, text, position):
            return 0  # "заявил журналистам министр иностранных дел …": another title, the name is its
        if keys[position] not in _FIELD_WORDS and not parses(text)[0].grammemes & _FIELD_TAGS:
            return 0
    return 0


# "представитель ЕС по иностранным делам", "посол РФ в республике", "посол на Украине".
_FIELD_PREPOSITIONS = frozenset({"по", "в", "во", "на"})
# "министр иностранных дел и евроинтеграции Нику Попеску": "и" joins two fields of one post.
_FIELD_WORDS = _FIELD_PREPOSITIONS | {"и"}
RELATIVES = {"который": "m", "которая": "f", "которые": "p"}
# "CNN, ссылаясь на источники", "со ссылкой на", "телеканала CNN, ссылающегося на чиновника".
_CITING = frozenset({"ссылаясь", "ссылкой"}) | frozenset(
    f"ссылающ{ending}" for ending in ("ийся", "егося", "емуся", "имся", "емся", "аяся", "ейся", "уюся", "иеся", "ихся", "имися")
)
def _plural_head(word: str) -> bool:
    readings = [p for p in parses(word) if "NOUN" in p.grammemes]
    return bool(readings) and all("plur" in p.grammemes for p in readings)


def _outlet_after(tokens: Sequence[Token], keys: Sequence[str], index: int) -> tuple[Mention, int] | None:
    """The outlet right after a correspondent: "ТАСС", "Kazinform", "«Казинформ»", "МИА «Казинформ»"."""
    if index < len(tokens) and is_media_noun(keys[index]) or (index < len(tokens) and tokens[index].text.isupper()
                                                                and index + 1 < len(tokens) and keys[index + 1] in "«\""):
        index += 1  # "агентства", "МИА" before the name in marks
    if index >= len(tokens):
        return None
    if keys[index] in "«\"":
        return named_outlet(tokens, index)
    return outlet_at(tokens, keys, index) if tokens[index].text[:1].isupper() else None




def _governed(tokens: Sequence[Token], index: int) -> tuple[bool, bool]:
    """(after a preposition, oblique context) for a mention at ``index``."""
    if index == 0:
        return False, False
    previous = tokens[index - 1].key
    return previous in _PREPOSITIONS, previous in _OBLIQUE_CUES


def _country_inside(words: Sequence[str]) -> str | None:
    """The country a role phrase names itself ("председатель КНР")."""
    for index in range(len(words)):
        found = lexicon.countries().match_at(words, index)
        if found is not None:
            return found.payload
    return None


def _take_description(tokens: Sequence[Token], index: int, mention: Mention) -> None:
    """"неназванный чиновник", "высокопоставленного американского чиновника": the
    adjectives before an anonymous source are its description, the name the guide gives it
    (not "другой", "этот", "второй": they only tell sources apart)."""
    start = index
    while start > 0 and tokens[start - 1].text.isalpha() and tokens[start - 1].text.islower():
        reading = parses(tokens[start - 1].text)[0]
        if "ADJF" not in reading.grammemes or reading.grammemes & {"Apro", "Anum"} or reading.lemma == "собственный":
            break  # "собственный источник в …": whose source, not what kind
        start -= 1
    if start < index:
        mention.start = tokens[start].start
        mention.role_label = " ".join(t.text for t in tokens[start:index]) + " " + (mention.role_label or "")


def _role_at(tokens: Sequence[Token], keys: Sequence[str], index: int) -> tuple[Mention, int] | None:
    """A role title; country adjectives may stand before or inside it
    ("казахстанский президент", "глава российского МИД")."""
    adjectives = lexicon.country_adjectives()
    country = adjectives.get(keys[index])
    head = index + 1 if country else index
    view: list[str] = []
    positions: list[int] = []
    for position in range(head, min(head + 8, len(keys))):
        if position > head and keys[position] in adjectives:
            country = country or adjectives[keys[position]]
            continue
        if position > head and keys[position] in _OUR:
            continue  # "помощник главы нашего государства"
        view.append(keys[position])
        positions.append(position)
    match = lexicon.roles().match_at(view, 0) if view else None
    if match is None:
        return None
    position = positions[match.length - 1] + 1
    complement, position = _complement(keys, tokens, position)
    if complement is None:
        complement, position = spelled_out(tokens, position)
    position += _field_length(keys, tokens, position)
    complement = complement or _country_inside(view[: match.length])
    wants_place = match.payload.role_class in _SOURCE_ROLES or match.payload.role_class in _NEEDS_COMPLEMENT
    if complement is None and wants_place and position < len(tokens):  # "глава Чечни"
        if tokens[position].text[:1].isupper() and not is_name_word(tokens[position]):
            complement, position = tokens[position].text, position + 1  # "источник Би-би-си"
        elif match.payload.role_class in _SOURCE_ROLES and tokens[position].text.islower() \
                and keys[position] in media_references():
            position += 1  # "источники агентства", "источников газеты": the outlet's own sources
    complement = complement or country
    mention = Mention(tokens[index].start, tokens[position - 1].end, "role")
    mention.role = (match.payload.role_class, complement)
    mention.role_label = " ".join(t.text for t in tokens[index:position])
    if match.payload.role_class in _SOURCE_ROLES:
        _take_description(tokens, index, mention)
        tail = source_tail(tokens, keys, position)
        if tail > position:
            mention.role_label = with_tail(mention.role_label, tokens[position:tail])
            position = description_end(tokens, tail) if keys[position] == "," else tail
            mention.end = tokens[position - 1].end
        elif alleged_closeness(keys, position):
            # "источник, якобы близкий к администрации президента": what the outlet claims of
            # its source is no description to name it by, but its words are no speaker either
            position = description_end(tokens, position + 2)
            mention.end = tokens[position - 1].end
    mention.oblique = oblique_head(tokens[head].text)
    # "рассказал журналистам Песков": a title in the plural titles no one person;
    # the name after it is a mention of its own (here the subject).
    end = position if _plural_head(tokens[head].text) else name_at(tokens, keys, position, mention)
    if end > position and nominative_given(tokens[position].text):
        # "заместитель председателя комитета Алексей Чепа": the name is in
        # apposition to the whole title, and its first name shows its case.
        mention.oblique = oblique_surname(tokens[end - 1])
    elif end == position + 2 and not oblique_head(tokens[head].text) and mention.gender == "m" and mention.oblique:
        mention.feminine_given = feminine_reading(tokens[position], tokens[position + 1])
    if end == position and _plural_head(tokens[head].text):
        mention.gender = "p"  # "источники", "журналисты": never the subject of "сообщил"
    if end > position:
        mention.kind = "name"
        mention.start = tokens[position].start
    elif match.payload.role_class in _NEEDS_COMPLEMENT and complement is None and match.length == 1:
        return None  # "глава" alone is as often a chapter as a person
    elif match.payload.role_class == "correspondent":
        outlet = _outlet_after(tokens, keys, position)
        if outlet is not None:  # "передает корреспондент МИА «Казинформ»": the outlet speaks
            outlet[0].start = mention.start
            return outlet
        if position < len(tokens) and keys[position] in OUTLET_NOUNS and bare_media_noun(tokens, keys, position):
            # "передает корреспондент агентства": the agency the article is from, named before
            agency = Mention(mention.start, tokens[position].end, "org", org=keys[position], outlet=True, generic=True)
            agency.role = ("org", None)
            return agency, position + 1
    return mention, max(end, position)


def _org_at(tokens: Sequence[Token], keys: Sequence[str], index: int) -> tuple[Mention, int] | None:
    match = lexicon.organizations().match_at(keys, index)
    if match is None:
        return None
    if match.payload in _SERVICE_UNITS:  # "пресс-служба Кремля" speaks for the Kremlin
        inner = _org_at(tokens, keys, index + match.length)
        if inner is not None:
            return inner
        service = _service_of(tokens, keys, index, index + match.length)
        if service is not None:
            return service
    complement, end = _complement(keys, tokens, index + match.length)
    mention = Mention(tokens[index].start, tokens[end - 1].end, "org")
    # "министерство" alone only refers back to an organisation already named.
    mention.generic = complement is None and (
        tokens[index].text.islower() or _capitalised_back_reference(tokens, index, match.length)
    )
    mention.oblique = oblique_head(tokens[index].text)
    if mention.generic and match.payload in _SERVICE_UNITS and index and keys[index - 1] in _POSSESSIVES:
        mention.possessor = _POSSESSIVES[keys[index - 1]]  # "сообщила его пресс-служба": the service of the person just named
    mention.org = match.payload + (f" {tokens[index + match.length].text}" if complement else "")
    if complement:
        tail = " ".join(t.text for t in tokens[index + match.length : end])
        mention.org = f"{match.payload} " + ("России" if tail == "РФ" else tail)  # "МИД РФ" is "МИД России"
    mention.role = ("org", complement)
    qualifier = tokens[index - 1].text if index else ""
    if mention.generic and match.payload in _SERVICE_UNITS and qualifier.islower() and qualifies(qualifier):
        # "президентская пресс-служба": a service named by its own adjective, not the organisation last named
        mention.generic = False
        mention.start = tokens[index - 1].start
        mention.org = nominative_phrase(f"{qualifier} {tokens[index].text}")
        mention.role = ("org", mention.org)
    return mention, end


def _service_of(tokens: Sequence[Token], keys: Sequence[str], index: int, after: int) -> tuple[Mention, int] | None:
    """A press service named by whom it serves: "пресс-служба белорусского лидера",
    "в пресс-службе лидера РК" (the head of state's, named as the guide does:
    "пресс-служба президента Белоруссии"), "в пресс-службе «Росатома»"."""
    if after >= len(tokens):
        return None
    if keys[after] in "«\"":
        closer = next((p for p in range(after + 1, min(after + 5, len(tokens))) if keys[p] in "»\""), -1)
        words = [t.text for t in tokens[after + 1 : closer]] if closer > after + 1 else []
        if not words or not all(w[:1].isupper() for w in words):
            return None
        owner, end = " ".join(words), closer + 1
        mention = Mention(tokens[index].start, tokens[end - 1].end, "org", org=f"пресс-служба {owner}")
        mention.role = ("org", owner)
    else:
        found = _head_of_state_after(tokens, keys, after)
        if found is None:
            return None
        country, end = found
        mention = Mention(tokens[index].start, tokens[end - 1].end, "org", org=f"пресс-служба президента {genitive(country)}")
        mention.role = ("org", f"президент {country}")
    mention.oblique = oblique_head(tokens[index].text)
    return mention, end


def _head_of_state_after(tokens: Sequence[Token], keys: Sequence[str], index: int) -> tuple[str, int] | None:
    """The country of a head of state's title at ``index`` and where the title ends."""
    if keys[index] not in role_starters():
        return None
    role = _role_at(tokens, keys, index)
    if role is None or role[0].kind != "role" or role[0].role is None:
        return None
    role_class, country = role[0].role
    if role_class != "head_of_state" or country is None or country not in lexicon.country_names():
        return None
    return country, role[1]


# "Ведомство подчеркнуло": a common noun for a ministry, capitalised only because it opens the sentence.
_BACK_REFERENCE_HEADS = frozenset({"ведомство", "министерство", "дипведомство"})


def _capitalised_back_reference(tokens: Sequence[Token], index: int, length: int) -> bool:
    head = tokens[index + length - 1].text
    if length > 2 or parses(head.lower())[0].lemma not in _BACK_REFERENCE_HEADS:
        return False
    return all(t.text[1:].islower() for t in tokens[index : index + length])


def _org_of_country(tokens: Sequence[Token], keys: Sequence[str], index: int) -> tuple[Mention, int] | None:
    """An organisation after a country adjective: "российского МИД" -> "МИД России"."""
    found = _org_at(tokens, keys, index + 1)
    if found is None or found[0].role is None or found[0].role[1] is not None:
        return None
    mention, end = found
    if not mention.org or not mention.org.startswith(_NATIONAL_BODIES):
        return None  # "российского посольства" is somewhere else, not the ministry spoken of
    country = lexicon.country_adjectives()[keys[index]]
    mention.start = tokens[index].start
    mention.org = f"{mention.org.split()[0]} {genitive(country)}"
    mention.role = ("org", country)
    mention.generic = False
    return mention, end


def find_mentions(tokens: Sequence[Token]) -> list[Mention]:
    """Every mention in a clause, left to right; text in guillemets is skipped."""
    keys = [t.key for t in tokens]
    found: list[Mention] = []
    index, depth, straight, citing = 0, 0, False, False
    cited_from = 0
    while index < len(tokens):
        key = keys[index]
        if key in _CITING:
            citing = True  # "CNN, ссылаясь на источники, сообщил": the sources are cited, not the subject
            cited_from = index + 1
        elif key in ",;:.":
            citing = False
        if key in "«\"" and not depth and not straight and index and is_media_noun(keys[index - 1]):
            named = named_outlet(tokens, index)  # "Telegram-канал «Пул Первого»"
            if named is not None:
                found.append(named[0])
                index = named[1]
                continue
        if key in "«„“":
            depth += 1
        elif key in "»”" and depth:
            depth -= 1
        elif key == '"':
            straight = not straight  # text in straight quotes is someone's words too
        if depth or straight or not tokens[index].text[0].isalpha():
            index += 1
            continue
        governed, oblique = _governed(tokens, index)
        result = _mention_at(tokens, keys, index)
        if result is None:
            index += 1
            continue
        mention, end = result
        mention.governed = governed
        mention.oblique = mention.oblique or oblique
        previous = keys[index - 1] if index else ""
        mention.subject = not governed and not citing and (not mention.oblique or previous in _SOURCE_CUES)
        # The source cited is named right after "на" ("на двух американских чиновников"),
        # not inside what is cited ("на проект заявления Брюсселя").
        mention.cited = citing and cited_directly(tokens, cited_from, index)
        mention.oblique = mention.oblique or (mention.cited and mention.kind == "name")  # "на Лаврова", "на сообщение Кулебы"
        if mention.kind == "role":
            one_of(tokens, keys, index, mention)
            if previous in _BOTH and mention.role_label:
                # "оба политика подтвердили": the two together, a group, never the one named last
                mention.start, mention.gender = tokens[index - 1].start, "p"
                mention.role_label = f"{tokens[index - 1].text.lower()} {mention.role_label}"
        mention.located = previous in ("в", "во")
        if mention.outlet and previous in lexicon.title_nouns() and previous not in NOMINATIVE_MEDIA:
            mention.subject = False  # "в интервью газете Turkistan": the outlet is an object
        elif mention.kind == "name" and previous in MEDIA_OBJECT_CUES and dative_name(mention):
            mention.subject = False  # "в интервью Укринформу": an outlet the dictionary does not know
        elif mention.outlet and index and tokens[index - 1].text.islower() and oblique_head(tokens[index - 1].text):
            mention.subject = False  # "на заседании Astana Club": a name governed by a noun
        elif mention.kind == "name" and index and tokens[index - 1].text.islower() and previous not in _SOURCE_CUES:
            mention.after_noun = oblique_head(tokens[index - 1].text)
        found.append(mention)
        index = max(end, index + 1)
    return chain_titles(tokens, found)


@lru_cache(maxsize=1)
def role_starters() -> frozenset[str]:
    """Forms that can open a role title: its first word or a country adjective."""
    return lexicon.roles().first_forms() | frozenset(lexicon.country_adjectives())


def _mention_at(tokens: Sequence[Token], keys: Sequence[str], index: int) -> tuple[Mention, int] | None:
    key = keys[index]
    if key in PRONOUNS:
        return Mention(tokens[index].start, tokens[index].end, "pronoun", PRONOUNS[key]), index + 1
    if key in RELATIVES and index and keys[index - 1] == ",":
        # "заявление Александера Стубба, который ранее сказал, что …": the person just named
        return Mention(tokens[index].start, tokens[index].end, "relative", RELATIVES[key]), index + 1
    if tokens[index].text[0].isupper() and key not in lexicon.organizations():
        outlet = outlet_at(tokens, keys, index)
        if outlet is not None:
            return outlet
    if key in media_references() and (key in OUTLET_NOUNS or tokens[index].text.islower()) and bare_media_noun(
        tokens, keys, index
    ):
        # "по информации издания", "говорится в статье": the outlet last named
        mention = Mention(tokens[index].start, tokens[index].end, "org", org=key, outlet=True, generic=True)
        mention.role = ("org", None)
        return mention, index + 1
    if tokens[index].text[:1].isupper() and key in lexicon.seats():
        seat = seat_at(tokens, keys, index)
        if seat is not None:
            return seat
    result = None
    if key in lexicon.organizations():
        result = _org_at(tokens, keys, index)
    elif key in lexicon.country_adjectives() and index + 1 < len(keys) and keys[index + 1] in lexicon.organizations():
        result = _org_of_country(tokens, keys, index)  # "узбекского внешнеполитического ведомства"
    if result is None and key in role_starters():
        result = _role_at(tokens, keys, index)
    if result is not None:
        return result
    if not tokens[index].text[0].isupper():
        return None  # names start with a capital (or an initial)
    mention = Mention(tokens[index].start, tokens[index].end, "name")
    end = name_at(tokens, keys, index, mention)
    return (mention, end) if end > index else None


def mention_at(tokens: Sequence[Token], index: int) -> Mention | None:
    """The mention starting exactly at ``tokens[index]``, if any."""
    if index >= len(tokens) or not tokens[index].text[:1].isalpha():
        return None
    result = _mention_at(tokens, [t.key for t in tokens], index)
    return result[0] if result else None


def compatible(mention: Mention, verb_gender: str | None) -> bool:
    if verb_gender is None or verb_gender == "n":
        return True
    if mention.kind == "org":
        return True
    if verb_gender == "p":  # "они заявили", "источники рассказали"
        return mention.kind == "role" or (mention.kind == "pronoun" and mention.gender == "p")
    return mention.gender in (None, verb_gender)


def pick(mentions: Sequence[Mention], anchor: int, verb_gender: str | None) -> Mention | None:
    """The mention that best fits as the speaker of a verb at offset ``anchor``."""
    best: tuple[tuple[int, int, int, int, int], Mention] | None = None
    for mention in mentions:
        if verb_gender == "f" and mention.feminine_given and mention.gender == "m":
            read_as_feminine(mention)
        if not compatible(mention, verb_gender) or (mention.seat and not mention.subject):
            continue  # "заявления Брюсселя": a capital speaks only as a subject or "в Москве"
        if mention.seat and mention.located and verb_gender != "p":
            continue  # "Лавров про переговоры в Минске": a place; "в Москве заявили" speaks
        distance = mention.start - anchor if mention.start >= anchor else anchor - mention.end
        # "Лавров, выступая в Госдуме, пошутил": a singular verb has a person as subject.
        place = (mention.located or mention.kind == "org") and verb_gender in ("m", "f")
        # An outlet only relays: "передает слова министра ТАСС" -> the minister.
        # A capital is a weak speaker too: "Москва не получала …, сообщает ТАСС, добавив, что" -> ТАСС.
        # A name right after a noun may be its genitive ("об отставке Сибиги … поделился Ярослав
        # Железняк"), and a feminine verb wants a woman ("заявила на заседании Жогорку Кенеша
        # депутат Надира Нарматова"): one whose gender is not the verb's comes after the others.
        agrees = 0
        if mention.kind == "name" and verb_gender in ("m", "f") and (mention.after_noun or verb_gender == "f"):
            agrees = 0 if name_gender(mention) == verb_gender else 1
        rank = (1 if mention.outlet or mention.seat else 0, 0 if mention.subject else 1, 1 if place else 0, agrees, distance)
        if best is None or rank < best[0]:
            best = (rank, mention)
    # "Reuters со ссылкой на источники сообщило": an outlet relays, the source it cites said it.
    cited = next((m for m in mentions if m.cited and m.kind in ("name", "role", "org")), None)
    if cited is not None and (best is None or best[1].outlet):
        return cited
    return best[1] if best else None
