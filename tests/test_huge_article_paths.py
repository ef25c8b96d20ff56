"""The cheaper paths a huge article takes give exactly what the plain ones give.

* the document theme decision reads the analysis' own word list (Analysis.words)
  instead of scanning the text again: the same content lemmas and the same theme
  set, for texts analysed whole and in pieces (a small CHUNK_CHARS here);
* suggestions_from_analysis builds the same bundle as the plain definition below
  (the code before this change: a span per (start, end, label), quotes collected
  afterwards, the theme decision from the text);
* build_rows encodes a span's attrs as json does;
* the garbage collector paused around the analysis and the suggestions
  (annotator/gc_pause.py) leaves no cycle behind to collect.

Texts: Cyrillic with emoji and CRLF line breaks, a length-changing case mapping,
Greek final sigma at line ends, a line longer than a piece, and generated articles.
"""

from __future__ import annotations

import gc
import json
import re
import sys
from collections import Counter
from dataclasses import asdict

import pytest

from annotator.gc_pause import collector_paused
from annotator.model import CUE, QUOTE, SAID_BY, SPEAKER, SUGGESTED, AnnotatedDocument, Document, Entity, Relation, Span, ThemeTag
from annotator.nlp import RULESET_VERSION, analyze
from annotator.nlp import themes as themes_module
from annotator.nlp.morph import fold
from annotator.nlp.theme_model import WORD_RE, content_lemmas
from annotator.nlp.themes import document_themes
from annotator.store.rows import _attrs_json, _to_json, build_rows
from annotator.suggestions import _overlapping_quotes, suggestions_from_analysis
from annotator.text import normalize

PARAGRAPH = (
    "Глава МИД России Сергей Лавров заявил: «Двусторонние отношения 🤝 развиваются, "
    "торгово-экономическое сотрудничество растёт».\r\n"
    "Министр иностранных дел Казахстана отметил, что переговоры в Астане прошли успешно 😀.\r\n"
    "«Мы готовы к диалогу по вопросам санкций и безопасности», — сказал пресс-секретарь Кремля.\r\n"
)
TEXTS = {
    "cyrillic, emoji, CRLF": "Переговоры Путина и Токаева в Москве\r\n" + PARAGRAPH * 3,
    "length-changing case mapping": "İstanbul: " + PARAGRAPH * 2,
    "final sigma at line ends": ("ΟΔΥΣΣΕΑΣ\n" + PARAGRAPH) * 3,
    "one long line": PARAGRAPH.replace("\r\n", " ") * 6,
}
SMALL_PIECES = 700  # characters: every text above is analysed in several pieces


def _texts() -> list[str]:
    from benchmarks.corpus import generate_corpus

    return [normalize(text) for text in TEXTS.values()] + generate_corpus(12, seed=5)


@pytest.fixture(params=["whole", "pieces"])
def analysed(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> list:
    if request.param == "pieces":
        monkeypatch.setattr("annotator.nlp.engine.CHUNK_CHARS", SMALL_PIECES)
    return [(text, analyze(text)) for text in _texts()]


def test_the_analysis_words_are_the_texts_words(analysed: list) -> None:
    known = 0
    for text, analysis in analysed:
        if analysis.words is not None:
            known += 1
            assert Counter(analysis.words) == Counter(WORD_RE.findall(fold(text)))
    assert known >= len(analysed) - 2  # only the length-changing mapping and the long line may lack them


def test_the_length_changing_mapping_leaves_the_words_unknown() -> None:
    assert analyze(normalize(TEXTS["length-changing case mapping"])).words is None


def test_the_theme_decision_is_the_same_from_the_analysis_words(analysed: list) -> None:
    for text, analysis in analysed:
        assert content_lemmas(text, analysis.words) == content_lemmas(text)
        assert document_themes(text, analysis.themes, None, analysis.words) == document_themes(text, analysis.themes)


def test_the_phrase_pattern_is_isspace_or_hyphen() -> None:
    pattern = themes_module._SPACE_OR_HYPHEN
    wrong = [code for code in range(sys.maxunicode + 1)
             if (pattern.search(chr(code)) is not None) != (chr(code).isspace() or chr(code) == "-")]
    assert wrong == []


def plain_suggestions(doc: Document, analysis, version: str) -> AnnotatedDocument:
    """suggestions_from_analysis as it was written before (bundled taxonomy)."""
    origin = f"auto:{version}"
    bundle = AnnotatedDocument(document=doc)
    span_ids: dict[tuple[int, int, str], int] = {}

    def add_span(start, end, label, **fields):
        key = (start, end, label)
        if key not in span_ids:
            span = Span(id=len(bundle.spans) + 1, start=start, end=end, label=label, origin=origin,
                        status=SUGGESTED, **fields)
            bundle.spans.append(span)
            span_ids[key] = span.id
        return span_ids[key]

    entity_by_name: dict[str, int] = {}
    for number, speaker in enumerate(analysis.speakers, start=1):
        bundle.entities.append(Entity(id=number, name=speaker.name, type=speaker.type))
        entity_by_name[speaker.name] = number
        for start, end in speaker.mentions:
            add_span(start, end, SPEAKER, entity_id=number)
    for quote in analysis.quotes:
        quote_id = add_span(quote.start, quote.end, QUOTE, attrs={"kind": quote.kind})
        if quote.cue:
            add_span(quote.cue[0], quote.cue[1], CUE)
        if quote.speaker_mention:
            start, end = quote.speaker_mention
            speaker_id = add_span(start, end, SPEAKER, entity_id=entity_by_name.get(quote.speaker or ""))
            bundle.relations.append(
                Relation(source_id=quote_id, target_id=speaker_id, kind=SAID_BY, origin=origin, status=SUGGESTED))
    document_level = document_themes(doc.text, analysis.themes)
    seen_themes: set[str] = set()
    quotes = [s for s in bundle.spans if s.label == QUOTE]
    tagged_quotes: set[tuple[str, int | None]] = set()
    for hit in analysis.themes:
        if hit.theme not in seen_themes and hit.theme in document_level:
            seen_themes.add(hit.theme)
            bundle.tags.append(ThemeTag(theme_id=hit.theme, origin=origin, status=SUGGESTED))
        for quote in quotes:
            if quote.overlaps(hit.start, hit.end) and (hit.theme, quote.id) not in tagged_quotes:
                tagged_quotes.add((hit.theme, quote.id))
                bundle.tags.append(ThemeTag(theme_id=hit.theme, span_id=quote.id, origin=origin, status=SUGGESTED))
    for theme_id in sorted(document_level - seen_themes):
        bundle.tags.append(ThemeTag(theme_id=theme_id, origin=origin, status=SUGGESTED))
    return bundle


def test_suggestions_and_rows_are_those_of_the_plain_definition(analysed: list) -> None:
    tag_kinds: set[bool] = set()
    for text, analysis in analysed:
        doc = Document(text=text, title="Тест")
        built = suggestions_from_analysis(doc, analysis, version=RULESET_VERSION)
        plain = plain_suggestions(doc, analysis, RULESET_VERSION)
        assert [asdict(s) for s in built.spans] == [asdict(s) for s in plain.spans]
        assert built.relations == plain.relations and built.tags == plain.tags and built.entities == plain.entities
        rows = build_rows(built)
        assert [row[4] for row in rows.spans] == [json.dumps(s.attrs, ensure_ascii=False) for s in plain.spans]
        tag_kinds |= {tag.span_id is None for tag in built.tags}
    assert tag_kinds == {True, False}  # the texts carry document and quote themes


def test_overlapping_quotes_for_hits_outside_every_quote_are_empty() -> None:
    quote = Span(10, 20, QUOTE)
    hits = [type("Hit", (), {"start": s, "end": e})() for s, e in ((0, 5), (12, 15), (25, 30))]
    assert _overlapping_quotes(hits, [quote]) == [[], [0], []]


@pytest.mark.parametrize("attrs", [
    {}, {"kind": "direct"}, {"kind": "indirect"}, {"вид": "прямая 😀"}, {"kind": 'a "quoted" \\ value'},
    {"n": 1}, {"a": "x", "b": "y"}, {1: "x"}, {"kind": None}, {"kind": ["a"]},
])
def test_attrs_json_is_json(attrs: dict) -> None:
    assert _attrs_json(attrs) == _to_json(attrs) == json.dumps(attrs, ensure_ascii=False)
    assert _attrs_json(attrs) == _to_json(attrs)  # again, from what was kept


def test_attrs_json_past_the_kept_ones() -> None:
    for number in range(600):
        attrs = {"kind": f"вид {number}"}
        assert _attrs_json(attrs) == json.dumps(attrs, ensure_ascii=False)


def test_the_collector_comes_back_on_and_nesting_keeps_it_off() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError):
        with collector_paused():
            raise ValueError("inside")
    assert gc.isenabled()


def test_a_huge_article_leaves_no_cycle_for_the_paused_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("annotator.nlp.engine.CHUNK_CHARS", SMALL_PIECES)
    text = normalize(TEXTS["cyrillic, emoji, CRLF"]) * 4
    doc = Document(text=text, title="Тест")
    analyze(text)  # lazy loads (the morphology, the theme model) are not what is measured
    suggestions_from_analysis(doc, analyze(text), version=RULESET_VERSION)
    gc.collect()
    gc.disable()
    try:
        rows = build_rows(suggestions_from_analysis(doc, analyze(text), version=RULESET_VERSION))
        assert rows.spans
        assert gc.collect() == 0
    finally:
        gc.enable()
