"""Reading articles to import: .txt, .docx, .html, .csv and .jsonl files.

Each reader returns the file's documents (``AnnotatedDocument`` bundles, with
annotations only for native JSONL) or raises :class:`AnnotatorError` naming
the file and what is wrong.  A reader never returns part of a file: a bad row
fails the whole file, so importing it is all or nothing.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from annotator.model import AnnotatedDocument, AnnotatorError, Document
from annotator.text import normalize

# Larger files are refused: a news article is a few kilobytes, and a 50 MB
# text file is far more likely a mistake (a dump, a binary) than an article.
MAX_FILE_BYTES = 50 * 1024 * 1024
# Longest title taken from the first line of a plain-text file.
MAX_TITLE_CHARS = 200
SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".docx", ".html", ".htm", ".csv", ".jsonl", ".ndjson")
TEXT_COLUMNS = ("text", "body", "content", "текст")
# Russian letters that dominate real text; a wrong 8-bit code page turns
# them into rare letters or capitals, which is how candidates are ranked.
FREQUENT_RUSSIAN = set("оеаинтсрвлкмдпу")
CYRILLIC_CODECS = ("cp1251", "koi8_r", "cp866", "mac_cyrillic")


def read_articles(path: Path) -> list[AnnotatedDocument]:
    """Documents in one file; raises AnnotatorError for a bad or unsupported file."""
    path = Path(path)
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise AnnotatorError(
            f"{path}: unsupported file type {suffix or '(none)'}; "
            f"supported: {', '.join(SUPPORTED_SUFFIXES)}"
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise AnnotatorError(f"{path}: cannot read ({exc.strerror})") from exc
    if size == 0:
        raise AnnotatorError(f"{path}: the file is empty")
    if size > MAX_FILE_BYTES:
        raise AnnotatorError(
            f"{path}: the file is {size / 1024 / 1024:.1f} MB; the limit is "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB per file"
        )
    bundles = reader(path)
    if not bundles:
        raise AnnotatorError(f"{path}: no article text found")
    for bundle in bundles:
        bundle.document.origin_path = bundle.document.origin_path or str(path)
    return bundles


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise AnnotatorError(f"{path}: cannot read ({exc.strerror})") from exc


def decode(data: bytes, path: Path) -> str:
    """Decode text bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or an
    8-bit Cyrillic code page (cp1251, koi8-r…) chosen by letter statistics."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise AnnotatorError(f"{path}: broken UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise AnnotatorError(f"{path}: binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            line = data[: exc.start].count(b"\n") + 1
            raise AnnotatorError(
                f"{path}: damaged UTF-8 at byte {exc.start} (line {line}); "
                "repair the file or save it again as UTF-8"
            ) from None
    text = _guess_single_byte(data)
    if text is None:
        raise AnnotatorError(
            f"{path}: cannot tell the text encoding (not UTF-8, cp1251 or koi8-r)"
        )
    return text


def _mostly_utf8(data: bytes) -> bool:
    """True when nearly every non-ASCII byte belongs to a valid UTF-8 sequence:
    a UTF-8 file with a damaged byte, not a file in an 8-bit code page."""
    high = sum(1 for byte in data[:200_000] if byte >= 0x80)
    if high == 0:
        return False
    broken = data[:200_000].decode("utf-8", errors="replace").count("\ufffd")
    return broken * 20 < high


def _guess_single_byte(data: bytes) -> str | None:
    import charset_normalizer

    candidates: list[str] = list(CYRILLIC_CODECS)
    best_match = charset_normalizer.from_bytes(data[:200_000]).best()
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
        return None
    scored.sort(key=lambda item: item[0], reverse=True)
    score, codec, text = scored[0]
    if score == 0 and best_match is not None:
        return str(best_match)
    if _control_ratio(text) > 0.01:
        return None
    return text


def _russian_score(text: str) -> float:
    sample = text[:100_000]
    if not sample:
        return 0.0
    return sum(1 for ch in sample if ch in FREQUENT_RUSSIAN) / len(sample)


def _control_ratio(text: str) -> float:
    sample = text[:100_000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(1, len(sample))


def _document(
    text: str, path: Path, *, title: str = "", date: str = "", source: str = "", url: str = ""
) -> AnnotatedDocument:
    text = normalize(text)
    if not text.strip():
        raise AnnotatorError(f"{path}: no article text found")
    return AnnotatedDocument(
        Document(text=text, origin_path=str(path), title=title, date=date, source=source, url=url)
    )


def read_txt(path: Path) -> list[AnnotatedDocument]:
    text = normalize(decode(read_bytes(path), path))
    if not text.strip():
        raise AnnotatorError(f"{path}: the file holds only white space")
    lines = text.strip().split("\n")
    first = lines[0].strip()
    title = first if len(lines) > 1 and len(first) <= MAX_TITLE_CHARS else path.stem
    return [_document(text, path, title=title, **_txt_metadata(text, path))]


def _txt_metadata(text: str, path: Path) -> dict[str, str]:
    """Date and source from the article's first lines; else the file's own date."""
    import datetime

    from annotator.formats.txt_meta import head_metadata

    modified = datetime.date.fromtimestamp(path.stat().st_mtime)
    meta = head_metadata(text, year=modified.year)
    return {"date": meta.date or modified.isoformat(), "source": meta.source}


def read_docx(path: Path) -> list[AnnotatedDocument]:
    import docx  # python-docx

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise AnnotatorError(f"{path}: not a readable .docx file ({exc})") from None
    except Exception as exc:  # python-docx raises several private error types
        raise AnnotatorError(f"{path}: not a readable .docx file ({exc})") from None
    paragraphs = [p.text for p in document.paragraphs]
    while paragraphs and not paragraphs[0].strip():
        paragraphs.pop(0)
    text = "\n".join(paragraphs).strip("\n")
    props = document.core_properties
    title = (props.title or "").strip() or (paragraphs[0].strip() if paragraphs else "")
    date = props.created.date().isoformat() if props.created else ""
    return [_document(text, path, title=title[:MAX_TITLE_CHARS], date=date, source=props.author or "")]


def read_html(path: Path) -> list[AnnotatedDocument]:
    from annotator.formats.html_article import extract_article

    article = extract_article(decode(read_bytes(path), path))
    return [
        _document(
            article.text,
            path,
            title=article.title or path.stem,
            date=article.date,
            source=article.source,
            url=article.url,
        )
    ]


def read_csv(path: Path) -> list[AnnotatedDocument]:
    text = decode(read_bytes(path), path)
    # A year-end press conference transcript is longer than csv's default
    # cell limit of 128 KiB.
    csv.field_size_limit(MAX_FILE_BYTES)
    try:
        dialect = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # type: ignore[assignment]
    rows = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = [name.strip().lower() for name in next(rows)]
    except StopIteration:
        raise AnnotatorError(f"{path}: the file is empty") from None
    except csv.Error as exc:
        raise AnnotatorError(f"{path}, line 1: malformed CSV ({exc})") from None
    text_column = next((name for name in TEXT_COLUMNS if name in header), None)
    if text_column is None:
        raise AnnotatorError(f"{path}, line 1: no 'text' column in the header {header}")
    bundles = []
    try:
        for row in rows:
            line_no = rows.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise AnnotatorError(
                    f"{path}, line {line_no}: {len(row)} cells, the header has {len(header)}"
                )
            record = dict(zip(header, row))
            if not record[text_column].strip():
                raise AnnotatorError(f"{path}, line {line_no}: the text cell is empty")
            meta = {k: record.get(k, "").strip() for k in ("title", "date", "source", "url")}
            bundles.append(_document(record[text_column], path, **meta))
    except csv.Error as exc:
        raise AnnotatorError(f"{path}, line {rows.line_num}: malformed CSV ({exc})") from None
    return bundles


def read_jsonl(path: Path) -> list[AnnotatedDocument]:
    from annotator.formats import native

    data = read_bytes(path)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_no = data[: exc.start].count(b"\n") + 1
        raise AnnotatorError(f"{path}, line {line_no}: not UTF-8 text") from None
    return list(native.read(path))


READERS: dict[str, Callable[[Path], list[AnnotatedDocument]]] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".md": read_txt,
    ".docx": read_docx,
    ".html": read_html,
    ".htm": read_html,
    ".csv": read_csv,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}
