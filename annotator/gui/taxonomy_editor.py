"""Editing the theme taxonomy: add, rename, move, recolour, delete.

Every change is an undoable edit saved as you type (a moment after the last
key, when another theme is chosen, and when the editor closes); consecutive
edits of one theme are one undo step.  Deleting a theme that tags use asks
first; its tags go with it and its children move up to its parent.

A project keeps the keywords its themes were created with, so a newer version's
better keywords do not change a project behind the analyst's back; "Shipped
keywords" puts this version's keywords into a bundled theme, as one undoable edit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
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
from annotator.resources import default_taxonomy

HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
SAVE_DELAY_MS = 500  # after the last key; switching theme or closing saves at once


class TaxonomyEditor(QDialog):
    def __init__(self, session: AnnotationSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.confirm_box: QMessageBox | None = None
        self._themes: dict[str, Theme] = {}
        self._shipped = {theme.id: theme.keywords for theme in default_taxonomy()}  # read once, not per key
        self._editing_id: str | None = None  # the theme the form shows
        self._filling = False  # the form is being filled, not edited
        self._saving = False  # our own save: keep the form as the analyst left it
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_current)
        self._setup_ui()
        # Deferred: a save made while the tree's selection changes must not
        # rebuild the tree inside its own signal.
        session.themes_changed.connect(lambda: QTimer.singleShot(0, self.reload))
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
        self.shipped_keywords_button = QPushButton(self.tr("Shipped keywords"), self)
        self.shipped_keywords_button.clicked.connect(self.use_shipped_keywords)
        self.keywords.textChanged.connect(self._update_shipped_button)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("taxonomy_error")
        self.error_label.setStyleSheet("color: #B00020")
        saved_note = QLabel(self.tr("Changes are saved as you type; Ctrl+Z undoes them."), self)
        for field in (self.name_ru, self.name_en, self.colour, self.keywords):
            field.textChanged.connect(self._on_form_edited)
        for text_field in (self.guideline, self.guideline_en):
            text_field.textChanged.connect(self._on_form_edited)
        self.parent_combo.currentIndexChanged.connect(self._on_form_edited)
        self.shortcut.keySequenceChanged.connect(self._on_form_edited)

        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour, 1)
        colour_row.addWidget(self.colour_button)
        shipped_row = QHBoxLayout()
        shipped_row.addWidget(self.shipped_keywords_button)
        shipped_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Name (Russian)"), self.name_ru)
        form.addRow(self.tr("Name (English)"), self.name_en)
        form.addRow(self.tr("Parent"), self.parent_combo)
        form.addRow(self.tr("Colour"), colour_row)
        form.addRow(self.tr("Shortcut"), self.shortcut)
        form.addRow(self.tr("Guideline (Russian)"), self.guideline)
        form.addRow(self.tr("Guideline (English)"), self.guideline_en)
        form.addRow(self.tr("Keywords"), self.keywords)
        form.addRow("", shipped_row)
        form.addRow("", self.error_label)
        form.addRow("", saved_note)

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
        refill = not self._save_timer.isActive()  # never overwrite what is being typed
        self._filling = True
        try:
            items = fill_theme_tree(self.tree, themes)
            for theme_id, item in items.items():
                item.setText(2, str(self.session.project.theme_usage(theme_id)))
            self.tree.expandAll()
            if selected in items:
                self.tree.setCurrentItem(items[selected])
            elif items:
                self.tree.setCurrentItem(next(iter(items.values())))
        finally:
            self._filling = False
        current = self.selected_theme_id()
        if current != self._editing_id or refill:
            self._fill_form(self._themes.get(current or ""))

    def selected_theme_id(self) -> str | None:
        item = self.tree.currentItem() if hasattr(self, "tree") else None
        return str(item.data(0, THEME_ROLE)) if item is not None else None

    def select_theme(self, theme_id: str) -> None:
        for item in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, THEME_ROLE) == theme_id:
                self.tree.setCurrentItem(item)

    def _on_current_item_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if self._filling:
            return
        self.flush()  # the theme left behind keeps what was typed
        self._fill_form(self._themes.get(current.data(0, THEME_ROLE)) if current is not None else None)

    def _fill_form(self, theme: Theme | None) -> None:
        self.delete_button.setEnabled(theme is not None)
        self._editing_id = theme.id if theme is not None else None
        if theme is None:
            self.shipped_keywords_button.setEnabled(False)
            return
        self._filling = True
        try:
            self._show_theme(theme)
        finally:
            self._filling = False
        self.error_label.clear()
        self._update_shipped_button()

    def _show_theme(self, theme: Theme) -> None:
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
        self.keywords.setCursorPosition(0)  # the first keywords, not the tail of the list

    def _shipped_keywords(self) -> list[str] | None:
        """This version's keywords of the theme the form shows, if it is a bundled theme."""
        return self._shipped.get(self._editing_id or "")

    def _update_shipped_button(self) -> None:
        shipped = self._shipped_keywords()
        typed = [k.strip() for k in self.keywords.text().split(",") if k.strip()]
        self.shipped_keywords_button.setEnabled(shipped is not None and typed != shipped)
        self.shipped_keywords_button.setToolTip(
            self.tr("Replace the keywords with the ones this version of annotator ships:\n{keywords}").format(
                keywords=", ".join(shipped)) if shipped is not None
            else self.tr("A theme added in this project has no shipped keywords"))

    def use_shipped_keywords(self) -> None:
        """Put this version's keywords into the theme shown: one undo step of its own."""
        shipped = self._shipped_keywords()
        theme = self._themes.get(self._editing_id or "")
        if shipped is None or theme is None:
            return
        self.flush()  # what was typed before stays its own step
        theme = self._themes.get(theme.id, theme)
        self._filling = True
        try:
            self.keywords.setText(", ".join(shipped))
        finally:
            self._filling = False
        self._update_shipped_button()
        changed = replace(theme, keywords=list(shipped))
        if changed != theme:
            self._themes[changed.id] = changed
            self.session.save_theme(changed, own_step=True)

    # -- writing ----------------------------------------------------------------------------

    def _on_form_edited(self, *_args: object) -> None:
        if not self._filling and self._editing_id is not None:
            self._save_timer.start()

    def flush(self) -> None:
        """Save what is typed but not yet saved (closing, switching theme)."""
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save_current()

    def done(self, result: int) -> None:
        self.flush()
        super().done(result)

    def save_current(self) -> bool:
        """Save the form into the theme it shows; an unchanged form saves nothing."""
        self._save_timer.stop()
        theme = self._themes.get(self._editing_id or "")
        if theme is None:
            return False
        colour = self.colour.text().strip()
        if HEX_COLOUR.match(colour):
            self.error_label.clear()
        else:
            # Half-typed colours are normal while typing: keep the old one meanwhile.
            self.error_label.setText(self.tr("A colour is written #RRGGBB, e.g. #0072B2"))
            colour = theme.color
        if not self.name_ru.text().strip():
            self.error_label.setText(self.tr("A theme needs a Russian name"))
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
        if changed == theme:
            return True
        self._themes[changed.id] = changed
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
        self.flush()
        if self.session.save_theme(theme):
            self.reload()
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
