"""Use-cases shared by the CLI and the GUI (no Qt): open, import, analyse, export.

Long operations take ``progress(done, total, label)`` and ``cancelled()``
callables so that a front end can show progress and stop them; they never
touch a widget.  Callers use the names below; the modules split the work:
:mod:`.project` (where projects live, opening, search), :mod:`.importing`
(files and samples into a project), :mod:`.preparing` (reading and analysing
files, in worker processes), :mod:`.analysing` and :mod:`.exporting`.
"""

from annotator.formats.export_summary import ExportSummary
from annotator.resources import default_taxonomy
from annotator.services.analysing import analyse_document, analyse_project
from annotator.services.exporting import export_project, export_with_summary
from annotator.services.importing import (
    ImportReport,
    add_document,
    collect_files,
    ensure_sample_project,
    import_annotated,
    import_paths,
    import_samples,
    sample_files,
)
from annotator.services.preparing import PreparedFile, add_suggestions, prepare_file, prepared_from_bundles
from annotator.services.project import (
    APP_NAME,
    PROJECT_SUFFIX,
    CancelFn,
    ProgressFn,
    default_annotator,
    default_language,
    default_project_path,
    open_project,
    project_path,
    search_documents,
)

__all__ = [
    "APP_NAME", "PROJECT_SUFFIX", "CancelFn", "ExportSummary", "ImportReport", "PreparedFile", "ProgressFn",
    "add_document", "add_suggestions", "analyse_document", "analyse_project", "collect_files",
    "default_annotator", "default_language", "default_project_path", "default_taxonomy",
    "ensure_sample_project", "export_project", "export_with_summary", "import_annotated", "import_paths",
    "import_samples", "open_project", "prepare_file", "prepared_from_bundles", "project_path",
    "sample_files", "search_documents",
]
