"""Pre-annotation at scale: ``annotator analyze --jsonl`` and the Dask recipe.

* analyze throughput of the JSONL stream on 1, 2 and all cores (articles/s,
  MB/s of article text), the figure docs/SCALE.md extrapolates from;
* peak resident memory of the stream at 10k, 50k and 100k articles (target:
  flat, ≤ 300 MB) — the main process and its largest worker, measured by
  running ``annotator analyze`` as a separate process;
* the Dask recipe (``annotator.scale``, processes scheduler, one partition per
  shard) against the serial run on the same shards.

    python -m benchmarks.bench_scale [--quick]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotator.preannotate import analyse_stream
from annotator.resources import default_taxonomy
from benchmarks.bench_import import _cut
from benchmarks.corpus import generate_corpus

MEMORY_TARGET_MB = 300
# The memory runs use short articles (one paragraph, ~600 bytes): what is
# measured is whether memory grows with the number of lines, and short
# lines let 160,000 of them be analysed in a benchmark's time.
MEMORY_ARTICLE_BYTES = 600

# VmHWM, not ru_maxrss, for the process itself: Linux carries ru_maxrss over
# exec, so it would report the benchmark process that forked it.  Workers are
# forked from this small process, so their ru_maxrss is their own.
RSS_CHILD = """
import re, resource, sys
from annotator.cli import main
try:
    main(sys.argv[1:], standalone_mode=False)
finally:
    status = open("/proc/self/status").read()
    self_kb = int(re.search(r"VmHWM:\\s+(\\d+)", status).group(1))
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"RSS {self_kb} {children_kb}", file=sys.stderr)
"""


def write_jsonl(path: Path, texts: list[str], count: int) -> int:
    """``count`` article lines cycling through ``texts`` (numbered, so each line differs)."""
    size = 0
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(count):
            text = f"Сообщение № {number}.\n" + texts[number % len(texts)]
            size += len(text.encode("utf-8"))
            handle.write(json.dumps({"title": f"Статья {number}", "text": text}, ensure_ascii=False) + "\n")
    return size


def throughput_rows(folder: Path, count: int) -> tuple[list[dict], float]:
    texts = [_cut(text, 3_000) for text in generate_corpus(min(count, 2_000), seed=11)]
    source = folder / "articles.jsonl"
    size = write_jsonl(source, texts, count)
    cores = os.cpu_count() or 1
    rows = []
    per_core = 0.0
    for jobs in sorted({1, 2, cores}):
        out = folder / f"out-{jobs}.jsonl"
        started = time.perf_counter()
        analyse_stream(source, out, jobs=jobs, themes=default_taxonomy())
        elapsed = time.perf_counter() - started
        if jobs == 1:
            per_core = count / elapsed
        rows.append({
            "workload": f"analyze --jsonl, {count:,} articles ({size / 1e6:.1f} MB text), --jobs {jobs}",
            "measured": f"{count / elapsed:,.0f} articles/s ({size / 1e6 / elapsed:.2f} MB/s), {elapsed:.1f} s",
            "target": "reference for docs/SCALE.md",
            "ok": None,
            "notes": f"{cores} cores on this machine; speed-up over --jobs 1: "
                     f"{per_core and (count / elapsed) / per_core:.2f}×",
        })
    return rows, per_core


def peak_rss(folder: Path, count: int) -> tuple[float, float, float]:
    """(seconds, main process MB, largest worker MB) of one streamed run."""
    texts = [_cut(text, MEMORY_ARTICLE_BYTES) for text in generate_corpus(500, seed=13)]
    source = folder / f"memory-{count}.jsonl"
    write_jsonl(source, texts, count)
    out = folder / f"memory-{count}.out.jsonl"
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", RSS_CHILD, "analyze", "--jsonl", str(source), "--out", str(out)],
        capture_output=True, text=True, check=True,
    )
    elapsed = time.perf_counter() - started
    line = next(line for line in result.stderr.splitlines() if line.startswith("RSS "))
    main_kb, worker_kb = (int(part) for part in line.split()[1:])
    source.unlink()
    out.unlink()
    return elapsed, main_kb / 1024, worker_kb / 1024


def memory_rows(folder: Path, counts: list[int]) -> list[dict]:
    rows = []
    for count in counts:
        elapsed, main_mb, worker_mb = peak_rss(folder, count)
        rows.append({
            "workload": f"analyze --jsonl memory, {count:,} short articles (~{MEMORY_ARTICLE_BYTES} B), all cores",
            "measured": f"peak RSS main {main_mb:.0f} MB, largest worker {worker_mb:.0f} MB ({elapsed:.0f} s)",
            "target": f"flat, ≤ {MEMORY_TARGET_MB} MB",
            "ok": max(main_mb, worker_mb) <= MEMORY_TARGET_MB,
            "notes": "VmHWM of the annotator process, ru_maxrss of its workers",
        })
    return rows


def dask_rows(folder: Path, count: int, shards: int) -> list[dict]:
    try:
        from annotator.scale import analyse_shards
    except ImportError:
        return [{"workload": "Dask recipe", "measured": "n/a", "target": "", "ok": None,
                 "notes": "dask is not installed (pip install 'annotator[scale]')"}]
    import dask

    texts = [_cut(text, 3_000) for text in generate_corpus(min(count, 2_000), seed=17)]
    shard_dir, serial_dir, dask_dir = folder / "shards", folder / "serial", folder / "dask"
    for directory in (shard_dir, serial_dir, dask_dir):
        directory.mkdir()
    paths = []
    for number in range(shards):
        path = shard_dir / f"part-{number:03d}.jsonl"
        write_jsonl(path, texts[number::shards], count // shards)
        paths.append(path)
    started = time.perf_counter()
    for path in paths:
        analyse_stream(path, serial_dir / path.name, jobs=1, themes=default_taxonomy())
    serial = time.perf_counter() - started
    cores = os.cpu_count() or 1
    started = time.perf_counter()
    with dask.config.set(num_workers=cores):
        analyse_shards(paths, dask_dir, scheduler="processes")
    parallel = time.perf_counter() - started
    same = all((serial_dir / p.name).read_bytes() == (dask_dir / p.name).read_bytes() for p in paths)
    total = (count // shards) * shards
    return [{
        "workload": f"Dask bag over {shards} shards, {total:,} articles, processes scheduler ({cores} workers)",
        "measured": f"{total / parallel:,.0f} articles/s ({parallel:.1f} s) vs serial {total / serial:,.0f} "
                    f"articles/s ({serial:.1f} s): {serial / parallel:.2f}×",
        "target": "byte-identical to the serial run",
        "ok": same,
        "notes": "output " + ("byte-identical" if same else "DIFFERS") + " shard by shard",
    }]


def run(quick: bool = False) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows, _ = throughput_rows(folder, 300 if quick else 2_000)
        rows += memory_rows(folder, [2_000, 5_000] if quick else [10_000, 50_000, 100_000])
        rows += dask_rows(folder, 200 if quick else 1_000, 4)
    return rows


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row)
