"""Corpus search in any inflected form; a result opens its document at the hit."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator.model import AnnotatorError

DOC_ROLE = Qt.ItemDataRole.UserRole
WORD_ROLE = Qt.ItemDataRole.UserRole + 1
HIT = re.compile(r"\[([^\[\]]+)\]")

SearchFn = Callable[[str], list[tuple[int, str]]]


class SearchPanel(QWidget):
    """``search`` answers a query with (document id, snippet) pairs; hits are marked [like this]."""

    result_activated = Signal(int, str)  # document id, the word form found

    def __init__(self, search: SearchFn, titles: Callable[[], dict[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._titles = titles
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.field = QLineEdit(self)
        self.field.setObjectName("search_field")
        self.field.setPlaceholderText(self.tr("Search all documents (any word form), Enter"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.run_search)
        self.summary = QLabel(self)
        self.results = QListWidget(self)
        self.results.setObjectName("search_results")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._on_item_activated)
        self.results.itemClicked.connect(self._on_item_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)

    def focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def run_search(self) -> int:
        query = self.field.text().strip()
        self.results.clear()
        if not query:
            self.summary.clear()
            return 0
        try:
            hits = self._search(query)
        except AnnotatorError as exc:
            self.summary.setText(str(exc))
            return 0
        titles = self._titles()
        for doc_id, snippet in hits:
            words = HIT.findall(snippet)
            shown = snippet.replace("\n", " ")
            item = QListWidgetItem(f"{titles.get(doc_id, '') or self.tr('(untitled)')}\n    {shown}")
            item.setData(DOC_ROLE, doc_id)
            item.setData(WORD_ROLE, words[0] if words else query.split()[0])
            self.results.addItem(item)
        self.summary.setText(self.tr("{count} document(s) found").format(count=len(hits)))
        return len(hits)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.result_activated.emit(int(item.data(DOC_ROLE)), str(item.data(WORD_ROLE)))
