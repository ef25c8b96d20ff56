"""Fragments of someone's words woven into the author's sentence.

"Захарова назвала сообщения «инфобалаганом»", "Каллас пообещала предложить
«новые санкции»", "заявил о «всем надоевшей» теме", "обратился к нему со
словами «мой давний друг»": the words in marks are a direct quote of the
subject of the verb before them in the same sentence.  A quoted term with no
such verb ("так называемый «потолок цен»") stays the author's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.nlp import lexicon
from annotator.nlp.attribution import Attribution, read_attribution
from annotator.nlp.context import TextContext
from annotator.nlp.governed import names_in_other_case, subject_after_opening_gerund
from annotator.nlp.mentions import Mention
from annotator.nlp.morph import analyzer, fold, parses

# Verbs that weave someone's words into a sentence, beyond the speech verbs.
_NAMING_RE = re.compile(
    r"\b(?:назва(?:л|ла|ли|ло|в)|называ(?:л|ла|ли|ет|ют|я)|окрести(?:л|ла|ли)|словами|словом"
    r"|выражени(?:ем|и|ю)|формулировк(?:ой|у)|мнению|оценке|фраз(?:ой|у)"
    r"|охарактеризова(?:л|ла|ли|ло|в)|характеризу(?:ет|ют|я)|обрати(?:лся|лась|лись|вшись)"
    r"|приветствова(?:л|ла|ли)|говоря|заявив|отметив|подчеркнув|пообещав|предложив|пообещав)\b"
)
_WORD_RE = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
# Sentence punctuation that separates the verb from the quotation.
_BREAK_RE = re.compile(r"[.!?;]|,[ \t]*(?:что|который|которая|которые|которое|где|когда)\b")
_SENTENCE_BREAK_RE = re.compile(r"[.!?;]")
# "не смог ответить на вопросы о «…»", "прокомментировал заявления о «…»": the
# words in marks name what was asked or said by someone else, not the verb's words.
_TOPIC_RE = re.compile(
    r"\b(?:вопрос|заявлени|сообщени|публикаци|слух|обвинени|утверждени|высказывани|информаци|материал|доклад"
    r"|призыв|спекуляци|домысл)[а-яё]*[ \t]+(?:о|об|про|по)[ \t]+$"
)
# Speech verbs whose direct object is the topic of the speech, never its words: what
# someone commented on or denied in marks is a name or a term ("прокомментировал «мирный
# план» Зеленского"), or someone else's words.
_TOPIC_VERBS = frozenset({"прокомментировать", "комментировать", "опровергнуть", "опровергать"})
_POSSESSIVE_OPINION_RE = re.compile(r"\bпо[ \t]+(?P<pronoun>его|ее|их)[ \t]+(?:мнению|оценке|выражению)$")
# "По мнению X, …", "по его выражению, …": what follows in the sentence is framed as X's
# view, so a fragment anywhere in it is X's words (guide, third batch).
_FRAMING_NOUNS = ("мнению", "оценке", "выражению")
_POSSESSIVE_GENDER = {"его": "m", "ее": "f", "их": "p"}
_MAX_WORDS = 16
_MAX_GAP_WORDS = 5
_REACH = 400  # characters before the marks where the cue and the speaker are looked for


@lru_cache(maxsize=1)
def _speech_participles() -> frozenset[str]:
    """Active participles of the speech verbs ("обещавший", "заявившего"): "X,
    обещавший «…», …" weaves X's words into a participial phrase."""
    forms: set[str] = set()
    for lemma in {verb.lemma for verb in lexicon.speech_verbs().values()}:
        for parse in analyzer().parse(lemma):
            if parse.tag.POS == "INFN" and fold(parse.normal_form) == lemma:
                forms |= {fold(form.word) for form in parse.lexeme if form.tag.POS == "PRTF" and "actv" in form.tag}
    return frozenset(forms)


def _cue_before(ctx: TextContext, start: int, open_mark: int) -> tuple[int, int] | None:
    """The last speech or naming verb between ``start`` and the quotation."""
    cue = None
    verbs = lexicon.attribution_verbs()
    for match in _WORD_RE.finditer(ctx.text, start, open_mark):
        word = match.group().lower().replace("ё", "е")
        if word in verbs and verbs[word].finite or _NAMING_RE.fullmatch(word) or word in _speech_participles():
            cue = match.span()
    return cue


def _named_as(ctx: TextContext, cue_word: str, open_mark: int, content: tuple[int, int]) -> bool:
    """ "назвала публикацию … газеты о связях … с Москвой «глупейшей фальшивкой»": what
    a thing was called stands in the instrumental however long its object is (unless a
    preposition governs it: "назвал сроки встречи с «прозападной оппозицией»")."""
    if not cue_word.startswith(("назва", "называ")):
        return False
    before = ctx.text[max(0, open_mark - 30) : open_mark].split()
    if not before or any("PREP" in reading.grammemes for reading in parses(before[-1].lower())[:1]):
        return False
    readings = parses(ctx.text[content[0] : content[1]].split(maxsplit=1)[0].strip(",.!?…:;()"))
    return any("ablt" in reading.grammemes for reading in readings)


def _lists_without_naming(ctx: TextContext, cue_end: int, open_mark: int, content: tuple[int, int]) -> bool:
    """"назвал участников «зерновой сделки»": an object, then words in marks in another case
    than the instrumental, and no instrumental around them to name anything ("назвал
    неуместными любые «…»", "назвав его «…» легендарными" name the words in marks)."""
    between = ctx.text[cue_end:open_mark].split()
    if not between or not names_in_other_case(ctx.text[content[0] : content[1]].split()):
        return False
    after = ctx.text[content[1] : content[1] + 40].split()[1:2]
    return not any(
        "ablt" in reading.grammemes and "Fixd" not in reading.grammemes for word in between + after for reading in parses(word.strip(",.!?…:;()«»\"")))


def _after_preposition(ctx: TextContext, cue_end: int, open_mark: int) -> bool:
    """A preposition right before the marks, after an object: the quoted words are part of
    the object ("назвал обсуждения вокруг «…» глупыми"), not what it was called."""
    between = ctx.text[cue_end:open_mark].split()
    return len(between) > 1 and any("PREP" in reading.grammemes for reading in parses(between[-1].lower())[:1])


# "…«…», по мнению Пескова, …": the view's owner named after the words, in the same sentence.
_FRAMED_AFTER_RE = re.compile(r"[»\"”“]?[ \t]*,[ \t]*по[ \t]+(?:мнению|оценке|выражению)[ \t]+")


def _framed_after(ctx: TextContext, content_end: int) -> Attribution | None:
    """ "все фигуранты списка «названы врагами», по мнению Пескова, …": the sentence is framed
    as the view of the one named right after the words."""
    frame = _FRAMED_AFTER_RE.match(ctx.folded, content_end)
    if frame is None:
        return None
    comma = ctx.text.find(",", frame.end(), frame.end() + 80)
    end = comma if comma > 0 else min(ctx.sentence_at(frame.end())[1], frame.end() + 80)
    cue = (frame.end() - 1, frame.end())
    attribution = read_attribution(ctx.text, frame.end(), end, require_verb=False, cue=cue, opinion=True)
    if attribution is None or attribution.mention is None:
        return None
    return attribution


# "Как считает глава МИД, …", "Как отметили в ведомстве, …": a clause that frames the rest of
# the sentence as someone's words or view, its source right after the verb.
_AS_FRAME_RE = re.compile(r"(?<![а-яё])как[ \t]+$")
_FRAME_SOURCE_RE = re.compile(r"[^,.!?;:«»\"]{1,80}?,")


def _framed_by_as(ctx: TextContext, cue: tuple[int, int], open_mark: int) -> Attribution | None:
    """ "Как считает глава МИД, для подписания договора «в течение месяца» нужна подготовка":
    the framing clause's source, named between its verb and its comma, owns the words."""
    if _AS_FRAME_RE.search(ctx.folded, max(0, cue[0] - 6), cue[0]) is None:
        return None
    source = _FRAME_SOURCE_RE.match(ctx.text, cue[1], open_mark)
    if source is None:
        return None
    attribution = read_attribution(ctx.text, cue[0], source.end() - 1, require_verb=False, cue=cue, opinion=True)
    return attribution if attribution is not None and attribution.mention is not None else None


# "Ранее сообщалось, что США призвали Россию «…»": the verb's clause opens after "что".
_CLAUSE_OPENING_RE = re.compile(r",[ \t]*(?:что|чтобы)[ \t]+")


def _clause_start(ctx: TextContext, start: int, cue_start: int) -> int:
    """Where the clause of the cue opens: after the last "…, что" before it, so the verb that
    reports the whole clause ("сообщалось") does not stand for the fragment's (read only
    where the whole sentence names no speaker: "X, заявив, что …, а … назвал" is X's)."""
    for match in _CLAUSE_OPENING_RE.finditer(ctx.folded, start, cue_start):
        start = match.end()
    return start


def _opens_lower(text: str, start: int, end: int) -> bool:
    """The words' first letter is lower-case, after any figures ("назвав их «100% вымыслом»")."""
    first = next((char for char in text[start : min(end, start + 12)] if char.isalpha()), "")
    return first.islower() and not text[start].isalpha() or text[start].islower()


def fragment_attribution(ctx: TextContext, open_mark: int, content: tuple[int, int]) -> Attribution | None:
    """The attribution of a short quotation inside a sentence, if a speaker's
    verb stands before it; None for a term in the author's voice."""
    if len(ctx.text[content[0] : content[1]].split()) > _MAX_WORDS or not _opens_lower(ctx.text, *content):
        return None  # a capitalised phrase in marks is a title ("на «Итогах года»")
    sentence_start = ctx.sentence_at(open_mark)[0]
    # The speaker and the cue stand near the words: no scan of a whole long sentence per quotation.
    start = max(sentence_start, ctx.paragraphs[ctx.paragraph_index(open_mark)][0], open_mark - _REACH)
    cue = _cue_before(ctx, start, open_mark)
    if cue is None:
        return _framed_after(ctx, content[1])
    # "считает, что брифинги стали «народным фольклором»": after a verb of opinion there
    # is no reported speech to hold the fragment, so it is a quote across "что" too.
    word = ctx.folded[cue[0] : cue[1]]
    framing = word in _FRAMING_NOUNS and ctx.folded[max(0, cue[0] - 8) : cue[0]].rstrip().endswith(("по", "его", "ее", "их"))
    if word in ("оценке", "выражению") and not framing:
        return None  # "в оценке «…»": no one's view is framed
    opinion = framing or word not in lexicon.speech_verbs() and not _NAMING_RE.fullmatch(word) and word not in _speech_participles()
    if (_SENTENCE_BREAK_RE if opinion else _BREAK_RE).search(ctx.text, cue[1], open_mark):
        return None
    if _TOPIC_RE.search(ctx.folded, cue[1], open_mark):
        return None
    if word in lexicon.speech_verbs() and lexicon.speech_verbs()[word].lemma in _TOPIC_VERBS \
            and not ctx.text[cue[1] : open_mark].strip():
        return None  # "прокомментировал «мирный план»": the object commented on, not the words
    if word.startswith(("назва", "называ")) and (
            _lists_without_naming(ctx, cue[1], open_mark, content) or _after_preposition(ctx, cue[1], open_mark)):
        return None  # "назвал участников «зерновой сделки»", "назвал споры вокруг «…» глупыми": no name given
    gap = _MAX_WORDS if opinion or _named_as(ctx, word, open_mark, content) else _MAX_GAP_WORDS
    if len(ctx.text[cue[1] : open_mark].split()) > gap:
        return None  # "отреагировал на предложение … в роли «…»": too far to be the words
    # "По мнению дипломата, на Банковой «…»": the source follows its cue.
    end = open_mark if word in _FRAMING_NOUNS else cue[1]
    attribution = read_attribution(ctx.text, start, end, require_verb=False, cue=cue, opinion=True)
    if (attribution is None or attribution.mention is None) and _clause_start(ctx, start, cue[0]) > start:
        start = _clause_start(ctx, start, cue[0])
        attribution = read_attribution(ctx.text, start, end, require_verb=False, cue=cue, opinion=True)
    possessive = _POSSESSIVE_OPINION_RE.search(ctx.folded, start, cue[1])
    if possessive is not None and (attribution is None or attribution.mention is None or not attribution.mention.subject):
        # (a noun between the frame and the words is no subject: "По его мнению, Евросоюзу не удастся «…»")
        # "по его мнению, «…»": the possessive is the one whose opinion it is
        pronoun = possessive.group("pronoun")
        mention = Mention(*possessive.span("pronoun"), "pronoun", _POSSESSIVE_GENDER[pronoun], subject=True)
        attribution = Attribution(cue, None, mention, False)
    near = len(ctx.text[cue[1] : open_mark].split()) <= _MAX_GAP_WORDS
    if end < open_mark and near and (attribution is None or attribution.mention is None):
        # "Однако, добавил министр, «…»": the speaker follows the verb
        attribution = read_attribution(ctx.text, start, open_mark, require_verb=False, cue=cue, opinion=True)
    if attribution is None or attribution.mention is None:
        attribution = _framed_by_as(ctx, cue, open_mark) or attribution
    if attribution is None or attribution.mention is None:
        attribution = subject_after_opening_gerund(ctx, start, cue, content[1])
    if attribution is None or attribution.mention is None or not attribution.mention.subject:
        return None
    attribution.cue = cue
    return attribution
