"""Scoring :func:`annotator.nlp.analyze` against the gold set.

Gold format: ``tests/data/gold/README.md`` (one JSON object per line with
``id``, ``split``, ``text``, ``quotes``, ``speakers``, ``titles``, ``terms``).

Matching rules:
* a predicted quote matches a gold quote of the same kind *exactly* when both
  offsets are equal, and *by overlap* when they share at least one character;
  each quote matches at most once (largest overlap first);
* speaker accuracy = share of gold quotes with a non-null speaker whose
  overlap-matched prediction names the same speaker.  Names are compared
  case-insensitively with ё folded to е and spaces collapsed; a surname alone
  matches a full name with that surname, in either direction ("Лавров" vs
  "Сергей Лавров").  A gold quote with no matched prediction counts as wrong;
* title (term) false positives = predicted quotes that overlap a gold title
  (term) span and no gold quote.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.model import AnnotatorError
from annotator.nlp.engine import analyze

KINDS = ("direct", "indirect")


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0

    @staticmethod
    def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
        precision = hits / predicted if predicted else 1.0
        recall = hits / gold if gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def exact_prf(self) -> tuple[float, float, float]:
        return self._prf(self.exact, self.predicted, self.gold)

    def overlap_prf(self) -> tuple[float, float, float]:
        return self._prf(self.overlap, self.predicted, self.gold)


@dataclass
class EvaluationReport:
    split: str | None
    documents: int = 0
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    speaker_total: int = 0
    speaker_correct: int = 0
    title_false_positives: int = 0
    term_false_positives: int = 0
    # One line per mismatch, for tuning on dev; kept out of repr so that a
    # failing assertion on the held-out split does not print its documents.
    errors: list[str] = field(default_factory=list, repr=False)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_total if self.speaker_total else 1.0

    def f1(self, kind: str, *, exact: bool = False) -> float:
        counts = self.counts[kind]
        return (counts.exact_prf() if exact else counts.overlap_prf())[2]

    def format(self) -> str:
        lines = [f"split: {self.split or 'all'}   documents: {self.documents}"]
        lines.append(f"{'kind':<9}{'match':<9}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
        for kind, counts in self.counts.items():
            for name, (p, r, f) in (("exact", counts.exact_prf()), ("overlap", counts.overlap_prf())):
                sizes = f"{counts.gold:>6}{counts.predicted:>6}"
                lines.append(f"{kind:<9}{name:<9}{sizes}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
        lines.append(
            f"speaker accuracy: {self.speaker_accuracy:.3f} ({self.speaker_correct}/{self.speaker_total})"
        )
        lines.append(f"title false positives: {self.title_false_positives}")
        lines.append(f"term false positives: {self.term_false_positives}")
        return "\n".join(lines)


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    if gold is None or predicted is None:
        return gold == predicted
    a = " ".join(gold.lower().replace("ё", "е").split())
    b = " ".join(predicted.lower().replace("ё", "е").split())
    if a == b:
        return True
    a_words, b_words = a.split(), b.split()
    return (len(a_words) == 1 or len(b_words) == 1) and a_words[-1] == b_words[-1]


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def _match(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), largest overlap first."""
    pairs = sorted(
        ((_overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
         if _overlap(g, p) > 0),
        reverse=True,
    )
    used_gold, used_pred, result = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            result.append((gi, pi))
    return result


def _score_document(doc: dict[str, Any], report: EvaluationReport) -> None:
    analysis = analyze(doc["text"])
    predicted = analysis.to_json(doc.get("id", ""))["quotes"]
    for kind in KINDS:
        gold = [q for q in doc["quotes"] if q["kind"] == kind]
        mine = [q for q in predicted if q["kind"] == kind]
        _score_kind(doc.get("id", "?"), analysis.text, gold, mine, report.counts[kind], report)
    _count_negatives(doc, predicted, report)


def _score_kind(
    doc_id: str, text: str, gold: list[dict], mine: list[dict], counts: Counts, report: EvaluationReport
) -> None:
    def words(quote: dict) -> str:
        return repr(text[quote["start"] : quote["end"]][:60])

    counts.gold += len(gold)
    counts.predicted += len(mine)
    matched = dict(_match(gold, mine))
    counts.overlap += len(matched)
    for index, gold_quote in enumerate(gold):
        mine_quote = mine[matched[index]] if index in matched else None
        if mine_quote is None:
            report.errors.append(f"{doc_id} missed: {words(gold_quote)}")
        elif (mine_quote["start"], mine_quote["end"]) == (gold_quote["start"], gold_quote["end"]):
            counts.exact += 1
        else:
            report.errors.append(f"{doc_id} span: gold {words(gold_quote)} mine {words(mine_quote)}")
        if gold_quote.get("speaker") is None:
            continue
        report.speaker_total += 1
        said = mine_quote["speaker"] if mine_quote else None
        if mine_quote is not None and same_speaker(gold_quote["speaker"], said):
            report.speaker_correct += 1
        else:
            report.errors.append(f"{doc_id} speaker: gold {gold_quote['speaker']!r} mine {said!r} {words(gold_quote)}")
    for index in sorted(set(range(len(mine))) - set(matched.values())):
        report.errors.append(f"{doc_id} spurious: {words(mine[index])}")


def _count_negatives(doc: dict[str, Any], predicted: list[dict], report: EvaluationReport) -> None:
    def overlaps_any(q: dict, spans: list) -> bool:
        return any(q["start"] < e and s < q["end"] for s, e in spans)

    gold_spans = [(q["start"], q["end"]) for q in doc["quotes"]]
    for q in predicted:
        if overlaps_any(q, gold_spans):
            continue
        report.title_false_positives += overlaps_any(q, doc.get("titles", []))
        report.term_false_positives += overlaps_any(q, doc.get("terms", []))


def evaluate(gold_path: Path, *, split: str | None = None) -> EvaluationReport:
    """Score the engine on ``gold_path`` (JSON Lines), optionally one split.

    A malformed gold file raises AnnotatorError naming the file and line.
    """
    report = EvaluationReport(split)
    try:
        handle = open(gold_path, encoding="utf-8")
    except OSError as exc:
        raise AnnotatorError(f"{gold_path}: cannot open ({exc.strerror})") from None
    with handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            doc = _gold_record(gold_path, line_no, line)
            if split is not None and doc.get("split") != split:
                continue
            report.documents += 1
            _score_document(doc, report)
    return report


def _gold_record(path: Path, line_no: int, line: str) -> dict[str, Any]:
    def fail(message: str) -> AnnotatorError:
        return AnnotatorError(f"{path}, line {line_no}: {message}")

    try:
        doc = json.loads(line)
    except json.JSONDecodeError as exc:
        raise fail(f"not valid JSON ({exc.msg})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
        raise fail("expected an object with a string 'text'")
    length = len(doc["text"])
    quotes = doc.get("quotes", [])
    if not isinstance(quotes, list):
        raise fail("'quotes' must be a list")
    for number, quote in enumerate(quotes, start=1):
        if not isinstance(quote, dict):
            raise fail(f"quote {number} is not an object")
        start, end = quote.get("start"), quote.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length):
            raise fail(f"quote {number} has bad offsets [{start}, {end}) for a text of {length} characters")
        if quote.get("kind") not in ("direct", "indirect"):
            raise fail(f"quote {number} has kind {quote.get('kind')!r}; expected direct or indirect")
    for key in ("titles", "terms"):
        spans = doc.get(key, [])
        if not isinstance(spans, list) or not all(
            isinstance(s, list) and len(s) == 2 and all(isinstance(v, int) for v in s) for s in spans
        ):
            raise fail(f"'{key}' must be a list of [start, end] pairs")
    return doc
