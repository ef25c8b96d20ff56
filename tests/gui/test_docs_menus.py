"""Every *Menu › Item* the README and the workbench guide name is where they say it is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MENU_PATH = re.compile(r"\*([^*\n]+? › [^*\n]+?)\*")


def _plain(text: str) -> str:
    return text.replace("&", "").replace("…", "").split("\t")[0].strip()


def _menu_paths(window) -> set[str]:
    paths: set[str] = set()

    def walk(menu, prefix: str) -> None:
        menu.aboutToShow.emit()  # format menus fill their names when first shown
        for action in menu.actions():
            if action.isSeparator():
                continue
            path = f"{prefix} › {_plain(action.text())}"
            paths.add(path)
            if action.menu() is not None:
                walk(action.menu(), path)

    for action in window.menuBar().actions():
        walk(action.menu(), _plain(action.text()))
    return paths


def documented_paths() -> list[tuple[str, str]]:
    found = []
    for doc in ("README.md", "docs/WORKBENCH.md"):
        for match in MENU_PATH.finditer((ROOT / doc).read_text(encoding="utf-8")):
            found.append((doc, _plain(match.group(1))))
    return found


def test_the_documents_name_menu_paths() -> None:
    assert len(documented_paths()) >= 5


@pytest.mark.parametrize(("doc", "path"), documented_paths())
def test_each_documented_menu_path_exists(window, doc: str, path: str) -> None:
    assert path in _menu_paths(window), f"{doc} names *{path}*, which the menus do not have"
