"""benchmarks/run.py --update (make eval): one section of RESULTS.md is replaced, the rest kept."""

from __future__ import annotations

from benchmarks.run import update_sections

EXISTING = """# Benchmark results

Machine: old.

## analyze

| workload | measured | target | result | notes |
| --- | --- | --- | --- | --- |
| analyze | 2.5 MB/s | >= 1 MB/s | met | |

## evaluation

| workload | measured | target | result | notes |
| --- | --- | --- | --- | --- |
| direct quotes | 0.5 | 0.9 | **not met** | |

## import

| workload | measured | target | result | notes |
| --- | --- | --- | --- | --- |
| import | 9 s | 10 s | met | |
"""

ROW = {"workload": "direct quotes, real news", "measured": "F1 0.700", "target": "F1 ≥ 0.92", "ok": False, "notes": "n"}


def test_the_named_section_is_replaced_and_dated_and_the_others_kept() -> None:
    updated = update_sections(EXISTING, {"bench_evaluation": [ROW]})
    assert "| direct quotes | 0.5 |" not in updated
    assert "| direct quotes, real news | F1 0.700 | F1 ≥ 0.92 | **not met** | n |" in updated
    assert "Updated alone (`make eval`) on " in updated and "machine: " in updated
    assert updated.startswith(EXISTING[: EXISTING.index("## evaluation")])
    assert updated.endswith(EXISTING[EXISTING.index("## import"):])
    assert updated.index("## analyze") < updated.index("## evaluation") < updated.index("## import")


def test_a_missing_section_is_appended_and_a_last_section_replaced() -> None:
    appended = update_sections(EXISTING, {"bench_quality": [ROW]})
    assert appended.startswith(EXISTING.rstrip("\n")) and appended.rstrip().endswith("| n |")
    last = update_sections(EXISTING, {"bench_import": [ROW]})
    assert "| import | 9 s |" not in last and last.count("## import") == 1
    assert "| direct quotes | 0.5 |" in last
