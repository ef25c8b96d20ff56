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

* a gerund of speaking or naming: "…, назвав его «…»", "…, подчеркнув …";
* a quotation with an attribution of its own: "…, что идут переговоры, «мы
  выдадим справку», – сказал он".

:func:`reported_clause_end` trims the final punctuation, the outlet relaying
the report ("…, сообщает ТАСС") and a quotation introduced by a colon.

These are facts of Russian syntax (tense of narration against tense of the
reported words), not patterns of one outlet.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
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


# "…, назвала это «…»", "…, а нападки соседей назвал попыткой «…»": after a comma the
# speaker names a thing, its object put first; the words between hold no verb and no name.
_NAMING_JOINT_RE = re.compile(r",[ \t]*(?:(?:и|а|но)[ \t]+)?(?P<between>(?:[а-яё]+[ \t]+){0,5}?)$")
_NOT_AN_OBJECT = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND", "NPRO"})


def _naming_joint(ctx: TextContext, clause_start: int, verb_start: int, verb: str) -> re.Match[str] | None:
    if verb not in _act_forms():
        return None
    joint = _NAMING_JOINT_RE.search(ctx.text, max(clause_start, verb_start - 60), verb_start)
    if joint is None or joint.start() <= clause_start:
        return None
    words = joint.group("between").split()
    if any(parses(w)[0].grammemes & _NOT_AN_OBJECT and w not in ("это", "этот", "эту", "эти") for w in words):
        return None  # "…, который он назвал …": another subject names it
    return joint


def _gender_of_naming(word: str) -> str | None:
    if word not in _act_forms():
        return None
    grammemes = parses(word)[0].grammemes
    return next((g for g, grammeme in _GENDER_GRAMMEMES.items() if {"VERB", "past", grammeme} <= grammemes), None)


def before_coordinated_report(ctx: TextContext, clause: Offsets, gender: str | None, *, after_gerund: bool = False) -> int:
    """The end of the reported clause before "…, и подчеркнул …" (see the module
    docstring); ``gender`` is that of the attributing verb ("m", "f", "p").  After a
    gerund ("комментируя заявление о том, что …, назвала это «…»") the main verb of
    naming that follows, whatever its gender, ends the clause."""
    if gender not in ("m", "f", "p") and not after_gerund:
        return clause[1]
    first = bisect_left(ctx.word_starts, clause[0])
    last = bisect_left(ctx.word_starts, clause[1])
    for index in range(first + 1, last):
        word = ctx.word_keys[index]
        own_gender = gender if gender in ("m", "f", "p") else _gender_of_naming(word)
        if own_gender is None or not _speaker_verb(word, own_gender):
            continue
        start = ctx.word_starts[index]
        joint = _JOINT_RE.search(ctx.folded, max(clause[0], start - 40), start)
        if joint is None or joint.start() <= clause[0] or not _fillers_only(joint.group("between")) or after_gerund:
            joint = _naming_joint(ctx, clause[0], start, word)
            if joint is None:
                continue
        gender = own_gender
        if _inside_marks(ctx.text, clause[0], joint.start()):
            continue  # "что «мы готовы и подчеркнули это»": the quoted words go on
        before = range(first, bisect_left(ctx.word_starts, joint.start()))
        if any(_past_of_gender(ctx.word_keys[i], gender) for i in before):
            return clause[1]  # "что Лукашенко позвонил и предложил …": the words may go on
        return joint.start()
    return clause[1]


_TRAILING = ".!?…;: \t"
_OPEN_CLAUSE_RE = re.compile(r"\b(?:что|как|будто)[ \t]*$")
_COLON_QUOTE_RE = re.compile(r"[ \t]*:[ \t]*[«„“\"]")
# The outlet that relays a report stands after it: "…, сообщает ТАСС".
_RELAYED_RE = re.compile(
    r",[ \t]*(?:[–—-]{1,2}[ \t]*)?(?:сообщает|сообщают|передает|передаёт|передают|пишет|пишут"
    r"|информирует|отмечает издание|сообщило|передало)[ \t][^,;:!?]{1,80}$"
)


def reported_clause_end(text: str, start: int, end: int) -> int:
    """The end of a reported clause that runs to ``end``: before the final
    punctuation, the outlet relaying it and a quotation after a colon."""
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    relayed = _RELAYED_RE.search(text, start, end)
    end = relayed.start() if relayed else end
    quoted = _COLON_QUOTE_RE.search(text, start, end)  # "…, что период сложный: «Эскалация …»"
    if quoted is None or quoted.start() <= start or _OPEN_CLAUSE_RE.search(text, start, quoted.start()):
        return end  # "она слышит, что: «…»": the quotation is what the clause says
    return quoted.start()


# "…, назвав его «…»": a gerund of speaking or naming ends the reported clause (the speaker acts again).
_GERUND_JOINT_RE = re.compile(r",[ \t]+(?P<word>[а-яё]+(?:в|вшись|я|ясь))\b")
_NAMING_GERUNDS = frozenset({"назвав", "охарактеризовав", "окрестив"})


def before_gerund(ctx: TextContext, clause: Offsets) -> int:
    """The end of a reported clause before ", назвав …", ", подчеркнув …"."""
    for match in _GERUND_JOINT_RE.finditer(ctx.folded, *clause):
        word = match.group("word")
        if word in _NAMING_GERUNDS or (word in lexicon.speech_verbs() and "GRND" in parses(word)[0].grammemes):
            return match.start()
    return clause[1]


_ATTRIBUTED_AFTER_RE = re.compile(r"[,!?.…]*[ \t]*[–—-]{1,2}[ \t]+[а-яё]")


def before_attributed_quotation(
    ctx: TextContext, start: int, end: int, taken: list[Offsets], starts: list[int]
) -> int:
    """ "…, что идут переговоры, «мы выдадим справку», – сказал он": the
    reported clause stops before a quotation with an attribution of its own."""
    index = bisect_right(starts, start)
    while index < len(taken) and taken[index][0] < end:
        open_at, after = taken[index]
        index += 1
        comma = ctx.text.rfind(",", start, open_at)
        if comma > start and not ctx.text[comma + 1 : open_at].strip() and ctx.text[open_at] in "«\"„“":
            if _ATTRIBUTED_AFTER_RE.match(ctx.text, after):
                return comma
    return end
