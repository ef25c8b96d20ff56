"""The article's speakers: entities with their mentions; rename, alias, merge, assign.

Entities are shared across the project, so a rename here renames the
speaker in every article.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.names import display_name
from annotator.gui.session import AnnotationSession
from annotator.model import SPEAKER, Entity

ENTITY_ROLE = Qt.ItemDataRole.UserRole
SPAN_ROLE = Qt.ItemDataRole.UserRole + 1


class SpeakerPanel(QWidget):
    """Emits ``mention_activated(span_id)`` when a mention is double-clicked."""

    mention_activated = Signal(int)
    name_requested = Signal(int)  # Set speaker…: say who this mention is

    def __init__(self, session: AnnotationSession, mentions_of: Callable[[int], list[int]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._mentions_of = mentions_of
        self.input_dialog: QInputDialog | None = None
        self._setup_ui()
        session.document_loaded.connect(self.reload)
        session.spans_changed.connect(self._on_spans_changed)
        session.entities_changed.connect(self.reload)

    def _setup_ui(self) -> None:
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("speaker_tree")
        self.tree.setHeaderLabels([self.tr("Speaker"), self.tr("Here"), self.tr("Project")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.tree.currentItemChanged.connect(self._on_current_item_changed)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.alias_button = QPushButton(self.tr("Add alias…"), self)
        self.merge_button = QPushButton(self.tr("Merge into…"), self)
        self.assign_button = QPushButton(self.tr("Set speaker…"), self)
        self.assign_button.setToolTip(self.tr("Point the selected mention at a speaker (new or existing)"))
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.alias_button.clicked.connect(self._on_alias_clicked)
        self.merge_button.clicked.connect(self._on_merge_clicked)
        self.assign_button.clicked.connect(self._on_assign_clicked)
        buttons = QGridLayout()
        for number, button in enumerate((self.rename_button, self.alias_button, self.merge_button,
                                         self.assign_button)):
            buttons.addWidget(button, number // 2, number % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._on_current_item_changed(None, None)

    # -- filling -----------------------------------------------------------------------

    def reload(self) -> None:
        if not self.isVisible():
            # Hidden behind another tab: fill in when shown (a long article has
            # thousands of mentions).
            self._stale = True
            return
        self._stale = False
        selected = self.selected_entity_id()
        self.tree.clear()
        speakers = self.session.speaker_spans()
        counts = self.session.project.entity_mention_counts()
        by_entity: dict[int | None, list] = {}
        for span in speakers:
            by_entity.setdefault(span.entity_id, []).append(span)
        entities = {e.id: e for e in self.session.project.entities() if e.id in by_entity}
        for entity_id, spans in sorted(by_entity.items(), key=lambda kv: (kv[0] is None, -len(kv[1]))):
            entity = entities.get(entity_id) if entity_id is not None else None
            item = QTreeWidgetItem(self.tree)
            if entity is None:
                item.setText(0, self.tr("(no speaker assigned)"))
                item.setData(0, ENTITY_ROLE, None)
            else:
                item.setText(0, entity.name)
                item.setToolTip(0, self._entity_tooltip(entity))
                item.setData(0, ENTITY_ROLE, entity.id)
                item.setText(2, str(counts.get(entity.id or 0, 0)))
            item.setText(1, str(len(spans)))
            for span in spans:
                child = QTreeWidgetItem(item)
                after = " ".join(self.session.text[span.end:span.end + 40].split())
                child.setText(0, f"{self.session.span_text(span)} …{after}…")
                child.setToolTip(0, display_name(span.status))
                child.setText(1, "✓" if span.status == "accepted" else "?")
                child.setData(0, SPAN_ROLE, span.id)
            if entity is not None and entity.id == selected:
                self.tree.setCurrentItem(item)
        if len(speakers) <= 40:
            self.tree.expandAll()

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        super().showEvent(event)
        if getattr(self, "_stale", True):
            self.reload()

    def _entity_tooltip(self, entity: Entity) -> str:
        lines = [f"{entity.name} ({display_name(entity.type)})"]
        if entity.aliases:
            lines.append(self.tr("Aliases: {aliases}").format(aliases=", ".join(entity.aliases)))
        if entity.roles:
            lines.append(self.tr("Roles: {roles}").format(roles=", ".join(entity.roles)))
        return "\n".join(lines)

    def _on_spans_changed(self, span_ids: list[int]) -> None:
        spans = [self.session.spans.get(span_id) for span_id in span_ids]
        if any(span is None or span.label == SPEAKER for span in spans):
            self.reload()

    # -- selection ------------------------------------------------------------------------

    def selected_entity_id(self) -> int | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        value = item.data(0, ENTITY_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def selected_mention_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, SPAN_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def select_entity(self, entity_id: int) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item.data(0, ENTITY_ROLE) == entity_id:
                self.tree.setCurrentItem(item)

    def _on_current_item_changed(self, _current: object, _previous: object) -> None:
        has_entity = self.selected_entity_id() is not None
        for button in (self.rename_button, self.alias_button, self.merge_button):
            button.setEnabled(has_entity)
        self.assign_button.setEnabled(self.selected_mention_id() is not None)

    def _on_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        span_id = item.data(0, SPAN_ROLE)
        if span_id is not None:
            self.mention_activated.emit(int(span_id))

    # -- edits ------------------------------------------------------------------------------

    def _ask(self, title: str, label: str, value: str, handler: Callable[[str], None],
             items: list[str] | None = None) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        if items is not None:
            dialog.setComboBoxItems(items)
            dialog.setComboBoxEditable(True)
        dialog.setTextValue(value)
        dialog.textValueSelected.connect(handler)
        self.input_dialog = dialog
        dialog.open()
        return dialog

    def _on_rename_clicked(self) -> None:
        entity_id = self.selected_entity_id()
        if entity_id is None:
            return
        entity = self.session.project.entity(entity_id)
        self._ask(self.tr("Rename speaker"), self.tr("Name in the nominative (shared by the whole project):"),
                  entity.name, lambda name: self.session.rename_entity(entity_id, name))

    def _on_alias_clicked(self) -> None:
        entity_id = self.selected_entity_id()
        if entity_id is None:
            return
        self._ask(self.tr("Add alias"), self.tr("Another name or title of this speaker:"), "",
                  lambda alias: self.session.add_alias(entity_id, alias))

    def _on_merge_clicked(self) -> None:
        drop_id = self.selected_entity_id()
        if drop_id is None:
            return
        others = [e for e in self.session.project.entities() if e.id != drop_id]
        choices = {f"{e.name} ({display_name(e.type)})": e.id for e in others}
        if not choices:
            self.session.report_error(self.tr("There is no other speaker to merge with"))
            return

        def merge(label: str) -> None:
            keep_id = choices.get(label)
            if keep_id is not None:
                self.session.merge_entities(keep_id, drop_id, self._mentions_of(drop_id))

        dialog = self._ask(self.tr("Merge speakers"),
                           self.tr("Merge this speaker into (its name becomes an alias):"),
                           "", merge, items=list(choices))
        dialog.setComboBoxEditable(False)

    def _on_assign_clicked(self) -> None:
        # The same quick chooser as S and K: the article's speakers first, or a new one.
        span_id = self.selected_mention_id()
        if span_id is not None:
            self.name_requested.emit(span_id)
