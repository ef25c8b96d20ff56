"""Plain-text tables of an :class:`~annotator.nlp.evaluate.EvaluationReport`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.model import AnnotatorError

if TYPE_CHECKING:
    from annotator.nlp.evaluate import Counts, EvaluationReport


def format_report(report: EvaluationReport) -> str:
    lines = [f"split: {report.split or 'all'}   documents: {report.documents}"]
    lines.append(f"{'kind':<9}{'match':<9}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for kind, counts in report.counts.items():
        for name, (p, r, f) in (("exact", counts.exact_prf()), ("overlap", counts.overlap_prf())):
            sizes = f"{counts.gold:>6}{counts.predicted:>6}"
            lines.append(f"{kind:<9}{name:<9}{sizes}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    lines.append(
        f"speaker accuracy: {report.speaker_accuracy:.3f} ({report.speaker_correct}/{report.speaker_total})"
        "  [unmatched gold quotes count as wrong]"
    )
    lines.append(
        f"speaker accuracy on matched quotes: {report.matched_speaker_accuracy:.3f} "
        f"({report.matched_speaker_correct}/{report.matched_speaker_total})"
    )
    lines.append(f"title false positives: {report.title_false_positives}")
    lines.append(f"term false positives: {report.term_false_positives}")
    lines.append(
        f"titles taken for quotes: {report.titles_taken_rate:.1%} "
        f"({report.title_false_positives + report.term_false_positives} of {report.gold_titles} titles and terms)"
    )
    if report.theme_documents:
        lines += _theme_lines(report)
    if report.groups:
        lines += _group_lines(report.groups)
    return "\n".join(lines)


def _theme_lines(report: EvaluationReport) -> list[str]:
    micro, any_hit = report.theme_micro(), report.themes_any_hit
    headline = (f"document themes ({report.theme_documents} documents): micro precision {micro.precision():.3f}, "
                f"recall {micro.recall():.3f}")
    if any_hit.true_positive + any_hit.false_positive + any_hit.false_negative:  # the engine's span hits
        headline += (f" (every theme with a span hit: precision {any_hit.precision():.3f}, "
                     f"recall {any_hit.recall():.3f})")
    lines = [headline, f"  {'theme':<14}{'gold':>6}{'sugg':>6}{'hit':>6}{'P':>8}{'R':>8}"]
    for theme, counts in sorted(report.themes.items()):
        gold = counts.true_positive + counts.false_negative
        suggested = counts.true_positive + counts.false_positive
        precision = f"{counts.precision():>8.3f}" if suggested else f"{'—':>8}"
        recall = f"{counts.recall():>8.3f}" if gold else f"{'—':>8}"
        lines.append(f"  {theme:<14}{gold:>6}{suggested:>6}{counts.true_positive:>6}{precision}{recall}")
    return lines


def _group_lines(groups: dict[str, dict[str, Counts]]) -> list[str]:
    lines = ["quote F1 by group (overlap; gold quotes in brackets):",
             f"  {'group':<24}{'direct':>14}{'indirect':>14}"]
    for name, counts in sorted(groups.items()):
        cells = "".join(_f1_cell(counts[kind]) for kind in ("direct", "indirect"))
        lines.append(f"  {name:<24}{cells}")
    return lines


def _f1_cell(counts: Counts) -> str:
    if counts.gold == counts.predicted == 0:
        return f"{'—':>8} ({0:>3})"
    return f"{counts.overlap_prf()[2]:>8.3f} ({counts.gold:>3})"


def format_errors(report: EvaluationReport) -> str:
    """The mismatch listing, for tuning; refused for anything but the dev split."""
    if report.split != "dev":
        raise AnnotatorError("errors are listed for the dev split only; the test split stays unseen")
    return "\n".join(report.errors)
