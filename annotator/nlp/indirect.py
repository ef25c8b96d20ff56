"""Indirect speech: the clause reported after a speech verb.

Patterns, each within one sentence:
* speech verb … ", что" / "о том, что" / "в том, что" -> the clause after "что";
* "По словам X, …" / "По его словам, …" -> the clause after the comma;
* "Как заявил(а) X, …" / "как отметили в МИД, …" -> the clause after the comma.
The span runs to the end of the sentence without its final punctuation.
Verbs of opinion ("считает, что") are not speech and report nothing here.

This module finds the clause after a speech verb, reported questions, a second
report in the same sentence and a clause that is whole quotations in marks;
the "По словам X, …" and "Как заявил X, …" frames are read by
:mod:`annotator.nlp.reported_frames`, and where a clause stops before the
sentence ends is :mod:`annotator.nlp.clause_bounds`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from annotator.nlp.analysis import Offsets
from annotator.nlp.attribution import Attribution, Candidate, read_attribution
from annotator.nlp.clause_bounds import (
    before_attributed_quotation,
    before_coordinated_report,
    before_gerund,
    reported_clause_end,
)
from annotator.nlp.context import TextContext
from annotator.nlp.mentions import Mention, find_mentions
from annotator.nlp.segment import tokenize
from annotator.nlp.morph import parses
from annotator.nlp.reported_frames import (
    FRAMES,
    MID_FRAMES,
    MID_PO_EGO_RE,
    Found,
    mid_sentence_frame,
    opening_frame,
    parenthetical_head,
)
from annotator.nlp.terms import is_author_modal

# Between the verb and "что": a short complement without clause punctuation.
# Between a verb and its clause: words, or a short title in marks ("в интервью «Известиям»").
_COMPLEMENT = r"(?:[^.!?;:«»\"„“()]|[«\"][^«»\"\n]{1,40}[»\"])"
_CHTO_RE = re.compile(
    _COMPLEMENT + r"{0,90}?(?:,[ \t]*|[ \t]+)(?:(?:о|в)[ \t]+том,[ \t]*)?(?P<chto>что)[ \t]+"
)
# "несмотря на то, что", "за то, что", "после того как": not the reported clause.
# "опроверг заявления о том, что …", "ответила на утверждение о том, что …": the clause is
# a claim the verb reacts to, not the subject's words (with its owner named, "заявление
# Лаврова о том, что …", attribution.py gives it to the owner; "с заявлением о том" is the subject's).
_NOT_REPORTING_RE = re.compile(
    r"несмотря|вопрос|(?:за|с|перед|благодаря)[ \t]+(?:то|тем|того|тому),"
    r"|(?<![а-яё])(?:заявлени|утверждени|сообщени|обвинени|высказывани)(?:е|я|ям|й)[ \t]+о[ \t]+том,"
    r"|(?<![а-яё])(?:информаци|публикаци|спекуляци)(?:ю|и|й)[ \t]+о[ \t]+том,"
    r"|(?<![а-яё])(?:слух|домысл)(?:и|ов|ам)?[ \t]+о[ \t]+том,"
)
_NEXT_WORD_RE = re.compile(r"[ \t]+([А-ЯЁа-яё]+)")
# A second report in the same sentence: "…, однако отметил, что …".
_SECOND_RE = re.compile(r",[ \t]*(?:(?:однако|но|а|и|при этом|а также)[ \t]+)?(?:также[ \t]+)?$")
# Reported questions: "спросили, как он оценивает итоги", "поинтересовался,
# будет ли встреча", "ответил на вопрос о том, что думает МИД".
_ASKERS = frozenset({"journalist", "correspondent"})
_ASKING = frozenset({"спросить", "спрашивать", "поинтересоваться", "интересоваться"})
_WH_WORDS = (
    r"как|когда|где|куда|откуда|почему|зачем|кто|сколько|насколько|"
    r"как\w{2,3}|чь\w{1,3}|каков\w{0,2}|[а-яё]+[ \t]+ли"
)
_PREPOSITION = r"(?:(?:в|на|с|о|об|по|для|из|к|от|при|за)[ \t]+)?"
_WH = r"(?:" + _PREPOSITION + r"(?:" + _WH_WORDS + r")|что|чем|чего)\b"
# Any speech verb with "о том, почему …": "рассказал о том, почему нельзя медлить".
_ABOUT_WH_RE = re.compile(
    _COMPLEMENT + r"{0,60}?[ \t]+о[ \t]+том,[ \t]*(?P<clause>" + _PREPOSITION + r"(?:" + _WH_WORDS + r"))\b"
)
_ASKED_RE = re.compile(r"[^.!?;:«»\"„“()]{0,60}?,[ \t]*(?P<clause>" + _WH + ")")
_QUESTION_RE = re.compile(
    r"(?:на[ \t]+вопрос\w{0,3}(?P<asker>(?:[ \t]+[«\"„“]?[а-яёa-z0-9-]+[»\"“”]?){0,3}?)(?:[ \t]+о[ \t]+том)?"
    r"|вопрос\w{0,3}(?:[ \t]+[а-яё]+){0,3}?[ \t]+о[ \t]+том),[ \t]*(?P<clause>" + _WH + ")"
)


def _inside(spans: list[Offsets], starts: list[int], offset: int) -> bool:
    index = bisect_right(starts, offset) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def _after_chto(ctx: TextContext, sentence: Offsets, verb_start: int, verb_end: int) -> Found | None:
    """The clause after "что" following a speech verb; the attribution is read
    from the sentence start up to "что" (the picker prefers the mention
    nearest the verb, so an earlier clause rarely interferes)."""
    match = _CHTO_RE.match(ctx.folded, verb_end, sentence[1])
    if match is None or _NOT_REPORTING_RE.search(ctx.folded, verb_end, match.end("chto")):
        return None  # "ответил на вопрос о том, что …" is a question: see _question
    later = bisect_left(ctx.verbs, (verb_end,))
    if later < len(ctx.verbs) and ctx.verbs[later][0] < match.start("chto"):
        return None  # "Как сообщала служба, политолог заявил, что": the nearer verb reports
    following = _NEXT_WORD_RE.match(ctx.text, verb_end)
    if following is not None and "INFN" in parses(following.group(1))[0].grammemes:
        return None  # "продолжает вести работу, несмотря …": the verb governs an infinitive
    attribution = read_attribution(
        ctx.text, sentence[0], match.start("chto"), require_verb=True, verb_at=verb_start
    )
    return None if attribution is None else (match.end(), attribution)


# "Турецкий дипломат заявил: визит состоится …": a colon after the verb and a clause
# without quotation marks or a dialogue dash.
# The colon right after the verb: "оценивает как плохую: …" explains, it does not report.
_COLON_CLAUSE_RE = re.compile(r"[ \t]*:[ \t]+(?=[^\s«„“\"–—-])")


def _after_colon(ctx: TextContext, sentence: Offsets, verb_start: int, verb_end: int) -> Found | None:
    """The clause after "заявил:" to the end of the sentence (a question after
    the colon is someone's words, not a report)."""
    match = _COLON_CLAUSE_RE.match(ctx.text, verb_end, sentence[1])
    if match is None or ctx.text[: sentence[1]].rstrip().endswith("?"):
        return None
    later = bisect_left(ctx.verbs, (verb_end,))
    if later < len(ctx.verbs) and ctx.verbs[later][0] < match.start():
        return None
    attribution = read_attribution(ctx.text, sentence[0], match.end(), require_verb=True, verb_at=verb_start)
    return None if attribution is None else (match.end(), attribution)


def _unsourced(ctx: TextContext, attribution: Attribution) -> bool:
    """An impersonal report with no source at all ("Ранее сообщалось, что …")."""
    if attribution.mention is not None or attribution.cue is None:
        return False
    return ctx.folded[attribution.cue[0] : attribution.cue[1]].endswith("лось")


def _first_person(word: str) -> bool:
    """ "Напомним, что …" (the author) or "Я не скажу, что …" (unmarked direct speech)."""
    return any("1per" in reading.grammemes for reading in parses(word)[:1])


def _asked(ctx: TextContext, sentence: Offsets, verb_end: int, lemma: str) -> Found | None:
    """The question after a verb of asking; only a subject asks ("президента
    спросили, как …" has an unnamed asker)."""
    pattern = _ASKED_RE if lemma in _ASKING else _ABOUT_WH_RE
    match = pattern.match(ctx.folded, verb_end, sentence[1])
    if match is None or (pattern is _ABOUT_WH_RE and "вопрос" in ctx.folded[verb_end : match.start("clause")]):
        return None
    attribution = read_attribution(ctx.text, sentence[0], verb_end, require_verb=True)
    if attribution is None:
        return None
    mention = attribution.mention
    if mention is not None and not mention.subject:
        attribution.mention = None  # "президента спросили": the asker is not named
    return match.start("clause"), attribution  # "журналисты спросили": the guide's asker


def _question(ctx: TextContext, sentence: Offsets) -> Found | None:
    """ "на вопрос, может ли …", "вопрос журналиста о том, что …": unnamed asker."""
    match = _QUESTION_RE.search(ctx.folded, sentence[0], sentence[1])
    if match is None:
        return None
    return match.start("clause"), Attribution((match.start(), match.start() + 6), None, _asker(ctx, match), False)


def _asker(ctx: TextContext, match: re.Match[str]) -> Mention | None:
    """The asker named after "вопрос" (the guide: the asker is the speaker of a
    reported question): "на вопрос РИА Новости, …", "на вопрос корреспондента
    «Известий», …", "на вопрос журналистов, …", "на вопрос журналистки Анны Ивановой"."""
    if match.start("asker") < 0 or match.end("asker") == match.start("asker"):
        return None
    for mention in find_mentions(tokenize(ctx.text, match.start("asker"), match.end("asker"))):
        if mention.outlet or (mention.role and mention.role[0] in _ASKERS):
            return mention
    return None


def _question_before(ctx: TextContext, sentence: Offsets, answer: Attribution) -> Candidate | None:
    """"Отвечая на вопрос о том, в какой форме возможны расчеты, министр сказал,
    что …": the question before the answer, asked by no one named."""
    if answer.cue is None or "вопрос" not in ctx.folded[sentence[0] : answer.cue[0]]:
        return None
    asked = _question(ctx, (sentence[0], answer.cue[0]))
    if asked is None:
        return None
    limit = answer.mention.start if answer.mention is not None and answer.mention.start > asked[0] else answer.cue[0]
    end = ctx.text.rfind(",", asked[0], limit)
    if end <= asked[0]:
        return None
    return Candidate(asked[0], end, "indirect", asked[1], speakerless=asked[1].mention is None)


def _relays(mention: Mention) -> bool:
    """An outlet or its correspondent passes on someone else's words."""
    return mention.outlet or (mention.role is not None and mention.role[0] in ("correspondent", "journalist"))


def _report(ctx: TextContext, sentence: Offsets, taken: list[Offsets], taken_starts: list[int]) -> Found | None:
    """The reported clause of a sentence: framed, after a verb, a question, or
    "…, по его словам, …"."""
    result, framed = opening_frame(ctx, sentence), None
    if result is not None and (result[1].mention is None or _relays(result[1].mention)):
        # "Как сообщала служба, политолог заявил, что …"; "Как сообщает ТАСС, Антонов
        # напомнил, что …": the outlet relays, the report inside is the quote
        result, framed = None, result
    index = bisect_left(ctx.verbs, (sentence[0],))
    while result is None and index < len(ctx.verbs) and ctx.verbs[index][0] < sentence[1]:
        verb_start, verb_end, verb = ctx.verbs[index]
        index += 1
        if _first_person(ctx.text[verb_start:verb_end]) or is_author_modal(ctx, verb_start):
            continue  # the author's "Напомним, что …", "Стоит добавить, что …" or someone's own "скажу, что"
        if verb.finite and not _inside(taken, taken_starts, verb_start):
            result = (
                _asked(ctx, sentence, verb_end, verb.lemma)
                or _after_chto(ctx, sentence, verb_start, verb_end)
                or _after_colon(ctx, sentence, verb_start, verb_end)
            )
            if result is not None and _unsourced(ctx, result[1]):
                result = None  # "Ранее сообщалось, что X рассказал, что …": X's report
    if result is None and "вопрос" in ctx.folded[sentence[0] : sentence[1]]:
        result = _question(ctx, sentence)  # after the verbs: the answer matters more
    return result or framed or mid_sentence_frame(ctx, sentence)


_REPORTING_POS = frozenset({"VERB", "GRND"})


def _cue_is_gerund(ctx: TextContext, attribution: Attribution) -> bool:
    """ "заявив, что …", "комментируя …, что …": the speaker's main verb is yet to come."""
    if attribution.cue is None:
        return False
    readings = parses(ctx.text[attribution.cue[0] : attribution.cue[1]])
    return bool(readings) and "GRND" in readings[0].grammemes


def _second_report(ctx: TextContext, clause: Offsets) -> tuple[int, int, Attribution] | None:
    """ "…, однако отметил, что …" inside a reported clause: (end of the first
    clause, start of the second, its attribution)."""
    index = bisect_left(ctx.verbs, (clause[0],))
    while index < len(ctx.verbs) and ctx.verbs[index][0] < clause[1]:
        verb_start, verb_end, verb = ctx.verbs[index]
        index += 1
        joint = _SECOND_RE.search(ctx.text, max(clause[0], verb_start - 30), verb_start)
        if joint is None or not parses(ctx.text[verb_start:verb_end])[0].grammemes & _REPORTING_POS:
            continue  # "…, уверены, что" (a short participle) is a state, not a report; "…, добавив, что" is
        match = _CHTO_RE.match(ctx.folded, verb_end, clause[1])
        if match is not None and match.end() < clause[1]:
            attribution = read_attribution(ctx.text, verb_start, match.start("chto"), require_verb=True)
            if attribution is not None:
                return joint.start(), match.end(), attribution
    return None


# "отметил, что «…» и «…»": quotations joined by a conjunction.
_QUOTATION_JOINT_RE = re.compile(r"[ \t]*,?[ \t]+(?:и|а также|а|но)[ \t]+")
_PLAIN_CHTO_RE = re.compile(r"(?<!том),[ \t]*что[ \t]+$")


def _verbatim_clause(
    ctx: TextContext, sentence: Offsets, clause: Offsets, taken: list[Offsets], starts: list[int]
) -> list[Offsets]:
    """ "Он отметил, что «…».", "По словам министра, «…»." — the whole reported
    clause is someone's words in marks: each quotation is a direct quote (a
    quotation that is only part of the clause, "что санкции «не работают»",
    stays inside the reported speech)."""
    framed = next(
        (m for m in (p.match(ctx.folded, *sentence) for p in FRAMES) if m is not None and m.end() == clause[0]), None
    ) or next(  # "Он комментировал утечки – по его словам, «…».": the frame in mid-sentence
        (m for m in (p.search(ctx.folded, *sentence) for p in MID_FRAMES) if m is not None and m.end() == clause[0]),
        None,
    )
    if not _PLAIN_CHTO_RE.search(ctx.folded, max(0, clause[0] - 12), clause[0]) and framed is None:
        return []  # "о том, что «…»", "потому что «…»": the author reports, not the words
    pieces: list[Offsets] = []
    offset = clause[0]
    while True:
        index = bisect_right(starts, offset) - 1
        if index < 0 or taken[index][0] != offset or ctx.text[offset] not in "«\"„“":
            return []
        close = taken[index][1] - 1
        if close >= len(ctx.text) or ctx.text[close] not in "»\"“”":
            return []  # a quotation left open
        content_start, content_end = offset + 1, close
        while content_start < content_end and ctx.text[content_start].isspace():
            content_start += 1
        while content_end > content_start and ctx.text[content_end - 1].isspace():
            content_end -= 1
        pieces.append((content_start, content_end))
        if close + 1 >= clause[1]:
            return pieces if content_end > content_start else []
        joint = _QUOTATION_JOINT_RE.match(ctx.folded, close + 1, clause[1])
        if joint is None:
            return []
        offset = joint.end()


def detect_indirect(ctx: TextContext, taken: list[Offsets]) -> list[Candidate]:
    """One indirect quote per sentence (two when a second verb reports again),
    outside ``taken`` spans (direct quotes and transcripts, sorted and non-overlapping)."""
    taken_starts = [s for s, _ in taken]
    verb_starts = [v[0] for v in ctx.verbs]
    found: list[Candidate] = []
    for sentence in ctx.sentences:
        start, end = sentence
        first = bisect_left(verb_starts, start)
        has_verb = first < len(verb_starts) and verb_starts[first] < end
        if not has_verb and not ctx.folded.startswith("по ", start) and "словам" not in ctx.folded[start:end]:
            continue
        result = _report(ctx, sentence, taken, taken_starts)
        if result is None:
            continue
        clause_start, attribution = result
        if _unsourced(ctx, attribution) or ctx.folded.startswith("об этом", clause_start):
            continue  # "Сообщалось, что …"; "Как сообщают СМИ, об этом он заявил" is anaphoric
        clause_end = reported_clause_end(ctx.text, clause_start, end)
        clause_end = before_attributed_quotation(ctx, clause_start, clause_end, taken, taken_starts)
        # A clause that opens with quoted words or a title is still reported speech:
        # "заявил, что «мы рождены …»" (the quotation inside stays part of it).
        opens_quote = ctx.text[clause_start] in "«\"„“" and ctx.text[clause_start + 1 : clause_start + 2].isalpha()
        if clause_end <= clause_start or (_inside(taken, taken_starts, clause_start) and not opens_quote):
            continue
        # "И добавил, что …": a singular verb with no subject goes on with the last speaker.
        elided = attribution.mention is None and attribution.verb_gender in ("m", "f")
        verbatim = opens_quote and _verbatim_clause(ctx, sentence, (clause_start, clause_end), taken, taken_starts)
        if verbatim:
            found += [Candidate(s, e, "direct", attribution, inherit=elided) for s, e in verbatim]
            continue
        asked = _question_before(ctx, sentence, attribution)
        if asked is not None:
            found.append(asked)
        head = parenthetical_head(ctx, sentence, clause_start)
        if head is not None:
            found.append(Candidate(head[0], head[1], "indirect", attribution, inherit=elided))
        second = _second_report(ctx, (clause_start, clause_end))
        if second is not None:
            second[2].mention = second[2].mention or attribution.mention  # the same subject goes on
            found.append(Candidate(clause_start, second[0], "indirect", attribution, inherit=elided))
            # "…, и отметил, что «…»": the second clause may be the words in marks, whole
            again = _verbatim_clause(ctx, sentence, (second[1], clause_end), taken, taken_starts)
            kind = "direct" if ctx.text[second[1]] in "«\"„“" and again else "indirect"
            found += [Candidate(s, e, kind, second[2], inherit=elided) for s, e in again or [(second[1], clause_end)]]
        else:
            clause_end = before_gerund(ctx, (clause_start, clause_end))
            clause_end = before_coordinated_report(ctx, (clause_start, clause_end), attribution.verb_gender,
                                                   after_gerund=_cue_is_gerund(ctx, attribution))
            aside = MID_PO_EGO_RE.search(ctx.folded, clause_start, clause_end)
            if aside is not None and aside.start() > clause_start and aside.end() < clause_end:
                # "…, что заявления X, по его словам, звучат как обвинения": two pieces, one speaker
                found.append(Candidate(clause_start, aside.start(), "indirect", attribution, inherit=elided))
                clause_start = aside.end()
            found.append(Candidate(clause_start, clause_end, "indirect", attribution, inherit=elided))
    return found
