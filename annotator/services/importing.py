"""Importing article files, annotated exchange files and the bundled samples into a project.

Each file is all or nothing; files are read (and analysed) by
:mod:`annotator.services.preparing` and written here in short transactions.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from annotator.formats.articles import SUPPORTED_SUFFIXES
from annotator.formats.limits import cancellation
from annotator.model import AnnotatedDocument, AnnotatorError, Document, ProjectBusyError
from annotator.resources import default_taxonomy, resource_path
from annotator.services.preparing import (
    PreparedFile,
    failed_file,
    analysis_parts,
    prepared_files,
    add_suggestions,
    prepared_from_bundles,
)
from annotator.services.project import CancelFn, ProgressFn, open_project
from annotator.store import DuplicateDocumentError, Project
from annotator.store.bulk import StoredOrDuplicate


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


# -- article files -----------------------------------------------------------


@dataclass
class ImportReport:
    imported: list[tuple[str, int]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    cancelled: bool = False
    files_total: int = 0  # article files considered (imported, failed or cancelled)
    # Seconds per stage: read, analyse, build rows (summed over the workers),
    # write, index (in the writing process; "write cpu", "index cpu": its CPU); for the benchmark.
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
            for found in sorted((p for p in item.rglob("*") if p.is_file()), key=_path_order):
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


def _path_order(path: Path) -> tuple[str, ...]:
    """The order of ``sorted(paths)``, compared in C: a folder of 10,000 files
    sorted by Path's own comparison spent half a second in Python."""
    return tuple(os.path.normcase(part) for part in path.parts)


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
    written in one short write transaction: all its files together, many
    rows per ``INSERT`` statement, or, if any of them does not fit, each file in
    its own savepoint, so a bad file leaves no trace and another writer (a
    second import, the workbench) waits at most for one group.  ``progress`` reports a file only
    once it is committed, so a file reported done survives a crash or a kill.
    """
    from annotator.analysis_import import is_analysis_file

    report = ImportReport()
    files = collect_files(paths, report)
    report.files_total = len(files) + len(report.failures)
    themes = project.themes() if analyze else None
    # Analyses from `annotator analyze --jsonl` are loaded as they are, a chunk at a time.
    analysed = [path for path in files if is_analysis_file(path)]
    analysed_set = set(analysed)
    others = [path for path in files if path not in analysed_set]
    sources = [partial(prepared_files, others, analyze, themes, workers, encoding, cancelled)]
    sources += [partial(analysis_parts, path) for path in analysed]
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


COMMIT_FILES = 200
COMMIT_SECONDS = 0.5
COMMIT_MIN_SECONDS = 0.4


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
        # Wall seconds and this thread's CPU seconds: with analysis on, the
        # workers take the cores too, and the wall clock also counts waiting for one.
        started, started_cpu = time.perf_counter(), time.thread_time()
        with project.atomic():
            outcomes = _store_batched(project, group) or [_store_file(project, prepared) for prepared in group]
            written, written_cpu = time.perf_counter(), time.thread_time()
            project.index_pending()
            indexed, indexed_cpu = time.perf_counter(), time.thread_time()
        report.add_timings({
            "write": written - started + time.perf_counter() - indexed, "index": indexed - written,
            "write cpu": written_cpu - started_cpu + time.thread_time() - indexed_cpu, "index cpu": indexed_cpu - written_cpu,
        })
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


def _store_batched(project: Project, group: list[PreparedFile]) -> list[_FileOutcome] | None:
    """Store a group's files together (multi-row INSERT statements for all of them).

    Only when every file fits: otherwise nothing is written and None is
    returned, and the caller stores the files one by one, each in its own
    savepoint, so that a bad file fails alone with its own message.  The
    outcomes are those the file-by-file path gives.
    """
    if any(not prepared.error and _carries_taxonomy(prepared.path) for prepared in group):
        return None
    stored = project.store_files([prepared.rows for prepared in group if not prepared.error])
    if stored is None:
        return None
    results = iter(stored)
    return [
        _FileOutcome(prepared.path, failure=prepared.error) if prepared.error
        else _outcome(prepared, next(results))
        for prepared in group
    ]


def _carries_taxonomy(path: str) -> bool:
    return path.lower().endswith((".jsonl", ".ndjson"))


def _outcome(prepared: PreparedFile, stored: list[StoredOrDuplicate]) -> _FileOutcome:
    """A stored file's outcome: documents stored and duplicates skipped (earlier ones of the file too)."""
    outcome = _FileOutcome(prepared.path)
    for rows, result in zip(prepared.rows, stored):
        if isinstance(result, DuplicateDocumentError):
            outcome.duplicates.append((prepared.path, f"{rows.title or 'untitled'!r}: {result}"))
        else:
            outcome.stored += 1
    return outcome


def _store_file(project: Project, prepared: PreparedFile) -> _FileOutcome:
    """Store one file in a savepoint: all its documents or none.

    ``ProjectBusyError`` is let through: the whole group is then refused.
    """
    if prepared.error:
        return _FileOutcome(prepared.path, failure=prepared.error)
    try:
        with project.atomic():
            if _carries_taxonomy(prepared.path):
                _import_taxonomy(project, Path(prepared.path))
            return _outcome(prepared, project.store_rows(prepared.rows))
    except ProjectBusyError:
        raise
    except AnnotatorError as exc:
        message = str(exc) if str(exc).startswith(prepared.path) else f"{prepared.path}: {exc}"
        return _FileOutcome(prepared.path, failure=message)
    except Exception as exc:  # a bug or a storage error must not stop the other files
        return _FileOutcome(prepared.path, failure=f"{prepared.path}: cannot import ({type(exc).__name__}: {exc})")


def add_document(project: Project, document: Document, *, analyze: bool = True) -> int:
    """Store one document made in the app (a paste), with suggestions if asked.

    A text already in the project is refused with the title of the one it repeats.
    """
    bundle = AnnotatedDocument(document)
    if analyze:
        bundle = add_suggestions(bundle, project.themes())
    with project.atomic():
        return project.import_bundle(bundle)


# -- annotated exchange files ------------------------------------------------


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
    except Exception as exc:  # a reader bug must not stop the other files or hide the summary
        return failed_file(path, exc)


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
