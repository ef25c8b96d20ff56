"""Someone's clause woven into the author's sentence with no speech verb of its own.

"Что касается соседних правительств, то они, «растерявшись, стали
откладывать встречи»", "это те деньги, которые «собирают с налогоплательщиков»": a
lower-case quotation that holds a verb is a clause somebody said, not a name or
a term (those are noun phrases: «потолок цен», «зерновая сделка»).  It is the
words of the one whose speech the passage reports, so it is taken only right
after another quote (in its paragraph or the one before) and keeps that quote's
speaker; inside reported speech ("По его словам Казахстану «предстоит …»",
"заявил, что Москва «не отступит»") the words belong to the indirect quote
(guide, indirect 8), so there it is no quote of its own.

The candidates are added after every other detector has run, only where no
quote of any kind was found, so they never take the place of reported speech.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from annotator.nlp.attribution import Candidate
from annotator.nlp.context import TextContext
from annotator.nlp.morph import parses
from annotator.nlp.quotation_marks import Quotation

# A finite verb or a predicative ("можно", "нет") makes the words a clause.
_PREDICATE_POS = frozenset({"VERB", "PRED"})
# "на столе есть хорошее предложение": read first as the infinitive "to eat".
_CLAUSE_WORDS = frozenset({"есть", "нет"})
_MIN_WORDS = 2
# "По словам министра, …", "по данным ведомства …": the sentence is reported speech.
_REPORTED_RE = re.compile(
    r"\bпо[ \t]+(?:[^\s,.;:!?«»\"]+[ \t]+){0,3}?(?:словам|данным|сообщению|информации|сведениям)\b"
)
# "заявил, что …", "сообщил о том, что …": a speech verb that opens reported speech.
_THAT_RE = re.compile(r",[ \t]*(?:что|о[ \t]+том)\b")


def is_woven_clause(ctx: TextContext, quotation: Quotation) -> bool:
    """A closed lower-case quotation of two words or more that holds a verb."""
    if quotation.close is None or not ctx.text[quotation.start : quotation.start + 1].islower():
        return False
    words = [word.strip(",.!?…:;()") for word in ctx.text[quotation.start : quotation.end].split()]
    if len(words) < _MIN_WORDS:
        return False
    for word in words:
        if word.lower() in _CLAUSE_WORDS:
            return True
        readings = parses(word)
        if readings and readings[0].grammemes & _PREDICATE_POS:
            return True
    return False


def woven_quotes(ctx: TextContext, woven: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """The ``woven`` clauses that no ``found`` quote overlaps, that follow a
    found quote in their paragraph or the one before, and that stand in no
    reported speech."""
    if not woven:
        return []
    spans = sorted((c.start, c.end) for c in found)
    starts = [start for start, _ in spans]
    verb_starts = [start for start, _, _ in ctx.verbs]
    kept = []
    for candidate in woven:
        index = bisect_left(starts, candidate.end)
        if index > 0 and spans[index - 1][1] > candidate.start:
            continue  # inside a quote found by another detector
        before = bisect_right(starts, candidate.start) - 1
        if before < 0:
            continue  # nobody has spoken yet: a phrase of the author's
        gap = ctx.paragraph_index(candidate.start) - ctx.paragraph_index(spans[before][0])
        if gap > 1 or _in_reported_speech(ctx, candidate.start, verb_starts):
            continue
        kept.append(candidate)
    return kept


def _in_reported_speech(ctx: TextContext, offset: int, verb_starts: list[int]) -> bool:
    """The sentence before ``offset`` opens reported speech ("по словам",
    "заявил, что"); ``verb_starts`` are the offsets of ``ctx.verbs``."""
    sentence_start = ctx.sentence_at(offset)[0]
    if _REPORTED_RE.search(ctx.folded, sentence_start, offset):
        return True
    first, last = bisect_left(verb_starts, sentence_start), bisect_left(verb_starts, offset)
    return any(
        verb.finite and _THAT_RE.search(ctx.folded, end, offset) for _, end, verb in ctx.verbs[first:last]
    )
