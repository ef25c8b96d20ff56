"""Adjudication items: the units an adjudicator settles in one document.

* A span item is a cluster of overlapping spans of one label, from every
  annotator.  An annotator's version of it is the tuple of their spans in the
  cluster, each with its bounds, quote kind, speaker (quotes: the linked
  speaker; speaker spans: their entity) and span themes.
* A theme item is one document theme tag that someone used: each annotator's
  version is "tagged" or "not tagged".

An item on which every annotator of the document has the same, non-empty
version is agreed; the others are disagreements, whose distinct versions are
the options to take.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from annotator.model import QUOTE, Span
from annotator.team.keys import speaker_name
from annotator.team.views import AnnotatorVersion, DocumentVersions

SPAN_ITEM = "span"
THEME_ITEM = "theme"


@dataclass
class Option:
    """One distinct version of an item, and the annotators who hold it."""

    annotators: list[str]
    spans: list[Span] = field(default_factory=list)  # span items: one holder's spans
    tagged: bool = False  # theme items
    signature: Any = None

    @property
    def empty(self) -> bool:
        return not self.spans and not self.tagged


@dataclass
class Item:
    key: str
    kind: str
    label: str  # span label, or theme id
    start: int = 0
    end: int = 0
    options: list[Option] = field(default_factory=list)

    @property
    def agreed(self) -> bool:
        return len(self.options) == 1 and not self.options[0].empty


def _span_signature(doc: DocumentVersions, version: AnnotatorVersion, span: Span) -> tuple[Any, ...]:
    if span.label == QUOTE:
        who = version.speakers.get(span.id, "")
    else:
        who = speaker_name(doc.bundle, span)
    themes = tuple(sorted(version.span_themes.get(span.id, set())))
    return (span.start, span.end, span.label, str(span.attrs.get("kind", "")), who, themes)


def _clusters(spans: list[tuple[str, Span]]) -> list[list[tuple[str, Span]]]:
    """Connected groups of overlapping spans (one label), in text order."""
    groups: list[list[tuple[str, Span]]] = []
    reach = -1
    for owner, span in sorted(spans, key=lambda pair: (pair[1].start, pair[1].end)):
        if groups and span.start < reach:
            groups[-1].append((owner, span))
            reach = max(reach, span.end)
        else:
            groups.append([(owner, span)])
            reach = span.end
    return groups


def _options(doc: DocumentVersions, signatures: dict[str, Any], holders: dict[str, Any]) -> list[Option]:
    by_signature: dict[Any, Option] = {}
    for name in doc.annotators:
        signature = signatures[name]
        option = by_signature.get(signature)
        if option is None:
            option = by_signature[signature] = Option([], signature=signature, **holders[name])
        option.annotators.append(name)
    # Most-held version first: "take A" is the majority's.
    return sorted(by_signature.values(), key=lambda o: (-len(o.annotators), o.empty, o.annotators))


def document_items(doc: DocumentVersions) -> list[Item]:
    """Every adjudication item of the document, spans in text order, then themes."""
    items: list[Item] = []
    by_label: dict[str, list[tuple[str, Span]]] = {}
    for name in doc.annotators:
        for span in doc.versions[name].spans:
            by_label.setdefault(span.label, []).append((name, span))
    for label, spans in by_label.items():
        for cluster in _clusters(spans):
            start, end = min(s.start for _, s in cluster), max(s.end for _, s in cluster)
            signatures: dict[str, Any] = {}
            holders: dict[str, dict[str, Any]] = {}
            for name in doc.annotators:
                mine = [s for owner, s in cluster if owner == name]
                signatures[name] = tuple(_span_signature(doc, doc.versions[name], s) for s in mine)
                holders[name] = {"spans": mine}
            items.append(Item(f"{label}:{start}-{end}", SPAN_ITEM, label, start, end, _options(doc, signatures, holders)))
    items.sort(key=lambda item: (item.start, item.end, item.label))
    themes = sorted({t for name in doc.annotators for t in doc.versions[name].doc_themes})
    for theme in themes:
        tagged = {name: theme in doc.versions[name].doc_themes for name in doc.annotators}
        flags: dict[str, dict[str, Any]] = {name: {"tagged": tagged[name]} for name in doc.annotators}
        items.append(Item(f"theme:{theme}", THEME_ITEM, theme, options=_options(doc, tagged, flags)))
    return items
