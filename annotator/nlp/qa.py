"""Interview transcripts: "Вопрос: …" / "– …" questions and "С. Лавров: …" answers.

A document is read as a transcript when at least two paragraphs open with a
speaker label and a colon.  Every answer paragraph after "NAME: " is a
direct quote by that person; questions are quotes with no speaker unless the
interviewer is named.  Quotation marks inside these paragraphs belong to the
answer or question, so detectors drop their own quotes there.
"""

from __future__ import annotations

import re

from annotator.nlp.attribution import Attribution, Candidate
from annotator.nlp.context import TextContext
from annotator.nlp.mentions import Mention, find_mentions, is_name_word
from annotator.nlp.segment import Token, tokenize

_QUESTION_LABEL_RE = re.compile(
    r"(?:Вопрос|Корреспондент|Журналист|Ведущий|Ведущая|Корр\.|В\.)[ \t]*:[ \t]*"
)
# "С. Лавров: ", "С.В.Лавров: ", "Сергей ЛАВРОВ: ", "К.Папульяс (синхронный перевод): ".
_NAME_LABEL_RE = re.compile(
    r"((?:[А-ЯЁ]\.[ \t]?){0,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \t][А-ЯЁ][а-яё]+){0,2}"
    r"|(?:[А-ЯЁ][а-яё]+[ \t]+|(?:[А-ЯЁ]\.[ \t]?){1,2})[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?)"
    r"(?:[ \t]*\([^()]{1,40}\))?[ \t]*:[ \t]+"
)
_INITIALLED_RE = re.compile(r"(?:[А-ЯЁ]\.[ \t]?){1,2}([А-ЯЁ][А-ЯЁа-яё]+(?:-[А-ЯЁ][А-ЯЁа-яё]+)?)")
_TRANSLATED_RE = re.compile(r"\((?:как переведено|синхронный перевод|через переводчика)\)[ \t]*:")
_ANSWER_LABEL_RE = re.compile(r"(?:Ответ|О\.)[ \t]*:[ \t]*")
_DASH_RE = re.compile(r"[–—-][ \t]+")
_MARKS_OPEN = "«„“\""
_TURN_ENDS = ".!?…»“”\")"
# A dash-only interview needs this many dash paragraphs, questions among them.
_MIN_DASH_TURNS = 2


def _name_tokens(ctx: TextContext, start: int, end: int) -> list[Token]:
    """Tokens of a label, a surname in capitals read as a name ("ЛАВРОВ")."""
    tokens = tokenize(ctx.text, start, end)
    return [
        t._replace(text=t.text.capitalize()) if len(t.text) > 2 and t.text.isupper() else t
        for t in tokens
    ]


def _name_label(ctx: TextContext, start: int, end: int) -> tuple[Mention, int, int] | None:
    """(mention, colon offset, answer start) for a paragraph opening "С. Лавров: "."""
    if ":" not in ctx.text[start : start + 80]:
        return None
    match = _NAME_LABEL_RE.match(ctx.text, start, end)
    if match is None:
        return None
    colon = ctx.text.index(":", match.end(1))
    initialled = _INITIALLED_RE.fullmatch(ctx.text, match.start(1), match.end(1))
    if initialled is not None:  # "Ё.Мори": after initials any capitalised word is a surname
        surname = initialled.group(1).capitalize()
        return Mention(match.start(1), match.end(1), "name", surname=surname), colon, match.end()
    tokens = _name_tokens(ctx, match.start(1), match.end(1))
    if not any(is_name_word(t) for t in tokens if len(t.text) > 1):
        return None
    mentions = [m for m in find_mentions(tokens) if m.kind == "name"]
    if len(mentions) != 1:
        return None
    return mentions[0], colon, match.end()


def _whole_quotation(text: str, start: int, end: int) -> bool:
    """ "Мирзоян: «…»" is a headline with a quote, not a transcript turn."""
    return text[start] in _MARKS_OPEN and text[end - 1] in "»“”\"" and end - start > 2


def _read_paragraph(ctx: TextContext, start: int, end: int) -> Candidate | None:
    """The quote a transcript paragraph holds, by its label; None if unlabelled."""
    question = _QUESTION_LABEL_RE.match(ctx.text, start, end)
    if question is not None:
        return Candidate(question.end(), end, "direct", speakerless=True)
    answer = _ANSWER_LABEL_RE.match(ctx.text, start, end)
    if answer is not None:
        return Candidate(answer.end(), end, "direct", interviewee=True)
    named = _name_label(ctx, start, end)
    if named is not None:
        mention, colon, text_start = named
        if _whole_quotation(ctx.text, text_start, end) or ctx.text[end - 1] not in _TURN_ENDS:
            return None  # a headline ("Алиев: переговоры продолжатся")
        attribution = Attribution((colon, colon + 1), None, mention, False)
        return Candidate(text_start, end, "direct", attribution)
    return None


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
        candidate = _read_paragraph(ctx, start, end)
        if candidate is not None:
            labelled.append(candidate)
            turn = candidate
        elif (dash := _DASH_RE.match(ctx.text, start, end)) is not None:
            candidate = Candidate(dash.end(), end, "direct", speakerless=True)
            turn = candidate
        elif turn is not None and ctx.text[end - 1] in _TURN_ENDS:
            candidate = _continued(turn, start, end)
        if candidate is not None:
            found.append(candidate)
    names = {_label_text(ctx, c) for c in labelled if c.attribution}
    # Two speakers, or questions and answers; a record of remarks may have one
    # speaker with initials only ("В.Путин: Уважаемые коллеги!").
    dialogue = len(names) > 1 or any(c.speakerless or c.interviewee for c in found)
    initialled = len(labelled) == 1 and ("." in next(iter(names), "") or _TRANSLATED_RE.search(
        ctx.text, labelled[0].start - 40, labelled[0].start) is not None)
    if not initialled and (len(labelled) < 2 or not dialogue):
        return []
    return found


def _label_text(ctx: TextContext, candidate: Candidate) -> str:
    mention = candidate.attribution.mention if candidate.attribution else None
    return ctx.text[mention.start : mention.end] if mention else ""


def _dash_interview(ctx: TextContext) -> list[Candidate]:
    """ "– вопрос?" / "– ответ" turns with no labels: a question ends with "?",
    an answer belongs to the person interviewed."""
    turns: list[Candidate] = []
    found: list[Candidate] = []
    for start, end in ctx.paragraphs:
        dash = _DASH_RE.match(ctx.text, start, end)
        if dash is None:
            if turns and turns[-1].interviewee and ctx.text[end - 1] in _TURN_ENDS:
                found.append(_continued(turns[-1], start, end))  # the answer goes on
            continue
        if _ATTRIBUTED_RE.search(ctx.text, dash.end(), end):
            continue
        question = ctx.text[end - 1] == "?"
        turns.append(Candidate(dash.end(), end, "direct", speakerless=question, interviewee=not question))
        found.append(turns[-1])
    questions = sum(c.speakerless for c in turns)
    if len(turns) < _MIN_DASH_TURNS or not questions or questions == len(turns):
        return []
    return found


# "— …, — отметил он.": a dialogue line attributed by the author, not a turn.
_ATTRIBUTED_RE = re.compile(r"[,!?.…][ \t]*[–—-]{1,2}[ \t]+[а-яё]")


def detect_qa(ctx: TextContext) -> list[Candidate]:
    """Quotes of a Q&A transcript, or nothing if the text is not one."""
    found = _labelled_transcript(ctx) or _dash_interview(ctx)
    return sorted((c for c in found if c.start < c.end), key=lambda c: c.start)
