"""First-run welcome: what the sample project is, the five keys, where the file lives."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.settings import Preferences
from annotator.gui.shortcuts import ACTIONS

DISMISSED_KEY = "welcome/dismissed"

# The keys an analyst needs on the first morning: action ids of shortcuts.ACTIONS,
# shown with the analyst's own shortcut if it was changed in Preferences.
KEY_ROWS = (
    ("next_suggestion",),
    ("accept",),
    ("reject",),
    ("create_quote", "create_speaker"),
    ("link_speaker",),
)


class WelcomeDialog(QDialog):
    """Shown over the main window while the analyst has not ticked "don't show again"."""

    def __init__(self, prefs: Preferences, project_path: Path, sample_count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._prefs = prefs
        self.setWindowTitle(self.tr("Welcome to annotator"))
        self._setup_ui(project_path, sample_count)
        self.finished.connect(self._on_finished)

    def _setup_ui(self, project_path: Path, sample_count: int) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Welcome to annotator"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(self.tr(
            "This project starts with {count} sample articles: interviews, briefings, news items and a joint "
            "statement on Russian foreign policy, written for practice (they are not real publications). "
            "Quotes, speakers and themes are already suggested, drawn dashed: accept or correct them."
        ).format(count=sample_count))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Five keys do most of the work (in the text):")))
        layout.addLayout(self._key_grid())
        layout.addWidget(QLabel(self.tr("Every edit is saved at once, in this project file:")))
        self.path_label = QLabel(str(project_path))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setFont(QFont("monospace"))
        layout.addWidget(self.path_label)
        more = QLabel(self.tr("Import your own articles from the File menu; F1 lists every shortcut."))
        more.setWordWrap(True)
        layout.addWidget(more)
        self.dont_show_again = QCheckBox(self.tr("Don't show this again"))
        layout.addWidget(self.dont_show_again)
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _key_grid(self) -> QGridLayout:
        descriptions = {
            "next_suggestion": self.tr("go to the next suggestion"),
            "accept": self.tr("accept it"),
            "reject": self.tr("reject it"),
            "create_quote": self.tr("mark the selection as a quote / as a speaker"),
            "link_speaker": self.tr("link the quote to its speaker"),
        }
        defaults = {spec.id: spec.shortcut for spec in ACTIONS}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.key_labels: list[QLabel] = []
        for row, action_ids in enumerate(KEY_ROWS):
            keys = " / ".join(self._prefs.shortcut(action_id, defaults[action_id]) for action_id in action_ids)
            key_label = QLabel(f"<b>{html.escape(keys)}</b>")
            key_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.key_labels.append(key_label)
            grid.addWidget(key_label, row, 0)
            grid.addWidget(QLabel(descriptions[action_ids[0]]), row, 1)
        return grid

    def _on_finished(self, _result: int) -> None:
        if self.dont_show_again.isChecked():
            self._prefs.set_value(DISMISSED_KEY, True)
            self._prefs.sync()


def welcome_dismissed(prefs: Preferences) -> bool:
    value = prefs.value(DISMISSED_KEY, False)
    return value in (True, "true", "1", 1)


def show_welcome_unless_dismissed(
    parent: QWidget, prefs: Preferences, project_path: Path, sample_count: int
) -> WelcomeDialog | None:
    """Open the welcome over ``parent`` (not blocking) unless dismissed for good."""
    if welcome_dismissed(prefs):
        return None
    dialog = WelcomeDialog(prefs, project_path, sample_count, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
