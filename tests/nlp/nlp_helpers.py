"""Helpers shared by the NLP specification tests."""

from __future__ import annotations

import hashlib

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


# Three short real-news-shaped documents (written here) and their offsets records.
REALNEWS_TEXTS = {
    "r001": "«Мы готовы к диалогу», – заявил Сергей Лавров журналистам в Москве после переговоров.",
    "r002": "По словам Дмитрия Пескова, визит 🤝 состоится в мае.\nДругих планов пока нет.",
    "r003": "Министр иностранных дел Казахстана заявил, что отношения развиваются.",
}


def realnews_record(doc_id: str, text: str, words: str, kind: str, speaker: str) -> dict:
    start = text.index(words)
    return {
        "id": doc_id, "split": "test" if doc_id == "r003" else "dev", "genre": "news", "outlet": "Вестник",
        "country": "RU", "url": f"https://example.org/{doc_id}", "query": "переговоры",
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "length": len(text),
        "themes": ["bilateral"], "titles": [], "terms": [],
        "quotes": [{"start": start, "end": start + len(words), "kind": kind, "speaker": speaker,
                    "speaker_mention": None}],
        "speakers": [{"name": speaker, "type": "person", "mentions": []}],
    }
