"""An import killed half-way leaves a sound project that holds every file reported done.

Each file is its own transaction, the journal is WAL: SIGKILL in the middle of
a folder loses at most the file in flight.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

from annotator import services
from annotator.store import Project

FILES = 300
KILL_AFTER = 100
TIMEOUT_SECONDS = 15

CHILD = textwrap.dedent(
    f"""
    import sys
    import time
    from pathlib import Path

    from annotator import services
    from annotator.formats import articles

    read_txt = articles.READERS[".txt"]

    def slow_after_the_kill_point(path):
        # Files past the kill point are read slowly (as from a network share),
        # so the kill lands while the import is busy, most likely inside a
        # transaction, whatever the machine's speed.
        if int(Path(path).stem) >= {KILL_AFTER}:
            time.sleep(0.02)
        return read_txt(path)

    articles.READERS[".txt"] = slow_after_the_kill_point
    project = services.open_project(sys.argv[1])

    def progress(done, total, path):
        print(path, flush=True)

    services.import_paths(project, [sys.argv[2]], analyze=False, progress=progress)
    print("FINISHED", flush=True)
    """
)


def article(number: int) -> str:
    return (
        f"Сообщение пресс-службы № {number}\n"
        f"Министр иностранных дел провёл переговоры с главой {number}-й делегации. "
        "Стороны обсудили двустороннюю повестку, подготовку визита и работу в ШОС и БРИКС.\n"
    )


def write_articles(folder: Path) -> None:
    folder.mkdir()
    for number in range(FILES):
        (folder / f"{number:04d}.txt").write_text(article(number), encoding="utf-8")


def read_lines(stream, lines: queue.Queue) -> None:
    for raw in iter(stream.readline, b""):
        lines.put(raw.decode("utf-8").rstrip("\n"))
    lines.put(None)


def test_a_killed_import_leaves_a_sound_project_with_every_reported_file(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    write_articles(folder)
    project_path = tmp_path / "killed.annotator"
    services.open_project(project_path).close()

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(project_path), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=read_lines, args=(child.stdout, lines), daemon=True).start()
    reported: list[str] = []
    deadline = time.monotonic() + TIMEOUT_SECONDS
    try:
        while len(reported) < KILL_AFTER:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            assert line is not None and line != "FINISHED", "the import ended before it could be killed"
            reported.append(line)
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=TIMEOUT_SECONDS) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    # Lines already in the pipe were finished before the kill too.
    while (line := lines.get(timeout=TIMEOUT_SECONDS)) is not None:
        assert line != "FINISHED", "the import ended before it could be killed"
        reported.append(line)

    with Project.open(project_path, create=False) as project:
        assert project.integrity_check() == "ok"
        documents = [project.document(doc_id) for doc_id in project.document_ids()]
        stored = {doc.origin_path for doc in documents}
        assert set(reported) <= stored
        assert len(stored) < FILES
        for doc in documents:
            assert doc.text == article(int(Path(doc.origin_path).stem)), "no file is stored in part"

        again = services.import_paths(project, [folder], analyze=False)
        assert again.ok
        assert len(again.duplicates) == len(stored)
        assert project.document_count() == FILES
        assert project.integrity_check() == "ok"
