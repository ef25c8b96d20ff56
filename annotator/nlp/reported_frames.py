"""Frames that name whose words a sentence reports, around the words.

* "По словам X, …", "По его словам, …", "По данным источников, …" at the
  sentence start, and "Как заявил X, …", "Как он отметил, …";
* the same in mid-sentence ("…, которое, по ее словам, лоббировал Сечин",
  "Токаев, как отмечает Акорда, встретил …");
* the few words before such an aside when the sentence opens with them
  ("Причин, по его словам, две"), a piece of the same report.

:mod:`annotator.nlp.indirect` calls these per sentence; each returns where the
reported clause starts and its attribution.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from annotator.nlp import lexicon
from annotator.nlp.analysis import Offsets
from annotator.nlp.attribution import Attribution, read_attribution
from annotator.nlp.context import TextContext
from annotator.nlp.mentions import PRONOUNS, Mention
from annotator.nlp.morph import parses

__all__ = ["FRAMES", "MID_FRAMES", "MID_PO_EGO_RE", "Found", "mid_sentence_frame", "opening_frame", "parenthetical_head"]

# The source between the cue and the comma; a full stop may only follow an initial.
# "источника, близкого к переговорам": the comma before a source's description is inside it.
_SOURCE = (
    r"(?P<source>(?:[^,.!?;]|(?<=\b[а-яё])\.|(?<=\w)\.(?=\w)"  # "Lenta.UA"
    r"|(?<=источник[ав]|сточников),(?=[ \t]*(?:близк|знаком|осведомл|ознаком))){1,150})"
)
# A linking word may open the sentence: "Кроме того, по его словам, …", "Так, как уточнил X, …".
# "Причём, как подчёркивает X, …", "Но, по словам X, …": the linking words of Russian prose (a closed class).
_LEAD = (r"(?:(?:так|кроме того|при этом|также|однако|вместе с тем|в частности|между тем|причем|но|впрочем"
         r"|тем не менее|в то же время|более того|в свою очередь|в целом|в итоге),[ \t]*)?")
_PO_SLOVAM_RE = re.compile(_LEAD + r"(?P<cue>по[ \t]+(?:словам|информации|заявлению|данным))[ \t]+" + _SOURCE + r",[ \t]*")
_PO_EGO = r"(?P<cue>по[ \t]+(?:(?P<pronoun>его|её|ее|их)[ \t]+(?:словам|данным)|словам[ \t]+(?P<after>его|её|ее|их))),[ \t]*"
_PO_EGO_SLOVAM_RE = re.compile(_LEAD + _PO_EGO)
# "…, которое, по ее словам, лоббировал Сечин": the rest of the sentence.
MID_PO_EGO_RE = re.compile(r"(?:,|[ \t][–—-])[ \t]*" + _PO_EGO)  # "… – по его словам, …" too
_MID_PO_SLOVAM_RE = re.compile(r",[ \t]*(?P<cue>по[ \t]+(?:словам|информации|заявлению|данным))[ \t]+" + _SOURCE + r",[ \t]*")
_MID_KAK_RE = re.compile(
    r",[ \t]*как[ \t]+(?:(?:уже|ранее|также)[ \t]+)?(?P<verb>[а-я-]+)[ \t]+" + _SOURCE + r",[ \t]*"
)
_PARENTHESIS_BEFORE_RE = re.compile(r",[ \t]*(?:как[ \t]+[^,.!?;]{3,80}|по[ \t]+[^,.!?;]{0,60}словам[^,.!?;]{0,60}),[ \t]*$")
_MAX_HEAD_WORDS = 6
_FRAME_HEAD_RE = re.compile(
    r"(?:об[ \t]+этом|так|кроме[ \t]+того|при[ \t]+этом|также|однако|вместе[ \t]+с[ \t]+тем|в[ \t]+частности"
    r"|между[ \t]+тем|в[ \t]+свою[ \t]+очередь|ранее|впрочем)\b[^,]*"
)
_POSSESSIVE_GENDER = {"его": "m", "её": "f", "ее": "f", "их": "p"}
_KAK_RE = re.compile(
    _LEAD + r"как[ \t]+(?:(?:уже|ранее|недавно|не[ \t]+раз|неоднократно)[ \t]+)?(?P<verb>[а-я-]+)[ \t]+"
    + _SOURCE
    + r",[ \t]*"
)
_KAK_PRONOUN_RE = re.compile(
    _LEAD + r"как[ \t]+(?P<pronoun>он|она|они)[ \t]+(?:(?:уже|ранее|также|и)[ \t]+)?(?P<verb>[а-я-]+)"
    r"(?:[ \t]+[^,.!?;]{1,60})?,[ \t]*"
)
# "По его словам, которые приводит РИА Новости, …": the outlet's relay is no part of the words.
# "Как пишет газета, ссылаясь на дипломатические источники, …": the source cited is part of the attribution.
_CITING_CLAUSE_RE = re.compile(
    r"(?:ссылаясь|ссылающ[а-яё]{2,6})[ \t]+на[ \t]+[^,.!?;«»\"]{1,80}"
    r"(?:,[ \t]*(?:близк|знаком|осведомл|ознаком)[^,.!?;«»\"]{1,60})?,[ \t]*"
)
_RELAY_CLAUSE_RE = re.compile(r"котор\w+[ \t]+(?:привод|переда|цитиру|публику)\w*[^,.!?;]{0,60},[ \t]*")

Found = tuple[int, Attribution]  # start of the reported clause, its attribution


def _past_relay(ctx: TextContext, offset: int) -> int:
    relay = _RELAY_CLAUSE_RE.match(ctx.folded, offset)
    return relay.end() if relay else offset


_LOWER_WORD_RE = re.compile(r"[а-яё]+")


def _data_as_adjective(ctx: TextContext, match: re.Match[str]) -> bool:
    """ "По данным вопросам …": "данным" agrees with a dative noun ("on these
    questions"); "по данным источников / СМИ" names a source in the genitive."""
    if not match.group("cue").endswith("данным"):
        return False
    word = _LOWER_WORD_RE.match(ctx.folded, match.start("source"), match.start("source") + 40)
    readings = parses(word.group()) if word else ()
    return any("datv" in r.grammemes for r in readings) and not any("gent" in r.grammemes for r in readings)


def opening_frame(ctx: TextContext, sentence: Offsets) -> Found | None:
    """ "По словам X, …", "По его словам, …" and "Как заявил X, …"."""
    start, end = sentence
    match = _PO_EGO_SLOVAM_RE.match(ctx.folded, start, end)
    if match is not None:
        group = "pronoun" if match.group("pronoun") else "after"  # "По словам его, …"
        mention = Mention(*match.span(group), "pronoun", _POSSESSIVE_GENDER[match.group(group)])
        return _past_relay(ctx, match.end()), Attribution(match.span("cue"), None, mention, False)
    match = _PO_SLOVAM_RE.match(ctx.folded, start, end)
    if match is not None and not _data_as_adjective(ctx, match):
        cue = match.span("cue")
        # "По данным телеканала CNN, ссылающегося на чиновника, …": the one cited is the source
        citing = _CITING_CLAUSE_RE.match(ctx.folded, match.end(), end)
        source_end = ctx.text.rindex(",", 0, citing.end()) if citing else match.end("source")
        attribution = read_attribution(ctx.text, start, source_end, require_verb=False, cue=cue)
        if attribution is not None:
            attribution.cue = cue
            return (citing.end() if citing else _past_relay(ctx, match.end())), attribution
    match = _KAK_PRONOUN_RE.match(ctx.folded, start, end)
    if match is not None and match.group("verb") in lexicon.speech_verbs():
        verb = lexicon.speech_verbs()[match.group("verb")]
        pronoun = match.group("pronoun")
        mention = Mention(*match.span("pronoun"), "pronoun", PRONOUNS[pronoun])
        return match.end(), Attribution(match.span("verb"), verb.gender, mention, True)
    match = _KAK_RE.match(ctx.folded, start, end)
    if match is not None and match.group("verb") in lexicon.speech_verbs():
        citing = _CITING_CLAUSE_RE.match(ctx.folded, match.end(), end)
        source_end = ctx.text.rindex(",", 0, citing.end()) if citing else match.end("source")
        attribution = read_attribution(ctx.text, match.start("verb"), source_end, require_verb=True)
        if attribution is not None:
            return (citing.end() if citing else match.end()), attribution
    return None


def mid_sentence_frame(ctx: TextContext, sentence: Offsets) -> Found | None:
    """ "…, которое, по ее словам, лоббировал Сечин", "Токаев, как отмечает
    Акорда, встретил …": the rest of the sentence."""
    match = MID_PO_EGO_RE.search(ctx.folded, sentence[0], sentence[1])
    if match is not None:
        group = "pronoun" if match.group("pronoun") else "after"  # "По словам его, …"
        mention = Mention(*match.span(group), "pronoun", _POSSESSIVE_GENDER[match.group(group)])
        return match.end(), Attribution(match.span("cue"), None, mention, False)
    if _FRAME_HEAD_RE.match(ctx.folded, sentence[0]):
        return None  # "Об этом, как сообщает БелТА, заявил …" is anaphoric
    match = _MID_KAK_RE.search(ctx.folded, sentence[0], sentence[1])
    if match is not None and match.group("verb") in lexicon.speech_verbs():
        attribution = read_attribution(ctx.text, match.start("verb"), match.end("source"), require_verb=True)
        if attribution is not None and attribution.mention is not None:
            return match.end(), attribution
    match = _MID_PO_SLOVAM_RE.search(ctx.folded, sentence[0], sentence[1])  # "Китай, по словам Ван И, выступает …"
    if match is None or _data_as_adjective(ctx, match):
        return None
    cue = match.span("cue")
    attribution = read_attribution(ctx.text, cue[0], match.end("source"), require_verb=False, cue=cue)
    if attribution is None or attribution.mention is None:
        return None
    attribution.cue = cue
    return match.end(), attribution


_CONNECTIVE_TAGS = frozenset({"CONJ", "PRCL", "INTJ", "Prnt"})


def _connective(words: str) -> bool:
    """Conjunctions, particles and parenthetical words, maybe with an adverb
    ("тем не менее", "во-первых", "впрочем"): the sentence's link to the one
    before, not a piece of someone's words."""
    tags = [parses(key)[0].grammemes for key in re.findall(r"[а-яё-]+", words)]
    if not tags or words.split()[0] in _TIME_WORDS:
        return False
    return any(t & _CONNECTIVE_TAGS for t in tags) and all(t & (_CONNECTIVE_TAGS | {"ADVB"}) for t in tags)


# "Сейчас, по его словам, …": a time is part of what was said.
_TIME_WORDS = frozenset({"сейчас", "теперь", "сегодня", "вчера", "завтра", "ныне", "пока", "уже"})


def parenthetical_head(ctx: TextContext, sentence: Offsets, clause_start: int) -> Offsets | None:
    """The words before "…, как отмечает X, …" / "…, по его словам, …" when the
    sentence opens with them: the first piece of a report split by its
    attribution ("Причин, по его словам, две")."""
    match = _PARENTHESIS_BEFORE_RE.search(ctx.folded, sentence[0], clause_start)
    if match is None or match.start() <= sentence[0]:
        return None
    head = (sentence[0], match.start())
    if _FRAME_HEAD_RE.fullmatch(ctx.folded, *head) or _connective(ctx.folded[head[0] : head[1]]):
        return None  # "Так, как уточнил X, …", "Тем не менее, по его словам, …": a linking word, not someone's words
    first = bisect_left(ctx.word_starts, head[0])
    last = bisect_left(ctx.word_starts, head[1])
    verbs = bisect_left(ctx.verbs, (head[0],))
    if not 1 <= last - first <= _MAX_HEAD_WORDS or (verbs < len(ctx.verbs) and ctx.verbs[verbs][0] < head[1]):
        return None
    return head


FRAMES = (_PO_SLOVAM_RE, _PO_EGO_SLOVAM_RE, _KAK_RE, _KAK_PRONOUN_RE)
MID_FRAMES = (MID_PO_EGO_RE, _MID_PO_SLOVAM_RE)
