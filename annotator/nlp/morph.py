"""One shared pymorphy3 analyser, cached per word form.

Parsing is the main cost of analysis (~80 µs a word), so every caller goes
through :func:`parses`, which is cached by word form, and the hot paths avoid
parsing altogether: lexicon phrases are expanded once into sets of all their
inflected forms (:func:`forms_of`), so matching a text word is a set lookup.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import pymorphy3


class WordParse(NamedTuple):
    """One reading of a word form: its lemma and grammemes (POS included)."""

    lemma: str
    grammemes: frozenset[str]
    score: float


def fold(word: str) -> str:
    """Lower-case and fold ё to е: the key every lexicon lookup uses."""
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=300_000)
def parses(word: str) -> tuple[WordParse, ...]:
    """All readings of ``word`` (any case), best first."""
    result = []
    for parse in analyzer().parse(word):  # tag.grammemes is a frozenset already
        result.append(WordParse(fold(parse.normal_form), parse.tag.grammemes, parse.score))
    return tuple(result)


@lru_cache(maxsize=300_000)
def is_known(word: str) -> bool:
    """True when the word is in the dictionary rather than guessed."""
    return bool(analyzer().word_is_known(word.lower()))


def has_grammeme(word: str, grammeme: str) -> bool:
    return grammeme in _grammemes(word)


def has_any_grammeme(word: str, grammemes: frozenset[str]) -> bool:
    """True when some reading of ``word`` carries one of ``grammemes`` (one set test, not a call per grammeme)."""
    return not grammemes.isdisjoint(_grammemes(word))


# Per word form, like parses(): the same forms recur all through a text (Zipf), and a
# lookup in one set is cheaper than a scan of every reading's grammemes.
@lru_cache(maxsize=300_000)
def _grammemes(word: str) -> frozenset[str]:
    """The grammemes of every reading of ``word`` together."""
    return frozenset().union(*(p.grammemes for p in parses(word)))


@lru_cache(maxsize=300_000)
def lemmas(word: str) -> frozenset[str]:
    return frozenset(p.lemma for p in parses(word))


@lru_cache(maxsize=20_000)
def forms_of(lemma: str) -> frozenset[str]:
    """Every folded form of every lexeme whose normal form is ``lemma``.

    A lemma that is not itself a normal form (an abbreviation, a foreign
    word) still yields its own form, so lexicon entries never vanish.
    """
    key = fold(lemma)
    found = {key}
    readings = analyzer().parse(lemma)
    own = [p for p in readings if fold(p.normal_form) == key] or readings[:1]
    for parse in own:
        if "Fixd" in parse.tag.grammemes or "Abbr" in parse.tag.grammemes:
            continue
        found.update(fold(form.word) for form in parse.lexeme)
    return frozenset(found)


@lru_cache(maxsize=20_000)
def phrase_slots(phrase: str) -> tuple[frozenset[str], ...]:
    """A phrase as a tuple of form sets, one per word (each word inflects)."""
    return tuple(forms_of(word) for word in phrase.split())


def nominative(word: str, grammeme_filter: str) -> str | None:
    """Normal form of the first reading carrying ``grammeme_filter``."""
    for parse in parses(word):
        if grammeme_filter in parse.grammemes:
            return parse.lemma
    return None


@lru_cache(maxsize=2_000)
def genitive(name: str) -> str:
    """The genitive of a one-word proper name ("Узбекистан" -> "Узбекистана"); other names as they are."""
    if " " in name or name.isupper():
        return name
    parse = analyzer().parse(name)[0]
    inflected = parse.inflect({"gent"}) if "Geox" in parse.tag.grammemes else None
    return name if inflected is None else inflected.word.capitalize()


def inflect_nominative(word: str) -> str | None:
    """The nominative of ``word`` in its own number (and gender): "близкого" -> "близкий",
    "близких" -> "близкие"; None when the dictionary cannot inflect it."""
    parse = analyzer().parse(word)[0]
    wanted = {"nomn", "plur"} if parse.tag.number == "plur" else {"nomn"}
    inflected = parse.inflect(wanted)
    return None if inflected is None else inflected.word
