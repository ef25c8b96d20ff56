"""Typed edit operations on a project, used by the GUI's undo commands (no Qt, no SQL).

Each operation is a thin call into :class:`annotator.store.Project` that runs
as one transaction and returns what its undo needs.  The database gives a
re-created span a new id, so operations that restore deleted rows return the
new ids and the caller maps old ids to new ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from annotator import review
from annotator.model import (
    ACCEPTED,
    DOC_IN_PROGRESS,
    DOC_NEW,
    INDIRECT,
    DIRECT,
    MANUAL,
    QUOTE,
    REJECTED,
    SAID_BY,
    SPEAKER,
    SUGGESTED,
    AnnotatorError,
    Entity,
    Relation,
    Span,
    Theme,
    ThemeTag,
)
from annotator.store import Project

QUOTE_KINDS = (DIRECT, INDIRECT)
_WORD = re.compile(r"\w+(?:[-‐'’]\w+)*", re.UNICODE)


# -- word boundaries (pure) ---------------------------------------------------


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to whole words and trim surrounding blanks.

    A selection that starts or ends inside a word grows to take the whole
    word; leading and trailing whitespace is dropped.  Punctuation at the
    edges is kept, since an analyst who selected it meant it.
    """
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return start, start
    while start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
        start -= 1
    while end < len(text) and _is_word_char(text[end]) and _is_word_char(text[end - 1]):
        end += 1
    return start, end


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "-‐_"


def next_word_boundary(text: str, offset: int, direction: int, edge: str = "any") -> int:
    """The nearest word boundary from ``offset`` in ``direction`` (+1 or -1).

    ``edge`` picks word ends (for moving a span's end), word starts (for its
    start) or both.
    """
    words = list(_WORD.finditer(text))
    if edge == "end":
        boundaries = [m.end() for m in words]
    elif edge == "start":
        boundaries = [m.start() for m in words]
    else:
        boundaries = sorted({b for m in words for b in (m.start(), m.end())})
    if direction > 0:
        return next((b for b in boundaries if b > offset), len(text))
    return next((b for b in reversed(boundaries) if b < offset), 0)


def word_boundaries_near(text: str, offset: int, direction: int, edge: str = "any",
                         window: int = 400) -> int:
    """Like :func:`next_word_boundary` but only scans a window around ``offset``."""
    lo = max(0, offset - window)
    hi = min(len(text), offset + window)
    # Extend the window to whole words so a boundary is not invented at its edge.
    while lo > 0 and _is_word_char(text[lo - 1]):
        lo -= 1
    while hi < len(text) and _is_word_char(text[hi]):
        hi += 1
    local = next_word_boundary(text[lo:hi], offset - lo, direction, edge) + lo
    if direction > 0 and local == hi and hi < len(text):
        return word_boundaries_near(text, offset, direction, edge, window * 4)
    if direction < 0 and local == lo and lo > 0:
        return word_boundaries_near(text, offset, direction, edge, window * 4)
    return local


# -- spans -------------------------------------------------------------------


@dataclass
class DeletedSpan:
    """Everything a span deletion removed, so that undo can put it back."""

    span: Span
    relations: list[Relation] = field(default_factory=list)
    tags: list[ThemeTag] = field(default_factory=list)


def create_span(project: Project, *, doc_id: int, start: int, end: int, label: str,
                annotator: str, attrs: dict | None = None, entity_id: int | None = None) -> Span:
    if label == QUOTE and attrs is None:
        attrs = {"kind": DIRECT}
    span = Span(start=start, end=end, label=label, attrs=dict(attrs or {}), origin=MANUAL,
                status=ACCEPTED, annotator=annotator, entity_id=entity_id, doc_id=doc_id)
    return project.add_span(span)


def delete_span(project: Project, span_id: int) -> DeletedSpan:
    span = project.span(span_id)
    relations = [r for r in project.relations(span.doc_id or 0)
                 if span_id in (r.source_id, r.target_id)]
    tags = [t for t in project.tags(span.doc_id or 0) if t.span_id == span_id]
    project.delete_span(span_id)
    return DeletedSpan(span, relations, tags)


def restore_span(project: Project, deleted: DeletedSpan, id_of: dict[int, int]) -> Span:
    """Re-insert a deleted span with its relations and tags; returns the new span.

    ``id_of`` maps span ids that have changed since (old -> current).
    """
    old_id = deleted.span.id or 0
    with project.atomic():
        span = project.add_span(replace(deleted.span, id=None))
        id_of[old_id] = span.id or 0
        for relation in deleted.relations:
            source = current_id(id_of, relation.source_id)
            target = current_id(id_of, relation.target_id)
            project.add_relation(replace(relation, id=None, source_id=source, target_id=target))
        for tag in deleted.tags:
            project.add_tag(replace(tag, id=None, span_id=span.id))
    return span


def current_id(id_of: dict[int, int], span_id: int) -> int:
    """The id a span has now, following re-creations by undo (old -> new)."""
    seen = set()
    while span_id in id_of and span_id not in seen:
        seen.add(span_id)
        span_id = id_of[span_id]
    return span_id


def update_span(project: Project, span_id: int, **changes: object) -> tuple[Span, Span]:
    """Change fields of a span; returns (before, after)."""
    before = project.span(span_id)
    after = replace(before, **changes)  # type: ignore[arg-type]
    project.update_span(after)
    return before, after


def restore_span_fields(project: Project, before: Span) -> None:
    current = project.span(before.id or 0)
    project.update_span(replace(current, start=before.start, end=before.end, label=before.label,
                                attrs=dict(before.attrs), status=before.status,
                                annotator=before.annotator, entity_id=before.entity_id,
                                origin=before.origin, comment=before.comment))


def set_span_bounds(project: Project, span_id: int, start: int, end: int) -> tuple[Span, Span]:
    if start >= end:
        raise AnnotatorError("a span cannot be empty")
    return update_span(project, span_id, start=start, end=end)


def set_status(project: Project, span_id: int, status: str, annotator: str) -> tuple[Span, Span]:
    """Accept or reject a span; the analyst who decided becomes its annotator."""
    return update_span(project, span_id, status=status, annotator=annotator)


def set_comment(project: Project, span_id: int, comment: str) -> tuple[Span, Span]:
    """The analyst's comment on an annotation (an empty one removes it)."""
    return update_span(project, span_id, comment=comment.strip())


def set_memo(project: Project, doc_id: int, memo: str) -> str:
    """The analyst's memo on a document; returns the memo it replaces."""
    before = project.document(doc_id).memo
    project.update_document_meta(doc_id, memo=memo.strip())
    return before


def set_quote_kind(project: Project, span_id: int, kind: str) -> tuple[Span, Span]:
    if kind not in QUOTE_KINDS:
        raise AnnotatorError(f"unknown quote kind {kind!r}")
    span = project.span(span_id)
    if span.label != QUOTE:
        raise AnnotatorError("only a quote has a kind")
    return update_span(project, span_id, attrs={**span.attrs, "kind": kind})


@dataclass
class BulkChange:
    """Spans, relations and tags whose status changed together (accept all)."""

    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    tags: list[ThemeTag] = field(default_factory=list)


def accept_all(project: Project, doc_id: int, annotator: str, kind: str = review.ALL) -> BulkChange:
    """Accept every pending suggestion of a document (or of one kind) in one transaction.

    Quotes bring their suggested speaker links along, as accepting one quote does.
    """
    changed = BulkChange()
    with project.atomic():
        accepted: set[int | None] = set()
        for span in project.spans(doc_id):
            if kind != review.THEMES and span.status == SUGGESTED and review.span_kind_matches(span, kind):
                accepted.add(span.id)
                changed.spans.append(replace(span))
                project.update_span(replace(span, status=ACCEPTED, annotator=annotator))
        for relation in project.relations(doc_id):
            if relation.status == SUGGESTED and (
                    kind == review.ALL or (kind == review.QUOTES and relation.source_id in accepted)):
                changed.relations.append(replace(relation))
                project.update_relation(replace(relation, status=ACCEPTED, annotator=annotator))
        for tag in project.tags(doc_id):
            if tag.status == SUGGESTED and kind in (review.ALL, review.THEMES):
                changed.tags.append(replace(tag))
                project.update_tag(replace(tag, status=ACCEPTED, annotator=annotator))
    return changed


def decide(project: Project, span_id: int, status: str, annotator: str) -> BulkChange:
    """Accept or reject one span; accepting a quote also accepts its suggested speaker link.

    The link is shown as part of the quote, so the analyst who accepts the
    quote has seen it; a wrong link is fixed with a new one (K).  Rejecting a
    span rejects every ``said_by`` link to or from it: a quote is not said by
    a mention the analyst has ruled out (docs/WORKBENCH.md, "Rejecting a
    speaker mention").  Undo restores the links with the span.
    """
    changed = BulkChange()
    with project.atomic():
        span = project.span(span_id)
        changed.spans.append(replace(span))
        project.update_span(replace(span, status=status, annotator=annotator))
        for relation in project.relations(span.doc_id or 0):
            if relation.kind != SAID_BY or span_id not in (relation.source_id, relation.target_id):
                continue
            if status == REJECTED and relation.status != REJECTED:
                new_status = REJECTED
            elif status == ACCEPTED and span.label == QUOTE and relation.source_id == span_id \
                    and relation.status == SUGGESTED:
                new_status = ACCEPTED
            else:
                continue
            changed.relations.append(replace(relation))
            project.update_relation(replace(relation, status=new_status, annotator=annotator))
    return changed


def undo_bulk(project: Project, change: BulkChange, id_of: dict[int, int]) -> None:
    with project.atomic():
        for span in change.spans:
            restore_span_fields(project, replace(span, id=current_id(id_of, span.id or 0)))
        for relation in change.relations:
            project.update_relation(relation)
        for tag in change.tags:
            project.update_tag(tag)


# -- relations ---------------------------------------------------------------


@dataclass
class LinkChange:
    """A quote's said_by relations before and after a link."""

    quote_id: int
    removed: list[Relation] = field(default_factory=list)
    added: Relation | None = None


def link_quote(project: Project, quote_id: int, speaker_span_id: int, annotator: str) -> LinkChange:
    """Make ``speaker_span_id`` the one speaker of a quote (accepted)."""
    quote, speaker = project.span(quote_id), project.span(speaker_span_id)
    if quote.label != QUOTE or speaker.label != SPEAKER:
        raise AnnotatorError("a link goes from a quote to a speaker mention")
    change = LinkChange(quote_id)
    with project.atomic():
        for relation in project.relations(quote.doc_id or 0):
            if relation.kind == SAID_BY and relation.source_id == quote_id:
                change.removed.append(relation)
                project.delete_relation(relation.id or 0)
        change.added = project.add_relation(Relation(
            source_id=quote_id, target_id=speaker_span_id, kind=SAID_BY, origin=MANUAL,
            status=ACCEPTED, annotator=annotator, doc_id=quote.doc_id))
        if speaker.status == SUGGESTED:
            project.update_span(replace(speaker, status=ACCEPTED, annotator=annotator))
    return change


def unlink(project: Project, change: LinkChange, id_of: dict[int, int]) -> None:
    with project.atomic():
        if change.added is not None and change.added.id:
            project.delete_relation(change.added.id)
        for relation in change.removed:
            restored = replace(relation, id=None, source_id=current_id(id_of, relation.source_id),
                               target_id=current_id(id_of, relation.target_id))
            relation.id = project.add_relation(restored).id


# -- theme tags --------------------------------------------------------------


def tag(project: Project, *, doc_id: int, theme_id: str, span_id: int | None,
        annotator: str) -> ThemeTag:
    """Tag a span (or the document when ``span_id`` is None); accepts a suggestion."""
    for existing in project.tags(doc_id):
        if existing.theme_id == theme_id and existing.span_id == span_id:
            if existing.status != ACCEPTED:
                project.update_tag(replace(existing, status=ACCEPTED, annotator=annotator))
            return existing
    return project.add_tag(ThemeTag(theme_id=theme_id, span_id=span_id, origin=MANUAL,
                                    status=ACCEPTED, annotator=annotator, doc_id=doc_id))


def set_tag_status(project: Project, tag_obj: ThemeTag, status: str, annotator: str) -> ThemeTag:
    before = replace(tag_obj)
    project.update_tag(replace(tag_obj, status=status, annotator=annotator))
    return before


def untag(project: Project, tag_id: int, doc_id: int) -> ThemeTag:
    removed = next((t for t in project.tags(doc_id) if t.id == tag_id), None)
    if removed is None:
        raise AnnotatorError(f"no theme tag {tag_id} on this document")
    project.delete_tag(tag_id)
    return removed


def restore_tag(project: Project, removed: ThemeTag, id_of: dict[int, int]) -> ThemeTag:
    span_id = current_id(id_of, removed.span_id) if removed.span_id is not None else None
    return project.add_tag(replace(removed, id=None, span_id=span_id))


# -- entities ----------------------------------------------------------------


def rename_entity(project: Project, entity_id: int, name: str) -> tuple[Entity, Entity]:
    before = project.entity(entity_id)
    if not name.strip():
        raise AnnotatorError("a speaker needs a name")
    after = replace(before, name=name.strip(), aliases=list(before.aliases))
    if before.name not in after.aliases and before.name != after.name:
        after.aliases = sorted({*after.aliases, before.name})
    project.update_entity(after)
    return before, after


def add_alias(project: Project, entity_id: int, alias: str) -> tuple[Entity, Entity]:
    before = project.entity(entity_id)
    alias = alias.strip()
    if not alias:
        raise AnnotatorError("an alias cannot be empty")
    after = replace(before, aliases=sorted({*before.aliases, alias}))
    project.update_entity(after)
    return before, after


def restore_entity(project: Project, before: Entity) -> None:
    project.update_entity(before)


@dataclass
class MergeChange:
    keep_before: Entity
    dropped: Entity
    moved_span_ids: list[int]


def merge_entities(project: Project, keep_id: int, drop_id: int,
                   moved_span_ids: list[int]) -> MergeChange:
    """Merge two speakers; ``moved_span_ids`` are the mentions of ``drop_id``.

    The caller passes the mentions it knows of (the store offers no query by
    entity); undo points exactly those back at the re-created entity.
    """
    keep_before, dropped = project.entity(keep_id), project.entity(drop_id)
    project.merge_entities(keep_id, drop_id)
    return MergeChange(keep_before, dropped, list(moved_span_ids))


def unmerge_entities(project: Project, change: MergeChange, id_of: dict[int, int]) -> int:
    """Undo a merge; returns the id of the re-created entity."""
    with project.atomic():
        project.update_entity(change.keep_before)
        recreated = project.add_entity(replace(change.dropped, id=None))
        for span_id in change.moved_span_ids:
            span = project.span(current_id(id_of, span_id))
            project.update_span(replace(span, entity_id=recreated.id))
    return recreated.id or 0


def assign_entity(project: Project, span_id: int, name: str, type_: str) -> tuple[Span, Span]:
    """Point a speaker mention at the project entity ``name`` (created if new)."""
    entity = project.add_entity(Entity(name=name, type=type_))
    return update_span(project, span_id, entity_id=entity.id)


# -- themes ------------------------------------------------------------------


def save_theme(project: Project, theme: Theme) -> Theme | None:
    """Insert or update a theme; returns the previous version (None if new)."""
    try:
        before: Theme | None = project.theme(theme.id)
    except AnnotatorError:
        before = None
    project.save_theme(theme)
    return before


@dataclass
class DeletedTheme:
    theme: Theme
    children: list[str]
    tags: list[ThemeTag]


def delete_theme(project: Project, theme_id: str, doc_ids: list[int]) -> DeletedTheme:
    """Delete a theme and its tags (children move up); undo restores both.

    ``doc_ids`` are the documents to look for its tags in (all of them for a
    complete undo).
    """
    theme = project.theme(theme_id)
    children = [t.id for t in project.themes() if t.parent == theme_id]
    tags = [t for doc_id in doc_ids for t in project.tags(doc_id) if t.theme_id == theme_id]
    project.delete_theme(theme_id)
    return DeletedTheme(theme, children, tags)


def restore_theme(project: Project, deleted: DeletedTheme, id_of: dict[int, int]) -> None:
    with project.atomic():
        project.save_theme(deleted.theme)
        for child in project.themes():
            if child.id in deleted.children:
                project.save_theme(replace(child, parent=deleted.theme.id))
        for removed in deleted.tags:
            restore_tag(project, removed, id_of)


# -- documents ---------------------------------------------------------------


@dataclass
class Reanalysis:
    """A document's annotations before and after the analysis ran again, as rows."""

    doc_id: int
    before: dict
    after: dict
    written: int


def reanalyse_document(project: Project, doc_id: int, analyse: Callable[[Project, int], int]) -> Reanalysis:
    """Run ``analyse`` (services.analyse_document) on one document, keeping both states for undo.

    Only pending automatic suggestions are replaced; what an analyst decided or
    made is kept (see ``Project.replace_suggestions``).
    """
    before = project.annotations_snapshot(doc_id)
    written = analyse(project, doc_id)
    return Reanalysis(doc_id, before, project.annotations_snapshot(doc_id), written)


def restore_annotations(project: Project, doc_id: int, rows: dict) -> None:
    project.restore_annotations(doc_id, rows)


def mark_done(project: Project, doc_id: int, done: bool = True) -> str:
    """Mark a document done (or back in progress); returns the previous status."""
    before = project.document(doc_id).status
    project.set_document_status(doc_id, "done" if done else DOC_IN_PROGRESS)
    return before


def set_document_status(project: Project, doc_id: int, status: str) -> str:
    before = project.document(doc_id).status
    project.set_document_status(doc_id, status)
    return before


def touch_document(project: Project, doc_id: int, status: str) -> bool:
    """A first edit moves a new document to in progress; True if it did."""
    if status == DOC_NEW:
        project.set_document_status(doc_id, DOC_IN_PROGRESS)
        return True
    return False


def untouch_document(project: Project, doc_id: int) -> bool:
    """Undo of the edit that moved a document to in progress: back to new; True if it did.

    A document marked done since then keeps its status: that was a decision of its own.
    """
    if project.document(doc_id).status == DOC_IN_PROGRESS:
        project.set_document_status(doc_id, DOC_NEW)
        return True
    return False


__all__ = [
    "ACCEPTED", "REJECTED", "SUGGESTED", "QUOTE_KINDS", "BulkChange", "current_id", "DeletedSpan", "DeletedTheme",
    "LinkChange", "MergeChange", "Reanalysis", "reanalyse_document", "restore_annotations", "accept_all",
    "add_alias", "assign_entity", "create_span", "decide",
    "delete_span", "delete_theme", "link_quote", "mark_done", "merge_entities", "next_word_boundary",
    "rename_entity", "restore_entity", "restore_span", "restore_span_fields", "restore_tag",
    "restore_theme", "save_theme", "set_document_status", "set_quote_kind", "set_span_bounds",
    "set_comment", "set_memo", "set_status", "set_tag_status", "snap_to_words", "tag", "touch_document", "undo_bulk",
    "unlink", "untouch_document", "unmerge_entities", "untag", "update_span", "word_boundaries_near",
]
