"""The agreement report as JSON (``annotator agreement --json``) and as text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.team.agreement import AgreementReport


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def report_json(report: AgreementReport) -> dict[str, Any]:
    pairs = []
    for pair in report.pairs:
        kind_agreement, kind_kappa = report.kind_agreement(pair)
        theme_agreement, theme_kappa = report.theme_kappa(pair)
        same, quotes = report.attribution.get(pair, (0, 0))
        pairs.append({
            "annotators": list(pair),
            "span_f1_exact": _round(report.pair_f1(pair, exact=True)),
            "span_f1_overlap": _round(report.pair_f1(pair, exact=False)),
            "per_label": {
                label: {
                    "f1_exact": _round((c := report.pair_counts(pair, label)).f1(c.exact)),
                    "f1_overlap": _round(c.f1(c.overlap)),
                }
                for label in report.labels
            },
            "attribution": {"same_speaker": same, "shared_quotes": quotes,
                            "agreement": _round(report.attribution_agreement(pair))},
            "quote_kind": {"agreement": _round(kind_agreement), "cohen_kappa": _round(kind_kappa)},
            "themes": {"agreement": _round(theme_agreement), "cohen_kappa": _round(theme_kappa)},
        })
    return {
        "annotators": report.annotators,
        "documents": report.documents,
        "themes_compared": report.themes,
        "spans": {
            "f1_exact": _round(report.total_f1(exact=True)),
            "f1_overlap": _round(report.total_f1(exact=False)),
            "per_label": {
                label: {"f1_exact": _round(report.label_f1(label, True)),
                        "f1_overlap": _round(report.label_f1(label, False))}
                for label in report.labels
            },
        },
        "attribution_agreement": _round(report.attribution_agreement()),
        "per_pair": pairs,
        "per_document": [
            {"id": doc_id, "title": title, "f1_exact": _round(report.document_f1(doc_id, True)),
             "f1_overlap": _round(report.document_f1(doc_id, False))}
            for doc_id, title in sorted(report.document_titles.items())
        ],
        "three_or_more": {
            "themes_fleiss_kappa": _round(report.fleiss),
            "themes_krippendorff_alpha": _round(report.alpha),
            "quote_kind_krippendorff_alpha": _round(report.kind_alpha),
            "speaker_krippendorff_alpha": _round(report.speaker_alpha),
        },
    }


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def report_lines(report: AgreementReport) -> list[str]:
    lines = [f"{len(report.annotators)} annotator(s): {', '.join(report.annotators)}; {report.documents} document(s)"]
    lines.append(f"spans, pairwise F1: exact {_fmt(report.total_f1(True))}, overlap {_fmt(report.total_f1(False))}")
    for label in report.labels:
        lines.append(f"  {label:<10} exact {_fmt(report.label_f1(label, True))}  overlap {_fmt(report.label_f1(label, False))}")
    lines.append(f"quote→speaker attribution agreement: {_fmt(report.attribution_agreement())}")
    for pair in report.pairs:
        kind_agreement, kind_kappa = report.kind_agreement(pair)
        _, theme_kappa = report.theme_kappa(pair)
        lines.append(
            f"  {pair[0]} × {pair[1]}: F1 exact {_fmt(report.pair_f1(pair, True))}, overlap "
            f"{_fmt(report.pair_f1(pair, False))}; attribution {_fmt(report.attribution_agreement(pair))}; "
            f"quote kind {_fmt(kind_agreement)} (κ {_fmt(kind_kappa)}); themes κ {_fmt(theme_kappa)}"
        )
    if len(report.annotators) >= 3:
        lines.append(f"themes: Fleiss' κ {_fmt(report.fleiss)}, Krippendorff's α {_fmt(report.alpha)}")
        lines.append(f"quote kind α {_fmt(report.kind_alpha)}; speaker α {_fmt(report.speaker_alpha)}")
    return lines
