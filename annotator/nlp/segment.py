"""Tokens, paragraphs and sentences with offsets into the normalised text.

The sentence splitter is a single regular-expression pass (razdel is exact
but costs ~0.2 s per MB, a fifth of the whole analysis budget).  It knows
Russian abbreviations and initials ("С. Лавров", "т. е.", "2024 г.") and
never splits inside a quotation, so a quoted sentence stays whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import repeat
from operator import add
from typing import NamedTuple

from annotator.nlp.morph import fold


class Token(NamedTuple):
    start: int
    end: int
    text: str
    key: str  # folded form used for lexicon lookups


_SHORT_WINDOW = 100  # characters: below this a window is tokenised by a plain loop (see tokenize)
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\w\s]")
_MATCH_START, _MATCH_END, _MATCH_GROUP = re.Match.start, re.Match.end, re.Match.group
_PARAGRAPH_RE = re.compile(r"[^\n]+")
# Terminal punctuation, closing marks, then space and a sentence opener.
# Only at the start of a run of marks, so a long "!!!…" stays linear.  The pattern opens
# with the mark itself (the check of the character before it follows), so the regex
# engine skips from mark to mark instead of trying the pattern at every character.
_BOUNDARY_RE = re.compile(
    r"[.!?…](?<![.!?…][.!?…])[.!?…]*+"
    r"(?:[»”“\")]*+(?=[ \t]+[«„“\"(–—-]?[ \t]*[А-ЯЁA-Z0-9«„“\"–—])"
    r"|(?=[«„“\"][А-ЯЁA-Z])"  # a quotation opening with no space
    r"|(?<=[а-яё]{2}[.!?])(?=[А-ЯЁ][а-яё]))"  # a missing space: "сказал он.Ранее"
)
# A dash and a lower-case word after "?", "!" or "…": the author's words about the speech
# before, in the same sentence ("Неужели? – удивился министр").
_SPEECH_DASH_RE = re.compile(r"[ \t]+[–—-]{1,2}[ \t]*[а-яё]")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)[.!?…]*$")
ABBREVIATIONS = frozenset(
    "г гг т е д п пп см им ул пр просп н э руб долл млн млрд трлн тыс ст стр рис "
    "проф акад ген полк ред англ нем франц кит араб др мин сек кв км га обл респ "
    "с ср напр прим тел им игр вв в".split()
)
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words, numbers and single punctuation marks of ``text[start:end]``."""
    stop = len(text) if end is None else end
    piece = text[start:stop]
    folded = fold(piece)
    if len(folded) != len(piece):
        return [Token(m.start(), m.end(), m.group(), fold(m.group())) for m in _TOKEN_RE.finditer(text, start, stop)]
    if len(piece) < _SHORT_WINDOW:
        # Most windows are a clause (median ~60 characters): a plain loop costs less than
        # setting up the maps below, which pay off from about a hundred characters.
        tokens = []
        for match in _TOKEN_RE.finditer(folded):
            first, last = match.span()
            tokens.append(tuple.__new__(Token, (first + start, last + start, piece[first:last], match.group())))
        return tokens
    # The tokens of a long window are built by C-level maps, not a Python loop (several
    # windows of up to 1,500 characters are tokenised per attribution).
    matches = list(_TOKEN_RE.finditer(folded))
    firsts, lasts = list(map(_MATCH_START, matches)), list(map(_MATCH_END, matches))
    fields = zip(
        map(add, firsts, repeat(start)), map(add, lasts, repeat(start)),
        map(piece.__getitem__, map(slice, firsts, lasts)), map(_MATCH_GROUP, matches),
    )
    return list(map(tuple.__new__, repeat(Token), fields))  # type: ignore[arg-type]


_FAMILY_BEFORE_RE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]{1,4})[ \t]+$")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines, trailing whitespace excluded."""
    spans = []
    for match in _PARAGRAPH_RE.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if start < end:
            spans.append((start, end))
    return spans


def _chinese_given_name(text: str, letter: int) -> bool:
    """"встретился с Ван И. Об этом …": a one-letter Chinese given name after the family name."""
    from annotator.nlp.name_mentions import family_name_first  # it needs this module's tokens

    before = _FAMILY_BEFORE_RE.search(text, max(0, letter - 12), letter)
    return before is not None and family_name_first(f"{before.group(1)} {text[letter]}")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True if the full stop at ``dot`` closes an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    if dot >= _LONGEST_ABBREVIATION + 1 and text[dot - _LONGEST_ABBREVIATION - 1 : dot].isalpha():
        return False  # a longer word than any abbreviation (most sentence ends): no search needed
    match = _WORD_BEFORE_RE.search(text, max(0, dot - 20), dot + 1)
    if match is None:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return not _chinese_given_name(text, match.start(1))  # an initial: "С. Лавров", not "… с Ван И."
    return word.lower() in ABBREVIATIONS and not word[0].isupper()


def sentences(
    text: str, paragraph_spans: Sequence[tuple[int, int]], protected: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sentence spans inside each paragraph; no split inside ``protected``.

    ``protected`` holds sorted, non-overlapping spans (quotations).
    """
    starts = [span[0] for span in protected]
    result = []
    for par_start, par_end in paragraph_spans:
        begin = par_start
        for match in _BOUNDARY_RE.finditer(text, par_start, par_end):
            cut = match.end()
            index = bisect_right(starts, cut - 1) - 1
            if index >= 0 and protected[index][0] < cut < protected[index][1]:
                continue
            if text[match.start()] in "?!…" and _SPEECH_DASH_RE.match(text, cut, par_end):
                continue  # "Какой двор? – возмутился он.": the attribution ends the sentence of the words
            glued_quote = cut < par_end and text[cut] in "«„“\""  # "в соцсети X."Наши …"
            if not glued_quote and _is_abbreviation(text, match.start()) and match.end() - match.start() == 1:
                continue
            result.append((begin, cut))
            begin = cut
            while begin < par_end and text[begin].isspace():
                begin += 1
        if begin < par_end:
            result.append((begin, par_end))
    return result
