"""Theme tags on quotes: the sort-and-sweep merge gives what comparing every hit with every quote gives.

The reference below is the plain definition (each hit against each quote, in
the analysis's order); the merge in suggestions.py must produce the same
tags, in the same order, for any layout of quotes and hits — nested and
overlapping quotes, hits across quote edges, hits in any order.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.model import QUOTE, Document
from annotator.nlp.analysis import Analysis, Quote, ThemeHit
from annotator.suggestions import suggestions_from_analysis

TEXT = "Министр заявил: «Мы готовы к диалогу по двусторонней повестке». " * 4


def interval(max_end: int):
    return st.tuples(st.integers(0, max_end - 1), st.integers(1, 40)).map(
        lambda pair: (pair[0], min(max_end, pair[0] + pair[1]))
    )


def reference_tags(analysis: Analysis, quotes: list) -> list[tuple[str, int | None]]:
    tags: list[tuple[str, int | None]] = []
    seen_theme: set[str] = set()
    seen_pair: set[tuple[str, int | None]] = set()
    for hit in analysis.themes:
        if hit.theme not in seen_theme:
            seen_theme.add(hit.theme)
            tags.append((hit.theme, None))
        for quote in quotes:
            if quote.start < hit.end and hit.start < quote.end and (hit.theme, quote.id) not in seen_pair:
                seen_pair.add((hit.theme, quote.id))
                tags.append((hit.theme, quote.id))
    return tags


@settings(max_examples=300, deadline=None)
@given(
    quotes=st.lists(interval(len(TEXT)), max_size=12),
    hits=st.lists(st.tuples(st.sampled_from(["bilateral", "economy", "security"]), interval(len(TEXT))), max_size=30),
)
def test_the_sweep_tags_exactly_the_quotes_each_hit_overlaps(quotes, hits) -> None:
    analysis = Analysis(
        text=TEXT,
        quotes=[Quote(start, end, "direct") for start, end in quotes],
        themes=[ThemeHit(theme, start, end) for theme, (start, end) in hits],
    )
    bundle = suggestions_from_analysis(Document(text=TEXT), analysis, version="test")
    quote_spans = [span for span in bundle.spans if span.label == QUOTE]
    assert [(tag.theme_id, tag.span_id) for tag in bundle.tags] == reference_tags(analysis, quote_spans)


def test_a_hit_inside_nested_quotes_tags_both_and_one_outside_tags_none() -> None:
    analysis = Analysis(
        text=TEXT,
        quotes=[Quote(10, 60, "direct"), Quote(20, 30, "direct"), Quote(70, 90, "direct")],
        themes=[ThemeHit("economy", 25, 27), ThemeHit("security", 62, 66)],
    )
    bundle = suggestions_from_analysis(Document(text=TEXT), analysis, version="test")
    ids = {(span.start, span.end): span.id for span in bundle.spans}
    assert [(tag.theme_id, tag.span_id) for tag in bundle.tags] == [
        ("economy", None), ("economy", ids[(10, 60)]), ("economy", ids[(20, 30)]), ("security", None)]
