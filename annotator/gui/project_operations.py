"""Import, export and annotated-file import, run in the background with a progress dialog.

Each work function opens its own connection to the project file (SQLite
connections stay on the thread that made them) and closes it when done.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from annotator import services
from annotator.formats.filters import ExportFilter
from annotator.gui.tasks import BackgroundTask, WorkFn


def analysis_available() -> bool:
    try:
        from annotator.nlp import analyze  # noqa: F401
    except ImportError:
        return False
    return True


class ProjectOperations(QObject):
    """Emits ``finished(title, lines, ok, changed)`` when an operation ends, and
    ``import_finished(report)`` when an import ends (its report has a dialog of its own)."""

    finished = Signal(str, list, bool, bool)
    import_finished = Signal(object)
    reanalysed = Signal()  # the whole project was analysed again

    def __init__(self, project_path: Callable[[], Path], parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._project_path = project_path
        self._parent_widget = parent_widget
        self.task: BackgroundTask | None = None
        self.progress_dialog: QProgressDialog | None = None

    def busy(self) -> bool:
        return self.task is not None and self.task.is_running()

    # -- operations ------------------------------------------------------------------------

    def import_paths(self, paths: list[Path], *, analyze: bool, encoding: str | None = None) -> BackgroundTask | None:
        path = self._project_path()
        analyze = analyze and analysis_available()

        def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> object:
            with services.open_project(path, create=False) as project:
                return services.import_paths(project, paths, analyze=analyze, workers=1, encoding=encoding,
                                             progress=progress, cancelled=cancelled)

        return self._run(self.tr("Importing"), work, self._on_import_done)

    def import_annotated(self, format_name: str, source: Path) -> BackgroundTask | None:
        path = self._project_path()

        def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> object:
            with services.open_project(path, create=False) as project:
                return services.import_annotated(project, source, format_name=format_name,
                                                 progress=progress, cancelled=cancelled)

        return self._run(self.tr("Importing {format}").format(format=format_name), work, self._on_import_done)

    def export(self, format_name: str, out: Path, *, export_filter: ExportFilter | None = None,
               options: dict[str, Any] | None = None, doc_ids: list[int] | None = None) -> BackgroundTask | None:
        path = self._project_path()

        def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> object:
            progress(0, 0, str(out))
            with services.open_project(path, create=False) as project:
                return services.export_with_summary(project, format_name=format_name, out=out, doc_ids=doc_ids,
                                                    export_filter=export_filter, options=options)

        def done(summary: object) -> None:
            self.finished.emit(self.tr("Export finished"), self._summary_lines(summary), True, False)

        return self._run(self.tr("Exporting {format}").format(format=format_name), work, done)

    def reanalyse_project(self) -> BackgroundTask | None:
        """Run the analysis again on every document; emits ``reanalysed`` when done."""
        path = self._project_path()
        label = self.tr("document {id}")

        def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> object:
            def report(done: int, total: int, doc_id: str) -> None:
                progress(done, total, label.format(id=doc_id))

            with services.open_project(path, create=False) as project:
                total = project.document_count()
                written = services.analyse_project(project, progress=report, cancelled=cancelled)
            return written, total, cancelled()

        def done(result: object) -> None:
            written, total, was_cancelled = result  # type: ignore[misc]
            lines = [self.tr("{count} new suggestion(s) in {total} document(s); decided annotations kept.")
                     .format(count=written, total=total)]
            if was_cancelled:
                lines.append(self.tr("Cancelled: documents not reached keep their old suggestions."))
            self.reanalysed.emit()
            self.finished.emit(self.tr("Analysis finished"), lines, True, True)

        return self._run(self.tr("Analysing the project"), work, done)

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
        dialog = make_progress_dialog(title, self.tr("Cancel"), self._parent_widget)
        dialog.canceled.connect(task.cancel)
        relay = ProgressRelay(dialog)
        task.progressed.connect(relay.update)
        task.succeeded.connect(on_success)
        task.failed.connect(lambda message: self.finished.emit(title, [message], False, False))
        task.finished.connect(dialog.close)
        task.finished.connect(self._on_task_finished)
        self.task, self.progress_dialog = task, dialog
        task.start()
        return task

    def _on_task_finished(self) -> None:
        self.task = None

    def _on_import_done(self, report: object) -> None:
        self.import_finished.emit(report)


# Wide enough for a Russian title and a long file name on two lines.
PROGRESS_WIDTH_CHARS = 56


def make_progress_dialog(title: str, cancel_text: str, parent: QWidget) -> QProgressDialog:
    """A progress box of one fixed width whose label wraps instead of being cut.

    Qt sizes the box to each new label, so it jumped with every file name and
    cut longer (Russian) text; a fixed width and a wrapping label keep it still.
    """
    dialog = QProgressDialog(title + "…", cancel_text, 0, 0, parent)
    label = QLabel(title + "…", dialog)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    dialog.setLabel(label)
    width = dialog.fontMetrics().averageCharWidth() * PROGRESS_WIDTH_CHARS
    dialog.setFixedWidth(max(width, dialog.fontMetrics().horizontalAdvance(title) + 80))
    label.setMinimumHeight(dialog.fontMetrics().lineSpacing() * 2)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


class ProgressRelay(QObject):
    """Shows a task's latest progress in its dialog, outside the signal's delivery.

    A modal QProgressDialog's setValue() processes pending events, so calling it
    from the progress slot delivered later reports inside earlier ones: other
    slots then saw them out of order and the box could end on a stale value.
    Here a report is only stored, and a zero-delay timer shows the latest.
    """

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._latest: tuple[int, int, str] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._show)

    def update(self, done: int, total: int, label: str) -> None:
        self._latest = (done, total, label)
        if not self._timer.isActive():
            self._timer.start()

    def _show(self) -> None:
        latest, self._latest = self._latest, None
        if latest is not None:
            show_progress(self._dialog, *latest)


def show_progress(dialog: QProgressDialog, done: int, total: int, label: str) -> None:
    dialog.setMaximum(total)
    dialog.setValue(done)
    name = Path(label).name
    # A file name longer than the box is shortened in the middle, not at the end.
    width = dialog.width() - 40
    name = dialog.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, width)
    dialog.setLabelText(f"{done} / {total}: {name}" if total else name)
