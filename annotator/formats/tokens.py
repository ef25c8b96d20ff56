"""razdel's word tokenisation, the same boundaries at several times the speed.

The CoNLL export tokenises every sentence of every document; razdel builds
a Record and a cached-property object per atom and runs its seven join
rules through generic machinery, which made the export of 100,000
annotations take ten seconds.  This module runs the same algorithm on plain
tuples: the text is cut into razdel's atoms with razdel's own ATOM pattern,
and two atoms with nothing between them are joined by razdel's rules, in
razdel's order, seeing the same three-atom windows (``Rule2112`` looks one
atom past a dash, dot or slash, even across a space).  Atoms separated by
white space are never joined, as in razdel.  Runs whose tokens no rule
can change (``is_simple``: most of a news text) skip the rules: one
``TOKEN_TEXT`` match per token.  tests/formats/test_tokens.py
checks that the tokens equal razdel's on the bundled samples, the gold texts
and generated text full of the cases the rules handle.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from razdel.segmenters.punct import DASHES, ENDINGS
from razdel.segmenters.tokenize import ATOM, SMILE

RU, LAT, INT, PUNCT, OTHER = "RU", "LAT", "INT", "PUNCT", "OTHER"
_WORDLIKE = (OTHER, RU, LAT)

# (start, stop, type, text) of one razdel atom
Atom = tuple[int, int, str, str]
Token = tuple[int, int, str]


_CHUNK = re.compile(r"\S+")  # a run of non-space characters
_DELIMITERS = frozenset(DASHES + "_.,/\\")  # the atoms razdel's Rule2112 looks past

# A simple run: one whose tokens razdel's rules decide without looking
# outside it, so that ``TOKEN_TEXT`` finds them.  Either a single atom (a
# word, a number, one character), or one word between punctuation razdel
# never joins to it: opening quotes and brackets before it; closing quotes,
# brackets and % after it, then at most one of . , ! ? … (more closers may
# follow) or a final : or ;.  The word is one atom (Cyrillic, Latin or
# digits), or several joined by single dashes or underscores (``пресс-секретарь``,
# ``1-й``), which DashRule and UnderscoreRule always join, each seeing a word
# on both sides inside the run.  Every other pair splits: no slash
# (FractionRule); a dot or comma touches a number only with a closer between
# (FloatRule needs a number on both sides, and would look past the run); no
# two of the marks touch (``?!``, ``...`` join); ``:`` and ``;`` end the run
# (``:)`` is a smile); no OTHER atom (emoji, Greek, accented letters join
# their neighbours); no ``yahoo!``, razdel's one exception.
_OPENERS = "«„“‘\"'([№"
_CLOSERS = "»”’\"')]%"
_WORD = r"(?:[а-яё]+|[a-z]+|\d+)"
_JOINERS = f"[{re.escape(DASHES)}_]"
_SIMPLE_CHUNK = (  # atomic and possessive, so a text that is not simple fails fast
    rf"(?>[{re.escape(_OPENERS)}]*+{_WORD}(?:{_JOINERS}{_WORD})*+"
    r"(?!(?<=\d)[.,])"  # a number (the last word) touching a dot or comma
    rf"[{re.escape(_CLOSERS)}]*+(?:[.,!?…][{re.escape(_CLOSERS)}]*+|[:;])?"
    r"|\S)(?=\s|\Z)"
)
_SIMPLE_TEXT = re.compile(rf"\s*(?:{_SIMPLE_CHUNK}\s*)*+", re.I)
# The tokens of simple runs: a word (or words joined by dashes), else one character.
TOKEN_TEXT = re.compile(rf"{_WORD}(?:{_JOINERS}{_WORD})*|\S", re.I)


_YAHOO = re.compile("yahoo!", re.I)


def is_simple(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether every run of ``text[start:end]`` is simple, so that ``TOKEN_TEXT`` finds its tokens."""
    end = len(text) if end is None else end
    return _YAHOO.search(text, start, end) is None and _SIMPLE_TEXT.fullmatch(text, start, end) is not None


def _atoms(text: str, start: int, end: int) -> list[Atom]:
    return [(m.start(), m.end(), m.lastgroup or OTHER, m.group()) for m in ATOM.finditer(text, start, end)]


def tokenize(text: str) -> list[Token]:
    """(start, stop, text) of each token, as ``razdel.tokenize`` gives them.

    Atoms split by white space are never joined, so the text is taken a
    non-space run at a time; only a run of several atoms goes through the
    rules, with the last atom of the run before and the first of the run
    after, which razdel's windows can see.
    """
    if is_simple(text):  # most sentences
        return [(match.start(), match.end(), match.group()) for match in TOKEN_TEXT.finditer(text)]
    chunks = [match.span() for match in _CHUNK.finditer(text)]
    tokens: list[Token] = []
    for number, (start, end) in enumerate(chunks):
        if is_simple(text, start, end):
            tokens.extend((m.start(), m.end(), m.group()) for m in TOKEN_TEXT.finditer(text, start, end))
            continue
        found = _atoms(text, start, end)
        # Only a delimiter atom at the edge makes razdel look into the next run.
        before = after = None
        if number and found[0][3] in _DELIMITERS:
            before = _atoms(text, *chunks[number - 1])[-1]
        if number + 1 < len(chunks) and found[-1][3] in _DELIMITERS:
            after = _atoms(text, *chunks[number + 1])[0]
        tokens.extend(_chunk_tokens(text, found, before, after))
    return tokens


def _chunk_tokens(text: str, found: list[Atom], before: Atom | None, after: Atom | None) -> list[Token]:
    window = ([before] if before else []) + found + ([after] if after else [])
    first_index = 1 if before else 0
    last_index = first_index + len(found) - 1
    tokens: list[Token] = []
    first = window[first_index]  # the atom that starts the current token
    for index in range(first_index + 1, last_index + 1):
        previous = window[index - 1]
        if _join(window, index, text[first[0]:previous[1]]):
            continue
        tokens.append((first[0], previous[1], text[first[0]:previous[1]]))
        first = window[index]
    last = window[last_index]
    tokens.append((first[0], last[1], text[first[0]:last[1]]))
    return tokens


def _join(found: list[Atom], index: int, buffer: str) -> bool:
    """razdel's rules for the split before atom ``index`` (no white space there).

    Every razdel rule either joins or has no opinion, so the first rule that
    joins decides and the order of the rules does not matter.
    """
    left_1, right_1 = found[index - 1], found[index]
    # razdel's windows: up to three atoms each side of the split.
    left_2 = found[index - 2] if index >= 2 else None
    right_2 = found[index + 1] if index + 1 < len(found) else None
    return bool(
        _rule2112(left_1, right_1, left_2, right_2, _is_dash, _not_punct)
        or _rule2112(left_1, right_1, left_2, right_2, _is_underscore, _not_punct)
        or _rule2112(left_1, right_1, left_2, right_2, _is_float_mark, _both_int)
        or _rule2112(left_1, right_1, left_2, right_2, _is_fraction_mark, _both_int)
        or _punct(left_1, right_1, buffer)
        or _other(left_1, right_1)
        or (left_1[3].lower() == "yahoo" and right_1[3] == "!")
    )


def _rule2112(
    left_1: Atom, right_1: Atom, left_2: Atom | None, right_2: Atom | None,
    is_delimiter: Callable[[str], bool], rule: Callable[[Atom, Atom], bool | None],
) -> bool | None:
    """razdel's Rule2112: around a delimiter atom, look one atom further on its other side."""
    left: Atom | None
    right: Atom | None
    if is_delimiter(left_1[3]):
        left, right = left_2, right_1
    elif is_delimiter(right_1[3]):
        left, right = left_1, right_2
    else:
        return None
    if left is None or right is None:
        return None
    return rule(left, right)


def _is_dash(text: str) -> bool:
    return text in DASHES


def _is_underscore(text: str) -> bool:
    return text == "_"


def _is_float_mark(text: str) -> bool:
    return text in ".,"


def _is_fraction_mark(text: str) -> bool:
    return text in "/\\"


def _not_punct(left: Atom, right: Atom) -> bool | None:
    return None if left[2] == PUNCT or right[2] == PUNCT else True


def _both_int(left: Atom, right: Atom) -> bool | None:
    return True if left[2] == INT and right[2] == INT else None


def _punct(left_1: Atom, right_1: Atom, buffer: str) -> bool | None:
    if left_1[2] != PUNCT or right_1[2] != PUNCT:
        return None
    left, right = left_1[3], right_1[3]
    if SMILE.match(buffer + right):
        return True
    if left in ENDINGS and right in ENDINGS:
        return True
    if left + right in ("--", "**"):
        return True
    return None


def _other(left_1: Atom, right_1: Atom) -> bool | None:
    left, right = left_1[2], right_1[2]
    if left == OTHER and right in _WORDLIKE:
        return True
    if left in _WORDLIKE and right == OTHER:
        return True
    return None

