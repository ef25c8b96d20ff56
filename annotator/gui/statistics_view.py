"""Statistics: agreement and quote plots of the project, saved as PNG or SVG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.store import Project
from annotator.team import plots
from annotator.team.agreement import compute_agreement
from annotator.team.statistics import quote_statistics


class StatisticsView(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statistics_view")
        self.project = project
        self.report = compute_agreement(project)
        self.stats = quote_statistics(project)
        self.figure = None
        self._setup_ui()
        self._on_plot_chosen(0)

    def _plots(self) -> list[tuple[str, object]]:
        report, stats = self.report, self.stats
        return [
            (self.tr("Quotes per speaker"),
             lambda: plots.quotes_per_speaker(stats, self.tr("Quotes per speaker"), self.tr("quotes"))),
            (self.tr("Quotes per theme"),
             lambda: plots.quotes_per_theme(stats, self.tr("Quotes per theme"), self.tr("quotes"))),
            (self.tr("Speakers × themes"),
             lambda: plots.speaker_theme_heatmap(stats, self.tr("Speakers × themes (quotes)"), self.tr("quotes"))),
            (self.tr("Agreement per label"),
             lambda: plots.agreement_per_label(report, self.tr("Agreement per label (pairwise F1)"))),
            (self.tr("Agreement per annotator pair"),
             lambda: plots.agreement_per_pair(report, self.tr("Span F1 (exact) per annotator pair"))),
        ]

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Statistics — {name}").format(name=self.project.path.name))
        self.choice = QComboBox(self)
        self.choice.setObjectName("statistics_choice")
        for title, _ in self._plots():
            self.choice.addItem(title)
        self.choice.currentIndexChanged.connect(self._on_plot_chosen)
        save_png = QPushButton(self.tr("Save PNG…"), self)
        save_svg = QPushButton(self.tr("Save SVG…"), self)
        save_png.clicked.connect(lambda: self.save_as("png"))
        save_svg.clicked.connect(lambda: self.save_as("svg"))
        top = QHBoxLayout()
        top.addWidget(self.choice, 1)
        top.addWidget(save_png)
        top.addWidget(save_svg)
        self.picture = QLabel(self)
        self.picture.setObjectName("statistics_picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = self.scroll = QScrollArea(self)
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        self.note = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)
        layers = {"gold": self.tr("gold"), "accepted": self.tr("accepted"),
                  "mixed": self.tr("gold where adjudicated, else accepted")}
        self.note.setText(self.tr("Quotes counted on the {layer} layer; {count} annotator(s).").format(
            layer=layers[self.stats.layer], count=len(self.report.annotators)))
        self.resize(900, 620)

    def _on_plot_chosen(self, index: int) -> None:
        self.figure = self._plots()[index][1]()
        self.pixmap = QPixmap()
        self.pixmap.loadFromData(plots.figure_png(self.figure, dpi=130))
        self._fit_picture()

    def _fit_picture(self) -> None:
        # The whole plot is shown, scaled down to the window (never cut off).
        room = self.scroll.viewport().size()
        shown = self.pixmap
        if shown.width() > room.width() or shown.height() > room.height():
            shown = shown.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(shown)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        if getattr(self, "pixmap", None) is not None:
            self._fit_picture()

    def save_as(self, suffix: str, path: Path | None = None) -> Path | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the plot"), str(self.project.path.with_suffix("")) + f"-plot.{suffix}",
                f"{suffix.upper()} (*.{suffix})")
            if not name:
                return None
            path = Path(name)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        return plots.save_figure(self.figure, path)
