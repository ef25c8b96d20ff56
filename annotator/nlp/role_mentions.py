"""Role titles and organisations as speaker mentions.

A role title with its complement and an optional name ("президент Казахстана
Касым-Жомарт Токаев", "пресс-секретарь Кремля", "российский лидер", "источник,
близкий к …"), and an organisation ("МИД КНР", "пресс-служба белорусского
лидера", "российского МИД").  :mod:`annotator.nlp.mentions` reads a clause
left to right and calls these where a title or an organisation starts.  What
a title or an organisation governs (its country, field or owner) is read by
:mod:`annotator.nlp.role_complements`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from annotator.nlp import lexicon
from annotator.nlp.entities import nominative_phrase
from annotator.nlp.morph import forms_of, genitive, parses
from annotator.nlp.mention_syntax import feminine_reading, read_as_feminine
from annotator.nlp.mention_context import (
    OUTLET_NOUNS,
    bare_media_noun,
    alleged_closeness,
    description_end,
    nominative_given,
    oblique_head,
    qualifies,
    source_tail,
    spelled_out,
    with_tail,
)
from annotator.nlp.name_mentions import (
    Mention,
    is_media_noun,
    media_references,
    is_name_word,
    name_at,
    named_outlet,
    outlet_at,
    oblique_surname,
)
from annotator.nlp.role_complements import OPENING_MARKS, complement_at, country_inside, field_length
from annotator.nlp.segment import Token

__all__ = ["org_at", "org_of_country", "role_at", "role_starters"]

_SERVICE_UNITS = frozenset({"пресс-служба"})
_POSSESSIVES = {"его": "m", "ее": "f", "её": "f"}
# Role classes too generic to name anyone without a complement or a name.
_NEEDS_COMPLEMENT = frozenset({"head"})
_SOURCE_ROLES = frozenset({"source", "interlocutor"})
_OUR = frozenset("наш нашего нашему нашим нашем наша нашей нашу".split())
_NATIONAL_BODIES = ("МИД", "Мин", "правительство")
_FORMER = "экс-"


def _joined(tokens: Sequence[Token]) -> str:
    """The words as written, marks kept against their words ("представитель «Газпрома»")."""
    text = ""
    for previous, token in zip((None, *tokens), tokens):
        glued = previous is not None and token.start == previous.end
        text += ("" if glued or not text else " ") + token.text
    return text


@lru_cache(maxsize=300_000)  # per word form, like morph.parses: asked of every title's head
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


_AGREEMENT = ("sing", "plur", "nomn", "gent", "datv", "accs", "ablt", "loct")


def _adjective_disagrees(before: str, word: str) -> bool:
    """"факультета мировой политики": the adjective agrees with no reading of the
    word as a person ("политики" as "политик" is plural, "мировой" is not), so the
    word is another noun ("политика"), not a title."""
    if not before.islower():
        return False
    readings = parses(before)
    if not readings or "ADJF" not in readings[0].grammemes:
        return False
    adjective = [p for p in readings if "ADJF" in p.grammemes]
    people = [p for p in parses(word) if "NOUN" in p.grammemes and "anim" in p.grammemes]
    if not people:
        return False
    # number and case only: "бывшая министр" is a woman holding the post
    return not any(all((g in a.grammemes) == (g in n.grammemes) for g in _AGREEMENT) for a in adjective for n in people)


def role_at(tokens: Sequence[Token], keys: Sequence[str], index: int) -> tuple[Mention, int] | None:
    """A role title; country adjectives may stand before or inside it
    ("казахстанский президент", "глава российского МИД")."""
    adjectives = lexicon.country_adjectives()
    country = adjectives.get(keys[index])
    head = index + 1 if country else index
    view: list[str] = []
    positions: list[int] = []
    inside: list[tuple[int, str]] = []  # country adjectives between the title's words
    for position in range(head, min(head + 8, len(keys))):
        if position > head and keys[position] in adjectives:
            inside.append((position, adjectives[keys[position]]))
            continue
        if position > head and keys[position] in _OUR:
            continue  # "помощник главы нашего государства"
        former = position == head and keys[position].startswith(_FORMER)
        view.append(keys[position][len(_FORMER):] if former else keys[position])  # "экс-советник" held the post
        positions.append(position)
    match = lexicon.roles().match_at(view, 0) if view else None
    if match is None or (not country and head > 0 and _adjective_disagrees(tokens[head - 1].text, tokens[head].text)):
        return None
    position = positions[match.length - 1] + 1
    # "глава российского МИД" (the adjective inside the title or right after its head),
    # not "дипломат в ходе встречи с главой российского МИД"
    country = country or next((c for at, c in inside if at <= position), None)
    complement, position = complement_at(keys, tokens, position)
    if complement is None:
        complement, position = spelled_out(tokens, position)
    position += field_length(keys, tokens, position)
    complement = complement or country_inside(view[: match.length])
    wants_place = match.payload.role_class in _SOURCE_ROLES or match.payload.role_class in _NEEDS_COMPLEMENT
    if complement is None and wants_place and position < len(tokens):  # "глава Чечни"
        if tokens[position].text[:1].isupper() and not is_name_word(tokens[position]):
            complement, position = tokens[position].text, position + 1  # "источник Би-би-си"
        elif match.payload.role_class in _SOURCE_ROLES and tokens[position].text.islower() \
                and keys[position] in media_references():
            position += 1  # "источники агентства", "источников газеты": the outlet's own sources
    complement = complement or country
    mention = Mention(tokens[index].start, tokens[position - 1].end, "role")
    # "экс-президент" is not whoever holds the post now: a post of its own kind
    former = keys[head].startswith(_FORMER) or (index > 0 and keys[index - 1] in _former_words())
    mention.role = (("former_" if former else "") + match.payload.role_class, complement)
    mention.role_label = _joined(tokens[index:position])
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
    if end > position == positions[match.length - 1] + 1 and complement is None and not oblique_head(tokens[head].text) \
            and match.payload.role_class not in _SOURCE_ROLES and not nominative_given(tokens[position].text) \
            and (mention.oblique or _reads_as_genitive(tokens, position, end, mention)):
        return _owned_title(tokens, keys, index, position, end, mention)
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


_MASCULINE_GENITIVE_RE = re.compile(r"(?:ов|ев|ёв|ин|ын)а$")


def _reads_as_genitive(tokens: Sequence[Token], position: int, end: int, mention: Mention) -> bool:
    """"Пресс-секретарь Жапарова": a bare surname that is a man's in the genitive or a
    woman's in the nominative (the verb decides, see ``_owned_title``)."""
    return end == position + 1 and not mention.known and mention.gender is None \
        and bool(_MASCULINE_GENITIVE_RE.search(tokens[position].text))


def _owned_title(
    tokens: Sequence[Token], keys: Sequence[str], index: int, position: int, end: int, mention: Mention
) -> tuple[Mention, int]:
    """"Пресс-секретарь Пашиняна отметил": a title in the nominative before a name in the
    genitive is that person's aide, not the person; the holder is the nominative name
    that may follow ("Пресс-секретарь Путина Дмитрий Песков"), else no one named here.
    "депутат Надира Нарматова" reads both ways: a feminine verb makes it the woman
    (``woman`` holds that reading for the resolver)."""
    label = " ".join(t.text for t in tokens[index:end])
    holder = Mention(tokens[end].start if end < len(tokens) else mention.end, mention.end, "name")
    holder_end = name_at(tokens, keys, end, holder) if end < len(tokens) else end
    if holder_end > end and not holder.oblique:
        holder.role, holder.role_label = mention.role, label
        return holder, holder_end
    owned = Mention(mention.start, tokens[end - 1].end, "role")
    owned.role, owned.role_label, owned.owner = mention.role, label, mention.surname
    if end == position + 2:
        mention.feminine_given = feminine_reading(tokens[position], tokens[position + 1])
        if mention.feminine_given:
            mention.kind, mention.start = "name", tokens[position].start
            read_as_feminine(mention)
            owned.woman = mention
    elif not mention.oblique:  # "Посол Антонова отметила"
        mention.kind, mention.start, mention.gender = "name", tokens[position].start, "f"
        owned.woman = mention
    return owned, end


def org_at(tokens: Sequence[Token], keys: Sequence[str], index: int) -> tuple[Mention, int] | None:
    match = lexicon.organizations().match_at(keys, index)
    if match is None:
        return None
    if match.payload in _SERVICE_UNITS:  # "пресс-служба Кремля" speaks for the Kremlin
        inner = org_at(tokens, keys, index + match.length)
        if inner is not None:
            return inner
        service = _service_of(tokens, keys, index, index + match.length)
        if service is not None:
            return service
    complement, end = complement_at(keys, tokens, index + match.length)
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
        if any(keys[p] in OPENING_MARKS for p in range(index + match.length, end)):
            tail = complement  # "пресс-служба компании «Газпром»" -> "пресс-служба Газпрома"
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
    role = role_at(tokens, keys, index)
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


def org_of_country(tokens: Sequence[Token], keys: Sequence[str], index: int) -> tuple[Mention, int] | None:
    """An organisation after a country adjective: "российского МИД" -> "МИД России"."""
    found = org_at(tokens, keys, index + 1)
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


@lru_cache(maxsize=1)
def _former_words() -> frozenset[str]:
    return frozenset(forms_of("бывший"))


@lru_cache(maxsize=1)
def role_starters() -> frozenset[str]:
    """Forms that can open a role title: its first word (also as "экс-советник") or a
    country adjective."""
    firsts = lexicon.roles().first_forms()
    return firsts | frozenset(_FORMER + form for form in firsts) | frozenset(lexicon.country_adjectives())
