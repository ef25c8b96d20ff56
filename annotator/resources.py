"""Locating and reading the bundled ``resources/`` folder (no Qt, no SQL).

In a source checkout the folder sits beside the ``annotator`` package; an
installed wheel carries it as the ``annotator._resources`` package (see
``pyproject.toml``), so both layouts are looked up here and nowhere else.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from annotator.model import Theme


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "taxonomy.json").is_file():
        return checkout
    installed = Path(__file__).resolve().parent / "_resources"
    if (installed / "taxonomy.json").is_file():
        return installed
    raise FileNotFoundError(
        f"annotator resources not found in {checkout} or {installed}; "
        "reinstall the package"
    )


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def themes_from_json(data: list[dict]) -> list[Theme]:
    themes = []
    for position, item in enumerate(data):
        themes.append(
            Theme(
                id=str(item["id"]),
                name_ru=str(item["name_ru"]),
                name_en=str(item.get("name_en", item["name_ru"])),
                parent=item.get("parent"),
                color=str(item.get("color", "#888888")),
                shortcut=str(item.get("shortcut", "")),
                guideline=str(item.get("guideline", "")),
                guideline_en=str(item.get("guideline_en", "")),
                keywords=[str(k) for k in item.get("keywords", [])],
                position=int(item.get("position", position)),
            )
        )
    return themes


@lru_cache(maxsize=1)
def _taxonomy_json() -> tuple[dict, ...]:
    with open(resource_path("taxonomy.json"), encoding="utf-8") as handle:
        return tuple(json.load(handle))


def default_taxonomy() -> list[Theme]:
    """The bundled theme taxonomy (fresh objects on every call)."""
    return themes_from_json([dict(item) for item in _taxonomy_json()])


def read_lexicon(name: str) -> list[str]:
    """Lines of ``resources/lexicon/<name>``, without comments and blanks."""
    lines = []
    with open(resource_path("lexicon", name), encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0].strip()
            if line:
                lines.append(line)
    return lines
