"""Very long texts are analysed a piece at a time, cut at paragraph breaks.

The analysis keeps per-word tables for the whole text it is given (about
17 bytes of memory per byte of text), so a 50 MB "article" — a whole book or
a site dump pasted into one file — would need over a gigabyte.  Cut into
pieces of at most ``CHUNK_CHARS`` at line breaks, it needs what one piece
needs.  News articles are far below the limit and never cut; in a text that
is, a quote or an attribution that crosses a cut is the only thing that can
come out differently.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from annotator.nlp.analysis import Analysis, Offsets, Quote, Speaker, ThemeHit

CHUNK_CHARS = 1_000_000


def pieces(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of at most ``limit`` characters, each
    ending just after a line break where there is one within the limit."""
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        yield start, end
        start = end


def analyse_in_pieces(text: str, analyse_piece: Callable[[str], Analysis], limit: int = CHUNK_CHARS) -> Analysis:
    """One analysis of ``text`` from the analyses of its pieces, offsets shifted back."""
    result = Analysis(text)
    speakers: dict[tuple[str, str], Speaker] = {}
    # The pieces' words are the whole text's when every cut follows a line break (no word
    # spans one, and folding does not look across one).
    words: Counter[str] | None = Counter()
    for start, end in pieces(text, limit):
        part = analyse_piece(text[start:end])
        cut_at_line_break = end == len(text) or text[end - 1] == "\n"
        if words is not None and part.words is not None and cut_at_line_break:
            words.update(part.words)
        else:
            words = None
        result.quotes += [Quote(q.start + start, q.end + start, q.kind, q.speaker, _shift(q.speaker_mention, start),
                                _shift(q.cue, start)) for q in part.quotes]
        result.themes += [ThemeHit(t.theme, t.start + start, t.end + start) for t in part.themes]
        for speaker in part.speakers:
            merged = speakers.setdefault((speaker.name, speaker.type), Speaker(speaker.name, speaker.type))
            merged.mentions += [_shift(m, start) or m for m in speaker.mentions]
    result.speakers = list(speakers.values())
    result.words = words
    return result


def _shift(offsets: Offsets | None, by: int) -> Offsets | None:
    return None if offsets is None else (offsets[0] + by, offsets[1] + by)
