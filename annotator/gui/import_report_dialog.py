"""The report after an import: one summary line first, the details below it, collapsed.

A message box grows with its text and ran off a 1000-pixel screen for an import
with many duplicates; here the details scroll inside a box whose height is
capped to the screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from annotator.services import ImportReport

# Files refused because their encoding could not be told say so with this hint.
ENCODING_HINT = "--encoding"
ENCODINGS = ("cp1251", "utf-8", "koi8-r", "cp866", "utf-16-le", "utf-16-be", "mac-cyrillic", "utf-32")


class ImportReportDialog(QDialog):
    """``retry_requested(paths, encoding)``: import the files whose encoding was doubtful again."""

    retry_requested = Signal(list, str)

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setObjectName("import_report")
        self.setWindowTitle(self.title())
        self.summary = QLabel(self.summary_text(), self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        icon = QLabel(self)
        pixmap = (QStyle.StandardPixmap.SP_MessageBoxWarning if not self.report.ok
                  else QStyle.StandardPixmap.SP_MessageBoxInformation)
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(32, 32))
        self.details = QPlainTextEdit("\n".join(self.detail_lines()), self)
        self.details.setObjectName("import_details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setVisible(False)
        self.toggle = QPushButton(self.tr("Show details ({count})").format(count=len(self.detail_lines())), self)
        self.toggle.setObjectName("toggle_details")
        self.toggle.setCheckable(True)
        self.toggle.setEnabled(bool(self.detail_lines()))
        self.toggle.toggled.connect(self._on_toggled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.summary)
        layout.addWidget(self.toggle)
        layout.addWidget(self.details, 1)
        self._add_encoding_retry(layout)
        layout.addWidget(buttons)
        self._fit_to_screen()

    def title(self) -> str:
        if self.report.cancelled:
            return self.tr("Import cancelled")
        return self.tr("Import finished") if self.report.ok else self.tr("Import finished with problems")

    def summary_text(self) -> str:
        report = self.report
        total = max(report.files_total, len(report.imported) + len(report.failures))
        parts = [self.tr("Imported %n document(s)", "", report.document_count)
                 + " " + self.tr("from {done} of {total} file(s).").format(done=len(report.imported), total=total)]
        if report.failures:
            parts.append(self.tr("%n file(s) could not be read.", "", len(report.failures)))
        if report.duplicates:
            parts.append(self.tr("%n duplicate(s) skipped.", "", len(report.duplicates)))
        if report.skipped:
            parts.append(self.tr("%n file(s) of other types skipped.", "", len(report.skipped)))
        if report.cancelled:
            parts.append(self.tr("Cancelled; the files imported before the cancel are kept."))
        return " ".join(parts)

    def detail_lines(self) -> list[str]:
        report = self.report
        return ([self.tr("failed: {reason}").format(reason=why) for _, why in report.failures]
                + [self.tr("duplicate skipped: {path}: {reason}").format(path=path, reason=why)
                   for path, why in report.duplicates]
                + [self.tr("not an article file, skipped: {path}").format(path=path) for path in report.skipped])

    def doubtful_files(self) -> list[Path]:
        """Files refused because their text encoding could not be told."""
        return [Path(path) for path, why in self.report.failures if ENCODING_HINT in why]

    def _add_encoding_retry(self, layout: QVBoxLayout) -> None:
        files = self.doubtful_files()
        self.encoding_combo: QComboBox | None = None
        if not files:
            return
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("%n file(s) in an encoding that could not be told. Import again as:", "",
                                     len(files)), self))
        combo = QComboBox(self)
        combo.setObjectName("retry_encoding")
        combo.setEditable(True)  # any codec name Python knows
        combo.addItems(list(ENCODINGS))
        row.addWidget(combo, 1)
        retry = QPushButton(self.tr("Import again"), self)
        retry.setObjectName("retry_import")
        retry.clicked.connect(lambda: self._on_retry(combo.currentText().strip()))
        row.addWidget(retry)
        layout.addLayout(row)
        self.encoding_combo = combo

    def _on_retry(self, encoding: str) -> None:
        if encoding:
            self.retry_requested.emit(self.doubtful_files(), encoding)
            self.accept()

    def _on_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle.setText(self.tr("Hide details") if shown else
                            self.tr("Show details ({count})").format(count=len(self.detail_lines())))
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Never taller or wider than 80 % of the screen the dialog is on."""
        screen = self.screen() if self.screen() is not None else None
        available = screen.availableGeometry() if screen is not None else None
        width = 620
        height = 420 if self.details.isVisible() else self.sizeHint().height()
        if available is not None:
            width = min(width, int(available.width() * 0.8))
            height = min(height, int(available.height() * 0.8))
            self.setMaximumSize(int(available.width() * 0.8), int(available.height() * 0.8))
        self.resize(width, height)
