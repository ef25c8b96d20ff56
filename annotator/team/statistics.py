"""Quotes per speaker and per theme: what the Statistics view and the report plot.

An adjudicated document is counted on its gold annotations; any other on
every accepted quote, each counted once however many annotators marked the
same bounds for the same speaker.  A quote's themes are its own tags plus its
document's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from annotator.model import ACCEPTED, QUOTE, SAID_BY, AnnotatedDocument
from annotator.store import Project

NO_SPEAKER = "—"


@dataclass
class QuoteStatistics:
    layer: str  # "gold", "accepted" or "mixed" (gold where adjudicated)
    per_speaker: Counter[str] = field(default_factory=Counter)
    per_theme: Counter[str] = field(default_factory=Counter)
    speaker_theme: Counter[tuple[str, str]] = field(default_factory=Counter)
    theme_names: dict[str, str] = field(default_factory=dict)


def quote_statistics(project: Project) -> QuoteStatistics:
    adjudicated = project.gold_document_ids()
    documents = project.document_ids()
    layer = "gold" if documents and adjudicated >= set(documents) else ("mixed" if adjudicated else "accepted")
    stats = QuoteStatistics(layer=layer)
    stats.theme_names = {theme.id: theme.name_ru for theme in project.themes()}
    for bundle in project.iter_annotated():
        _count(bundle, stats, bundle.document.id in adjudicated)
    return stats


def _count(bundle: AnnotatedDocument, stats: QuoteStatistics, gold: bool) -> None:
    def counted(status: str, mark: object) -> bool:
        return (mark is not None) if gold else status == ACCEPTED

    spans = {s.id: s for s in bundle.spans if counted(s.status, s.gold)}
    speakers: dict[int | None, str] = {}
    for relation in bundle.relations:
        target = spans.get(relation.target_id)
        if relation.kind == SAID_BY and counted(relation.status, relation.gold) and target is not None:
            entity = bundle.entity(target.entity_id)
            speakers[relation.source_id] = entity.name if entity else bundle.document.text[target.start:target.end]
    doc_themes = {t.theme_id for t in bundle.tags if t.span_id is None and counted(t.status, t.gold)}
    seen: set[tuple[int, int, str]] = set()
    for span in spans.values():
        speaker = speakers.get(span.id, NO_SPEAKER)
        if span.label != QUOTE or (span.start, span.end, speaker) in seen:
            continue
        seen.add((span.start, span.end, speaker))
        themes = doc_themes | {t.theme_id for t in bundle.tags if t.span_id == span.id and counted(t.status, t.gold)}
        stats.per_speaker[speaker] += 1
        for theme in themes:
            stats.per_theme[theme] += 1
            stats.speaker_theme[(speaker, theme)] += 1
