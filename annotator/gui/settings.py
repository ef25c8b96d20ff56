"""User preferences kept in QSettings: annotator name, language, shortcuts, recent projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QSettings, Signal

from annotator import services

MAX_RECENT = 8
LANGUAGES = ("system", "en", "ru")


class Preferences(QObject):
    """Typed access to the application's QSettings; emits ``changed`` on a write."""

    changed = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()

    # -- identity and behaviour ---------------------------------------------

    @property
    def annotator(self) -> str:
        value = str(self._settings.value("annotator", "") or "")
        return value or services.default_annotator()

    def set_annotator(self, name: str) -> None:
        self._settings.setValue("annotator", name.strip())
        self.changed.emit()

    @property
    def language(self) -> str:
        value = str(self._settings.value("language", "system") or "system")
        return value if value in LANGUAGES else "system"

    def set_language(self, language: str) -> None:
        self._settings.setValue("language", language if language in LANGUAGES else "system")
        self.changed.emit()

    def effective_language(self) -> str:
        """``ru`` or ``en``: the chosen language, or the system locale's."""
        if self.language != "system":
            return self.language
        return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"

    @property
    def snap_to_words(self) -> bool:
        return _as_bool(self._settings.value("snap_to_words", True))

    def set_snap_to_words(self, snap: bool) -> None:
        self._settings.setValue("snap_to_words", bool(snap))
        self.changed.emit()

    @property
    def analyse_on_import(self) -> bool:
        return _as_bool(self._settings.value("analyse_on_import", True))

    def set_analyse_on_import(self, analyse: bool) -> None:
        self._settings.setValue("analyse_on_import", bool(analyse))
        self.changed.emit()

    @property
    def show_rejected(self) -> bool:
        return _as_bool(self._settings.value("show_rejected", False))

    def set_show_rejected(self, show: bool) -> None:
        self._settings.setValue("show_rejected", bool(show))
        self.changed.emit()

    # -- shortcuts ------------------------------------------------------------

    def shortcut(self, action_id: str, default: str) -> str:
        value = self._settings.value(f"shortcuts/{action_id}", None)
        return default if value is None else str(value)

    def set_shortcuts(self, shortcuts: dict[str, str]) -> None:
        for action_id, sequence in shortcuts.items():
            self._settings.setValue(f"shortcuts/{action_id}", sequence)
        self.changed.emit()

    def reset_shortcuts(self) -> None:
        self._settings.remove("shortcuts")
        self.changed.emit()

    # -- recent projects --------------------------------------------------------

    def recent_projects(self) -> list[Path]:
        value = self._settings.value("recent_projects", []) or []
        items = [value] if isinstance(value, str) else list(value)
        return [Path(item) for item in items if item]

    def add_recent_project(self, path: Path) -> None:
        resolved = str(Path(path).resolve())
        items = [str(p) for p in self.recent_projects() if str(p) != resolved]
        self._settings.setValue("recent_projects", [resolved, *items][:MAX_RECENT])

    def clear_recent_projects(self) -> None:
        self._settings.setValue("recent_projects", [])

    def last_document(self, project: Path) -> int | None:
        """The document the analyst was on when this project was last open."""
        values = self._settings.value("last_document", {}) or {}
        value = values.get(str(Path(project).resolve())) if isinstance(values, dict) else None
        try:
            return int(value) if value is not None else None  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None

    def set_last_document(self, project: Path, doc_id: int) -> None:
        values = self._settings.value("last_document", {}) or {}
        values = dict(values) if isinstance(values, dict) else {}
        values[str(Path(project).resolve())] = int(doc_id)
        if len(values) > 4 * MAX_RECENT:  # forget the oldest entries
            values = dict(list(values.items())[-4 * MAX_RECENT:])
        self._settings.setValue("last_document", values)

    # -- window state -------------------------------------------------------------

    def value(self, key: str, default: object = None) -> object:
        return self._settings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)
