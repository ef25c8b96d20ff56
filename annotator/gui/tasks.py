"""The one helper that runs long work (import, export, analysis) off the UI thread.

The work function receives ``progress(done, total, label)`` and
``cancelled()`` callables and never touches a widget; its result or its
error comes back to the UI thread through queued signals.  Work that needs
the project opens its own connection: SQLite connections are not shared
across threads.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from annotator.model import AnnotatorError

WorkFn = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class _Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: WorkFn, cancel_event: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel_event = cancel_event

    def run(self) -> None:
        try:
            result = self._work(self._report, self._cancel_event.is_set)
        except AnnotatorError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug in the work must reach the user, not kill the app
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)

    def _report(self, done: int, total: int, label: str) -> None:
        self.progressed.emit(done, total, label)


class BackgroundTask(QObject):
    """One piece of background work with progress, cancel, success and failure.

    Signals arrive on the thread that created the task.  ``finished`` follows
    either ``succeeded`` or ``failed``.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    _running: set[BackgroundTask] = set()

    def __init__(self, work: WorkFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel_event = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(work, self._cancel_event)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.succeeded.connect(self._on_worker_succeeded)
        self._worker.failed.connect(self._on_worker_failed)

    def start(self) -> None:
        BackgroundTask._running.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel_event.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel_event.is_set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._thread.wait(msecs)

    def _on_worker_succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)
        self.finished.emit()

    def _on_worker_failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)
        self.finished.emit()

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        BackgroundTask._running.discard(self)
