"""Speaker entities, shared across the project."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from annotator.model import ENTITY_TYPES, AnnotatorError, Entity, now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database


def entity_from_row(row: Any) -> Entity:
    return Entity(
        id=row[0],
        name=row[1],
        type=row[2],
        aliases=json.loads(row[3]),
        roles=json.loads(row[4]),
    )


class EntitiesMixin:
    db: Database

    def entities(self) -> list[Entity]:
        sql = "SELECT id, name, type, aliases, roles FROM entities ORDER BY name, id"
        return [entity_from_row(row) for row in self.db.execute(sql)]

    def entity(self, entity_id: int) -> Entity:
        row = self.db.execute(
            "SELECT id, name, type, aliases, roles FROM entities WHERE id = ?", [entity_id]
        ).fetchone()
        if row is None:
            raise AnnotatorError(f"no speaker {entity_id} in this project")
        return entity_from_row(row)

    def entity_mention_counts(self) -> dict[int, int]:
        sql = "SELECT entity_id, count(*) FROM spans WHERE entity_id IS NOT NULL GROUP BY entity_id"
        return {row[0]: row[1] for row in self.db.execute(sql)}

    def find_entity(self, name: str, type_: str) -> int | None:
        row = self.db.execute(
            "SELECT id FROM entities WHERE name = ? AND type = ?", [name, type_]
        ).fetchone()
        return row[0] if row else None

    def add_entity(self, entity: Entity) -> Entity:
        with self.db.atomic():
            entity.id = self._resolve_entity(entity)
        return entity

    def _resolve_entity(self, entity: Entity) -> int:
        """Id of the project entity with this name and type, created if new.

        Aliases and roles from ``entity`` are merged into an existing one.
        """
        name = entity.name.strip()
        if not name:
            raise AnnotatorError("a speaker needs a name")
        if entity.type not in ENTITY_TYPES:
            raise AnnotatorError(f"unknown speaker type {entity.type!r}")
        existing = self.find_entity(name, entity.type)
        if existing is None:
            cursor = self.db.execute(
                "INSERT INTO entities (name, type, aliases, roles, created) VALUES (?, ?, ?, ?, ?)",
                [
                    name,
                    entity.type,
                    json.dumps(sorted(set(entity.aliases)), ensure_ascii=False),
                    json.dumps(sorted(set(entity.roles)), ensure_ascii=False),
                    now_iso(),
                ],
            )
            return int(cursor.lastrowid or 0)
        if entity.aliases or entity.roles:
            stored = self.entity(existing)
            self._write_entity(
                Entity(
                    id=existing,
                    name=stored.name,
                    type=stored.type,
                    aliases=sorted(set(stored.aliases) | set(entity.aliases)),
                    roles=sorted(set(stored.roles) | set(entity.roles)),
                )
            )
        return existing

    def update_entity(self, entity: Entity) -> None:
        """Rename or retype a speaker, or change its aliases and roles."""
        with self.db.atomic():
            other = self.find_entity(entity.name.strip(), entity.type)
            if other is not None and other != entity.id:
                raise AnnotatorError(
                    f"another speaker is already called {entity.name!r}; merge them instead"
                )
            self._write_entity(entity)

    def _write_entity(self, entity: Entity) -> None:
        self.db.execute(
            "UPDATE entities SET name = ?, type = ?, aliases = ?, roles = ? WHERE id = ?",
            [
                entity.name.strip(),
                entity.type,
                json.dumps(entity.aliases, ensure_ascii=False),
                json.dumps(entity.roles, ensure_ascii=False),
                entity.id,
            ],
        )

    def merge_entities(self, keep_id: int, drop_id: int) -> Entity:
        """Point every mention of ``drop_id`` at ``keep_id`` and delete it.

        The dropped entity's name becomes an alias of the kept one.
        """
        if keep_id == drop_id:
            raise AnnotatorError("cannot merge a speaker with itself")
        with self.db.atomic():
            keep, drop = self.entity(keep_id), self.entity(drop_id)
            keep.aliases = sorted(set(keep.aliases) | set(drop.aliases) | {drop.name} - {keep.name})
            keep.roles = sorted(set(keep.roles) | set(drop.roles))
            self.db.execute("UPDATE spans SET entity_id = ? WHERE entity_id = ?", [keep_id, drop_id])
            self.db.execute("DELETE FROM entities WHERE id = ?", [drop_id])
            self._write_entity(keep)
        return keep

    def delete_unused_entities(self) -> int:
        with self.db.atomic():
            cursor = self.db.execute(
                "DELETE FROM entities WHERE id NOT IN"
                " (SELECT entity_id FROM spans WHERE entity_id IS NOT NULL)"
            )
        return cursor.rowcount
