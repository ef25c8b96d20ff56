"""Settling adjudication items into the gold layer.

Every operation is one transaction and returns the item keys it settled, so
a front end can undo it with :func:`unsettle`.  Gold annotations are copies
of the chosen version, made by the adjudicator, with a gold mark saying
which item they settle, how, whose version it was, and when.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from annotator.model import (
    ACCEPTED,
    AGREED,
    CHOSEN,
    EDITED,
    MANUAL,
    QUOTE,
    SAID_BY,
    SPEAKER,
    AnnotatedDocument,
    AnnotatorError,
    GoldMark,
    Relation,
    Span,
    ThemeTag,
    now_iso,
)
from annotator.store import Project
from annotator.team.items import SPAN_ITEM, Item, Option, document_items
from annotator.team.views import DocumentVersions, annotator_versions


@dataclass
class DocumentAdjudication:
    """One document's items, and which are settled."""

    doc_id: int
    versions: DocumentVersions
    items: list[Item]
    settled: set[str]

    @property
    def open_items(self) -> list[Item]:
        return [item for item in self.items if item.key not in self.settled]

    def item(self, key: str) -> Item:
        for item in self.items:
            if item.key == key:
                return item
        raise AnnotatorError(f"no adjudication item {key!r} in document {self.doc_id}")


def load(project: Project, doc_id: int) -> DocumentAdjudication:
    participants = project.document_annotators().get(doc_id, set())
    versions = annotator_versions(project.annotated(doc_id), participants)
    return DocumentAdjudication(doc_id, versions, document_items(versions), project.settled_items(doc_id))


def item_counts(project: Project) -> dict[int, tuple[int, int]]:
    """Document id -> (settled items, all items), read in one pass over the project."""
    participants = project.document_annotators()
    found: dict[int, tuple[int, int]] = {}
    for bundle in project.iter_annotated():
        doc_id = bundle.document.id or 0
        items = document_items(annotator_versions(bundle, participants.get(doc_id, set())))
        settled = project.settled_items(doc_id) if items else set()
        found[doc_id] = (len(settled & {item.key for item in items}), len(items))
    return found


def progress(project: Project) -> tuple[int, int]:
    """(settled items, all items) over the whole project."""
    counts = item_counts(project).values()
    return sum(settled for settled, _ in counts), sum(total for _, total in counts)


def settle_agreed(project: Project, doc_id: int, *, adjudicator: str) -> list[str]:
    """Put every agreed, unsettled item of the document into gold at once."""
    state = load(project, doc_id)
    agreed = [item for item in state.open_items if item.agreed]
    with project.atomic():
        for item in agreed:
            _settle(project, state, item, item.options[0], AGREED, adjudicator)
    return [item.key for item in agreed]


def take(project: Project, doc_id: int, key: str, option: int, *, adjudicator: str) -> list[str]:
    """Settle an item with its ``option``-th version (0 = the majority's)."""
    state = load(project, doc_id)
    item = state.item(key)
    if key in state.settled:
        raise AnnotatorError(f"item {key!r} is already settled; undo it first")
    if not 0 <= option < len(item.options):
        raise AnnotatorError(f"item {key!r} has {len(item.options)} version(s), not {option + 1}")
    with project.atomic():
        return _settle(project, state, item, item.options[option], CHOSEN, adjudicator)


def drop(project: Project, doc_id: int, key: str, *, adjudicator: str) -> list[str]:
    state = load(project, doc_id)
    state.item(key)
    with project.atomic():
        project.add_annotations(doc_id, AnnotatedDocument(state.versions.bundle.document, dropped=[_mark(key, "dropped", adjudicator, [])]))
    return [key]


def edit(
    project: Project, doc_id: int, key: str, option: int, start: int, end: int, *, adjudicator: str
) -> list[str]:
    """Settle a span item with the adjudicator's own bounds for the chosen version."""
    state = load(project, doc_id)
    item = state.item(key)
    chosen = item.options[option] if 0 <= option < len(item.options) else None
    if item.kind != SPAN_ITEM or chosen is None or not chosen.spans:
        raise AnnotatorError("only a version with a span can be edited; select the text first")
    if not 0 <= start < end <= len(state.versions.bundle.document.text):
        raise AnnotatorError(f"[{start}, {end}) is not a span of this document")
    edited = Option(chosen.annotators, [replace(chosen.spans[0], start=start, end=end)])
    with project.atomic():
        return _settle(project, state, item, edited, EDITED, adjudicator)


def unsettle(project: Project, doc_id: int, keys: list[str]) -> None:
    """Undo: remove what settled these items."""
    with project.atomic():
        for key in keys:
            project.delete_gold_item(doc_id, key)


def _mark(key: str, decision: str, adjudicator: str, sources: list[str]) -> GoldMark:
    return GoldMark(item=key, decision=decision, adjudicator=adjudicator, decided=now_iso(), sources=sources)


def _settle(
    project: Project, state: DocumentAdjudication, item: Item, option: Option, decision: str, adjudicator: str
) -> list[str]:
    source = state.versions.bundle
    mark = _mark(item.key, decision, adjudicator, list(option.annotators))
    gold = AnnotatedDocument(source.document, entities=source.entities)
    if option.empty:
        gold.dropped.append(mark)
    elif item.kind != SPAN_ITEM:
        gold.tags.append(ThemeTag(theme_id=item.label, annotator=adjudicator, gold=mark, doc_id=state.doc_id))
    settled = [item.key]
    known: dict[int | None, int] = {}
    for number, span in enumerate(option.spans, start=1):
        gold.spans.append(replace(span, id=-number, status=ACCEPTED, origin=MANUAL, annotator=adjudicator,
                                  created="", modified="", gold=mark))
        for theme in sorted(state.versions.versions[span.annotator].span_themes.get(span.id, set())):
            gold.tags.append(ThemeTag(theme_id=theme, span_id=-number, annotator=adjudicator, gold=mark))
        if span.label == QUOTE:
            settled += _link_speaker(project, state, span, -number, gold, known, mark, adjudicator)
    project.add_annotations(state.doc_id, gold, known)
    state.settled.update(settled)
    return settled


def _link_speaker(
    project: Project, state: DocumentAdjudication, quote: Span, local_id: int,
    gold: AnnotatedDocument, known: dict[int | None, int], mark: GoldMark, adjudicator: str,
) -> list[str]:
    """Link the gold quote to a gold speaker span, settling the speaker's item if it is open."""
    source = state.versions.bundle
    relation = next((r for r in source.relations if r.kind == SAID_BY and r.source_id == quote.id
                     and r.status == ACCEPTED), None)
    target = source.span(relation.target_id) if relation is not None else None
    if target is None:
        return []
    settled: list[str] = []
    speaker_item = next((i for i in state.items if i.label == SPEAKER and i.start <= target.start
                         and target.end <= i.end), None)
    if speaker_item is not None and speaker_item.key not in state.settled:
        holding = next((o for o in speaker_item.options if any(s.id == target.id for s in o.spans)), None)
        if holding is not None:
            settled = _settle(project, state, speaker_item, holding, mark.decision if mark.decision == AGREED else CHOSEN, adjudicator)
    existing = _gold_speaker(project.annotated(state.doc_id), source, target)
    if existing is not None:
        known[-1000 - local_id] = existing
        gold.relations.append(Relation(source_id=local_id, target_id=-1000 - local_id, annotator=adjudicator, gold=mark))
    return settled


def _gold_speaker(current: AnnotatedDocument, source: AnnotatedDocument, target: Span) -> int | None:
    """The gold speaker span for ``target``: the same bounds, else the same speaker entity."""
    gold_speakers = [s for s in current.spans if s.gold is not None and s.label == SPEAKER]
    for span in gold_speakers:
        if (span.start, span.end) == (target.start, target.end):
            return span.id
    entity = source.entity(target.entity_id)
    for span in gold_speakers:
        found = current.entity(span.entity_id)
        if entity is not None and found is not None and (found.name, found.type) == (entity.name, entity.type):
            return span.id
    return None
