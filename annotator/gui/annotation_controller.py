"""Keyboard commands on the text: create, adjust, accept, reject, link, delete.

Turns the analyst's keys into session edits, using the text view for the
selection and the current span.  Holds no widgets of its own except the
small choosers (label, speaker) it opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog

from annotator import editing, review, speaker_choices
from annotator.gui.names import display_name
from annotator.gui.session import AnnotationSession
from annotator.gui.review_mode import ReviewMode
from annotator.gui.settings import Preferences
from annotator.gui.speaker_chooser import SpeakerChooser
from annotator.gui.text_view import AnnotatedTextView
from annotator.model import (
    ACCEPTED, CUE, DIRECT, INDIRECT, PERSON, QUOTE, REJECTED, SPEAKER, SUGGESTED, AnnotatorError, Span,
)


class AnnotationController(QObject):
    """Connects the annotate/navigate actions to the session; ``message`` goes to the status bar."""

    message = Signal(str)

    def __init__(self, session: AnnotationSession, view: AnnotatedTextView, prefs: Preferences,
                 project_labels: Callable[[], list[str]] = list, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project_labels = project_labels
        self.session = session
        self.view = view
        self.prefs = prefs
        self.label_dialog: QInputDialog | None = None
        self.speaker_chooser: SpeakerChooser | None = None
        self.review_mode = ReviewMode(self)
        self.review_mode.changed.connect(self._on_review_kind_changed)
        view.link_target_clicked.connect(self._on_link_target_clicked)

    def connect_actions(self, actions: dict[str, QAction]) -> None:
        handlers = {
            "create_quote": lambda: self.create_from_selection(QUOTE),
            "create_speaker": lambda: self.create_from_selection(SPEAKER),
            "create_cue": lambda: self.create_from_selection(CUE),
            "create_label": self.choose_label,
            "accept": lambda: self.set_status(ACCEPTED),
            "reject": lambda: self.set_status(REJECTED),
            "accept_all": self.accept_all,
            "delete_span": self.delete_current,
            "extend_end": lambda: self.move_boundary("end", +1),
            "shrink_end": lambda: self.move_boundary("end", -1),
            "extend_start": lambda: self.move_boundary("start", -1),
            "shrink_start": lambda: self.move_boundary("start", +1),
            "link_speaker": self.choose_speaker,
            "link_mode": self.start_link_mode,
            "kind_direct": lambda: self.set_kind(DIRECT),
            "kind_indirect": lambda: self.set_kind(INDIRECT),
            "next_span": lambda: self.step(+1, suggestions_only=False),
            "previous_span": lambda: self.step(-1, suggestions_only=False),
            "next_suggestion": lambda: self.step(+1, suggestions_only=True),
            "previous_suggestion": lambda: self.step(-1, suggestions_only=True),
        }
        for action_id, handler in handlers.items():
            actions[action_id].triggered.connect(handler)
            if actions[action_id].shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut:
                self.view.addAction(actions[action_id])
        self.review_mode.connect_actions(actions)
        self.view.addAction(actions["review_cycle"])

    def _on_review_kind_changed(self, _kind: str) -> None:
        self.message.emit(self.tr("{mode}: N, A, R and accept-all look at these only (F: the next kind)")
                          .format(mode=self.review_mode.describe()))

    # -- creating ------------------------------------------------------------------

    def create_from_selection(self, label: str) -> int | None:
        selected = self.view.selection_range()
        if selected is None:
            self.message.emit(self.tr("Select some text first"))
            return None
        start, end = selected
        if self.prefs.snap_to_words:
            start, end = editing.snap_to_words(self.session.text, start, end)
        if start >= end:
            self.message.emit(self.tr("The selection holds no text"))
            return None
        span_id = self.session.create_span(start, end, label)
        if span_id:
            self.view.set_current_span(span_id, move_cursor=True)
            self.message.emit(self.tr("Created {label}").format(label=display_name(label)))
            if label == SPEAKER:
                # Say at once who it is, instead of "(no speaker assigned)".
                self.name_mention(span_id)
        return span_id

    def choose_label(self) -> None:
        if self.view.selection_range() is None:
            self.message.emit(self.tr("Select some text first"))
            return
        dialog = QInputDialog(self.view)
        dialog.setWindowTitle(self.tr("Label"))
        dialog.setLabelText(self.tr("Label for the selection (type a new one to add it):"))
        dialog.setComboBoxItems(sorted({*self.session.labels(), *self._project_labels()}))
        dialog.setComboBoxEditable(True)
        dialog.textValueSelected.connect(self._on_label_chosen)
        self.label_dialog = dialog
        dialog.open()

    def _on_label_chosen(self, label: str) -> None:
        label = label.strip().upper().replace(" ", "_")
        if label:
            self.create_from_selection(label)

    # -- changing the current span -------------------------------------------------------

    def _current(self) -> Span | None:
        span = self.view.current_span()
        if span is None:
            self.message.emit(self.tr("No annotation at the cursor"))
        return span

    def set_status(self, status: str) -> None:
        span = self._current()
        if span is None:
            return
        if self.review_mode.kind == review.THEMES:
            self._decide_themes(span, status)
            return
        span_id = span.id or 0
        if span.status != status:
            self.session.set_status(span_id, status)
        if status == REJECTED or span.status == SUGGESTED:
            # After a decision, move on to the next suggestion.
            self.step(+1, suggestions_only=True, after=span.start)

    def _decide_themes(self, span: Span, status: str) -> None:
        """Reviewing themes: A and R decide the theme suggestions on the annotation."""
        tags = review.suggested_tags_of(self.session.tags, span.id)
        if not tags:
            self.message.emit(self.tr("No theme suggestion on this annotation"))
            return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Theme suggestion"))
        for tag in tags:
            self.session.set_tag_status(tag, status)
        stack.endMacro()
        self.step(+1, suggestions_only=True, after=span.start)

    def accept_all(self) -> None:
        kind = self.review_mode.kind
        if kind == review.THEMES:
            pending = sum(1 for t in self.session.tags if t.status == SUGGESTED)
        else:
            pending = sum(1 for s in self.session.spans.values()
                          if s.status == SUGGESTED and review.span_kind_matches(s, kind))
        if self.session.accept_all(kind):
            self.message.emit(self.tr("Accepted {count} suggestion(s)").format(count=pending))

    def delete_current(self) -> None:
        span = self._current()
        if span is not None:
            self.session.delete_span(span.id or 0)

    def set_kind(self, kind: str) -> None:
        span = self._current()
        if span is None:
            return
        if span.label != QUOTE:
            self.message.emit(self.tr("Only a quote has a kind"))
            return
        self.session.set_quote_kind(span.id or 0, kind)

    def move_boundary(self, which: str, direction: int) -> None:
        span = self._current()
        if span is None:
            return
        text = self.session.text
        point = span.end if which == "end" else span.start
        if self.prefs.snap_to_words:
            moved = editing.word_boundaries_near(text, point, direction, which)
        else:
            moved = min(len(text), max(0, point + direction))
        start, end = (span.start, moved) if which == "end" else (moved, span.end)
        if start >= end:
            self.message.emit(self.tr("An annotation cannot be empty"))
            return
        self.session.set_bounds(span.id or 0, start, end)

    # -- navigation -------------------------------------------------------------------

    def step(self, direction: int, *, suggestions_only: bool, after: int | None = None) -> None:
        spans = (review.review_targets(self.session.spans.values(), self.session.tags, self.review_mode.kind)
                 if suggestions_only else self.session.ordered_spans())
        if not spans:
            self.message.emit(self.tr("No more suggestions") if suggestions_only else self.tr("No annotations"))
            return
        current = self.view.current_span()
        anchor = (after, 0, 0) if after is not None else (
            (current.start, current.end, current.id or 0) if current else None)
        if after is None and current is not None and self.view.just_opened and direction > 0:
            # Just opened: the annotation under the resting cursor (often a
            # title starting with the speaker's name) is the first to visit.
            anchor = (current.start, -1, -1)
        keys = [(s.start, s.end, s.id or 0) for s in spans]
        if anchor is None:
            chosen = spans[0] if direction > 0 else spans[-1]
        elif direction > 0:
            chosen = next((s for s, k in zip(spans, keys) if k > anchor), spans[0])
        else:
            chosen = next((s for s, k in zip(reversed(spans), reversed(keys)) if k < anchor), spans[-1])
        self.view.set_current_span(chosen.id or 0, move_cursor=True)

    # -- linking -------------------------------------------------------------------------

    def _current_quote(self) -> Span | None:
        span = self._current()
        if span is not None and span.label != QUOTE:
            self.message.emit(self.tr("Put the cursor on a quote to link it"))
            return None
        return span

    def choose_speaker(self) -> None:
        """K: on a quote, link it to a speaker; on a speaker mention, say who it is."""
        span = self._current()
        if span is not None and span.label == SPEAKER:
            self.name_mention(span.id or 0)
            return
        quote = self._current_quote()
        if quote is None:
            return
        choices = speaker_choices.article_speakers(
            self.session.spans.values(), self._entity_names(), self.session.text, near=(quote.start, quote.end))
        if not choices:
            self.message.emit(self.tr("This article has no speaker mentions yet: mark one with S"))
            return
        chooser = SpeakerChooser(self.tr("Link quote to speaker"),
                                 self.tr("Who said it? The nearest speakers come first."), choices,
                                 parent=self.view.window())
        quote_id = quote.id or 0
        chooser.chosen.connect(lambda choice: self._link_to(quote_id, choice))
        self.speaker_chooser = chooser
        chooser.open()

    def _link_to(self, quote_id: int, choice: speaker_choices.SpeakerChoice) -> None:
        if choice.mention_id and self.session.link(quote_id, choice.mention_id):
            self.view.set_current_span(self.session.current_id(quote_id))
            self.message.emit(self.tr("Quote linked to {name}").format(name=choice.name))

    def name_mention(self, span_id: int) -> None:
        """Offer the article's speakers and a new one for a speaker mention."""
        span = self.session.spans.get(span_id)
        if span is None:
            return
        names = self._entity_names(every=True)
        here = speaker_choices.article_speakers(self.session.spans.values(), names, self.session.text,
                                                near=(span.start, span.end), exclude=span_id)
        here = [c for c in here if c.entity_id is not None]
        choices = here + speaker_choices.project_speakers(names, here)
        mention_text = " ".join(self.session.span_text(span).split())
        chooser = SpeakerChooser(self.tr("Set speaker"),
                                 self.tr("Who is «{mention}»?").format(mention=mention_text), choices,
                                 new_name=mention_text, parent=self.view.window())
        chooser.chosen.connect(lambda choice: self._assign(span_id, choice.name, choice.entity_id))
        chooser.new_speaker.connect(lambda name: self._assign(span_id, name, None))
        self.speaker_chooser = chooser
        chooser.open()

    def _assign(self, span_id: int, name: str, entity_id: int | None) -> None:
        if not name:
            return
        type_ = self.session.project.entity(entity_id).type if entity_id is not None else PERSON
        if self.session.assign_entity(self.session.current_id(span_id), name, type_):
            self.session.entities_changed.emit()
            self.message.emit(self.tr("Speaker: {name}").format(name=name))

    def _entity_names(self, *, every: bool = False) -> dict[int, str]:
        """Names of the entities this article mentions (or of the whole project)."""
        if every:
            return {e.id or 0: e.name for e in self.session.project.entities()}
        ids = {s.entity_id for s in self.session.spans.values() if s.entity_id is not None}
        names = {}
        for entity_id in ids:
            try:
                names[entity_id] = self.session.project.entity(entity_id).name
            except AnnotatorError:  # a merged-away entity: its mentions show as text
                continue
        return names

    def start_link_mode(self) -> None:
        quote = self._current_quote()
        if quote is None:
            return
        self._link_quote_id = quote.id or 0
        self.view.set_link_mode(True)
        self.message.emit(self.tr("Click the speaker of this quote (Esc cancels)"))

    def _on_link_target_clicked(self, speaker_id: int) -> None:
        quote_id = getattr(self, "_link_quote_id", 0)
        if quote_id:
            self.session.link(quote_id, speaker_id)
            self.view.set_current_span(self.session.current_id(quote_id))
            self.message.emit(self.tr("Quote linked to its speaker"))
