"""Screenshots of the team views (adjudication, statistics) for the README.

Called by :mod:`annotator.gui.screenshots` with its project of bundled
sample articles: three analysts' copies are made from it, each deciding the
automatic suggestions a little differently, then merged and opened for
adjudication.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from annotator.model import ACCEPTED, QUOTE, REJECTED
from annotator.store import Project
from annotator.team.merge import merge_projects

ANALYSTS = ("anna", "boris", "vera")


def _decide(path: Path, who: str, number: int) -> None:
    """Accept every suggestion as ``who``, except a few that differ by analyst."""
    with Project.open(path, create=False) as project, project.atomic():
        for doc_id in project.document_ids():
            bundle = project.annotated(doc_id)
            quotes = [s for s in bundle.spans if s.label == QUOTE]
            for position, span in enumerate(bundle.spans):
                span.annotator, span.status = who, ACCEPTED
                if span in quotes and (quotes.index(span) + number) % 4 == 0 and number:
                    span.status = REJECTED
                if span in quotes and number == 2 and quotes.index(span) % 3 == 1:
                    span.attrs = {**span.attrs, "kind": "indirect"}
                project.update_span(span)
            for relation in bundle.relations:
                relation.status, relation.annotator = ACCEPTED, who
                project.update_relation(relation)
            for position, tag in enumerate(bundle.tags):
                tag.status, tag.annotator = (REJECTED if (position + number) % 3 == 0 else ACCEPTED), who
                project.update_tag(tag)


def _save(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def render(project: Project, out: Path, scratch: Path, doc_id: int) -> list[Path]:
    from annotator.gui.adjudication_window import AdjudicationWindow
    from annotator.gui.statistics_view import StatisticsView

    copies = []
    for number, who in enumerate(ANALYSTS):
        copy = scratch / f"{who}.annotator"
        project.backup(copy)
        _decide(copy, who, number)
        copies.append(copy)
    team_path = scratch / "team.annotator"
    merge_projects(copies, out=team_path)
    saved = []
    with Project.open(team_path, create=False) as team:
        window = AdjudicationWindow(team, lambda: "lead")
        window.resize(1440, 900)
        window.show()
        for row in range(window.documents.count()):
            if window.documents.item(row).data(0x0100) == doc_id:
                window.documents.setCurrentRow(row)
        if window.items.count() > 1:
            window.items.setCurrentRow(1)
        saved.append(_save(window, out / "adjudication.png"))
        window.close()
        statistics = StatisticsView(team)
        statistics.resize(1100, 760)
        statistics.choice.setCurrentIndex(2)  # speakers × themes
        statistics.show()
        statistics._fit_picture()
        saved.append(_save(statistics, out / "statistics-heatmap.png"))
        statistics.close()
    shutil.rmtree(scratch / "unused", ignore_errors=True)
    return saved
