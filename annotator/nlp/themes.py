"""Theme suggestions from the taxonomy's lemma keywords.

Each keyword is a phrase of lemmas ("двусторонний повестка"); every word is
expanded once into all its inflected forms, so "о двусторонней повестке"
matches by dictionary lookups on the text's words.  A hit covers the matched
words only (from the first word's start to the last word's end); words must
be adjacent, separated by nothing but spaces or a hyphen.  The same theme
is reported once per matched phrase occurrence.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.model import Theme
from annotator.nlp.analysis import ThemeHit
from annotator.nlp.context import TextContext
from annotator.nlp.phrases import PhraseIndex

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
        if all(_adjacent(ctx.text, ctx.word_ends[i], ctx.word_starts[i + 1]) for i in range(position, last)):
            hits.append(ThemeHit(match.payload, ctx.word_starts[position], ctx.word_ends[last]))
            after = last + 1
    return hits


def document_themes(hits: Sequence[ThemeHit]) -> set[str]:
    """Theme ids suggested for a whole document from its span-level hits."""
    return {hit.theme for hit in hits}
