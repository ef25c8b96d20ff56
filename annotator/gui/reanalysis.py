"""Running the analysis again from the app, e.g. after changing theme keywords.

F5 re-analyses the document on screen: one undoable step (undo puts back the
suggestions it had, under their old ids).  Ctrl+F5 re-analyses the whole
project in the background after a confirmation; that cannot be undone, so
the undo history is cleared.  Either way only pending automatic suggestions
are replaced: what an analyst accepted, rejected, made or commented is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator import editing, services
from annotator.gui.commands import EditCommand
from annotator.gui.project_operations import ProjectOperations, analysis_available
from annotator.gui.session import AnnotationSession


class ReanalyseCommand(EditCommand):
    touches_document = False

    def __init__(self, session: AnnotationSession, text: str, doc_id: int) -> None:
        super().__init__(session, text, doc_id)
        self.change: editing.Reanalysis | None = None

    def _do(self, *, first: bool) -> None:
        project = self.session.project
        if self.change is None:
            self.change = editing.reanalyse_document(project, self.doc_id or 0, services.analyse_document)
        else:
            editing.restore_annotations(project, self.doc_id or 0, self.change.after)
        self._refresh()

    def _undo(self) -> None:
        assert self.change is not None
        editing.restore_annotations(self.session.project, self.doc_id or 0, self.change.before)
        self._refresh()

    def _refresh(self) -> None:
        self.session.reload_annotations()
        self.session.entities_changed.emit()


class Reanalysis(QObject):
    """Emits ``message(text)`` for the status bar."""

    message = Signal(str)

    def __init__(self, session: AnnotationSession, operations: ProjectOperations, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.session = session
        self.operations = operations
        self._parent_widget = parent_widget
        self.confirm_box: QMessageBox | None = None
        operations.reanalysed.connect(self._on_project_reanalysed)

    def connect_actions(self, actions: dict[str, QAction]) -> None:
        actions["reanalyse_document"].triggered.connect(self.reanalyse_document)
        actions["reanalyse_project"].triggered.connect(self.ask_reanalyse_project)

    def _available(self) -> bool:
        if not analysis_available():
            self.session.report_error(self.tr("The analysis is not installed in this copy of annotator."))
            return False
        return True

    def reanalyse_document(self) -> None:
        if self.session.document is None or not self._available():
            return
        command = ReanalyseCommand(self.session, self.tr("Re-analyse document"), self.session.doc_id or 0)
        self.session.undo_stack.push(command)
        if command.error:
            self.session.report_error(command.error)
        elif command.change is not None:
            self.message.emit(self.tr("Analysed again: {count} new suggestion(s); your decisions are kept "
                                      "(Ctrl+Z undoes)").format(count=command.change.written))

    def ask_reanalyse_project(self) -> None:
        if not self._available():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Re-analyse the project"),
                          self.tr("Run the analysis again on all {count} document(s)?\n\n"
                                  "Suggestions nobody has decided yet are replaced by new ones; accepted, "
                                  "rejected and hand-made annotations are kept. This cannot be undone, "
                                  "and the undo history is cleared.")
                          .format(count=self.session.project.document_count()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self._parent_widget)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Re-analyse"))
        box.finished.connect(self._on_confirmed)
        self.confirm_box = box
        box.open()

    def _on_confirmed(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            self.operations.reanalyse_project()

    def _on_project_reanalysed(self) -> None:
        # Undo commands may refer to suggestions that were replaced.
        self.session.undo_stack.clear()
        self.session.reload_annotations()
        self.session.entities_changed.emit()
