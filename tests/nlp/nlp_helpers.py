"""Helpers shared by the NLP specification tests."""

from __future__ import annotations

from annotator.nlp import Analysis, analyze


def quote_table(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, quoted text, speaker) of every quote, in text order."""
    analysis = analyze(text)
    return [(q.kind, analysis.text[q.start : q.end], q.speaker) for q in analysis.quotes]


def mention_text(analysis: Analysis, index: int) -> str | None:
    quote = analysis.quotes[index]
    if quote.speaker_mention is None:
        return None
    start, end = quote.speaker_mention
    return analysis.text[start:end]
