"""The export dialog's per-format options: one builder function per format.

A builder lays its controls out in the given (empty) widget and returns a
function giving the ``options`` dict that :func:`annotator.services.export_project`
passes to the format module.  A format without a builder shows "no options".
To give a format options (e.g. doccano's offset unit), add a builder to
``OPTION_BUILDERS``; the dialog needs no change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

OptionsFn = Callable[[], dict[str, Any]]
OptionBuilder = Callable[[QWidget, str], OptionsFn]



def csv_options(pane: QWidget, language: str) -> OptionsFn:
    form = QFormLayout(pane)
    form.setContentsMargins(0, 0, 0, 0)
    names = QComboBox(pane)
    names.setObjectName("csv_theme_names")
    names.addItem(QCoreApplication.translate("ExportOptions", "Russian"), "ru")
    names.addItem(QCoreApplication.translate("ExportOptions", "English"), "en")
    names.addItem(QCoreApplication.translate("ExportOptions", "Identifiers"), "id")
    names.setCurrentIndex(max(0, names.findData(language)))
    bom = QCheckBox(QCoreApplication.translate("ExportOptions", "Byte-order mark, so that Excel reads Cyrillic"),
                    pane)
    bom.setObjectName("csv_bom")
    form.addRow(QCoreApplication.translate("ExportOptions", "Theme names"), names)
    form.addRow("", bom)
    return lambda: {"theme_names": names.currentData(), "bom": bom.isChecked()}


def labelstudio_options(pane: QWidget, _language: str) -> OptionsFn:
    form = QFormLayout(pane)
    form.setContentsMargins(0, 0, 0, 0)
    from_name = QLineEdit("label", pane)
    from_name.setObjectName("labelstudio_from_name")
    to_name = QLineEdit("text", pane)
    to_name.setObjectName("labelstudio_to_name")
    form.addRow(QCoreApplication.translate("ExportOptions", "Labels control name"), from_name)
    form.addRow(QCoreApplication.translate("ExportOptions", "Text object name"), to_name)
    return lambda: {"from_name": from_name.text().strip() or "label", "to_name": to_name.text().strip() or "text"}


def doccano_options(pane: QWidget, _language: str) -> OptionsFn:
    """The offset unit a doccano project draws, and one span of each overlap for projects
    that do not allow overlapping spans (see docs/INTEROP.md)."""
    form = QFormLayout(pane)
    form.setContentsMargins(0, 0, 0, 0)
    offsets = QComboBox(pane)
    offsets.setObjectName("offsets")
    for unit, text in (
        ("utf16", QCoreApplication.translate("ExportOptions", "UTF-16 units: a default doccano project")),
        ("graphemes", QCoreApplication.translate("ExportOptions",
                                                 "Grapheme clusters: a doccano project with grapheme mode on")),
        ("codepoints", QCoreApplication.translate("ExportOptions", "Code points: Python tools")),
    ):
        offsets.addItem(text, unit)
    no_overlaps = QCheckBox(QCoreApplication.translate(
        "ExportOptions", "Keep one span of each overlap (for projects that do not allow overlapping spans)"), pane)
    no_overlaps.setObjectName("no_overlaps")
    hint = QLabel(QCoreApplication.translate(
        "ExportOptions", "doccano draws UTF-16 offsets unless the project's grapheme mode is on; it drops "
        "overlapping spans unless “Allow overlapping spans” is on."), pane)
    hint.setWordWrap(True)
    form.addRow(QCoreApplication.translate("ExportOptions", "Offsets"), offsets)
    form.addRow("", no_overlaps)
    form.addRow(hint)
    return lambda: {"offsets": offsets.currentData(), "no_overlaps": no_overlaps.isChecked()}


OPTION_BUILDERS: dict[str, OptionBuilder] = {
    "csv": csv_options,
    "doccano": doccano_options,
    "labelstudio": labelstudio_options,
}
