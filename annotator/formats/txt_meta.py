"""Date and source from the first lines of a plain-text article.

Wire copy and saved pages often open with a dateline (``МОСКВА, 27 ноября.
/ТАСС/.``, ``МИНСК, 5 мар - РИА Новости.``) or with lines such as
``Источник: БелТА`` and ``27.11.2026``.  Only the first few lines are looked
at, and only these explicit forms, so an article body is never mistaken for
metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

HEAD_LINES = 4
MONTHS = {
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}
_DIGIT = re.compile(r"\d")
_ISO = re.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")
_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(20\d\d|19\d\d)\b")
_WORDS = re.compile(r"\b(\d{1,2})\s+(янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)[а-я]*\.?(?:\s+(20\d\d|19\d\d))?",
                    re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^\s*(?:Источник|Source)\s*:\s*(.{2,80}?)\s*$", re.IGNORECASE)
# "МОСКВА, 27 ноября. /ТАСС/." and "МОСКВА, 5 мар - РИА Новости."
_DATELINE_SLASHED = re.compile(r"^[А-ЯЁA-Z][А-ЯЁA-Z\- ]{1,40},\s[^/\n]{3,40}?/\s*([^/\n]{2,40}?)\s*/")
_DATELINE_DASHED = re.compile(r"^[А-ЯЁA-Z][А-ЯЁA-Z\- ]{1,40},\s\d{1,2}\s[а-я]{3,8}\.?\s[-–—]\s([^.\n]{2,40})\.")


@dataclass
class TextMeta:
    date: str = ""
    source: str = ""


def head_metadata(text: str, *, year: int | None = None) -> TextMeta:
    """Date (ISO) and source named in the first lines of ``text``, where present."""
    meta = TextMeta()
    for line in _head_lines(text):
        if not meta.source:
            meta.source = _source(line)
        if not meta.date:
            meta.date = _date(line, year)
    return meta


def _head_lines(text: str, lines_looked_at: int = 32) -> list[str]:
    """The first HEAD_LINES lines that are not blank, stripped, without splitting the whole text."""
    pieces = text.split("\n", lines_looked_at)
    whole = len(pieces) <= lines_looked_at  # else the last piece is the unsplit rest
    head = [line.strip() for line in (pieces if whole else pieces[:-1]) if line.strip()][:HEAD_LINES]
    if len(head) == HEAD_LINES or whole:
        return head
    return [line.strip() for line in text.split("\n") if line.strip()][:HEAD_LINES]


def _source(line: str) -> str:
    # Each pattern needs a colon (Источник:) or a comma (the datelines): most lines have neither.
    if ":" not in line and "," not in line:
        return ""
    for pattern in (_SOURCE_LINE, _DATELINE_SLASHED, _DATELINE_DASHED):
        match = pattern.search(line)
        if match:
            return match.group(1).strip()
    return ""


def _date(line: str, year: int | None) -> str:
    if not _DIGIT.search(line):  # every form below has a digit
        return ""
    match = _ISO.search(line)
    if match:
        return _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _DOTTED.search(line)
    if match:
        return _iso(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    match = _WORDS.search(line)
    if match and (match.group(3) or year):
        month = MONTHS[match.group(2).lower()[:3]]
        return _iso(int(match.group(3) or year or 0), month, int(match.group(1)))
    return ""


def _iso(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""
