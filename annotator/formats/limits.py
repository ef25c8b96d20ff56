"""Limits on what one imported file may cost, checked where the file is parsed.

A small file can still be hostile: a ZIP (brat archive, .qdpx, .docx) that
inflates to gigabytes, HTML nested a hundred thousand levels deep, JSON
nested past the parser's recursion or holding a 5,000-digit number.  Each is
refused with the limit it broke, named in the message, before the work (or
the memory) is spent.  ``checkpoint()`` lets a long read stop when the user
cancels, inside one file.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from annotator.model import AnnotatorError

MB = 1024 * 1024
# What an archive may inflate to: a project of a few thousand articles is
# tens of megabytes of text; anything far beyond is a bomb or a mistake.
MAX_ARCHIVE_TOTAL_BYTES = 200 * MB
MAX_ARCHIVE_ENTRY_BYTES = 50 * MB
MAX_ARCHIVE_ENTRIES = 50_000
# Text and XML compress 5–20 : 1; a bomb compresses 1000 : 1.  Small entries
# are exempt (a short run of repeated markup can compress well).
MAX_COMPRESSION_RATIO = 100
RATIO_EXEMPT_BYTES = 1 * MB
# An article page is nested a few dozen levels; lexbor keeps going far past that.
MAX_HTML_DEPTH = 500
# Exchange-format records are nested under ten levels.
MAX_JSON_DEPTH = 64
# Offsets and ids are short integers; Python refuses over 4,300 digits anyway.
MAX_JSON_NUMBER_DIGITS = 100


class LimitExceeded(AnnotatorError):
    """The input breaks one of the limits above; the message names the limit."""


class ImportCancelled(AnnotatorError):
    """The user cancelled while a file was being read."""


def check_archive(archive: zipfile.ZipFile, path: Path | str) -> None:
    """Refuse an archive whose entries would inflate past the limits.

    zipfile never inflates an entry past its declared size (the CRC check
    fails instead), so the declared sizes bound what reading it can cost.
    """
    infos = archive.infolist()
    if len(infos) > MAX_ARCHIVE_ENTRIES:
        raise LimitExceeded(f"{path}: the archive has {len(infos)} entries; the limit is {MAX_ARCHIVE_ENTRIES}")
    total = 0
    for info in infos:
        if info.file_size > MAX_ARCHIVE_ENTRY_BYTES:
            raise LimitExceeded(
                f"{path}: archive entry {info.filename!r} inflates to {info.file_size / MB:.1f} MB; "
                f"the limit is {MAX_ARCHIVE_ENTRY_BYTES // MB} MB per entry"
            )
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > RATIO_EXEMPT_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise LimitExceeded(
                f"{path}: archive entry {info.filename!r} is compressed {ratio:.0f} : 1; "
                f"the limit is {MAX_COMPRESSION_RATIO} : 1 (a ZIP bomb?)"
            )
        total += info.file_size
        if total > MAX_ARCHIVE_TOTAL_BYTES:
            raise LimitExceeded(
                f"{path}: the archive inflates to more than {MAX_ARCHIVE_TOTAL_BYTES // MB} MB; "
                f"the limit is {MAX_ARCHIVE_TOTAL_BYTES // MB} MB in all"
            )


def load_json(text: str | bytes) -> Any:
    """``json.loads`` that refuses deep nesting and long numbers with the limit named.

    Raises ``json.JSONDecodeError`` for malformed JSON, as ``json.loads`` does.
    """
    try:
        value = json.loads(text, parse_int=_bounded_int, parse_float=_bounded_float)
    except RecursionError:
        raise LimitExceeded(f"JSON nested deeper than {MAX_JSON_DEPTH} levels (the limit)") from None
    if _deeper_than_limit(value):
        raise LimitExceeded(f"JSON nested deeper than {MAX_JSON_DEPTH} levels (the limit)")
    return value


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_JSON_NUMBER_DIGITS:
        raise LimitExceeded(
            f"a JSON number of {len(digits)} digits; the limit is {MAX_JSON_NUMBER_DIGITS} digits"
        )
    return int(digits)


def _bounded_float(digits: str) -> float:
    if len(digits) > MAX_JSON_NUMBER_DIGITS:
        raise LimitExceeded(
            f"a JSON number of {len(digits)} characters; the limit is {MAX_JSON_NUMBER_DIGITS}"
        )
    return float(digits)


def _deeper_than_limit(value: Any) -> bool:
    """Whether parsed JSON nests past MAX_JSON_DEPTH; no recursion, stops at the first."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if level > MAX_JSON_DEPTH:
            return True
        stack.extend((child, level + 1) for child in children)
    return False


# -- cancellation inside one file ------------------------------------------------

_cancelled: ContextVar[Callable[[], bool] | None] = ContextVar("import_cancelled", default=None)


@contextmanager
def cancellation(cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Within the block, ``checkpoint()`` raises ImportCancelled once ``cancelled()``."""
    token = _cancelled.set(cancelled)
    try:
        yield
    finally:
        _cancelled.reset(token)


def checkpoint() -> None:
    """Called by readers between rows, lines and documents."""
    cancelled = _cancelled.get()
    if cancelled is not None and cancelled():
        raise ImportCancelled("import cancelled")
