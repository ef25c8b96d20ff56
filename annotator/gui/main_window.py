"""The analyst's main window: documents, the annotated text, and the panels around it.

The window only assembles widgets and routes commands; edits live in the
session, keyboard annotation in the controller, long work in project
operations.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator import services
from annotator.gui import menus, shortcuts
from annotator.gui.annotation_controller import AnnotationController
from annotator.gui.document_actions import DocumentActions
from annotator.gui.document_index import DocumentIndex
from annotator.gui.document_panel import DocumentPanel
from annotator.gui.export_dialog import LAST_FOLDER_KEY, ExportChoices, ExportDialog, start_folder
from annotator.gui.find_bar import FindBar
from annotator.gui.help_dialog import HelpDialog
from annotator.gui.import_report_dialog import ImportReportDialog
from annotator.gui.legend import Legend
from annotator.gui.names import theme_name
from annotator.gui.notes import NoteEditor
from annotator.gui.preferences_dialog import PreferencesDialog
from annotator.gui.project_operations import ProjectOperations
from annotator.gui.reanalysis import Reanalysis
from annotator.gui.search_panel import SearchPanel
from annotator.gui.session import AnnotationSession
from annotator.gui.settings import Preferences
from annotator.gui.speaker_panel import SpeakerPanel
from annotator.gui.team_menu import install_team_menu
from annotator.gui.status_feedback import StatusFeedback
from annotator.gui.taxonomy_editor import TaxonomyEditor
from annotator.gui.text_view import AnnotatedTextView
from annotator.gui.theme_panel import ThemePanel
from annotator.model import DOC_DONE, DOC_IN_PROGRESS, QUOTE, REJECTED, AnnotatorError, DocumentSummary
from annotator.store import Project

PROJECT_FILTER = "annotator projects (*.annotator);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self, project: Project, prefs: Preferences | None = None, language: str = "en") -> None:
        super().__init__()
        self.project = project
        self.prefs = prefs if prefs is not None else Preferences()
        self.language = language
        self.session = AnnotationSession(project, lambda: self.prefs.annotator, self)
        self.index = DocumentIndex(project)
        self.operations = ProjectOperations(lambda: self.project.path, self)
        self.message_box: QMessageBox | None = None
        self.last_message = ""
        self.dialog: QWidget | None = None
        self._setup_ui()
        self.prefs.add_recent_project(project.path)
        self._refresh_recent()
        self.reload_documents()

    # -- building ------------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setAcceptDrops(True)
        self.setObjectName("main_window")
        self.actions = shortcuts.create_actions(self, self.prefs)
        self.menus = menus.build_menus(self, self.actions)
        # Text-scoped keys (Q, A, R …) live on the text view only, never on the
        # window, so typing in a filter or search field cannot trigger them.
        self.addActions([self.actions[spec.id] for spec in shortcuts.ACTIONS if spec.scope == "window"])
        self.text_view = AnnotatedTextView(self.session, self)
        self.controller = AnnotationController(self.session, self.text_view, self.prefs, self.index.labels, self)
        self.controller.connect_actions(self.actions)
        self.notes = NoteEditor(self.session, self.text_view, self)
        self.notes.connect_actions(self.actions)
        self.reanalysis = Reanalysis(self.session, self.operations, self)
        self.reanalysis.connect_actions(self.actions)
        self.document_panel = DocumentPanel(self.index, self)
        self.document_panel.list.addActions([self.actions[spec.id] for spec in shortcuts.ACTIONS
                                             if spec.scope == "documents"])
        self.document_actions = DocumentActions(lambda: self.project, self.session.undo_stack,
                                                lambda: self.prefs.analyse_on_import, self)
        self.find_bar = FindBar(self.text_view, self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(Legend(self))
        right_layout.addWidget(self.find_bar)
        right_layout.addWidget(self.text_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.document_panel)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self._sized = False
        self.setCentralWidget(splitter)
        self._setup_docks()
        self._setup_status_bar()
        self._connect()
        menus.fill_format_menus(self.menus, on_export=self.export_format, on_import=self.import_annotated_format)
        self.team_actions = install_team_menu(self)

    def _setup_docks(self) -> None:
        self.speaker_panel = SpeakerPanel(self.session, self.index.mentions_of, self)
        self.theme_panel = ThemePanel(self.session, lambda: self.text_view.current_span_id, self.language, self)
        self.theme_panel.set_shortcut_host(self)
        self.search_panel = SearchPanel(lambda q: services.search_documents(self.project, q), self._titles, self)
        self.docks: dict[str, QDockWidget] = {}
        for key, title, widget in (("themes", self.tr("Themes"), self.theme_panel),
                                   ("speakers", self.tr("Speakers"), self.speaker_panel),
                                   ("search", self.tr("Search"), self.search_panel)):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock_{key}")
            dock.setWidget(widget)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.menus["view"].addAction(dock.toggleViewAction())
            self.docks[key] = dock
        self.tabifyDockWidget(self.docks["themes"], self.docks["speakers"])
        self.tabifyDockWidget(self.docks["speakers"], self.docks["search"])
        self.docks["themes"].raise_()
        self.resizeDocks([self.docks["themes"]], [340], Qt.Orientation.Horizontal)

    def _setup_status_bar(self) -> None:
        self.feedback = StatusFeedback(self.statusBar(), self.session, self.text_view, self.controller.review_mode,
                                       self)
        feedback = self.feedback
        self.span_label, self.review_label = feedback.span_label, feedback.review_label
        self.annotator_label, self.status_label = feedback.annotator_label, feedback.status_label
        self.progress_bar = feedback.progress_bar

    def _connect(self) -> None:
        a = self.actions
        stack = self.session.undo_stack
        a["undo"].triggered.connect(lambda: self.feedback.undo(stack))
        a["redo"].triggered.connect(lambda: self.feedback.redo(stack))
        stack.canUndoChanged.connect(a["undo"].setEnabled)
        stack.canRedoChanged.connect(a["redo"].setEnabled)
        stack.undoTextChanged.connect(lambda text: a["undo"].setToolTip(text))
        a["undo"].setEnabled(False)
        a["redo"].setEnabled(False)
        a["new_project"].triggered.connect(self._on_new_project)
        a["open_project"].triggered.connect(self._on_open_project)
        a["import_files"].triggered.connect(self._on_import_files)
        a["import_folder"].triggered.connect(self._on_import_folder)
        a["preferences"].triggered.connect(self.show_preferences)
        a["paste_document"].triggered.connect(self.document_actions.paste_from_clipboard)
        a["document_properties"].triggered.connect(
            lambda: self.document_actions.edit_properties(self.session.doc_id))
        a["delete_document"].triggered.connect(
            lambda: self.document_actions.delete(self.document_panel.list.current_document()))
        self.document_actions.documents_changed.connect(self._on_documents_changed)
        self.document_actions.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.document_actions.error.connect(self.show_error)
        a["quit"].triggered.connect(self.close)
        a["find"].triggered.connect(self.find_bar.open_bar)
        a["find_next"].triggered.connect(self.find_bar.find_next)
        a["find_previous"].triggered.connect(self.find_bar.find_previous)
        a["search_corpus"].triggered.connect(self._on_search_corpus)
        a["taxonomy"].triggered.connect(self.show_taxonomy_editor)
        a["next_document"].triggered.connect(lambda: self.document_panel.list.select_relative(+1))
        a["previous_document"].triggered.connect(lambda: self.document_panel.list.select_relative(-1))
        a["focus_documents"].triggered.connect(self.document_panel.list.setFocus)
        a["focus_text"].triggered.connect(self.text_view.setFocus)
        a["mark_done"].triggered.connect(self.toggle_done)
        a["toggle_rejected"].setChecked(self.prefs.show_rejected)
        a["toggle_rejected"].toggled.connect(self._on_toggle_rejected)
        self.text_view.set_show_rejected(self.prefs.show_rejected)
        a["help"].triggered.connect(self.show_help)
        self.document_panel.document_selected.connect(self._on_document_selected)
        self.session.document_loaded.connect(self._on_document_loaded)
        self.controller.message.connect(self.feedback.show)
        self.theme_panel.message.connect(self.feedback.show)
        self.notes.message.connect(self.feedback.show)
        self.reanalysis.message.connect(self.feedback.show)
        self.notes.memo_changed.connect(self.feedback.refresh)
        self.session.error.connect(self.show_error)
        self.session.document_status_changed.connect(self._on_document_status_changed)
        self.session.spans_changed.connect(lambda _ids: self._on_annotations_changed())
        self.session.tags_changed.connect(self._on_annotations_changed)
        self.session.entities_changed.connect(self._on_index_stale)
        self.session.themes_changed.connect(self._on_index_stale)
        self.speaker_panel.name_requested.connect(self.controller.name_mention)
        self.speaker_panel.mention_activated.connect(
            lambda span_id: self.text_view.set_current_span(span_id, move_cursor=True))
        self.theme_panel.edit_taxonomy_requested.connect(self.show_taxonomy_editor)
        self.search_panel.result_activated.connect(self.open_search_hit)
        self.operations.finished.connect(self._on_operation_finished)
        self.operations.import_finished.connect(self._on_import_finished)
        self.prefs.changed.connect(self._on_preferences_changed)
        self._on_preferences_changed()

    # -- documents ----------------------------------------------------------------------------

    def reload_documents(self) -> None:
        self.index.invalidate()
        self.document_panel.set_documents(self.project.document_summaries())
        self.document_panel.reload_choices()
        self._update_progress()
        self._update_empty_hint()
        if self.document_panel.list.current_document() is None:
            last = self.prefs.last_document(self.project.path)
            if last is None or not self.document_panel.list.select_document(last):
                self.document_panel.list.select_relative(+1)

    def _update_empty_hint(self) -> None:
        """An empty project says how to fill it instead of showing blank panes."""
        empty = self.project.document_count() == 0
        self.text_view.setPlaceholderText(self.tr(
            "This project has no articles yet.\n\n"
            "• Import files or a folder: File › Import files… (Ctrl+I) or drag them onto this window.\n"
            "• Paste an article from the browser: Ctrl+V in the document list, or "
            "File › New document from clipboard.\n\n"
            "Then: N goes to the next suggestion, A accepts it, R rejects it, "
            "Q / S mark a selection as quote / speaker, K links a quote to its speaker. "
            "F1 lists every key.") if empty else self.tr("Choose a document in the list on the left."))

    def _on_documents_changed(self, doc_id: int) -> None:
        """After a paste, a delete, a property edit or their undo."""
        current = self.session.doc_id
        if current is not None and current not in self.project.document_ids():
            self.session.load(None)
        elif current is not None and current == doc_id:
            self.session.load(current)  # new title or date
        self.reload_documents()
        if doc_id >= 0:
            self.open_document(doc_id)

    def _titles(self) -> dict[int, str]:
        return {s.id: s.title for s in self.document_panel.list.table_model.summaries()}

    def _on_document_selected(self, doc_id: int) -> None:
        if doc_id != self.session.doc_id:
            self.session.load(doc_id)

    def _on_document_loaded(self) -> None:
        """Keep the list and the title on the document shown (undo may switch it)."""
        document = self.session.document
        if document is None:
            self.setWindowTitle(f"{self.project.path.name} — annotator")
            return
        if self.document_panel.list.current_document() != document.id:
            self.document_panel.list.select_document(document.id or 0, emit=False)
        self.prefs.set_last_document(self.project.path, document.id or 0)
        self.setWindowTitle(f"{document.title} — {self.project.path.name} — annotator")

    def open_document(self, doc_id: int) -> bool:
        if not self.document_panel.list.select_document(doc_id):
            # Filtered out: clear the filters so the document can be shown.
            self.document_panel.text_filter.clear()
            self.document_panel.status_filter.setCurrentIndex(0)
            self.document_panel.speaker_filter.setCurrentIndex(0)
            self.document_panel.theme_filter.setCurrentIndex(0)
            self.document_panel.apply_filters()
            self.document_panel.list.select_document(doc_id)
        if self.session.doc_id != doc_id:
            self.session.load(doc_id)
        return self.session.doc_id == doc_id

    def open_search_hit(self, doc_id: int, word: str) -> None:
        self.open_document(doc_id)
        start = _find_word(self.session.text, word)
        if start >= 0:
            self.text_view.select_range(start, start + len(word))
        self.text_view.setFocus()

    def _on_annotations_changed(self) -> None:
        document = self.session.document
        if document is None:
            return
        quotes = sum(1 for s in self.session.spans.values() if s.label == QUOTE and s.status != REJECTED)
        tags = sum(1 for t in self.session.tags if t.status != REJECTED)
        self.document_panel.list.table_model.update_document(DocumentSummary(
            id=document.id or 0, title=document.title, date=document.date, source=document.source,
            status=document.status, quote_count=quotes, tag_count=tags, length=len(document.text)))
        self.index.invalidate()
        self.index.add_labels({span.label for span in self.session.spans.values()})

    def _on_index_stale(self) -> None:
        self.index.invalidate()
        self.document_panel.reload_choices()

    def _on_document_status_changed(self, _doc_id: int, _status: str) -> None:
        self._on_annotations_changed()
        self._update_progress()

    def toggle_done(self) -> None:
        document = self.session.document
        if document is None:
            return
        done = document.status != DOC_DONE
        self.session.set_document_status(DOC_DONE if done else DOC_IN_PROGRESS)
        self.statusBar().showMessage(self.tr("Document marked done") if done else
                                     self.tr("Document back in progress"), 4000)

    def _update_progress(self) -> None:
        counts = self.project.status_counts()
        total = sum(counts.values())
        done = counts.get(DOC_DONE, 0)
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        # With no documents "%v of %m" would read "0 of 1".
        self.progress_bar.setFormat(self.tr("%v of %m done") if total else self.tr("no documents"))
        self.status_label.setText(self.tr("{done} of {total} documents done · {progress} in progress").format(
            done=done, total=total, progress=counts.get(DOC_IN_PROGRESS, 0)))

    # -- projects ------------------------------------------------------------------------------

    def open_project_file(self, path: Path, *, create: bool = False) -> bool:
        """Switch to another project; a bad file leaves the current one open."""
        if self.operations.busy():
            self.show_error(self.tr("Wait for the running import or export to finish."))
            return False
        try:
            project = services.open_project(path, create=create)
        except AnnotatorError as exc:
            self.show_error(self.tr("Cannot open this project:\n{error}\n\nThe current project stays open.")
                            .format(error=exc))
            return False
        self.project.close()
        self.project = project
        self.session.project = project
        self.index.reset(project)
        self.session.undo_stack.clear()
        self.session.id_of.clear()
        self.session.load(None)
        self.session.themes_changed.emit()
        self.session.entities_changed.emit()
        self.document_panel.list.set_documents([])
        self.reload_documents()
        self.prefs.add_recent_project(project.path)
        self._refresh_recent()
        if self.session.document is None:
            self.setWindowTitle(f"{project.path.name} — annotator")
        return True

    def _refresh_recent(self) -> None:
        menus.fill_recent_menu(self.menus["recent"], self.prefs.recent_projects(), self.open_project_file,
                               self._on_clear_recent)

    def _on_clear_recent(self) -> None:
        self.prefs.clear_recent_projects()
        self._refresh_recent()

    def _on_new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), str(Path.home() / "project.annotator"),
                                              PROJECT_FILTER)
        if name:
            path = Path(name) if name.endswith(".annotator") else Path(name + ".annotator")
            self.open_project_file(path, create=True)

    def _on_open_project(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), str(self.project.path.parent),
                                              PROJECT_FILTER)
        if name:
            self.open_project_file(Path(name))

    # -- import and export ----------------------------------------------------------------------

    def _on_import_files(self) -> None:
        from annotator.formats.articles import SUPPORTED_SUFFIXES

        patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import articles"), str(Path.home()),
            self.tr("Articles ({patterns});;All files (*)").format(patterns=patterns))
        if names:
            self.import_paths([Path(name) for name in names])

    def _on_import_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of articles"), str(Path.home()))
        if name:
            self.import_paths([Path(name)])

    def import_paths(self, paths: list[Path]) -> object:
        return self.operations.import_paths(paths, analyze=self.prefs.analyse_on_import)

    def export_format(self, format_name: str) -> ExportDialog:
        """Open the export dialog on ``format_name``; the export runs when it is accepted."""
        document = self.session.document
        choices = ExportChoices(
            project_stem=self.project.path.stem, themes=self.project.themes(),
            annotators=self.project.annotation_annotators(), language=self.language,
            current_document=(document.id or 0, document.title) if document is not None else None)
        dialog = ExportDialog(format_name, choices, start_folder(self.prefs.value(LAST_FOLDER_KEY)), self)
        dialog.accepted.connect(lambda: self._run_export(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _run_export(self, dialog: ExportDialog) -> object:
        target = dialog.target()
        self.prefs.set_value(LAST_FOLDER_KEY, str(target.parent))
        return self.operations.export(dialog.format_name(), target, export_filter=dialog.export_filter(),
                                      options=dialog.options(), doc_ids=dialog.doc_ids())

    def import_annotated_format(self, format_name: str) -> object:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import {format} file").format(format=format_name),
                                              str(Path.home()))
        return self.operations.import_annotated(format_name, Path(name)) if name else None

    def _on_operation_finished(self, title: str, lines: list, ok: bool, changed: bool) -> None:
        if changed:
            self.reload_documents()
        self.show_message(title, "\n".join(lines), error=not ok)

    def _on_import_finished(self, report: services.ImportReport) -> None:
        self.reload_documents()
        self.last_message = "\n".join(report.lines())
        dialog = ImportReportDialog(report, self)
        dialog.retry_requested.connect(
            lambda paths, encoding: self.operations.import_paths(paths, analyze=self.prefs.analyse_on_import,
                                                                 encoding=encoding))
        self.dialog = dialog
        dialog.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if len(paths) == 1 and paths[0].suffix == ".annotator":
            self.open_project_file(paths[0])
        elif paths:
            self.import_paths(paths)
        event.acceptProposedAction()

    # -- dialogs and messages ---------------------------------------------------------------------

    def show_message(self, title: str, text: str, *, error: bool = False) -> None:
        self.last_message = text
        icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, text[:4000], QMessageBox.StandardButton.Ok, self)
        self.message_box = box
        box.open()

    def show_error(self, text: str) -> None:
        self.statusBar().showMessage(text.splitlines()[0], 8000)
        self.show_message(self.tr("annotator"), text, error=True)

    def show_help(self) -> None:
        keys = [(theme_name(t), t.shortcut) for t in self.project.themes() if t.shortcut]
        self.dialog = HelpDialog(self.prefs, keys, self)
        self.dialog.open()

    def show_preferences(self) -> None:
        self.dialog = PreferencesDialog(self.prefs, self)
        self.dialog.open()

    def show_taxonomy_editor(self) -> None:
        self.dialog = TaxonomyEditor(self.session, self)
        self.dialog.open()

    def _on_search_corpus(self) -> None:
        self.docks["search"].show()
        self.docks["search"].raise_()
        self.search_panel.focus_field()

    def _on_toggle_rejected(self, show: bool) -> None:
        self.prefs.set_show_rejected(show)
        self.text_view.set_show_rejected(show)

    def _on_preferences_changed(self) -> None:
        shortcuts.apply_shortcuts(self.actions, self.prefs)
        self.annotator_label.setText(self.tr("Annotator: {name}").format(name=self.prefs.annotator))

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        super().showEvent(event)
        if not self._sized:
            # The text gets the room; the list keeps what its columns need.
            self._sized = True
            total = max(self.splitter.width(), 800)
            self.splitter.setSizes([int(total * 0.46), total - int(total * 0.46)])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.operations.task is not None:
            self.operations.task.cancel()
            self.operations.task.wait()
        self.prefs.set_value("window/geometry", self.saveGeometry())
        self.prefs.set_value("window/state", self.saveState())
        super().closeEvent(event)


def _find_word(text: str, word: str) -> int:
    """Start of the first whole-word occurrence of ``word`` (case-insensitive), or -1."""
    import re

    match = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)
    return match.start() if match else -1
