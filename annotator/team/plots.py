"""Plots of agreement and quote statistics, drawn with matplotlib.

Figures are built with the object API (``matplotlib.figure.Figure``, no
pyplot state), so the same function serves the app, the HTML report and a
PNG or SVG file.  DejaVu Sans, bundled with matplotlib, has Cyrillic.
"""

from __future__ import annotations

import io
from pathlib import Path

from matplotlib.figure import Figure

from annotator.team.agreement import AgreementReport
from annotator.team.statistics import QuoteStatistics

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
EXACT_COLOUR = "#0072B2"
OVERLAP_COLOUR = "#E69F00"
BAR_COLOUR = "#009E73"
MAX_BARS = 20


def _figure(width: float = 6.4, height: float = 3.6) -> Figure:
    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    figure.set_facecolor("white")
    return figure


def agreement_per_label(report: AgreementReport, title: str = "Agreement per label (pairwise F1)") -> Figure:
    figure = _figure()
    axes = figure.add_subplot()
    labels = report.labels or ["—"]
    positions = range(len(labels))
    exact = [report.label_f1(label, True) or 0.0 for label in report.labels] or [0.0]
    overlap = [report.label_f1(label, False) or 0.0 for label in report.labels] or [0.0]
    axes.bar([p - 0.2 for p in positions], exact, width=0.4, label="exact", color=EXACT_COLOUR)
    axes.bar([p + 0.2 for p in positions], overlap, width=0.4, label="overlap", color=OVERLAP_COLOUR)
    axes.set_xticks(list(positions), labels)
    axes.set_ylim(0, 1.05)
    axes.set_ylabel("F1")
    axes.set_title(title)
    axes.legend(loc="lower right")
    return figure


def agreement_per_pair(report: AgreementReport, title: str = "Span F1 (exact) per annotator pair") -> Figure:
    names = report.annotators
    size = max(3.2, 0.55 * len(names) + 2.4)
    figure = _figure(size + 1.0, size)
    axes = figure.add_subplot()
    matrix = [[1.0 if a == b else (report.pair_f1(tuple(sorted((a, b))), True) or 0.0) for b in names] for a in names]  # type: ignore[arg-type]
    image = axes.imshow(matrix, vmin=0, vmax=1, cmap="viridis")
    axes.set_xticks(range(len(names)), names, rotation=45, ha="right")
    axes.set_yticks(range(len(names)), names)
    if len(names) <= 12:
        for row, values in enumerate(matrix):
            for column, value in enumerate(values):
                axes.text(column, row, f"{value:.2f}", ha="center", va="center", color="white" if value < 0.6 else "black")
    figure.colorbar(image, ax=axes, label="F1")
    axes.set_title(title)
    return figure


def _bars(counts: list[tuple[str, int]], title: str, xlabel: str) -> Figure:
    shown = counts[:MAX_BARS]
    figure = _figure(6.4, max(2.4, 0.32 * len(shown) + 1.2))
    axes = figure.add_subplot()
    names = [name for name, _ in shown][::-1]
    axes.barh(names, [value for _, value in shown][::-1], color=BAR_COLOUR)
    axes.set_xlabel(xlabel)
    axes.set_title(title)
    return figure


def quotes_per_speaker(stats: QuoteStatistics, title: str = "Quotes per speaker", xlabel: str = "quotes") -> Figure:
    return _bars(stats.per_speaker.most_common(), title, xlabel)


def quotes_per_theme(stats: QuoteStatistics, title: str = "Quotes per theme", xlabel: str = "quotes") -> Figure:
    counts = [(stats.theme_names.get(theme, theme), count) for theme, count in stats.per_theme.most_common()]
    return _bars(counts, title, xlabel)


def speaker_theme_heatmap(
    stats: QuoteStatistics, title: str = "Speakers × themes (quotes)", value_label: str = "quotes"
) -> Figure:
    speakers = [name for name, _ in stats.per_speaker.most_common(MAX_BARS)]
    themes = [theme for theme, _ in stats.per_theme.most_common(MAX_BARS)]
    figure = _figure(max(5.0, 0.6 * len(themes) + 3.5), max(3.0, 0.4 * len(speakers) + 1.8))
    axes = figure.add_subplot()
    matrix = [[stats.speaker_theme[(s, t)] for t in themes] for s in speakers]
    if not speakers or not themes:
        matrix = [[0]]
    image = axes.imshow(matrix, cmap="Blues", aspect="auto")
    axes.set_xticks(range(len(themes)), [stats.theme_names.get(t, t) for t in themes], rotation=35, ha="right")
    axes.set_yticks(range(len(speakers)), speakers)
    for row, values in enumerate(matrix if speakers and themes else []):
        for column, value in enumerate(values):
            if value:
                axes.text(column, row, str(value), ha="center", va="center",
                          color="white" if value > max(map(max, matrix)) / 2 else "black")
    figure.colorbar(image, ax=axes, label=value_label)
    axes.set_title(title)
    return figure


def save_figure(figure: Figure, path: Path) -> Path:
    """Write PNG or SVG, chosen by the file's suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(f"{path}: a plot is saved as .png or .svg")
    figure.savefig(path, format=suffix[1:], dpi=150 if suffix == ".png" else None)
    return Path(path)


def figure_svg(figure: Figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg")
    text = buffer.getvalue()
    return text[text.index("<svg"):]


def figure_png(figure: Figure, dpi: int = 100) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
