"""Analysis worker processes that never outlive the process that started them.

A killed import (SIGKILL, a crash) must not leave its workers running, each
holding memory and the project's WAL open.  On Linux the kernel kills a
worker when its parent dies (``prctl(PR_SET_PDEATHSIG)``); on every system a
watchdog thread also ends the worker once its parent process is gone.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

PR_SET_PDEATHSIG = 1
WATCHDOG_SECONDS = 0.5


def die_with_parent(parent_pid: int) -> None:
    """Arrange for this process to end when ``parent_pid`` ends."""
    if sys.platform.startswith("linux"):
        _set_parent_death_signal()
    if os.getppid() != parent_pid:  # the parent died before we could ask
        os._exit(1)
    watchdog = threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True)
    watchdog.start()


def _set_parent_death_signal() -> None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watchdog still covers it


def _watch_parent(parent_pid: int) -> None:
    # A re-parented process (the parent died) gets another parent pid.
    while os.getppid() == parent_pid:
        time.sleep(WATCHDOG_SECONDS)
    os._exit(1)


def _initialize(parent_pid: int, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    die_with_parent(parent_pid)
    if initializer is not None:
        initializer(*initargs)


def worker_pool(
    workers: int, initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = ()
) -> ProcessPoolExecutor:
    """A process pool whose workers die with this process."""
    return ProcessPoolExecutor(
        max_workers=workers, initializer=_initialize, initargs=(os.getpid(), initializer, initargs)
    )


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Stop at once: pending work is dropped and running workers are killed."""
    processes = list(getattr(pool, "_processes", {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join(timeout=5)
