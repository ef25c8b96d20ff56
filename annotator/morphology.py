"""Inflected forms of a word, for search in any case form (no Qt, no SQL)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _analyzer():  # type: ignore[no-untyped-def]
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=4096)
def word_forms(word: str) -> tuple[str, ...]:
    """The word itself and every form of every lexeme it may belong to.

    "повестке" gives повестка, повестки, повестку, повесткой…; a word
    pymorphy3 does not know gives itself only.  Lowercase; every form with
    ё is given in both spellings, since news texts write ё or е as they
    please and the search index keeps the letter as written.
    """
    word = word.strip().lower()
    if not word:
        return ()
    forms = {word}
    if any("а" <= ch <= "я" or ch == "ё" for ch in word):
        for parse in _analyzer().parse(word)[:3]:
            if parse.is_known:
                forms.update(form.word for form in parse.lexeme)
    spellings = forms | {form.replace("ё", "е") for form in forms}
    return tuple(sorted(spellings))
