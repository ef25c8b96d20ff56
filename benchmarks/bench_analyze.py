"""Benchmark: ``analyze`` throughput against natasha's segmenter + NER.

Targets (DESIGN.md, "Performance targets"): at least 1 MB of text per second
on one core, and at least 5x the throughput of natasha on the same text,
measured in the same run.  Run as ``python -m benchmarks.bench_analyze``.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable

from annotator.nlp import analyze
from benchmarks.corpus import generate_corpus

TARGET_MB_S = 1.0
TARGET_RATIO = 5.0
_ARTICLE_BYTES = 3_700  # mean size of a generated article, for sizing the corpus


def _megabytes(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1_000_000


def _throughput(texts: list[str], work: Callable[[str], object]) -> float:
    """MB/s of ``work`` over ``texts`` after a warm-up on a few of them."""
    for text in texts[:20]:
        work(text)
    gc.collect()
    started = time.perf_counter()
    for text in texts:
        work(text)
    elapsed = time.perf_counter() - started
    return _megabytes(texts) / elapsed


def _natasha() -> Callable[[str], object] | None:
    # One core for the reference too: numpy's BLAS would otherwise use them all.
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    try:
        from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    except ImportError:
        return None
    segmenter = Segmenter()
    tagger = NewsNERTagger(NewsEmbedding())

    def run(text: str) -> object:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        return doc

    return run


# One long text and a text of nothing but marks, each in one call; the tests show the
# work grows linearly (tests/nlp/test_nlp_contract.py), these rows say how long it takes.
ONE_TEXT_SECONDS = 30.0
MARKS_SECONDS = 10.0


def _one_text_rows(quick: bool) -> list[dict]:
    articles = generate_corpus(70 if quick else 700, seed=7)
    text = "\n\n".join(articles)
    target_bytes = 500_000 if quick else 5_000_000
    while len(text.encode("utf-8")) < target_bytes:
        text += "\n\n" + text[: target_bytes // 10]
    repeat = 5_000 if quick else 50_000
    marks = ("«" * repeat) + ("» – " * repeat) + ('"' * repeat) + ("по словам " * (repeat * 2 // 5))
    rows = []
    for workload, sample, limit in (
        (f"analyze one text of {len(text.encode('utf-8')) / 1e6:.1f} MB (articles joined)", text, ONE_TEXT_SECONDS),
        (f"analyze one text of {len(marks):,} characters of bare marks, dashes and «по словам» (pathological)", marks, MARKS_SECONDS),
    ):
        limit = limit / 10 if quick else limit
        started = time.perf_counter()
        analyze(sample)
        elapsed = time.perf_counter() - started
        rows.append({"workload": workload, "measured": f"{elapsed:.1f} s", "target": f"≤ {limit:g} s",
                     "ok": elapsed <= limit, "notes": "one call; texts over 1 M characters are analysed in pieces"})
    return rows


def run(quick: bool = False) -> list[dict]:
    """Benchmark rows: workload, measured, target, ok, notes."""
    size_mb = 0.5 if quick else 5.0
    # Byte size in UTF-8 is ~1.9x the character count for Russian text.
    count = max(20, int(size_mb * 1_000_000 / (_ARTICLE_BYTES * 1.9)))
    texts = generate_corpus(count, seed=20260101)
    megabytes = _megabytes(texts)
    ours = _throughput(texts, analyze)
    rows = [
        {
            "workload": f"analyze, one core, {len(texts)} generated articles ({megabytes:.1f} MB UTF-8)",
            "measured": f"{ours:.2f} MB/s",
            "target": f">= {TARGET_MB_S:g} MB/s",
            "ok": ours >= TARGET_MB_S,
            "notes": "after a warm-up of 20 articles; pymorphy3 parse cache warm",
        }
    ]
    rows += _one_text_rows(quick)
    natasha = _natasha()
    if natasha is None:
        rows.append({
            "workload": "natasha segmenter + NER, same texts",
            "measured": "n/a", "target": f"analyze >= {TARGET_RATIO:g}x natasha", "ok": None,
            "notes": "natasha is not installed (pip install natasha)",
        })
        return rows
    theirs = _throughput(texts, natasha)
    ratio = ours / theirs if theirs else float("inf")
    rows.append({
        "workload": "natasha segmenter + NER, same texts",
        "measured": f"{theirs:.2f} MB/s", "target": "reference", "ok": None,
        "notes": "Segmenter, NewsEmbedding, NewsNERTagger; same warm-up",
    })
    rows.append({
        "workload": "analyze / natasha throughput ratio",
        "measured": f"{ratio:.1f}x", "target": f">= {TARGET_RATIO:g}x", "ok": ratio >= TARGET_RATIO,
        "notes": "measured in the same run on the same texts",
    })
    return rows


def main() -> None:
    import sys

    for row in run(quick="--quick" in sys.argv):
        status = {True: "ok", False: "FAIL", None: "-"}[row["ok"]]
        print(f"{status:>4}  {row['workload']}: {row['measured']} (target {row['target']}) {row['notes']}")


if __name__ == "__main__":
    main()
