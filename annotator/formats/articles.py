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

from annotator.formats.decoding import decode, forced_encoding
from annotator.formats.limits import LimitExceeded, check_archive, checkpoint
from annotator.model import AnnotatedDocument, AnnotatorError, Document
from annotator.text import normalize

# Larger files are refused: a news article is a few kilobytes, and a 50 MB
# text file is far more likely a mistake (a dump, a binary) than an article.
MAX_FILE_BYTES = 50 * 1024 * 1024
# Longest title taken from the first line of a plain-text file.
MAX_TITLE_CHARS = 200
SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".docx", ".html", ".htm", ".csv", ".jsonl", ".ndjson")
TEXT_COLUMNS = ("text", "body", "content", "текст")


def read_articles(path: Path, *, encoding: str | None = None) -> list[AnnotatedDocument]:
    """Documents in one file; raises AnnotatorError for a bad or unsupported file.

    ``encoding`` (``--encoding``) decodes text files with that codec instead
    of guessing, for a file whose encoding cannot be told with confidence.
    """
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
    with forced_encoding(encoding):
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


def _document(
    text: str, path: Path, *, title: str = "", date: str = "", source: str = "", url: str = ""
) -> AnnotatedDocument:
    return _normalized_document(normalize(text), path, title=title, date=date, source=source, url=url)


def _normalized_document(
    text: str, path: Path, *, title: str = "", date: str = "", source: str = "", url: str = ""
) -> AnnotatedDocument:
    if not text.strip():
        raise AnnotatorError(f"{path}: no article text found")
    return AnnotatedDocument(
        Document(text=text, origin_path=str(path), title=title, date=date, source=source, url=url)
    )


def read_txt(path: Path) -> list[AnnotatedDocument]:
    text = normalize(decode(read_bytes(path), path))
    if not text.strip():
        raise AnnotatorError(f"{path}: the file holds only white space")
    first_line, more, _ = text.strip().partition("\n")  # not a split of the whole text
    first = first_line.strip()
    title = first if more and len(first) <= MAX_TITLE_CHARS else path.stem
    return [_normalized_document(text, path, title=title, **_txt_metadata(text, path))]


def _txt_metadata(text: str, path: Path) -> dict[str, str]:
    """Date and source from the article's first lines; else the file's own date."""
    import datetime

    from annotator.formats.txt_meta import head_metadata

    modified = datetime.date.fromtimestamp(path.stat().st_mtime)
    meta = head_metadata(text, year=modified.year)
    return {"date": meta.date or modified.isoformat(), "source": meta.source}


def read_docx(path: Path) -> list[AnnotatedDocument]:
    import docx  # python-docx

    _check_docx_archive(path)
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


def _check_docx_archive(path: Path) -> None:
    """A .docx is a ZIP: refuse a damaged one by what it is, and a bomb by its limits."""
    try:
        with zipfile.ZipFile(path) as archive:
            check_archive(archive, path)
            if "word/document.xml" not in archive.namelist():
                raise AnnotatorError(f"{path}: not a readable .docx file (no word/document.xml in it)")
    except zipfile.BadZipFile as exc:
        raise AnnotatorError(
            f"{path}: not a readable .docx file: the ZIP archive is damaged or truncated ({exc})"
        ) from None
    except OSError as exc:
        raise AnnotatorError(f"{path}: cannot read ({exc.strerror})") from None


def read_html(path: Path) -> list[AnnotatedDocument]:
    from annotator.formats.html_article import extract_article

    try:
        article = extract_article(decode(read_bytes(path), path))
    except LimitExceeded as exc:
        raise AnnotatorError(f"{path}: {exc}") from None
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
    line_no = rows.line_num + 1
    try:
        for row in rows:
            checkpoint()
            # The row began on line_no; line_num is where it ended.
            if not any(cell.strip() for cell in row):
                line_no = rows.line_num + 1
                continue
            if rows.line_num > line_no and _quote_left_open(text, line_no, rows.line_num, dialect.quotechar):
                raise AnnotatorError(
                    f"{path}, line {line_no}: a quote ({dialect.quotechar}) opened on line {line_no} is never "
                    f"closed, so the row runs to line {rows.line_num}; close the quote"
                )
            if len(row) != len(header):
                raise AnnotatorError(f"{path}, line {line_no}: {len(row)} cells, the header has {len(header)}")
            record = dict(zip(header, row))
            if not record[text_column].strip():
                raise AnnotatorError(f"{path}, line {line_no}: the text cell is empty")
            meta = {k: record.get(k, "").strip() for k in ("title", "date", "source", "url")}
            bundles.append(_document(record[text_column], path, **meta))
            line_no = rows.line_num + 1
    except csv.Error as exc:
        raise AnnotatorError(f"{path}, line {line_no}: malformed CSV ({exc})") from None
    return bundles


def _quote_left_open(text: str, first: int, last: int, quotechar: str | None) -> bool:
    """A row over several lines whose lines hold an odd number of quotes: one was never closed."""
    if not quotechar:
        return False
    lines = text.split("\n")[first - 1:last]
    return sum(line.count(quotechar) for line in lines) % 2 == 1


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
