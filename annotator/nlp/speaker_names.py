"""Canonical names of the speakers.

:class:`annotator.nlp.speakers.SpeakerResolver` keys each person by the
nominative surname (:func:`keyed_surname`, :func:`nominative_written`) and
each organisation by the form first met; before the speakers are returned,
their names are completed from the whole article: a bare
"МИД" takes the country the article names it with, "FT" is spelled out as
"Financial Times", and a surname gets the first name written before it
anywhere in the article (and every other mention of it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from annotator.nlp import lexicon
from annotator.nlp.analysis import Offsets
from annotator.nlp.entities import GIVEN_BEFORE_RE, Entity
from annotator.nlp.morph import analyzer, fold, forms_of, genitive, is_known
from annotator.nlp.name_mentions import Mention, family_name_first
from annotator.nlp.names import first_name_reading, nominative_surname, surname_gender

__all__ = [
    "complete_organization", "keyed_surname", "nominative_written", "outlet_with_domain", "restore_written_nominative",
    "scan_names", "spell_out_outlet",
]

# A ministry and the title of its head.
_MINISTERS_OF = {"МИД": "foreign_minister", "Минобороны": "defence_minister"}
# The same ministries spelled out: "вызван в Министерство иностранных дел Армении".
_SPELLED_OUT = {"МИД": r"[Мм]инистерств[а-я]{0,3}[ \t]+иностранных[ \t]+дел", "Минобороны": r"[Мм]инистерств[а-я]{0,3}[ \t]+обороны"}


def keyed_surname(mention: Mention, verb_gender: str | None) -> str:
    """The nominative surname a person is keyed by: the listed or dictionary
    form where one is known, else the one the case endings give."""
    gender = mention.gender or (verb_gender if verb_gender in ("m", "f") else None)
    assert mention.surname is not None
    if mention.known:
        return mention.known.split()[0 if family_name_first(mention.known) else -1]
    surname = nominative_surname(mention.surname, oblique=mention.oblique, gender=gender)
    if fold(surname) in lexicon.known_surnames():
        return surname
    # A listed surname the ending rules cannot restore ("Небензи" -> "Небензя").
    listed = lexicon.known_surname_forms().get(fold(mention.surname))
    expected = gender or surname_gender(mention.surname)
    if listed is not None and expected in (None, listed.gender):
        return listed.name.split()[-1]
    return surname


def nominative_written(form: str, text: str) -> tuple[str, str | None]:
    """"По словам Кулебы" where the gender is not known: the nominative the
    article itself writes ("Дмитрий Кулеба"), else the form as it is."""
    for gender in ("m", "f"):
        nominative = nominative_surname(form, oblique=True, gender=gender)
        if nominative != form and re.search(rf"\b{re.escape(nominative)}\b", text):
            return nominative, gender
    return form, None


def restore_written_nominative(entity: Entity, text: str) -> None:
    """A surname met only in an oblique case where the case was not seen ("ответ
    Фомина", "По словам Вадефуля") takes the nominative the article writes
    elsewhere ("Фомин опроверг", "Иоганн Вадефуль"): the guide names a speaker in
    the nominative.  Only a form the article itself writes is taken, and only for
    a surname read without a first name."""
    label = entity.label
    if entity.full_name or entity.first_name or entity.given_raw or " " in label or len(label) < 5:
        return  # a first name was read with its surname's case ("Мехрибан Алиева" beside "Алиев")
    candidates = [nominative_surname(label, oblique=True, gender=g) for g in ("m", "f")]
    if re.search(r"(?:я|ю|ем|е)$", label):  # "Вадефуля" -> "Вадефуль"
        stem = re.sub(r"(?:я|ю|ем|е)$", "", label)
        candidates += [stem + "ь", stem + "й"]
    for candidate in candidates:
        if candidate != label and re.search(rf"(?<!\w){re.escape(candidate)}(?!\w)", text):
            entity.label = candidate
            return


def complete_organization(entity: Entity, text: str, entities: Iterable[Entity]) -> None:
    """A bare "МИД" is the ministry the article names with its country
    elsewhere ("вызван в МИД РФ"), when it names only one."""
    countries: dict[str, str] = {}
    long_form = _SPELLED_OUT.get(entity.label)
    named = re.escape(entity.label) + r"(?:а|у|ом|е)?" + (f"|{long_form}" if long_form else "")
    pattern = re.compile(r"\b(?:" + named + r")(?:[ \t]+[а-яё]+){0,2}?[ \t]+(?:Республик[аи][ \t]+)?([А-ЯЁ][А-ЯЁа-яё]+)")
    for match in pattern.finditer(text):
        word = match.group(1)
        found = lexicon.countries().match_at([fold(word)], 0)
        if found is not None:
            written = word if match.group().startswith(entity.label) else genitive(found.payload)
            countries.setdefault(found.payload, "России" if word == "РФ" else written)
    if entity.label in _SPELLED_OUT:  # "армянский МИД", "казахстанского МИДа"
        adjectives = lexicon.country_adjectives()
        for match in re.finditer(r"([А-ЯЁа-яё]+)[ \t]+" + re.escape(entity.label) + r"(?:а|у|ом|е)?\b", text):
            country = adjectives.get(fold(match.group(1)))
            if country is not None:
                countries.setdefault(country, genitive(country))
    if len(countries) == 1:
        entity.label = f"{entity.label} {next(iter(countries.values()))}"
    elif not countries and entity.label in _MINISTERS_OF:
        # "Министр обороны России Сергей Шойгу … — добавили в Минобороны": the ministry
        # of the one country whose minister the article names
        heads = {
            r[1] for e in entities if e.type == "person"
            for r in e.roles if r[0] == _MINISTERS_OF[entity.label] and r[1]
        }
        if len(heads) == 1 and next(iter(heads)) in lexicon.country_names():
            entity.label = f"{entity.label} {genitive(next(iter(heads)))}"


# An outlet named by its site ("Tengrinews.kz", "Zakon.kz"): the domain is part of the name.
_DOMAIN_RE = r"\.(?:kz|ru|by|uz|kg|am|az|ge|md|ua|tj|tm|lv|lt|ee|com|net|org|info|news)(?!\w)"


def outlet_with_domain(entity: Entity, text: str) -> None:
    """"Tengrinews" where the article writes "Tengrinews.kz": the fullest form
    the text gives, as the guide names speakers."""
    if "." in entity.label:
        return
    found = re.search(rf"(?<![\w.]){re.escape(entity.label)}{_DOMAIN_RE}", text)
    if found is not None:
        entity.label = found.group()


def spell_out_outlet(entity: Entity, text: str) -> None:
    """"FT" is "Financial Times" where the article spells it out: the
    fullest form the text gives, as the guide names speakers."""
    words = r"[ \t]+".join(rf"{letter}[\w'-]*" for letter in map(re.escape, entity.label))
    found = re.search(rf"\b{words}\b", text)
    if found is not None and found.group() != entity.label:
        article = "The " if text.endswith("The ", 0, found.start()) else ""  # "The New York Times (NYT)"
        entity.label = article + " ".join(found.group().split())


# A lowercase word, then the Russian name, then the Latin abbreviation in brackets.
_BRACKETED_RE = r"[а-яё][ \t]+(?P<name>[А-ЯЁ][а-яё-]+(?:[ \t]+[а-яё-]+){{1,5}})[ \t]*\([ \t]*{label}[ \t]*\)"


def spell_out_abbreviation(entity: Entity, text: str) -> bool:
    """"Институт изучения войны (ISW)" then "В ISW отмечают": an organisation
    named by a Latin abbreviation the article gives a Russian name for, in
    brackets after it, takes that name in the nominative (the guide's fullest form)."""
    if not (1 < len(entity.label) <= 6 and entity.label.isupper() and entity.label.isascii() and entity.label.isalpha()):
        return False  # a Russian abbreviation ("ОДКБ", "МОК") is the name the corpus keeps
    found = re.search(_BRACKETED_RE.format(label=re.escape(entity.label)), text)
    if found is None:
        return False
    first, *rest = found.group("name").split()
    parse = analyzer().parse(first)[0]
    inflected = parse.inflect({"nomn"}) if parse.tag.POS == "NOUN" and parse.tag.case != "nomn" else None
    head = inflected.word.capitalize() if inflected is not None else first
    entity.label = " ".join([head, *rest])
    return True


def scan_names(text: str, people: list[Entity], add_mention: Callable[[Entity, Offsets], None]) -> None:
    """Find first names and every other mention of the speakers' surnames,
    in one pass over the text."""
    stems: dict[str, Entity] = {}
    for entity in people:
        surname = entity.label
        stems[surname[:-1] if len(surname) > 4 and surname[-1] in "аяйь" else surname] = entity
    if not stems:
        return
    for start, end, stem in _surname_matches(text, sorted(stems, key=len, reverse=True)):
        entity = stems[stem]
        given = GIVEN_BEFORE_RE.search(text, max(0, start - 60), start)
        if given is not None and _take_given(entity, given.group(1), text[start:end] != entity.label):
            start = given.start()
        add_mention(entity, (start, end))


_WORD_CHAR_RE = re.compile(r"\w")
_ENDING_RE = re.compile(r"[а-яё]{0,3}\b")


def _surname_matches(text: str, stems: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, stem) of each match of ``\\b(stem|stem|…)[а-яё]{0,3}\\b`` in ``text``,
    as re.finditer gives them (the stems tried in the order given).

    A regular expression of the article's own stems costs more to compile than to run on a
    news article (about 80 µs against 30), so the stems are found with str.find and the
    ending matched with one precompiled pattern.  Every stem opens with a word character
    (else the pattern is compiled after all), so "\\b" before it is "no word character
    before it"."""
    if not all(stem and _WORD_CHAR_RE.match(stem) for stem in stems):
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, stems)) + r")[а-яё]{0,3}\b")
        return [(match.start(), match.end(), match.group(1)) for match in pattern.finditer(text)]
    starts: dict[int, list[int]] = {}  # position -> ranks of the stems found there
    for rank, stem in enumerate(stems):
        position = text.find(stem)
        while position >= 0:
            if not position or not _WORD_CHAR_RE.match(text, position - 1):
                starts.setdefault(position, []).append(rank)
            position = text.find(stem, position + 1)
    found: list[tuple[int, int, str]] = []
    resume = 0  # matches do not overlap: the scan goes on after the last one
    for position in sorted(starts):
        if position < resume:
            continue
        for rank in sorted(starts[position]):
            ending = _ENDING_RE.match(text, position + len(stems[rank]))
            if ending is not None:
                found.append((position, ending.end(), stems[rank]))
                resume = ending.end()
                break
    return found


def _take_given(entity: Entity, word: str, oblique: bool) -> bool:
    """Use ``word`` (right before the surname) as the first name if it is one:
    a dictionary first name, or an unknown word ("Петер Сийярто")."""
    own = entity.first_name or (entity.given_raw[0] if entity.given_raw else None)
    if own is not None and fold(own)[:4] != fold(word)[:4]:
        return False  # "Садыр" before the surname of Акылбек Жапаров: a namesake
    listed = lexicon.known_surnames().get(fold(entity.label))
    if listed is not None and len(listed.name.split()) > 1 and fold(word) in forms_of(listed.name.split()[0]):
        entity.full_name = entity.full_name or listed.name  # "Кая Каллас", not "Кай"
        return True
    reading = first_name_reading(word)
    if reading is None and (is_known(word) or word.isupper()):
        return False
    if entity.first_name is None and entity.given_raw is None and not entity.full_name:
        if reading is not None:
            entity.first_name = reading[0]
            entity.gender = entity.gender or reading[1]
        else:
            entity.given_raw = (word, oblique)
    return True
