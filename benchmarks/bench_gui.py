"""Workbench benchmarks (DESIGN.md): a 1 MB article with 5,000 spans, edits, switches, start-up.

* open the 1 MB article (5,000 highlighted spans) until the first paint: ≤ 300 ms;
* a span edit (accept a suggestion, create a span) on it, repainted: ≤ 50 ms;
* a document switch between news-length articles: ≤ 50 ms;
* start to a usable main window with a 10,000-document project: ≤ 1.5 s and ≤ 300 MB
  resident (measured in a fresh process: interpreter start, imports, opening
  the project, the window painted with the first document).

The data is built with the store API in a temporary folder.

    python -m benchmarks.bench_gui [--quick]
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from annotator import services  # noqa: E402
from annotator.model import CUE, QUOTE, SPEAKER, SUGGESTED, AnnotatedDocument, Document, Span  # noqa: E402
from annotator.resources import resource_path  # noqa: E402

OPEN_TARGET_MS = 300
EDIT_TARGET_MS = 50
START_TARGET_S = 1.5
MEMORY_TARGET_MB = 300


def _article_text(size: int) -> str:
    samples = sorted(resource_path("samples").glob("*.txt"))
    base = "\n\n".join(path.read_text(encoding="utf-8") for path in samples)
    text = (base * (size // len(base) + 1))[:size]
    return text


def _spans(text: str, count: int, rng: random.Random) -> list[Span]:
    step = len(text) // count
    spans = []
    for number in range(count):
        start = number * step + rng.randint(0, max(0, step // 3))
        end = min(len(text), start + rng.randint(4, max(5, min(step - 1, 160))))
        label = (QUOTE, SPEAKER, CUE)[number % 3]
        spans.append(Span(id=number + 1, start=start, end=end, label=label, status=SUGGESTED,
                          origin="auto:bench", attrs={"kind": "direct"} if label == QUOTE else {}))
    return spans


def _row(workload: str, measured: float, target: float, unit: str, notes: str) -> dict:
    return {"workload": workload, "measured": f"{measured:.0f} {unit}" if unit == "ms" else f"{measured:.2f} {unit}",
            "target": f"≤ {target:g} {unit}", "ok": measured <= target, "notes": notes}


def _timed(callable_, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        callable_()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def bench_article(folder: Path, quick: bool) -> list[dict]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from annotator.gui.app import create_application
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Preferences

    app = create_application([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    rng = random.Random(7)
    project = services.open_project(folder / "article.annotator")
    size, count = (1_000_000, 5_000)
    text = _article_text(size)
    big = project.add_document(Document(text=text, title="1 MB article"),
                               annotations=AnnotatedDocument(Document(text=text), spans=_spans(text, count, rng)))
    small_ids = []
    for number in range(3):
        small = _article_text(5_000 + number)[number * 7:]
        small_ids.append(project.add_document(
            Document(text=small, title=f"news {number}"),
            annotations=AnnotatedDocument(Document(text=small), spans=_spans(small, 50, rng))))
    window = MainWindow(project, Preferences())
    window.resize(1440, 900)
    window.show()
    QApplication.processEvents()
    viewport = window.text_view.viewport()
    repeat = 3 if quick else 7

    def open_big() -> None:
        window.open_document(small_ids[0])
        QApplication.processEvents()
        started = time.perf_counter()
        window.open_document(big)
        viewport.repaint()
        open_times.append((time.perf_counter() - started) * 1000)

    open_times: list[float] = []
    for _ in range(repeat):
        open_big()
    rows = [_row("open a 1 MB article with 5,000 spans, to first paint", statistics.median(open_times),
                 OPEN_TARGET_MS, "ms", f"median of {repeat}; document switch from a short article")]

    session = window.session
    suggestions = [s.id for s in session.ordered_spans(suggestions_only=True)]
    window.text_view.set_current_span(suggestions[len(suggestions) // 2], move_cursor=True)
    QApplication.processEvents()
    picks = iter(suggestions[len(suggestions) // 2:])

    def accept_one() -> None:
        session.set_status(next(picks), "accepted")
        viewport.repaint()

    rows.append(_row("span edit (accept) on that article, repainted", _timed(accept_one, repeat * 3),
                     EDIT_TARGET_MS, "ms", "median; saved to the file before returning"))
    starts = iter(range(100, 100_000, 997))

    def create_one() -> None:
        start = next(starts)
        session.create_span(start, start + 12, QUOTE)
        viewport.repaint()

    rows.append(_row("span edit (create) on that article, repainted", _timed(create_one, repeat * 3),
                     EDIT_TARGET_MS, "ms", "median"))
    cycle = iter(small_ids * 100)

    def switch() -> None:
        window.open_document(next(cycle))
        viewport.repaint()

    rows.append(_row("document switch (5 KB news article, 50 spans)", _timed(switch, repeat * 3),
                     EDIT_TARGET_MS, "ms", "median, repainted"))
    window.close()
    project.close()
    del app
    return rows


START_SCRIPT = r"""
import os, resource, sys, time
if sys.argv[3:] == ["block-pandas"]:
    # sqlite-utils imports pandas and numpy whenever they are installed.
    sys.modules["pandas"] = sys.modules["numpy"] = None
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from annotator import services
from annotator.gui.app import create_application
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Preferences
app = create_application([])
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
window = MainWindow(services.open_project(sys.argv[1]), Preferences())
window.resize(1440, 900)
window.show()
window.text_view.viewport().repaint()
QApplication.processEvents()
assert window.session.doc_id is not None
# Not getrusage: on Linux ru_maxrss survives fork+exec, so a child started
# by a large benchmark process would report the parent's peak.  VmHWM
# belongs to this process's own address space.
status = open("/proc/self/status").read()
print(next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")))
sys.stdout.flush()
os._exit(0)
"""


def bench_start(folder: Path, quick: bool) -> list[dict]:
    documents = 2_000 if quick else 10_000
    path = folder / "corpus.annotator"
    project = services.open_project(path)
    rng = random.Random(3)
    base = _article_text(200_000)
    with project.atomic():
        for number in range(documents):
            offset = rng.randint(0, len(base) - 4_000)
            text = f"Документ {number}. " + base[offset:offset + 3_000]
            project.add_document(Document(text=text, title=f"Статья {number}", date="2026-11-01",
                                          source="Лента примеров"))
    project.close()
    script = folder / "start.py"
    script.write_text(START_SCRIPT, encoding="utf-8")
    timings, memory, unblocked = [], [], []
    for _ in range(2 if quick else 3):
        for extra, times in (([], unblocked), (["block-pandas"], timings)):
            started = time.perf_counter()
            result = subprocess.run([sys.executable, str(script), str(path), str(folder / "settings"), *extra],
                                    capture_output=True, text=True, timeout=120,
                                    env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
            times.append(time.perf_counter() - started)
            if result.returncode != 0:
                raise RuntimeError(result.stderr[-2000:])
            memory.append(int(result.stdout.strip().splitlines()[-1]) / 1024)
    note = "" if documents == 10_000 else f" (quick: {documents} documents)"
    return [
        _row(f"start to a usable main window, {documents:,} documents", min(unblocked), START_TARGET_S, "s",
             "fresh process incl. interpreter and imports, best of runs; includes the pandas/numpy import "
             "that sqlite-utils imports when they are installed" + note),
        _row(f"start to a usable main window, {documents:,} documents, pandas not importable",
             min(timings), START_TARGET_S, "s", "as a clean install without pandas starts" + note),
        _row(f"resident memory at that point, {documents:,} documents", max(memory), MEMORY_TARGET_MB, "MB",
             "peak resident set of the started process (VmHWM)"),
    ]


def run(quick: bool = False) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="annotator-bench-gui-") as scratch:
        folder = Path(scratch)
        rows = bench_article(folder, quick)
        rows += bench_start(folder, quick)
    rows.append({"workload": "(this process) peak RSS", "measured":
                 f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB",
                 "target": "", "ok": True, "notes": "benchmark process, for reference"})
    return rows


def main() -> int:
    quick = "--quick" in sys.argv
    for row in run(quick=quick):
        mark = "ok " if row["ok"] else "SLOW"
        print(f"{mark} {row['workload']}: {row['measured']} (target {row['target']}) {row['notes']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
