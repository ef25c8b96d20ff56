"""Which kind of suggestion the analyst is reviewing: all, only quotes, only speakers, only themes.

Holds the choice and keeps the four checkable menu entries and the cycling
key (F) in step with it; the controller asks it what N and accept-all see.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup

from annotator import review

ACTION_OF = {review.ALL: "review_all", review.QUOTES: "review_quotes", review.SPEAKERS: "review_speakers",
             review.THEMES: "review_themes"}


class ReviewMode(QObject):
    """Emits ``changed(kind)`` when the kind reviewed changes."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = review.ALL
        self._actions: dict[str, QAction] = {}

    def connect_actions(self, actions: dict[str, QAction]) -> None:
        group = QActionGroup(self)
        for kind, action_id in ACTION_OF.items():
            action = actions[action_id]
            action.setCheckable(True)
            action.setChecked(kind == self.kind)
            group.addAction(action)
            action.triggered.connect(lambda _=False, chosen=kind: self.set_kind(chosen))
            self._actions[kind] = action
        actions["review_cycle"].triggered.connect(lambda: self.set_kind(review.next_kind(self.kind)))

    def set_kind(self, kind: str) -> None:
        if kind not in review.REVIEW_KINDS:
            return
        self.kind = kind
        if kind in self._actions:
            self._actions[kind].setChecked(True)
        self.changed.emit(kind)

    def describe(self) -> str:
        return {
            review.ALL: self.tr("Reviewing all suggestions"),
            review.QUOTES: self.tr("Reviewing only quotes"),
            review.SPEAKERS: self.tr("Reviewing only speakers"),
            review.THEMES: self.tr("Reviewing only themes"),
        }[self.kind]
