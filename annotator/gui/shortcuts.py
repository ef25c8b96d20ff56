"""Every command the analyst can give, with its default shortcut.

One table serves the menus, the Help dialog and the Preferences dialog.
Actions whose scope is ``text`` are only live while the text view has the
focus, so single-letter keys never fire while typing in a search field.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from annotator.gui.settings import Preferences

CONTEXT = "Shortcuts"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate marker
    return text


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    shortcut: str
    group: str
    scope: str = "window"  # "window", "text" (the text view) or "documents" (the document list)
    extra: tuple[str, ...] = ()  # further fixed shortcuts (e.g. Enter beside A)


G_FILE = QT_TRANSLATE_NOOP("Shortcuts", "File")
G_NAV = QT_TRANSLATE_NOOP("Shortcuts", "Navigate")
G_ANNOTATE = QT_TRANSLATE_NOOP("Shortcuts", "Annotate")
G_EDIT = QT_TRANSLATE_NOOP("Shortcuts", "Edit")
G_VIEW = QT_TRANSLATE_NOOP("Shortcuts", "View")

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_project", QT_TRANSLATE_NOOP("Shortcuts", "New project…"), "Ctrl+N", G_FILE),
    ActionSpec("open_project", QT_TRANSLATE_NOOP("Shortcuts", "Open project…"), "Ctrl+O", G_FILE),
    ActionSpec("import_files", QT_TRANSLATE_NOOP("Shortcuts", "Import files…"), "Ctrl+I", G_FILE),
    ActionSpec("import_folder", QT_TRANSLATE_NOOP("Shortcuts", "Import folder…"), "Ctrl+Shift+I", G_FILE),
    ActionSpec("paste_document", QT_TRANSLATE_NOOP("Shortcuts", "New document from clipboard…"), "Ctrl+V", G_FILE,
               "documents"),
    ActionSpec("document_properties", QT_TRANSLATE_NOOP("Shortcuts", "Document properties…"), "Ctrl+E", G_FILE),
    ActionSpec("delete_document", QT_TRANSLATE_NOOP("Shortcuts", "Delete document"), "Del", G_FILE, "documents"),
    ActionSpec("preferences", QT_TRANSLATE_NOOP("Shortcuts", "Preferences…"), "Ctrl+,", G_FILE),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Shortcuts", "Quit"), "Ctrl+Q", G_FILE),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Shortcuts", "Undo"), "Ctrl+Z", G_EDIT),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Shortcuts", "Redo"), "Ctrl+Shift+Z", G_EDIT, extra=("Ctrl+Y",)),
    ActionSpec("find", QT_TRANSLATE_NOOP("Shortcuts", "Find in document"), "Ctrl+F", G_EDIT),
    ActionSpec("find_next", QT_TRANSLATE_NOOP("Shortcuts", "Find next"), "F3", G_EDIT),
    ActionSpec("find_previous", QT_TRANSLATE_NOOP("Shortcuts", "Find previous"), "Shift+F3", G_EDIT),
    ActionSpec("search_corpus", QT_TRANSLATE_NOOP("Shortcuts", "Search the corpus"), "Ctrl+Shift+F", G_EDIT),
    ActionSpec("taxonomy", QT_TRANSLATE_NOOP("Shortcuts", "Edit theme taxonomy…"), "Ctrl+Shift+T", G_EDIT),
    ActionSpec("next_document", QT_TRANSLATE_NOOP("Shortcuts", "Next document"), "Ctrl+PgDown", G_NAV),
    ActionSpec("previous_document", QT_TRANSLATE_NOOP("Shortcuts", "Previous document"), "Ctrl+PgUp", G_NAV),
    ActionSpec("next_span", QT_TRANSLATE_NOOP("Shortcuts", "Next annotation"), "Tab", G_NAV, "text"),
    ActionSpec("previous_span", QT_TRANSLATE_NOOP("Shortcuts", "Previous annotation"), "Shift+Tab", G_NAV, "text"),
    ActionSpec("next_suggestion", QT_TRANSLATE_NOOP("Shortcuts", "Next suggestion"), "N", G_NAV, "text"),
    ActionSpec("previous_suggestion", QT_TRANSLATE_NOOP("Shortcuts", "Previous suggestion"), "Shift+N", G_NAV, "text"),
    ActionSpec("review_cycle", QT_TRANSLATE_NOOP("Shortcuts", "Review the next kind of suggestion"), "F", G_NAV, "text"),
    ActionSpec("review_all", QT_TRANSLATE_NOOP("Shortcuts", "Review all suggestions"), "", G_NAV),
    ActionSpec("review_quotes", QT_TRANSLATE_NOOP("Shortcuts", "Review only quotes"), "", G_NAV),
    ActionSpec("review_speakers", QT_TRANSLATE_NOOP("Shortcuts", "Review only speakers"), "", G_NAV),
    ActionSpec("review_themes", QT_TRANSLATE_NOOP("Shortcuts", "Review only themes"), "", G_NAV),
    ActionSpec("focus_documents", QT_TRANSLATE_NOOP("Shortcuts", "Go to the document list"), "Ctrl+1", G_NAV),
    ActionSpec("focus_text", QT_TRANSLATE_NOOP("Shortcuts", "Go to the text"), "Ctrl+2", G_NAV),
    ActionSpec("create_quote", QT_TRANSLATE_NOOP("Shortcuts", "Mark selection as quote"), "Q", G_ANNOTATE, "text"),
    ActionSpec("create_speaker", QT_TRANSLATE_NOOP("Shortcuts", "Mark selection as speaker"), "S", G_ANNOTATE, "text"),
    ActionSpec("create_cue", QT_TRANSLATE_NOOP("Shortcuts", "Mark selection as speech cue"), "C", G_ANNOTATE, "text"),
    ActionSpec("create_label", QT_TRANSLATE_NOOP("Shortcuts", "Mark selection with a label…"), "L", G_ANNOTATE, "text"),
    ActionSpec("accept", QT_TRANSLATE_NOOP("Shortcuts", "Accept suggestion"), "A", G_ANNOTATE, "text", ("Return",)),
    ActionSpec("reject", QT_TRANSLATE_NOOP("Shortcuts", "Reject suggestion"), "R", G_ANNOTATE, "text", ("X",)),
    ActionSpec("accept_all", QT_TRANSLATE_NOOP("Shortcuts", "Accept all suggestions in the document"), "Ctrl+Shift+A", G_ANNOTATE),
    ActionSpec("delete_span", QT_TRANSLATE_NOOP("Shortcuts", "Delete annotation"), "Del", G_ANNOTATE, "text", ("Backspace",)),
    # Boundary keys: Alt+arrows reach the app under the common window managers
    # (see WINDOW_MANAGER_KEYS); the old chords stay as alternates.
    ActionSpec("extend_end", QT_TRANSLATE_NOOP("Shortcuts", "Extend the end by a word"), "Alt+Right", G_ANNOTATE, "text",
               ("Shift+Alt+Right",)),
    ActionSpec("shrink_end", QT_TRANSLATE_NOOP("Shortcuts", "Shrink the end by a word"), "Alt+Left", G_ANNOTATE, "text",
               ("Shift+Alt+Left",)),
    ActionSpec("extend_start", QT_TRANSLATE_NOOP("Shortcuts", "Extend the start by a word"), "Alt+Up", G_ANNOTATE, "text",
               ("Ctrl+Shift+Alt+Left",)),
    ActionSpec("shrink_start", QT_TRANSLATE_NOOP("Shortcuts", "Shrink the start by a word"), "Alt+Down", G_ANNOTATE, "text",
               ("Ctrl+Shift+Alt+Right",)),
    ActionSpec("link_speaker", QT_TRANSLATE_NOOP("Shortcuts", "Link quote to a speaker…"), "K", G_ANNOTATE, "text"),
    ActionSpec("link_mode", QT_TRANSLATE_NOOP("Shortcuts", "Link quote by clicking its speaker"), "Shift+K", G_ANNOTATE, "text"),
    ActionSpec("kind_direct", QT_TRANSLATE_NOOP("Shortcuts", "Quote kind: direct"), "D", G_ANNOTATE, "text"),
    ActionSpec("kind_indirect", QT_TRANSLATE_NOOP("Shortcuts", "Quote kind: indirect"), "I", G_ANNOTATE, "text"),
    ActionSpec("comment", QT_TRANSLATE_NOOP("Shortcuts", "Comment on the annotation…"), "M", G_ANNOTATE, "text"),
    ActionSpec("document_memo", QT_TRANSLATE_NOOP("Shortcuts", "Memo on the document…"), "Ctrl+M", G_ANNOTATE),
    ActionSpec("reanalyse_document", QT_TRANSLATE_NOOP("Shortcuts", "Re-analyse this document"), "F5", G_ANNOTATE),
    ActionSpec("reanalyse_project", QT_TRANSLATE_NOOP("Shortcuts", "Re-analyse the whole project…"), "Ctrl+F5",
               G_ANNOTATE),
    ActionSpec("mark_done", QT_TRANSLATE_NOOP("Shortcuts", "Mark document done / not done"), "Ctrl+D", G_ANNOTATE),
    ActionSpec("toggle_rejected", QT_TRANSLATE_NOOP("Shortcuts", "Show rejected suggestions"), "Ctrl+Shift+R", G_VIEW),
    ActionSpec("help", QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts"), "F1", G_VIEW),
)

SPECS = {spec.id: spec for spec in ACTIONS}

# Chords the default configurations of common Linux window managers take for
# themselves (switching or moving between workspaces, tiling), so the app never
# sees them: Openbox, GNOME (Mutter), Xfce (xfwm4), Cinnamon (Muffin), KDE (KWin).
WINDOW_MANAGER_KEYS = frozenset({
    "Ctrl+Alt+Left", "Ctrl+Alt+Right", "Ctrl+Alt+Up", "Ctrl+Alt+Down",
    "Shift+Alt+Left", "Shift+Alt+Right", "Shift+Alt+Up", "Shift+Alt+Down",
    "Ctrl+Shift+Alt+Left", "Ctrl+Shift+Alt+Right", "Ctrl+Shift+Alt+Up", "Ctrl+Shift+Alt+Down",
    "Meta+Left", "Meta+Right", "Meta+Up", "Meta+Down",
    "Alt+Tab", "Alt+F4", "Alt+F7", "Alt+F8", "Alt+Space",
})


def taken_by_window_manager(key: str) -> bool:
    """Whether a chord is one a common window manager keeps from applications."""
    portable = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
    return portable in {QKeySequence(k).toString(QKeySequence.SequenceFormat.PortableText)
                        for k in WINDOW_MANAGER_KEYS}


def scopes_overlap(first: ActionSpec, second: ActionSpec) -> bool:
    """Whether both shortcuts can be live at once (then they must differ)."""
    return first.scope == second.scope or "window" in (first.scope, second.scope)


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def sequences_for(spec: ActionSpec, prefs: Preferences) -> list[QKeySequence]:
    main = prefs.shortcut(spec.id, spec.shortcut)
    keys = [main] if main else []
    # Fixed alternates only apply while the default key is in use.
    if main == spec.shortcut:
        keys += list(spec.extra)
    return [QKeySequence(key) for key in keys]


def create_actions(parent: QObject, prefs: Preferences) -> dict[str, QAction]:
    actions = {}
    for spec in ACTIONS:
        action = QAction(translated(spec.text), parent)
        action.setObjectName(f"action_{spec.id}")
        if spec.scope != "window":
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        actions[spec.id] = action
    apply_shortcuts(actions, prefs)
    return actions


def apply_shortcuts(actions: dict[str, QAction], prefs: Preferences) -> None:
    for spec in ACTIONS:
        action = actions.get(spec.id)
        if action is not None:
            action.setShortcuts(sequences_for(spec, prefs))


def display_shortcut(spec: ActionSpec, prefs: Preferences) -> str:
    keys = sequences_for(spec, prefs)
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
