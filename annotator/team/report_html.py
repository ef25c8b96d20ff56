"""The agreement report as one self-contained HTML page with SVG plots."""

from __future__ import annotations

import html
import os
from pathlib import Path

from annotator.store import Project
from annotator.team import plots
from annotator.team.agreement import AgreementReport
from annotator.team.agreement_json import _fmt
from annotator.team.statistics import quote_statistics

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: right; }
th:first-child, td:first-child { text-align: left; }
figure { display: inline-block; margin: 0.5em; vertical-align: top; }
"""


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(cell)}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def report_page(project: Project, report: AgreementReport) -> str:
    stats = quote_statistics(project)
    figures = [
        plots.agreement_per_label(report),
        plots.agreement_per_pair(report),
        plots.quotes_per_speaker(stats),
        plots.quotes_per_theme(stats),
        plots.speaker_theme_heatmap(stats),
    ]
    pairs = []
    for pair in report.pairs:
        kind_agreement, kind_kappa = report.kind_agreement(pair)
        _, theme_kappa = report.theme_kappa(pair)
        pairs.append([f"{pair[0]} × {pair[1]}", _fmt(report.pair_f1(pair, True)), _fmt(report.pair_f1(pair, False)),
                      _fmt(report.attribution_agreement(pair)), _fmt(kind_agreement), _fmt(kind_kappa), _fmt(theme_kappa)])
    parts = [
        f"<h1>Agreement: {html.escape(Path(project.path).name)}</h1>",
        f"<p>{len(report.annotators)} annotators ({html.escape(', '.join(report.annotators))}), "
        f"{report.documents} documents. Span F1 exact {_fmt(report.total_f1(True))}, overlap "
        f"{_fmt(report.total_f1(False))}; quote→speaker attribution {_fmt(report.attribution_agreement())}.</p>",
        "<h2>Per label</h2>",
        _table(["label", "F1 exact", "F1 overlap"],
               [[label, _fmt(report.label_f1(label, True)), _fmt(report.label_f1(label, False))] for label in report.labels]),
        "<h2>Per annotator pair</h2>",
        _table(["pair", "F1 exact", "F1 overlap", "attribution", "quote kind", "kind κ", "themes κ"], pairs),
    ]
    if len(report.annotators) >= 3:
        parts.append(f"<p>Themes: Fleiss' κ {_fmt(report.fleiss)}, Krippendorff's α {_fmt(report.alpha)}; "
                     f"quote kind α {_fmt(report.kind_alpha)}; speaker α {_fmt(report.speaker_alpha)}.</p>")
    parts.append("<h2>Per document</h2>")
    parts.append(_table(["document", "F1 exact", "F1 overlap"],
                        [[title or str(doc_id), _fmt(report.document_f1(doc_id, True)), _fmt(report.document_f1(doc_id, False))]
                         for doc_id, title in sorted(report.document_titles.items())]))
    layer = {"mixed": "gold layer where adjudicated, else accepted"}.get(stats.layer, f"{stats.layer} layer")
    parts.append(f"<h2>Plots</h2><p>Quotes counted on the {layer}.</p>")
    parts += [f"<figure>{plots.figure_svg(figure)}</figure>" for figure in figures]
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>Agreement report</title><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>"
    )


def write_html_report(project: Project, report: AgreementReport, out: Path) -> Path:
    """Write the page to a temporary file, then rename it into place."""
    out = Path(out)
    temporary = out.with_name(f".{out.name}.{os.getpid()}")
    temporary.write_text(report_page(project, report), encoding="utf-8")
    os.replace(temporary, out)
    return out
