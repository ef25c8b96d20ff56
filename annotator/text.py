"""Text normalisation and offset conversion (no Qt, no SQL).

A document's text is normalised once at import and never changes afterwards, so
offsets stored against it stay valid forever.  Offsets are Python ``str``
indices (Unicode code points).  Qt's ``QTextCursor`` and JavaScript-based tools
(Label Studio, doccano's front end) count UTF-16 code units instead:
:class:`Utf16Map` is the one place where the two are converted.
"""

from __future__ import annotations

import hashlib
import unicodedata
import re
from bisect import bisect_left, bisect_right

ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def normalize(raw: str) -> str:
    """Strip a BOM, turn CRLF/CR into LF and compose to Unicode NFC.

    Nothing else changes: no trimming, no whitespace folding.
    """
    # Concatenated exports can start with several BOMs: strip them all, or a
    # second normalisation would change the text again.
    raw = raw.lstrip("\ufeff")
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def text_hash(text: str) -> str:
    """Identity of a normalised text, used to skip duplicate imports.

    Whitespace runs are folded so that the same article re-saved with other
    line breaks or trailing spaces is still recognised as a duplicate.
    """
    folded = " ".join(text.split())
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()


class Utf16Map:
    """Converts between code-point offsets and UTF-16 code-unit offsets.

    Only characters outside the Basic Multilingual Plane (emoji, some CJK)
    take two UTF-16 units, so the map stores just their positions and answers
    each conversion with a binary search.
    """

    def __init__(self, text: str) -> None:
        self._length = len(text)
        # Code-point indices of astral characters, ascending (a regex scan is
        # ten times faster than a Python loop over a megabyte of text).
        self._astral = [match.start() for match in ASTRAL.finditer(text)]
        # UTF-16 index at which each astral character starts.
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]

    @property
    def utf16_length(self) -> int:
        return self._length + len(self._astral)

    def to_utf16(self, offset: int) -> int:
        """UTF-16 offset of code-point ``offset`` (0..len(text))."""
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} outside 0..{self._length}")
        return offset + bisect_left(self._astral, offset)

    def from_utf16(self, offset: int) -> int:
        """Code-point offset of UTF-16 ``offset``.

        An offset in the middle of a surrogate pair rounds down to the start
        of that character, so a conversion never splits one.
        """
        if not 0 <= offset <= self.utf16_length:
            raise ValueError(f"UTF-16 offset {offset} outside 0..{self.utf16_length}")
        # Astral characters starting before ``offset`` each took one extra
        # unit; one cut in half by ``offset`` maps to its own start.
        return offset - bisect_right(self._astral_utf16, offset - 1)


def to_utf16(text: str, offset: int) -> int:
    """Convenience wrapper for one conversion; use :class:`Utf16Map` for many."""
    return Utf16Map(text).to_utf16(offset)


def from_utf16(text: str, offset: int) -> int:
    return Utf16Map(text).from_utf16(offset)


def normalize_with_offsets(raw: str) -> tuple[str, list[int]]:
    """Normalise ``raw`` and map every raw offset to a normalised one.

    Used when importing annotations made against un-normalised text (CRLF
    sources, decomposed accents): ``mapping[i]`` is the normalised offset of
    raw offset ``i`` (``len(mapping) == len(raw) + 1``).  An offset that falls
    inside a removed BOM, the LF half of a CRLF pair, or a character cluster
    that NFC composes, maps to the start of what replaced it.
    """
    pieces: list[str] = []
    mapping: list[int] = []
    position = 0
    i = 0
    while i < len(raw) and raw[i] == "\ufeff":
        mapping.append(0)
        i += 1
    length = len(raw)
    while i < length:
        ch = raw[i]
        if ch == "\r":
            mapping.append(position)
            if i + 1 < length and raw[i + 1] == "\n":
                mapping.append(position)
                i += 1
            pieces.append("\n")
            position += 1
            i += 1
            continue
        j = i + 1
        # A cluster: one character and the combining marks that follow it.
        while j < length and unicodedata.combining(raw[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", raw[i:j])
        mapping.extend([position] * (j - i))
        pieces.append(cluster)
        position += len(cluster)
        i = j
    mapping.append(position)
    text = "".join(pieces)
    if text != normalize(raw):
        # NFC composed across clusters (e.g. Hangul jamo): no reliable map.
        raise ValueError("text cannot be normalised with a stable offset map")
    return text, mapping
