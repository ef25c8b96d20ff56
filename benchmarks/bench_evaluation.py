"""Analysis quality on the hand-annotated gold set, beside the issue's floors.

Not a speed figure, but recorded with them so every results file says how
good the analysis was at that commit.  The gold test split and the whole
blind set (written later, by an annotator who never saw the rules) are held
out: never tune rules on them.

    python -m benchmarks.bench_evaluation
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotator.nlp.evaluate import evaluate

GOLD_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold"
GOLD = GOLD_DIR / "gold.jsonl"
BLIND = GOLD_DIR / "blind" / "blind.jsonl"
FLOORS = {"direct": 0.95, "indirect": 0.85, "speaker": 0.90}


def run(quick: bool = False) -> list[dict]:
    rows = []
    for name, path, split in (("dev", GOLD, "dev"), ("test", GOLD, "test"), ("blind", BLIND, None)):
        report = evaluate(path, split=split)
        for kind in ("direct", "indirect"):
            exact, overlap = report.f1(kind, exact=True), report.f1(kind)
            rows.append({
                "workload": f"{kind} quotes, {name} set ({report.documents} texts)",
                "measured": f"overlap F1 {overlap:.3f}, exact F1 {exact:.3f}",
                "target": f"overlap F1 ≥ {FLOORS[kind]}",
                "ok": overlap >= FLOORS[kind],
                "notes": "",
            })
        rows.append({
            "workload": f"speaker accuracy, {name} set",
            "measured": f"{report.speaker_accuracy:.3f}",
            "target": f"≥ {FLOORS['speaker']}",
            "ok": report.speaker_accuracy >= FLOORS["speaker"],
            "notes": f"title false positives {report.title_false_positives}",
        })
    return rows


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row)
