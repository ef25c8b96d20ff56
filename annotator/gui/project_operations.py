"""Import, export and annotated-file import, run in the background with a progress dialog.

Each work function opens its own connection to the project file (SQLite
connections stay on the thread that made them) and closes it when done.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator import services
from annotator.gui.tasks import BackgroundTask, WorkFn


def analysis_available() -> bool:
    try:
        from annotator.nlp import analyze  # noqa: F401
    except ImportError:
        return False
    return True


class ProjectOperations(QObject):
    """Emits ``finished(title, lines, ok, changed)`` when an operation ends."""

    finished = Signal(str, list, bool, bool)

    def __init__(self, project_path: Callable[[], Path], parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._project_path = project_path
        self._parent_widget = parent_widget
        self.task: BackgroundTask | None = None
        self.progress_dialog: QProgressDialog | None = None

    def busy(self) -> bool:
        return self.task is not None and self.task.is_running()

    # -- operations ------------------------------------------------------------------------

    def import_paths(self, paths: list[Path], *, analyze: bool) -> BackgroundTask | None:
        path = self._project_path()
        analyze = analyze and analysis_available()

        def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> object:
            with services.open_project(path, create=False) as project:
                return services.import_paths(project, paths, analyze=analyze, workers=1,
                                             progress=progress, cancelled=cancelled)

        return self._run(self.tr("Importing"), work, self._on_import_done)

    def import_annotated(self, format_name: str, source: Path) -> BackgroundTask | None:
        path = self._project_path()

        def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> object:
            with services.open_project(path, create=False) as project:
                return services.import_annotated(project, source, format_name=format_name,
                                                 progress=progress, cancelled=cancelled)

        return self._run(self.tr("Importing {format}").format(format=format_name), work, self._on_import_done)

    def export(self, format_name: str, out: Path, options: dict | None = None) -> BackgroundTask | None:
        path = self._project_path()

        def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> object:
            progress(0, 0, str(out))
            with services.open_project(path, create=False) as project:
                return services.export_with_summary(project, format_name=format_name, out=out, options=options)

        def done(summary: object) -> None:
            self.finished.emit(self.tr("Export finished"), self._summary_lines(summary), True, False)

        return self._run(self.tr("Exporting {format}").format(format=format_name), work, done)

    def _summary_lines(self, summary: services.ExportSummary) -> list[str]:
        if summary.is_partial:
            return [self.tr("{count} row(s) from {documents} document(s) written to {path}").format(
                count=summary.written, documents=summary.documents, path=summary.out)]
        lines = [self.tr("{documents} document(s) written to {path}: {spans} span(s), {relations} relation(s), "
                         "{tags} theme tag(s)").format(documents=summary.documents, path=summary.out,
                                                       spans=summary.spans, relations=summary.relations,
                                                       tags=summary.tags)]
        if summary.overlap_documents and summary.overlaps_removed:
            lines.append(self.tr("{spans} overlapping span(s) in {documents} document(s): one span of each "
                                 "overlap was kept").format(spans=summary.overlap_spans,
                                                            documents=summary.overlap_documents))
        elif summary.overlap_documents and summary.overlap_advice:
            lines.append(self.tr("{spans} overlapping span(s) in {documents} document(s): a doccano project "
                                 "drops them unless “Allow overlapping spans” is on; turn it on, or export "
                                 "again keeping one span of each overlap.").format(
                spans=summary.overlap_spans, documents=summary.overlap_documents))
        return lines

    # -- running ---------------------------------------------------------------------------

    def _run(self, title: str, work: WorkFn, on_success: Callable[[object], None]) -> BackgroundTask | None:
        if self.busy():
            self.finished.emit(title, [self.tr("Another operation is still running.")], False, False)
            return None
        task = BackgroundTask(work, self)
        dialog = QProgressDialog(title + "…", self.tr("Cancel"), 0, 0, self._parent_widget)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        task.progressed.connect(lambda done, total, label: self._on_progress(dialog, done, total, label))
        task.succeeded.connect(on_success)
        task.failed.connect(lambda message: self.finished.emit(title, [message], False, False))
        task.finished.connect(dialog.close)
        task.finished.connect(self._on_task_finished)
        self.task, self.progress_dialog = task, dialog
        task.start()
        return task

    def _on_progress(self, dialog: QProgressDialog, done: int, total: int, label: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(f"{done} / {total}: {Path(label).name}" if total else Path(label).name)

    def _on_task_finished(self) -> None:
        self.task = None

    def _on_import_done(self, report: object) -> None:
        lines = report.lines()  # type: ignore[attr-defined]
        ok = bool(report.ok) and not report.cancelled  # type: ignore[attr-defined]
        title = self.tr("Import cancelled") if report.cancelled else (  # type: ignore[attr-defined]
            self.tr("Import finished") if report.ok else self.tr("Import finished with problems"))  # type: ignore[attr-defined]
        self.finished.emit(title, lines, ok, True)
