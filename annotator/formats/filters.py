"""Export filters: which documents and which annotations go into an export.

Every export format receives bundles that already went through
:func:`apply_filter`, so each filter works the same way for all of them.

Rules (each unset field means "no restriction"):

* ``doc_ids`` – keep only these documents (by ``Document.id``).
* ``doc_statuses`` – keep documents whose status is one of these
  (``new``, ``in_progress``, ``done``).
* ``statuses`` – keep spans, relations and theme tags whose status is one of
  these (e.g. ``{"accepted"}``).
* ``annotators`` – keep spans, relations and theme tags made by one of these
  annotators.
* ``include_rejected`` – keep rejected annotations.  By default (``False``)
  every rejected span, relation and theme tag is left out of an export,
  unless ``statuses`` names ``rejected`` explicitly.
* ``gold_only`` – keep only the adjudicated gold layer: annotations that
  carry a gold mark (``annotator.team.adjudicate`` puts them there, with who
  settled them and when), and only documents that have been adjudicated
  (at least one item settled, even if by dropping it).
* ``themes`` – keep documents that carry a theme tag (on the document or on
  any span) of one of these themes or of any of their descendants in the
  taxonomy.  Only tags that survive the annotation filters above count, so
  "accepted only + theme X" means an accepted tag of X.  The theme filter
  selects documents; it does not remove the other tags of a kept document.

``ExportFilter()`` is what an export without options uses: everything but
the rejected annotations.

Consistency: a relation is dropped when either of its spans is dropped, a
span tag when its span is dropped, and a speaker entity when no kept span
refers to it.  Documents left without annotations are still exported (their
text is part of the dataset).  Bundles are never modified in place: kept
documents come back as new bundles sharing the same objects.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from annotator.model import ACCEPTED, REJECTED, AnnotatedDocument, Span, Theme


@dataclass
class ExportFilter:
    statuses: set[str] | None = None
    annotators: set[str] | None = None
    doc_statuses: set[str] | None = None
    themes: set[str] | None = None
    doc_ids: set[int] | None = None
    gold_only: bool = False
    include_rejected: bool = False

    def is_empty(self) -> bool:
        return (
            self.keeps_rejected()
            and self.statuses is None
            and self.annotators is None
            and self.doc_statuses is None
            and self.themes is None
            and self.doc_ids is None
            and not self.gold_only
        )

    def keeps_rejected(self) -> bool:
        return self.include_rejected or (self.statuses is not None and REJECTED in self.statuses)


def filter_from_options(
    *,
    statuses: Iterable[str] = (),
    accepted: bool = False,
    gold: bool = False,
    annotators: Iterable[str] = (),
    doc_statuses: Iterable[str] = (),
    themes: Iterable[str] = (),
    doc_ids: Iterable[int] = (),
    include_rejected: bool = False,
) -> ExportFilter:
    """The filter of the export options, as both the CLI and the export dialog offer them:
    an empty choice is no restriction, ``accepted`` adds the accepted status."""
    wanted_statuses = set(statuses) | ({ACCEPTED} if accepted else set())
    return ExportFilter(
        statuses=wanted_statuses or None,
        annotators=set(annotators) or None,
        doc_statuses=set(doc_statuses) or None,
        themes=set(themes) or None,
        doc_ids=set(doc_ids) or None,
        gold_only=gold,
        include_rejected=include_rejected,
    )


def is_gold_span(span: Span) -> bool:
    """A span of the adjudicated gold layer."""
    return span.gold is not None


def is_adjudicated(bundle: AnnotatedDocument) -> bool:
    """The document has a gold layer (something in it was settled)."""
    return (
        bool(bundle.dropped)
        or any(span.gold is not None for span in bundle.spans)
        or any(relation.gold is not None for relation in bundle.relations)
        or any(tag.gold is not None for tag in bundle.tags)
    )


def theme_descendants(theme_ids: Iterable[str], themes: list[Theme]) -> set[str]:
    """The given theme ids and every theme below them in the taxonomy."""
    children: dict[str, list[str]] = {}
    for theme in themes:
        if theme.parent is not None:
            children.setdefault(theme.parent, []).append(theme.id)
    found: set[str] = set()
    pending = list(theme_ids)
    while pending:
        theme_id = pending.pop()
        if theme_id in found:
            continue
        found.add(theme_id)
        pending.extend(children.get(theme_id, []))
    return found


def apply_filter(
    bundles: Iterable[AnnotatedDocument], flt: ExportFilter, themes: list[Theme]
) -> Iterator[AnnotatedDocument]:
    """Yield the documents ``flt`` keeps, each holding only the kept annotations."""
    if flt.is_empty():
        yield from bundles
        return
    wanted_themes = theme_descendants(flt.themes, themes) if flt.themes is not None else None
    for bundle in bundles:
        doc = bundle.document
        if flt.doc_ids is not None and doc.id not in flt.doc_ids:
            continue
        if flt.doc_statuses is not None and doc.status not in flt.doc_statuses:
            continue
        if flt.gold_only and not is_adjudicated(bundle):
            continue
        kept = _filter_annotations(bundle, flt)
        if wanted_themes is not None and not any(tag.theme_id in wanted_themes for tag in kept.tags):
            continue
        yield kept


def _keeps(flt: ExportFilter, status: str, annotator: str) -> bool:
    if status == REJECTED and not flt.keeps_rejected():
        return False
    if flt.statuses is not None and status not in flt.statuses:
        return False
    if flt.annotators is not None and annotator not in flt.annotators:
        return False
    return True


def _filter_annotations(bundle: AnnotatedDocument, flt: ExportFilter) -> AnnotatedDocument:
    spans = [
        span
        for span in bundle.spans
        if _keeps(flt, span.status, span.annotator) and (not flt.gold_only or is_gold_span(span))
    ]
    span_ids = {span.id for span in spans}
    relations = [
        rel
        for rel in bundle.relations
        if rel.source_id in span_ids
        and rel.target_id in span_ids
        and _keeps(flt, rel.status, rel.annotator)
        and (not flt.gold_only or rel.gold is not None)
    ]
    tags = [
        tag
        for tag in bundle.tags
        if (tag.span_id is None or tag.span_id in span_ids)
        and _keeps(flt, tag.status, tag.annotator)
        and (not flt.gold_only or tag.gold is not None)
    ]
    entity_ids = {span.entity_id for span in spans if span.entity_id is not None}
    entities = [entity for entity in bundle.entities if entity.id in entity_ids]
    dropped = bundle.dropped if flt.gold_only or flt.annotators is None else []
    return AnnotatedDocument(bundle.document, spans, relations, entities, tags, dropped)
