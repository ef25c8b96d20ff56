"""Words in quotation marks that the author holds at a distance: a scare quote
or a term named as a term, never someone's words (ANNOTATION-GUIDE.md, "Not
quotes").  Told by what stands right before the opening mark:

* a distancing marker: "так называемый «…»", "т.н. «…»", "пресловутый «…»",
  "своего рода «…»", "этакий «…»";
* a noun that names a word as a word: "термин «…»", "понятие «…»", "от
  формулировки «…»", "ярлык «…»".  In the instrumental the noun is how
  someone put it ("назвал это термином «…»", "отреагировал словом «…»"), so
  the words stay a fragment of that person's speech.

These markers are the language's own, not patterns of one outlet: they were
written from Russian usage, then checked on the real-news corpus.
"""

from __future__ import annotations

import re

from annotator.nlp.context import TextContext
from annotator.nlp.morph import parses

# Up to this many characters before the mark are read: a marker stands right there.
_WINDOW = 40
_MARKER_RE = re.compile(
    r"(?:\bтак[ \t]+называем[а-я]*|\bт\.[ \t]?н\.|\bпресловут[а-я]*|\bсвоего[ \t]+рода|\bэтак[а-я]*|\bэдак[а-я]*)"
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
