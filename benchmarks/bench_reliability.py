"""Import time and memory for one very large article, and the cost of refusing hostile files.

Issue 13: 1 MB of text took 6.4 s to import and 5 MB 241 s (theme merging
was hits × quotes); 100,000 nested <div> took 78 s.  Target: linear — each
single-article import within 2 × its ``--no-analyze`` time plus the time the
analysis needs at its throughput on ordinary articles — and no input up to
the 50 MB size limit over 10 s per MB or 1 GB of memory.

Each measurement runs in a fresh process (its peak RSS is the figure).

    python -m benchmarks.bench_reliability [--quick]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MB = 1024 * 1024
FULL_SIZES = (1, 5, 40)
QUICK_SIZES = (1, 5)
MAX_SECONDS_PER_MB = 10.0
MAX_MEMORY_MB = 1024

CHILD = """
import json, resource, sys, time
from pathlib import Path
from annotator import services

path, analyze = Path(sys.argv[1]), sys.argv[2] == "1"
project = services.open_project(path.parent / (path.stem + ("-a" if analyze else "-n") + ".annotator"))
if analyze:
    from annotator.nlp import analyze as warm  # the model loads once per process, not per MB
    warm("Министр заявил: «Да».")
started = time.perf_counter()
report = services.import_paths(project, [path], analyze=analyze, workers=1)
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak, "ok": report.ok, "failures": report.failures[:1]}))
"""


def measure(path: Path, analyze: bool) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), "1" if analyze else "0"],
        capture_output=True, text=True, check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def big_article(size_mb: int, block: str) -> str:
    """One article of ``size_mb`` MB: a block of distinct generated articles, repeated, cut at a paragraph."""
    wanted = size_mb * MB
    copies = wanted // len(block.encode("utf-8")) + 1
    data = ("Стенограмма многочасовой пресс-конференции\n" + "\n".join([block] * copies)).encode("utf-8")
    cut = data.rfind(b"\n", 0, wanted)
    return data[:cut].decode("utf-8")


def analysis_throughput(block: str) -> float:
    """MB/s of analyze() on ordinary articles (the block split back into articles)."""
    from annotator.nlp import analyze

    articles = block.split("\n\n\n")
    analyze(articles[0])  # warm up
    started = time.perf_counter()
    for article in articles:
        analyze(article)
    return len(block.encode("utf-8")) / MB / (time.perf_counter() - started)


def hostile_rows(folder: Path) -> list[dict]:
    """Time to refuse the hostile files of issue 13 (in this process)."""
    from annotator import services
    from annotator.model import AnnotatorError

    cases = {
        "100,000 nested <div> (1.1 MB HTML)": (
            "deep.html", ("<html><body>" + "<div>" * 100_000 + "<p>Текст</p>" + "</div>" * 100_000).encode()),
        "brat zip bomb (60 MB entry)": ("bomb.zip", _zip({"doc.txt": b"a" * (60 * MB), "doc.ann": b""})),
        "doccano 100,000-deep arrays": ("deep.jsonl", ('{"text": "Т", "label": ' + "[" * 100_000 + "]" * 100_000 + "}").encode()),
    }
    formats = {"deep.html": "auto", "bomb.zip": "brat", "deep.jsonl": "doccano"}
    rows = []
    with services.open_project(folder / "hostile.annotator") as project:
        for label, (name, data) in cases.items():
            path = folder / name
            path.write_bytes(data)
            started = time.perf_counter()
            failures: list[tuple[str, str]] = []
            if formats[name] == "auto":
                failures = services.import_paths(project, [path], analyze=False).failures
            else:
                try:
                    services.import_annotated(project, path, format_name=formats[name])
                except AnnotatorError as exc:
                    failures = [(str(path), str(exc))]
            seconds = time.perf_counter() - started
            refused = bool(failures)
            rows.append({
                "workload": f"refuse {label}", "measured": f"{seconds:.2f} s",
                "target": "refused, ≤ 10 s/MB", "ok": refused and seconds <= 10 * max(1, len(data) / MB),
                "notes": (failures[0][1].split(": ", 1)[-1][:90] if refused else "NOT refused"),
            })
    return rows


def _zip(entries: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def run(quick: bool = False) -> list[dict]:
    from benchmarks.corpus import generate_corpus

    block = "\n\n\n".join(generate_corpus(120 if quick else 400, seed=13))
    throughput = analysis_throughput(block)
    rows: list[dict] = [{
        "workload": "analysis throughput, ordinary articles", "measured": f"{throughput:.2f} MB/s",
        "target": "", "ok": None, "notes": f"{len(block.encode()) / MB:.1f} MB of generated articles",
    }]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in (QUICK_SIZES if quick else FULL_SIZES):
            path = folder / f"article-{size}mb.txt"
            path.write_text(big_article(size, block), encoding="utf-8")
            real_mb = path.stat().st_size / MB
            plain = measure(path, analyze=False)
            full = measure(path, analyze=True)
            target = 2 * plain["seconds"] + real_mb / throughput
            within = (full["ok"] and full["seconds"] <= target and full["seconds"] <= MAX_SECONDS_PER_MB * real_mb
                      and max(full["peak_mb"], plain["peak_mb"]) <= MAX_MEMORY_MB)
            rows.append({
                "workload": f"import one {real_mb:.0f} MB article, analysis on",
                "measured": f"{full['seconds']:.1f} s ({full['seconds'] / real_mb:.2f} s/MB), peak {full['peak_mb']:.0f} MB",
                "target": f"≤ {target:.1f} s (2 × {plain['seconds']:.2f} s + {real_mb:.1f} MB ÷ throughput), ≤ 1 GB",
                "ok": within,
                "notes": f"--no-analyze {plain['seconds']:.2f} s, peak {plain['peak_mb']:.0f} MB"
                + ("" if full["ok"] else f"; FAILED {full['failures']}"),
            })
        rows += hostile_rows(folder)
    return rows


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row)
