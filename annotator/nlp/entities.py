"""Speaker entities and how role titles relate to them.

An entity is one speaker of an article: a person keyed by the nominative
surname (or a bare title when no name is known) or an organisation.  Roles
are (role class, complement) pairs such as ("foreign_minister", "Россия");
complements are compared through the country they stand for, so that
"представитель Кремля" fits a person introduced as "пресс-секретарь
президента России".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from annotator.nlp import lexicon
from annotator.nlp.analysis import Offsets
from annotator.nlp.morph import analyzer, is_known
from annotator.nlp.names import nominative_given

RoleKey = tuple[str, "str | None"]
# Role classes that name the same kind of post, for resolving a title that
# differs from the one the person was introduced with.
_ROLE_GROUPS = {
    "press_secretary": "press", "spokesperson": "press",
    "head_of_state": "leader", "head_of_government": "leader",
    "foreign_minister": "minister", "deputy_foreign_minister": "deputy",
    "source": "source", "interlocutor": "source",
}
GENERIC_ROLES = frozenset(
    {"diplomat", "head", "chair", "aide", "spokesperson", "minister", "guest", "interlocutor"}
)

# Posts held under a leader: never the leader themself.
_SUBORDINATE = frozenset({"spokesperson", "press_secretary", "aide"})

# Posts of the diplomatic service: "дипломат" describes their holders only.
_DIPLOMATIC = frozenset({
    "foreign_minister", "deputy_foreign_minister", "ambassador", "envoy", "permanent_representative",
    "deputy_permanent_representative",
    "eu_high_representative", "diplomat",
})

# Descriptions that fit a holder of any post ("коллега", "хозяин встречи").
_ANY_HOLDER = GENERIC_ROLES | {
    "org", "counterpart", "host", "politician", "negotiator", "head_of_delegation", "member", "official",
}


@dataclass(eq=False)  # compared by identity: one object per entity
class Entity:
    type: str  # "person" or "organization"
    label: str  # surname for a person, name for an organisation or a bare role
    gender: str | None = None
    first_name: str | None = None
    given_raw: tuple[str, bool] | None = None  # unknown first name and whether oblique
    full_name: str | None = None  # a listed person's canonical name
    country: str | None = None  # from persons.txt, for titles like "китайский министр"
    from_role: bool = False  # named only by a title ("глава МИД Австрии")
    outlet: bool = False  # a news outlet ("ТАСС", "Politico")
    seat: bool = False  # a capital standing for its government ("Москва")
    group_member: bool = False  # "один из лидеров оппозиции": never a named holder of the post
    roles: set[RoleKey] = field(default_factory=set)
    mentions: list[Offsets] = field(default_factory=list)
    covered: set[int] = field(default_factory=set)  # starts and ends of mentions, for dedup
    last_spoke: int = -1
    named_after_pronoun: int | None = None  # where the name stands that an opening pronoun looked ahead to

    @property
    def name(self) -> str:
        if self.full_name:
            return self.full_name
        if self.type == "person" and (self.first_name or self.given_raw):
            given = self.first_name
            if given is None and self.given_raw is not None:
                word, oblique = self.given_raw
                given = nominative_given(word, oblique=oblique, gender=self.gender)
            return f"{given} {self.label}"
        return self.label


def country_of(place: str) -> str | None:
    """The country a complement stands for: "Кремль" / "МИД Россия" -> "Россия"."""
    mapped = lexicon.organization_countries().get(place)
    if mapped:
        return mapped
    for country in lexicon.country_names():
        if place == country or place.endswith(" " + country):
            return country
    return None


# A first name (and an optional patronymic) right before a surname.
GIVEN_BEFORE_RE = re.compile(
    r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[ \t]+(?:[А-ЯЁ][а-яё]+(?:вич|вн)[а-яё]*[ \t]+)?$"
)


def same_place(wanted: str | None, known: str | None) -> bool:
    """Complements agree when one is absent, both name the same country, or
    one contains the other ("МИД" / "МИД Россия")."""
    if wanted is None or known is None or wanted == known:
        return True
    wanted_country, known_country = country_of(wanted), country_of(known)
    if wanted_country and known_country:
        return wanted_country == known_country
    return set(wanted.split()) <= set(known.split()) or set(known.split()) <= set(wanted.split())


def conflicts(entity: Entity, role: RoleKey) -> bool:
    """True if the person is known to hold this kind of post somewhere else
    or, for a title naming a country, to be from another country."""
    wanted = country_of(role[1]) if role[1] else None
    if wanted and entity.country and wanted != entity.country:
        return True
    if role[0] in _SUBORDINATE and any(role_group(r[0]) == "leader" for r in entity.roles):
        return True  # "представитель Кремля" speaks for the president, is not the president
    posts = [r for r in entity.roles if r[0] not in _ANY_HOLDER]
    former = role[0].startswith("former_")
    kindred = [r for r in posts if role_group(r[0]) == role_group(role[0])]
    if kindred and all(r[0].startswith("former_") != former for r in kindred):
        return True  # "экс-президент Грузии" is not the president in office, nor the other way round
    if role[0] == "diplomat" and posts and not any(r[0] in _DIPLOMATIC for r in posts):
        return True  # "дипломат отметил" after Лавров and Путин: the minister, not the president
    if posts and role[0] not in _ANY_HOLDER and all(role_group(r[0]) != role_group(role[0]) for r in posts):
        return True  # a president is not "the envoy": a known post of another kind
    return any(
        role_group(r[0]) == role_group(role[0]) and not same_place(role[1], r[1]) for r in entity.roles
    )


def role_group(role_class: str) -> str:
    """Classes that name the same kind of post; a former holder's ("экс-президент") is
    of the same kind, so an aide of theirs is not them."""
    bare = role_class.removeprefix("former_")
    return _ROLE_GROUPS.get(bare, bare)


def nominative_phrase(phrase: str) -> str:
    """Put a role phrase into the nominative: the words up to its head noun."""
    words = phrase.split()
    result = []
    agreement = _head_agreement(words)
    for index, word in enumerate(words):
        parse = analyzer().parse(word.rstrip(","))[0]  # "источник, близкий к …": the comma is no part of the word
        if parse.tag.POS in ("NOUN", "ADJF") and parse.tag.case not in (None, "nomn"):
            # "американского чиновника": the adjective takes the head noun's gender, not neuter
            wanted = {"nomn"} | (agreement if parse.tag.POS == "ADJF" else set())
            inflected = parse.inflect(wanted) or parse.inflect({"nomn"})
            if inflected is not None:
                comma = "," if word.endswith(",") else ""
                word = (inflected.word if word.islower() else inflected.word.capitalize()) + comma
        if index == 0 and word[:1].isupper() and not word.isupper() and is_known(word):
            word = word[0].lower() + word[1:]  # "Министр сообщил" -> "министр"
        result.append(word)
        if parse.tag.POS == "NOUN":  # the head: what follows is governed
            result.extend(words[index + 1 :])
            break
    return " ".join(result)


def _head_agreement(words: list[str]) -> set[str]:
    """The number (and, in the singular, gender) of a phrase's head noun."""
    for word in words:
        tag = analyzer().parse(word.rstrip(","))[0].tag
        if tag.POS == "NOUN":
            if tag.number == "plur":
                return {"plur"}
            return {tag.gender} if tag.gender in ("masc", "femn", "neut") else set()
    return set()


def singular_phrase(phrase: str) -> str:
    """One of a group in the nominative singular: "западных чиновников" -> "западный чиновник"."""
    words = phrase.split()
    head = next((analyzer().parse(w)[0] for w in words if analyzer().parse(w)[0].tag.POS == "NOUN"), None)
    gender = head.inflect({"nomn", "sing"}) if head is not None else None
    wanted_gender = {gender.tag.gender} if gender is not None and gender.tag.gender else set()
    result = []
    for word in words:
        parse = analyzer().parse(word)[0]
        if parse.tag.POS not in ("NOUN", "ADJF"):
            result.append(word)
            continue
        inflected = parse.inflect({"nomn", "sing"} | (wanted_gender if parse.tag.POS == "ADJF" else set()))
        result.append(inflected.word if inflected is not None else word)
        if parse.tag.POS == "NOUN":
            result.extend(words[len(result):])
            break
    return " ".join(result)


def _singular_from_head(phrase: str) -> str:
    """From the head noun on, in the singular: "источники, знакомые с
    ситуацией" -> "источник, знакомый с ситуацией"; a count is dropped."""
    words = phrase.split()
    result: list[str] = []
    gender: set[str] = set()
    for index, word in enumerate(words):
        bare = word.rstrip(",")
        parse = analyzer().parse(bare)[0]
        if parse.tag.POS == "NUMR":  # "двух собеседников": the count is no part of the name
            continue
        if parse.tag.POS not in ("NOUN", "ADJF"):
            result.append(word)
            continue
        if parse.tag.POS == "NOUN":
            head = parse.inflect({"nomn", "sing"})
            gender = {head.tag.gender} if head is not None and head.tag.gender else set()
            result.append(_recased(bare, head) + word[len(bare):])
            result.extend(_singular_tail(words[index + 1 :], gender))
            return " ".join(result)
        result.append(word)  # an adjective before the head: agreed once the head's gender is known
    return " ".join(result)


def _recased(word: str, parse: object | None) -> str:
    inflected = getattr(parse, "word", None)
    if not inflected:
        return word
    return inflected if word.islower() else inflected[:1].upper() + inflected[1:]


def _singular_tail(words: list[str], gender: set[str]) -> list[str]:
    """"знакомые с ситуацией" after the head's comma: the participle agrees with the head."""
    if not words:
        return []
    first = analyzer().parse(words[0].rstrip(","))[0]
    if first.tag.POS in ("ADJF", "PRTF") and first.tag.number == "plur":
        words = [_recased(words[0], first.inflect({"nomn", "sing"} | gender))] + words[1:]
    return words


# Nouns that name an anonymous source ("источники", "собеседники агентства"); officials
# ("американские чиновники") are a group the guide keeps in the plural.
_ANONYMOUS_HEADS = frozenset({"источник", "собеседник"})


def anonymous_source(phrase: str) -> bool:
    """True if the phrase's head noun names an anonymous source."""
    return head_lemma(phrase) in _ANONYMOUS_HEADS


def head_lemma(phrase: str) -> str | None:
    """The dictionary form of the phrase's first noun."""
    for word in phrase.split():
        parse = analyzer().parse(word.rstrip(","))[0]
        if parse.tag.POS == "NOUN":
            return str(parse.normal_form)
    return None


_MEDIA_LEMMAS = frozenset({"агентство", "издание", "газета", "телеканал", "канал", "журнал", "сми", "портал"})
_LATIN_RE = re.compile(r"^[A-Za-z]")


def outlet_free_source(phrase: str) -> str:
    """"источники Reuters", "источников FT", "источники издания" name the source by
    the outlet that quotes it; the guide names such a source "источник" (with its own
    adjectives: "европейский источник")."""
    words = phrase.split()
    head = next((i for i, w in enumerate(words) if analyzer().parse(w)[0].tag.POS == "NOUN"), None)
    if head is None or head + 1 >= len(words) or "," in words[head]:
        return phrase
    tail = words[head + 1 :]
    media = analyzer().parse(tail[0])[0].normal_form in _MEDIA_LEMMAS
    latin = all(_LATIN_RE.match(w) for w in tail)
    if not (media or latin) or str(analyzer().parse(words[head])[0].normal_form) != "источник":
        return phrase  # "собеседник агентства" is a description of its own (the guide's format section)
    described = [w for w in words[:head] if analyzer().parse(w)[0].tag.POS == "ADJF" and "Anum" not in analyzer().parse(w)[0].tag]
    return singular_source_phrase(" ".join(described + [words[head]]))


def singular_source_phrase(phrase: str) -> str:
    """An anonymous source named in the plural, by its description in the
    singular, as the guide names it ("источники Reuters" -> "источник")."""
    words = phrase.split()
    head_index = next(
        (i for i, w in enumerate(words) if analyzer().parse(w.rstrip(","))[0].tag.POS == "NOUN"), None
    )
    if head_index is None:
        return phrase
    head = analyzer().parse(words[head_index].rstrip(","))[0].inflect({"nomn", "sing"})
    gender = {head.tag.gender} if head is not None and head.tag.gender else set()
    agreed = []
    for word in words[:head_index]:
        parse = analyzer().parse(word)[0]
        if parse.tag.POS == "ADJF" and parse.tag.number == "plur":
            word = _recased(word, parse.inflect({"nomn", "sing"} | gender))
        agreed.append(word)
    return _singular_from_head(" ".join(agreed + words[head_index:]))
