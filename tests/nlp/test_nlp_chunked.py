"""A very long text is analysed in pieces cut at line breaks, with the same results
where no quote or attribution crosses a cut."""

from __future__ import annotations

from annotator.nlp import analyze
from annotator.nlp.chunked import analyse_in_pieces, pieces
from annotator.nlp.engine import _analyse_text
from annotator.nlp.themes import compile_themes
from annotator.resources import default_taxonomy

PARAGRAPH = ("Министр иностранных дел России Сергей Лавров заявил, что переговоры продолжатся в Минске. "
             "«Мы готовы к диалогу с партнёрами по СНГ», – подчеркнул глава МИД. 🤝\n")


def test_pieces_end_at_line_breaks_and_cover_the_text() -> None:
    text = PARAGRAPH * 10
    cuts = list(pieces(text, limit=len(PARAGRAPH) * 3 + 5))
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:]))
    assert all(text[end - 1] == "\n" for _, end in cuts[:-1])
    assert all(end - start <= len(PARAGRAPH) * 3 + 5 for start, end in cuts)


def test_a_paragraph_longer_than_the_limit_is_cut_where_it_must_be() -> None:
    text = "слово " * 100
    cuts = list(pieces(text, limit=50))
    assert "".join(text[a:b] for a, b in cuts) == text and all(b - a <= 50 for a, b in cuts)


def test_piecewise_analysis_equals_the_whole_on_independent_paragraphs() -> None:
    text = PARAGRAPH * 12
    index = compile_themes(default_taxonomy())
    whole = _analyse_text(text, index)
    split = analyse_in_pieces(text, lambda piece: _analyse_text(piece, index), limit=len(PARAGRAPH) * 5)
    assert [(q.start, q.end, q.kind, q.speaker, q.speaker_mention) for q in split.quotes] == \
        [(q.start, q.end, q.kind, q.speaker, q.speaker_mention) for q in whole.quotes]
    assert sorted((t.theme, t.start) for t in split.themes) == sorted((t.theme, t.start) for t in whole.themes)
    assert {s.name: sorted(s.mentions) for s in split.speakers} == {s.name: sorted(s.mentions) for s in whole.speakers}


def test_analyze_cuts_only_texts_over_the_limit(monkeypatch) -> None:
    import annotator.nlp.engine as engine

    calls = []
    monkeypatch.setattr(engine, "CHUNK_CHARS", len(PARAGRAPH) * 4)
    original = engine._analyse_text
    monkeypatch.setattr(engine, "_analyse_text", lambda text, index: calls.append(len(text)) or original(text, index))
    result = analyze(PARAGRAPH * 10)
    assert len(calls) == 3 and all(n <= len(PARAGRAPH) * 4 for n in calls)
    assert len([q for q in result.quotes if q.kind == "direct"]) == 10
    calls.clear()
    analyze(PARAGRAPH * 2)
    assert calls == [len(PARAGRAPH * 2)]
