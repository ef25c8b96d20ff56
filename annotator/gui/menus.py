"""The menu bar, built from the action table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from annotator.formats import FORMAT_MODULES
from annotator.gui import format_info


def build_menus(window: QMainWindow, actions: dict[str, QAction]) -> dict[str, QMenu]:
    bar = window.menuBar()
    menus: dict[str, QMenu] = {}
    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
    file_menu.addActions([actions["new_project"], actions["open_project"]])
    menus["recent"] = file_menu.addMenu(QCoreApplication.translate("Menus", "Open &recent"))
    file_menu.addSeparator()
    file_menu.addActions([actions["import_files"], actions["import_folder"], actions["paste_document"]])
    menus["import_annotated"] = file_menu.addMenu(QCoreApplication.translate("Menus", "Import &annotated file"))
    menus["export"] = file_menu.addMenu(QCoreApplication.translate("Menus", "&Export"))
    file_menu.addSeparator()
    file_menu.addActions([actions["document_properties"], actions["delete_document"]])
    file_menu.addSeparator()
    file_menu.addAction(actions["preferences"])
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])

    edit_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Edit"))
    edit_menu.addActions([actions["undo"], actions["redo"]])
    edit_menu.addSeparator()
    edit_menu.addActions([actions["find"], actions["find_next"], actions["find_previous"],
                          actions["search_corpus"]])
    edit_menu.addSeparator()
    edit_menu.addAction(actions["taxonomy"])

    annotate = bar.addMenu(QCoreApplication.translate("Menus", "&Annotate"))
    for group in (("create_quote", "create_speaker", "create_cue", "create_label"),
                  ("accept", "reject", "accept_all", "delete_span"),
                  ("extend_end", "shrink_end", "extend_start", "shrink_start"),
                  ("link_speaker", "link_mode", "kind_direct", "kind_indirect"),
                  ("comment", "document_memo"),
                  ("reanalyse_document", "reanalyse_project"),
                  ("mark_done",)):
        annotate.addActions([actions[name] for name in group])
        annotate.addSeparator()

    go_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Go"))
    go_menu.addActions([actions[name] for name in (
        "next_document", "previous_document", "next_span", "previous_span", "next_suggestion",
        "previous_suggestion", "focus_documents", "focus_text")])
    review_menu = go_menu.addMenu(QCoreApplication.translate("Menus", "&Review suggestions"))
    review_menu.addActions([actions[name] for name in (
        "review_all", "review_quotes", "review_speakers", "review_themes")])
    review_menu.addSeparator()
    review_menu.addAction(actions["review_cycle"])
    menus["review"] = review_menu

    menus["view"] = bar.addMenu(QCoreApplication.translate("Menus", "&View"))
    actions["toggle_rejected"].setCheckable(True)
    menus["view"].addAction(actions["toggle_rejected"])
    menus["view"].addSeparator()

    help_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    help_menu.addAction(actions["help"])
    menus["help"] = help_menu
    return menus


def fill_format_menus(menus: dict[str, QMenu], *, on_export: Callable[[str], None],
                      on_import: Callable[[str], None]) -> None:
    """One entry per registered format.

    Format modules are imported only when a menu first opens (start-up stays
    fast); a format that is not installed is then greyed out.
    """
    for name in FORMAT_MODULES:
        export_action = menus["export"].addAction(name)
        export_action.setObjectName(f"export_{name}")
        export_action.setData(name)
        export_action.triggered.connect(lambda _=False, fmt=name: on_export(fmt))
        import_action = menus["import_annotated"].addAction(name)
        import_action.setObjectName(f"import_{name}")
        import_action.setData(name)
        import_action.triggered.connect(lambda _=False, fmt=name: on_import(fmt))
    for key, capability in (("export", "export"), ("import_annotated", "read")):
        menu = menus[key]
        menu.aboutToShow.connect(lambda menu=menu, capability=capability: _describe_formats(menu, capability))


def _describe_formats(menu: QMenu, capability: str) -> None:
    from annotator.formats import format_module

    for action in menu.actions():
        name = str(action.data())
        try:
            module = format_module(name)
        except ImportError:
            module = None
        description = format_info.description(name, module) if module else QCoreApplication.translate(
            "Menus", "not available in this installation")
        action.setText(f"{name} — {description}" if description else name)
        action.setEnabled(module is not None and hasattr(module, capability))


def fill_recent_menu(menu: QMenu, paths: list[Path], on_open: Callable[[Path], None],
                     on_clear: Callable[[], None]) -> None:
    menu.clear()
    for path in paths:
        action = menu.addAction(str(path))
        action.triggered.connect(lambda _=False, target=path: on_open(target))
    if paths:
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("Menus", "Clear the list"), on_clear)
    menu.setEnabled(bool(paths))
