"""A quick, keyboard-driven chooser of speakers: type to filter, arrows to move, Enter to pick.

Used by K (link a quote to its speaker) and S (name the mention just marked).
Rows are speakers, not mentions, nearest first; naming a mention also offers
"new speaker" with the typed text (or the mention's own text).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator.speaker_choices import SpeakerChoice, matches

CHOICE_ROLE = Qt.ItemDataRole.UserRole
NEW_SPEAKER = "new"
_MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class SpeakerChooser(QDialog):
    """Emits ``chosen(choice)`` for an existing speaker, ``new_speaker(name)`` for a new one."""

    chosen = Signal(object)
    new_speaker = Signal(str)

    def __init__(self, title: str, prompt: str, choices: list[SpeakerChoice], *,
                 new_name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._new_name = new_name
        self.setObjectName("speaker_chooser")
        self.setWindowTitle(title)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("speaker_filter")
        self.filter.setPlaceholderText(self.tr("Type to filter; ↑↓ to move; Enter to choose; Esc to leave"))
        self.list = QListWidget(self)
        self.list.setObjectName("speaker_choices")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt, self))
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        self.resize(460, 360)
        self.filter.textChanged.connect(self._fill)
        self.filter.installEventFilter(self)
        self.filter.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self._fill("")

    # -- rows ----------------------------------------------------------------------------

    def _fill(self, typed: str) -> None:
        self.list.clear()
        typed = " ".join(typed.split())
        exact = False
        here = [c for c in self._choices if c.distance >= 0]
        elsewhere = [c for c in self._choices if c.distance < 0]
        for choice in here:
            if matches(choice, typed):
                exact = exact or choice.name.casefold() == typed.casefold()
                self._add(self._describe(choice), choice)
        if self._new_name is not None:
            name = typed or self._new_name
            if name and not exact:
                self._add(self.tr("New speaker: «{name}»").format(name=name), NEW_SPEAKER)
        for choice in elsewhere:
            if typed and matches(choice, typed):
                self._add(self.tr("{name} (from other articles)").format(name=choice.name), choice)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _describe(self, choice: SpeakerChoice) -> str:
        if choice.entity_id is None:
            return self.tr("{name} (no speaker assigned) · {count} mention(s) here").format(
                name=choice.name, count=choice.mentions)
        return self.tr("{name} · {count} mention(s) here").format(name=choice.name, count=choice.mentions)

    def _add(self, text: str, data: object) -> None:
        item = QListWidgetItem(text, self.list)
        item.setData(CHOICE_ROLE, data)

    def rows(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    # -- keys and the answer -------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        super().showEvent(event)
        self.activateWindow()
        self.filter.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            if isinstance(event, QKeyEvent) and event.key() in _MOVE_KEYS:
                self.list.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        super().done(result)
        # Give the keys back to the window at once (the next key is usually A or N).
        parent = self.parentWidget()
        if parent is not None:
            parent.activateWindow()

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        data = item.data(CHOICE_ROLE)
        super().accept()
        if data == NEW_SPEAKER:
            self.new_speaker.emit(" ".join(self.filter.text().split()) or self._new_name or "")
        else:
            self.chosen.emit(data)
