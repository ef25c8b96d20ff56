"""CoNLL-2003 style BIO for NER pipelines (export only).

Layout: each document starts with ``-DOCSTART- -X- -X- O`` and a blank
line; each sentence is a block of lines, one token (``razdel.tokenize``) a
line, followed by a blank line.  Sentences are found by ``razdel.sentenize``
within each paragraph: a line break always ends a sentence block, so a title
never runs into the first paragraph.  (razdel's boundaries, computed by
:mod:`annotator.formats.sentences` and :mod:`annotator.formats.tokens`, which
do the same several times faster; tests/formats/test_pinned_exports.py holds
the export to what razdel itself gave.)  A token line has
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
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any

from annotator.formats.sentences import paragraph_sentences  # razdel's sentenize, faster
from annotator.formats.tokens import TOKEN_TEXT, is_simple, tokenize  # razdel's boundaries, faster
from annotator.model import QUOTE, SPEAKER, AnnotatedDocument, Span, Theme

NAME = "conll"
DESCRIPTION = "CoNLL-2003 BIO tokens (razdel) with SPEAKER and QUOTE labels"

DEFAULT_LABELS = (SPEAKER, QUOTE)
DOCSTART = "-DOCSTART- -X- -X- O"
_SPACE = re.compile(r"\s")
_TOKEN_SPLIT = re.compile(f"({TOKEN_TEXT.pattern})", TOKEN_TEXT.flags)

# (first token, token after the last, span): tokens labelled by one span.
Run = tuple[int, int, Span]


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
    separator = " _ _ " if columns == 4 else " "
    count = 0
    with open(Path(out), "w", encoding="utf-8", newline="\n") as handle:
        for bundle in docs:
            tokens = DocumentTokens(bundle.document.text)
            runs = tokens.runs([span for span in bundle.spans if span.label in labels], labels)
            parts = [(DOCSTART if columns == 4 else "-DOCSTART- O") + "\n\n"]
            for words, sentence_runs in tokens.sentences(runs):
                parts.append(_block(words, sentence_runs, separator))
            handle.write("".join(parts))  # one write per document
            count += len({id(span) for _, _, span in runs})
    return count


def _block(words: list[str], runs: list[Run], separator: str) -> str:
    """One sentence's lines and the blank line after it; each run of tokens is one join."""
    parts = []
    position = 0
    for first, stop, span in runs:
        if first > position:
            parts.append(f"{separator}O\n".join(words[position:first]) + f"{separator}O\n")
        parts.append(f"{words[first]}{separator}B-{span.label}\n")
        if stop - first > 1:
            inside = f"{separator}I-{span.label}\n"
            parts.append(inside.join(words[first + 1:stop]) + inside)
        position = stop
    if position < len(words):
        parts.append(f"{separator}O\n".join(words[position:]) + f"{separator}O\n")
    parts.append("\n")
    return "".join(parts)


def tagged_sentences(
    text: str, spans: list[Span], labels: tuple[str, ...], used: set[int] | None = None
) -> Iterator[list[tuple[str, str]]]:
    """Yield sentences as lists of (token, BIO label); ``used`` gets the ids of spans that label a token."""
    tokens = DocumentTokens(text)
    runs = tokens.runs(spans, labels)
    if used is not None:
        used.update(id(span) for _, _, span in runs)
    for words, sentence_runs in tokens.sentences(runs):
        tags = ["O"] * len(words)
        for first, stop, span in sentence_runs:
            tags[first:stop] = [f"B-{span.label}"] + [f"I-{span.label}"] * (stop - first - 1)
        yield list(zip(words, tags))


def _priority(labels: tuple[str, ...]) -> dict[str, int]:
    order = {label: rank for rank, label in enumerate(labels)}
    if SPEAKER in order:
        order[SPEAKER] = -1
    return order


@dataclass
class DocumentTokens:
    """Every token of a document in order, and where each sentence's tokens begin and end.

    Sentences are razdel's within each paragraph (line), tokens razdel's
    within each sentence.  When every whitespace-separated run of the text is
    simple (:func:`annotator.formats.tokens.is_simple`), a run's tokens do not
    depend on what is around it, and sentence boundaries fall on white space,
    so the whole text is tokenised by one ``findall``; otherwise each
    sentence is, as razdel would.
    """

    words: list[str]
    starts: list[int]
    stops: list[int]
    ranges: list[tuple[int, int]]  # [first, stop) token indices of each sentence with tokens

    def __init__(self, text: str) -> None:
        bounds = paragraph_sentences(text)
        if is_simple(text):
            # [space, token, space, token, …, space]: the running sum of their lengths
            # alternates between where a token starts and where it stops.
            pieces = _TOKEN_SPLIT.split(text)
            self.words = pieces[1::2]
            ends = list(accumulate(map(len, pieces)))
            self.starts, self.stops = ends[0:-1:2], ends[1::2]
            self.ranges = []
            for start, stop in bounds:
                first, after = bisect_left(self.starts, start), bisect_left(self.starts, stop)
                if after > first:
                    self.ranges.append((first, after))
        else:
            self.words, self.starts, self.stops, self.ranges = [], [], [], []
            for start, stop in bounds:
                self._add_sentence(text[start:stop], start)

    def _add_sentence(self, sentence: str, offset: int) -> None:
        tokens = tokenize(sentence)
        if not tokens:
            return
        words = [word for _, _, word in tokens]
        if _SPACE.search("".join(words)):  # never from razdel's atoms; keeps the columns aligned
            words = [_SPACE.sub("_", word) for word in words]
        self.ranges.append((len(self.words), len(self.words) + len(words)))
        self.words += words
        self.starts += [offset + start for start, _, _ in tokens]
        self.stops += [offset + stop for _, stop, _ in tokens]

    def runs(self, spans: list[Span], labels: tuple[str, ...]) -> list[Run]:
        """Runs of tokens by the best span sharing a character with each, in token order.

        Best: ``SPEAKER`` first, then the order of ``labels``; between spans
        of one label the earlier, then the longer.  Tokens are ordered and
        disjoint, so those a span touches (ending after it starts, starting
        before it ends) are one range; better spans take theirs first.
        """
        rank = _priority(labels)
        runs: list[Run] = []
        taken: list[tuple[int, int]] = []  # sorted, disjoint token ranges already labelled
        for span in sorted(spans, key=lambda s: (rank[s.label], s.start, -(s.end - s.start))):
            first, stop = bisect_right(self.stops, span.start), bisect_left(self.starts, span.end)
            if first >= stop:
                continue
            for free_first, free_stop in _free(first, stop, taken):
                runs.append((free_first, free_stop, span))
                taken.append((free_first, free_stop))
            taken.sort()
        runs.sort(key=lambda run: run[0])
        return runs

    def sentences(self, runs: list[Run]) -> Iterator[tuple[list[str], list[Run]]]:
        """Each sentence's tokens and its runs (token indices within the sentence).

        A run crossing a sentence boundary is cut there, so ``B-`` opens it
        again in the next sentence.
        """
        next_run = 0
        for first, stop in self.ranges:
            inside: list[Run] = []
            while next_run < len(runs) and runs[next_run][0] < stop:
                run_first, run_stop, span = runs[next_run]
                inside.append((max(run_first, first) - first, min(run_stop, stop) - first, span))
                if run_stop > stop:
                    break  # goes on into the next sentence
                next_run += 1
            yield self.words[first:stop], inside


def _free(first: int, stop: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [first, stop) outside the sorted, disjoint ranges ``taken``."""
    free = []
    for taken_first, taken_stop in taken:
        if taken_first >= stop:
            break
        if taken_stop > first:
            if taken_first > first:
                free.append((first, taken_first))
            first = max(first, taken_stop)
    if first < stop:
        free.append((first, stop))
    return free
