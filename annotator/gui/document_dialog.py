"""A document's title, date, source and URL: for a pasted article before it is
stored, and for any document afterwards (Document properties)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.model import Document

FIELDS = ("title", "date", "source", "url")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class DocumentDialog(QDialog):
    """``values()`` gives the edited fields; with ``preview`` the text is shown read-only."""

    def __init__(self, document: Document, *, preview: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.preview = preview
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setObjectName("paste_dialog" if self.preview else "document_properties")
        self.setWindowTitle(self.tr("New document from the clipboard") if self.preview
                            else self.tr("Document properties"))
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        labels = {"title": self.tr("Title"), "date": self.tr("Date"), "source": self.tr("Source"),
                  "url": self.tr("URL")}
        for name in FIELDS:
            edit = QLineEdit(str(getattr(self.document, name) or ""), self)
            edit.setObjectName(f"field_{name}")
            form.addRow(labels[name], edit)
            self.edits[name] = edit
        self.edits["date"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edits["url"].setPlaceholderText("https://…")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("field_error")
        self.error_label.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.preview:
            text = QPlainTextEdit(self.document.text, self)
            text.setObjectName("pasted_text")
            text.setReadOnly(True)
            layout.addWidget(QLabel(self.tr("Text ({count} characters; it cannot be changed once stored)")
                                    .format(count=len(self.document.text)), self))
            layout.addWidget(text, 1)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 520 if self.preview else 200)

    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}

    def problem(self) -> str:
        """What stops the values from being saved, or an empty string."""
        values = self.values()
        if values["date"] and not _DATE.match(values["date"]):
            return self.tr("The date must be written as YYYY-MM-DD, e.g. 2026-11-27.")
        return ""

    def _on_accepted(self) -> None:
        problem = self.problem()
        self.error_label.setText(problem)
        if not problem:
            self.accept()
