"""razdel's sentence boundaries, without razdel's per-split objects.

The CoNLL export splits every paragraph of every document into sentences;
``razdel.sentenize`` builds a ``SentSplit`` record with cached properties for
each candidate boundary, runs its eleven rules through ``FunctionRule``
objects and yields ``Substring`` records, which was a quarter of the export's
time.  This module runs the same algorithm on plain strings: razdel's own
delimiter pattern, window size, regular expressions and abbreviation tables
(imported from razdel, so they cannot drift), its rules in its order, each
rule's "no opinion" falling through to the next exactly as there, and its
``strip`` + ``find`` to place each sentence.  tests/formats/test_sentences.py
checks the boundaries against ``razdel.sentenize`` on the bundled samples,
the gold texts, a table of our own Russian sentences (abbreviations,
initials, quotes, dashes, numbers, emoji, CRLF) and generated text.
"""

from __future__ import annotations

import re

from razdel.segmenters.punct import CLOSE_BRACKETS, CLOSE_QUOTES, DASHES, ENDINGS, GENERIC_QUOTES, QUOTES
from razdel.segmenters.sentenize import (
    BULLET_BOUNDS,
    BULLET_CHARS,
    BULLET_SIZE,
    DELIMITER,
    DELIMITERS,
    FIRST_TOKEN,
    LAST_TOKEN,
    PAIR_SOKR,
    ROMAN,
    SMILE_PREFIX,
    SPACE_PREFIX,
    SPACE_SUFFIX,
    TOKEN,
    WORD,
    SentSplitter,
)
from razdel.segmenters.sokr import HEAD_PAIR_SOKRS, HEAD_SOKRS, INITIALS, PAIR_SOKRS, SOKRS

_SPLITTER = SentSplitter()
_CANDIDATES = re.compile(DELIMITER, re.U)
_WINDOW: int = _SPLITTER.window  # characters razdel looks at on each side of a candidate


# razdel splits only after a candidate followed by white space (its rule
# no_space_prefix joins the rest); a candidate ends in one of DELIMITERS or,
# for a smile, in a bracket.  A text with no such character followed by white
# space within a line has one sentence per line.
_MAY_SPLIT = re.compile(f"[{re.escape(DELIMITERS)}()](?=[^\\S\\n])")
_STRIPPED_LINE = re.compile(r"\S(?:[^\n]*\S)?")  # a line without the white space around it
_LINE = re.compile(r"[^\n]+")


def paragraph_sentences(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each non-empty sentence, razdel's sentenize run on each line of ``text``."""
    if _MAY_SPLIT.search(text) is None:
        return [match.span() for match in _STRIPPED_LINE.finditer(text)]
    return [(line.start() + start, line.start() + stop)
            for line in _LINE.finditer(text) for start, stop in sentence_bounds(line.group()) if stop > start]


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each sentence of ``text``, as ``razdel.sentenize`` gives them."""
    pieces: list[tuple[int, int]] = []  # unstripped sentences, as razdel's segmenter yields them
    piece_start = 0
    for match in _CANDIDATES.finditer(text):
        start, stop = match.span()
        if not _join(text, start, stop, match.group(1), piece_start):
            pieces.append((piece_start, stop))
            piece_start = stop
    pieces.append((piece_start, len(text)))
    bounds = []
    offset = 0
    for start, stop in pieces:
        # razdel strips each sentence, then finds it in the text from the previous end.
        chunk = text[start:stop].strip()
        found = text.find(chunk, offset)
        offset = found + len(chunk)
        bounds.append((found, offset))
    return bounds


def _join(text: str, start: int, stop: int, delimiter: str, piece_start: int) -> bool:
    """razdel's rules for the candidate boundary ``text[start:stop]``, in razdel's order."""
    right = text[stop:stop + _WINDOW]
    right_match = FIRST_TOKEN.match(right)
    if not right_match:  # empty_side
        return True
    left = text[max(0, start - _WINDOW):start]
    left_match = LAST_TOKEN.search(left)
    if not left_match:  # empty_side
        return True
    left_token, right_token = left_match.group(1), right_match.group(1)
    if not left_token or not right_token:  # empty_side
        return True
    if not SPACE_PREFIX.match(right):  # no_space_prefix
        return True
    if _is_lower_alpha(right_token):  # lower_right
        return True
    if right_token not in GENERIC_QUOTES and (  # delimiter_right
            right_token in DELIMITERS or SMILE_PREFIX.match(right)):
        return True
    if delimiter == "." and _abbreviation(left, left_token, right_token):
        return True
    if delimiter in BULLET_BOUNDS and _list_item(text[piece_start:start]):
        return True
    if delimiter in QUOTES:  # close_quote
        if delimiter in CLOSE_QUOTES:
            if left_token not in ENDINGS:
                return True
        elif delimiter in GENERIC_QUOTES and (SPACE_SUFFIX.search(left) or left_token not in ENDINGS):
            return True
    if delimiter in CLOSE_BRACKETS and left_token not in ENDINGS:  # close_bracket
        return True
    if right_token in DASHES:  # dash_right
        word = WORD.search(right)
        if word and _is_lower_alpha(word.group(1)):
            return True
    return False


def _abbreviation(left: str, left_token: str, right_token: str) -> bool:
    """razdel's sokr_left, inside_pair_sokr and initials_left (the delimiter is a dot)."""
    pair = PAIR_SOKR.search(left)
    pair_has_no_opinion = False
    if pair:
        first, second = pair.groups()
        lowered = first.lower(), second.lower()
        if lowered in HEAD_PAIR_SOKRS:
            return True
        if lowered in PAIR_SOKRS:
            if _is_sokr(right_token):
                return True
            pair_has_no_opinion = True  # sokr_left returns here without looking at the single word
    if not pair_has_no_opinion:
        word = left_token.lower()
        if word in HEAD_SOKRS or (word in SOKRS and _is_sokr(right_token)):
            return True
    if (left_token.lower(), right_token.lower()) in PAIR_SOKRS:  # inside_pair_sokr
        return True
    return bool((left_token.isupper() and len(left_token) == 1) or left_token.lower() in INITIALS)


def _list_item(buffer: str) -> bool:
    """razdel's list_item: a short run of bullets (``8.1.``, ``2)``, ``IV.``) before the delimiter."""
    if len(buffer) > BULLET_SIZE:
        return False
    return all(_is_bullet(token) for token in TOKEN.findall(buffer))


def _is_lower_alpha(token: str) -> bool:
    return token.isalpha() and token.islower()


def _is_sokr(token: str) -> bool:
    if token.isdigit() or not token.isalpha():
        return True
    return token.islower()


def _is_bullet(token: str) -> bool:
    return bool(token.isdigit() or token in BULLET_BOUNDS or token.lower() in BULLET_CHARS or ROMAN.match(token))
