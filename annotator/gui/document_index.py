"""Which documents mention a speaker, carry a theme, or contain a word (for the list filters).

The answers come from one store query each and are cached until an edit
invalidates them.
"""

from __future__ import annotations

from annotator import services
from annotator.model import Entity, Theme
from annotator.store import Project


class DocumentIndex:
    def __init__(self, project: Project) -> None:
        self.project = project
        self._by_entity: dict[int, set[int]] | None = None
        self._by_theme: dict[str, set[int]] | None = None
        self._labels: set[str] | None = None  # only grows: labels are never renamed

    def reset(self, project: Project) -> None:
        """Answer for another project from now on."""
        self.project = project
        self.invalidate()
        self._labels = None

    def invalidate(self) -> None:
        self._by_entity = None
        self._by_theme = None

    def _build(self) -> None:
        self._by_entity = self.project.speaker_documents()
        self._by_theme = self.project.theme_documents()
        self._labels = self.project.span_labels() | (self._labels or set())

    def documents_with_speaker(self, entity_id: int) -> set[int]:
        if self._by_entity is None:
            self._build()
        return set((self._by_entity or {}).get(entity_id, set()))

    def documents_with_theme(self, theme_id: str) -> set[int]:
        if self._by_theme is None:
            self._build()
        descendants = self._descendants(theme_id)
        found: set[int] = set()
        for theme in descendants:
            found |= (self._by_theme or {}).get(theme, set())
        return found

    def _descendants(self, theme_id: str) -> set[str]:
        themes = self.project.themes()
        found = {theme_id}
        changed = True
        while changed:
            changed = False
            for theme in themes:
                if theme.parent in found and theme.id not in found:
                    found.add(theme.id)
                    changed = True
        return found

    def documents_matching(self, text: str) -> set[int]:
        """Titles or sources containing ``text``, and texts with its words in any form."""
        needle = text.casefold().strip()
        if not needle:
            return set(self.project.document_ids())
        found = {s.id for s in self.project.document_summaries()
                 if needle in s.title.casefold() or needle in s.source.casefold()}
        try:
            found |= {doc_id for doc_id, _ in services.search_documents(self.project, text, limit=100_000)}
        except Exception:  # malformed FTS query (stray quotes): title matches only
            pass
        return found

    def labels(self) -> list[str]:
        """Every span label used in the project (for the label chooser)."""
        if self._labels is None:
            self._build()
        return sorted(self._labels or ())

    def add_labels(self, labels: set[str]) -> None:
        if self._labels is not None:
            self._labels |= labels

    def speakers(self) -> list[Entity]:
        return self.project.entities()

    def themes(self) -> list[Theme]:
        return self.project.themes()

    def mentions_of(self, entity_id: int) -> list[int]:
        """Span ids pointing at an entity, across the project (for merge undo)."""
        return [span.id or 0 for doc_id in sorted(self.documents_with_speaker(entity_id))
                for span in self.project.spans(doc_id) if span.entity_id == entity_id]
