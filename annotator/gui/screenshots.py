"""Render the main views offscreen for the README: ``python -m annotator.gui.screenshots OUTDIR``.

Uses the longest bundled article with its automatic suggestions (or a few
hand-made spans when the analysis package is missing) in a throw-away
project, at 1440×900.  English goes to OUTDIR, Russian to OUTDIR/ru
(``--language`` renders one of them only).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from annotator import services  # noqa: E402
from annotator.gui.app import create_application, install_translations  # noqa: E402
from annotator.model import QUOTE, SPEAKER, SUGGESTED, Span  # noqa: E402
from annotator.store import Project  # noqa: E402

SIZE = (1440, 900)
# Written for the screenshot (not a published article): what an analyst pastes from a browser.
PASTED_ARTICLE = (
    "Лавров и Ван И обсудили подготовку визита в Пекин\n\n"
    "Министр иностранных дел России Сергей Лавров провёл телефонный разговор с главой МИД КНР Ван И. "
    "«Мы договорились продолжить тесную координацию в ШОС и БРИКС», — заявил российский министр.\n"
    "Стороны также обсудили график контактов на высшем уровне."
)


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
    # Room for the longer theme names (EAEU, CSTO … with their full names).
    window.resizeDocks([window.docks["themes"]], [430], Qt.Orientation.Horizontal)
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
    saved += _document_dialogs(window, out)
    saved.append(_export_dialog(window, out))
    window.close()
    from annotator.gui import team_screenshots

    saved += team_screenshots.render(project, out, scratch, doc_id)
    project.close()
    return saved


def _document_dialogs(window, out: Path) -> list[Path]:  # noqa: ANN001
    QApplication.clipboard().setText(PASTED_ARTICLE)
    paste = window.document_actions.paste_from_clipboard()
    saved = []
    if paste is not None:
        paste.edits["date"].setText("2026-11-20")
        paste.edits["source"].setText("МИД России")
        saved.append(_save(paste, out / "paste-dialog.png"))
        paste.close()
    properties = window.document_actions.edit_properties(window.session.doc_id)
    if properties is not None:
        saved.append(_save(properties, out / "document-properties.png"))
        properties.close()
    return saved


def _export_dialog(window, out: Path) -> Path:  # noqa: ANN001
    dialog = window.export_format("csv")
    dialog.path_field.setText(str(Path("/home/analyst/Documents/screenshots.csv")))
    dialog.status_boxes["suggested"].setChecked(False)
    path = _save(dialog, out / "export-dialog.png")
    dialog.close()
    return path


def _hit(item) -> tuple[int, str]:  # noqa: ANN001
    from annotator.gui.search_panel import DOC_ROLE, WORD_ROLE

    return int(item.data(DOC_ROLE)), str(item.data(WORD_ROLE))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, nargs="?", default=Path("docs/screenshots"))
    parser.add_argument("--language", choices=("en", "ru"), default=None, help="Only this language.")
    args = parser.parse_args(argv)
    languages = [args.language] if args.language else ["en", "ru"]
    for language in languages:
        folder = args.outdir / "ru" if language == "ru" and not args.language else args.outdir
        for path in render(folder, language):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
