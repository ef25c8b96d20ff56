"""Re-running the analysis on stored documents."""

from __future__ import annotations

from annotator.services.project import CancelFn, ProgressFn
from annotator.store import Project
from annotator.suggestions import suggestions_from_analysis


def analyse_document(project: Project, doc_id: int) -> int:
    """Re-run the analysis on a stored document; returns suggestions written."""
    from annotator.nlp import RULESET_VERSION, analyze

    doc = project.document(doc_id)
    themes = project.themes()
    analysis = analyze(doc.text, themes=themes)
    bundle = suggestions_from_analysis(doc, analysis, version=RULESET_VERSION, themes=themes)
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
