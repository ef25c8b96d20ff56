"""One pass over the whole text that every detector shares.

Words are found once on the folded text (lower case, ё -> е) so that lexicon
lookups are set-membership tests; only the few sentences with a cue (a
speech verb, a quotation mark, "по словам") are tokenised in detail.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress, count
from dataclasses import dataclass, field

from annotator.nlp import lexicon
from annotator.nlp.lexicon import SpeechVerb
from annotator.nlp.morph import fold
from annotator.nlp.segment import paragraphs

WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_MATCH_START, _MATCH_END, _MATCH_GROUP = re.Match.start, re.Match.end, re.Match.group


@dataclass
class TextContext:
    text: str
    folded: str
    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int]] = field(default_factory=list)
    word_starts: list[int] = field(default_factory=list)
    word_ends: list[int] = field(default_factory=list)
    word_keys: list[str] = field(default_factory=list)
    verbs: list[tuple[int, int, SpeechVerb]] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)
    _paragraph_starts: list[int] = field(default_factory=list)
    # False when ``folded`` is not fold(text) (a case mapping that changes length, folded char by char)
    plain_fold: bool = True

    @classmethod
    def build(cls, text: str) -> TextContext:
        folded = fold(text)
        plain_fold = len(folded) == len(text)
        if not plain_fold:  # rare case-mapping that changes length
            folded = "".join(fold(ch) if len(fold(ch)) == 1 else ch for ch in text)
        context = cls(text, folded, paragraphs(text), plain_fold=plain_fold)
        context._paragraph_starts = [start for start, _ in context.paragraphs]
        # One scan; keys, starts and ends are taken from its matches by C-level maps.
        matches = list(WORD_RE.finditer(folded))
        keys = list(map(_MATCH_GROUP, matches))
        starts = list(map(_MATCH_START, matches))
        context.word_keys, context.word_starts = keys, starts
        context.word_ends = list(map(_MATCH_END, matches))
        table = lexicon.speech_verbs()
        if not table.keys().isdisjoint(keys):
            context.verbs = [
                (starts[i], starts[i] + len(keys[i]), table[keys[i]])
                for i in compress(count(), map(table.__contains__, keys))
            ]
        return context

    def set_sentences(self, spans: list[tuple[int, int]]) -> None:
        self.sentences = spans
        self._sentence_starts = [start for start, _ in spans]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The sentence containing ``offset`` (or the nearest before it)."""
        index = bisect_right(self._sentence_starts, offset) - 1
        if index < 0:
            return (0, 0)
        return self.sentences[index]

    def sentence_index(self, offset: int) -> int:
        return bisect_right(self._sentence_starts, offset) - 1

    def paragraph_index(self, offset: int) -> int:
        return bisect_right(self._paragraph_starts, offset) - 1
