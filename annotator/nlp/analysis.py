"""The result of :func:`annotator.nlp.analyze` and its JSON form.

The JSON shape is the analysis contract of DESIGN.md ("annotator analyze
--json"): offsets are code-point indices into ``text``, end exclusive.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

QuoteKind = Literal["direct", "indirect"]
SpeakerType = Literal["person", "organization"]
Offsets = tuple[int, int]


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None = None  # canonical name of the speaker entity
    speaker_mention: Offsets | None = None
    cue: Offsets | None = None  # the speech verb, colon or "по словам"


@dataclass
class Speaker:
    name: str
    type: SpeakerType
    mentions: list[Offsets] = field(default_factory=list)


@dataclass(frozen=True)
class ThemeHit:
    theme: str  # theme id
    start: int
    end: int


def _pair(offsets: Offsets | None) -> list[int] | None:
    return None if offsets is None else [offsets[0], offsets[1]]


@dataclass
class Analysis:
    text: str
    quotes: list[Quote] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    themes: list[ThemeHit] = field(default_factory=list)
    # The words the analysis found in ``text`` (context.WORD_RE over the folded text, in order, or
    # counted when the text was analysed in pieces), so the document theme decision need not scan
    # the text again (theme_model.content_lemmas); None when they may differ from that scan.
    # Not part of the analysis' output.
    words: list[str] | Counter[str] | None = field(default=None, compare=False, repr=False)

    def to_json(self, source: str) -> dict[str, Any]:
        return {
            "source": source,
            "text": self.text,
            "quotes": [
                {
                    "start": q.start,
                    "end": q.end,
                    "kind": q.kind,
                    "speaker": q.speaker,
                    "speaker_mention": _pair(q.speaker_mention),
                    "cue": _pair(q.cue),
                }
                for q in self.quotes
            ],
            "speakers": [
                {"name": s.name, "type": s.type, "mentions": [list(m) for m in s.mentions]}
                for s in self.speakers
            ],
            "themes": [{"theme": t.theme, "start": t.start, "end": t.end} for t in self.themes],
        }
