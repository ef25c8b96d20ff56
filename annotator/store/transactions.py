"""Write transactions that wait for the lock, for every writer of a project.

SQLite does not wait on a lock *upgrade*: a deferred transaction that read
before it writes fails at once with "database is locked" when another
process writes, whatever the busy timeout.  Every write transaction here
therefore begins ``IMMEDIATE`` — it takes the write lock first, waiting up to
the busy timeout for it — and a lock still held after that is reported as
:class:`ProjectBusyError` naming the project, never as a bare
``OperationalError``.  The CLI, the workbench and background imports all
write through :meth:`WriterDatabase.atomic`, so they share this one path.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Generator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from annotator.model import ProjectBusyError

# How long a writer waits for another process to finish its transaction.  An
# import commits at least every half second, so 10 s is a stalled writer.
DEFAULT_BUSY_TIMEOUT = 10.0
BUSY_TIMEOUT_ENV = "ANNOTATOR_BUSY_TIMEOUT"


def busy_timeout_seconds() -> float:
    """The busy timeout: ``ANNOTATOR_BUSY_TIMEOUT`` (seconds) or the default."""
    raw = os.environ.get(BUSY_TIMEOUT_ENV, "")
    try:
        value = float(raw) if raw else DEFAULT_BUSY_TIMEOUT
    except ValueError:
        value = DEFAULT_BUSY_TIMEOUT
    return max(0.0, value)


def is_lock_error(exc: BaseException) -> bool:
    message = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and (
        "database is locked" in message or "database is busy" in message or "locked" in message
    )


def busy_error(path: Path | str, timeout: float) -> ProjectBusyError:
    return ProjectBusyError(
        f"{path}: the project is busy: another annotator (an import or the workbench) has been "
        f"writing to it for more than {timeout:g} s; nothing was changed. "
        "Try again when it has finished."
    )


def mark_unindexed(db: Database, doc_id: int) -> None:
    """Queue a new document for the search index of the running transaction.

    A plain sqlite-utils Database (a tool or test writing an older schema,
    whose insert trigger still indexes each row) has no queue.
    """
    pending = getattr(db, "unindexed", None)
    if pending is not None:
        pending.add(doc_id)


def index_pending(db: Database) -> None:
    if isinstance(db, WriterDatabase):
        db.index_pending()


class WriterDatabase(Database):
    """sqlite-utils' Database whose outermost ``atomic()`` begins IMMEDIATE."""

    def __init__(self, conn: sqlite3.Connection, *, path: Path | str, busy_timeout: float) -> None:
        super().__init__(conn, execute_plugins=False)
        self.project_path = str(path)
        self.busy_timeout = busy_timeout
        # Documents inserted in this transaction and not yet in the search
        # index (m006_search_index_batched): indexed by one statement before
        # the commit instead of one trigger run per row.
        self.unindexed: set[int] = set()

    def index_pending(self) -> None:
        """Add the documents inserted so far in this transaction to the search index.

        Ids of documents rolled back with a savepoint select nothing.
        """
        pending = sorted(self.unindexed)
        self.unindexed.clear()
        for offset in range(0, len(pending), 500):
            chunk = pending[offset : offset + 500]
            self.conn.execute(
                "INSERT INTO documents_fts (rowid, title, text) SELECT id, title, text FROM documents"
                f" WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            )

    @contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:
            # Nested: a savepoint inside the transaction that holds the lock.
            with super().atomic():
                yield self
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if is_lock_error(exc):
                raise busy_error(self.project_path, self.busy_timeout) from None
            raise
        self.unindexed.clear()
        try:
            yield self
            self.index_pending()
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self.rollback()
            if is_lock_error(exc):
                raise busy_error(self.project_path, self.busy_timeout) from None
            raise
        except BaseException:
            self.rollback()
            raise

    def rollback(self) -> None:
        self.unindexed.clear()
        super().rollback()
