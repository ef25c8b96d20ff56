"""Which speakers to offer when the analyst links a quote (K) or names a mention (S).

Speakers are offered as people and organisations, not as mentions: one row
per entity of the article (or per distinct unassigned mention text), nearest
to the point of interest first, each carrying the mention nearest to it.
No Qt, no SQL: the GUI's chooser shows what this returns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from annotator.model import REJECTED, SPEAKER, Span


@dataclass(frozen=True)
class SpeakerChoice:
    """One row of the chooser.

    ``entity_id`` is None for mentions nobody has named yet (grouped by their
    text); ``mention_id`` is the mention nearest to the quote or new mention,
    None for project speakers not mentioned in this article.
    """

    name: str
    entity_id: int | None
    mention_id: int | None
    distance: int
    mentions: int


def distance(span: Span, start: int, end: int) -> int:
    """Characters between a span and ``[start, end)`` (0 when they touch or overlap)."""
    if span.end <= start:
        return start - span.end
    if span.start >= end:
        return span.start - end
    return 0


def article_speakers(spans: Iterable[Span], entity_names: Mapping[int, str], text: str, *,
                     near: tuple[int, int], exclude: int | None = None) -> list[SpeakerChoice]:
    """The article's speakers, nearest to ``near`` first.

    Rejected mentions are not offered (a quote is not said by a ruled-out
    mention); ``exclude`` leaves out one mention (the one being named).
    """
    groups: dict[tuple[int | None, str], list[Span]] = {}
    for span in spans:
        if span.label != SPEAKER or span.status == REJECTED or span.id == exclude:
            continue
        if span.entity_id is not None and span.entity_id in entity_names:
            key: tuple[int | None, str] = (span.entity_id, entity_names[span.entity_id])
        else:
            key = (None, " ".join(text[span.start:span.end].split()))
        groups.setdefault(key, []).append(span)
    choices = []
    for (entity_id, name), mentions in groups.items():
        nearest = min(mentions, key=lambda s: (distance(s, *near), s.start))
        choices.append(SpeakerChoice(name=name, entity_id=entity_id, mention_id=nearest.id,
                                     distance=distance(nearest, *near), mentions=len(mentions)))
    return sorted(choices, key=lambda c: (c.distance, c.name.casefold()))


def project_speakers(entity_names: Mapping[int, str], already: Iterable[SpeakerChoice]) -> list[SpeakerChoice]:
    """Speakers of other articles, by name, for naming a mention of someone new here."""
    shown = {choice.entity_id for choice in already}
    return sorted((SpeakerChoice(name=name, entity_id=entity_id, mention_id=None, distance=-1, mentions=0)
                   for entity_id, name in entity_names.items() if entity_id not in shown),
                  key=lambda c: c.name.casefold())


def matches(choice: SpeakerChoice, typed: str) -> bool:
    """Whether a row stays visible for what the analyst typed (any word starts with it)."""
    typed = typed.strip().casefold()
    if not typed:
        return True
    name = choice.name.casefold()
    return name.startswith(typed) or any(word.startswith(typed) for word in name.split()) or typed in name
