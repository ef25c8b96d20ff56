"""Decoding article bytes, refusing what cannot be read with confidence.

Recognised without being told: UTF-8 (with or without BOM), UTF-16 and UTF-32
(with a BOM, or without one when the byte pattern leaves no doubt), and the
8-bit Cyrillic code pages (cp1251, koi8-r, cp866, mac-cyrillic) chosen by
letter statistics.  A file whose decoding stays doubtful — lines in different
encodings, bytes that decode mostly to symbols rather than letters, letters
that are not Russian-like — is refused with the reason: importing mojibake
would give the analyst garbage that looks like a document.  ``--encoding``
(``forced_encoding``) overrides the guess: the bytes are then decoded with that
codec strictly, or refused at the first byte that does not fit.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from annotator.model import AnnotatorError

# Russian letters that dominate real text; a wrong 8-bit code page turns
# them into rare letters or capitals, which is how candidates are ranked.
FREQUENT_RUSSIAN = set("оеаинтсрвлкмдпу")
CYRILLIC_CODECS = ("cp1251", "koi8_r", "cp866", "mac_cyrillic")
SAMPLE_BYTES = 200_000
# Below these shares a decoding is doubtful (see _doubt).  Real Russian text
# in the right code page: ~97 % of the characters from high bytes are
# letters, and ~70 % of its lowercase Cyrillic letters are FREQUENT_RUSSIAN;
# random high bytes give about 65 % and 25 %.
MIN_HIGH_LETTER_SHARE = 0.85
MIN_FREQUENT_SHARE = 0.45
MIN_WIDE_TEXT_SHARE = 0.9

_forced: ContextVar[str | None] = ContextVar("forced_encoding", default=None)
HINT = (
    "if you know its encoding, import it from the command line with --encoding NAME "
    "(e.g. annotator import --encoding cp1251 FILE)"
)


@contextmanager
def forced_encoding(encoding: str | None) -> Iterator[None]:
    """Within the block, ``decode`` uses ``encoding`` instead of guessing."""
    if encoding:
        check_encoding_name(encoding)
    token = _forced.set(encoding or None)
    try:
        yield
    finally:
        _forced.reset(token)


def check_encoding_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise AnnotatorError(f"unknown encoding {encoding!r} (e.g. utf-8, cp1251, koi8-r, utf-16)") from None


def decode(data: bytes, path: Path) -> str:
    """Decode text bytes or raise AnnotatorError naming the file and why."""
    forced = _forced.get()
    if forced:
        return _decode_forced(data, path, forced)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data[len(bom):], path, codec)
    if b"\x00" in data[:SAMPLE_BYTES]:
        return _decode_wide(data, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _refuse_damaged_or_mixed_utf8(data, path, exc)
    return _decode_single_byte(data, path)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_NAMES = {"utf-32-le": "UTF-32", "utf-32-be": "UTF-32", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16",
          "utf-8": "UTF-8"}


def _decode_strict(data: bytes, path: Path, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        name = _NAMES.get(codec, codec)
        raise AnnotatorError(f"{path}: broken {name} text at byte {exc.start}") from None


def _decode_forced(data: bytes, path: Path, encoding: str) -> str:
    codec = check_encoding_name(encoding)
    if codec in ("utf-8", "utf-16", "utf-32"):  # a BOM is not text
        codec = {"utf-8": "utf-8-sig"}.get(codec, codec)
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise AnnotatorError(
            f"{path}: not {encoding} text: byte {exc.start} (line {line}) does not fit that encoding"
        ) from None


def _decode_wide(data: bytes, path: Path) -> str:
    """NUL bytes: UTF-16 or UTF-32 without a BOM, or binary data."""
    best: tuple[float, str, str] | None = None
    for codec, width in (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2)):
        if len(data) % width:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        share = _text_share(text)
        if best is None or share > best[0]:
            best = (share, codec, text)
    if best is not None and best[0] >= MIN_WIDE_TEXT_SHARE:
        return best[2]
    raise AnnotatorError(f"{path}: binary data, not text (NUL bytes, and not UTF-16 or UTF-32 text)")


def _text_share(text: str) -> float:
    """Share of characters from the scripts of the texts we import (Latin,
    Cyrillic, punctuation): a wrong 16-bit reading gives CJK, surrogates or controls."""
    sample = text[:100_000]
    if not sample:
        return 0.0
    ordinary = sum(1 for ch in sample if _is_ordinary(ch))
    return ordinary / len(sample)


def _is_ordinary(ch: str) -> bool:
    code = ord(ch)
    if code < 32:
        return ch in "\n\r\t\f"
    return code < 0x0530 or 0x2000 <= code < 0x2070 or ch == "№"


def _refuse_damaged_or_mixed_utf8(data: bytes, path: Path, exc: UnicodeDecodeError) -> None:
    """Raise if the file is UTF-8 with damage, or lines in UTF-8 and lines not."""
    utf8_lines, other_lines = _classify_lines(data[:SAMPLE_BYTES * 5])
    if _mostly_utf8(data):
        line = data[: exc.start].count(b"\n") + 1
        raise AnnotatorError(
            f"{path}: damaged UTF-8 at byte {exc.start} (line {line}); "
            "repair the file or save it again as UTF-8"
        )
    if utf8_lines and other_lines:
        raise AnnotatorError(
            f"{path}: cannot tell the text encoding: mixed encodings — {len(utf8_lines)} line(s) are "
            f"UTF-8 (first: line {utf8_lines[0]}) and {len(other_lines)} are not (first: line "
            f"{other_lines[0]}); save the file in one encoding, or {HINT}"
        )


def _classify_lines(data: bytes) -> tuple[list[int], list[int]]:
    """Line numbers of non-ASCII lines that are valid UTF-8, and of those that are not."""
    utf8, other = [], []
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            other.append(number)
        else:
            utf8.append(number)
    return utf8, other


def _mostly_utf8(data: bytes) -> bool:
    """True when nearly every non-ASCII byte belongs to a valid UTF-8 sequence:
    a UTF-8 file with a damaged byte, not a file in an 8-bit code page."""
    sample = data[:SAMPLE_BYTES]
    high = sum(1 for byte in sample if byte >= 0x80)
    if high == 0:
        return False
    broken = sample.decode("utf-8", errors="replace").count("\ufffd")
    return broken * 20 < high


def _decode_single_byte(data: bytes, path: Path) -> str:
    import charset_normalizer

    candidates: list[str] = list(CYRILLIC_CODECS)
    best_match = charset_normalizer.from_bytes(data[:SAMPLE_BYTES]).best()
    if best_match is not None and best_match.encoding not in candidates:
        candidates.append(best_match.encoding)
    scored = []
    for codec in candidates:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((_russian_score(text), codec, text))
    if not scored:
        raise AnnotatorError(f"{path}: cannot tell the text encoding (not UTF-8, cp1251 or koi8-r); {HINT}")
    scored.sort(key=lambda item: item[0], reverse=True)
    score, codec, text = scored[0]
    if score == 0 and best_match is not None:  # not Cyrillic: trust the detector's pick
        codec, text = best_match.encoding, str(best_match)
    doubt = _doubt(data, text, codec)
    if doubt:
        raise AnnotatorError(f"{path}: cannot tell the text encoding: {doubt}; {HINT}")
    return text


def _doubt(data: bytes, text: str, codec: str) -> str:
    """Why the best 8-bit decoding still does not look like text ('' if it does)."""
    sample = text[:100_000]
    high_chars = [ch for byte, ch in zip(data[:100_000], sample) if byte >= 0x80]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > len(sample) * 0.01:
        return f"{controls} control characters in the first {len(sample)} — binary data, not text"
    if high_chars:
        letters = sum(1 for ch in high_chars if ch.isalpha())
        if letters < len(high_chars) * MIN_HIGH_LETTER_SHARE:
            share = 100 * letters // len(high_chars)
            return f"as {codec} only {share}% of its non-ASCII characters are letters (mostly symbols)"
        cyrillic = [ch for ch in high_chars if "а" <= ch <= "я" or ch == "ё"]
        if len(cyrillic) >= 50:
            frequent = sum(1 for ch in cyrillic if ch in FREQUENT_RUSSIAN)
            if frequent < len(cyrillic) * MIN_FREQUENT_SHARE:
                return f"as {codec} its letters do not have the frequencies of Russian text"
    return ""


def _russian_score(text: str) -> float:
    sample = text[:100_000]
    if not sample:
        return 0.0
    return sum(1 for ch in sample if ch in FREQUENT_RUSSIAN) / len(sample)
