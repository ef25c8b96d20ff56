"""Help: every keyboard shortcut, grouped, as currently configured."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from annotator.gui import shortcuts
from annotator.gui.settings import Preferences


class HelpDialog(QDialog):
    def __init__(self, prefs: Preferences, theme_keys: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.theme_keys = theme_keys
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(760, 820)
        rows = [(shortcuts.translated(spec.group), shortcuts.translated(spec.text),
                 shortcuts.display_shortcut(spec, self.prefs)) for spec in shortcuts.ACTIONS]
        rows += [(self.tr("Themes"), self.tr("Tag with “{theme}” (annotation at the cursor, else the document)")
                  .format(theme=name), key) for name, key in self.theme_keys]
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcut_table")
        self.table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Command"), self.tr("Keys")])
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        note = QLabel(self.tr("Single-letter keys work while the text has the focus. Select text and press "
                              "Q, S or C to mark it; A or Enter accepts and R or X rejects the suggestion at "
                              "the cursor. Change any key in Preferences."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
