"""Words in quotation marks that the author holds at a distance: a scare quote
or a term named as a term, never someone's words (ANNOTATION-GUIDE.md, "Not
quotes").  Told by what stands right before the opening mark:

* a distancing marker: "так называемый «…»", "т.н. «…»", "пресловутый «…»",
  "своего рода «…»", "этакий «…»", "якобы «…»" (a claim the writer does not vouch for,
  even inside someone's reported speech: then the words belong to the indirect quote);
* a word named as a word: "утечка со словом «…»" (the singular; "обратился со словами
  «…»" introduces what someone said);
* a noun that names a word as a word: "термин «…»", "понятие «…»", "от
  формулировки «…»", "ярлык «…»".  In the instrumental the noun is how
  someone put it ("назвал это термином «…»", "отреагировал словом «…»"), so
  the words stay a fragment of that person's speech.

These markers are the language's own, not patterns of one outlet: they were
written from Russian usage, then checked on the real-news corpus.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from annotator.nlp.context import TextContext
from annotator.nlp.morph import parses
from annotator.nlp.phrases import PhraseIndex

# Up to this many characters before the mark are read: a marker stands right there.
_WINDOW = 40
_MARKER_RE = re.compile(
    r"(?:\bтак[ \t]+называем[а-я]*|\bт\.[ \t]?н\.|\bпресловут[а-я]*|\bсвоего[ \t]+рода|\bэтак[а-я]*|\bэдак[а-я]*"
    r"|\bякобы|\bсо?[ \t]+словом)"
    r"[ \t]*$"
)
_LAST_WORD_RE = re.compile(r"([а-я]+)[ \t]*$")
_TERM_NOUNS = frozenset(
    {"термин", "понятие", "формулировка", "словосочетание", "ярлык", "эпитет", "клише", "штамп", "эвфемизм",
     "неологизм"}
)


# A piece of writing named by its headline, maybe after its outlet's Latin name:
# "публикацию The Wall Street Journal «…»", "материал «…»", "в заметке «…»".
_PIECE_RE = re.compile(
    r"\b(?:публикаци|материал|заметк|репортаж|колонк|стать)[а-я]*(?:[ \t]+[a-z][a-z0-9.&'’-]*){0,4}[ \t]*$"
)
_PIECE_WINDOW = 80


def names_a_piece(ctx: TextContext, open_mark: int) -> bool:
    """The quotation opening at ``open_mark`` is the headline of an article."""
    return _PIECE_RE.search(ctx.folded, max(0, open_mark - _PIECE_WINDOW), open_mark) is not None


def is_author_term(ctx: TextContext, open_mark: int) -> bool:
    """The quotation opening at ``open_mark`` is a term in the author's voice."""
    start = max(0, open_mark - _WINDOW)
    if _MARKER_RE.search(ctx.folded, start, open_mark):
        return True
    last = _LAST_WORD_RE.search(ctx.folded, start, open_mark)
    if last is None:
        return False
    readings = [r for r in parses(last.group(1)) if r.lemma in _TERM_NOUNS]
    return bool(readings) and not all("ablt" in r.grammemes for r in readings)


# "Стоит добавить, что …", "Следует отметить, что …", "Важно подчеркнуть, что …": an
# impersonal modal with a speech infinitive is the author speaking, like "Напомним, что …".
_AUTHOR_MODAL_RE = re.compile(
    r"(?:^|[^а-я])(?:стоит|следует|нужно|надо|важно|необходимо|можно|нельзя|хотелось[ \t]+бы|остается|остаётся)"
    r"(?:[ \t]+(?:также|еще|ещё|бы|и|отдельно|особо))?[ \t]+$"
)


def is_author_modal(ctx: TextContext, verb_start: int) -> bool:
    """The speech verb at ``verb_start`` is an infinitive after an impersonal modal."""
    return _AUTHOR_MODAL_RE.search(ctx.folded, max(0, verb_start - _WINDOW), verb_start) is not None


@lru_cache(maxsize=1)
def _known_terms() -> PhraseIndex[str]:
    from annotator.resources import read_lexicon

    return PhraseIndex((term, term) for term in read_lexicon("known_terms.txt"))


# What someone called a thing: "назвал это «холодной войной»", "термином «гибридная война»".
_NAMING_CUE_RE = re.compile(
    r"(?:назва(?!ни)|называ(?!ем)|окрести|охарактеризова|характеризу|словами|словом|термином|выражением|формулировкой)"
    r"[а-я]*$"
)
_NAMING_CUE_WORDS = 6


def is_known_term(ctx: TextContext, start: int, end: int) -> bool:
    """The quoted words text[start:end] are exactly one established term of
    resources/lexicon/known_terms.txt, with no naming cue right before them."""
    first, last = bisect_left(ctx.word_starts, start), bisect_left(ctx.word_starts, end)
    keys = ctx.word_keys[first:last]
    match = _known_terms().match_at(keys, 0) if keys and keys[0] in _known_terms() else None
    if match is None or match.length != len(keys):
        return False
    return not any(_NAMING_CUE_RE.match(key) for key in ctx.word_keys[max(0, first - _NAMING_CUE_WORDS) : first])
