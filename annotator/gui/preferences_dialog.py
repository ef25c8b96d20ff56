"""Preferences: annotator name, language, snapping, analysis on import, shortcuts."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import shortcuts
from annotator.gui.settings import Preferences


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self._editors: dict[str, QKeySequenceEdit] = {}
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.resize(760, 780)
        self.annotator_field = QLineEdit(self.prefs.annotator, self)
        self.annotator_field.setObjectName("annotator_field")
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language_combo")
        self.language_combo.addItem(self.tr("System language"), "system")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Русский", "ru")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self.prefs.language)))
        self.snap_box = QCheckBox(self.tr("Snap new annotations to word boundaries"), self)
        self.snap_box.setChecked(self.prefs.snap_to_words)
        self.analyse_box = QCheckBox(self.tr("Suggest quotes, speakers and themes when importing"), self)
        self.analyse_box.setChecked(self.prefs.analyse_on_import)
        form = QFormLayout()
        form.addRow(self.tr("Annotator name"), self.annotator_field)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow("", QLabel(self.tr("A new language applies when annotator is restarted."), self))
        form.addRow("", self.snap_box)
        form.addRow("", self.analyse_box)

        self.table = QTableWidget(len(shortcuts.ACTIONS), 2, self)
        self.table.setObjectName("shortcut_editor")
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.table.verticalHeader().setVisible(False)
        for row, spec in enumerate(shortcuts.ACTIONS):
            self.table.setItem(row, 0, QTableWidgetItem(shortcuts.translated(spec.text)))
            editor = QKeySequenceEdit(QKeySequence(self.prefs.shortcut(spec.id, spec.shortcut)), self.table)
            editor.setClearButtonEnabled(True)
            self.table.setCellWidget(row, 1, editor)
            self._editors[spec.id] = editor
            editor.keySequenceChanged.connect(self._update_window_manager_warning)
        self.table.resizeColumnToContents(0)
        self.table.horizontalHeader().setStretchLastSection(True)
        reset = QPushButton(self.tr("Restore default shortcuts"), self)
        reset.clicked.connect(self._on_reset_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Keyboard shortcuts:"), self))
        layout.addWidget(self.table, 1)
        self.wm_warning = QLabel(self)
        self.wm_warning.setObjectName("window_manager_warning")
        self.wm_warning.setWordWrap(True)
        layout.addWidget(self.wm_warning)
        self._update_window_manager_warning()
        layout.addWidget(reset)
        layout.addWidget(buttons)

    def editor(self, action_id: str) -> QKeySequenceEdit:
        return self._editors[action_id]

    def _on_reset_clicked(self) -> None:
        for spec in shortcuts.ACTIONS:
            self._editors[spec.id].setKeySequence(QKeySequence(spec.shortcut))

    def _update_window_manager_warning(self) -> None:
        """Name the chosen keys a common window manager keeps for itself (they never arrive)."""
        taken = [self._editors[spec.id].keySequence().toString(QKeySequence.SequenceFormat.NativeText)
                 for spec in shortcuts.ACTIONS
                 if shortcuts.taken_by_window_manager(self._editors[spec.id].keySequence().toString(
                     QKeySequence.SequenceFormat.PortableText))]
        self.wm_warning.setText(self.tr(
            "Common window managers (GNOME, Xfce, Cinnamon, Openbox, KDE) keep these keys for "
            "themselves, so they may never reach annotator: {keys}").format(keys=", ".join(taken))
            if taken else "")

    def conflicts(self) -> list[str]:
        """Commands that share a key with another command."""
        seen: dict[str, list[shortcuts.ActionSpec]] = {}
        clashes = []
        for spec in shortcuts.ACTIONS:
            key = self._editors[spec.id].keySequence().toString(QKeySequence.SequenceFormat.PortableText)
            if not key:
                continue
            # The text view and the document list never have the focus at once,
            # so one key may serve each (Del deletes an annotation or a document).
            first = next((other for other in seen.get(key, []) if shortcuts.scopes_overlap(other, spec)), None)
            if first is not None:
                clashes.append(self.tr("{key}: “{first}” and “{second}”").format(
                    key=key, first=shortcuts.translated(first.text), second=shortcuts.translated(spec.text)))
            seen.setdefault(key, []).append(spec)
        return clashes

    def accept(self) -> None:
        clashes = self.conflicts()
        if clashes:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Shortcuts"),
                              self.tr("Some keys are used twice; give each command its own key:\n")
                              + "\n".join(clashes), QMessageBox.StandardButton.Ok, self)
            self.conflict_box = box
            box.open()
            return
        self.prefs.set_annotator(self.annotator_field.text())
        self.prefs.set_language(str(self.language_combo.currentData()))
        self.prefs.set_snap_to_words(self.snap_box.isChecked())
        self.prefs.set_analyse_on_import(self.analyse_box.isChecked())
        self.prefs.set_shortcuts({
            spec.id: self._editors[spec.id].keySequence().toString(QKeySequence.SequenceFormat.PortableText)
            for spec in shortcuts.ACTIONS})
        super().accept()
