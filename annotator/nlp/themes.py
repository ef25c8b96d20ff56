"""Theme suggestions from the taxonomy's lemma keywords.

Each keyword is a phrase of lemmas ("двусторонний повестка"); every word is
expanded once into all its inflected forms, so "о двусторонней повестке"
matches by dictionary lookups on the text's words.  A hit covers the matched
words only (from the first word's start to the last word's end); words must
be adjacent, separated by nothing but spaces or a hyphen.  The same theme
is reported once per matched phrase occurrence.  A one-word hit on a word
that can also be a preposition, conjunction or particle is dropped: "после"
is a form of "посол", but almost always the preposition.

A theme is suggested for a whole document (:func:`document_themes`) only when
the document is about it, not when one of its words merely occurs: two hits,
or one hit of a keyword phrase of two or more words, or one hit in the
headline (the first line, within its first HEADLINE_CHARS characters).  A
single "граждан" or "саммит" deep in a text about something else suggests
nothing for the document; the span-level hits stay, for the analyst to see
where a theme's words occur.  Measured on the real-news dev split only.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.model import Theme
from annotator.nlp.analysis import ThemeHit
from annotator.nlp.context import TextContext
from annotator.nlp.morph import has_grammeme
from annotator.nlp.phrases import PhraseIndex

FUNCTION_WORD_GRAMMEMES = ("PREP", "CONJ", "PRCL")
# A document-level suggestion needs this many hits, or one hit of a phrase or in the headline.
DOCUMENT_MIN_HITS = 2
HEADLINE_CHARS = 150

_cache: dict[tuple[tuple[str, tuple[str, ...]], ...], PhraseIndex[str]] = {}


def compile_themes(themes: Sequence[Theme]) -> PhraseIndex[str]:
    """A phrase index of every keyword (cached by the taxonomy's content)."""
    signature = tuple((t.id, tuple(t.keywords)) for t in themes)
    index = _cache.get(signature)
    if index is None:
        entries = [(kw.lower(), t.id) for t in themes for kw in t.keywords if kw.strip()]
        index = PhraseIndex(entries)
        if len(_cache) > 8:
            _cache.clear()
        _cache[signature] = index
    return index


def _adjacent(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return len(gap) <= 3 and gap.strip(" \u00a0-") == ""


def match_themes(ctx: TextContext, index: PhraseIndex[str]) -> list[ThemeHit]:
    keys = ctx.word_keys
    firsts = index.first_forms()
    if firsts.isdisjoint(keys):
        return []
    hits: list[ThemeHit] = []
    after = 0  # no overlapping hits: skip positions inside the last one
    for position in [i for i, key in enumerate(keys) if key in firsts]:
        if position < after:
            continue
        match = index.match_at(keys, position)
        if match is None:
            continue
        last = position + match.length - 1
        if match.length == 1 and _function_word(ctx.text[ctx.word_starts[position]:ctx.word_ends[position]]):
            continue
        if all(_adjacent(ctx.text, ctx.word_ends[i], ctx.word_starts[i + 1]) for i in range(position, last)):
            hits.append(ThemeHit(match.payload, ctx.word_starts[position], ctx.word_ends[last]))
            after = last + 1
    return hits


def _function_word(word: str) -> bool:
    return any(has_grammeme(word, grammeme) for grammeme in FUNCTION_WORD_GRAMMEMES)


def document_themes(text: str, hits: Sequence[ThemeHit]) -> set[str]:
    """Theme ids suggested for a whole document from its span-level hits (see the module's doc)."""
    first_line = text.find("\n")
    headline_end = min(HEADLINE_CHARS, len(text) if first_line < 0 else first_line)
    counts: dict[str, int] = {}
    decisive: set[str] = set()
    for hit in hits:
        counts[hit.theme] = counts.get(hit.theme, 0) + 1
        if hit.end <= headline_end or any(ch.isspace() or ch == "-" for ch in text[hit.start : hit.end]):
            decisive.add(hit.theme)
    return {theme for theme, count in counts.items() if count >= DOCUMENT_MIN_HITS} | decisive
