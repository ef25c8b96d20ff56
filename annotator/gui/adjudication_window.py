"""Adjudication: settle a team project's disagreements into the gold layer from the keyboard.

Opening a document puts every agreed item into gold at once; the open
disagreements are listed with each distinct version and who holds it.
Keys: 1–9 (or A, B) take that version, E takes the first version with the
selected text as its bounds, X or Delete drops the item, Ctrl+Z undoes the
last decision, Ctrl+PgDown / Ctrl+PgUp move between documents.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.adjudication_text import LayeredTextView, annotator_colour
from annotator.model import AnnotatorError
from annotator.store import Project
from annotator.team import adjudicate
from annotator.team.items import SPAN_ITEM, Item, Option

KEY_ROLE = Qt.ItemDataRole.UserRole


class AdjudicationWindow(QMainWindow):
    def __init__(self, project: Project, adjudicator: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjudication_window")
        self.project = project
        self.adjudicator = adjudicator
        self.state: adjudicate.DocumentAdjudication | None = None
        self.undo_steps: list[tuple[int, list[str]]] = []
        self.item_counts: dict[int, tuple[int, int]] = {}
        self._setup_ui()
        self._setup_actions()
        self._load_documents()

    # -- building -----------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Adjudication — {name}").format(name=self.project.path.name))
        self.documents = QListWidget(self)
        self.documents.setObjectName("adjudication_documents")
        self.documents.currentItemChanged.connect(self._on_document_changed)
        self.text_view = LayeredTextView(self)
        self.legend = QLabel(self)
        self.legend.setObjectName("adjudication_legend")
        self.legend.setWordWrap(True)
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.text_view, 1)
        self.items = QListWidget(self)
        self.items.setObjectName("adjudication_items")
        self.items.setWordWrap(True)
        self.items.currentItemChanged.connect(lambda *_: self._show_layers())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.documents, centre, self.items):
            splitter.addWidget(widget)
        splitter.setSizes([300, 640, 500])
        self.setCentralWidget(splitter)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("adjudication_progress")
        self.statusBar().addPermanentWidget(self.progress_label)

    def _setup_actions(self) -> None:
        bindings: list[tuple[str, list[str], Callable[[], None]]] = [
            (self.tr("Take version {n}").format(n=n), [str(n)], lambda _checked=False, n=n: self.take(n - 1)) for n in range(1, 10)
        ]
        bindings += [
            (self.tr("Take version A"), ["A"], lambda: self.take(0)),
            (self.tr("Take version B"), ["B"], lambda: self.take(1)),
            (self.tr("Edit: take the selected text"), ["E"], self.edit),
            (self.tr("Drop the item"), ["X", "Delete"], self.drop),
            (self.tr("Undo the last decision"), ["Ctrl+Z"], self.undo),
            (self.tr("Next document"), ["Ctrl+PgDown"], lambda: self._move_document(+1)),
            (self.tr("Previous document"), ["Ctrl+PgUp"], lambda: self._move_document(-1)),
        ]
        for text, keys, handler in bindings:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handler)
            self.addAction(action)

    # -- documents ------------------------------------------------------------------------------

    def _load_documents(self) -> None:
        for summary in self.project.document_summaries():
            row = QListWidgetItem(summary.title or self.tr("(untitled)"))
            row.setData(KEY_ROLE, summary.id)
            self.documents.addItem(row)
        self.item_counts = adjudicate.item_counts(self.project)
        if self.documents.count():
            self.documents.setCurrentRow(0)
        self._update_progress()

    def _move_document(self, step: int) -> None:
        row = self.documents.currentRow() + step
        if 0 <= row < self.documents.count():
            self.documents.setCurrentRow(row)

    def _on_document_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        doc_id = int(current.data(KEY_ROLE))
        try:
            adjudicate.settle_agreed(self.project, doc_id, adjudicator=self.adjudicator())
        except AnnotatorError as exc:
            self.statusBar().showMessage(str(exc), 8000)
        self.state = adjudicate.load(self.project, doc_id)
        self.text_view.set_document(self.state.versions.bundle.document.text)
        self._refresh()

    # -- decisions ---------------------------------------------------------------------------------

    def current_item(self) -> Item | None:
        row = self.items.currentItem()
        if row is None or self.state is None:
            return None
        key = str(row.data(KEY_ROLE))
        return next((item for item in self.state.items if item.key == key), None)

    def take(self, option: int) -> None:
        self._decide(lambda item: adjudicate.take(self.project, self.state.doc_id, item.key, option,
                                                   adjudicator=self.adjudicator()))

    def drop(self) -> None:
        self._decide(lambda item: adjudicate.drop(self.project, self.state.doc_id, item.key,
                                                   adjudicator=self.adjudicator()))

    def edit(self) -> None:
        selected = self.text_view.selection_range()
        if selected is None:
            self.statusBar().showMessage(self.tr("Select the text of the gold annotation first, then press E."), 6000)
            return

        def settle(item: Item) -> list[str]:
            option = next((n for n, o in enumerate(item.options) if o.spans), -1)
            return adjudicate.edit(self.project, self.state.doc_id, item.key, option, *selected,
                                   adjudicator=self.adjudicator())

        self._decide(settle)

    def _decide(self, settle: Callable[[Item], list[str]]) -> None:
        item = self.current_item()
        if item is None:
            return
        row = self.items.currentRow()
        try:
            keys = settle(item)
        except AnnotatorError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return
        self.undo_steps.append((self.state.doc_id, keys))
        self._refresh(row)

    def undo(self) -> None:
        if not self.undo_steps:
            self.statusBar().showMessage(self.tr("Nothing to undo."), 4000)
            return
        doc_id, keys = self.undo_steps.pop()
        adjudicate.unsettle(self.project, doc_id, keys)
        if self.state is None or self.state.doc_id != doc_id:
            for row in range(self.documents.count()):
                if self.documents.item(row).data(KEY_ROLE) == doc_id:
                    self.documents.setCurrentRow(row)
        self.state = adjudicate.load(self.project, doc_id)
        self._refresh()

    # -- showing -----------------------------------------------------------------------------------

    def _refresh(self, row: int = 0) -> None:
        state = self.state = adjudicate.load(self.project, self.state.doc_id)
        self.items.blockSignals(True)
        self.items.clear()
        for item in state.open_items:
            entry = QListWidgetItem(self._describe_item(item))
            entry.setData(KEY_ROLE, item.key)
            self.items.addItem(entry)
        if self.items.count():
            self.items.setCurrentRow(min(row, self.items.count() - 1))
        self.items.blockSignals(False)
        names = state.versions.annotators
        self.legend.setText("  ".join(
            f'<span style="color:{annotator_colour(n)}">■ {name}</span>' for n, name in enumerate(names)
        ) + "  " + self.tr("green: gold · yellow: the item being settled"))
        settled = len(state.settled & {i.key for i in state.items})
        self.item_counts[state.doc_id] = (settled, len(state.items))
        self._show_layers()
        self._update_progress()

    def _show_layers(self) -> None:
        state = self.state
        if state is None:
            return
        bundle = state.versions.bundle
        layers = [[(s.start, s.end) for s in state.versions.versions[name].spans] for name in state.versions.annotators]
        gold = [(s.start, s.end) for s in bundle.spans if s.gold is not None]
        item = self.current_item()
        current = (item.start, item.end) if item is not None and item.kind == SPAN_ITEM else None
        self.text_view.show_layers(layers, gold, current)

    def _describe_item(self, item: Item) -> str:
        text = self.state.versions.bundle.document.text
        if item.kind == SPAN_ITEM:
            head = f"{item.label} «{_clip(text[item.start:item.end])}»"
        else:
            head = self.tr("Theme: {theme}").format(theme=item.label)
        lines = [head]
        for number, option in enumerate(item.options, start=1):
            lines.append(f"  {number}. {', '.join(option.annotators)}: {self._describe_option(item, option, text)}")
        return "\n".join(lines)

    def _describe_option(self, item: Item, option: Option, text: str) -> str:
        if item.kind != SPAN_ITEM:
            return self.tr("tagged") if option.tagged else self.tr("not tagged")
        if not option.spans:
            return self.tr("nothing")
        parts = []
        for signature, span in zip(option.signature, option.spans):
            _start, _end, _label, kind, speaker, themes = signature
            words = f"«{_clip(text[span.start:span.end])}»"
            if kind:
                words += f" {kind}"
            if speaker:
                words += f" → {speaker.split(':', 1)[-1]}"
            if themes:
                words += f" [{', '.join(themes)}]"
            parts.append(words)
        return "; ".join(parts)

    def _update_progress(self) -> None:
        settled = sum(done for done, _ in self.item_counts.values())
        total = sum(count for _, count in self.item_counts.values())
        open_here = self.items.count()
        self.progress_label.setText(self.tr("{settled} of {total} items settled · {open} open in this document")
                                    .format(settled=settled, total=total, open=open_here))


def _clip(words: str, size: int = 48) -> str:
    words = " ".join(words.split())
    return words if len(words) <= size else words[: size - 1] + "…"
