"""The document list with its filter bar (status, speaker, theme, text)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from annotator.gui.document_index import DocumentIndex
from annotator.gui.document_list import DocumentList
from annotator.gui.names import display_name, theme_name
from annotator.model import DOC_STATUSES, DocumentSummary


class DocumentPanel(QWidget):
    """Emits ``document_selected(doc_id)``; ``filters_changed`` after a new filter applies."""

    document_selected = Signal(int)
    filters_changed = Signal()

    def __init__(self, index: DocumentIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("Any status"), "")
        for status in DOC_STATUSES:
            self.status_filter.addItem(display_name(status), status)
        self.speaker_filter = QComboBox(self)
        self.speaker_filter.setObjectName("speaker_filter")
        self.theme_filter = QComboBox(self)
        self.theme_filter.setObjectName("theme_filter")
        self.text_filter = QLineEdit(self)
        self.text_filter.setObjectName("text_filter")
        self.text_filter.setPlaceholderText(self.tr("Filter: title, source or a word in any form"))
        self.text_filter.setClearButtonEnabled(True)
        for combo in (self.status_filter, self.speaker_filter, self.theme_filter):
            # Long speaker and theme names must not widen the whole panel.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.count_label = QLabel(self)
        self.list = DocumentList(self)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.text_filter, 0, 0, 1, 3)
        grid.addWidget(self.status_filter, 1, 0)
        grid.addWidget(self.speaker_filter, 1, 1)
        grid.addWidget(self.theme_filter, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(250)
        self._text_timer.timeout.connect(self.apply_filters)
        self.text_filter.textChanged.connect(self._text_timer.start)
        self.text_filter.returnPressed.connect(self.apply_filters)
        for combo in (self.status_filter, self.speaker_filter, self.theme_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.list.document_selected.connect(self.document_selected)
        self.reload_choices()

    def reload_choices(self) -> None:
        """Refill the speaker and theme filters (after edits to either)."""
        for combo in (self.speaker_filter, self.theme_filter):
            combo.blockSignals(True)
        speaker = self.speaker_filter.currentData()
        theme = self.theme_filter.currentData()
        self.speaker_filter.clear()
        self.speaker_filter.addItem(self.tr("Any speaker"), None)
        for entity in self.index.speakers():
            self.speaker_filter.addItem(entity.name, entity.id)
        self.theme_filter.clear()
        self.theme_filter.addItem(self.tr("Any theme"), None)
        for theme in self.index.themes():
            prefix = "    " if theme.parent else ""
            self.theme_filter.addItem(prefix + theme_name(theme), theme.id)
        self.speaker_filter.setCurrentIndex(max(0, self.speaker_filter.findData(speaker)))
        self.theme_filter.setCurrentIndex(max(0, self.theme_filter.findData(theme)))
        for combo in (self.speaker_filter, self.theme_filter):
            combo.blockSignals(False)

    def set_documents(self, rows: list[DocumentSummary]) -> None:
        self.list.set_documents(rows)
        self._update_count()

    def apply_filters(self) -> None:
        allowed: set[int] | None = None
        speaker = self.speaker_filter.currentData()
        theme = self.theme_filter.currentData()
        text = self.text_filter.text().strip()
        if speaker is not None:
            allowed = self.index.documents_with_speaker(int(speaker))
        if theme is not None:
            found = self.index.documents_with_theme(str(theme))
            allowed = found if allowed is None else allowed & found
        if text:
            found = self.index.documents_matching(text)
            allowed = found if allowed is None else allowed & found
        self.list.proxy.set_filters(status=self.status_filter.currentData() or "", allowed=allowed, text="")
        self._update_count()
        self.filters_changed.emit()

    def _update_count(self) -> None:
        shown, total = self.list.proxy.rowCount(), self.list.table_model.rowCount()
        text = self.tr("{shown} of {total} documents").format(shown=shown, total=total)
        self.count_label.setText(text if shown != total else self.tr("{total} documents").format(total=total))
