"""Where a reported clause ends, when the sentence goes on after it.

The reported clause of "X заявил, что …" runs to the end of the sentence, unless
the speaker acts again in it:

* a coordinated predicate of the speaker: "заявил, что мир установлен, и
  подчеркнул необходимость …", "заверила, что понимает свою миссию, и
  пообещала не подвести".  The second verb is a past-tense speech verb of the
  speaker's gender while the clause before it has no past-tense verb of that
  gender: the reported words speak in the present ("мир является …", "Казахстан
  ценит …"), the narrator in the past.  When the clause has a past verb of its own
  ("что Лукашенко позвонил ему и предложил встретиться") the second verb may be
  part of the words and the clause is kept whole.

These are facts of Russian syntax (tense of narration against tense of the
reported words), not patterns of one outlet.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from annotator.nlp import lexicon
from annotator.nlp.analysis import Offsets
from annotator.nlp.context import TextContext
from annotator.nlp.morph import forms_of, parses

# A conjunction, then at most two adverbs or particles ("и особо подчеркнул", "а также отметил").
_JOINT_RE = re.compile(
    r"(?:,[ \t]*|[ \t]+)(?:и|а[ \t]+также|но|а)(?:[ \t]+при[ \t]+этом)?,?(?P<between>(?:[ \t]+[а-яё]+){0,2}?)[ \t]+$"
)
_GENDER_GRAMMEMES = {"m": "masc", "f": "femn", "n": "neut", "p": "plur"}
# Verbs that report a naming or a promise without being in the speech lexicon.
_ACTS = frozenset({"назвать", "поблагодарить"})
_FILLERS = frozenset({"ADVB", "PRCL", "CONJ"})


def _past_of_gender(word: str, gender: str) -> bool:
    grammeme = _GENDER_GRAMMEMES[gender]
    return any(
        {"VERB", "past", grammeme} <= reading.grammemes for reading in parses(word)[:2]
    )


@lru_cache(maxsize=1)
def _act_forms() -> frozenset[str]:
    return frozenset().union(*(forms_of(lemma) for lemma in _ACTS))


def _speaker_verb(word: str, gender: str) -> bool:
    """A past-tense verb of saying or naming in the speaker's gender (only
    lexicon words are parsed, so the scan stays cheap)."""
    known = lexicon.speech_verbs().get(word)
    if (known is None or not known.finite) and word not in _act_forms():
        return False
    return {"VERB", "past", _GENDER_GRAMMEMES[gender]} <= parses(word)[0].grammemes


def _fillers_only(words: str) -> bool:
    return all(parses(w)[0].grammemes & _FILLERS for w in words.split())


def _inside_marks(text: str, start: int, offset: int) -> bool:
    piece = text[start:offset]
    return piece.count("«") > piece.count("»") or piece.count('"') % 2 == 1 or piece.count("„") > piece.count("“")


def before_coordinated_report(ctx: TextContext, clause: Offsets, gender: str | None) -> int:
    """The end of the reported clause before "…, и подчеркнул …" (see the module
    docstring); ``gender`` is that of the attributing verb ("m", "f", "p")."""
    if gender not in ("m", "f", "p"):
        return clause[1]
    first = bisect_left(ctx.word_starts, clause[0])
    last = bisect_left(ctx.word_starts, clause[1])
    for index in range(first + 1, last):
        word = ctx.word_keys[index]
        if not _speaker_verb(word, gender):
            continue
        start = ctx.word_starts[index]
        joint = _JOINT_RE.search(ctx.folded, max(clause[0], start - 40), start)
        if joint is None or joint.start() <= clause[0] or not _fillers_only(joint.group("between")):
            continue
        if _inside_marks(ctx.text, clause[0], joint.start()):
            continue  # "что «мы готовы и подчеркнули это»": the quoted words go on
        before = range(first, bisect_left(ctx.word_starts, joint.start()))
        if any(_past_of_gender(ctx.word_keys[i], gender) for i in before):
            return clause[1]  # "что Лукашенко позвонил и предложил …": the words may go on
        return joint.start()
    return clause[1]
