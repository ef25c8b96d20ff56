"""The document list: title, date, source, status and counts, sortable and filterable."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from annotator.gui.names import display_name
from annotator.model import DocumentSummary

ModelIndex = QModelIndex | QPersistentModelIndex
STATUS_COLOURS = {"new": "#FFFFFF", "in_progress": "#FFF6DA", "done": "#E3F1EA"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate marker
    return text


COLUMNS = (
    QT_TRANSLATE_NOOP("DocumentTableModel", "Title"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Date"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Source"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Status"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Quotes"),
    QT_TRANSLATE_NOOP("DocumentTableModel", "Tags"),
)
STATUS_COLUMN = 3


class DocumentTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentSummary] = []
        self._row_of: dict[int, int] = {}

    def set_documents(self, rows: list[DocumentSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {summary.id: row for row, summary in enumerate(self._rows)}
        self.endResetModel()

    def update_document(self, summary: DocumentSummary) -> None:
        row = self._row_of.get(summary.id)
        if row is not None:
            self._rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def summary(self, row: int) -> DocumentSummary:
        return self._rows[row]

    def summaries(self) -> list[DocumentSummary]:
        return list(self._rows)

    def row_of(self, doc_id: int) -> int:
        return self._row_of.get(doc_id, -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DocumentTableModel", COLUMNS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (summary.title or self.tr("(untitled)"), summary.date, summary.source,
                      display_name(summary.status), summary.quote_count, summary.tag_count)
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return summary.title
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        if role == Qt.ItemDataRole.UserRole + 1:
            return summary.status
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS_COLUMN:
            return QColor(STATUS_COLOURS.get(summary.status, "#FFFFFF"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DocumentFilterProxy(QSortFilterProxyModel):
    """Filters by status, by a set of allowed document ids, and by text in title/source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = ""
        self.allowed: set[int] | None = None
        self.text = ""

    def set_filters(self, *, status: str, allowed: set[int] | None, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self.status, self.allowed, self.text = status, allowed, text.casefold()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.status, self.allowed, self.text = status, allowed, text.casefold()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: ModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        summary: DocumentSummary = model.summary(row)  # type: ignore[attr-defined]
        if self.status and summary.status != self.status:
            return False
        if self.allowed is not None and summary.id not in self.allowed:
            return False
        return True


class DocumentList(QTableView):
    """Emits ``document_selected(doc_id)`` when the current row changes."""

    document_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table_model = DocumentTableModel(self)
        self.proxy = DocumentFilterProxy(self)
        self.proxy.setSourceModel(self.table_model)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setObjectName("document_list")
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        for column, width in ((1, 82), (2, 90), (3, 80), (4, 54), (5, 46)):
            header.resizeSection(column, width)
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def set_documents(self, rows: list[DocumentSummary]) -> None:
        current = self.current_document()
        self.table_model.set_documents(rows)
        if current is not None:
            self.select_document(current, emit=False)

    def select_document(self, doc_id: int, *, emit: bool = True) -> bool:
        row = self.table_model.row_of(doc_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.table_model.index(row, 0))
        if not index.isValid():
            return False
        self.blockSignals(not emit)
        self.selectionModel().blockSignals(not emit)
        self.setCurrentIndex(index)
        self.selectionModel().blockSignals(False)
        self.blockSignals(False)
        self.scrollTo(index)
        return True

    def select_relative(self, step: int) -> bool:
        """Move to the next (+1) or previous (-1) document in the shown order."""
        count = self.proxy.rowCount()
        if not count:
            return False
        row = self.currentIndex().row()
        target = 0 if row < 0 else row + step
        if not 0 <= target < count:
            return False
        self.setCurrentIndex(self.proxy.index(target, 0))
        return True

    def current_document(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else None

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.document_selected.emit(int(self.proxy.index(current.row(), 0).data(Qt.ItemDataRole.UserRole)))
