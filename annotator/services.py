"""Use-cases shared by the CLI and the GUI (no Qt): open, import, analyse, export.

Long operations take ``progress(done, total, label)`` and ``cancelled()``
callables so that a front end can show progress and stop them; they never
touch a widget.
"""

from __future__ import annotations

import concurrent.futures
import getpass
import json
import os
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from annotator.formats.articles import SUPPORTED_SUFFIXES, read_articles
from annotator.formats.export_summary import ExportSummary
from annotator.formats.limits import ImportCancelled, cancellation, checkpoint
from annotator.model import AnnotatedDocument, AnnotatorError, Document, ProjectBusyError, Theme
from annotator.resources import default_taxonomy, resource_path
from annotator.store import DuplicateDocumentError, Project
from annotator.store.rows import DocumentRows, build_rows
from annotator.suggestions import suggestions_from_analysis

APP_NAME = "annotator"
PROJECT_SUFFIX = ".annotator"
ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


def default_project_path() -> Path:
    """The project used when none is named: in the user data directory."""
    import appdirs

    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False)) / f"default{PROJECT_SUFFIX}"


def project_path(explicit: str | os.PathLike[str] | None) -> Path:
    if explicit:
        return Path(explicit)
    env = os.environ.get("ANNOTATOR_PROJECT")
    return Path(env) if env else default_project_path()


def default_annotator() -> str:
    name = os.environ.get("ANNOTATOR_NAME")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors without a login name
        return "analyst"


def default_language() -> str:
    """``ru`` or ``en`` from the locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), as the GUI
    chooses its own; names written into exports (CSV theme names) use it."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return "ru" if value.lower().startswith("ru") else "en"
    return "en"


def open_project(path: Path | str, *, create: bool = True) -> Project:
    """Open a project; a new one gets the default theme taxonomy."""
    project = Project.open(path, create=create)
    if not project.themes():
        project.save_themes(default_taxonomy())
    return project


def ensure_sample_project(path: Path) -> Project:
    """Open ``path``, creating it with the bundled sample articles if new."""
    is_new = not path.exists()
    project = open_project(path)
    if is_new:
        import_samples(project)
    return project


def sample_files() -> list[Path]:
    return sorted(resource_path("samples").glob("*.txt"))


def import_samples(project: Project) -> ImportReport:
    metadata_file = resource_path("samples", "metadata.json")
    metadata = json.loads(metadata_file.read_text(encoding="utf-8")) if metadata_file.exists() else {}
    report = import_paths(project, sample_files(), workers=1)
    for summary in project.document_summaries():
        doc = project.document(summary.id)
        meta = metadata.get(Path(doc.origin_path).name)
        if meta:
            project.update_document_meta(
                summary.id, date=meta.get("date", ""), source=meta.get("source", "")
            )
    return report


# -- import ------------------------------------------------------------------


@dataclass
class ImportReport:
    imported: list[tuple[str, int]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    cancelled: bool = False
    files_total: int = 0  # article files considered (imported, failed or cancelled)
    # Seconds per stage: read, analyse, build rows (summed over the workers),
    # write, index (in the writing process); for the benchmark.
    timings: dict[str, float] = field(default_factory=dict)

    def add_timings(self, timings: dict[str, float]) -> None:
        for stage, seconds in timings.items():
            self.timings[stage] = self.timings.get(stage, 0.0) + seconds

    @property
    def document_count(self) -> int:
        return sum(count for _, count in self.imported)

    @property
    def ok(self) -> bool:
        return not self.failures

    def lines(self) -> list[str]:
        total = max(self.files_total, len(self.imported) + len(self.failures))
        out = [f"imported {self.document_count} document(s) from {len(self.imported)} of {total} file(s)"
               + (f"; {len(self.failures)} failed" if self.failures else "")
               + (f"; {len(self.duplicates)} duplicate(s) skipped" if self.duplicates else "")]
        out += [f"duplicate skipped: {path}: {why}" for path, why in self.duplicates]
        out += [f"failed: {why}" for _, why in self.failures]
        out += [f"not an article file, skipped: {path}" for path in self.skipped]
        if self.cancelled:
            out.append("import cancelled; files imported before the cancel are kept")
        return out


def collect_files(paths: Iterable[Path | str], report: ImportReport) -> list[Path]:
    """Expand folders recursively (sorted); unknown files inside folders are skipped."""
    files: list[Path] = []
    for item in map(Path, paths):
        if item.is_dir():
            for found in sorted(p for p in item.rglob("*") if p.is_file()):
                if found.name.startswith("."):
                    continue
                if found.suffix.lower() in SUPPORTED_SUFFIXES:
                    files.append(found)
                else:
                    report.skipped.append(str(found))
        elif item.exists():
            files.append(item)
        else:
            report.failures.append((str(item), f"{item}: no such file or folder"))
    return files


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
        if analyze and not _is_annotator_export(path):
            bundles = [_checked(add_suggestions(bundle, themes)) for bundle in bundles]
        analysed = time.perf_counter()
        prepared = prepared_from_bundles(str(path), bundles)
        prepared.timings = {"read": read - started, "analyse": analysed - read,
                            "build rows": time.perf_counter() - analysed}
        return prepared
    except ImportCancelled:
        return PreparedFile(str(path), cancelled=True)
    except AnnotatorError as exc:
        message = str(exc) if str(exc).startswith(str(path)) else f"{path}: {exc}"
        return PreparedFile(str(path), error=message)
    except RecursionError:
        return PreparedFile(str(path), error=f"{path}: cannot import: the file is nested too deeply to read")
    except MemoryError:
        return PreparedFile(str(path), error=f"{path}: cannot import: not enough memory to read it")
    except Exception as exc:  # a reader bug must not stop the other files
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
    return suggestions_from_analysis(bundle.document, analysis, version=RULESET_VERSION)


def import_paths(
    project: Project,
    paths: Iterable[Path | str],
    *,
    analyze: bool = True,
    workers: int | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    encoding: str | None = None,
) -> ImportReport:
    """Import files and folders; each file is all or nothing.

    Files are read (and analysed) outside any transaction; a group of ready
    files (``COMMIT_FILES`` files or ``COMMIT_SECONDS`` of reading) is then
    written in one short write transaction, each file in its own savepoint,
    so a bad file leaves no trace and another writer (a second import, the
    workbench) waits at most for one group.  ``progress`` reports a file only
    once it is committed, so a file reported done survives a crash or a kill.
    """
    from annotator.analysis_import import is_analysis_file

    report = ImportReport()
    files = collect_files(paths, report)
    report.files_total = len(files) + len(report.failures)
    themes = project.themes() if analyze else None
    # Analyses from `annotator analyze --jsonl` are loaded as they are, a chunk at a time.
    analysed = [path for path in files if is_analysis_file(path)]
    others = [path for path in files if path not in set(analysed)]
    sources = [partial(_prepared, others, analyze, themes, workers, encoding, cancelled)]
    sources += [partial(_analysis_parts, path) for path in analysed]
    done = 0
    for source in sources:
        if report.cancelled or (report.failures and report.failures[-1][0] == str(project.path)):
            break
        pending = source()
        try:
            while not report.cancelled:
                group = _next_group(pending, report, cancelled)
                if not group:
                    break
                outcomes = _store_group(project, group, report, left=len(files) - done - len(group))
                if outcomes is None:
                    break
                for prepared, outcome in zip(group, outcomes):
                    outcome.add_to(report, prepared.part)
                    done += prepared.last_part
                    if progress is not None:
                        progress(done, len(files), prepared.path)
        finally:
            pending.close()
    return report


def _analysis_parts(path: Path) -> Generator[PreparedFile | None, float | None, None]:
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


COMMIT_FILES = 200
COMMIT_SECONDS = 0.5
COMMIT_MIN_SECONDS = 0.1


class _Ready:
    """A file read in this process: always ready."""

    def __init__(self, read: Callable[[], PreparedFile]) -> None:
        self._read = read

    def done(self) -> bool:
        return True

    def result(self) -> PreparedFile:
        return self._read()


def _next_group(
    pending: Generator[PreparedFile | None, float | None, None], report: ImportReport, cancelled: CancelFn | None
) -> list[PreparedFile]:
    """Ready files, read outside any transaction, until the group is full.

    A group is closed early when the next file is still being analysed after
    ``COMMIT_MIN_SECONDS``, so files already read are written (and reported)
    without waiting long for it.
    """
    group: list[PreparedFile] = []
    started = time.monotonic()
    while len(group) < COMMIT_FILES and time.monotonic() - started <= COMMIT_SECONDS:
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        # A group waits up to COMMIT_MIN_SECONDS for the next file: a commit per
        # analysed file would spend more on commits and search-index segments
        # than on the files.
        wait = max(0.0, COMMIT_MIN_SECONDS - (time.monotonic() - started))
        upcoming = pending.send(wait) if group else next(pending, None)
        if upcoming is None:
            break
        if upcoming.cancelled:
            report.cancelled = True
            break
        group.append(upcoming)
    return group


def _store_group(
    project: Project, group: list[PreparedFile], report: ImportReport, *, left: int
) -> list[_FileOutcome] | None:
    """Write a group in one transaction; None (and the reason in the report) if the
    project stayed busy, in which case nothing of the group was written."""
    for prepared in group:
        report.add_timings(prepared.timings)
    try:
        started = time.perf_counter()
        with project.atomic():
            outcomes = [_store_file(project, prepared) for prepared in group]
            written = time.perf_counter()
            project.index_pending()
            indexed = time.perf_counter()
        report.add_timings({"write": written - started + time.perf_counter() - indexed, "index": indexed - written})
        return outcomes
    except ProjectBusyError as exc:
        reason = str(exc)
    except Exception as exc:  # the disk is full, the file went away: stop, but say what was kept
        reason = f"{project.path}: cannot write to the project ({type(exc).__name__}: {exc});"
    report.failures.append((str(project.path), (
        f"{reason} {len(group) + left} file(s) not imported, from {group[0].path}; "
        "run the same import again to add them (files already imported are skipped)"
    )))
    return None


def _prepared(
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
        yield from _in_order(futures, files)
        return
    # The taxonomy goes to each worker once, not pickled again with every file.
    from annotator.workers import stop_pool, worker_pool

    pool = worker_pool(workers, _set_worker_themes, (analyze, themes, encoding))
    try:
        yield from _in_order([pool.submit(_prepare_in_worker, path) for path in files], files)
    finally:
        stop_pool(pool)


def _in_order(futures: list[Any], files: list[Path]) -> Generator[PreparedFile | None, float | None, None]:
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
            prepared = future.result()
        except Exception as exc:  # a worker died (out of memory, killed): this file fails, not the import
            path = files[index - 1]
            prepared = PreparedFile(str(path), error=f"{path}: cannot import: the analysis process "
                                                     f"failed ({type(exc).__name__}: {exc})")
        wait_at_most = yield prepared
    while True:
        yield None


def _prepare_here(
    path: Path, analyze: bool, themes: list[Theme] | None, encoding: str | None, cancelled: CancelFn | None
) -> PreparedFile:
    # Readers call checkpoint() between rows and documents: a cancel stops
    # inside a file.  (Workers in a pool are killed instead, see stop_pool.)
    with cancellation(cancelled):
        return prepare_file(path, analyze, themes, encoding)


_worker_analyze = True
_worker_themes: list[Theme] | None = None
_worker_encoding: str | None = None


def _set_worker_themes(analyze: bool, themes: list[Theme] | None, encoding: str | None = None) -> None:
    global _worker_analyze, _worker_themes, _worker_encoding
    _worker_analyze, _worker_themes, _worker_encoding = analyze, themes, encoding


def _prepare_in_worker(path: Path) -> PreparedFile:
    return prepare_file(path, _worker_analyze, _worker_themes, _worker_encoding)


@dataclass
class _FileOutcome:
    path: str
    stored: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    failure: str = ""

    def add_to(self, report: ImportReport, part: str = "") -> None:
        if part and len(self.duplicates) > 1:  # a chunk of an analysis file: one line, not hundreds
            self.duplicates = [(self.path, f"{part}: {len(self.duplicates)} article(s) already in the project")]
        report.duplicates += self.duplicates
        if self.failure:
            report.failures.append((self.path, self.failure))
        elif part and report.imported and report.imported[-1][0] == self.path:
            report.imported[-1] = (self.path, report.imported[-1][1] + self.stored)
        else:
            report.imported.append((self.path, self.stored))


def _store_file(project: Project, prepared: PreparedFile) -> _FileOutcome:
    """Store one file in a savepoint: all its documents or none.

    ``ProjectBusyError`` is let through: the whole group is then refused.
    """
    outcome = _FileOutcome(prepared.path)
    if prepared.error:
        outcome.failure = prepared.error
        return outcome
    try:
        with project.atomic():
            if prepared.path.lower().endswith((".jsonl", ".ndjson")):
                _import_taxonomy(project, Path(prepared.path))
            # Earlier documents of the same file count as duplicates too.
            for rows, stored in zip(prepared.rows, project.store_rows(prepared.rows)):
                if isinstance(stored, DuplicateDocumentError):
                    outcome.duplicates.append((prepared.path, f"{rows.title or 'untitled'!r}: {stored}"))
                else:
                    outcome.stored += 1
    except ProjectBusyError:
        raise
    except AnnotatorError as exc:
        message = str(exc) if str(exc).startswith(prepared.path) else f"{prepared.path}: {exc}"
        outcome.failure = message
    except Exception as exc:  # a bug or a storage error must not stop the other files
        outcome.failure = f"{prepared.path}: cannot import ({type(exc).__name__}: {exc})"
    if outcome.failure:
        outcome.stored, outcome.duplicates = 0, []
    return outcome


def add_document(project: Project, document: Document, *, analyze: bool = True) -> int:
    """Store one document made in the app (a paste), with suggestions if asked.

    A text already in the project is refused with the title of the one it repeats.
    """
    bundle = AnnotatedDocument(document)
    if analyze:
        bundle = add_suggestions(bundle, project.themes())
    with project.atomic():
        return project.import_bundle(bundle)


# -- analysis -----------------------------------------------------------------


def analyse_document(project: Project, doc_id: int) -> int:
    """Re-run the analysis on a stored document; returns suggestions written."""
    from annotator.nlp import RULESET_VERSION, analyze

    doc = project.document(doc_id)
    analysis = analyze(doc.text, themes=project.themes())
    bundle = suggestions_from_analysis(doc, analysis, version=RULESET_VERSION)
    return project.replace_suggestions(doc_id, bundle)


def analyse_project(
    project: Project, *, progress: ProgressFn | None = None, cancelled: CancelFn | None = None
) -> int:
    written = 0
    ids = project.document_ids()
    for done, doc_id in enumerate(ids, start=1):
        if cancelled is not None and cancelled():
            break
        written += analyse_document(project, doc_id)
        if progress is not None:
            progress(done, len(ids), str(doc_id))
    return written


# -- export -------------------------------------------------------------------


def export_project(
    project: Project,
    *,
    format_name: str,
    out: Path,
    doc_ids: Iterable[int] | None = None,
    export_filter: Any = None,
    options: dict[str, Any] | None = None,
) -> int:
    """Write the project (or chosen documents) in one format; returns what the format counts
    (annotations; quote rows for csv, spans on tokens for conll)."""
    return export_with_summary(project, format_name=format_name, out=out, doc_ids=doc_ids,
                               export_filter=export_filter, options=options).written


def export_with_summary(
    project: Project,
    *,
    format_name: str,
    out: Path,
    doc_ids: Iterable[int] | None = None,
    export_filter: Any = None,
    options: dict[str, Any] | None = None,
) -> ExportSummary:
    """Like :func:`export_project`; option ``no_overlaps`` keeps one span of each overlap
    (rule in :mod:`annotator.formats.overlaps`).  Without ``export_filter`` the default
    filter applies: rejected annotations are left out (``ExportFilter(include_rejected=True)``
    keeps them)."""
    from annotator.formats import format_module
    from annotator.formats.filters import ExportFilter, apply_filter

    options = dict(options or {})
    drop = bool(options.pop("no_overlaps", False))
    module = format_module(format_name)
    themes = project.themes()
    bundles: Iterable[AnnotatedDocument] = project.iter_annotated(doc_ids)
    bundles = apply_filter(bundles, export_filter if export_filter is not None else ExportFilter(), themes)
    summary = ExportSummary(Path(out), format_name, overlaps_removed=drop,
                            overlap_advice=str(getattr(module, "OVERLAP_ADVICE", "")))
    summary.written = int(module.export(summary.count(bundles, drop), Path(out), themes=themes,
                                        options=options or {}))
    return summary


def import_annotated(
    project: Project,
    path: Path,
    *,
    format_name: str,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    options: dict[str, Any] | None = None,
) -> ImportReport:
    """Import a file in an exchange format (brat, doccano, …) that carries annotations.

    The whole file is read and checked first, so a malformed file imports
    nothing; whatever goes wrong reading it (a reader bug included) is raised
    as AnnotatorError naming the file.
    """
    from annotator.formats import format_module

    module = format_module(format_name)
    if not hasattr(module, "read"):
        raise AnnotatorError(f"the {format_name} format can be exported but not imported")
    report = ImportReport()
    with cancellation(cancelled):
        prepared = _read_annotated(module, Path(path), dict(options or {}))
    if prepared.error:  # the caller (CLI loop, workbench) reports it and goes on
        raise AnnotatorError(prepared.error)
    if prepared.cancelled or (cancelled is not None and cancelled()):
        report.cancelled = True
        return report
    try:
        with project.atomic():
            outcome = _store_file(project, prepared)
    except ProjectBusyError as exc:
        report.failures.append((str(path), f"{exc} {path} was not imported; import it again"))
        return report
    outcome.add_to(report)
    if progress is not None:
        progress(1, 1, str(path))
    return report


def _read_annotated(module: Any, path: Path, options: dict[str, Any]) -> PreparedFile:
    """Read a whole exchange-format file; anything unexpected becomes its error."""
    try:
        return prepared_from_bundles(str(path), module.read(path, options=options))
    except ImportCancelled:
        return PreparedFile(str(path), cancelled=True)
    except AnnotatorError as exc:
        message = str(exc) if str(exc).startswith(str(path)) else f"{path}: {exc}"
        return PreparedFile(str(path), error=message)
    except RecursionError:
        return PreparedFile(str(path), error=f"{path}: cannot import: the file is nested too deeply to read")
    except MemoryError:
        return PreparedFile(str(path), error=f"{path}: cannot import: not enough memory to read it")
    except Exception as exc:  # a reader bug must not stop the other files or hide the summary
        return PreparedFile(str(path), error=f"{path}: cannot import ({type(exc).__name__}: {exc})")


def _import_taxonomy(project: Project, path: Path) -> None:
    """Add the header's themes; update bundled themes the project never used.

    A theme the project has used keeps the project's own name, colour and
    guideline: the header only fills in what is missing or untouched.
    """
    from annotator.formats.native import read_taxonomy
    from annotator.resources import themes_from_json

    try:
        themes = themes_from_json(read_taxonomy(path))
    except (KeyError, TypeError, ValueError) as exc:
        raise AnnotatorError(f"{path}, line 1: malformed taxonomy in the header ({exc})") from None
    current = {theme.id: theme for theme in project.themes()}
    bundled = {theme.id: theme for theme in default_taxonomy()}
    wanted = [
        theme
        for theme in themes
        if theme.id not in current
        or (current[theme.id] != theme and current[theme.id] == bundled.get(theme.id)
            and project.theme_usage(theme.id) == 0)
    ]
    if not wanted:
        return
    try:
        project.save_themes(wanted)
    except AnnotatorError as exc:
        raise AnnotatorError(f"{path}, line 1: taxonomy in the header: {exc}") from None


# -- search -------------------------------------------------------------------


def search_documents(project: Project, query: str, *, limit: int = 200) -> list[tuple[int, str]]:
    """Documents containing every query word in any of its inflected forms."""
    from annotator.morphology import word_forms

    words = [w for w in query.split() if w.strip()]
    return project.search([word_forms(word) for word in words], limit=limit)
