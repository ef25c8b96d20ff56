"""`annotator analyze` and `annotator evaluate` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from annotator.cli import main

GOLD = Path(__file__).parent / "data" / "gold" / "gold.jsonl"
STATEMENT = (
    "Лавров заявил: «Мы готовы к диалогу 🤝 с партнёрами».\r\n"
    "По словам министра, двусторонняя повестка остаётся насыщенной.\r\n"
)


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_analyze_prints_one_json_object_per_file_with_offsets_into_the_normalised_text(tmp_path: Path) -> None:
    first = tmp_path / "statement.txt"
    first.write_bytes(STATEMENT.encode("utf-8"))
    second = tmp_path / "plain.txt"
    second.write_text("Стороны обсудили вопросы торгово-экономического сотрудничества.\n", encoding="utf-8")

    result = run("analyze", first, second, "--json")

    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["source"] for o in objects] == [str(first), str(second)]
    statement = objects[0]
    text = statement["text"]
    assert "\r" not in text
    quotes = {text[q["start"]:q["end"]]: q for q in statement["quotes"]}
    assert "Мы готовы к диалогу 🤝 с партнёрами" in quotes
    direct = quotes["Мы готовы к диалогу 🤝 с партнёрами"]
    assert direct["kind"] == "direct" and direct["speaker"] == "Лавров"
    assert text[slice(*direct["speaker_mention"])] == "Лавров"
    assert "двусторонняя повестка остаётся насыщенной" in quotes
    assert {t["theme"] for t in statement["themes"]} >= {"bilateral"}
    assert set(statement) == {"source", "text", "quotes", "speakers", "themes"}
    assert objects[1]["quotes"] == []


def test_analyze_reports_a_bad_file_by_name_and_still_analyses_the_others(tmp_path: Path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    good = tmp_path / "good.txt"
    good.write_text("Песков заявил, что визит готовится.\n", encoding="utf-8")

    result = run("analyze", binary, good, "--json")

    assert result.exit_code == 1
    assert "scan.txt" in result.stderr and "binary" in result.stderr
    [obj] = [json.loads(line) for line in result.stdout.splitlines()]
    assert obj["source"] == str(good)


def test_evaluate_prints_scores_for_each_quote_kind() -> None:
    result = run("evaluate", GOLD, "--split", "dev")
    assert result.exit_code == 0, result.output
    assert "direct" in result.output and "indirect" in result.output
    assert "speaker accuracy" in result.output and "title false positives" in result.output


def test_evaluate_names_the_line_of_a_malformed_gold_file(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"id": "a", "text": "Лавров заявил: «Да».", "quotes": []}, ensure_ascii=False) + "\n"
        + json.dumps({"id": "b", "text": "Нет.", "quotes": [{"start": 2, "end": 40, "kind": "direct"}]}) + "\n",
        encoding="utf-8",
    )
    result = run("evaluate", gold)
    assert result.exit_code == 1
    assert f"{gold}, line 2" in result.stderr and "bad offsets" in result.stderr


def test_reanalyze_keeps_decisions_and_adds_no_duplicates(tmp_path: Path) -> None:
    from annotator.model import ACCEPTED, QUOTE, REJECTED
    from annotator.services import open_project

    article = tmp_path / "statement.txt"
    article.write_bytes(STATEMENT.encode("utf-8"))
    project_file = tmp_path / "p.annotator"
    assert run("--project", project_file, "import", "--workers", "1", article).exit_code == 0
    with open_project(project_file) as project:
        [doc_id] = project.document_ids()
        quotes = [s for s in project.spans(doc_id) if s.label == QUOTE]
        quotes[0].status = ACCEPTED
        quotes[1].status = REJECTED
        project.update_span(quotes[0])
        project.update_span(quotes[1])
        before = sorted((s.start, s.end, s.label, s.status) for s in project.spans(doc_id))
        counts = (len(project.relations(doc_id)), len(project.tags(doc_id)))

    result = run("--project", project_file, "reanalyze")

    assert result.exit_code == 0, result.output
    assert "re-analysed 1 document(s)" in result.output
    with open_project(project_file) as project:
        after = sorted((s.start, s.end, s.label, s.status) for s in project.spans(doc_id))
        assert (len(project.relations(doc_id)), len(project.tags(doc_id))) == counts
    assert after == before


def test_reanalyze_of_an_unknown_document_names_it(tmp_path: Path) -> None:
    project_file = tmp_path / "p.annotator"
    assert run("--project", project_file, "list").exit_code == 0
    result = run("--project", project_file, "reanalyze", "--doc", "42")
    assert result.exit_code == 1
    assert "no document 42" in result.stderr
