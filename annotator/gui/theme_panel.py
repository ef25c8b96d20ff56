"""Themes: the taxonomy with colours and shortcuts, tagging, guidelines, suggestions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.names import display_name, theme_name
from annotator.gui.session import AnnotationSession
from annotator.model import ACCEPTED, REJECTED, SUGGESTED, Theme

THEME_ROLE = Qt.ItemDataRole.UserRole
TAG_ROLE = Qt.ItemDataRole.UserRole + 1


def colour_icon(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def fill_theme_tree(tree: QTreeWidget, themes: list[Theme]) -> dict[str, QTreeWidgetItem]:
    """Clear ``tree`` and show the taxonomy in it; returns the item of each theme id.

    Columns: name with its colour, shortcut.  A theme listed before its
    parent still lands under it; one whose parent is missing goes to the top.
    """
    tree.clear()
    items: dict[str, QTreeWidgetItem] = {}
    pending = list(themes)
    while pending:
        ready = [t for t in pending if not t.parent or t.parent in items] or pending
        for theme in ready:
            parent = items.get(theme.parent or "")
            item = QTreeWidgetItem(parent if parent is not None else tree)
            item.setText(0, theme_name(theme))
            item.setIcon(0, colour_icon(theme.color))
            item.setText(1, QKeySequence(theme.shortcut).toString(QKeySequence.SequenceFormat.NativeText))
            item.setData(0, THEME_ROLE, theme.id)
            items[theme.id] = item
        pending = [t for t in pending if t.id not in items]
    return items


class ThemePanel(QWidget):
    """``current_span`` returns the span the analyst is on (0 for none)."""

    edit_taxonomy_requested = Signal()
    message = Signal(str)  # what a tagging command did, for the status bar

    def __init__(self, session: AnnotationSession, current_span: Callable[[], int],
                 language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._current_span = current_span
        self._language = language
        self._themes: dict[str, Theme] = {}
        self.shortcut_actions: list[QAction] = []
        self._shortcut_host: QWidget | None = None
        self._setup_ui()
        session.themes_changed.connect(self.reload_themes)
        session.tags_changed.connect(self.reload_tags)
        session.document_loaded.connect(self.reload_tags)
        self.reload_themes()

    def _setup_ui(self) -> None:
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("theme_tree")
        self.tree.setHeaderLabels([self.tr("Theme"), self.tr("Key")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._on_current_theme_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: self.tag_current())
        self.guideline = QTextBrowser(self)
        self.guideline.setObjectName("guideline")
        self.guideline.setOpenLinks(False)
        self.tag_span_button = QPushButton(self.tr("Tag annotation"), self)
        self.tag_span_button.setToolTip(self.tr("Tag the annotation at the cursor with this theme"))
        self.tag_document_button = QPushButton(self.tr("Tag document"), self)
        self.edit_button = QPushButton(self.tr("Edit taxonomy…"), self)
        self.tag_span_button.clicked.connect(lambda: self.tag_current(whole_document=False))
        self.tag_document_button.clicked.connect(lambda: self.tag_current(whole_document=True))
        self.edit_button.clicked.connect(self.edit_taxonomy_requested)
        self.tags_list = QListWidget(self)
        self.tags_list.setObjectName("document_themes")
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.accept_button.clicked.connect(lambda: self._on_tag_decision(ACCEPTED))
        self.reject_button.clicked.connect(lambda: self._on_tag_decision(REJECTED))
        self.remove_button.clicked.connect(self._on_remove_clicked)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tree, 1)
        buttons = QGridLayout()
        buttons.addWidget(self.tag_span_button, 0, 0)
        buttons.addWidget(self.tag_document_button, 0, 1)
        buttons.addWidget(self.edit_button, 1, 0, 1, 2)
        top_layout.addLayout(buttons)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr("Themes of this document (suggested ones in italics):"), self))
        bottom_layout.addWidget(self.tags_list, 1)
        decisions = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.remove_button):
            decisions.addWidget(button)
        bottom_layout.addLayout(decisions)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.guideline)
        splitter.addWidget(bottom)
        splitter.setSizes([360, 150, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    # -- taxonomy ---------------------------------------------------------------------------

    def reload_themes(self) -> None:
        selected = self.selected_theme_id()
        themes = self.session.project.themes()
        self._themes = {theme.id: theme for theme in themes}
        items = fill_theme_tree(self.tree, themes)
        self.tree.expandAll()
        if selected in items:
            self.tree.setCurrentItem(items[selected])
        self._rebuild_shortcuts()
        self.reload_tags()

    def _rebuild_shortcuts(self) -> None:
        for action in self.shortcut_actions:
            action.setParent(None)
            action.deleteLater()
        self.shortcut_actions = []
        host = self._shortcut_host
        if host is None:
            return
        for theme in self._themes.values():
            if not theme.shortcut:
                continue
            action = QAction(theme_name(theme), host)
            action.setShortcut(QKeySequence(theme.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, theme_id=theme.id: self.tag_with(theme_id))
            host.addAction(action)
            self.shortcut_actions.append(action)

    def set_shortcut_host(self, host: QWidget) -> None:
        """The window whose key presses the theme shortcuts (Alt+1 …) listen to."""
        self._shortcut_host = host
        self._rebuild_shortcuts()

    def selected_theme_id(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, THEME_ROLE)) if item is not None else None

    def select_theme(self, theme_id: str) -> None:
        for item in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, THEME_ROLE) == theme_id:
                self.tree.setCurrentItem(item)
                return

    def _on_current_theme_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        theme = self._themes.get(current.data(0, THEME_ROLE)) if current is not None else None
        if theme is None:
            self.guideline.clear()
            return
        text = theme.guideline_en if self._language == "en" and theme.guideline_en else theme.guideline
        self.guideline.setHtml(f"<b>{theme_name(theme)}</b><p>{_escape(text) or self.tr('No guideline yet.')}</p>")

    # -- tagging -------------------------------------------------------------------------------

    def tag_with(self, theme_id: str, *, whole_document: bool = False) -> bool:
        span_id = (0 if whole_document else self._current_span()) or None
        existing = self.session.find_tag(theme_id, span_id)
        removing = existing is not None and existing.status == ACCEPTED
        if not self.session.toggle_tag(theme_id, span_id):
            return False
        theme = self._themes.get(theme_id)
        name = theme_name(theme) if theme else theme_id
        if span_id is None:
            text = (self.tr("Theme «{name}» removed from the document") if removing
                    else self.tr("Theme «{name}» added to the document"))
        else:
            text = (self.tr("Theme «{name}» removed from the annotation") if removing
                    else self.tr("Theme «{name}» added to the annotation"))
        self.message.emit(text.format(name=name))
        return True

    def tag_current(self, *, whole_document: bool = False) -> bool:
        theme_id = self.selected_theme_id()
        return bool(theme_id) and self.tag_with(theme_id or "", whole_document=whole_document)

    def reload_tags(self) -> None:
        self.tags_list.clear()
        counts: dict[str, int] = {}
        for tag in self.session.tags:
            if tag.span_id is not None and tag.status != REJECTED:
                counts[tag.theme_id] = counts.get(tag.theme_id, 0) + 1
        for tag in self.session.tags:
            if tag.span_id is not None or tag.status == REJECTED:
                continue
            theme = self._themes.get(tag.theme_id)
            name = theme_name(theme) if theme else tag.theme_id
            item = QListWidgetItem(colour_icon(theme.color if theme else "#888888"), name)
            if tag.status == SUGGESTED:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                item.setText(f"{name} — {display_name(SUGGESTED)}")
            item.setData(TAG_ROLE, tag.id)
            item.setToolTip(item.text())
            self.tags_list.addItem(item)
        for theme_id, count in sorted(counts.items()):
            theme = self._themes.get(theme_id)
            name = theme_name(theme) if theme else theme_id
            item = QListWidgetItem(colour_icon(theme.color if theme else "#888888"),
                                   self.tr("{name}: {count} annotation(s)").format(name=name, count=count))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tags_list.addItem(item)

    def _selected_tag(self):  # noqa: ANN202
        item = self.tags_list.currentItem()
        tag_id = item.data(TAG_ROLE) if item is not None else None
        return next((t for t in self.session.tags if t.id == tag_id), None)

    def _on_tag_decision(self, status: str) -> None:
        tag = self._selected_tag()
        if tag is not None and tag.status != status and self.session.set_tag_status(tag, status):
            theme = self._themes.get(tag.theme_id)
            name = theme_name(theme) if theme else tag.theme_id
            self.message.emit((self.tr("Theme «{name}» accepted") if status == ACCEPTED
                               else self.tr("Theme «{name}» rejected")).format(name=name))

    def _on_remove_clicked(self) -> None:
        tag = self._selected_tag()
        if tag is None:
            return
        if tag.status == ACCEPTED:
            self.session.toggle_tag(tag.theme_id, None)
        else:
            self.session.set_tag_status(tag, REJECTED)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
