"""Offset units of exchange files, and keys that name a span by where it is.

Our offsets are code points (Python ``str`` indices).  Tools count in other
units: doccano's labelling page counts UTF-16 code units (JavaScript string
positions), or grapheme clusters when the project's "grapheme mode" is on;
Label Studio, brat and QDA programs count code points.  :class:`OffsetUnits`
converts one document's offsets both ways for the three units.

Everything an exchange file carries beside a span (status, origin, quote kind,
speaker entity, theme tags, relation provenance) is keyed by :func:`span_key`
(the span's offsets in the file's own unit and its label), never by our span
ids: tools renumber spans on export, but they keep offsets and labels.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

import regex

from annotator.text import Utf16Map

CODEPOINTS = "codepoints"
UTF16 = "utf16"
GRAPHEMES = "graphemes"
UNITS = (UTF16, CODEPOINTS, GRAPHEMES)

_CLUSTER = regex.compile(r"\X")


def check_unit(value: Any, default: str) -> str:
    unit = default if value is None or value == "" else value
    if unit not in UNITS:
        raise ValueError(f"offsets must be one of {', '.join(UNITS)}, not {unit!r}")
    return str(unit)


class OffsetUnits:
    """Converts code-point offsets of one text to and from ``unit``."""

    def __init__(self, text: str, unit: str) -> None:
        self.unit = check_unit(unit, CODEPOINTS)
        self.length = len(text)
        self._utf16 = Utf16Map(text) if self.unit == UTF16 else None
        # Code-point start of every grapheme cluster, then the text's end.
        self._bounds = ([m.start() for m in _CLUSTER.finditer(text)] + [len(text)]
                        if self.unit == GRAPHEMES else [])

    @property
    def unit_length(self) -> int:
        if self._utf16 is not None:
            return self._utf16.utf16_length
        if self._bounds:
            return len(self._bounds) - 1
        return self.length

    def to_units(self, offset: int, *, end: bool = False) -> int:
        """``offset`` in this unit.  Inside a cluster, a start rounds down and an end up."""
        if not 0 <= offset <= self.length:
            raise ValueError(f"offset {offset} outside 0..{self.length}")
        if self._utf16 is not None:
            return self._utf16.to_utf16(offset)
        if self._bounds:
            return bisect_left(self._bounds, offset) if end else bisect_right(self._bounds, offset) - 1
        return offset

    def from_units(self, value: int) -> int:
        """The code-point offset of ``value``; ValueError outside the text or inside a character."""
        if not 0 <= value <= self.unit_length:
            raise ValueError(f"offset {value} lies outside the text ({self.unit_length} {self.unit_name})")
        if self._utf16 is not None:
            point = self._utf16.from_utf16(value)
            if self._utf16.to_utf16(point) != value:
                raise ValueError(f"UTF-16 offset {value} falls inside a surrogate pair")
            return point
        if self._bounds:
            return self._bounds[value]
        return value

    @property
    def unit_name(self) -> str:
        return {UTF16: "UTF-16 units", GRAPHEMES: "grapheme clusters"}.get(self.unit, "characters")


def span_key(start: int, end: int, label: str) -> str:
    """The name of a span in an exchange file: its offsets (file units) and label."""
    return f"{start}:{end}:{label}"
