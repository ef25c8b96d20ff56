"""The document being annotated: its spans, relations and tags, and the undo stack.

Widgets read the current document from here and change it only through the
edit methods, which push undo commands; each command saves at once.  Signals
name what changed so that views redraw only that.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from annotator import editing
from annotator.gui import commands
from annotator.model import (
    ACCEPTED,
    AnnotatorError,
    ProjectBusyError,
    QUOTE,
    REJECTED,
    SAID_BY,
    SPEAKER,
    SUGGESTED,
    Document,
    Relation,
    Span,
    Theme,
    ThemeTag,
)
from annotator.store import Project
from annotator.text import Utf16Map


class AnnotationSession(QObject):
    document_loaded = Signal()
    spans_changed = Signal(list)  # ids of spans added, changed or removed
    relations_changed = Signal()
    tags_changed = Signal()
    entities_changed = Signal()
    themes_changed = Signal()
    document_status_changed = Signal(int, str)
    error = Signal(str)

    def __init__(self, project: Project, annotator: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._annotator = annotator
        self.undo_stack = QUndoStack(self)
        self.id_of: dict[int, int] = {}  # span ids re-created by undo: old -> new
        self.document: Document | None = None
        self.utf16 = Utf16Map("")
        self.spans: dict[int, Span] = {}
        self.relations: list[Relation] = []
        self.tags: list[ThemeTag] = []
        self._starts: list[tuple[int, int]] | None = None
        self.document_status_changed.connect(self._on_document_status_changed)

    def _on_document_status_changed(self, doc_id: int, status: str) -> None:
        if self.document is not None and self.document.id == doc_id:
            self.document.status = status

    # -- loading ------------------------------------------------------------------

    @property
    def doc_id(self) -> int | None:
        return self.document.id if self.document is not None else None

    @property
    def text(self) -> str:
        return self.document.text if self.document is not None else ""

    def load(self, doc_id: int | None) -> None:
        if doc_id is None:
            self.document = None
            self.utf16 = Utf16Map("")
            self.spans, self.relations, self.tags = {}, [], []
        else:
            self.document = self.project.document(doc_id)
            self.utf16 = Utf16Map(self.document.text)
            self._read_annotations()
        self._starts = None
        self.document_loaded.emit()

    def _read_annotations(self) -> None:
        doc_id = self.doc_id or 0
        self.spans = {span.id or 0: span for span in self.project.spans(doc_id)}
        self.relations = self.project.relations(doc_id)
        self.tags = self.project.tags(doc_id)

    def show_document_of(self, doc_id: int | None) -> None:
        """Undo/redo of an edit in another document brings that document up."""
        if doc_id is not None and doc_id != self.doc_id:
            self.load(doc_id)

    # -- refreshing after an edit (called by commands) ------------------------------

    def refresh_spans(self, span_ids: list[int], *, removed: bool = False) -> None:
        for span_id in span_ids:
            if removed:
                self.spans.pop(span_id, None)
            else:
                self.spans[span_id] = self.project.span(span_id)
        self._starts = None
        if removed:
            self.relations = self.project.relations(self.doc_id or 0)
            self.tags = self.project.tags(self.doc_id or 0)
        self.spans_changed.emit(list(span_ids))
        if removed:
            self.relations_changed.emit()
            self.tags_changed.emit()

    def reload_relations(self) -> None:
        self.relations = self.project.relations(self.doc_id or 0)
        self.relations_changed.emit()

    def reload_tags(self) -> None:
        self.tags = self.project.tags(self.doc_id or 0) if self.document else []
        self.tags_changed.emit()

    def reload_annotations(self) -> None:
        if self.document is None:
            return
        before = dict(self.spans)
        self._read_annotations()
        self._starts = None
        changed = [sid for sid, span in self.spans.items() if before.get(sid) != span]
        changed += [sid for sid in before if sid not in self.spans]
        self.spans_changed.emit(changed)
        self.relations_changed.emit()
        self.tags_changed.emit()

    def after_edit(self, doc_id: int | None) -> bool:
        """A first edit moves a new document to in progress; True if this one did."""
        if doc_id is not None and self.document is not None and doc_id == self.doc_id:
            if editing.touch_document(self.project, doc_id, self.document.status):
                self.document.status = "in_progress"
                self.document_status_changed.emit(doc_id, "in_progress")
                return True
        return False

    def restore_new_status(self, doc_id: int | None) -> None:
        """Undo of a document's first edit gives it back the status "new"."""
        if doc_id is not None and editing.untouch_document(self.project, doc_id):
            self.document_status_changed.emit(doc_id, "new")

    def report_error(self, message: str) -> None:
        self.error.emit(message)

    def describe_error(self, exc: BaseException) -> str:
        """What the analyst reads when an edit could not be saved."""
        if isinstance(exc, ProjectBusyError):
            return self.tr(
                "The project is busy: another annotator process (an import, another window) "
                "kept it locked for more than {seconds} s. The edit was not saved; try again "
                "in a moment."
            ).format(seconds=f"{self.project.db.busy_timeout:g}")
        if isinstance(exc, AnnotatorError):
            return str(exc)
        return self.tr("The edit could not be saved ({error}); the project file is unchanged.").format(
            error=f"{type(exc).__name__}: {exc}")

    def undo(self) -> bool:
        """Undo the last edit; if it cannot be undone the stack stays where it was (False)."""
        return self._step(self.undo_stack.index() - 1, self.undo_stack.undo, self.undo_stack.redo)

    def redo(self) -> bool:
        """Redo the next edit; if it cannot be redone the stack stays where it was (False)."""
        return self._step(self.undo_stack.index(), self.undo_stack.redo, self.undo_stack.undo)

    def _step(self, index: int, step: Callable[[], None], back: Callable[[], None]) -> bool:
        command = self.undo_stack.command(index) if 0 <= index < self.undo_stack.count() else None
        step()
        if command is not None and getattr(command, "failed", False):
            command.failed = False
            command.skip_next = True  # moves the index back without touching the file
            back()
            self.error.emit(command.error)
            return False
        return True

    def current_id(self, span_id: int) -> int:
        return editing.current_id(self.id_of, span_id)

    # -- queries --------------------------------------------------------------------

    @property
    def annotator(self) -> str:
        return self._annotator()

    def visible_spans(self, show_rejected: bool = False) -> list[Span]:
        return [s for s in self.spans.values() if show_rejected or s.status != REJECTED]

    def spans_at(self, offset: int) -> list[Span]:
        """Live spans covering ``offset``, innermost first."""
        if self._starts is None:
            self._starts = sorted((s.start, sid) for sid, s in self.spans.items())
        index = bisect_right(self._starts, (offset, float("inf")))
        found = []
        for start, span_id in reversed(self._starts[:index]):
            span = self.spans[span_id]
            if span.end > offset and span.status != REJECTED:
                found.append(span)
            if offset - start > 20_000:  # no span is that long; stop scanning
                break
        return sorted(found, key=lambda s: s.end - s.start)

    def ordered_spans(self, *, suggestions_only: bool = False) -> list[Span]:
        spans = [s for s in self.spans.values() if s.status != REJECTED]
        if suggestions_only:
            spans = [s for s in spans if s.status == SUGGESTED]
        return sorted(spans, key=lambda s: (s.start, s.end, s.id))

    def _live(self, relation: Relation) -> bool:
        """A link counts while neither it nor either end is rejected (files from older versions)."""
        if relation.kind != SAID_BY or relation.status == REJECTED:
            return False
        return all(self.spans.get(end) is not None and self.spans[end].status != REJECTED
                   for end in (relation.source_id, relation.target_id))

    def speakers_of(self, quote_id: int) -> list[int]:
        return [r.target_id for r in self.relations if r.source_id == quote_id and self._live(r)]

    def quotes_of(self, speaker_id: int) -> list[int]:
        return [r.source_id for r in self.relations if r.target_id == speaker_id and self._live(r)]

    def speaker_spans(self) -> list[Span]:
        return [s for s in self.ordered_spans() if s.label == SPEAKER]

    def labels(self) -> list[str]:
        """Labels used in this document plus the core ones, for the label chooser."""
        return sorted({*self.project_labels, *(s.label for s in self.spans.values())})

    project_labels: tuple[str, ...] = ("QUOTE", "SPEAKER", "CUE")

    def find_tag(self, theme_id: str, span_id: int | None) -> ThemeTag | None:
        return next((t for t in self.tags if t.theme_id == theme_id and t.span_id == span_id), None)

    def span_text(self, span: Span) -> str:
        return self.text[span.start:span.end]

    # -- edits (each pushes one undo command) -----------------------------------------

    def _push(self, command: commands.EditCommand) -> bool:
        self.undo_stack.push(command)
        if command.error:
            self.error.emit(command.error)
            return False
        return True

    def create_span(self, start: int, end: int, label: str) -> int | None:
        if self.document is None:
            return None
        template = Span(start=start, end=end, label=label, doc_id=self.doc_id,
                        annotator=self.annotator, attrs={"kind": "direct"} if label == QUOTE else {})
        command = commands.CreateSpanCommand(self, self.tr("Create {label}").format(label=label), template)
        return command.span_id if self._push(command) else None

    def delete_span(self, span_id: int) -> bool:
        return self._push(commands.DeleteSpanCommand(self, self.tr("Delete annotation"), span_id, self.doc_id or 0))

    def _update(self, text: str, span_id: int, operation: Callable[[int], tuple[Span, Span]]) -> bool:
        return self._push(commands.UpdateSpanCommand(self, text, span_id, self.doc_id or 0, operation))

    def set_bounds(self, span_id: int, start: int, end: int) -> bool:
        return self._update(self.tr("Adjust boundaries"), span_id,
                            lambda sid: editing.set_span_bounds(self.project, sid, start, end))

    def set_status(self, span_id: int, status: str) -> bool:
        text = self.tr("Accept") if status == ACCEPTED else self.tr("Reject")
        return self._push(commands.DecideCommand(self, text, span_id, self.doc_id or 0, status, self.annotator))

    def set_quote_kind(self, span_id: int, kind: str) -> bool:
        return self._update(self.tr("Set quote kind"), span_id,
                            lambda sid: editing.set_quote_kind(self.project, sid, kind))

    def set_comment(self, span_id: int, comment: str) -> bool:
        return self._update(self.tr("Comment"), span_id, lambda sid: editing.set_comment(self.project, sid, comment))

    def assign_entity(self, span_id: int, name: str, type_: str) -> bool:
        return self._update(self.tr("Assign speaker"), span_id,
                            lambda sid: editing.assign_entity(self.project, sid, name, type_))

    def accept_all(self, kind: str = "all") -> bool:
        """Accept every suggestion of the document, or of one kind (see :mod:`annotator.review`)."""
        if self.document is None:
            return False
        return self._push(commands.AcceptAllCommand(self, self.tr("Accept all"), self.doc_id or 0, self.annotator,
                                                    kind))

    def link(self, quote_id: int, speaker_id: int) -> bool:
        return self._push(commands.LinkCommand(self, self.tr("Link quote to speaker"), quote_id, speaker_id,
                                               self.doc_id or 0, self.annotator))

    def toggle_tag(self, theme_id: str, span_id: int | None) -> bool:
        """Tag a span or the document; a second press on an accepted tag removes it."""
        if self.document is None:
            return False
        existing = self.find_tag(theme_id, span_id)
        if existing is not None and existing.status == ACCEPTED:
            return self._push(commands.UntagCommand(self, self.tr("Remove theme"), self.doc_id or 0, existing.id or 0))
        return self._push(commands.TagCommand(self, self.tr("Tag theme"), self.doc_id or 0, theme_id, span_id,
                                              self.annotator))

    def set_tag_status(self, tag: ThemeTag, status: str) -> bool:
        return self._push(commands.TagStatusCommand(self, self.tr("Theme suggestion"), self.doc_id or 0, tag,
                                                    status, self.annotator))

    def rename_entity(self, entity_id: int, name: str) -> bool:
        return self._push(commands.EntityCommand(
            self, self.tr("Rename speaker"), lambda: editing.rename_entity(self.project, entity_id, name)))

    def add_alias(self, entity_id: int, alias: str) -> bool:
        return self._push(commands.EntityCommand(
            self, self.tr("Add alias"), lambda: editing.add_alias(self.project, entity_id, alias)))

    def merge_entities(self, keep_id: int, drop_id: int, mention_ids: list[int]) -> bool:
        return self._push(commands.MergeEntitiesCommand(self, self.tr("Merge speakers"), keep_id, drop_id,
                                                        mention_ids))

    def save_theme(self, theme: Theme, *, own_step: bool = False) -> bool:
        """Save ``theme``; typing into one theme is one undo step unless ``own_step``."""
        if own_step:
            return self._push(commands.ReplaceThemeCommand(self, self.tr("Shipped keywords"), theme))
        return self._push(commands.SaveThemeCommand(self, self.tr("Edit theme"), theme))

    def delete_theme(self, theme_id: str) -> bool:
        return self._push(commands.DeleteThemeCommand(self, self.tr("Delete theme"), theme_id,
                                                      self.project.document_ids()))

    def set_document_status(self, status: str) -> bool:
        if self.document is None:
            return False
        return self._push(commands.DocumentStatusCommand(self, self.tr("Document status"), self.doc_id or 0, status))

    def is_suggestion(self, span_id: int) -> bool:
        span = self.spans.get(span_id)
        return span is not None and span.status == SUGGESTED
