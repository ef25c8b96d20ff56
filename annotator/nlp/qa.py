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
from annotator.nlp.segment import tokenize

_QUESTION_LABEL_RE = re.compile(
    r"(?:Вопрос|Корреспондент|Журналист|Ведущий|Ведущая|Корр\.|В\.)[ \t]*:[ \t]*"
)
_NAME_LABEL_RE = re.compile(
    r"((?:[А-ЯЁ]\.[ \t]?){0,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \t][А-ЯЁ][а-яё]+){0,2})[ \t]*:[ \t]+"
)
_ANSWER_LABEL_RE = re.compile(r"(?:Ответ|О\.)[ \t]*:[ \t]*")
_DASH_RE = re.compile(r"[–—-][ \t]+")


def _name_label(ctx: TextContext, start: int, end: int) -> tuple[Mention, int, int] | None:
    """(mention, colon offset, answer start) for a paragraph opening "С. Лавров: "."""
    match = _NAME_LABEL_RE.match(ctx.text, start, end)
    if match is None:
        return None
    tokens = tokenize(ctx.text, match.start(1), match.end(1))
    if not any(is_name_word(t) for t in tokens if len(t.text) > 1):
        return None
    mentions = [m for m in find_mentions(tokens) if m.kind == "name"]
    if len(mentions) != 1:
        return None
    colon = ctx.text.index(":", match.end(1))
    return mentions[0], colon, match.end()


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
        attribution = Attribution((colon, colon + 1), None, mention, False)
        return Candidate(text_start, end, "direct", attribution)
    return None


def detect_qa(ctx: TextContext) -> list[Candidate]:
    """Quotes of a Q&A transcript, or nothing if the text is not one.

    Paragraphs opening with a dash are questions once the text is known to
    be a transcript (at least two labelled paragraphs, one of them an answer).
    """
    labelled: list[Candidate] = []
    dashed: list[Candidate] = []
    for start, end in ctx.paragraphs:
        candidate = _read_paragraph(ctx, start, end)
        if candidate is not None:
            labelled.append(candidate)
            continue
        dash = _DASH_RE.match(ctx.text, start, end)
        if dash is not None:
            dashed.append(Candidate(dash.end(), end, "direct", speakerless=True))
    answered = any(c.interviewee or c.attribution for c in labelled)
    if len(labelled) < 2 or not answered:
        return []
    return sorted((c for c in labelled + dashed if c.start < c.end), key=lambda c: c.start)
