"""Inter-annotator agreement of a team project.

Figures, per label, per document and per annotator pair:

* spans: pairwise F1 — exact (same label, same start and end; the figure
  bratiaa computes) and overlap (same label, the spans share a character;
  each span matched at most once, in text order).  As in bratiaa, a pair's
  F1 sums its matches over documents (2·matches / (|A| + |B|)) and a label's
  figure is the mean over the pairs that annotated it;
* quote→speaker attribution: of the quotes two annotators marked with the
  same bounds, the share linked to the same speaker entity (canonical name);
* quote kind: the same quotes, direct or indirect — agreement and Cohen's κ;
* document theme tags, one yes/no item per document and theme used by
  anyone: Cohen's κ per pair; Fleiss' κ (documents everyone annotated) and
  Krippendorff's α (missing ratings allowed) when there are 3+ annotators.

A pair is compared only on documents both took part in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from annotator.store import Project
from annotator.team.kappa import cohen_kappa, fleiss_kappa, krippendorff_alpha
from annotator.team.views import DocumentVersions, annotator_versions

Pair = tuple[str, str]
Bounds = list[tuple[int, int]]


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


@dataclass
class Counts:
    """Span counts of one pair: exact and overlap matches, and both totals."""

    exact: int = 0
    overlap: int = 0
    total: int = 0  # |A| + |B|

    def add(self, first: Bounds, second: Bounds) -> None:
        self.exact += len(set(first) & set(second))
        self.overlap += overlap_matches(first, second)
        self.total += len(first) + len(second)

    def f1(self, matches: int) -> float | None:
        return 2 * matches / self.total if self.total else None


def _mean(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


@dataclass
class AgreementReport:
    annotators: list[str]
    documents: int
    labels: list[str]
    themes: list[str]
    pairs: list[Pair]
    span_counts: dict[tuple[Pair, str], Counts] = field(default_factory=dict)
    document_counts: dict[tuple[Pair, int], Counts] = field(default_factory=dict)
    document_titles: dict[int, str] = field(default_factory=dict)
    attribution: dict[Pair, tuple[int, int]] = field(default_factory=dict)  # (same speaker, quotes)
    kinds: dict[Pair, tuple[list[str], list[str]]] = field(default_factory=dict)
    theme_ratings: dict[Pair, tuple[list[bool], list[bool]]] = field(default_factory=dict)
    fleiss: float | None = None
    alpha: float | None = None
    kind_alpha: float | None = None
    speaker_alpha: float | None = None

    # -- span figures -----------------------------------------------------------

    def pair_counts(self, pair: Pair, label: str | None = None) -> Counts:
        merged = Counts()
        for (found, found_label), counts in self.span_counts.items():
            if found == pair and (label is None or found_label == label):
                merged.exact += counts.exact
                merged.overlap += counts.overlap
                merged.total += counts.total
        return merged

    def label_f1(self, label: str, exact: bool = True) -> float | None:
        figures = []
        for pair in self.pairs:
            counts = self.pair_counts(pair, label)
            figures.append(counts.f1(counts.exact if exact else counts.overlap))
        return _mean(figures)

    def pair_f1(self, pair: Pair, exact: bool = True) -> float | None:
        counts = self.pair_counts(pair)
        return counts.f1(counts.exact if exact else counts.overlap)

    def total_f1(self, exact: bool = True) -> float | None:
        return _mean([self.pair_f1(pair, exact) for pair in self.pairs])

    def document_f1(self, doc_id: int, exact: bool = True) -> float | None:
        figures = []
        for (pair, found), counts in self.document_counts.items():
            if found == doc_id:
                figures.append(counts.f1(counts.exact if exact else counts.overlap))
        return _mean(figures)

    # -- quotes and themes ----------------------------------------------------

    def attribution_agreement(self, pair: Pair | None = None) -> float | None:
        chosen = [self.attribution[pair]] if pair is not None else list(self.attribution.values())
        same = sum(s for s, _ in chosen)
        total = sum(n for _, n in chosen)
        return same / total if total else None

    def kind_agreement(self, pair: Pair) -> tuple[float | None, float | None]:
        first, second = self.kinds.get(pair, ([], []))
        if not first:
            return None, None
        return sum(a == b for a, b in zip(first, second)) / len(first), cohen_kappa(first, second)

    def theme_kappa(self, pair: Pair) -> tuple[float | None, float | None]:
        first, second = self.theme_ratings.get(pair, ([], []))
        if not first:
            return None, None
        return sum(a == b for a, b in zip(first, second)) / len(first), cohen_kappa(first, second)

    def to_json(self) -> dict[str, Any]:
        from annotator.team.agreement_json import report_json

        return report_json(self)


def compute_agreement(project: Project, *, progress: Callable[[int, int], None] | None = None) -> AgreementReport:
    """Agreement figures of every annotator pair in a (merged) team project."""
    participants = project.document_annotators()
    for doc_id, names in project.annotation_annotators().items():
        participants.setdefault(doc_id, set()).update(names)
    documents = [
        annotator_versions(bundle, participants.get(bundle.document.id or 0, set()))
        for bundle in project.iter_annotated()
    ]
    return agreement_of(documents, progress=progress)


def agreement_of(
    documents: list[DocumentVersions], *, progress: Callable[[int, int], None] | None = None
) -> AgreementReport:
    annotators = sorted({name for doc in documents for name in doc.annotators})
    labels = sorted({s.label for doc in documents for v in doc.versions.values() for s in v.spans})
    themes = sorted({t for doc in documents for v in doc.versions.values() for t in v.doc_themes})
    report = AgreementReport(annotators, len(documents), labels, themes, list(combinations(annotators, 2)))
    theme_matrix: dict[str, list[bool | None]] = {name: [] for name in annotators}
    quote_values: dict[str, dict[tuple[int, tuple[int, int]], tuple[str, str]]] = defaultdict(dict)
    for number, doc in enumerate(documents, start=1):
        _add_document(report, doc, theme_matrix, quote_values)
        if progress is not None:
            progress(number, len(documents))
    if len(annotators) >= 3:
        _add_multi_rater(report, documents, theme_matrix, quote_values)
    return report


def _add_document(
    report: AgreementReport,
    doc: DocumentVersions,
    theme_matrix: dict[str, list[bool | None]],
    quote_values: dict[str, dict[tuple[int, tuple[int, int]], tuple[str, str]]],
) -> None:
    doc_id = doc.bundle.document.id or 0
    report.document_titles[doc_id] = doc.bundle.document.title
    labelled = {name: doc.versions[name].by_label() for name in doc.annotators}
    quotes = {name: doc.versions[name].quotes() for name in doc.annotators}
    for name in report.annotators:
        taking_part = name in doc.versions
        for theme in report.themes:
            theme_matrix[name].append((theme in doc.versions[name].doc_themes) if taking_part else None)
        for bounds, value in quotes.get(name, {}).items():
            quote_values[name][(doc_id, bounds)] = value
    for pair in combinations(doc.annotators, 2):
        first, second = pair
        doc_counts = report.document_counts.setdefault((pair, doc_id), Counts())
        for label in set(labelled[first]) | set(labelled[second]):
            a, b = labelled[first].get(label, []), labelled[second].get(label, [])
            report.span_counts.setdefault((pair, label), Counts()).add(a, b)
            doc_counts.add(a, b)
        shared = set(quotes[first]) & set(quotes[second])
        same, total = report.attribution.get(pair, (0, 0))
        report.attribution[pair] = (
            same + sum(quotes[first][q][1] == quotes[second][q][1] for q in shared), total + len(shared)
        )
        kinds = report.kinds.setdefault(pair, ([], []))
        for q in sorted(shared):
            kinds[0].append(quotes[first][q][0])
            kinds[1].append(quotes[second][q][0])
        ratings = report.theme_ratings.setdefault(pair, ([], []))
        for theme in report.themes:
            ratings[0].append(theme in doc.versions[first].doc_themes)
            ratings[1].append(theme in doc.versions[second].doc_themes)


def _add_multi_rater(
    report: AgreementReport,
    documents: list[DocumentVersions],
    theme_matrix: dict[str, list[bool | None]],
    quote_values: dict[str, dict[tuple[int, tuple[int, int]], tuple[str, str]]],
) -> None:
    everyone = set(report.annotators)
    complete = [
        [theme in doc.versions[name].doc_themes for name in report.annotators]
        for doc in documents
        if set(doc.versions) >= everyone
        for theme in report.themes
    ]
    report.fleiss = fleiss_kappa(complete)
    report.alpha = krippendorff_alpha([theme_matrix[name] for name in report.annotators])
    quotes = sorted({key for values in quote_values.values() for key in values})
    report.kind_alpha = krippendorff_alpha(
        [[quote_values[name].get(q, (None, None))[0] for q in quotes] for name in report.annotators]
    )
    report.speaker_alpha = krippendorff_alpha(
        [[quote_values[name].get(q, (None, None))[1] for q in quotes] for name in report.annotators]
    )
