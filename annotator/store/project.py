"""Opening a project file: pragmas, version checks, backup and migration.

A project is one SQLite file.  Every write goes through ``Project.atomic()``
(one transaction per edit), which begins IMMEDIATE and waits for another
writer (see :mod:`annotator.store.transactions`); the file runs in WAL mode
with foreign keys on, so a killed process loses at most the edit in flight.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


from annotator.model import AnnotatorError, now_iso
from annotator.store.annotations import AnnotationsMixin
from annotator.store.bulk import BulkMixin
from annotator.store.documents import DocumentsMixin
from annotator.store.entities import EntitiesMixin
from annotator.store.gold import GoldMixin
from annotator.store.merging import MergingMixin
from annotator.store.schema import MIGRATION_NAMES, SCHEMA_VERSION, migrations
from annotator.store.themes import ThemesMixin
from annotator.store.transactions import WriterDatabase, busy_timeout_seconds, index_pending

SQLITE_MAGIC = b"SQLite format 3\x00"


class NewerProjectError(AnnotatorError):
    """The file was written by a newer annotator than this one."""


class Project(DocumentsMixin, AnnotationsMixin, BulkMixin, EntitiesMixin, ThemesMixin, GoldMixin, MergingMixin):
    """An open project file."""

    def __init__(self, path: Path, db: WriterDatabase) -> None:
        self.path = path
        self.db = db

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, busy_timeout: float | None = None) -> Project:
        """Open (or create) the project at ``path``, migrating an older file.

        An older file is first copied to ``<name>.v<N>.bak`` beside it.  A file
        from a newer annotator, or one that is not a project, is refused with a
        message naming it; nothing in it is changed.  A write waits up to
        ``busy_timeout`` seconds (default: ``busy_timeout_seconds()``) for
        another process's transaction, then raises ``ProjectBusyError``.
        """
        timeout = busy_timeout_seconds() if busy_timeout is None else busy_timeout
        path = Path(path)
        exists = path.exists() and path.stat().st_size > 0
        if not exists and not create:
            raise AnnotatorError(f"{path}: no such project file")
        if exists:
            _check_is_sqlite(path)
        elif not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(str(path), timeout=timeout, check_same_thread=False)
        except sqlite3.Error as exc:
            raise AnnotatorError(f"{path}: cannot open project ({exc})") from exc
        db = WriterDatabase(conn, path=path, busy_timeout=timeout)
        project = cls(path, db)
        try:
            # Refuse a newer or foreign file before any pragma changes it.
            project._check_version(existed=exists)
            project._configure()
            project._migrate(existed=exists)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise AnnotatorError(f"{path}: not a readable annotator project ({exc})") from exc
        except BaseException:
            conn.close()
            raise
        return project

    def _configure(self) -> None:
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA synchronous=NORMAL")

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _check_version(self, *, existed: bool) -> None:
        """Read-only checks: a newer file or a foreign database is refused."""
        found = self.schema_version
        applied = {m.name for m in migrations.applied(self.db)}
        unknown = applied - set(MIGRATION_NAMES)
        if found > SCHEMA_VERSION or unknown:
            raise NewerProjectError(
                f"{self.path}: this project was written by a newer version of annotator "
                f"(schema {found}, this version understands {SCHEMA_VERSION}); "
                "update annotator to open it. The file was not changed."
            )
        if existed and found == 0 and not applied and self._has_foreign_tables():
            raise AnnotatorError(f"{self.path}: this SQLite file is not an annotator project")

    def _migrate(self, *, existed: bool) -> None:
        found = self.schema_version
        applied = migrations.applied(self.db)
        if not migrations.pending(self.db):
            return
        if existed and applied:
            self.backup(self.path.with_name(f"{self.path.name}.v{found}.bak"))
        migrations.apply(self.db)
        with self.atomic():
            self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            if not existed or not applied:
                self.set_setting("created", now_iso())

    def _has_foreign_tables(self) -> bool:
        names = set(self.db.table_names())
        return bool(names - {"_sqlite_migrations"})

    def backup(self, target: Path) -> Path:
        """Consistent copy of the whole file (SQLite online backup)."""
        destination = sqlite3.connect(str(target))
        try:
            self.db.conn.backup(destination)
        finally:
            destination.close()
        return target

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions and settings ------------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[None]:
        with self.db.atomic():
            yield

    def index_pending(self) -> None:
        """Index the documents inserted so far in this transaction (done anyway before commit)."""
        index_pending(self.db)

    def integrity_check(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])

    def setting(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.atomic():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def ensure_annotator(self, name: str) -> None:
        if not name:
            return
        with self.atomic():
            self.db.execute(
                "INSERT OR IGNORE INTO annotators (name, created) VALUES (?, ?)",
                [name, now_iso()],
            )

    def annotators(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT name FROM annotators ORDER BY name")]


def _check_is_sqlite(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise AnnotatorError(f"{path}: cannot read project file ({exc.strerror})") from exc
    if magic != SQLITE_MAGIC:
        raise AnnotatorError(f"{path}: not an annotator project (not an SQLite database)")
