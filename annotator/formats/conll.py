"""CoNLL-2003 style BIO for NER pipelines (export only).

Layout: each document starts with ``-DOCSTART- -X- -X- O`` and a blank
line; each sentence is a block of lines, one token (``razdel.tokenize``) a
line, followed by a blank line.  Sentences are found by ``razdel.sentenize``
within each paragraph: a line break always ends a sentence block, so a title
never runs into the first paragraph.  A token line has
four space-separated columns, as in CoNLL-2003: ``TOKEN _ _ LABEL`` (the
part-of-speech and chunk columns are ``_``); with option ``columns: 2`` just
``TOKEN LABEL``.  spaCy's ``convert -c ner``, flair's ``ColumnCorpus`` and
seqeval read it.

Labels: ``B-SPEAKER``, ``I-SPEAKER``, ``B-QUOTE``, ``I-QUOTE`` and ``O``
(option ``labels`` widens the set, e.g. ``["SPEAKER", "QUOTE", "CUE"]``).

* A token belongs to a span when they share at least one character.
* Overlaps: when a token is covered by several spans, ``SPEAKER`` wins over
  ``QUOTE`` (a speaker named inside a quote stays visible; the quote
  resumes after it with a new ``B-QUOTE``), and then the order of the
  ``labels`` option; between spans of the same label the earlier, then
  longer span wins.
* ``B-`` opens every span and every sentence a span continues into, so each
  sentence block reads correctly on its own.
* Rejected spans are left out by the export filter shared by every format
  (:mod:`annotator.formats.filters`), not here.
* Whitespace inside a token (never produced by razdel, but possible with
  exotic spaces) is replaced by ``_`` so the columns stay aligned.

The return value counts the spans that labelled at least one token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from razdel import sentenize

from annotator.formats.tokens import tokenize  # razdel's boundaries, faster
from annotator.model import QUOTE, SPEAKER, AnnotatedDocument, Span, Theme

NAME = "conll"
DESCRIPTION = "CoNLL-2003 BIO tokens (razdel) with SPEAKER and QUOTE labels"

DEFAULT_LABELS = (SPEAKER, QUOTE)
DOCSTART = "-DOCSTART- -X- -X- O"
_SPACE = re.compile(r"\s")
_LINE = re.compile(r"[^\n]+")


def export(
    docs: Iterable[AnnotatedDocument],
    out: Path,
    *,
    themes: list[Theme],
    options: dict[str, Any] | None = None,
) -> int:
    options = options or {}
    labels = tuple(options.get("labels") or DEFAULT_LABELS)
    columns = int(options.get("columns", 4))
    if columns not in (2, 4):
        raise ValueError("conll option columns must be 2 or 4")
    count = 0
    with open(Path(out), "w", encoding="utf-8", newline="\n") as handle:
        for bundle in docs:
            spans = [span for span in bundle.spans if span.label in labels]
            used: set[int] = set()
            handle.write((DOCSTART if columns == 4 else "-DOCSTART- O") + "\n\n")
            for sentence in tagged_sentences(bundle.document.text, spans, labels, used):
                lines = []
                for token, label in sentence:
                    token = _SPACE.sub("_", token)
                    lines.append(f"{token} _ _ {label}" if columns == 4 else f"{token} {label}")
                handle.write("\n".join(lines) + "\n\n")
            count += len(used)
    return count


def _priority(labels: tuple[str, ...]) -> dict[str, int]:
    order = {label: rank for rank, label in enumerate(labels)}
    if SPEAKER in order:
        order[SPEAKER] = -1
    return order


def tagged_sentences(
    text: str, spans: list[Span], labels: tuple[str, ...], used: set[int] | None = None
) -> Iterator[list[tuple[str, str]]]:
    """Yield sentences as lists of (token, BIO label)."""
    rank = _priority(labels)
    # Best span first, so the first covering span found for a token wins.
    ordered = sorted(spans, key=lambda s: (rank[s.label], s.start, -(s.end - s.start)))
    for sentence_start, sentence_text in _sentences(text):
        tokens = [
            (sentence_start + start, sentence_start + stop, word)
            for start, stop, word in tokenize(sentence_text)
        ]
        if not tokens:
            continue
        first, last = tokens[0][0], tokens[-1][1]
        # Indices into ``ordered``, so still best first.
        candidates = [i for i, s in enumerate(ordered) if s.start < last and first < s.end]
        rows: list[tuple[str, str]] = []
        previous: int | None = None
        for start, stop, word in tokens:
            winner = next(
                (i for i in candidates if ordered[i].start < stop and start < ordered[i].end), None
            )
            if winner is None:
                rows.append((word, "O"))
            else:
                prefix = "I" if winner == previous else "B"
                rows.append((word, f"{prefix}-{ordered[winner].label}"))
                if used is not None:
                    used.add(id(ordered[winner]))
            previous = winner
        yield rows


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    """(start, text) of each sentence; razdel runs on one paragraph (line) at a time."""
    for line in _LINE.finditer(text):
        for sentence in sentenize(line.group()):
            yield line.start() + sentence.start, sentence.text
