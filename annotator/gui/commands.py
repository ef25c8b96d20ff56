"""Undo commands: each wraps one typed operation of :mod:`annotator.editing`.

A command's first ``redo`` performs the edit; the edit is written to the
project file at once (one transaction).  Commands refer to spans by the id
they had when the command was made; the session's id map follows a span
that undo re-created under a new id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from annotator import editing
from annotator.model import AnnotatorError, Span, Theme, ThemeTag

if TYPE_CHECKING:
    from annotator.gui.session import AnnotationSession


class EditCommand(QUndoCommand):
    """Base: runs ``_do``/``_undo`` with the session's project, reports errors.

    An edit that could not be saved (the project busy, a storage error) never
    stays on the stack as done: a first ``redo`` that fails marks the command
    obsolete, so QUndoStack drops it; a later ``redo`` or an ``undo`` that
    fails sets ``failed`` and the session steps the stack back (see
    ``AnnotationSession.undo``) without touching the file.
    """

    # Whether the edit moves a new document to "in progress".
    touches_document = True

    def __init__(self, session: AnnotationSession, text: str, doc_id: int | None) -> None:
        super().__init__(text)
        self.session = session
        self.doc_id = doc_id
        self.error = ""
        self.failed = False
        self.skip_next = False
        self._done_once = False

    def redo(self) -> None:
        if self.skip_next:  # the stack is being put back after a failed undo
            self.skip_next = False
            return
        self.session.show_document_of(self.doc_id)
        try:
            self._do(first=not self._done_once)
        except Exception as exc:  # not saved, whatever the reason: say so, keep no phantom
            self.error = self.session.describe_error(exc)
            self.failed = True
            if not self._done_once:
                self.setObsolete(True)
            return
        self._done_once = True
        # Remember whether this edit moved a new document to "in progress",
        # so that its undo can move it back.
        self._started_document = self.session.after_edit(self.doc_id if self.touches_document else None)

    def undo(self) -> None:
        if self.skip_next:  # the stack is being put back after a failed redo
            self.skip_next = False
            return
        self.session.show_document_of(self.doc_id)
        try:
            self._undo()
        except Exception as exc:
            self.error = self.session.describe_error(exc)
            self.failed = True
            return
        self.session.after_edit(None)
        if getattr(self, "_started_document", False):
            self.session.restore_new_status(self.doc_id)

    def _id(self, span_id: int) -> int:
        return self.session.current_id(span_id)

    def _do(self, *, first: bool) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class CreateSpanCommand(EditCommand):
    def __init__(self, session: AnnotationSession, text: str, span: Span) -> None:
        super().__init__(session, text, span.doc_id)
        self._template = span
        self._deleted: editing.DeletedSpan | None = None
        self.span_id = 0

    def _do(self, *, first: bool) -> None:
        project = self.session.project
        if self._deleted is None:
            t = self._template
            span = editing.create_span(project, doc_id=t.doc_id or 0, start=t.start, end=t.end,
                                       label=t.label, annotator=t.annotator, attrs=t.attrs or None,
                                       entity_id=t.entity_id)
            self.span_id = span.id or 0
        else:
            editing.restore_span(project, self._deleted, self.session.id_of)
        self.session.refresh_spans([self._id(self.span_id)])

    def _undo(self) -> None:
        current = self._id(self.span_id)
        self._deleted = editing.delete_span(self.session.project, current)
        self.session.refresh_spans([current], removed=True)


class DeleteSpanCommand(EditCommand):
    def __init__(self, session: AnnotationSession, text: str, span_id: int, doc_id: int) -> None:
        super().__init__(session, text, doc_id)
        self.span_id = span_id
        self._deleted: editing.DeletedSpan | None = None

    def _do(self, *, first: bool) -> None:
        current = self._id(self.span_id)
        self._deleted = editing.delete_span(self.session.project, current)
        self.session.refresh_spans([current], removed=True)

    def _undo(self) -> None:
        assert self._deleted is not None
        span = editing.restore_span(self.session.project, self._deleted, self.session.id_of)
        self.session.refresh_spans([span.id or 0])


SpanOp = Callable[..., tuple[Span, Span]]


class UpdateSpanCommand(EditCommand):
    """Bounds, status, kind or entity of one span: remembers before and after."""

    def __init__(self, session: AnnotationSession, text: str, span_id: int, doc_id: int,
                 operation: Callable[[int], tuple[Span, Span]]) -> None:
        super().__init__(session, text, doc_id)
        self.span_id = span_id
        self._operation = operation
        self._before: Span | None = None
        self._after: Span | None = None

    def _do(self, *, first: bool) -> None:
        current = self._id(self.span_id)
        if self._after is None:
            self._before, self._after = self._operation(current)
        else:
            self._after.id = current
            editing.restore_span_fields(self.session.project, self._after)
        self.session.refresh_spans([current])

    def _undo(self) -> None:
        assert self._before is not None
        current = self._id(self.span_id)
        self._before.id = current
        editing.restore_span_fields(self.session.project, self._before)
        self.session.refresh_spans([current])


class AcceptAllCommand(EditCommand):
    def __init__(self, session: AnnotationSession, text: str, doc_id: int, annotator: str,
                 kind: str = "all") -> None:
        super().__init__(session, text, doc_id)
        self._annotator, self._kind = annotator, kind
        self._change: editing.BulkChange | None = None

    def _do(self, *, first: bool) -> None:
        self._change = editing.accept_all(self.session.project, self.doc_id or 0, self._annotator, self._kind)
        self.session.reload_annotations()

    def _undo(self) -> None:
        assert self._change is not None
        editing.undo_bulk(self.session.project, self._change, self.session.id_of)
        self.session.reload_annotations()


class DecideCommand(EditCommand):
    """Accept or reject one span (and, for an accepted quote, its suggested link)."""

    def __init__(self, session: AnnotationSession, text: str, span_id: int, doc_id: int, status: str,
                 annotator: str) -> None:
        super().__init__(session, text, doc_id)
        self.span_id, self._status, self._annotator = span_id, status, annotator
        self._change: editing.BulkChange | None = None

    def _do(self, *, first: bool) -> None:
        current = self._id(self.span_id)
        self._change = editing.decide(self.session.project, current, self._status, self._annotator)
        self.session.refresh_spans([current])
        if self._change.relations:
            self.session.reload_relations()

    def _undo(self) -> None:
        assert self._change is not None
        editing.undo_bulk(self.session.project, self._change, self.session.id_of)
        self.session.refresh_spans([self._id(self.span_id)])
        if self._change.relations:
            self.session.reload_relations()


class LinkCommand(EditCommand):
    def __init__(self, session: AnnotationSession, text: str, quote_id: int, speaker_id: int,
                 doc_id: int, annotator: str) -> None:
        super().__init__(session, text, doc_id)
        self.quote_id, self.speaker_id, self._annotator = quote_id, speaker_id, annotator
        self._change: editing.LinkChange | None = None

    def _do(self, *, first: bool) -> None:
        self._change = editing.link_quote(self.session.project, self._id(self.quote_id),
                                          self._id(self.speaker_id), self._annotator)
        self.session.refresh_spans([self._id(self.speaker_id)])
        self.session.reload_relations()

    def _undo(self) -> None:
        assert self._change is not None
        editing.unlink(self.session.project, self._change, self.session.id_of)
        self.session.reload_relations()


class TagCommand(EditCommand):
    """Add a theme tag (or accept a suggested one); undo removes / restores it."""

    def __init__(self, session: AnnotationSession, text: str, doc_id: int, theme_id: str,
                 span_id: int | None, annotator: str) -> None:
        super().__init__(session, text, doc_id)
        self.theme_id, self.span_id, self._annotator = theme_id, span_id, annotator
        self._before: ThemeTag | None = None
        self._tag_id = 0

    def _do(self, *, first: bool) -> None:
        span_id = self._id(self.span_id) if self.span_id is not None else None
        existing = self.session.find_tag(self.theme_id, span_id)
        self._before = ThemeTag(**existing.__dict__) if existing is not None else None
        tag = editing.tag(self.session.project, doc_id=self.doc_id or 0, theme_id=self.theme_id,
                          span_id=span_id, annotator=self._annotator)
        self._tag_id = tag.id or 0
        self.session.reload_tags()

    def _undo(self) -> None:
        project = self.session.project
        if self._before is None:
            editing.untag(project, self._tag_id, self.doc_id or 0)
        else:
            project.update_tag(self._before)
        self.session.reload_tags()


class UntagCommand(EditCommand):
    def __init__(self, session: AnnotationSession, text: str, doc_id: int, tag_id: int) -> None:
        super().__init__(session, text, doc_id)
        self._tag_id = tag_id
        self._removed: ThemeTag | None = None

    def _do(self, *, first: bool) -> None:
        self._removed = editing.untag(self.session.project, self._tag_id, self.doc_id or 0)
        self.session.reload_tags()

    def _undo(self) -> None:
        assert self._removed is not None
        self._tag_id = editing.restore_tag(self.session.project, self._removed, self.session.id_of).id or 0
        self.session.reload_tags()


class TagStatusCommand(EditCommand):
    def __init__(self, session: AnnotationSession, text: str, doc_id: int, tag: ThemeTag,
                 status: str, annotator: str) -> None:
        super().__init__(session, text, doc_id)
        self._tag, self._status, self._annotator = tag, status, annotator

    def _do(self, *, first: bool) -> None:
        self._before = editing.set_tag_status(self.session.project, self._tag, self._status,
                                              self._annotator)
        self.session.reload_tags()

    def _undo(self) -> None:
        self.session.project.update_tag(self._before)
        self.session.reload_tags()


class EntityCommand(EditCommand):
    """Rename a speaker or add an alias: ``operation`` returns (before, after)."""

    def __init__(self, session: AnnotationSession, text: str, operation: Callable[[], tuple]) -> None:
        super().__init__(session, text, None)
        self._operation = operation
        self._before = self._after = None

    def _do(self, *, first: bool) -> None:
        if self._after is None:
            self._before, self._after = self._operation()
        else:
            editing.restore_entity(self.session.project, self._after)
        self.session.entities_changed.emit()

    def _undo(self) -> None:
        editing.restore_entity(self.session.project, self._before)
        self.session.entities_changed.emit()


class MergeEntitiesCommand(EditCommand):
    def __init__(self, session: AnnotationSession, text: str, keep_id: int, drop_id: int,
                 mention_ids: list[int]) -> None:
        super().__init__(session, text, None)
        self.keep_id, self.drop_id, self._mention_ids = keep_id, drop_id, mention_ids
        self._change: editing.MergeChange | None = None

    def _do(self, *, first: bool) -> None:
        mentions = [self._id(span_id) for span_id in self._mention_ids]
        self._change = editing.merge_entities(self.session.project, self.keep_id, self.drop_id,
                                              mentions)
        self.session.reload_annotations()
        self.session.entities_changed.emit()

    def _undo(self) -> None:
        assert self._change is not None
        self.drop_id = editing.unmerge_entities(self.session.project, self._change, self.session.id_of)
        self.session.reload_annotations()
        self.session.entities_changed.emit()


class SaveThemeCommand(EditCommand):
    """Add or edit a theme; consecutive edits of one theme (typing) merge into one undo step."""

    MERGE_ID = 7301

    def __init__(self, session: AnnotationSession, text: str, theme: Theme) -> None:
        super().__init__(session, text, None)
        self._after = theme
        self._before: Theme | None = None

    def id(self) -> int:  # noqa: A003 - Qt's name
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        # An addition stays its own step, so undo takes back the typing first.
        if not isinstance(other, SaveThemeCommand) or other.error or self._before is None \
                or other._after.id != self._after.id:
            return False
        self._after = other._after
        return True

    def _do(self, *, first: bool) -> None:
        before = editing.save_theme(self.session.project, self._after)
        if first:
            self._before = before
        self.session.themes_changed.emit()

    def _undo(self) -> None:
        if self._before is None:
            editing.delete_theme(self.session.project, self._after.id, [])
        else:
            self.session.project.save_theme(self._before)
        self.session.themes_changed.emit()


class ReplaceThemeCommand(SaveThemeCommand):
    """A deliberate whole-theme change (the shipped keywords): its own undo step, never merged."""

    def id(self) -> int:  # noqa: A003 - Qt's name
        return -1


class DeleteThemeCommand(EditCommand):
    def __init__(self, session: AnnotationSession, text: str, theme_id: str, doc_ids: list[int]) -> None:
        super().__init__(session, text, None)
        self._theme_id, self._doc_ids = theme_id, doc_ids
        self._deleted: editing.DeletedTheme | None = None

    def _do(self, *, first: bool) -> None:
        self._deleted = editing.delete_theme(self.session.project, self._theme_id, self._doc_ids)
        self.session.reload_tags()
        self.session.themes_changed.emit()

    def _undo(self) -> None:
        assert self._deleted is not None
        editing.restore_theme(self.session.project, self._deleted, self.session.id_of)
        self.session.reload_tags()
        self.session.themes_changed.emit()


class DocumentStatusCommand(EditCommand):
    touches_document = False

    def __init__(self, session: AnnotationSession, text: str, doc_id: int, status: str) -> None:
        super().__init__(session, text, doc_id)
        self._status = status
        self._before = ""

    def _do(self, *, first: bool) -> None:
        self._before = editing.set_document_status(self.session.project, self.doc_id or 0, self._status)
        self.session.document_status_changed.emit(self.doc_id or 0, self._status)

    def _undo(self) -> None:
        editing.set_document_status(self.session.project, self.doc_id or 0, self._before)
        self.session.document_status_changed.emit(self.doc_id or 0, self._before)
