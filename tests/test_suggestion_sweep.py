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
from annotator.nlp.themes import document_themes
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
    about = document_themes(analysis.text, analysis.themes)
    for hit in analysis.themes:
        if hit.theme not in seen_theme and hit.theme in about:
            seen_theme.add(hit.theme)
            tags.append((hit.theme, None))
        for quote in quotes:
            if quote.start < hit.end and hit.start < quote.end and (hit.theme, quote.id) not in seen_pair:
                seen_pair.add((hit.theme, quote.id))
                tags.append((hit.theme, quote.id))
    # Themes the model finds without a keyword hit tag the document after those with one.
    tags.extend((theme, None) for theme in sorted(about - seen_theme))
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


def test_a_hit_inside_nested_quotes_tags_both_and_one_outside_tags_none(monkeypatch) -> None:
    # The document-level decision is the theme model's (tested in tests/nlp): fixed here, so that
    # this test sees only how hits tag quotes.
    monkeypatch.setattr("annotator.suggestions.document_themes", lambda text, hits, ids=None, words=None: {"economy", "security"})
    analysis = Analysis(
        text=TEXT,
        quotes=[Quote(10, 60, "direct"), Quote(20, 30, "direct"), Quote(70, 90, "direct")],
        themes=[ThemeHit("economy", 25, 27), ThemeHit("security", 62, 66)],
    )
    bundle = suggestions_from_analysis(Document(text=TEXT), analysis, version="test")
    ids = {(span.start, span.end): span.id for span in bundle.spans}
    assert [(tag.theme_id, tag.span_id) for tag in bundle.tags] == [
        ("economy", None), ("economy", ids[(10, 60)]), ("economy", ids[(20, 30)]), ("security", None)]


def _tags(text: str) -> tuple[list[tuple[str, int | None]], dict[int, str]]:
    from annotator.nlp import analyze

    bundle = suggestions_from_analysis(Document(text=text), analyze(text), version="test")
    return [(tag.theme_id, tag.span_id) for tag in bundle.tags], {
        span.id: text[span.start:span.end] for span in bundle.spans if span.label == QUOTE}


def test_one_passing_word_tags_its_quote_but_not_the_document() -> None:
    text = ("Лавров провёл переговоры в Ташкенте 🤝\n"
            "«Мы обсудили много вопросов, в том числе инвестиции», — заявил Сергей Лавров журналистам.")
    tags, quotes = _tags(text)
    quote_id = next(i for i, words in quotes.items() if words.startswith("Мы обсудили"))
    assert ("economy", quote_id) in tags
    assert ("economy", None) not in tags


def test_a_theme_the_document_is_about_tags_the_document() -> None:
    # A text about trade (the theme model, not only the keywords, decides the document's themes:
    # talks that mention trade in passing are left to the bilateral theme, as the annotators did).
    text = ("Товарооборот Узбекистана и России вырос на треть 🤝\n"
            "«Растут поставки промышленной продукции и инвестиции в совместные предприятия», — заявил министр "
            "экономики.\nТоварооборот двух стран превысил 10 миллиардов долларов, экспорт увеличился.")
    tags, _ = _tags(text)
    assert ("economy", None) in tags
