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
    assert "Updated alone (`benchmarks.run --only … --update`; `make eval` for evaluation) on " in updated
    assert "machine: " in updated
    assert updated.startswith(EXISTING[: EXISTING.index("## evaluation")])
    assert updated.endswith(EXISTING[EXISTING.index("## import"):])
    assert updated.index("## analyze") < updated.index("## evaluation") < updated.index("## import")


def test_a_missing_section_is_appended_and_a_last_section_replaced() -> None:
    appended = update_sections(EXISTING, {"bench_quality": [ROW]})
    assert appended.startswith(EXISTING.rstrip("\n")) and appended.rstrip().endswith("| n |")
    last = update_sections(EXISTING, {"bench_import": [ROW]})
    assert "| import | 9 s |" not in last and last.count("## import") == 1
    assert "| direct quotes | 0.5 |" in last


def test_real_news_rows_say_skipped_when_nothing_is_cached(tmp_path, capsys) -> None:
    from benchmarks.bench_evaluation import realnews_rows

    from annotator.nlp.realnews import RealNewsCorpus

    rows = realnews_rows("test", RealNewsCorpus(tmp_path / "absent", missing=["r003"], listed=1))
    assert [row["measured"] for row in rows] == ["skipped"]
    assert rows[0]["ok"] is None and "none cached in" in rows[0]["notes"]
    assert "real news, test split: skipped" in capsys.readouterr().err


def test_real_news_rows_carry_the_issue_targets(tmp_path) -> None:
    from benchmarks.bench_evaluation import realnews_rows

    from annotator.nlp.realnews import RealNewsCorpus

    text = "«Мы готовы к диалогу», – сказал Сергей Лавров. Газета «Известия» пишет об этом."
    doc = {"id": "r001", "split": "dev", "genre": "news", "country": "RU", "outlet": "Вестник", "text": text,
           "themes": ["bilateral"], "titles": [[text.index("Известия"), text.index("Известия") + 8]], "terms": [],
           "quotes": [{"start": 1, "end": 20, "kind": "direct", "speaker": "Сергей Лавров", "speaker_mention": None}],
           "speakers": []}
    rows = realnews_rows("dev", RealNewsCorpus(tmp_path, documents=[doc], listed=1))
    by_name = {row["workload"].split(": ", 1)[1]: row for row in rows}
    assert by_name["corpus"]["measured"].startswith("1 texts, 1 direct + 0 indirect quotes, 1 titles/terms")
    assert by_name["direct quotes"]["target"] == "F1 ≥ 0.92, P ≥ 0.9"
    assert by_name["direct quotes"]["ok"] is True and "by genre: news 1.00 (1); by country: RU 1.00 (1)" in by_name["direct quotes"]["notes"]
    assert by_name["speaker accuracy on matched quotes"]["measured"] == "1.000 (1/1)"
    assert by_name["titles taken for quotes"]["measured"] == "0.0% (0 of 1)"
    assert by_name["document themes"]["target"] == "P ≥ 0.75, R ≥ 0.6"


def test_real_news_rows_for_a_later_batch_score_its_test_documents(tmp_path) -> None:
    from benchmarks.bench_evaluation import realnews_rows

    from annotator.nlp.realnews import RealNewsCorpus

    text = "«Мы открыты к сотрудничеству», – сказала Мария Захарова на брифинге."
    doc = {"id": "r504", "split": "test", "genre": "briefing", "country": "RU", "outlet": "Вестник", "text": text,
           "themes": [], "titles": [], "terms": [],
           "quotes": [{"start": 1, "end": 28, "kind": "direct", "speaker": "Мария Захарова", "speaker_mention": None}],
           "speakers": []}
    rows = realnews_rows("test", RealNewsCorpus(tmp_path, documents=[doc], listed=1), label="test, batch r501+")
    assert rows[0]["workload"] == "real news, test, batch r501+: corpus"
    assert rows[0]["measured"].startswith("1 texts, 1 direct + 0 indirect quotes")


def test_a_full_run_keeps_the_sections_no_benchmark_writes() -> None:
    from benchmarks.run import render, with_other_sections

    existing = ("# Benchmark results\n\n## import\n\n| old | 9 s |\n\n## soak\n\nkill -9 trials: 0 failures\n\n"
                "## What misses and why\n\n* import: the writer\n")
    report = render({"bench_import": [ROW]}, quick=False)
    written = with_other_sections(report, existing, {"bench_import": [ROW]})
    assert written.startswith(report.rstrip("\n"))
    assert "| old | 9 s |" not in written
    assert "## soak\n\nkill -9 trials: 0 failures" in written
    assert written.rstrip().endswith("## What misses and why\n\n* import: the writer")
    assert with_other_sections(report, "", {"bench_import": [ROW]}) == report
