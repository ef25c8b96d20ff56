"""Use-cases shared by the CLI and the GUI (no Qt): open, import, analyse, export.

Long operations take ``progress(done, total, label)`` and ``cancelled()``
callables so that a front end can show progress and stop them; they never
touch a widget.
"""

from __future__ import annotations

import getpass
import json
import os
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.formats.articles import SUPPORTED_SUFFIXES, read_articles
from annotator.formats.export_summary import ExportSummary
from annotator.model import AnnotatedDocument, AnnotatorError, Document, Theme
from annotator.resources import default_taxonomy, resource_path
from annotator.store import DuplicateDocumentError, Project
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
    path: str
    bundles: list[AnnotatedDocument] = field(default_factory=list)
    error: str = ""


def prepare_file(path: Path, analyze: bool, themes: list[Theme] | None) -> PreparedFile:
    """Read one file and, if asked, add suggestions to its unannotated documents.

    Runs in a worker process when importing with analysis on.
    """
    try:
        bundles = read_articles(path)
        if analyze and not _is_annotator_export(path):
            bundles = [add_suggestions(bundle, themes) for bundle in bundles]
        return PreparedFile(str(path), bundles)
    except AnnotatorError as exc:
        return PreparedFile(str(path), error=str(exc))
    except Exception as exc:  # a reader bug must not stop the other files
        return PreparedFile(str(path), error=f"{path}: cannot import ({type(exc).__name__}: {exc})")


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
) -> ImportReport:
    """Import files and folders; each file is all or nothing.

    Each file is stored inside its own savepoint, so a bad file leaves no
    trace; files are committed in groups (``COMMIT_FILES`` files or
    ``COMMIT_SECONDS``), and ``progress`` reports a file only once it is
    committed, so a file reported done survives a crash or a kill.
    """
    report = ImportReport()
    files = collect_files(paths, report)
    report.files_total = len(files) + len(report.failures)
    themes = project.themes() if analyze else None
    prepared_files = _prepared(files, analyze, themes, workers)
    done = 0
    try:
        while not report.cancelled:
            group = _store_group(project, prepared_files, report, cancelled)
            if not group:
                break
            for path in group:
                done += 1
                if progress is not None:
                    progress(done, len(files), path)
    finally:
        prepared_files.close()
    return report


COMMIT_FILES = 200
COMMIT_SECONDS = 0.5


def _store_group(
    project: Project, prepared_files: Iterator[PreparedFile], report: ImportReport, cancelled: CancelFn | None
) -> list[str]:
    """Store files until the group is full, in one transaction; returns their paths."""
    group: list[str] = []
    started = time.monotonic()
    with project.atomic():
        for prepared in prepared_files:
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            _store_file(project, prepared, report)
            group.append(prepared.path)
            if len(group) >= COMMIT_FILES or time.monotonic() - started > COMMIT_SECONDS:
                break
    return group


def _prepared(
    files: list[Path], analyze: bool, themes: list[Theme] | None, workers: int | None
) -> Generator[PreparedFile, None, None]:
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if not analyze or workers <= 1 or len(files) < 4:
        for path in files:
            yield prepare_file(path, analyze, themes)
        return
    # The taxonomy goes to each worker once, not pickled again with every file.
    with ProcessPoolExecutor(max_workers=workers, initializer=_set_worker_themes, initargs=(themes,)) as pool:
        futures = [pool.submit(_prepare_in_worker, path) for path in files]
        try:
            for future in futures:
                yield future.result()
        finally:
            for future in futures:
                future.cancel()


_worker_themes: list[Theme] | None = None


def _set_worker_themes(themes: list[Theme] | None) -> None:
    global _worker_themes
    _worker_themes = themes


def _prepare_in_worker(path: Path) -> PreparedFile:
    return prepare_file(path, True, _worker_themes)


def _store_file(project: Project, prepared: PreparedFile, report: ImportReport) -> None:
    if prepared.error:
        report.failures.append((prepared.path, prepared.error))
        return
    stored = 0
    try:
        with project.atomic():
            if prepared.path.lower().endswith((".jsonl", ".ndjson")):
                _import_taxonomy(project, Path(prepared.path))
            for bundle in prepared.bundles:
                try:
                    # Earlier rows of the same file are visible inside the transaction.
                    project.import_bundle(bundle)
                except DuplicateDocumentError as exc:
                    title = bundle.document.title or "untitled"
                    report.duplicates.append((prepared.path, f"{title!r}: {exc}"))
                    continue
                stored += 1
    except AnnotatorError as exc:
        message = str(exc) if str(exc).startswith(prepared.path) else f"{prepared.path}: {exc}"
        report.failures.append((prepared.path, message))
        return
    except Exception as exc:  # a bug or a storage error must not stop the other files
        report.failures.append((prepared.path, f"{prepared.path}: cannot import ({type(exc).__name__}: {exc})"))
        return
    report.imported.append((prepared.path, stored))


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

    The whole file is read and checked first, so a malformed file imports nothing.
    """
    from annotator.formats import format_module

    module = format_module(format_name)
    if not hasattr(module, "read"):
        raise AnnotatorError(f"the {format_name} format can be exported but not imported")
    bundles = list(module.read(Path(path), options=dict(options or {})))
    prepared = PreparedFile(str(path), bundles)
    report = ImportReport()
    if cancelled is not None and cancelled():
        report.cancelled = True
        return report
    _store_file(project, prepared, report)
    if progress is not None:
        progress(1, 1, str(path))
    return report


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
