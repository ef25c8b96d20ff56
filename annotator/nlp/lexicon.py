"""The lexicons under ``resources/lexicon/``, loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.nlp.morph import analyzer, fold, forms_of
from annotator.nlp.phrases import PhraseIndex
from annotator.resources import read_lexicon

# Gerunds that are mostly parenthetical ("честно говоря"), never attributions;
# "уверен, что" is thinking (ANNOTATION-GUIDE.md, "Not quotes"), not "уверил".
_NOT_ATTRIBUTIONS = frozenset({"говоря", "скажем", "допустим", "значит", "уверен", "уверена", "уверено", "уверены",
                               "убежден", "убеждена", "убеждено", "убеждены"})  # convinced, like "уверен"


@dataclass(frozen=True)
class SpeechVerb:
    lemma: str
    gender: str | None  # "m", "f", "n", "p" for past-tense forms, else None
    finite: bool  # a finite verb or gerund that can head an attribution


@dataclass(frozen=True)
class Role:
    role_class: str
    phrase: str


@dataclass(frozen=True)
class Country:
    name: str


_GENDERS = {"masc": "m", "femn": "f", "neut": "n", "plur": "p"}


def _verb_gender(grammemes: frozenset[str]) -> str | None:
    if "past" not in grammemes:
        return None
    for grammeme, gender in _GENDERS.items():
        if grammeme in grammemes:
            return gender
    return None


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, SpeechVerb]:
    """Folded word form -> speech verb reading, for every form of every lemma."""
    return _verb_table("speech_verbs.txt")


@lru_cache(maxsize=1)
def attribution_verbs() -> dict[str, SpeechVerb]:
    """Speech verbs plus verbs of opinion: what may attribute a direct quote."""
    return {**_verb_table("opinion_verbs.txt"), **_CONVINCED, **speech_verbs()}


# "«…», – уверен Лавров": a conviction attributes words in marks as "считает" does,
# though "уверен, что …" reports no speech (so these forms are no speech verbs).
_CONVINCED = {
    f"{stem}{ending}": SpeechVerb(lemma, gender, True)
    for stem, lemma in (("уверен", "уверить"), ("убежден", "убедить"))
    for ending, gender in (("", "m"), ("а", "f"), ("о", "n"), ("ы", "p"))
}


def _verb_table(name: str) -> dict[str, SpeechVerb]:
    table: dict[str, SpeechVerb] = {}
    for lemma in read_lexicon(name):
        for parse in analyzer().parse(lemma):
            if fold(parse.normal_form) != fold(lemma) or parse.tag.POS != "INFN":
                continue
            for form in parse.lexeme:
                key = fold(form.word)
                if key in _NOT_ATTRIBUTIONS or form.tag.POS == "PRTF":
                    continue
                grammemes = frozenset(form.tag.grammemes)
                # "сказано в заявлении" (a short participle) attributes too.
                finite = form.tag.POS in ("VERB", "GRND", "INFN", "PRTS")
                verb = SpeechVerb(fold(lemma), _verb_gender(grammemes), finite)
                if key not in table or (verb.gender and not table[key].gender):
                    table[key] = verb
    return table


def _fields(name: str) -> list[list[str]]:
    return [[field.strip() for field in line.split("|")] for line in read_lexicon(name)]


def _pairs(name: str) -> list[tuple[str, str]]:
    return [(row[0], row[1] if len(row) > 1 else "") for row in _fields(name)]


@lru_cache(maxsize=1)
def organization_countries() -> dict[str, str]:
    """Canonical organisation -> the country it speaks for ("Кремль" -> "Россия")."""
    return {row[0]: row[2] for row in _fields("organizations.txt") if len(row) > 2 and row[2]}


@lru_cache(maxsize=1)
def roles() -> PhraseIndex[Role]:
    return PhraseIndex((phrase, Role(cls, phrase)) for cls, phrase in _pairs("roles.txt"))


@lru_cache(maxsize=1)
def organizations() -> PhraseIndex[str]:
    return PhraseIndex((phrase, canonical) for canonical, phrase in _pairs("organizations.txt"))


@lru_cache(maxsize=1)
def title_nouns() -> frozenset[str]:
    forms: set[str] = set()
    for lemma in read_lexicon("title_nouns.txt"):
        forms |= forms_of(lemma)
    return frozenset(forms)


@lru_cache(maxsize=1)
def voiceless_title_nouns() -> frozenset[str]:
    """Forms of the title nouns that name things that cannot speak ("форума «Астана»")."""
    forms: set[str] = set()
    for lemma in read_lexicon("title_nouns_voiceless.txt"):
        forms |= forms_of(lemma)
    return frozenset(forms)


@lru_cache(maxsize=1)
def known_titles() -> PhraseIndex[str]:
    return PhraseIndex((title, title) for title in read_lexicon("known_titles.txt"))


@lru_cache(maxsize=1)
def _country_rows() -> list[tuple[str, list[str], list[str]]]:
    rows = []
    for line in read_lexicon("countries.txt"):
        fields = [field.strip() for field in line.split("|")] + ["", ""]
        names = [n.strip() for n in fields[1].split(",") if n.strip()]
        adjectives = [a.strip() for a in fields[2].split(",") if a.strip()]
        rows.append((fields[0], names, adjectives))
    return rows


@lru_cache(maxsize=1)
def countries() -> PhraseIndex[str]:
    """Country names (any case form) -> canonical country."""
    return PhraseIndex((n, canonical) for canonical, names, _ in _country_rows() for n in names)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    return frozenset(canonical for canonical, _, _ in _country_rows())


@lru_cache(maxsize=1)
def country_adjectives() -> dict[str, str]:
    """Folded form of a country adjective -> canonical country."""
    table = {}
    for canonical, _, adjectives in _country_rows():
        for adjective in adjectives:
            for form in forms_of(adjective):
                table[form] = canonical
    return table


@dataclass(frozen=True)
class KnownPerson:
    name: str
    gender: str
    country: str | None


@lru_cache(maxsize=1)
def _persons() -> list[KnownPerson]:
    rows = []
    for row in _fields("persons.txt"):
        country = row[2] if len(row) > 2 and row[2] else None
        rows.append(KnownPerson(row[0], row[1] if len(row) > 1 else "", country))
    return rows


@lru_cache(maxsize=1)
def known_surnames() -> dict[str, KnownPerson]:
    """Folded last word of a listed person's name -> that person."""
    return {fold(p.name.split()[-1]): p for p in _persons()}


@lru_cache(maxsize=1)
def known_surname_forms() -> dict[str, KnownPerson]:
    """Every inflected form of a listed surname -> the person (unambiguous forms only)."""
    table: dict[str, KnownPerson] = {}
    clashes: set[str] = set()
    for person in _persons():
        surname = person.name.split()[-1]
        if len(surname) < 3:
            continue
        for form in forms_of(surname):
            if form in table and table[form] is not person:
                clashes.add(form)
            table[form] = person
    return {form: person for form, person in table.items() if form not in clashes}


@lru_cache(maxsize=1)
def known_persons_index() -> PhraseIndex[tuple[str, str]]:
    """Listed people matched in any case form: payload (canonical, gender)."""
    return PhraseIndex((p.name, (p.name, p.gender)) for p in _persons())


@lru_cache(maxsize=1)
def non_name_forms() -> frozenset[str]:
    """Forms of lexicon words that look like names when capitalised."""
    forms: set[str] = set()
    for index in (roles(), organizations(), countries()):
        forms.update(index.first_forms())
    forms.update(country_adjectives())
    forms.update(speech_verbs())
    return frozenset(forms)


@lru_cache(maxsize=1)
def seats() -> PhraseIndex[tuple[str, str]]:
    """Capitals and seats that stand for a government ("Москва", "Рада") ->
    (canonical, country)."""
    return PhraseIndex((row[1], (row[0], row[2] if len(row) > 2 else "")) for row in _fields("seats.txt"))
