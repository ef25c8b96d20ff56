"""Titles and terms in quotation marks: is a quotation a name (a newspaper, a
channel, a company, a forum, a document …) or a term in the author's voice rather
than someone's words (ANNOTATION-GUIDE.md, "Not quotes")?  quotes.py asks
:func:`is_title` of every quotation before it looks for an attribution.

The rules read the words right before the marks (a title noun, a frame, a preposition
and the case it governs, an adjective outside the marks that agrees with the words
inside, a naming verb), the shape of the quoted words (capitalised, short, no verb, no
final stop) and the punctuation around them; terms.py holds the distancing markers;
term_model.py gives a learned second opinion on the quotations of up to 12 words the rules leave.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from annotator.nlp import lexicon
from annotator.nlp.context import TextContext
from annotator.nlp.morph import parses
from annotator.nlp.quotation_marks import Quotation
from annotator.nlp.term_model import looks_like_a_label
from annotator.nlp.terms import is_author_term, is_known_term, names_a_piece

_DASH = "[–—-]{1,2}"
_POST_COMMA_RE = re.compile(r",[ \t]+")
_TERMINAL = ".!?…"
_REACH = 300  # characters after a copula dash searched for the speech verb
_VERB_POS = frozenset({"VERB", "INFN", "PRTS", "GRND"})


_CLAUSE_BREAK_RE = re.compile(r"[.!?;:,–—()«»\"\n]")  # a title noun stands in the same line


def _words_before(ctx: TextContext, offset: int, count: int) -> list[str]:
    """Up to ``count`` words right before ``offset`` with no punctuation between."""
    index = bisect_left(ctx.word_starts, offset)
    first = max(0, index - count)
    words = []
    for i in range(index - 1, first - 1, -1):
        if _CLAUSE_BREAK_RE.search(ctx.text, ctx.word_ends[i], offset):
            break
        words.append(ctx.word_keys[i])
    return words


def _content_keys(ctx: TextContext, quotation: Quotation) -> list[str]:
    first = bisect_left(ctx.word_starts, quotation.start)
    last = bisect_left(ctx.word_starts, quotation.end)
    return ctx.word_keys[first:last]


def is_title(ctx: TextContext, quotation: Quotation) -> bool:
    """A name or a term in marks: by the rules below, or, for a quotation of up to 12 words they
    leave to a quote, by the learned second opinion of term_model.py."""
    return rule_title(ctx, quotation) or looks_like_a_label(ctx, quotation)


def rule_title(ctx: TextContext, quotation: Quotation) -> bool:
    """A name in guillemets: after a generic noun or listed as a known title."""
    nouns, verbs = lexicon.title_nouns(), lexicon.attribution_verbs()
    before = _words_before(ctx, quotation.open, 4)
    verb = next((i for i, key in enumerate(before) if key in verbs and verbs[key].finite), len(before))
    before = before[:verb]  # "в одном из эфиров предложил «…»": the words are the verb's, not the noun's
    naming = any(_NAMING_RE.match(key) for key in before) and ctx.text[quotation.start].islower()
    naming = naming or _named_far_back(ctx, quotation)
    if before and (naming or _predicative_instrumental(ctx, quotation)):
        before = []  # "назвав слухи на эту тему «хайпом …»": a name given by someone, not the noun's title
    if any(key in nouns for key in before[:2]):
        return True
    if any(key in nouns for key in before[2:]) and _capitalised_without_verb(ctx, quotation):
        return True  # "на конференции в Астане «Казахстан и Россия. Итоги»": the noun a place apart
    if is_author_term(ctx, quotation.open):
        return True  # "так называемый «потолок цен»", "термин «…»": a term in the author's voice
    if is_known_term(ctx, quotation.start, quotation.end):
        return True  # "страны «коалиции желающих»": an established term, whoever writes it
    if names_a_piece(ctx, quotation.open):
        return True  # "публикацию The Wall Street Journal «…»": an article's headline
    if tuple(before[1::-1]) in _FRAMING:
        return True  # "в рамках «зерновой сделки»": the name of a format, not anyone's words
    if before[:1] and before[0] in _PLACE_PREPOSITIONS and _lower_case_phrase(ctx, quotation) \
            and _opens_in_locative(ctx, quotation):
        return True  # "выступил на «круглом столе»": a place or an event in the author's voice
    if _cut_from_its_phrase(ctx, quotation) or _object_of_naming(ctx, quotation) or _lone_modifier(ctx, quotation):
        return True
    return _title_shaped(ctx, quotation, len(_content_keys(ctx, quotation)))


# "назвал план Зеленского «нереалистичной затеей»": what a naming verb gives a thing is the
# subject's words, whatever noun stands between ("план" also names titles: "план «Мир сейчас»").
_NAMING_RE = re.compile(r"(?:назва(?!ни)|называ(?!ем)|окрести)[а-я]*$")  # not "название", "так называемый"


def _named_far_back(ctx: TextContext, quotation: Quotation) -> bool:
    """ "назвал решение о запрете фильма «недружественным шагом»": a naming verb further
    back in the clause, and lower-case words that can read as the instrumental of what the
    thing was called, whatever title noun the long object ends with."""
    before = _words_before(ctx, quotation.open, 8)
    return (any(_NAMING_RE.match(key) for key in before[4:]) and ctx.text[quotation.start].islower()
            and _opens_in(ctx, quotation, frozenset({"ablt"})))


def _opens_in(ctx: TextContext, quotation: Quotation, cases: frozenset[str]) -> bool:
    """The first quoted word has a reading in one of ``cases``."""
    word = ctx.text[quotation.start : quotation.end].split(maxsplit=1)[0].strip(",.!?…:;()")
    return any(cases & reading.grammemes for reading in parses(word))


def _predicative_instrumental(ctx: TextContext, quotation: Quotation) -> bool:
    """Lower-case words in marks that open with a word only read in the
    instrumental case: what someone called a thing ("назвал X «провалом»"); a
    title in apposition to a noun stands in the nominative or agrees with it."""
    return _opens_only_in(ctx, quotation, frozenset({"ablt"}))


def _opens_only_in(ctx: TextContext, quotation: Quotation, cases: frozenset[str]) -> bool:
    """The first quoted word is lower-case and every reading of it is in one of ``cases``."""
    word = ctx.text[quotation.start : quotation.end].split(maxsplit=1)[0].strip(",.!?…:;()")
    readings = parses(word) if word[:1].islower() else ()
    return bool(readings) and all(cases & reading.grammemes for reading in readings)


# Prepositional frames that name a format, a process or a channel.
_FRAMING = frozenset({("в", "рамках"), ("за", "рамки"), ("за", "рамками"), ("в", "формате"), ("по", "линии"),
                      ("на", "полях"), ("в", "ходе")})
# A lower-case quotation in the locative right after one of these is where something happens
# ("на «круглом столе»", "в «серой зоне»"): the author's word for a place or an event.
_PLACE_PREPOSITIONS = frozenset({"на", "в", "во"})
_SPEECH_AROUND_RE = re.compile(rf"[,!?.…]*[ \t]*(?:{_DASH}|:)")


def _title_shaped(ctx: TextContext, quotation: Quotation, words: int) -> bool:
    """A name by its shape: a short capitalised phrase with no verb and no
    final stop ("в «Ынтымак Ордо»", "на «Итогах года»", "«Молодой гвардии»"),
    unless a colon before or a dash or colon after makes it someone's words
    ("заявил: «Никаких уступок»", "«Им не нужен мир»: Пашинян о …")."""
    text = ctx.text
    if not 0 < words <= 4 or not text[quotation.start].isupper() or text[quotation.end - 1] in _TERMINAL:
        return False
    if quotation.close is None:
        return False
    if ":" in text[max(0, quotation.open - 3) : quotation.open] and not _CLAUSE_GOES_ON_RE.match(text, quotation.close + 1):
        return False
    if _SPEECH_AROUND_RE.match(text, quotation.close + 1) and not _governed_name(ctx, quotation):
        return False
    comma = _POST_COMMA_RE.match(text, quotation.close + 1)
    if comma is not None and _starts_with_verb(ctx, comma.end()):
        return False  # "«Мы готовы к диалогу», заявил он"
    return not _has_verb(ctx, quotation)


# Words that govern a noun phrase in a case: a quotation right after one is part of the
# author's sentence ("санкций против «Северного потока – 2» – Песков"), not the words set apart.
_GOVERNING_PREPOSITIONS = frozenset(
    "в во на с со у к ко для от о об при между перед за по из без против через после до вокруг вместо среди".split()
)
# "«Сила Сибири – 2» – проект экономический, а не политический, заявил Новак": a copula dash
# opens the predicate of a sentence that a speech verb after a comma reports as a whole.
_COPULA_DASH_RE = re.compile(rf"[ \t]*{_DASH}[ \t]+(?P<predicate>[а-яё][^,.!?…:;«»\"\n]*),")


def _governed_name(ctx: TextContext, quotation: Quotation) -> bool:
    """A capitalised name in marks that a dash follows, yet is no one's words: it
    is governed by a preposition in the middle of the sentence, or the dash after
    it is a copula whose sentence goes on to a comma and a speech verb."""
    before = _words_before(ctx, quotation.open, 1)
    if before and before[0] in _GOVERNING_PREPOSITIONS:
        return True
    if quotation.close is None:
        return False
    copula = _COPULA_DASH_RE.match(ctx.text, quotation.close + 1)
    if copula is None or _starts_with_verb(ctx, copula.start("predicate")):
        return False  # "«…» – заявил он, добавив …": the dash sets the words apart
    end = min(ctx.sentence_at(copula.end())[1], copula.end() + _REACH)
    verbs = lexicon.attribution_verbs()
    first, last = bisect_left(ctx.word_starts, copula.end()), bisect_left(ctx.word_starts, end)
    return any(key in verbs and verbs[key].finite for key in ctx.word_keys[first:last])


# "Захарова: «Мюнхенская речь» Путина актуальна как никогда": after the closing mark the
# sentence goes on with a lower-case word, so the words after the colon are the clause, and
# the name in marks only opens it.
_CLAUSE_GOES_ON_RE = re.compile(r"[ \t]+(?:[А-ЯЁA-Z][а-яёa-z]+[ \t]+)?[а-яё]")


_MODIFIER_POS = frozenset({"ADJF", "PRTF"})
_HEAD_POS = frozenset({"NOUN", "ADJF", "PRTF"})
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "gen2", "loc2"})


def _cut_from_its_phrase(ctx: TextContext, quotation: Quotation) -> bool:
    """ "объявило о российском «вторжении»", "придумывая несуществующие «…источники»": an
    adjective outside the marks agrees with the words inside, so the marks cut one word out
    of the author's noun phrase and hold it at a distance; someone's words quoted as a
    fragment take the phrase whole.  Not after a naming verb ("назвал это явной «…»"),
    where what a thing is called is the subject's words."""
    before = _words_before(ctx, quotation.open, 4)
    if not before or not _lower_case_phrase(ctx, quotation) or _predicative_instrumental(ctx, quotation):
        return False
    if any(_NAMING_RE.match(key) for key in before):
        return False
    first = ctx.text[quotation.start : quotation.end].split(maxsplit=1)[0].strip(",.!?…:;()")
    modifiers = [r.grammemes for r in parses(before[0]) if r.grammemes & _MODIFIER_POS]
    heads = [r.grammemes for r in parses(first) if r.grammemes & _HEAD_POS]
    return any(_agree(modifier, head) for modifier in modifiers for head in heads)


def _agree(modifier: frozenset[str], head: frozenset[str]) -> bool:
    """Same case and number (and gender in the singular, where both readings carry one)."""
    if not (modifier & head & _CASES) or not (modifier & head & {"sing", "plur"}):
        return False
    genders = {"masc", "femn", "neut"}
    return "plur" in modifier & head or not (modifier & genders and head & genders) or bool(modifier & head & genders)


# A word that makes an adjective in marks the predicate someone gave a thing: "назвал
# переговоры «продуктивными»", "охарактеризовал ситуацию как «небезопасную»".
_PREDICATING_RE = re.compile(r"\b(?:(?:назва(?!ни)|называ(?!ем)|окрести|охарактеризова|характеризу)[а-я]*|как)\b")
_PREDICATING_REACH = 80  # characters before the marks: "назвал «…» и «…» требования"


def _lone_modifier(ctx: TextContext, quotation: Quotation) -> bool:
    """ "сделал «громкое» заявление", "делить страны на «дружественные» и …": a lone
    adjective in marks modifies a noun of the author's phrase, a label held at a distance.
    After a naming verb or "как" it is what someone called a thing, and right after a
    speech verb ("заявил о «недружественных» шагах") a word of what they said."""
    words = ctx.text[quotation.start : quotation.end].split()
    if len(words) != 1 or not _lower_case_phrase(ctx, quotation):
        return False
    readings = parses(words[0].strip(",.!?…:;()"))
    if not readings or not all(reading.grammemes & _MODIFIER_POS for reading in readings):
        return False
    start = max(ctx.sentence_at(quotation.open)[0], quotation.open - _PREDICATING_REACH)
    if _PREDICATING_RE.search(ctx.folded, start, quotation.open):
        return False
    verbs = lexicon.attribution_verbs()
    return not any(key in verbs and verbs[key].finite for key in _words_before(ctx, quotation.open, 3))


def _object_of_naming(ctx: TextContext, quotation: Quotation) -> bool:
    """ "назвал обсуждения вокруг «заднего двора» глупыми": after a naming verb, what a
    thing is called stands in the instrumental; words in marks that a preposition governs
    belong to the thing named, a label of the author's, not to what it was called."""
    before = _words_before(ctx, quotation.open, 6)
    if not before or before[0] not in _GOVERNING_PREPOSITIONS or not _lower_case_phrase(ctx, quotation):
        return False
    return any(_NAMING_RE.match(key) for key in before[1:]) and not _predicative_instrumental(ctx, quotation)


def _lower_case_phrase(ctx: TextContext, quotation: Quotation) -> bool:
    """A short lower-case phrase with no verb and no final stop: a name for a thing, not a clause."""
    words = len(_content_keys(ctx, quotation))
    return (0 < words <= 4 and ctx.text[quotation.start].islower() and quotation.close is not None
            and ctx.text[quotation.end - 1] not in _TERMINAL and not _has_verb(ctx, quotation))


def _opens_in_locative(ctx: TextContext, quotation: Quotation) -> bool:
    """The first quoted word reads only as a locative: where ("на «круглом столе»"), not
    the object a speaker named ("опирается на «домыслы»")."""
    return _opens_only_in(ctx, quotation, frozenset({"loct", "loc2"}))


def _capitalised_without_verb(ctx: TextContext, quotation: Quotation) -> bool:
    return ctx.text[quotation.start].isupper() and ctx.text[quotation.end - 1] not in _TERMINAL and not _has_verb(
        ctx, quotation
    )


def _has_verb(ctx: TextContext, quotation: Quotation) -> bool:
    words = ctx.text[quotation.start : quotation.end].split()
    for word in words:
        readings = parses(word.strip(",.!?…:;()"))
        if readings and readings[0].grammemes & _VERB_POS:
            return True
    return False


def _starts_with_verb(ctx: TextContext, offset: int) -> bool:
    index = bisect_left(ctx.word_starts, offset)
    return index < len(ctx.word_keys) and ctx.word_keys[index] in lexicon.attribution_verbs()
