"""Inter-annotator agreement of a team project.

Figures, per label, per document and per annotator pair:

* spans: pairwise F1 — exact (same label, same start and end; the figure
  bratiaa computes) and overlap (same label, the spans share a character;
  exact matches first, then the remaining spans in text order, each matched
  at most once).  As in bratiaa, a pair's F1 sums its matches over documents
  (2·matches / (|A| + |B|)) and a label's figure is the mean over the pairs
  that annotated it;
* quote→speaker attribution: of the quotes two annotators marked with the
  same bounds, the share linked to the same speaker entity (canonical name);
* quote kind: the same quotes, direct or indirect — agreement and Cohen's κ;
* document theme tags, one yes/no item per document and theme used by
  anyone: Cohen's κ per pair; Fleiss' κ (documents everyone annotated) and
  Krippendorff's α (missing ratings allowed) when there are 3+ annotators.

A pair is compared only on documents both took part in.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from annotator.model import QUOTE
from annotator.store import Project
from annotator.team.kappa import cohen_kappa_table, fleiss_kappa, krippendorff_alpha, observed_agreement
from annotator.team.pair_counts import PairTotals, overlap_matches  # noqa: F401  (overlap_matches: public API)
from annotator.team.views import DocumentVersions

Pair = tuple[str, str]
Bounds = list[tuple[int, int]]


@dataclass
class Counts:
    """Span counts of one pair: exact and overlap matches, and both totals."""

    exact: int = 0
    overlap: int = 0
    total: int = 0  # |A| + |B|

    def f1(self, matches: int) -> float | None:
        return 2 * matches / self.total if self.total else None


def _mean(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


@dataclass
class DocFigures:
    """What agreement needs of one document, per annotator who took part."""

    doc_id: int
    title: str
    annotators: list[str]
    labelled: dict[str, dict[str, Bounds]]  # annotator -> label -> sorted unique bounds
    quotes: dict[str, dict[tuple[int, int], tuple[str, str]]]  # annotator -> bounds -> (kind, speaker)
    themes: dict[str, set[str]]  # annotator -> document themes

    @classmethod
    def from_versions(cls, doc: DocumentVersions) -> DocFigures:
        names = doc.annotators
        return cls(
            doc.bundle.document.id or 0, doc.bundle.document.title, names,
            {name: doc.versions[name].by_label() for name in names},
            {name: doc.versions[name].quotes() for name in names},
            {name: set(doc.versions[name].doc_themes) for name in names},
        )


@dataclass
class AgreementReport:
    annotators: list[str]
    documents: int
    labels: list[str]
    themes: list[str]
    pairs: list[Pair]
    span_counts: dict[tuple[Pair, str], Counts] = field(default_factory=dict)
    document_figures: dict[int, list[tuple[float | None, float | None]]] = field(default_factory=dict)
    document_titles: dict[int, str] = field(default_factory=dict)
    attribution: dict[Pair, tuple[int, int]] = field(default_factory=dict)  # (same speaker, quotes)
    kinds: dict[Pair, Counter[tuple[str, str]]] = field(default_factory=dict)
    theme_tables: dict[Pair, Counter[tuple[bool, bool]]] = field(default_factory=dict)
    fleiss: float | None = None
    alpha: float | None = None
    kind_alpha: float | None = None
    speaker_alpha: float | None = None

    # -- span figures -----------------------------------------------------------

    def pair_counts(self, pair: Pair, label: str | None = None) -> Counts:
        merged = Counts()
        for found_label in ([label] if label is not None else self.labels):
            counts = self.span_counts.get((pair, found_label))
            if counts is not None:
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
        return _mean([figures[0 if exact else 1] for figures in self.document_figures.get(doc_id, [])])

    # -- quotes and themes ----------------------------------------------------

    def attribution_agreement(self, pair: Pair | None = None) -> float | None:
        chosen = [self.attribution[pair]] if pair in self.attribution else (
            list(self.attribution.values()) if pair is None else [])
        same = sum(s for s, _ in chosen)
        total = sum(n for _, n in chosen)
        return same / total if total else None

    def kind_agreement(self, pair: Pair) -> tuple[float | None, float | None]:
        table = self.kinds.get(pair, Counter())
        return observed_agreement(table), cohen_kappa_table(table)

    def theme_kappa(self, pair: Pair) -> tuple[float | None, float | None]:
        table = self.theme_tables.get(pair, Counter())
        return observed_agreement(table), cohen_kappa_table(table)

    def to_json(self) -> dict[str, Any]:
        from annotator.team.agreement_json import report_json

        return report_json(self)


def compute_agreement(project: Project, *, progress: Callable[[int, int], None] | None = None) -> AgreementReport:
    """Agreement figures of every annotator pair in a (merged) team project."""
    spans, speakers, tags = project.decided_annotations()
    participants = project.document_annotators()
    titles = project.document_titles()
    labelled: dict[int, dict[str, dict[str, set[tuple[int, int]]]]] = defaultdict(lambda: defaultdict(dict))
    quotes: dict[int, dict[str, dict[tuple[int, int], tuple[str, str]]]] = defaultdict(lambda: defaultdict(dict))
    themes: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc_id, name, label, start, end, kind, span_id in spans:
        participants.setdefault(doc_id, set()).add(name)
        labelled[doc_id][name].setdefault(label, set()).add((start, end))
        if label == QUOTE:
            quotes[doc_id][name][(start, end)] = (kind or "", speakers.get(span_id, ""))
    for doc_id, name, theme in tags:
        participants.setdefault(doc_id, set()).add(name)
        themes[doc_id][name].add(theme)
    documents = []
    for doc_id in sorted(titles):
        names = sorted(participants.get(doc_id, set()))
        documents.append(DocFigures(
            doc_id, titles[doc_id], names,
            {name: {label: sorted(b) for label, b in labelled[doc_id][name].items()} for name in names},
            {name: quotes[doc_id][name] for name in names},
            {name: themes[doc_id][name] for name in names},
        ))
    return agreement_of(documents, progress=progress)


def agreement_of(
    documents: list[DocFigures], *, progress: Callable[[int, int], None] | None = None
) -> AgreementReport:
    annotators = sorted({name for doc in documents for name in doc.annotators})
    labels = sorted({label for doc in documents for found in doc.labelled.values() for label in found})
    themes = sorted({t for doc in documents for found in doc.themes.values() for t in found})
    kinds = sorted({value[0] for doc in documents for found in doc.quotes.values() for value in found.values()})
    report = AgreementReport(annotators, len(documents), labels, themes, list(combinations(annotators, 2)))
    totals = PairTotals(annotators, labels, themes, kinds)
    for number, doc in enumerate(documents, start=1):
        report.document_titles[doc.doc_id] = doc.title
        report.document_figures[doc.doc_id] = totals.add_document(doc)
        if progress is not None:
            progress(number, len(documents))
    totals.fill(report)
    if len(annotators) >= 3:
        _add_multi_rater(report, documents)
    return report


def _add_multi_rater(report: AgreementReport, documents: list[DocFigures]) -> None:
    everyone = set(report.annotators)
    complete = [
        [theme in doc.themes[name] for name in report.annotators]
        for doc in documents
        if set(doc.annotators) >= everyone
        for theme in report.themes
    ]
    report.fleiss = fleiss_kappa(complete)
    theme_rows = [
        [(theme in doc.themes[name]) if name in doc.themes else None for doc in documents for theme in report.themes]
        for name in report.annotators
    ]
    report.alpha = krippendorff_alpha(theme_rows)
    columns: dict[tuple[int, tuple[int, int]], int] = {}
    for doc in documents:
        for found in doc.quotes.values():
            for bounds in found:
                columns.setdefault((doc.doc_id, bounds), len(columns))
    kinds: dict[str, list[str | None]] = {name: [None] * len(columns) for name in report.annotators}
    speakers: dict[str, list[str | None]] = {name: [None] * len(columns) for name in report.annotators}
    for doc in documents:
        for name, found in doc.quotes.items():
            for bounds, (kind, speaker) in found.items():
                column = columns[(doc.doc_id, bounds)]
                kinds[name][column], speakers[name][column] = kind, speaker
    report.kind_alpha = krippendorff_alpha([kinds[name] for name in report.annotators])
    report.speaker_alpha = krippendorff_alpha([speakers[name] for name in report.annotators])
