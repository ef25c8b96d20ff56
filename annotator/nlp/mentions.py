"""Speaker mentions inside an attribution clause.

A mention is a name ("Сергей Лавров", "С. Лавров", "Лаврова"), a role title
with its complement and an optional name ("президент Казахстана Касым-Жомарт
Токаев", "пресс-секретарь Кремля", "российский лидер"), an organisation
("МИД КНР", "в Кремле") or a nominative pronoun.  This module reads a clause left to right
(:func:`find_mentions`) and picks the speaker of a verb among its mentions
(:func:`pick`); titles and organisations are read by
:mod:`annotator.nlp.role_mentions`.  Canonical names are built
later, by :mod:`annotator.nlp.speakers`, once the article is known.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from annotator.nlp import lexicon
from annotator.nlp.mention_syntax import CHAIN_LIMIT, chain_titles, name_gender, read_as_feminine, title_phrase
from annotator.nlp.mention_context import (
    MEDIA_OBJECT_CUES,
    OUTLET_NOUNS,
    bare_media_noun,
    cited_directly,
    dative_name,
    oblique_head,
    company_nouns,
    company_reference,
    dictionary_organization,
    one_of,
    quoted_source,
    seat_at,
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
)
from annotator.nlp.role_complements import PREPOSITIONS
from annotator.nlp.role_mentions import org_at, org_of_country, role_at, role_starters
from annotator.nlp.morph import parses
from annotator.nlp.segment import Token

__all__ = ["PRONOUNS", "Mention", "compatible", "find_mentions", "is_name_word", "mention_at", "pick", "role_starters"]

_OBLIQUE_CUES = frozenset({"словам", "слов", "мнению", "данным", "информации"}) | PREPOSITIONS
# Oblique mentions that still name the source: "по словам X", "в МИД", "в Кремле".
_SOURCE_CUES = frozenset({"в", "во", "словам", "слов", "мнению", "данным", "информации"})
_BOTH = frozenset({"оба", "обе"})
RELATIVES = {"который": "m", "которая": "f", "которые": "p"}
# "CNN, ссылаясь на источники", "со ссылкой на", "телеканала CNN, ссылающегося на чиновника".
_CITING = frozenset({"ссылаясь", "ссылкой"}) | frozenset(
    f"ссылающ{ending}" for ending in ("ийся", "егося", "емуся", "имся", "емся", "аяся", "ейся", "уюся", "иеся", "ихся", "имися")
)


def _governed(tokens: Sequence[Token], index: int) -> tuple[bool, bool]:
    """(after a preposition, oblique context) for a mention at ``index``."""
    if index == 0:
        return False, False
    previous = tokens[index - 1].key
    return previous in PREPOSITIONS, previous in _OBLIQUE_CUES


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
        if key in "«\"„" and not depth and not straight:
            quoted = quoted_source(tokens, keys, index)  # "«Газпром» сообщил", "сообщили в «Газпроме»"
            if quoted is not None:
                found.append(quoted[0])
                index = quoted[1]
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
        if key not in lower_case_openers() and not tokens[index].text[0].isupper():
            index += 1  # most words of a clause: _mention_at would find nothing here
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
        if mention.kind == "name" and index > 1 and previous == "." and keys[index - 2] in ("им", "имени"):
            mention.subject, mention.oblique = False, True  # "фонда им. Горчакова": the name an institution bears
        if mention.outlet and previous in lexicon.title_nouns() and previous not in NOMINATIVE_MEDIA:
            mention.subject = False  # "в интервью газете Turkistan": the outlet is an object
        elif mention.kind == "name" and previous in MEDIA_OBJECT_CUES and dative_name(mention):
            mention.subject = False  # "в интервью Укринформу": an outlet the dictionary does not know
        elif mention.outlet and index and tokens[index - 1].text.islower() and oblique_head(tokens[index - 1].text):
            mention.subject = False  # "на заседании Astana Club": a name governed by a noun
        elif mention.kind == "name" and index and tokens[index - 1].text.islower() and previous not in _SOURCE_CUES:
            mention.after_noun = oblique_head(tokens[index - 1].text)
        if mention.role is not None and mention.role[0] == "side" and (mention.role[1] is None or _object_case(tokens, mention)):
            index = max(end, index + 1)
            continue  # "в сторону", "предупредила латвийскую сторону": only a country's side, as subject or source
        found.append(mention)
        index = max(end, index + 1)
    return chain_titles(tokens, found)


@lru_cache(maxsize=1)
def lower_case_openers() -> frozenset[str]:
    """Every key with which ``_mention_at`` may find a mention at a word that does not open
    with a capital: each of its branches such a word can take asks for one of these first
    (a pronoun, "который", an outlet or company noun, an organisation, a title or a country
    adjective); any other such word is no mention, so find_mentions skips it unasked."""
    return (frozenset(PRONOUNS) | frozenset(RELATIVES) | media_references() | company_nouns()
            | lexicon.organizations().first_forms() | frozenset(lexicon.country_adjectives()) | role_starters())


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
    if key in company_nouns() and tokens[index].text.islower():
        company = company_reference(tokens, keys, index)  # "в компании заявили": the company named before
        if company is not None:
            return company, index + 1
    if tokens[index].text[:1].isupper() and key in lexicon.seats():
        seat = seat_at(tokens, keys, index)
        if seat is not None:
            return seat
    result = None
    if key in lexicon.organizations():
        result = org_at(tokens, keys, index)
    elif key in lexicon.country_adjectives() and index + 1 < len(keys) and keys[index + 1] in lexicon.organizations():
        result = org_of_country(tokens, keys, index)  # "узбекского внешнеполитического ведомства"
    if result is None and key in role_starters():
        result = role_at(tokens, keys, index)
    if result is not None:
        return result
    if not tokens[index].text[0].isupper():
        return None  # names start with a capital (or an initial)
    organization = dictionary_organization(tokens[index])
    if organization is not None:
        return organization, index + 1
    mention = Mention(tokens[index].start, tokens[index].end, "name")
    end = name_at(tokens, keys, index, mention)
    return (mention, end) if end > index else None


def mention_at(tokens: Sequence[Token], index: int) -> Mention | None:
    """The mention starting exactly at ``tokens[index]``, if any."""
    if index >= len(tokens) or not tokens[index].text[:1].isalpha():
        return None
    result = _mention_at(tokens, [t.key for t in tokens], index)
    return result[0] if result else None


def _object_case(tokens: Sequence[Token], mention: Mention) -> bool:
    """"латвийскую сторону", "американской стороне": neither the subject (nominative)
    nor a source cited ("по информации иранской стороны", genitive)."""
    last = next(t for t in reversed(tokens) if t.end <= mention.end)
    readings = [p for p in parses(last.text) if "NOUN" in p.grammemes]
    return bool(readings) and not any(p.grammemes & {"nomn", "gent"} for p in readings)


def compatible(mention: Mention, verb_gender: str | None) -> bool:
    if verb_gender is None or verb_gender == "n":
        return True
    if mention.kind == "org":
        return True
    if verb_gender == "p":  # "они заявили", "источники рассказали"
        return mention.kind == "role" or (mention.kind == "pronoun" and mention.gender == "p") or mention.pair
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


def apposition_to_end(tokens: Sequence[Token]) -> bool:
    """"…, заявил эксперт, политолог Иван Петров.": the words after the comma
    (``tokens``, up to the sentence end) are titles and a name closing the
    sentence, an apposition to the speaker, not the report resumed."""
    words = [t for t in tokens if t.text not in ".!?…"]
    if not words or len(words) > CHAIN_LIMIT or tokens[-1].text not in ".!?…" and words[-1] is not tokens[-1]:
        return False
    found = find_mentions(words)
    return len(found) == 1 and found[0].kind == "name" and found[0].end == words[-1].end and (
        found[0].start == words[0].start or title_phrase(words, words[0].start, found[0].start))

