"""Pre-annotation of article archives as a stream: JSONL in, analyses out.

``annotator analyze --jsonl IN --out OUT`` reads one article a line (the
article JSONL the importer reads: ``text`` plus optional ``title``, ``date``,
``source``, ``url``) and writes one line a article: the annotator JSONL
document record holding the analysis as suggestions (status ``suggested``,
origin ``auto:<ruleset>``).  The first output line is a header saying the
lines are analyses, with the ruleset version and the taxonomy used, so that
``annotator import OUT`` stores them as suggestions without analysing again.

Each output line is a pure function of (input line, its line number, the
input's file name, taxonomy, ruleset version): :func:`analyse_line`.  The
serial run, ``--jobs N`` and the Dask recipe (:mod:`annotator.scale`) all
call it, so their outputs are byte-identical.

Memory stays flat: input is read a batch at a time and at most a few
batches per worker are in flight.  Output is written in input order, line
buffered; a killed run leaves complete lines plus at most one partial line,
which :func:`resume_point` cuts off, and the next run skips that many
articles of the input.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, BinaryIO

from annotator import __version__
from annotator.model import AnnotatorError, Document, Theme
from annotator.suggestions import suggestions_from_analysis
from annotator.text import normalize

ANALYSIS_KIND = "analysis"
BATCH_LINES = 16
BATCHES_PER_WORKER = 4
ARTICLE_FIELDS = ("title", "date", "source", "url")

ProgressFn = Callable[[int], None]


@dataclass
class StreamReport:
    written: int = 0  # analyses written by this run
    resumed_after: int = 0  # analyses already in OUT when the run started


def ruleset_version() -> str:
    from annotator.nlp import RULESET_VERSION

    return RULESET_VERSION


def header_line(themes: list[Theme]) -> str:
    """The first output line: annotator JSONL header marked as analyses."""
    from annotator.formats.native import FORMAT_ID, FORMAT_VERSION

    return json.dumps(
        {
            "_header": {
                "format": FORMAT_ID,
                "version": FORMAT_VERSION,
                "annotator_version": __version__,
                "content": ANALYSIS_KIND,
                "ruleset": ruleset_version(),
                "taxonomy": [asdict(theme) for theme in themes],
            }
        },
        ensure_ascii=False,
    )


def is_analysis_header(header: dict[str, Any] | None) -> bool:
    return bool(header) and header.get("content") == ANALYSIS_KIND  # type: ignore[union-attr]


def analyse_line(raw: str, *, line_no: int, source_name: str, themes: list[Theme]) -> str | None:
    """One input line -> one output line (without the newline); None for a blank line.

    Raises AnnotatorError naming ``source_name`` and ``line_no`` for a line
    that is not an article.
    """
    from annotator.formats.limits import LimitExceeded, load_json
    from annotator.formats.native import document_record
    from annotator.nlp import analyze

    if line_no == 1:
        raw = raw.lstrip("\ufeff")
    if not raw.strip():
        return None
    where = f"{source_name}, line {line_no}"
    try:
        record = load_json(raw)
    except json.JSONDecodeError as exc:
        raise AnnotatorError(f"{where}: not valid JSON ({exc.msg})") from None
    except LimitExceeded as exc:
        raise AnnotatorError(f"{where}: {exc}") from None
    doc = _article(record, where)
    doc.origin_path = source_name
    doc.meta = {"line": line_no}
    analysis = analyze(doc.text, themes=themes)
    bundle = suggestions_from_analysis(doc, analysis, version=ruleset_version(), themes=themes)
    return json.dumps(document_record(bundle), ensure_ascii=False)


def _article(record: Any, where: str) -> Document:
    if not isinstance(record, dict):
        raise AnnotatorError(f"{where}: expected a JSON object with a \"text\" field")
    if "_header" in record:
        raise AnnotatorError(f"{where}: a header line; the input must be articles, one a line")
    text = record.get("text")
    if not isinstance(text, str):
        raise AnnotatorError(f"{where}: missing field \"text\" (a string)")
    text = normalize(text)
    if not text.strip():
        raise AnnotatorError(f"{where}: field \"text\" is empty")
    fields: dict[str, str] = {}
    for name in ARTICLE_FIELDS:
        value = record.get(name, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise AnnotatorError(f"{where}: field {name!r} must be a string, not {type(value).__name__}")
        fields[name] = value
    return Document(text=text, title=fields["title"], date=fields["date"], source=fields["source"], url=fields["url"])


# -- resuming -------------------------------------------------------------------


def resume_point(out: Path, expected_header: str) -> int:
    """Analyses already complete in ``out``; a partial last line is cut off.

    A file that is not an earlier run of the same analysis (another header:
    another ruleset, taxonomy or annotator version) is refused rather than
    appended to.
    """
    if not out.exists() or out.stat().st_size == 0:
        return 0
    complete = 0
    end_of_complete = 0
    with open(out, "rb") as handle:
        first = handle.readline()
        if not first.endswith(b"\n"):
            end_of_complete = 0  # even the header is partial: start again
        elif first.decode("utf-8", "replace").rstrip("\n") != expected_header:
            raise AnnotatorError(
                f"{out}: exists and is not an unfinished run of this analysis (its header differs: "
                "another ruleset, taxonomy or annotator version, or not an analysis file); "
                "remove it or choose another --out"
            )
        else:
            end_of_complete = handle.tell()
            for line in handle:
                if not line.endswith(b"\n"):
                    break
                complete += 1
                end_of_complete += len(line)
    if end_of_complete < out.stat().st_size:
        with open(out, "r+b") as handle:
            handle.truncate(end_of_complete)
    return complete


# -- the stream -------------------------------------------------------------------


def analyse_stream(
    source: Path,
    out: Path,
    *,
    jobs: int,
    themes: list[Theme],
    progress: ProgressFn | None = None,
) -> StreamReport:
    """Analyse every article of ``source`` into ``out``, resuming an unfinished run."""
    if jobs < 1:
        raise AnnotatorError(f"--jobs must be at least 1, not {jobs}")
    try:
        handle = open(source, "rb")
    except OSError as exc:
        raise AnnotatorError(f"{source}: cannot read ({exc.strerror})") from None
    header = header_line(themes)
    report = StreamReport()
    with handle:
        report.resumed_after = resume_point(out, header)
        try:
            writer = open(out, "a", encoding="utf-8", newline="\n", buffering=1)
        except OSError as exc:
            raise AnnotatorError(f"{out}: cannot write ({exc.strerror})") from None
        with writer:
            if report.resumed_after == 0 and writer.tell() == 0:
                writer.write(header + "\n")
            batches = _batches(handle, source, skip=report.resumed_after)
            for line in _analysed(batches, source.name, themes, jobs):
                writer.write(line + "\n")
                report.written += 1
                if progress is not None:
                    progress(report.resumed_after + report.written)
    return report


Batch = list[tuple[int, str]]


def _batches(handle: BinaryIO, source: Path, *, skip: int) -> Iterator[Batch]:
    """Non-blank input lines with their numbers, BATCH_LINES at a time, after ``skip`` of them."""
    batch: Batch = []
    seen = 0
    for line_no, data in enumerate(handle, start=1):
        if not data.strip():
            continue
        seen += 1
        if seen <= skip:
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise AnnotatorError(f"{source}, line {line_no}: not UTF-8 text") from None
        batch.append((line_no, text))
        if len(batch) == BATCH_LINES:
            yield batch
            batch = []
    if batch:
        yield batch


def _analysed(batches: Iterable[Batch], source_name: str, themes: list[Theme], jobs: int) -> Iterator[str]:
    """Output lines in input order; a bad line raises after the lines before it."""
    if jobs == 1:
        for batch in batches:
            yield from _unpacked(analyse_batch(batch, source_name, themes))
        return
    from annotator.workers import stop_pool, worker_pool

    pool = worker_pool(jobs, _set_worker_state, (source_name, themes))
    try:
        # A bounded window of batches in flight: memory does not grow with the input.
        window: deque[Future[BatchResult]] = deque()
        for batch in batches:
            window.append(pool.submit(_analyse_in_worker, batch))
            if len(window) >= jobs * BATCHES_PER_WORKER:
                yield from _unpacked(window.popleft().result())
        while window:
            yield from _unpacked(window.popleft().result())
    finally:
        stop_pool(pool)


BatchResult = tuple[list[str], str]  # output lines, then the error that stopped the batch ("" if none)


def _unpacked(result: BatchResult) -> Iterator[str]:
    lines, error = result
    yield from lines
    if error:
        raise AnnotatorError(error)


def analyse_batch(batch: Batch, source_name: str, themes: list[Theme]) -> BatchResult:
    lines: list[str] = []
    for line_no, raw in batch:
        try:
            line = analyse_line(raw, line_no=line_no, source_name=source_name, themes=themes)
        except AnnotatorError as exc:
            return lines, str(exc)
        if line is not None:
            lines.append(line)
    return lines, ""


_worker_state: tuple[str, list[Theme]] = ("", [])


def _set_worker_state(source_name: str, themes: list[Theme]) -> None:
    global _worker_state
    _worker_state = (source_name, themes)
    os.environ.setdefault("OMP_NUM_THREADS", "1")


def _analyse_in_worker(batch: Batch) -> BatchResult:
    return analyse_batch(batch, *_worker_state)


def count_articles(source: Path) -> int:
    """Non-blank lines of ``source`` (for a progress bar); 0 if it cannot be read."""
    try:
        with open(source, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 0
