"""Per-pair agreement counts, accumulated with numpy one document at a time.

Twenty annotators make 190 pairs; comparing each pair in Python for 500
documents is what made agreement slow.  Per document and label, annotator ×
span incidence matrices give every pair's exact matches in one product
(``X @ X.T``); only pairs whose spans differ are matched by overlap in Python,
and only on the spans left after the exact matches.  Quotes and themes are
counted the same way.  Global arrays are indexed by annotator (sorted).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from annotator.team.agreement import AgreementReport, Bounds, DocFigures


def overlap_matches(first: Bounds, second: Bounds) -> int:
    """One-to-one matches of overlapping spans, both lists sorted by start."""
    i = j = matches = 0
    while i < len(first) and j < len(second):
        (a_start, a_end), (b_start, b_end) = first[i], second[j]
        if a_start < b_end and b_start < a_end:
            matches += 1
            i += 1
            j += 1
        elif a_end <= b_end:
            i += 1
        else:
            j += 1
    return matches


def _incidence(rows: Sequence[Sequence[object]]) -> tuple[np.ndarray, dict[object, int]]:
    universe = {value: k for k, value in enumerate(sorted({v for row in rows for v in row}, key=repr))}
    matrix = np.zeros((len(rows), len(universe)), dtype=np.int64)
    for i, row in enumerate(rows):
        matrix[i, [universe[v] for v in row]] = 1
    return matrix, universe


class PairTotals:
    def __init__(self, annotators: list[str], labels: list[str], themes: list[str], kinds: list[str]) -> None:
        size = len(annotators)
        self.index = {name: i for i, name in enumerate(annotators)}
        self.annotators, self.labels, self.themes, self.kinds = annotators, labels, themes, kinds
        shape = (len(labels), size, size)
        self.exact, self.overlap, self.total = np.zeros(shape, int), np.zeros(shape, int), np.zeros(shape, int)
        self.shared_quotes, self.same_speaker = np.zeros((size, size), int), np.zeros((size, size), int)
        self.kind_table = np.zeros((len(kinds), len(kinds), size, size), int)
        self.theme_both, self.theme_first = np.zeros((size, size), int), np.zeros((size, size), int)
        self.theme_second, self.theme_items = np.zeros((size, size), int), np.zeros((size, size), int)

    def add_document(self, doc: DocFigures) -> list[tuple[float | None, float | None]]:
        """Count one document; returns its (exact F1, overlap F1) for each pair in it."""
        names = doc.annotators
        if len(names) < 2:
            return []
        where = np.ix_(*(2 * [[self.index[name] for name in names]]))
        doc_exact = np.zeros((len(names), len(names)), int)
        doc_overlap, doc_total = np.zeros_like(doc_exact), np.zeros_like(doc_exact)
        for label_index, label in enumerate(self.labels):
            lists = [doc.labelled[name].get(label, []) for name in names]
            if not any(lists):
                continue
            matrix, universe = _incidence(lists)
            exact = matrix @ matrix.T
            sizes = matrix.sum(axis=1)
            total = sizes[:, None] + sizes[None, :]
            overlap = exact.copy()
            for i, j in combinations(range(len(names)), 2):
                if exact[i, j] < sizes[i] and exact[i, j] < sizes[j]:
                    mine = [b for b in lists[i] if not matrix[j, universe[b]]]
                    theirs = [b for b in lists[j] if not matrix[i, universe[b]]]
                    overlap[i, j] = overlap[j, i] = exact[i, j] + overlap_matches(mine, theirs)
            for target, value in ((self.exact, exact), (self.overlap, overlap), (self.total, total)):
                target[label_index][where] += value
            doc_exact, doc_overlap, doc_total = doc_exact + exact, doc_overlap + overlap, doc_total + total
        self._add_quotes(doc, where)
        self._add_themes(doc, where)
        figures = []
        for i, j in combinations(range(len(names)), 2):
            total = doc_total[i, j]
            figures.append((2 * doc_exact[i, j] / total if total else None, 2 * doc_overlap[i, j] / total if total else None))
        return figures

    def _add_quotes(self, doc: DocFigures, where: tuple[np.ndarray, ...]) -> None:
        names = doc.annotators
        bounds = sorted({b for name in names for b in doc.quotes[name]})
        if not bounds:
            return
        speakers: dict[str, int] = {}
        speaker_codes = np.full((len(names), len(bounds)), -1)
        kind_codes = np.full((len(names), len(bounds)), -1)
        kinds = {kind: k for k, kind in enumerate(self.kinds)}
        for i, name in enumerate(names):
            for q, found in enumerate(bounds):
                value = doc.quotes[name].get(found)
                if value is not None:
                    kind_codes[i, q] = kinds[value[0]]
                    speaker_codes[i, q] = speakers.setdefault(value[1], len(speakers))
        present = (speaker_codes >= 0).astype(int)
        self.shared_quotes[where] += present @ present.T
        for code in range(len(speakers)):
            holders = (speaker_codes == code).astype(int)
            self.same_speaker[where] += holders @ holders.T
        for a in range(len(self.kinds)):
            first = (kind_codes == a).astype(int)
            for b in range(len(self.kinds)):
                self.kind_table[a, b][where] += first @ (kind_codes == b).astype(int).T

    def _add_themes(self, doc: DocFigures, where: tuple[np.ndarray, ...]) -> None:
        names = doc.annotators
        tagged = np.array([[theme in doc.themes[name] for theme in self.themes] for name in names], dtype=int)
        both = tagged @ tagged.T
        counts = tagged.sum(axis=1)
        self.theme_both[where] += both
        self.theme_first[where] += counts[:, None] - both
        self.theme_second[where] += counts[None, :] - both
        self.theme_items[where] += len(self.themes)

    def fill(self, report: AgreementReport) -> None:
        """Write the totals into the report's per-pair tables."""
        from annotator.team.agreement import Counts

        for a, b in combinations(range(len(self.annotators)), 2):
            pair = (self.annotators[a], self.annotators[b])
            for label_index, label in enumerate(self.labels):
                if self.total[label_index, a, b]:
                    report.span_counts[(pair, label)] = Counts(
                        int(self.exact[label_index, a, b]), int(self.overlap[label_index, a, b]),
                        int(self.total[label_index, a, b]))
            if self.shared_quotes[a, b]:
                report.attribution[pair] = (int(self.same_speaker[a, b]), int(self.shared_quotes[a, b]))
                report.kinds[pair] = Counter({
                    (first, second): int(self.kind_table[x, y, a, b])
                    for x, first in enumerate(self.kinds) for y, second in enumerate(self.kinds)
                    if self.kind_table[x, y, a, b]
                })
            if self.theme_items[a, b]:
                both, first, second = int(self.theme_both[a, b]), int(self.theme_first[a, b]), int(self.theme_second[a, b])
                report.theme_tables[pair] = Counter({
                    (True, True): both, (True, False): first, (False, True): second,
                    (False, False): int(self.theme_items[a, b]) - both - first - second,
                })
