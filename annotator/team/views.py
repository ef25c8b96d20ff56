"""Each annotator's version of each document, as agreement and adjudication read it.

Only decided annotations count: accepted spans, relations and tags that are
not in the gold layer.  Pending suggestions are nobody's decision and
rejected ones are what the analyst said is not there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from annotator.model import ACCEPTED, QUOTE, SAID_BY, AnnotatedDocument, Span
from annotator.team.keys import speaker_name


@dataclass
class AnnotatorVersion:
    """One annotator's annotations of one document."""

    spans: list[Span] = field(default_factory=list)
    # quote span id -> speaker ("type:canonical name", or "" when unknown)
    speakers: dict[int | None, str] = field(default_factory=dict)
    doc_themes: set[str] = field(default_factory=set)
    span_themes: dict[int | None, set[str]] = field(default_factory=dict)

    def by_label(self) -> dict[str, list[tuple[int, int]]]:
        found: dict[str, set[tuple[int, int]]] = {}
        for span in self.spans:
            found.setdefault(span.label, set()).add((span.start, span.end))
        return {label: sorted(bounds) for label, bounds in found.items()}

    def quotes(self) -> dict[tuple[int, int], tuple[str, str]]:
        """(start, end) -> (kind, speaker) of each quote."""
        return {
            (s.start, s.end): (str(s.attrs.get("kind", "")), self.speakers.get(s.id, ""))
            for s in self.spans
            if s.label == QUOTE
        }


@dataclass
class DocumentVersions:
    bundle: AnnotatedDocument
    annotators: list[str]
    versions: dict[str, AnnotatorVersion]


def annotator_versions(bundle: AnnotatedDocument, participants: Iterable[str]) -> DocumentVersions:
    """Split a team document into its annotators' versions (gold and pending left out)."""
    names = set(participants)
    versions: dict[str, AnnotatorVersion] = {}

    def version(name: str) -> AnnotatorVersion:
        names.add(name)
        return versions.setdefault(name, AnnotatorVersion())

    spans = {}
    for span in bundle.spans:
        if span.status == ACCEPTED and span.gold is None and span.annotator:
            version(span.annotator).spans.append(span)
            spans[span.id] = span
    for relation in bundle.relations:
        source, target = spans.get(relation.source_id), spans.get(relation.target_id)
        if relation.kind == SAID_BY and relation.status == ACCEPTED and source is not None and target is not None:
            owner = version(source.annotator)
            owner.speakers[source.id] = speaker_name(bundle, target) or f"@{target.start}:{target.end}"
    for tag in bundle.tags:
        if tag.status != ACCEPTED or tag.gold is not None or not tag.annotator:
            continue
        if tag.span_id is None:
            version(tag.annotator).doc_themes.add(tag.theme_id)
        elif tag.span_id in spans:
            version(tag.annotator).span_themes.setdefault(tag.span_id, set()).add(tag.theme_id)
    for name in names:
        versions.setdefault(name, AnnotatorVersion())
    return DocumentVersions(bundle, sorted(names), versions)
