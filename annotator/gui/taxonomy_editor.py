"""Editing the theme taxonomy: add, rename, move, recolour, delete.

Every change is an undoable edit saved at once.  Deleting a theme that tags
use asks first; its tags go with it and its children move up to its parent.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.names import theme_name
from annotator.gui.session import AnnotationSession
from annotator.gui.theme_panel import THEME_ROLE, fill_theme_tree
from annotator.model import Theme

HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class TaxonomyEditor(QDialog):
    def __init__(self, session: AnnotationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.confirm_box: QMessageBox | None = None
        self._themes: dict[str, Theme] = {}
        self._setup_ui()
        session.themes_changed.connect(self.reload)
        self.reload()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Theme taxonomy"))
        self.resize(980, 640)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("taxonomy_tree")
        self.tree.setHeaderLabels([self.tr("Theme"), self.tr("Key"), self.tr("Used")])
        self.tree.setColumnWidth(0, 280)
        self.tree.currentItemChanged.connect(self._on_current_item_changed)
        self.add_button = QPushButton(self.tr("Add theme"), self)
        self.add_child_button = QPushButton(self.tr("Add sub-theme"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.add_button.clicked.connect(lambda: self.add_theme(parent=None))
        self.add_child_button.clicked.connect(lambda: self.add_theme(parent=self.selected_theme_id()))
        self.delete_button.clicked.connect(self._on_delete_clicked)

        self.name_ru = QLineEdit(self)
        self.name_en = QLineEdit(self)
        self.parent_combo = QComboBox(self)
        self.colour = QLineEdit(self)
        self.colour.setPlaceholderText("#RRGGBB")
        self.colour_button = QPushButton(self.tr("Choose…"), self)
        self.colour_button.clicked.connect(self._on_colour_button_clicked)
        self.shortcut = QKeySequenceEdit(self)
        self.guideline = QPlainTextEdit(self)
        self.guideline_en = QPlainTextEdit(self)
        self.keywords = QLineEdit(self)
        self.keywords.setPlaceholderText(self.tr("lemmas, separated by commas"))
        self.save_button = QPushButton(self.tr("Save theme"), self)
        self.save_button.setObjectName("save_theme")
        self.save_button.clicked.connect(self.save_current)

        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour, 1)
        colour_row.addWidget(self.colour_button)
        form = QFormLayout()
        form.addRow(self.tr("Name (Russian)"), self.name_ru)
        form.addRow(self.tr("Name (English)"), self.name_en)
        form.addRow(self.tr("Parent"), self.parent_combo)
        form.addRow(self.tr("Colour"), colour_row)
        form.addRow(self.tr("Shortcut"), self.shortcut)
        form.addRow(self.tr("Guideline (Russian)"), self.guideline)
        form.addRow(self.tr("Guideline (English)"), self.guideline_en)
        form.addRow(self.tr("Keywords"), self.keywords)
        form.addRow("", self.save_button)

        left = QVBoxLayout()
        left.addWidget(self.tree, 1)
        row = QHBoxLayout()
        for button in (self.add_button, self.add_child_button, self.delete_button):
            row.addWidget(button)
        left.addLayout(row)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(form, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        # The dialog is modal, so it carries its own Undo/Redo keys.
        self.undo_button = close.addButton(self.tr("Undo"), QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.clicked.connect(self.session.undo)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.session.undo),
                           (QKeySequence.StandardKey.Redo, self.session.redo)):
            action = QAction(self)
            action.setShortcuts(keys)
            action.triggered.connect(slot)
            self.addAction(action)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected_theme_id()
        themes = self.session.project.themes()
        self._themes = {theme.id: theme for theme in themes}
        items = fill_theme_tree(self.tree, themes)
        for theme_id, item in items.items():
            item.setText(2, str(self.session.project.theme_usage(theme_id)))
        self.tree.expandAll()
        if selected in items:
            self.tree.setCurrentItem(items[selected])
        elif items:
            self.tree.setCurrentItem(next(iter(items.values())))

    def selected_theme_id(self) -> str | None:
        item = self.tree.currentItem() if hasattr(self, "tree") else None
        return str(item.data(0, THEME_ROLE)) if item is not None else None

    def select_theme(self, theme_id: str) -> None:
        for item in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, THEME_ROLE) == theme_id:
                self.tree.setCurrentItem(item)

    def _on_current_item_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        theme = self._themes.get(current.data(0, THEME_ROLE)) if current is not None else None
        self.delete_button.setEnabled(theme is not None)
        if theme is None:
            return
        self.name_ru.setText(theme.name_ru)
        self.name_en.setText(theme.name_en)
        self.parent_combo.clear()
        self.parent_combo.addItem(self.tr("(top level)"), None)
        for other in self._themes.values():
            if other.id != theme.id:
                self.parent_combo.addItem(theme_name(other), other.id)
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(theme.parent)))
        self.colour.setText(theme.color)
        self.shortcut.setKeySequence(QKeySequence(theme.shortcut))
        self.guideline.setPlainText(theme.guideline)
        self.guideline_en.setPlainText(theme.guideline_en)
        self.keywords.setText(", ".join(theme.keywords))

    # -- writing ----------------------------------------------------------------------------

    def save_current(self) -> bool:
        theme_id = self.selected_theme_id()
        theme = self._themes.get(theme_id or "")
        if theme is None:
            return False
        colour = self.colour.text().strip()
        if not HEX_COLOUR.match(colour):
            self.session.report_error(self.tr("A colour is written #RRGGBB, e.g. #0072B2"))
            return False
        parent = self.parent_combo.currentData()
        changed = replace(
            theme,
            name_ru=self.name_ru.text().strip(),
            name_en=self.name_en.text().strip() or self.name_ru.text().strip(),
            parent=str(parent) if parent else None,
            color=colour.upper(),
            shortcut=self.shortcut.keySequence().toString(QKeySequence.SequenceFormat.PortableText),
            guideline=self.guideline.toPlainText().strip(),
            guideline_en=self.guideline_en.toPlainText().strip(),
            keywords=[k.strip() for k in self.keywords.text().split(",") if k.strip()],
        )
        return self.session.save_theme(changed)

    def add_theme(self, *, parent: str | None) -> str | None:
        base = "theme"
        number = 1
        while f"{base}_{number}" in self._themes:
            number += 1
        theme_id = f"{base}_{number}"
        name = self.tr("New theme {number}").format(number=number)
        position = max((t.position for t in self._themes.values()), default=0) + 1
        theme = Theme(id=theme_id, name_ru=name, name_en=name, parent=parent, color="#999999",
                      position=position)
        if self.session.save_theme(theme):
            self.select_theme(theme_id)
            self.name_ru.setFocus()
            self.name_ru.selectAll()
            return theme_id
        return None

    def _on_colour_button_clicked(self) -> None:
        dialog = QColorDialog(QColor(self.colour.text() or "#999999"), self)
        dialog.colorSelected.connect(lambda colour: self.colour.setText(colour.name().upper()))
        dialog.open()

    def _on_delete_clicked(self) -> None:
        theme_id = self.selected_theme_id()
        if theme_id is None:
            return
        used = self.session.project.theme_usage(theme_id)
        if not used:
            self.session.delete_theme(theme_id)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete theme"),
                          self.tr("“{name}” tags {count} annotation(s) or document(s). Deleting it removes "
                                  "those tags; its sub-themes move up one level. You can undo this.")
                          .format(name=theme_name(self._themes[theme_id]), count=used),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete theme and its tags"))
        box.finished.connect(lambda result: self._on_delete_confirmed(theme_id, result))
        self.confirm_box = box
        box.open()

    def _on_delete_confirmed(self, theme_id: str, result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            self.session.delete_theme(theme_id)
