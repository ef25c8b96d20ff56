"""Reading a pre-annotation file (``annotator analyze --jsonl`` output) a chunk at a time.

Such a file can hold a whole archive — hundreds of thousands of articles,
far past the 50 MB a file may have in an ordinary import — so it is not
read whole: it is imported ``CHUNK_LINES`` articles at a time, each chunk
all or nothing, committed like the files of a folder.  Importing it again
skips the articles already in the project (same text), so an import killed
half-way resumes.  Lines are checked as the native JSONL reader checks
them; a bad line stops the file there, naming the line, with the chunks
before it kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from annotator.model import AnnotatedDocument, AnnotatorError
from annotator.preannotate import is_analysis_header

CHUNK_LINES = 200


def is_analysis_file(path: Path) -> bool:
    if path.suffix.lower() not in (".jsonl", ".ndjson"):
        return False
    from annotator.formats.native import read_header

    try:
        return is_analysis_header(read_header(path))
    except (OSError, UnicodeDecodeError):
        return False  # the ordinary reader reports it


def analysis_chunks(path: Path) -> Iterator[tuple[str, list[AnnotatedDocument]]]:
    """(which lines, bundles) for each chunk; AnnotatorError at the first bad line."""
    from annotator.formats.native import bundle_from_line

    chunk: list[AnnotatedDocument] = []
    first = 0
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise AnnotatorError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        for line_no, data in enumerate(handle, start=1):
            if not data.strip():
                continue
            try:
                text = data.decode("utf-8-sig" if line_no == 1 else "utf-8")
            except UnicodeDecodeError:
                raise AnnotatorError(f"{path}, line {line_no}: not UTF-8 text") from None
            bundle = bundle_from_line(path, line_no, text)
            if bundle is None:
                continue
            bundle.document.origin_path = bundle.document.origin_path or str(path)
            first = first or line_no
            chunk.append(bundle)
            if len(chunk) == CHUNK_LINES:
                yield f"lines {first}–{line_no}", chunk
                chunk, first = [], 0
    if chunk:
        yield f"lines {first}–end", chunk
