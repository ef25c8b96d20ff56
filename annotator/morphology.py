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
    pymorphy3 does not know gives itself only.  Lowercase; ё folded to е
    because the search index folds it too.
    """
    word = word.strip().lower()
    if not word:
        return ()
    forms = {word}
    if any("а" <= ch <= "я" or ch == "ё" for ch in word):
        for parse in _analyzer().parse(word)[:3]:
            if parse.is_known:
                forms.update(form.word for form in parse.lexeme)
    return tuple(sorted(form.replace("ё", "е") for form in forms))
