"""The theme taxonomy stored in the project."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from annotator.model import AnnotatorError, Theme

if TYPE_CHECKING:
    from sqlite_utils import Database

THEME_COLUMNS = "id, parent, name_ru, name_en, color, shortcut, guideline, guideline_en, keywords, position"


def theme_from_row(row: Any) -> Theme:
    return Theme(
        id=row[0],
        parent=row[1],
        name_ru=row[2],
        name_en=row[3],
        color=row[4],
        shortcut=row[5],
        guideline=row[6],
        guideline_en=row[7],
        keywords=json.loads(row[8]),
        position=row[9],
    )


class ThemesMixin:
    db: Database

    def themes(self) -> list[Theme]:
        sql = f"SELECT {THEME_COLUMNS} FROM themes ORDER BY position, id"
        return [theme_from_row(row) for row in self.db.execute(sql)]

    def theme(self, theme_id: str) -> Theme:
        row = self.db.execute(f"SELECT {THEME_COLUMNS} FROM themes WHERE id = ?", [theme_id]).fetchone()
        if row is None:
            raise AnnotatorError(f"no theme {theme_id!r} in this project")
        return theme_from_row(row)

    def save_themes(self, themes: list[Theme]) -> None:
        """Insert or update themes (parents first), in one transaction."""
        with self.db.atomic():
            known = {row[0] for row in self.db.execute("SELECT id FROM themes")}
            known.update(theme.id for theme in themes)
            for theme in themes:
                if theme.parent is not None and theme.parent not in known:
                    raise AnnotatorError(
                        f"theme {theme.id!r} is placed under {theme.parent!r}, which does not exist"
                    )
            for theme in _parents_first(themes):
                self._write_theme(theme)

    def save_theme(self, theme: Theme) -> None:
        self.save_themes([theme])

    def _write_theme(self, theme: Theme) -> None:
        if not theme.id.strip() or not theme.name_ru.strip():
            raise AnnotatorError("a theme needs an id and a Russian name")
        if theme.parent == theme.id or theme.parent in self._descendants(theme.id):
            raise AnnotatorError(f"theme {theme.id!r} cannot be placed under itself")
        record = asdict(theme)
        record["keywords"] = json.dumps(theme.keywords, ensure_ascii=False)
        columns = [c.strip() for c in THEME_COLUMNS.split(",")]
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        self.db.execute(
            f"INSERT INTO themes ({THEME_COLUMNS}) VALUES ({', '.join('?' * len(columns))})"
            f" ON CONFLICT (id) DO UPDATE SET {updates}",
            [record[c] for c in columns],
        )

    def _ensure_theme_exists(self, theme_id: str) -> None:
        """Create a placeholder for a theme id met in an imported file."""
        row = self.db.execute("SELECT 1 FROM themes WHERE id = ?", [theme_id]).fetchone()
        if row is None:
            self._write_theme(Theme(id=theme_id, name_ru=theme_id, name_en=theme_id, position=10_000))

    def _descendants(self, theme_id: str) -> set[str]:
        found: set[str] = set()
        frontier = [theme_id]
        while frontier:
            rows = self.db.execute(
                f"SELECT id FROM themes WHERE parent IN ({','.join('?' * len(frontier))})", frontier
            ).fetchall()
            frontier = [row[0] for row in rows if row[0] not in found]
            found.update(frontier)
        return found

    def theme_usage(self, theme_id: str) -> int:
        """How many tags use the theme or any theme below it."""
        ids = [theme_id, *self._descendants(theme_id)]
        marks = ",".join("?" * len(ids))
        row = self.db.execute(f"SELECT count(*) FROM theme_tags WHERE theme_id IN ({marks})", ids)
        return int(row.fetchone()[0])

    def delete_theme(self, theme_id: str) -> None:
        """Delete a theme and its tags; its children move up to its parent."""
        with self.db.atomic():
            theme = self.theme(theme_id)
            self.db.execute("UPDATE themes SET parent = ? WHERE parent = ?", [theme.parent, theme_id])
            self.db.execute("DELETE FROM themes WHERE id = ?", [theme_id])


def _parents_first(themes: list[Theme]) -> list[Theme]:
    by_id = {theme.id: theme for theme in themes}
    ordered: list[Theme] = []
    seen: set[str] = set()

    def visit(theme: Theme, depth: int = 0) -> None:
        if theme.id in seen or depth > len(themes):
            return
        if theme.parent in by_id:
            visit(by_id[theme.parent], depth + 1)
        seen.add(theme.id)
        ordered.append(theme)

    for theme in themes:
        visit(theme)
    return ordered
