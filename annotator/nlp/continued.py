"""Unmarked speech in a paragraph of its own, introduced by a colon.

"Он также добавил:" closing one paragraph makes the next paragraph, when it
carries no quotation marks of its own, a direct quote of that speaker
(ANNOTATION-GUIDE.md, direct 5: unmarked dialogue).
"""

from __future__ import annotations

import re

from annotator.nlp.attribution import Candidate, read_attribution
from annotator.nlp.context import TextContext

_LEADING_DASH_RE = re.compile(r"[–—-][ \t]+")
_MARKS = "«„“\""


def detect_after_colon(ctx: TextContext) -> list[Candidate]:
    """One direct quote per paragraph that follows a speech verb and a colon."""
    found = []
    for (start, end), (next_start, next_end) in zip(ctx.paragraphs, ctx.paragraphs[1:]):
        if ctx.text[end - 1] != ":" or ctx.text[next_start] in _MARKS:
            continue
        sentence_start = max(start, ctx.sentence_at(end - 1)[0])
        attribution = read_attribution(
            ctx.text, sentence_start, end - 1, require_verb=True, cue=(end - 1, end), opinion=True
        )
        if attribution is None or attribution.mention is None:
            continue
        dash = _LEADING_DASH_RE.match(ctx.text, next_start, next_end)
        found.append(Candidate(dash.end() if dash else next_start, next_end, "direct", attribution))
    return found
