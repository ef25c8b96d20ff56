"""Starting the desktop application: translations, project, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator import __version__
from annotator.gui import names
from annotator.gui.settings import Preferences
from annotator.model import AnnotatorError
from annotator.resources import resource_path

_translators: list[QTranslator] = []


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("annotator")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("annotator")
    # Wayland matches the window to packaging/linux's desktop entry (icon, name) by this id.
    app.setDesktopFileName("io.github.annotator.Annotator")
    app.setWindowIcon(QIcon(str(resource_path("icons", "annotator-256.png"))))
    return app  # type: ignore[return-value]


def install_translations(app: QApplication, language: str) -> bool:
    """Load annotator_<language>.qm (and Qt's own strings); True if the app's file loaded."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    names.set_language(language)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return True
    loaded = False
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"annotator_{language}.qm"))):
        app.installTranslator(ours)
        _translators.append(ours)
        loaded = True
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _translators.append(qt_own)
    return loaded


def run_gui(project: Path | None = None) -> int:
    """Open the main window on ``project`` (default: the sample project)."""
    from annotator import services
    from annotator.gui.main_window import MainWindow

    from annotator.gui import xcb_check

    missing = xcb_check.check()
    if missing:
        print(missing, file=sys.stderr)
        return 1
    app = create_application()
    prefs = Preferences()
    language = prefs.effective_language()
    install_translations(app, language)
    path = services.project_path(project)
    on_sample_project = project is None and path == services.default_project_path()
    try:
        if on_sample_project:
            opened = services.ensure_sample_project(path)
        else:
            opened = services.open_project(path)
    except AnnotatorError as exc:
        print(f"annotator: {exc}", file=sys.stderr)  # for a terminal; the dialog for a double click
        QMessageBox.critical(None, "annotator", str(exc))
        return 1
    window = MainWindow(opened, prefs, language)
    geometry = prefs.value("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):  # type: ignore[arg-type]
        window.resize(1440, 900)
    state = prefs.value("window/state")
    if state is not None:
        window.restoreState(state)  # type: ignore[arg-type]
    window.show()
    if on_sample_project:
        from annotator.gui.welcome_dialog import show_welcome_unless_dismissed

        show_welcome_unless_dismissed(window, prefs, path, len(services.sample_files()))
    try:
        return app.exec()
    finally:
        window.project.close()
