"""Plain domain objects shared by every layer (no Qt, no SQL).

Offsets are Python ``str`` indices (code points) into the normalised document
text, end exclusive.  See :mod:`annotator.text` for normalisation and the one
helper that converts to UTF-16 for Qt and JavaScript-based tools.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

# Span labels with a meaning of their own; projects may add user labels.
SPEAKER = "SPEAKER"
QUOTE = "QUOTE"
CUE = "CUE"
CORE_LABELS = (SPEAKER, QUOTE, CUE)

# Span / relation / tag statuses.
SUGGESTED = "suggested"
ACCEPTED = "accepted"
REJECTED = "rejected"
STATUSES = (SUGGESTED, ACCEPTED, REJECTED)

# Document statuses.
DOC_NEW = "new"
DOC_IN_PROGRESS = "in_progress"
DOC_DONE = "done"
DOC_STATUSES = (DOC_NEW, DOC_IN_PROGRESS, DOC_DONE)

MANUAL = "manual"
SAID_BY = "said_by"

DIRECT = "direct"
INDIRECT = "indirect"

PERSON = "person"
ORGANIZATION = "organization"
ENTITY_TYPES = (PERSON, ORGANIZATION)


def now_iso() -> str:
    """UTC timestamp used on every annotation."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# How an adjudicator settled a gold annotation (see annotator.team.adjudicate).
AGREED = "agreed"      # every annotator had it: went to gold at once
CHOSEN = "chosen"      # one annotator's version taken
EDITED = "edited"      # the adjudicator's own version
DROPPED = "dropped"    # the disagreement was settled by keeping nothing
GOLD_DECISIONS = (AGREED, CHOSEN, EDITED, DROPPED)


def is_auto(origin: str) -> bool:
    """True for suggestions made by the analysis engine (``auto:<version>``)."""
    return origin.startswith("auto:")


@dataclass
class GoldMark:
    """Provenance of a gold-layer annotation: who settled what, when, and how.

    ``item`` names the adjudication item it settles (see
    :mod:`annotator.team.items`); ``sources`` the annotators whose version it is.
    """

    item: str
    decision: str = AGREED
    adjudicator: str = ""
    decided: str = ""
    sources: list[str] = field(default_factory=list)


@dataclass
class Document:
    text: str
    title: str = ""
    date: str = ""
    source: str = ""
    url: str = ""
    status: str = DOC_NEW
    origin_path: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    id: int | None = None
    memo: str = ""  # the analyst's notes on the whole document


@dataclass
class Span:
    start: int
    end: int
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)
    origin: str = MANUAL
    status: str = ACCEPTED
    annotator: str = ""
    entity_id: int | None = None
    created: str = ""
    modified: str = ""
    doc_id: int | None = None
    id: int | None = None
    gold: GoldMark | None = None  # set on gold-layer annotations only
    comment: str = ""  # the analyst's free-text comment

    def covers(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass
class Relation:
    """A link from one span to another; ``said_by`` goes QUOTE -> SPEAKER."""

    source_id: int
    target_id: int
    kind: str = SAID_BY
    origin: str = MANUAL
    status: str = ACCEPTED
    annotator: str = ""
    created: str = ""
    doc_id: int | None = None
    id: int | None = None
    gold: GoldMark | None = None  # set on gold-layer annotations only


@dataclass
class Entity:
    """A speaker shared across the project: canonical nominative name."""

    name: str
    type: str = PERSON
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    id: int | None = None


@dataclass
class Theme:
    id: str
    name_ru: str
    name_en: str
    parent: str | None = None
    color: str = "#888888"
    shortcut: str = ""
    guideline: str = ""
    guideline_en: str = ""
    keywords: list[str] = field(default_factory=list)
    position: int = 0


@dataclass
class ThemeTag:
    """A theme attached to a whole document (``span_id`` None) or to a span."""

    theme_id: str
    span_id: int | None = None
    origin: str = MANUAL
    status: str = ACCEPTED
    annotator: str = ""
    created: str = ""
    doc_id: int | None = None
    id: int | None = None
    gold: GoldMark | None = None  # set on gold-layer annotations only


@dataclass
class AnnotatedDocument:
    """A document with all of its annotations: the unit formats read and write.

    Span ids are unique within the bundle (database ids or local numbers);
    relations and tags refer to them, speaker spans refer to ``entities`` by id.
    """

    document: Document
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    tags: list[ThemeTag] = field(default_factory=list)
    # Adjudication items settled by keeping nothing (gold layer, no annotation).
    dropped: list[GoldMark] = field(default_factory=list)

    def entity(self, entity_id: int | None) -> Entity | None:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        return None

    def span(self, span_id: int | None) -> Span | None:
        for span in self.spans:
            if span.id == span_id:
                return span
        return None


@dataclass
class DocumentSummary:
    """One row of the document list."""

    id: int
    title: str
    date: str
    source: str
    status: str
    quote_count: int
    tag_count: int
    length: int


class AnnotatorError(Exception):
    """An error with a message meant for the user (names the file and the problem)."""


class ProjectBusyError(AnnotatorError):
    """Another process held the project's write lock for longer than the busy timeout.

    Nothing of the refused write is in the file; the caller may try again.
    """
