"""Reading (and analysing) article files into rows for the writer, in this process or in
worker processes, outside any transaction."""

from __future__ import annotations

import concurrent.futures
import os
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from annotator.formats.articles import read_articles
from annotator.gc_pause import collector_paused
from annotator.formats.limits import ImportCancelled, cancellation, checkpoint
from annotator.model import AnnotatedDocument, AnnotatorError, Theme
from annotator.services.project import CancelFn
from annotator.store.rows import DocumentRows, build_rows
from annotator.suggestions import suggestions_from_analysis


@dataclass
class PreparedFile:
    """One file read (and analysed) and turned into rows, ready for the writer."""

    path: str
    rows: list[DocumentRows] = field(default_factory=list)
    error: str = ""
    cancelled: bool = False
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds, for the benchmark
    part: str = ""  # "lines 1–200" for a chunk of an analysis file (annotator.analysis_import)
    last_part: bool = True

    def __reduce__(self) -> tuple:
        # From a worker process to the writer as a plain tuple: faster to unpickle.
        return (PreparedFile, (self.path, self.rows, self.error, self.cancelled, self.timings, self.part,
                               self.last_part))


def prepared_from_bundles(path: str, bundles: Iterable[AnnotatedDocument]) -> PreparedFile:
    return PreparedFile(path, [build_rows(bundle) for bundle in bundles])


def prepare_file(
    path: Path, analyze: bool, themes: list[Theme] | None, encoding: str | None = None
) -> PreparedFile:
    """Read one file and, if asked, add suggestions to its unannotated documents.

    Runs in a worker process when importing with analysis on.  Whatever goes
    wrong with one file — a reader bug, a file too deep to parse, memory —
    becomes that file's error, so the other files go on.
    """
    try:
        started = time.perf_counter()
        bundles = read_articles(path, encoding=encoding)
        read = time.perf_counter()
        # A huge article's suggestions and rows are millions of objects: see annotator/gc_pause.py.
        with collector_paused():
            if analyze and not _is_annotator_export(path):
                bundles = [_checked(add_suggestions(bundle, themes)) for bundle in bundles]
            analysed = time.perf_counter()
            prepared = prepared_from_bundles(str(path), bundles)
        prepared.timings = {"read": read - started, "analyse": analysed - read,
                            "build rows": time.perf_counter() - analysed}
        return prepared
    except Exception as exc:  # a reader bug must not stop the other files
        return failed_file(path, exc)


def prepare_files(
    paths: list[Path], analyze: bool, themes: list[Theme] | None, encoding: str | None = None
) -> list[PreparedFile]:
    """What ``[prepare_file(path, ...) for path in paths]`` gives, stage by stage: every file
    read, then every document analysed, then the suggestions of each, then the rows of each.

    A worker prepares its chunk of files so: each stage's code and tables (the lexicons, the
    word caches, the theme model) stay in the processor's caches for the whole chunk instead
    of being pushed out by the other stages at every file, which measured about a tenth less
    CPU for the news-length articles of benchmarks/bench_import.py (a chunk holds about 32 KB
    of files, so the analyses kept meanwhile are small).  A file that fails at any stage
    becomes that file's error, as in prepare_file.
    """
    staged = [_StagedFile(path) for path in paths]
    for file in staged:
        file.run("read", file.read, encoding)
    # A huge article's suggestions and rows are millions of objects: see annotator/gc_pause.py.
    with collector_paused():
        if analyze:
            for file in staged:
                if not _is_annotator_export(file.path):
                    file.run("analyse", file.analyse, themes)
            for file in staged:  # the suggestions count as analysis, as in prepare_file
                file.run("analyse", file.suggest, themes)
        for file in staged:
            file.run("build rows", file.build_rows)
    return [file.outcome() for file in staged]


class _StagedFile:
    """One file of prepare_files on its way through the stages; the first error ends its way."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.bundles: list[AnnotatedDocument] = []
        self.analyses: list[Any] = []  # per bundle: its Analysis, or None when it arrived annotated
        self.prepared: PreparedFile | None = None  # set when done, or failed
        self.timings: dict[str, float] = {"read": 0.0, "analyse": 0.0, "build rows": 0.0}

    def run(self, stage: str, work: Callable[..., None], *args: Any) -> None:
        if self.prepared is not None:
            return
        started = time.perf_counter()
        try:
            work(*args)
        except Exception as exc:  # a reader bug must not stop the other files
            self.prepared = failed_file(self.path, exc)
        self.timings[stage] += time.perf_counter() - started

    def read(self, encoding: str | None) -> None:
        self.bundles = read_articles(self.path, encoding=encoding)
        self.analyses = [None] * len(self.bundles)

    def analyse(self, themes: list[Theme] | None) -> None:
        from annotator.nlp import analyze

        for index, bundle in enumerate(self.bundles):
            checkpoint()
            if not (bundle.spans or bundle.tags):
                self.analyses[index] = analyze(bundle.document.text, themes=themes)

    def suggest(self, themes: list[Theme] | None) -> None:
        from annotator.nlp import RULESET_VERSION

        self.bundles = [
            bundle if analysis is None
            else suggestions_from_analysis(bundle.document, analysis, version=RULESET_VERSION, themes=themes)
            for bundle, analysis in zip(self.bundles, self.analyses)
        ]
        self.analyses = []

    def build_rows(self) -> None:
        self.prepared = prepared_from_bundles(str(self.path), self.bundles)
        self.bundles = []

    def outcome(self) -> PreparedFile:
        prepared = self.prepared if self.prepared is not None else PreparedFile(str(self.path))
        if not (prepared.error or prepared.cancelled):
            prepared.timings = self.timings
        return prepared


def failed_file(path: Path | str, exc: Exception) -> PreparedFile:
    """The file's outcome when reading it raised ``exc``: cancelled, or its error in words."""
    if isinstance(exc, ImportCancelled):
        return PreparedFile(str(path), cancelled=True)
    if isinstance(exc, AnnotatorError):
        message = str(exc) if str(exc).startswith(str(path)) else f"{path}: {exc}"
        return PreparedFile(str(path), error=message)
    if isinstance(exc, RecursionError):
        return PreparedFile(str(path), error=f"{path}: cannot import: the file is nested too deeply to read")
    if isinstance(exc, MemoryError):
        return PreparedFile(str(path), error=f"{path}: cannot import: not enough memory to read it")
    return PreparedFile(str(path), error=f"{path}: cannot import ({type(exc).__name__}: {exc})")


def _checked(bundle: AnnotatedDocument) -> AnnotatedDocument:
    checkpoint()  # between the documents of a file: a cancel need not wait for them all
    return bundle


def _is_annotator_export(path: Path) -> bool:
    """An annotator JSONL export holds decided annotations: never re-analysed,
    even for documents exported without any (filters may have removed them)."""
    if Path(path).suffix.lower() not in (".jsonl", ".ndjson"):
        return False
    from annotator.formats.native import read_header

    return read_header(Path(path)) is not None


def add_suggestions(bundle: AnnotatedDocument, themes: list[Theme] | None) -> AnnotatedDocument:
    """Suggestions for a document that arrives without annotations."""
    if bundle.spans or bundle.tags:
        return bundle
    from annotator.nlp import RULESET_VERSION, analyze

    analysis = analyze(bundle.document.text, themes=themes)
    return suggestions_from_analysis(bundle.document, analysis, version=RULESET_VERSION, themes=themes)


def analysis_parts(path: Path) -> Generator[PreparedFile | None, float | None, None]:
    """An analysis file's chunks as PreparedFiles, then None; a bad line ends the file."""
    from annotator.analysis_import import analysis_chunks

    chunks = analysis_chunks(path)
    while True:
        try:
            started = time.perf_counter()
            part, bundles = next(chunks)
            prepared = prepared_from_bundles(str(path), bundles)
            prepared.part, prepared.last_part = part, False
            prepared.timings = {"read": time.perf_counter() - started}
        except StopIteration:
            prepared = PreparedFile(str(path), part="end")
        except AnnotatorError as exc:
            prepared = PreparedFile(str(path), error=f"{exc} (the articles before it were imported; "
                                                     "import the file again after fixing it)")
        yield prepared
        if prepared.last_part:
            break
    while True:
        yield None


class _Ready:
    """A file read in this process: always ready."""

    def __init__(self, read: Callable[[], list[PreparedFile]]) -> None:
        self._read = read

    def done(self) -> bool:
        return True

    def result(self) -> list[PreparedFile]:
        return self._read()


def prepared_files(
    files: list[Path],
    analyze: bool,
    themes: list[Theme] | None,
    workers: int | None,
    encoding: str | None,
    cancelled: CancelFn | None,
) -> Generator[PreparedFile | None, float | None, None]:
    """Yields each file's PreparedFile in order, then None.

    ``send(seconds)`` asks for the next file if it is ready within that time
    (None if it is still being analysed); a plain ``next`` waits for it.
    """
    workers = workers if workers is not None else (os.cpu_count() or 1)
    # Without analysis a worker saves only the reading, and on two cores the
    # writer then competes with it: measured slower (benchmarks/RESULTS.md).
    if not analyze or workers <= 1 or len(files) < 4:
        futures: list[Any] = [
            _Ready(partial(_prepare_here, path, analyze, themes, encoding, cancelled)) for path in files
        ]
        yield from _in_order(futures, [[path] for path in files])
        return
    # The taxonomy goes to each worker once, not pickled again with every file.
    from annotator.workers import stop_pool, worker_pool

    pool = worker_pool(workers, _set_worker_themes, (analyze, themes, encoding))
    try:
        # Each chunk is submitted as soon as its files are sized: the first submit starts the
        # workers, so they warm up on it while the sizes of the other files are read.
        chunks: list[list[Path]] = []
        submitted = []
        for chunk in _chunks(files):
            chunks.append(chunk)
            submitted.append(pool.submit(_prepare_in_worker, chunk))
        yield from _in_order(submitted, chunks)
    finally:
        stop_pool(pool)


# Files go to a worker a few at a time: the pool's result thread and the
# writer's waits cost per task, and on two cores they compete with the
# analysis.  A chunk stays small (about CHUNK_BYTES of files, at most
# CHUNK_FILES), so a big file goes alone and files still reach the writer
# (and the progress bar) steadily.
CHUNK_BYTES = 32 * 1024
CHUNK_FILES = 16


def _chunks(files: list[Path]) -> Iterator[list[Path]]:
    chunk: list[Path] = []
    size = 0
    for path in files:
        try:
            size += path.stat().st_size
        except OSError:  # the reader reports it
            pass
        chunk.append(path)
        if size >= CHUNK_BYTES or len(chunk) >= CHUNK_FILES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _in_order(futures: list[Any], chunks: list[list[Path]]) -> Generator[PreparedFile | None, float | None, None]:
    """Each future gives the PreparedFiles of its chunk of files; they are yielded in order."""
    index = 0
    wait_at_most: float | None = None
    while index < len(futures):
        future = futures[index]
        if wait_at_most is not None and not future.done():
            if wait_at_most > 0:
                concurrent.futures.wait([future], timeout=wait_at_most)
            if not future.done():
                wait_at_most = yield None
                continue
        index += 1
        try:
            ready: list[PreparedFile] = future.result()
        except Exception as exc:  # a worker died (out of memory, killed): its files fail, not the import
            ready = [
                PreparedFile(str(path), error=f"{path}: cannot import: the analysis process "
                                              f"failed ({type(exc).__name__}: {exc})")
                for path in chunks[index - 1]
            ]
        for prepared in ready:
            wait_at_most = yield prepared
    while True:
        yield None


def _prepare_here(
    path: Path, analyze: bool, themes: list[Theme] | None, encoding: str | None, cancelled: CancelFn | None
) -> list[PreparedFile]:
    # Readers call checkpoint() between rows and documents: a cancel stops
    # inside a file.  (Workers in a pool are killed instead, see stop_pool.)
    with cancellation(cancelled):
        return [prepare_file(path, analyze, themes, encoding)]


_worker_analyze = True
_worker_themes: list[Theme] | None = None
_worker_encoding: str | None = None


def _set_worker_themes(analyze: bool, themes: list[Theme] | None, encoding: str | None = None) -> None:
    global _worker_analyze, _worker_themes, _worker_encoding
    _worker_analyze, _worker_themes, _worker_encoding = analyze, themes, encoding


def _prepare_in_worker(chunk: list[Path]) -> list[PreparedFile]:
    return prepare_files(chunk, _worker_analyze, _worker_themes, _worker_encoding)
