"""Markup sources from texts + offsets, and texts from saved excerpts (pure standard library).

Used by ``build_realnews.py --render`` / ``--import-excerpt``: a session that has only the
cached texts and ``realnews.jsonl`` can rebuild the editable sources, and a new machine can
recover a text from a page excerpt by its recorded length and sha256.
"""
from __future__ import annotations

import hashlib
import unicodedata

# Markup brackets, as in tests/data/gold/build_gold.py.
OPEN = {"Q": "⟦", "M": "⟨", "T": "⦃", "R": "⦅"}
CLOSE = {"Q": "⟧", "M": "⟩", "T": "⦄", "R": "⦆"}
# At the same start and end, the outer span opens first: quote, then title/term, then mention.
NESTING = {"Q": 0, "T": 1, "R": 1, "M": 2}


class RenderError(Exception):
    pass


def _labels(record: dict) -> tuple[dict[str, str], dict[tuple[int, int], str]]:
    """Entity ids S1… in declaration order, and a label for every mention a quote points at."""
    sid_of = {sp["name"]: f"S{n}" for n, sp in enumerate(record["speakers"], start=1)}
    mention_label: dict[tuple[int, int], str] = {}
    for quote in record["quotes"]:
        if quote.get("speaker_mention"):
            key = tuple(quote["speaker_mention"])
            if key not in mention_label:
                sid = sid_of[quote["speaker"]]
                used = sum(label.startswith(sid + ".") for label in mention_label.values())
                mention_label[key] = f"{sid}.{_letters(used)}"
    return sid_of, mention_label


def _letters(n: int) -> str:
    """0 → a, 25 → z, 26 → ba …: a short label word."""
    word = ""
    while True:
        word = chr(ord("a") + n % 26) + word
        n //= 26
        if n == 0:
            return word


def _spans(record: dict) -> list[tuple[int, int, str, str]]:
    sid_of, mention_label = _labels(record)
    spans = []
    for quote in record["quotes"]:
        kind = quote["kind"][0]
        if quote["speaker"] is None:
            tag = f"{kind}:-"
        elif quote.get("speaker_mention"):
            tag = f"{kind}:{mention_label[tuple(quote['speaker_mention'])]}"
        else:
            tag = f"{kind}:{sid_of[quote['speaker']]}"
        spans.append((quote["start"], quote["end"], "Q", tag))
    for speaker in record["speakers"]:
        for start, end in speaker["mentions"]:
            tag = mention_label.get((start, end), sid_of[speaker["name"]])
            spans.append((start, end, "M", tag))
    spans += [(s, e, "T", "") for s, e in record["titles"]]
    spans += [(s, e, "R", "") for s, e in record["terms"]]
    return spans


def render_body(record: dict, text: str) -> str:
    """The text with every span of ``record`` written back as inline markup."""
    spans = sorted(_spans(record), key=lambda sp: (sp[0], -sp[1], NESTING[sp[2]]))
    out: list[str] = []
    stack: list[tuple[int, int, str, str]] = []
    next_span = 0
    for pos in range(len(text) + 1):
        while stack and stack[-1][1] == pos:
            out.append(CLOSE[stack.pop()[2]])
        if any(sp[1] == pos for sp in stack):
            raise RenderError(f"spans cross at offset {pos}; they cannot be written as markup")
        while next_span < len(spans) and spans[next_span][0] == pos:
            span = spans[next_span]
            if stack and span[1] > stack[-1][1]:
                raise RenderError(f"span at {span[0]} crosses the span at {stack[-1][0]}")
            out.append(OPEN[span[2]] + (span[3] + " " if span[2] in "QM" else ""))
            stack.append(span)
            next_span += 1
        if pos < len(text):
            out.append(text[pos])
    return "".join(out)


def render_source(record: dict, text: str) -> str:
    """A complete source file (header, blank line, marked-up text) for ``record``."""
    sid_of, _ = _labels(record)
    header = [f"# {key}: {record[key]}" for key in ("id", "split", "genre", "outlet", "country", "url", "query")]
    header.append(f"# themes: {', '.join(record['themes'])}")
    header += [f"# {sid_of[sp['name']]}: {sp['name']} | {sp['type']}" for sp in record["speakers"]]
    return "\n".join(header) + "\n\n" + render_body(record, text) + "\n"


def normalise_excerpt(excerpt: str) -> str:
    """NFC and LF line breaks, as the importer normalises a text."""
    excerpt = excerpt.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", excerpt)


def find_in_excerpt(excerpt: str, length: int, digest: str) -> str | None:
    """The substring of the normalised excerpt with ``length`` code points and sha256 ``digest``.

    Tries every start offset, then the same with non-breaking spaces turned into spaces
    (the search tool and the annotator's editor do not always agree on them).
    """
    base = normalise_excerpt(excerpt)
    variants = [base, base.replace("\u00a0", " ").replace("\u202f", " ")]
    for variant in dict.fromkeys(variants):
        for start in range(0, len(variant) - length + 1):
            candidate = variant[start:start + length]
            if hashlib.sha256(candidate.encode("utf-8")).hexdigest() == digest:
                return candidate
    return None
