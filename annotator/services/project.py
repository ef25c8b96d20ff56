"""Where projects live, who is annotating, and opening or searching a project."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from pathlib import Path

from annotator.resources import default_taxonomy
from annotator.store import Project

APP_NAME = "annotator"
PROJECT_SUFFIX = ".annotator"
ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


def default_project_path() -> Path:
    """The project used when none is named: in the user data directory."""
    import appdirs

    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False)) / f"default{PROJECT_SUFFIX}"


def project_path(explicit: str | os.PathLike[str] | None) -> Path:
    if explicit:
        return Path(explicit)
    env = os.environ.get("ANNOTATOR_PROJECT")
    return Path(env) if env else default_project_path()


def default_annotator() -> str:
    name = os.environ.get("ANNOTATOR_NAME")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors without a login name
        return "analyst"


def default_language() -> str:
    """``ru`` or ``en`` from the locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), as the GUI
    chooses its own; names written into exports (CSV theme names) use it."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return "ru" if value.lower().startswith("ru") else "en"
    return "en"


def open_project(path: Path | str, *, create: bool = True) -> Project:
    """Open a project; a new one gets the default theme taxonomy."""
    project = Project.open(path, create=create)
    if not project.themes():
        project.save_themes(default_taxonomy())
    return project


def search_documents(project: Project, query: str, *, limit: int = 200) -> list[tuple[int, str]]:
    """Documents containing every query word in any of its inflected forms."""
    from annotator.morphology import word_forms

    words = [w for w in query.split() if w.strip()]
    return project.search([word_forms(word) for word in words], limit=limit)
