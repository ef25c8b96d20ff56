"""Writing a project, or chosen documents, in an exchange format."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.formats.export_summary import ExportSummary
from annotator.model import AnnotatedDocument
from annotator.store import Project


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
