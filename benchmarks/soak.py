"""Soak: bounded kill -9 loops (import, workbench edits) and two-writer runs, with trials and failures.

Each import trial starts ``annotator import`` (analysis on, 2 workers) on a
folder, kills it with SIGKILL at a random moment, and checks: the project
passes integrity_check and foreign_key_check, every file reported done is
stored whole, no analysis worker outlived the import, and importing the
folder again completes it.  Each edit trial kills a workbench session
(AnnotationSession, offscreen) saving edit after edit and checks that every
edit it reported saved is in the file.  Two-writer runs: two imports into one
project at once, and an import while the workbench edits; every file and
every edit must be stored.

    python -m benchmarks.soak            # SOAK_TRIALS (default 20) kill trials of each kind
    SOAK_TRIALS=5 SOAK_WRITER_RUNS=1 python -m benchmarks.soak
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

FILES = 120
EDITS = 400
# Files reported done / edits saved when each kill was sent: where the kills landed.
LANDED: dict[str, list[int]] = {"import": [], "edits": []}

EDITOR = textwrap.dedent(
    """
    import sys
    from PySide6.QtGui import QGuiApplication
    from annotator import services
    from annotator.gui.session import AnnotationSession

    app = QGuiApplication([])
    project = services.open_project(sys.argv[1])
    session = AnnotationSession(project, lambda: "soak")
    session.error.connect(lambda message: print("ERROR", message, flush=True))
    session.load(project.document_ids()[0])
    for number in range(int(sys.argv[2])):
        span_id = session.create_span(number * 6, number * 6 + 5, "speaker")
        if span_id:
            print("EDIT", span_id, flush=True)
    print("FINISHED", flush=True)
    """
)


def article(tag: str, number: int) -> str:
    return (
        f"Сообщение {tag} № {number}\n"
        f"Министр иностранных дел провёл переговоры с главой делегации {tag}-{number}. "
        "«Мы готовы к диалогу», — заявил он. Стороны обсудили двустороннюю повестку и работу в ШОС.\n"
    )


def write_folder(folder: Path, tag: str, count: int) -> dict[str, str]:
    folder.mkdir(parents=True)
    texts = {}
    for number in range(count):
        path = folder / f"{number:04d}.txt"
        path.write_text(article(tag, number), encoding="utf-8")
        texts[str(path)] = article(tag, number)
    return texts


def cli(project: Path, *args: str, stderr: int = subprocess.PIPE) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "annotator.cli", "--project", str(project), "import", *args],
        stdout=subprocess.PIPE, stderr=stderr, text=True,
    )


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else []:
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_for_lines(lines: queue.Queue, count: int, wanted: Callable[[str], bool]) -> list[str]:
    """Up to ``count`` wanted lines (fewer if the process ends or stalls for 120 s)."""
    found: list[str] = []
    while len(found) < count:
        try:
            line = lines.get(timeout=120)
        except queue.Empty:
            break
        if line is None:
            lines.put(None)
            break
        if wanted(line):
            found.append(line)
    return found


def drain(lines: queue.Queue, wanted: Callable[[str], bool]) -> list[str]:
    """The wanted lines still in the pipe once the process is dead."""
    found = []
    while (line := lines.get(timeout=30)) is not None:
        if wanted(line):
            found.append(line)
    return found


def sound(project_path: Path) -> list[str]:
    from annotator.store import Project

    problems = []
    with Project.open(project_path, create=False) as project:
        if project.integrity_check() != "ok":
            problems.append("integrity_check failed")
        if project.db.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign_key_check failed")
    return problems


def stored_texts(project_path: Path) -> dict[str, str]:
    from annotator.store import Project

    with Project.open(project_path, create=False) as project:
        return {project.document(i).origin_path: project.document(i).text for i in project.document_ids()}


def lines_of(stream, sink: queue.Queue) -> None:
    for line in iter(stream.readline, ""):
        if line.endswith("\n"):  # a line cut by the kill was not reported
            sink.put(line.rstrip("\n"))
    sink.put(None)


def import_kill_trial(root: Path, rng: random.Random) -> list[str]:
    from annotator import services

    folder = root / "in"
    texts = write_folder(folder, root.name, FILES)
    project_path = root / "p.annotator"
    services.open_project(project_path).close()
    child = subprocess.Popen(
        [sys.executable, "-m", "annotator.cli", "--project", str(project_path), "import", "--progress",
         "--workers", "2", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    reported: queue.Queue = queue.Queue()
    threading.Thread(target=lines_of, args=(child.stderr, reported), daemon=True).start()
    # Kill after a random number of committed files, so that kills land mid-import.
    done = wait_for_lines(reported, rng.randrange(1, FILES), lambda line: line.startswith("["))
    workers = children_of(child.pid)
    time.sleep(rng.uniform(0, 0.2))
    os.kill(child.pid, signal.SIGKILL)
    child.wait(30)
    LANDED["import"].append(len(done))
    done += drain(reported, lambda line: line.startswith("["))
    done = [line.split("] ", 1)[1] for line in done]
    problems = sound(project_path)
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    if any(alive(pid) for pid in workers):
        problems.append(f"{sum(alive(p) for p in workers)} worker(s) outlived the import")
        for pid in workers:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
    stored = stored_texts(project_path)
    problems += [f"reported but not stored: {path}" for path in done if path not in stored]
    problems += [f"stored in part: {path}" for path, text in stored.items() if text != texts[path].rstrip("\n")
                 and text != texts[path]]
    again = cli(project_path, "--no-analyze", str(folder))
    again.communicate(timeout=120)
    if len(stored_texts(project_path)) != FILES:
        problems.append("the second import did not complete the folder")
    return problems


def edit_kill_trial(root: Path, rng: random.Random) -> list[str]:
    from annotator import services

    project_path = root / "p.annotator"
    with services.open_project(project_path) as project:
        source = root / "words.txt"
        root.mkdir(exist_ok=True)
        source.write_text("Слово " * (EDITS + 10), encoding="utf-8")
        services.import_paths(project, [source], analyze=False)
    child = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(project_path), str(EDITS)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    printed: queue.Queue = queue.Queue()
    threading.Thread(target=lines_of, args=(child.stdout, printed), daemon=True).start()
    is_edit: Callable[[str], bool] = lambda line: line.startswith("EDIT")  # noqa: E731
    lines = wait_for_lines(printed, rng.randrange(1, EDITS), is_edit)
    time.sleep(rng.uniform(0, 0.05))
    os.kill(child.pid, signal.SIGKILL)
    child.wait(30)
    LANDED["edits"].append(len(lines))
    saved = [int(line.split()[1]) for line in lines + drain(printed, is_edit)]
    problems = sound(project_path)
    from annotator.store import Project

    with Project.open(project_path, create=False) as project:
        ids = {span.id for span in project.spans(project.document_ids()[0])}
    problems += [f"edit {span_id} reported saved, not in the file" for span_id in saved if span_id not in ids]
    return problems


def two_writer_run(root: Path, _: random.Random) -> list[str]:
    from annotator import services

    project_path = root / "p.annotator"
    root.mkdir(parents=True)
    with services.open_project(project_path) as project:
        source = root / "words.txt"
        source.write_text("Слово " * 210, encoding="utf-8")
        services.import_paths(project, [source], analyze=False)
    first = write_folder(root / "A", "A", 60)
    second = write_folder(root / "B", "B", 400)
    processes = [
        cli(project_path, "--workers", "2", str(root / "A")),
        cli(project_path, "--no-analyze", str(root / "B")),
        subprocess.Popen([sys.executable, "-c", EDITOR, str(project_path), "200"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}),
    ]
    outputs = [process.communicate(timeout=600) for process in processes]
    problems = [f"process {n} exited {p.returncode}: {out[1][-300:]}" for n, (p, out) in
                enumerate(zip(processes, outputs)) if p.returncode != 0]
    edits = [int(line.split()[1]) for line in outputs[2][0].splitlines() if line.startswith("EDIT")]
    if len(edits) != 200:
        problems.append(f"{200 - len(edits)} edit(s) not saved")
    problems += sound(project_path)
    stored = stored_texts(project_path)
    missing = (set(first) | set(second)) - set(stored)
    if missing:
        problems.append(f"{len(missing)} file(s) of the two imports missing")
    return problems


def run_trials(name: str, count: int, trial: Callable[[Path, random.Random], list[str]], seed: int) -> int:
    rng = random.Random(seed)
    failures = 0
    for number in range(count):
        with tempfile.TemporaryDirectory() as tmp:
            problems = trial(Path(tmp) / f"t{number}", rng)
        if problems:
            failures += 1
            print(f"  {name} trial {number + 1}: FAILED: {'; '.join(problems[:3])}", flush=True)
    print(f"{name}: {count} trial(s), {failures} failure(s)", flush=True)
    return failures


def main() -> int:
    trials = int(os.environ.get("SOAK_TRIALS", "20"))
    writer_runs = int(os.environ.get("SOAK_WRITER_RUNS", "3"))
    started = time.monotonic()
    failures = run_trials("kill -9 during import", trials, import_kill_trial, seed=1)
    failures += run_trials("kill -9 during workbench edits", trials, edit_kill_trial, seed=2)
    failures += run_trials("two writers (2 imports + workbench edits)", writer_runs, two_writer_run, seed=3)
    for kind, counts in LANDED.items():
        if counts:
            print(f"kills landed after {min(counts)}–{max(counts)} {kind} done "
                  f"(median {sorted(counts)[len(counts) // 2]})", flush=True)
    print(f"soak: {failures} failure(s) in {time.monotonic() - started:.0f} s", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
