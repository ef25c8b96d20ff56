"""Export options asked after the file is chosen: doccano's offset unit and overlaps."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

# Formats whose export asks for options; the others export at once.
FORMATS_WITH_OPTIONS = ("doccano",)


class ExportOptionsDialog(QDialog):
    """Offsets (doccano) and "without overlapping spans"; ``options()`` feeds the export."""

    def __init__(self, format_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_options")
        self.setWindowTitle(self.tr("{format} export options").format(format=format_name))
        layout = QFormLayout(self)
        self.offsets = QComboBox(self)
        self.offsets.setObjectName("offsets")
        for unit, text in (
            ("utf16", self.tr("UTF-16 units: a default doccano project")),
            ("graphemes", self.tr("Grapheme clusters: a doccano project with grapheme mode on")),
            ("codepoints", self.tr("Code points: Python tools")),
        ):
            self.offsets.addItem(text, unit)
        layout.addRow(self.tr("Offsets"), self.offsets)
        self.no_overlaps = QCheckBox(self.tr("Keep one span of each overlap (for projects that do not "
                                             "allow overlapping spans)"), self)
        self.no_overlaps.setObjectName("no_overlaps")
        layout.addRow(self.no_overlaps)
        hint = QLabel(self.tr("doccano draws UTF-16 offsets unless the project's grapheme mode is on; it drops "
                              "overlapping spans unless “Allow overlapping spans” is on."), self)
        hint.setWordWrap(True)
        layout.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def options(self) -> dict[str, Any]:
        return {"offsets": self.offsets.currentData(), "no_overlaps": self.no_overlaps.isChecked()}
