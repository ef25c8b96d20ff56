"""Unmarked speech in a paragraph of its own (ANNOTATION-GUIDE.md, direct 5).

* "Он также добавил:" closing one paragraph makes the next paragraph, when it
  carries no quotation marks of its own, a direct quote of that speaker;
* a dialogue line "— Хочу, чтобы вы понимали …, — отметил Лукашенко." is a
  direct quote from the opening dash to the attribution.
"""

from __future__ import annotations

import re

from annotator.nlp.attribution import Attribution, Candidate, read_attribution
from annotator.nlp.context import TextContext
from annotator.nlp.mentions import Mention

_LEADING_DASH_RE = re.compile(r"[–—-][ \t]+")
_MARKS = "«„“\""
_POSSESSIVE_RE = re.compile(r"\b(?:[Ее]го|[Ее]ё|[Ее]е|[Ии]х)\b")
_POSSESSIVE_GENDER = {"его": "m", "её": "f", "ее": "f", "их": "p"}
_STATEMENTS_RE = re.compile(r"\b(?:заявлени[яй]|тезис[ыов]*|высказывани[яй]):$")


def _statements(ctx: TextContext, index: int, attribution: Attribution) -> list[Candidate]:
    """ "Его главные заявления:" and the list that follows, one report per item
    (items end with ";", the last with a full stop)."""
    found = []
    for start, end in ctx.paragraphs[index + 1 :]:
        stop = end - 1 if ctx.text[end - 1] in ";." else end
        found.append(Candidate(start, stop, "indirect", attribution))
        if ctx.text[end - 1] != ";":
            break
    return found


def detect_after_colon(ctx: TextContext) -> list[Candidate]:
    """Direct quotes in paragraphs that follow a speech verb and a colon, and
    reports listed after "его заявления:"."""
    found: list[Candidate] = []
    for index, ((start, end), (next_start, next_end)) in enumerate(zip(ctx.paragraphs, ctx.paragraphs[1:])):
        if ctx.text[end - 1] != ":" or ctx.text[next_start] in _MARKS:
            continue
        sentence_start = max(start, ctx.sentence_at(end - 1)[0])
        cue = (end - 1, end)
        attribution = read_attribution(ctx.text, sentence_start, end - 1, require_verb=True, cue=cue, opinion=True)
        if attribution is None and _STATEMENTS_RE.search(ctx.text, sentence_start, end):
            attribution = read_attribution(ctx.text, sentence_start, end - 1, require_verb=False, cue=cue)
            possessive = _POSSESSIVE_RE.search(ctx.text, sentence_start, end)
            if attribution is not None and attribution.mention is None and possessive is not None:
                gender = _POSSESSIVE_GENDER[possessive.group().lower()]
                attribution.mention = Mention(possessive.start(), possessive.end(), "pronoun", gender)
            if attribution is not None and attribution.mention is not None:
                found += _statements(ctx, index, attribution)
            continue
        if attribution is None or attribution.mention is None:
            continue
        dash = _LEADING_DASH_RE.match(ctx.text, next_start, next_end)
        found.append(Candidate(dash.end() if dash else next_start, next_end, "direct", attribution))
    return found


# "…, — отметил Лукашенко." at the end of a dialogue line: the last dash before a lower-case verb.
_LINE_ATTRIBUTION_RE = re.compile(r"(?P<stop>[,!?…]?)[ \t]+[–—-]{1,2}[ \t]+(?P<verb>[а-яё]+)[^–—]*$")


def detect_dialogue_lines(ctx: TextContext) -> list[Candidate]:
    """Paragraphs opened by a dash and closed by the author's attribution."""
    found = []
    for start, end in ctx.paragraphs:
        dash = _LEADING_DASH_RE.match(ctx.text, start, end)
        if dash is None:
            continue
        tail = _LINE_ATTRIBUTION_RE.search(ctx.text, dash.end(), end)
        if tail is None:
            continue
        verb = tail.start("verb")
        attribution = read_attribution(ctx.text, verb, end, require_verb=True, opinion=True)
        if attribution is None or attribution.cue is None or attribution.cue[0] != verb:
            continue
        stop = tail.start() + (1 if tail.group("stop") in ("!", "?", "…") else 0)
        if stop - dash.end() > 2:
            found.append(Candidate(dash.end(), stop, "direct", attribution))
    return found
