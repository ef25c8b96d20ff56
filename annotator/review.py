"""Reviewing one kind of suggestion at a time: only quotes, only speakers or only themes.

N / Shift+N, the decision keys and accept-all look only at the chosen kind.
A theme suggestion is a suggested tag; on the text it is reached through the
annotation it tags.  No Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotator.model import QUOTE, REJECTED, SPEAKER, SUGGESTED, Span, ThemeTag

ALL = "all"
QUOTES = "quotes"
SPEAKERS = "speakers"
THEMES = "themes"
REVIEW_KINDS = (ALL, QUOTES, SPEAKERS, THEMES)
_LABEL_OF = {QUOTES: QUOTE, SPEAKERS: SPEAKER}


def next_kind(kind: str) -> str:
    """The kind after ``kind`` in the cycle all → quotes → speakers → themes → all."""
    return REVIEW_KINDS[(REVIEW_KINDS.index(kind) + 1) % len(REVIEW_KINDS)] if kind in REVIEW_KINDS else ALL


def span_kind_matches(span: Span, kind: str) -> bool:
    """Whether a span's own suggestion belongs to the kind (themes: never the span itself)."""
    if kind == ALL:
        return True
    return _LABEL_OF.get(kind) == span.label


def review_targets(spans: Iterable[Span], tags: Iterable[ThemeTag], kind: str) -> list[Span]:
    """The spans N visits for ``kind``, in text order.

    Quotes and speakers: their suggested spans.  Themes: live spans that carry
    a suggested theme tag, whatever their own status.  All: every suggested span.
    """
    live = [s for s in spans if s.status != REJECTED]
    if kind == THEMES:
        tagged = {t.span_id for t in tags if t.status == SUGGESTED and t.span_id is not None}
        chosen = [s for s in live if s.id in tagged]
    else:
        chosen = [s for s in live if s.status == SUGGESTED and span_kind_matches(s, kind)]
    return sorted(chosen, key=lambda s: (s.start, s.end, s.id or 0))


def suggested_tags_of(tags: Iterable[ThemeTag], span_id: int | None) -> list[ThemeTag]:
    return [t for t in tags if t.status == SUGGESTED and t.span_id == span_id]
