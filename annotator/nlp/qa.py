"""Interview transcripts: "Вопрос: …" / "– …" questions and "С. Лавров: …" answers.

A document is read as a transcript when at least two paragraphs open with a
speaker label (turns.py).  Every answer paragraph after "NAME: " is a
direct quote by that person; questions are quotes with no speaker unless the
interviewer is named.  Quotation marks inside these paragraphs belong to the
answer or question, so detectors drop their own quotes there.
"""

from __future__ import annotations

import re

from annotator.nlp.attribution import Attribution, Candidate
from annotator.nlp.context import TextContext
from annotator.nlp.headlines import first_person
from annotator.nlp.mentions import Mention, find_mentions
from annotator.nlp.morph import fold, parses
from annotator.nlp.segment import tokenize
from annotator.nlp.turns import SPOKEN_ENDS, TURN_ENDS, read_label

_TRANSLATED_RE = re.compile(r"\((?:как переведено|синхронный перевод|через переводчика)\)[ \t]*:")
_DASH_RE = re.compile(r"[–—\-\u2212][ \t]+")  # a minus sign (U+2212) stands for a dash in some copy
# A dash-only interview needs this many dash paragraphs, questions among them.
_MIN_DASH_TURNS = 2


def _stage_note(text: str, start: int, end: int) -> bool:
    """ "(Смех.)", "(Аплодисменты.)": the transcriber's note, nobody's words."""
    return text[start] == "(" and text[end - 1] == ")" and ")" not in text[start : end - 1]


def _continued(turn: Candidate, start: int, end: int) -> Candidate:
    """An unlabelled paragraph after a turn: the same speaker goes on."""
    return Candidate(
        start, end, "direct", turn.attribution, speakerless=turn.speakerless, interviewee=turn.interviewee
    )


def _labelled_transcript(ctx: TextContext) -> list[Candidate]:
    """Turns of a transcript with labels; dash paragraphs in it are questions
    and other paragraphs continue the turn before them."""
    labelled: list[Candidate] = []
    found: list[Candidate] = []
    turn: Candidate | None = None
    for start, end in ctx.paragraphs:
        candidate = read_label(ctx, start, end)
        if candidate is not None:
            labelled.append(candidate)
            turn = candidate
            if candidate.speakerless and (inline := _INLINE_ANSWER_RE.search(ctx.text, candidate.start, end)):
                # "Вопрос: …? Ответ: …" in one paragraph
                found.append(Candidate(candidate.start, inline.start(), "direct", speakerless=True))
                candidate = turn = Candidate(inline.end(), end, "direct", interviewee=True)
        elif (dash := _DASH_RE.match(ctx.text, start, end)) is not None:
            candidate = Candidate(dash.end(), end, "direct", speakerless=True)
            turn = candidate
        elif turn is not None and ctx.text[end - 1] in SPOKEN_ENDS and not _stage_note(ctx.text, start, end):
            if _answers(ctx, turn, found, end):
                candidate = turn = Candidate(start, end, "direct", interviewee=True)
            else:
                candidate = _continued(turn, start, end)
        if candidate is not None:
            found.append(candidate)
    names = {_label_text(ctx, c) for c in labelled if c.attribution}
    people = [c for c in labelled if c.attribution and c.attribution.mention and c.attribution.mention.kind != "org"]
    # Two speakers, one of them a person, or questions and answers; a record of
    # remarks may have one speaker with initials only ("В.Путин: Уважаемые коллеги!").
    dialogue = (len(names) > 1 and bool(people)) or any(c.speakerless or c.interviewee for c in found)
    initialled = len(labelled) == 1 and ("." in next(iter(names), "") or _TRANSLATED_RE.search(
        ctx.text, labelled[0].start - 40, labelled[0].start) is not None)
    # One "Вопрос: …?" answered in the paragraph below it is an exchange too.
    answered = len(labelled) == 1 and labelled[0].speakerless and any(c.interviewee for c in found)
    if not initialled and not answered and (len(labelled) < 2 or not dialogue):
        return []
    return found


_INLINE_ANSWER_RE = re.compile(r"(?<=[?.!…])[ \t]+(?:Ответ|ОТВЕТ)[ \t]*:[ \t]+")


def _answers(ctx: TextContext, turn: Candidate, found: list[Candidate], end: int) -> bool:
    """An unlabelled paragraph right after a question that ended with "?" is
    the answer (by the person interviewed), unless it asks again."""
    asked = turn.speakerless or bool(turn.attribution and turn.attribution.mention
                                     and turn.attribution.mention.outlet)
    return asked and bool(found) and found[-1].end > found[-1].start \
        and ctx.text[found[-1].end - 1] == "?" and ctx.text[end - 1] != "?"


def _label_text(ctx: TextContext, candidate: Candidate) -> str:
    mention = candidate.attribution.mention if candidate.attribution else None
    return ctx.text[mention.start : mention.end] if mention else ""


def _dash_interview(ctx: TextContext) -> list[Candidate]:
    """ "– вопрос?" / "– ответ" turns with no labels: a question ends with "?",
    an answer belongs to the person interviewed."""
    turns: list[Candidate] = []
    found: list[Candidate] = []
    asked_all = True
    for start, end in ctx.paragraphs:
        dash = _DASH_RE.match(ctx.text, start, end)
        if dash is None:
            if turns and turns[-1].interviewee and ctx.text[end - 1] in TURN_ENDS:
                found.append(_continued(turns[-1], start, end))  # the answer goes on
            continue
        if _ATTRIBUTED_RE.search(ctx.text, dash.end(), end):
            continue
        asking = ctx.text[end - 1] == "?"
        asked_all = asked_all and asking
        # Turns alternate: the turn after a question answers it (even with a
        # rhetorical "?"); after an answer, a request or an address asks too.
        question = not (turns and turns[-1].speakerless) and (asking or _asks(ctx, dash.end(), end))
        turns.append(Candidate(dash.end(), end, "direct", speakerless=question, interviewee=not question))
        found.append(turns[-1])
    questions = sum(c.speakerless for c in turns)
    if not questions:
        return _lone_dash_lines(ctx)
    if len(turns) < _MIN_DASH_TURNS or asked_all:
        return []
    return found


_OPENING_WORDS_RE = re.compile(r"([А-ЯЁ][а-яё]+)(?:[ \t]+([А-ЯЁ][а-яё]+))?[ \t]*(,?)")
_NOT_REQUESTS = frozenset({"давайте", "представьте"})  # "Давайте начнём с …" opens answers too


def _asks(ctx: TextContext, start: int, end: int) -> bool:
    """A question that does not end with "?": a request ("Расскажите о …") or
    an address by first name and patronymic ("Сергей Павлович, …")."""
    match = _OPENING_WORDS_RE.match(ctx.text, start, end)
    if match is None:
        return False
    first = match.group(1).lower()
    readings = parses(first)
    if first not in _NOT_REQUESTS and any({"impr", "plur"} <= p.grammemes for p in readings):
        return True
    second = match.group(2)
    return bool(
        second and match.group(3) and any("Name" in p.grammemes for p in readings)
        and any("Patr" in p.grammemes for p in parses(second.lower()))
    )


def _lone_dash_lines(ctx: TextContext) -> list[Candidate]:
    """ "— Прежде всего, …" in a report on an interview or a speech: a dash line
    with no attribution of its own carries the words of the person the text
    is quoting at that point.  A line after "…:" is left to the colon's verb;
    a signature ("– Мария Захарова") or an attribution tail ("- ответила
    она.") does not open a sentence and end one."""
    found: list[Candidate] = []
    previous_start, previous_end = -1, -1
    for start, end in ctx.paragraphs:
        dash = _DASH_RE.match(ctx.text, start, end)
        # After "…:" the colon's verb attributes the line; after "…," the line
        # finishes the sentence above it ("…на следующей неделе,\n- Москва к ним готова.").
        # A topic heading ("О визовом режиме:") attributes nothing: the line is still someone's.
        after_colon = previous_end > 0 and ctx.text[previous_end - 1] in ":,;" and not (
            _TOPIC_HEADING_RE.match(ctx.text, previous_start, previous_end)
            and len(ctx.text[previous_start:previous_end].split()) <= _TOPIC_HEADING_WORDS)
        previous_start, previous_end = start, end
        if dash is None or after_colon or ctx.text[end - 1] not in ".!?…":
            continue
        if not ctx.text[dash.end()].isupper() or len(ctx.text[dash.end() : end].split()) < _LONE_LINE_WORDS:
            continue
        if _ATTRIBUTED_RE.search(ctx.text, dash.end(), end):
            continue
        found.append(Candidate(dash.end(), end, "direct", inherit=True))
    # A run of dash lines may be a list of facts ("— МИД вызвал посла."): there
    # each line must speak in the first person to be someone's words.
    return [c for c in found if _alone(ctx, c) or first_person(ctx.text[c.start : c.end])]


# "О визовом режиме:", "По поводу переговоров:", "Про санкции:": what the next answer is about.
_TOPIC_HEADING_RE = re.compile(r"[ \t]*(?:О|Об|Обо|По|Про|Насчет|Насчёт)[ \t][^.!?\n]*:$")
_TOPIC_HEADING_WORDS = 8


def _alone(ctx: TextContext, candidate: Candidate) -> bool:
    index = ctx.paragraph_index(candidate.start)
    neighbours = [i for i in (index - 1, index + 1) if 0 <= i < len(ctx.paragraphs)]
    return not any(_DASH_RE.match(ctx.text, *ctx.paragraphs[i]) for i in neighbours)


# A line this short is a caption or a list item rather than someone's words.
_LONE_LINE_WORDS = 4


# "— …, — отметил он.": a dialogue line attributed by the author, not a turn.
_ATTRIBUTED_RE = re.compile(r"[,!?.…][ \t]*[–—-]{1,2}[ \t]+[а-яё]")


# "Вы", "вас", "Ваш …": a question put to someone.
_ADDRESS_RE = re.compile(r"(?<![А-ЯЁа-яё])[Вв](?:ы|ас|ам|ами|аш|аша|аше|аши|ашего|ашей|ашим|аших|ашу|ашем)(?![А-ЯЁа-яё])")
_QUESTION_CHARS = 300
_LEAD_CHARS = 1500
_STEM = 4
_MIN_PLAIN_QUESTIONS = 2


def _plain_interview(ctx: TextContext) -> list[Candidate]:
    """An interview whose questions lost their bold type: short paragraphs
    ending with "?" that put the question to someone ("Как Вы оцениваете …?"),
    each followed by the answer.  From the first such question on, short
    "?" paragraphs are questions and the others the interviewee's answers."""
    asks = [
        (start, end) for start, end in ctx.paragraphs
        if ctx.text[end - 1] == "?" and end - start <= _QUESTION_CHARS and _ADDRESS_RE.search(ctx.text, start, end)
    ]
    if len(asks) < _MIN_PLAIN_QUESTIONS:
        return []
    interviewee = _lead_person(ctx, asks[0][0])
    if interviewee is None:
        return []  # no one named to put the questions to: a list of questions and answers (FAQ)
    found: list[Candidate] = []
    answered = 0
    for start, end in ctx.paragraphs:
        if start < asks[0][0] or _DASH_RE.match(ctx.text, start, end) or _stage_note(ctx.text, start, end):
            continue
        if ctx.text[end - 1] == "?" and end - start <= _QUESTION_CHARS:
            found.append(Candidate(start, end, "direct", speakerless=True))
        elif ctx.text[end - 1] in TURN_ENDS and found:
            found.append(Candidate(start, end, "direct", interviewee))
            answered += found[-2].speakerless
    return found if answered >= _MIN_PLAIN_QUESTIONS else []


def _lead_person(ctx: TextContext, end: int) -> Attribution | None:
    """The person the lead names most often (the first on a tie): whom the
    questions after it are put to ("Посол … Алексей Бородавкин ответил …")."""
    counts: dict[str, list[Mention]] = {}
    for mention in find_mentions(tokenize(ctx.text, max(0, end - _LEAD_CHARS), end)):
        if mention.kind == "name" and mention.surname:
            counts.setdefault(fold(mention.surname)[:_STEM], []).append(mention)
    if not counts:
        return None
    named = max(counts.values(), key=len)  # dicts keep order: the first named wins a tie
    return Attribution(None, None, named[0], False)


def detect_qa(ctx: TextContext) -> list[Candidate]:
    """Quotes of a Q&A transcript, or nothing if the text is not one."""
    found = _labelled_transcript(ctx) or _dash_interview(ctx) or _plain_interview(ctx)
    for candidate in found:  # no quote ends with a comma ("Уважаемые коллеги,")
        while candidate.end > candidate.start and ctx.text[candidate.end - 1] in ", \t":
            candidate.end -= 1
    return sorted((c for c in found if c.start < c.end), key=lambda c: c.start)
