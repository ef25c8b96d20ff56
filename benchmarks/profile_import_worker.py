"""Where an import worker's CPU goes: one fresh process does what a worker does with the
articles of bench_import's corpus, and says how many CPU seconds each stage took.

    python -m benchmarks.profile_import_worker [ARTICLES] [--cprofile] [--stages-only]

Stages, per file as ``annotator.services.preparing.prepare_file`` runs them: read
(decode, normalise, metadata), analyse (``analyze``), the document theme decision
(``document_themes``: the keyword rules, the content lemmas, the model), the rest of
the suggestions, the rows and their pickling (what crosses to the writer).  The
files are prepared twice: the first pass pays what a fresh worker pays (lexicons
built on first use, word forms parsed once and cached), the second does not.  Then
whole files: prepare_file file after file against prepare_files stage by stage over a
worker's chunks (what the workers do).  Last, the analysis' own rate on these ~2.8 KB
texts beside the same articles uncut and bench_analyze's corpus, in this process: CPU
seconds, so that other work on the machine moves them less than it moves a wall clock.
Not part of ``make bench``: a tool for finding what to make cheaper.
"""

from __future__ import annotations

import cProfile
import pickle
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.bench_import import write_corpus

STAGES = ("read", "analyse", "theme decision", "other suggestions", "rows", "pickle")


def _timed(seconds: dict[str, float], stage: str, work: Callable[[], Any]) -> Any:
    started = time.process_time()
    result = work()
    seconds[stage] += time.process_time() - started
    return result


def prepare_all(files: list[Path]) -> dict[str, float]:
    """CPU seconds per stage over ``files``, prepared as a worker prepares them."""
    from annotator import suggestions
    from annotator.formats.articles import read_articles
    from annotator.nlp import RULESET_VERSION, analyze
    from annotator.store.rows import build_rows

    seconds = dict.fromkeys(STAGES, 0.0)
    decide = suggestions.document_themes

    def timed_decision(*args: Any) -> set[str]:
        return _timed(seconds, "theme decision", lambda: decide(*args))

    suggestions.document_themes = timed_decision  # type: ignore[assignment]
    try:
        for path in files:
            (bundle,) = _timed(seconds, "read", lambda: read_articles(path))
            analysis = _timed(seconds, "analyse", lambda: analyze(bundle.document.text))
            decided = seconds["theme decision"]
            bundle = _timed(seconds, "other suggestions", lambda: suggestions.suggestions_from_analysis(
                bundle.document, analysis, version=RULESET_VERSION))
            seconds["other suggestions"] -= seconds["theme decision"] - decided
            rows = _timed(seconds, "rows", lambda: build_rows(bundle))
            _timed(seconds, "pickle", lambda: pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))
    finally:
        suggestions.document_themes = decide  # type: ignore[assignment]
    return seconds


def whole_files(files: list[Path], megabytes: float, passes: int = 3) -> str:
    """CPU seconds of prepare_file file after file against prepare_files over the chunks a
    worker gets (stage by stage), alternated, the best of ``passes`` each."""
    from annotator.services.preparing import _chunks, prepare_file, prepare_files

    chunks = list(_chunks(files))
    best = {"file after file": float("inf"), "stage by stage per chunk (as a worker)": float("inf")}
    for _ in range(passes):
        for way in best:
            started = time.process_time()
            if way == "file after file":
                [prepare_file(path, True, None) for path in files]
            else:
                [prepare_files(chunk, True, None) for chunk in chunks]
            best[way] = min(best[way], time.process_time() - started)
    return "whole files, warm: " + "; ".join(f"{way} {seconds:.2f} s CPU = {megabytes / seconds:.2f} MB/s"
                                              for way, seconds in best.items())


def analysis_rates(texts: dict[str, list[str]]) -> dict[str, float]:
    """MB of text per CPU second of ``analyze`` for each named list (best of 3 passes)."""
    from annotator.nlp import analyze

    rates: dict[str, float] = {}
    for _ in range(3):
        for name, sample in texts.items():
            megabytes = sum(len(text.encode("utf-8")) for text in sample) / 1e6
            started = time.process_time()
            for text in sample:
                analyze(text)
            rates[name] = max(rates.get(name, 0.0), megabytes / (time.process_time() - started))
    return rates


def _line(label: str, seconds: dict[str, float], megabytes: float, count: int) -> str:
    total = sum(seconds.values())
    shares = ", ".join(f"{stage} {value:.2f} s ({value / total:.0%})" for stage, value in seconds.items())
    return f"{label}: {total:.2f} s CPU = {megabytes / total:.2f} MB/s, {total / count * 1000:.2f} ms a file; {shares}"


def main(count: int, profile: bool, rates: bool = True) -> None:
    from benchmarks.corpus import generate_corpus

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        texts, size = write_corpus(folder, count)
        files = sorted(folder.glob("*.txt"))
        megabytes = size / 1e6
        print(f"{count} articles of bench_import's corpus, {megabytes:.2f} MB ({size / count:.0f} bytes each)")
        print(_line("first pass (a fresh worker)", prepare_all(files), megabytes, count))
        profiler = cProfile.Profile() if profile else None
        if profiler:
            profiler.enable()
        print(_line("second pass (warm)", prepare_all(files), megabytes, count))
        if profiler:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
        print(whole_files(files, megabytes))
    if not rates:
        return
    found = analysis_rates({
        "these texts (cut near 3,000 bytes)": texts,
        "the same articles uncut": generate_corpus(count, seed=7),
        "bench_analyze's corpus": generate_corpus(count, seed=20260101),
    })
    print("analyze alone, warm: " + "; ".join(f"{name} {rate:.2f} MB/s" for name, rate in found.items()))


if __name__ == "__main__":
    numbers = [int(arg) for arg in sys.argv[1:] if arg.isdigit()]
    main(numbers[0] if numbers else 500, "--cprofile" in sys.argv, "--stages-only" not in sys.argv)
