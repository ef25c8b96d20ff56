"""The Team menu: merge analysts' projects, adjudicate, statistics (and File › Merge projects…)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from annotator.gui.tasks import BackgroundTask

PROJECT_FILTER = "annotator projects (*.annotator);;All files (*)"


def install_team_menu(window: QMainWindow) -> dict[str, QAction]:
    """Add the Team menu before Help, and Merge projects… to the File menu."""
    actions = {
        "merge_projects": QAction(QCoreApplication.translate("TeamMenu", "&Merge projects…"), window),
        "adjudicate": QAction(QCoreApplication.translate("TeamMenu", "&Adjudicate…"), window),
        "statistics": QAction(QCoreApplication.translate("TeamMenu", "&Statistics…"), window),
    }
    for key, action in actions.items():
        action.setObjectName(key)
    actions["merge_projects"].triggered.connect(lambda: merge_projects_dialog(window))
    actions["adjudicate"].triggered.connect(lambda: show_adjudication(window))
    actions["statistics"].triggered.connect(lambda: show_statistics(window))
    team = QMenu(QCoreApplication.translate("TeamMenu", "&Team"), window)
    window.menuBar().insertMenu(window.menus["help"].menuAction(), team)
    team.addActions(list(actions.values()))
    file_menu = window.menus["recent"].parent()
    file_menu.insertAction(window.actions["preferences"], actions["merge_projects"])
    window.menus["team"] = team
    return actions


def show_adjudication(window: QMainWindow) -> None:
    from annotator.gui.adjudication_window import AdjudicationWindow

    window.dialog = AdjudicationWindow(window.project, lambda: window.prefs.annotator, window)
    window.dialog.show()


def show_statistics(window: QMainWindow) -> None:
    from annotator.gui.statistics_view import StatisticsView

    window.dialog = StatisticsView(window.project, window)
    window.dialog.open()


def merge_projects_dialog(window: QMainWindow, inputs: list[Path] | None = None, out: Path | None = None,
                          on_done: Callable[[bool], None] | None = None) -> BackgroundTask | None:
    """Ask for the analysts' files and the output, merge in the background, offer to open it."""
    if inputs is None:
        names, _ = QFileDialog.getOpenFileNames(window, QCoreApplication.translate("TeamMenu", "Projects to merge"), str(window.project.path.parent),
                                                PROJECT_FILTER)
        inputs = [Path(name) for name in names]
    if not inputs:
        return None
    if out is None:
        name, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("TeamMenu", "Team project to write"),
                                              str(window.project.path.parent / "team.annotator"), PROJECT_FILTER)
        out = Path(name) if name else None
    if out is None:
        return None

    def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> object:
        from annotator.team.merge import merge_projects

        return merge_projects(inputs, out=out, progress=progress)

    task = BackgroundTask(work, window)
    task.succeeded.connect(lambda report: _merged(window, report, out, on_done))
    task.failed.connect(lambda message: (window.show_error(QCoreApplication.translate("TeamMenu", "The merge failed:\n{error}").format(error=message)),
                                         on_done(False) if on_done else None))
    window.merge_task = task
    task.start()
    return task


def _merged(window: QMainWindow, report: object, out: Path, on_done: Callable[[bool], None] | None) -> None:
    window.show_message(QCoreApplication.translate("TeamMenu", "Merge finished"), "\n".join(report.lines()))  # type: ignore[attr-defined]
    if on_done is not None:
        on_done(True)
