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
  "Сергей Лавров"), a middle name on one side is left out ("Реджеп Тайип
  Эрдоган" = "Реджеп Эрдоган"), and "РФ" in a name is "России" ("МИД РФ" =
  "МИД России").  A gold quote with no matched prediction counts as wrong;
* speaker accuracy on matched quotes (the measure of issue 8) = the same, but
  only over gold quotes that have an overlap-matched prediction;
* title (term) false positives = predicted quotes that overlap a gold title
  (term) span and no gold quote; "titles taken for quotes" = their sum divided
  by the number of gold titles and terms;
* theme suggestions (documents that carry gold ``themes``): the set of theme
  ids :func:`annotator.nlp.themes.document_themes` suggests for the document
  against the gold set, per theme and micro-averaged (and, micro only, the
  set of every theme with a span-level hit, for comparison);
* breakdowns of quote F1 per ``genre`` and per outlet ``country`` where the
  documents carry them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.model import AnnotatorError
from annotator.nlp.engine import analyze
from annotator.nlp.morph import analyzer
from annotator.nlp.themes import document_themes

KINDS = ("direct", "indirect")


def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = hits / predicted if predicted else 1.0
    recall = hits / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0

    def exact_prf(self) -> tuple[float, float, float]:
        return _prf(self.exact, self.predicted, self.gold)

    def overlap_prf(self) -> tuple[float, float, float]:
        return _prf(self.overlap, self.predicted, self.gold)

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.exact += other.exact
        self.overlap += other.overlap


@dataclass
class ThemeCounts:
    """Document-level theme suggestions against gold theme labels."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    def precision(self) -> float:
        suggested = self.true_positive + self.false_positive
        return self.true_positive / suggested if suggested else 1.0

    def recall(self) -> float:
        gold = self.true_positive + self.false_negative
        return self.true_positive / gold if gold else 1.0


@dataclass
class EvaluationReport:
    split: str | None
    documents: int = 0
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    speaker_total: int = 0
    speaker_correct: int = 0
    matched_speaker_total: int = 0
    matched_speaker_correct: int = 0
    gold_titles: int = 0  # gold titles + terms
    title_false_positives: int = 0
    term_false_positives: int = 0
    theme_documents: int = 0
    themes: dict[str, ThemeCounts] = field(default_factory=dict)
    # micro counts if every theme with any span-level hit counted for the document
    themes_any_hit: ThemeCounts = field(default_factory=ThemeCounts)
    # quote counts per "genre news", "country KZ" …, for documents that carry them
    groups: dict[str, dict[str, Counts]] = field(default_factory=dict)
    # One line per mismatch, for tuning on dev; kept out of repr so that a
    # failing assertion on the held-out split does not print its documents.
    errors: list[str] = field(default_factory=list, repr=False)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_total if self.speaker_total else 1.0

    @property
    def matched_speaker_accuracy(self) -> float:
        total = self.matched_speaker_total
        return self.matched_speaker_correct / total if total else 1.0

    @property
    def titles_taken_rate(self) -> float:
        """Title and term false positives per gold title or term."""
        wrong = self.title_false_positives + self.term_false_positives
        return wrong / self.gold_titles if self.gold_titles else 0.0

    def f1(self, kind: str, *, exact: bool = False) -> float:
        counts = self.counts[kind]
        return (counts.exact_prf() if exact else counts.overlap_prf())[2]

    def precision(self, kind: str) -> float:
        return self.counts[kind].overlap_prf()[0]

    def theme_micro(self) -> ThemeCounts:
        total = ThemeCounts()
        for counts in self.themes.values():
            total.true_positive += counts.true_positive
            total.false_positive += counts.false_positive
            total.false_negative += counts.false_negative
        return total

    def format(self) -> str:
        from annotator.nlp.evaluate_format import format_report

        return format_report(self)


# One country spelled two ways in one canonical name: "МИД РФ" is "МИД России".
_COUNTRY_ABBREVIATIONS = {"рф": "россии"}


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    if gold is None or predicted is None:
        return gold == predicted
    a = " ".join(_COUNTRY_ABBREVIATIONS.get(w, w) for w in _service_owner(gold).lower().replace("ё", "е").split())
    b = " ".join(_COUNTRY_ABBREVIATIONS.get(w, w) for w in _service_owner(predicted).lower().replace("ё", "е").split())
    if a == b:
        return True
    a_words, b_words = a.split(), b.split()
    if a_words[0] == b_words[0] and a_words[-1] == b_words[-1]:
        return True  # a middle name on one side only: "Реджеп Тайип Эрдоган" = "Реджеп Эрдоган"
    if (len(a_words) == 1 or len(b_words) == 1) and a_words[-1] == b_words[-1]:
        return True
    return _same_anonymous_source(a_words, b_words)


# The guide lists "пресс-служба Кабмина" among the mentions of an organisation: a press service
# named with its organisation is that organisation ("пресс-служба Кремля" = "Кремль").
_SERVICE_PREFIX = "пресс-служба "


def _service_owner(name: str) -> str:
    if not name.lower().startswith(_SERVICE_PREFIX) or len(name) == len(_SERVICE_PREFIX):
        return name
    owner = name[len(_SERVICE_PREFIX) :].split()
    nominative = analyzer().parse(owner[0])[0]
    head = nominative.inflect({"nomn"}) if "gent" in nominative.tag and not owner[0].isupper() else None
    if head is not None:  # "правительства Молдавии" -> "правительство Молдавии", "Кремля" -> "Кремль"
        owner[0] = head.word if owner[0].islower() else head.word.capitalize()
    return " ".join(owner)


# The guide names an anonymous source by its description, "источники Reuters" -> "источник":
# the same description in either number is the same source.
_ANONYMOUS_HEADS = frozenset({"источник", "собеседник"})


def _same_anonymous_source(a_words: list[str], b_words: list[str]) -> bool:
    if len(a_words) != len(b_words):
        return False
    a_lemmas = [_lemma(w) for w in a_words]
    return a_lemmas == [_lemma(w) for w in b_words] and bool(_ANONYMOUS_HEADS & {w.rstrip(',') for w in a_lemmas})


def _lemma(word: str) -> str:
    bare = word.rstrip(",")
    return analyzer().parse(bare)[0].normal_form + word[len(bare):]


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
    suggested = document_themes(analysis.text, analysis.themes)
    score_prediction(doc, predicted, suggested, report, any_hit={hit.theme for hit in analysis.themes})


def score_prediction(doc: dict[str, Any], predicted: list[dict], suggested_themes: set[str],
                     report: EvaluationReport, *, any_hit: set[str] | None = None) -> None:
    """Add ``doc``'s counts to ``report`` for ``predicted`` quotes (gold-format dicts with
    kind, start, end, speaker) and ``suggested_themes``: the engine's, or a second
    annotator's when measuring agreement."""
    doc_counts = {kind: Counts() for kind in KINDS}
    for kind in KINDS:
        gold = [q for q in doc["quotes"] if q["kind"] == kind]
        mine = [q for q in predicted if q["kind"] == kind]
        _score_kind(doc.get("id", "?"), doc["text"], gold, mine, doc_counts[kind], report)
        report.counts[kind].add(doc_counts[kind])
    for key in ("genre", "country"):
        if isinstance(doc.get(key), str):
            group = report.groups.setdefault(f"{key} {doc[key]}", {kind: Counts() for kind in KINDS})
            for kind in KINDS:
                group[kind].add(doc_counts[kind])
    _count_negatives(doc, predicted, report)
    if isinstance(doc.get("themes"), list):
        gold_themes = set(doc["themes"])
        _score_themes(doc.get("id", "?"), gold_themes, suggested_themes, report)
        if any_hit is not None:
            report.themes_any_hit.true_positive += len(gold_themes & any_hit)
            report.themes_any_hit.false_positive += len(any_hit - gold_themes)
            report.themes_any_hit.false_negative += len(gold_themes - any_hit)


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
        report.matched_speaker_total += mine_quote is not None
        said = mine_quote["speaker"] if mine_quote else None
        if mine_quote is not None and same_speaker(gold_quote["speaker"], said):
            report.speaker_correct += 1
            report.matched_speaker_correct += 1
        else:
            report.errors.append(f"{doc_id} speaker: gold {gold_quote['speaker']!r} mine {said!r} {words(gold_quote)}")
    for index in sorted(set(range(len(mine))) - set(matched.values())):
        report.errors.append(f"{doc_id} spurious: {words(mine[index])}")


def _count_negatives(doc: dict[str, Any], predicted: list[dict], report: EvaluationReport) -> None:
    def overlaps_any(q: dict, spans: list) -> bool:
        return any(q["start"] < e and s < q["end"] for s, e in spans)

    report.gold_titles += len(doc.get("titles", [])) + len(doc.get("terms", []))
    gold_spans = [(q["start"], q["end"]) for q in doc["quotes"]]
    for q in predicted:
        if overlaps_any(q, gold_spans):
            continue
        report.title_false_positives += overlaps_any(q, doc.get("titles", []))
        report.term_false_positives += overlaps_any(q, doc.get("terms", []))


def _score_themes(doc_id: str, gold: set[str], suggested: set[str], report: EvaluationReport) -> None:
    report.theme_documents += 1
    for theme in gold | suggested:
        counts = report.themes.setdefault(theme, ThemeCounts())
        if theme in gold and theme in suggested:
            counts.true_positive += 1
        elif theme in suggested:
            counts.false_positive += 1
            report.errors.append(f"{doc_id} theme suggested but not in gold: {theme}")
        else:
            counts.false_negative += 1
            report.errors.append(f"{doc_id} theme missed: {theme}")


def evaluate(gold_path: Path, *, split: str | None = None) -> EvaluationReport:
    """Score the engine on ``gold_path`` (JSON Lines), optionally one split.

    A malformed gold file raises AnnotatorError naming the file and line.
    """
    docs = []
    for line_no, doc in read_json_lines(gold_path):
        check_gold_document(doc, f"{gold_path}, line {line_no}")
        docs.append(doc)
    return evaluate_documents(docs, split=split)


def read_json_lines(path: Path) -> list[tuple[int, Any]]:
    """(line number, value) of every non-blank line; AnnotatorError names the file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise AnnotatorError(f"{path}: cannot read ({exc})") from None
    values = []
    for line_no, line in enumerate(lines, start=1):
        if line.strip():
            try:
                values.append((line_no, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise AnnotatorError(f"{path}, line {line_no}: not valid JSON ({exc.msg})") from None
    return values


def evaluate_documents(docs: Iterable[dict[str, Any]], *, split: str | None = None) -> EvaluationReport:
    """Score the engine on gold-format documents (with text), optionally one split."""
    report = EvaluationReport(split)
    for doc in docs:
        if split is not None and doc.get("split") != split:
            continue
        report.documents += 1
        _score_document(doc, report)
    return report


def check_gold_document(doc: Any, where: str) -> None:
    """Raise AnnotatorError (prefixed by ``where``) unless ``doc`` is a scorable gold document."""

    def fail(message: str) -> AnnotatorError:
        return AnnotatorError(f"{where}: {message}")

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
    themes = doc.get("themes", [])
    if not isinstance(themes, list) or not all(isinstance(t, str) for t in themes):
        raise fail("'themes' must be a list of theme ids")
