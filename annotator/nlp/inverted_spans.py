"""Where the words of an inverted quote start and end.

A news dateline ("МОСКВА, 5 марта. /ТАСС/.", "INTERFAX.RU - ") is not part of
the words, and a short name in marks may open them ("«Турецкий поток»
продолжит работу, заявил Новак").  An unmarked direct quote closed by ", –
подчеркнул он." speaks from the first sentence of its paragraph that no one
else speaks, and odd marks typed around it ("<Мы не готовимся к выборам>, -
отметил он") are not part of it.  :mod:`annotator.nlp.inverted` finds the
quotes; :mod:`annotator.nlp.headlines` reads datelines and names in marks too.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from annotator.nlp import lexicon
from annotator.nlp.analysis import Offsets
from annotator.nlp.attribution import Candidate
from annotator.nlp.context import TextContext
from annotator.nlp.morph import parses

# "INTERFAX.RU - ", "KAZINFORM – ": an upper-case source line before the text.
_DATELINE_RE = re.compile(
    r"(?:[A-ZА-ЯЁ][A-ZА-ЯЁ.\-]{2,}[A-ZА-ЯЁ])(?:[ ,\t]+[\w.\-/]+){0,4}?[ \t]+[-–—][ \t]+"
)


def strip_dateline(text: str, start: int, end: int) -> int:
    """Offset where the sentence proper starts, after a dateline."""
    match = _DATELINE_RE.match(text, start, end)
    if match is None:
        return start
    first = text[start : text.find(" ", start, end) if " " in text[start:end] else end].strip(",.")
    if first.lower() in lexicon.organizations() or first.lower() in lexicon.countries():
        return start  # "ОДКБ – …", "США – …": a headline, not a dateline
    return match.end()


_OPENING_NAME_RE = re.compile(r"[«„“\"](?P<name>[А-ЯЁA-Z][^«»„“”\".!?…:;\n]{0,60}?)[»“”\"](?=[ \t]+(?:[–—-]{1,2}[ \t]+[а-яё]|[^ \t\n,.;:!?–—-]))")
_MAX_NAME_WORDS = 4


def opening_name_end(text: str, start: int, end: int) -> int | None:
    """ "«Турецкий поток» продолжит работу, заявил Новак": a short capitalised name in
    marks that opens a clause going on after it; the offset after its closing mark."""
    match = _OPENING_NAME_RE.match(text, start, end)
    if match is None or len(match.group("name").split()) > _MAX_NAME_WORDS:
        return None
    return match.end()


# Marks the scanner does not read as quotation marks, typed around someone's words:
# "<Мы не готовимся к выборам>, - отметил он", "‘Мы выигрываем’, – ответил он".
_ODD_MARK_PAIRS = frozenset({("<", ">"), ("‹", "›"), ("‘", "’"), ("‚", "‘")})


def inside_odd_marks(text: str, start: int, end: int) -> Offsets:
    """An unmarked direct quote wrapped in a pair of odd marks: the words inside them."""
    if end - start > 2 and (text[start], text[end - 1]) in _ODD_MARK_PAIRS:
        return start + 1, end - 1
    return start, end


_NEWSROOM_WE_RE = re.compile(r"\bкак[ \t]+мы\b|\bмы[ \t]+(?:писали|сообщали|рассказывали)\b")


def _speaker_voice(ctx: TextContext, sentence: Offsets) -> bool:
    """The sentence speaks in the first person by a pronoun or a verb form ("Хочу сказать,
    что …", "Публикую ссылку …"), outside quotation marks, and not as the newsroom."""
    if _NEWSROOM_WE_RE.search(ctx.folded, sentence[0], sentence[1]) is not None:
        return False
    for word in _LOWER_WORD_RE.findall(_outside_marks(ctx.text[sentence[0] : sentence[1]]).lower()):
        if word in _SPEAKER_PRONOUNS:
            return True
        readings = parses(word)
        if readings and {"1per", "VERB"} <= readings[0].grammemes:
            return True
    return False


# "Я", "мы", "меня", "нас" (and "вы" addressed by the speaker); "нам" stays out ("рассказал нам источник": the newsroom).
_SPEAKER_PRONOUNS = frozenset({"я", "мы", "вы", "меня", "мне", "мной", "нас", "нами"})
_LOWER_WORD_RE = re.compile(r"[а-яё]+")
_INSIDE_MARKS_RE = re.compile(r"«[^«»]*»|\"[^\"]*\"|„[^„“]*“")


def _outside_marks(text: str) -> str:
    return _INSIDE_MARKS_RE.sub(" ", text)


def sentences_naming_speakers(ctx: TextContext, found: list[Candidate]) -> set[int]:
    """Sentences where a quote's speaker is named: "«Мы готовы», – сказал Лавров." speaks for
    Lavrov, whatever person its words are in."""
    named = set()
    for candidate in found:
        attribution = candidate.attribution
        if attribution is not None and attribution.mention is not None:
            named.add(ctx.sentence_index(attribution.mention.start))
    return named


def speech_start(
    ctx: TextContext, index: int, start: int, quoted: set[int], verb_starts: list[int], owned: set[int]
) -> int:
    """An unmarked direct quote closed by ", – подчеркнул он." at the end of a
    paragraph speaks from the paragraph's first sentence, when the sentences
    before it hold no quote and no speech verb of their own, or speak in the
    first person and name no speaker ("Хочу сказать, что …")."""
    paragraph_start = ctx.paragraphs[ctx.paragraph_index(start)][0]
    first = index
    while first > 0 and ctx.sentences[first - 1][0] >= paragraph_start:
        previous = ctx.sentences[first - 1]
        verb = bisect_left(verb_starts, previous[0])
        speaks = verb < len(verb_starts) and verb_starts[verb] < previous[1]
        if first - 1 in owned or (first - 1 in quoted or speaks) and not _speaker_voice(ctx, previous):
            break  # "…, заявил Рябков. Договоренностей нет. Поэтому я …, – отметил он.": from after it
        first -= 1
    if first == index:
        return start
    return strip_dateline(ctx.text, ctx.sentences[first][0], start)
