"""Render the main views offscreen for the README: ``python -m annotator.gui.screenshots OUTDIR``.

Uses the longest bundled article with its automatic suggestions (or a few
hand-made spans when the analysis package is missing) in a throw-away
project, at 1440×900.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from annotator import services  # noqa: E402
from annotator.gui.app import create_application, install_translations  # noqa: E402
from annotator.model import QUOTE, SPEAKER, SUGGESTED, Span  # noqa: E402
from annotator.store import Project  # noqa: E402

SIZE = (1440, 900)


def build_project(folder: Path) -> tuple[Project, int]:
    project = services.open_project(folder / "screenshots.annotator")
    services.import_samples(project)
    article = next(s for s in project.document_summaries() if s.title.startswith("Сергей Лавров"))
    try:
        for summary in project.document_summaries():
            services.analyse_document(project, summary.id)
    except ImportError:
        _hand_made_suggestions(project, article.id)
    return project, article.id


def _hand_made_suggestions(project: Project, doc_id: int) -> None:
    text = project.document(doc_id).text
    start = text.index("«") + 1
    project.add_span(Span(start=start, end=text.index("»", start), label=QUOTE, status=SUGGESTED,
                          origin="auto:0", attrs={"kind": "direct"}, doc_id=doc_id))
    name = text.index("Сергей Лавров")
    project.add_span(Span(start=name, end=name + 13, label=SPEAKER, status=SUGGESTED, origin="auto:0",
                          doc_id=doc_id))


def _save(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def _prepare_article(window, doc_id: int) -> None:  # noqa: ANN001
    """Accept the first suggestions so that both styles show; focus a linked quote."""
    window.open_document(doc_id)
    session = window.session
    quotes = [s for s in session.ordered_spans() if s.label == QUOTE]
    linked = [q for q in quotes if session.speakers_of(q.id or 0)]
    focus = linked[1] if len(linked) > 1 else (quotes[0] if quotes else None)
    for span in session.ordered_spans()[:6]:
        session.set_status(span.id or 0, "accepted")
    session.undo_stack.clear()
    if focus is not None:
        window.text_view.set_current_span(focus.id or 0, move_cursor=True)
        window.text_view.centerCursor()
        tagged = next((t for t in session.tags if t.span_id == focus.id), None)
        if tagged is not None:
            window.theme_panel.select_theme(tagged.theme_id)


def render(out: Path, language: str = "en") -> list[Path]:
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Preferences

    out.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    scratch = Path(tempfile.mkdtemp(prefix="annotator-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings"))
    install_translations(app, language)
    project, doc_id = build_project(scratch)
    prefs = Preferences()
    prefs.set_annotator("analyst")
    window = MainWindow(project, prefs, language)
    window.resize(*SIZE)
    window.show()
    _prepare_article(window, doc_id)
    saved = [_save(window, out / "main-window.png")]

    window.docks["speakers"].raise_()
    tree = window.speaker_panel.tree
    if tree.topLevelItemCount():
        tree.setCurrentItem(tree.topLevelItem(0))
    saved.append(_save(window, out / "speaker-panel.png"))

    window.docks["themes"].raise_()
    saved.append(_save(window, out / "theme-panel.png"))

    window.show_taxonomy_editor()
    editor = window.dialog
    editor.select_theme("eaeu")
    saved.append(_save(editor, out / "taxonomy-editor.png"))
    editor.close()

    window.docks["search"].raise_()
    window.search_panel.field.setText("повестка")
    window.search_panel.run_search()
    if window.search_panel.results.count():
        window.search_panel.results.setCurrentRow(0)
        item = window.search_panel.results.item(0)
        window.search_panel.result_activated.emit(*_hit(item))
    saved.append(_save(window, out / "search-results.png"))

    window.show_help()
    saved.append(_save(window.dialog, out / "help-dialog.png"))
    window.dialog.close()

    window.show_preferences()
    saved.append(_save(window.dialog, out / "preferences.png"))
    window.dialog.close()
    window.close()
    from annotator.gui import team_screenshots

    saved += team_screenshots.render(project, out, scratch, doc_id)
    project.close()
    return saved


def _hit(item) -> tuple[int, str]:  # noqa: ANN001
    from annotator.gui.search_panel import DOC_ROLE, WORD_ROLE

    return int(item.data(DOC_ROLE)), str(item.data(WORD_ROLE))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, nargs="?", default=Path("docs/screenshots"))
    parser.add_argument("--language", choices=("en", "ru"), default="en")
    args = parser.parse_args(argv)
    for path in render(args.outdir, args.language):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
