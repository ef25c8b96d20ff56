"""Analysis workers die with the process that started them, even when it is killed with SIGKILL.

Before, 2 workers of a killed import lived on (84 MB each, the project and
its WAL open).  Linux: PR_SET_PDEATHSIG; everywhere: a parent-pid watchdog.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from benchmarks.soak import alive, children_of  # the soak's kill loop uses the same /proc reading

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds child processes through /proc")

IMPORTER = textwrap.dedent(
    """
    import sys, time
    from annotator import services

    def stuck(*args, **kwargs):  # analysis that never ends, as on a huge file
        time.sleep(600)

    services.prepare_file = stuck
    project = services.open_project(sys.argv[1])
    print("STARTING", flush=True)
    services.import_paths(project, [sys.argv[2]], analyze=True, workers=2)
    """
)

ORPHAN = textwrap.dedent(
    """
    import os, subprocess, sys
    # The grandchild relies on the watchdog alone (no PR_SET_PDEATHSIG).
    code = "import sys; from annotator import workers; workers._watch_parent(int(sys.argv[1]))"
    child = subprocess.Popen([sys.executable, "-c", code, str(os.getpid())])
    print(child.pid, flush=True)
    child.wait()
    """
)


def wait_until(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def test_workers_of_a_killed_import_die_with_it(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for number in range(6):
        (folder / f"{number}.txt").write_text(f"Заявление {number}\nСтороны обсудили повестку.", encoding="utf-8")
    importer = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(tmp_path / "p.annotator"), str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        assert importer.stdout.readline().strip() == "STARTING"
        assert wait_until(lambda: len(children_of(importer.pid)) >= 2, 30), "the pool started its workers"
        workers = children_of(importer.pid)
        os.kill(importer.pid, signal.SIGKILL)
        importer.wait(10)
        assert wait_until(lambda: not any(alive(pid) for pid in workers), 10), "no worker outlives the import"
    finally:
        if importer.poll() is None:
            importer.kill()
        for pid in children_of(importer.pid):
            os.kill(pid, signal.SIGKILL)


def test_the_watchdog_alone_ends_a_worker_whose_parent_was_killed() -> None:
    middle = subprocess.Popen([sys.executable, "-c", ORPHAN], stdout=subprocess.PIPE, text=True)
    grandchild = int(middle.stdout.readline())
    try:
        assert alive(grandchild)
        os.kill(middle.pid, signal.SIGKILL)
        middle.wait(10)
        assert wait_until(lambda: not alive(grandchild), 10)
    finally:
        if alive(grandchild):
            os.kill(grandchild, signal.SIGKILL)
