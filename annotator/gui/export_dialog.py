"""File › Export: where to, in which format, and which annotations.

The filters are the command line's (``annotator export --help``) and build
the same :class:`ExportFilter` through ``filter_from_options``.  The dialog
only collects choices; the main window runs the export in the background.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.formats import FORMAT_MODULES
from annotator.formats.filters import ExportFilter, filter_from_options
from annotator.gui import format_info
from annotator.gui.export_options import OPTION_BUILDERS, OptionsFn
from annotator.gui.names import display_name, theme_name
from annotator.model import ACCEPTED, DOC_STATUSES, REJECTED, SUGGESTED, Theme

LAST_FOLDER_KEY = "export/last_folder"


@dataclass
class ExportChoices:
    """What the dialog offers: the project's name, themes, annotators and the open document."""

    project_stem: str
    themes: list[Theme] = field(default_factory=list)
    annotators: list[str] = field(default_factory=list)
    current_document: tuple[int, str] | None = None  # (id, title)
    language: str = "en"


def start_folder(last_folder: object) -> Path:
    """The last export folder if it still exists, else ~/Documents if it exists, else home."""
    if last_folder:
        folder = Path(str(last_folder))
        if folder.is_dir():
            return folder
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


class ExportDialog(QDialog):
    """``target()``, ``export_filter()``, ``doc_ids()`` and ``options()`` once accepted."""

    def __init__(self, format_name: str, choices: ExportChoices, folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self._options_fn: OptionsFn = dict
        self._confirmed_overwrite: Path | None = None
        self._setup_ui()
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(format_name)))
        self.path_field.setText(str(folder / format_info.default_file_name(self.format_name(),
                                                                           choices.project_stem)))
        self._on_format_changed()
        self.format_combo.currentIndexChanged.connect(lambda _index: self._on_format_changed())

    # -- building ------------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export"))
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("export_format")
        for name in FORMAT_MODULES:
            self.format_combo.addItem(f"{name} — {format_info.description(name)}", name)
        self.path_field = QLineEdit(self)
        self.path_field.setObjectName("export_path")
        self.path_field.textEdited.connect(lambda _text: self._forget_overwrite())
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setObjectName("export_browse")
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_field, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Save to"), path_row)
        self.options_box = QGroupBox(self)
        self.options_box.setObjectName("format_options")
        QVBoxLayout(self.options_box)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("export_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        export_button.setObjectName("export_button")
        export_button.setDefault(True)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._annotations_box())
        layout.addWidget(self._documents_box())
        layout.addWidget(self.options_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(720, 0)

    def _check(self, text: str, name: str, checked: bool, parent: QWidget) -> QCheckBox:
        box = QCheckBox(text, parent)
        box.setObjectName(name)
        box.setChecked(checked)
        return box

    def _annotations_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Annotations"), self)
        self.status_boxes = {status: self._check(display_name(status), f"status_{status}", True, box)
                             for status in (ACCEPTED, SUGGESTED)}
        self.rejected_box = self._check(self.tr("Include rejected annotations"), "include_rejected", False, box)
        self.gold_box = self._check(self.tr("Only gold annotations (accepted or adjudicated)"), "gold_only",
                                    False, box)
        self.annotator_combo = QComboBox(box)
        self.annotator_combo.setObjectName("export_annotator")
        self.annotator_combo.addItem(self.tr("Everyone"), "")
        for name in self.choices.annotators:
            self.annotator_combo.addItem(name, name)
        statuses = QHBoxLayout()
        for widget in (*self.status_boxes.values(), self.rejected_box):
            statuses.addWidget(widget)
        statuses.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("Statuses"), statuses)
        form.addRow("", self.gold_box)
        form.addRow(self.tr("Annotator"), self.annotator_combo)
        return box

    def _documents_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Documents"), self)
        self.scope_all = QRadioButton(self.tr("All documents"), box)
        self.scope_all.setObjectName("scope_all")
        self.scope_current = QRadioButton(box)
        self.scope_current.setObjectName("scope_current")
        current = self.choices.current_document
        self.scope_current.setText(self.tr("Only this document: {title}").format(
            title=_shorten(current[1]) if current else self.tr("none open")))
        self.scope_current.setEnabled(current is not None)
        self.scope_all.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.scope_all)
        group.addButton(self.scope_current)
        self.doc_status_boxes = {status: self._check(display_name(status), f"doc_status_{status}", True, box)
                                 for status in DOC_STATUSES}
        statuses = QHBoxLayout()
        for widget in self.doc_status_boxes.values():
            statuses.addWidget(widget)
        statuses.addStretch(1)
        self.theme_combo = QComboBox(box)
        self.theme_combo.setObjectName("export_theme")
        self.theme_combo.addItem(self.tr("Any theme"), "")
        for theme, depth in _theme_tree(self.choices.themes):
            self.theme_combo.addItem("    " * depth + theme_name(theme), theme.id)
        form = QFormLayout(box)
        form.addRow(self.scope_all)
        form.addRow(self.scope_current)
        form.addRow(self.tr("Document status"), statuses)
        form.addRow(self.tr("Tagged with"), self.theme_combo)
        return box

    # -- format and path --------------------------------------------------------------------------

    def format_name(self) -> str:
        return str(self.format_combo.currentData())

    def _on_format_changed(self) -> None:
        name = self.format_name()
        self.options_box.setTitle(self.tr("Options for {format}").format(format=name))
        layout = self.options_box.layout()
        while layout.count():
            old = layout.takeAt(0).widget()
            if old is not None:
                old.setParent(None)  # out of findChildren at once, not at the next event loop
                old.deleteLater()
        pane = QWidget(self.options_box)
        pane.setObjectName(f"options_{name}")
        builder = OPTION_BUILDERS.get(name)
        if builder is None:
            QVBoxLayout(pane).addWidget(QLabel(self.tr("This format has no options."), pane))
            self._options_fn = dict
        else:
            self._options_fn = builder(pane, self.choices.language)
        layout.addWidget(pane)
        self._retarget(name)

    def _retarget(self, name: str) -> None:
        """Give the file name the new format's extension (a folder name for brat)."""
        text = self.path_field.text().strip()
        if not text:
            return
        path = Path(text)
        stem = path.name
        for other in FORMAT_MODULES:
            suffix = format_info.extension(other) or f"-{other}"
            if stem.endswith(suffix) and len(stem) > len(suffix):
                stem = stem[: -len(suffix)]
                break
        self.path_field.setText(str(path.with_name(format_info.default_file_name(name, stem))))
        self._forget_overwrite()

    def browse(self) -> None:
        name = self.format_name()
        title = self.tr("Export as {format}").format(format=name)
        file_filter = format_info.file_filter(name) or self.tr("Folders (*)")
        chosen, _ = QFileDialog.getSaveFileName(self, title, self.path_field.text(), file_filter,
                                                options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            path = Path(chosen)
            wanted = format_info.extension(name)
            if wanted and path.suffix.lower() != wanted:
                path = path.with_name(path.name + wanted)
            self.path_field.setText(str(path))
            self._forget_overwrite()

    def _forget_overwrite(self) -> None:
        self._confirmed_overwrite = None
        self.error_label.clear()

    # -- values ------------------------------------------------------------------------------------

    def target(self) -> Path:
        text = self.path_field.text().strip()
        path = Path(text).expanduser()
        wanted = format_info.extension(self.format_name())
        if text and wanted and path.suffix.lower() != wanted:
            path = path.with_name(path.name + wanted)
        return path

    def export_filter(self) -> ExportFilter:
        """The filter ``annotator export`` builds from the same choices."""
        checked = [status for status, box in self.status_boxes.items() if box.isChecked()]
        include_rejected = self.rejected_box.isChecked()
        statuses = [] if len(checked) == len(self.status_boxes) else checked + (
            [REJECTED] if include_rejected else [])
        doc_statuses = [status for status, box in self.doc_status_boxes.items() if box.isChecked()]
        annotator, theme = self.annotator_combo.currentData(), self.theme_combo.currentData()
        return filter_from_options(
            statuses=statuses, gold=self.gold_box.isChecked(), annotators=[annotator] if annotator else [],
            doc_statuses=[] if len(doc_statuses) == len(self.doc_status_boxes) else doc_statuses,
            themes=[theme] if theme else [], doc_ids=self.doc_ids() or [], include_rejected=include_rejected)

    def doc_ids(self) -> list[int] | None:
        current = self.choices.current_document
        return [current[0]] if current is not None and self.scope_current.isChecked() else None

    def options(self) -> dict[str, Any]:
        return self._options_fn()

    def problem(self) -> str:
        """What stops the export, or an empty string."""
        if not self.path_field.text().strip():
            return self.tr("Choose where to save the export.")
        target = self.target()
        if not target.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=target.parent)
        folder_format = format_info.writes_folder(self.format_name())
        if folder_format and target.exists() and not target.is_dir():
            return self.tr("{path} is a file; this format writes a folder.").format(path=target)
        if not folder_format and target.is_dir():
            return self.tr("{path} is a folder; give a file name.").format(path=target)
        if not any(box.isChecked() for box in self.status_boxes.values()) and not self.rejected_box.isChecked():
            return self.tr("Choose at least one annotation status.")
        if not any(box.isChecked() for box in self.doc_status_boxes.values()):
            return self.tr("Choose at least one document status.")
        return ""

    def _on_accepted(self) -> None:
        problem = self.problem()
        target = self.target()
        if not problem and target.exists() and self._confirmed_overwrite != target:
            # Asked in the dialog itself: a second press replaces the file.
            self._confirmed_overwrite = target
            problem = self.tr("{path} already exists. Press Export again to replace it.").format(path=target)
        self.error_label.setText(problem)
        if not problem:
            self.accept()


def _theme_tree(themes: list[Theme]) -> list[tuple[Theme, int]]:
    """Themes depth first in taxonomy order, each with its depth."""
    children: dict[str | None, list[Theme]] = {}
    ids = {theme.id for theme in themes}
    for theme in sorted(themes, key=lambda t: (t.position, t.id)):
        children.setdefault(theme.parent if theme.parent in ids else None, []).append(theme)
    ordered: list[tuple[Theme, int]] = []
    seen: set[str] = set()

    def visit(parent: str | None, depth: int) -> None:
        for theme in children.get(parent, []):
            if theme.id not in seen:
                seen.add(theme.id)
                ordered.append((theme, depth))
                visit(theme.id, depth + 1)

    visit(None, 0)
    return ordered


def _shorten(title: str, limit: int = 70) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"
