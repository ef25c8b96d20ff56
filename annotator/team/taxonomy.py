"""Comparing the theme taxonomies of projects that are to be merged."""

from __future__ import annotations

from annotator.model import Theme


def _shape(theme: Theme) -> tuple[str | None, str, str]:
    return (theme.parent, theme.name_ru, theme.name_en)


def taxonomy_differences(reference: list[Theme], other: list[Theme]) -> list[str]:
    """What differs between two taxonomies: missing, extra or changed themes (by id)."""
    mine = {theme.id: theme for theme in reference}
    theirs = {theme.id: theme for theme in other}
    lines = [f"theme {theme_id!r} is missing" for theme_id in sorted(set(mine) - set(theirs))]
    lines += [f"theme {theme_id!r} is extra" for theme_id in sorted(set(theirs) - set(mine))]
    for theme_id in sorted(set(mine) & set(theirs)):
        if _shape(mine[theme_id]) != _shape(theirs[theme_id]):
            a, b = mine[theme_id], theirs[theme_id]
            lines.append(
                f"theme {theme_id!r} differs ({a.name_ru!r} under {a.parent!r} vs {b.name_ru!r} under {b.parent!r})"
            )
    return lines
