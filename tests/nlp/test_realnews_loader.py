"""The real-news loader: offsets from a JSONL file, texts from a cache folder, hashes checked."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.model import AnnotatorError
from annotator.nlp.realnews import CACHE_ENV, default_cache, load_realnews
from nlp_helpers import REALNEWS_TEXTS as TEXTS
from nlp_helpers import realnews_record as _record

@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    records = [
        _record("r001", TEXTS["r001"], "Мы готовы к диалогу", "direct", "Сергей Лавров"),
        _record("r002", TEXTS["r002"], "визит 🤝 состоится в мае", "indirect", "Дмитрий Песков"),
        _record("r003", TEXTS["r003"], "отношения развиваются", "indirect", "министр иностранных дел Казахстана"),
    ]
    offsets = tmp_path / "realnews.jsonl"
    offsets.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    cache = tmp_path / "texts"
    cache.mkdir()
    for doc_id, text in TEXTS.items():
        (cache / f"{doc_id}.txt").write_text(text, encoding="utf-8", newline="\n")
    return offsets, cache


def test_all_present(corpus: tuple[Path, Path]) -> None:
    offsets, cache = corpus
    loaded = load_realnews(offsets, cache)
    assert [d["id"] for d in loaded.documents] == ["r001", "r002", "r003"]
    assert loaded.documents[1]["text"] == TEXTS["r002"]
    assert (loaded.missing, loaded.mismatched, loaded.listed) == ([], [], 3)
    assert "3 of 3 documents" in loaded.summary() and "missing" not in loaded.summary()
    assert [d["id"] for d in load_realnews(offsets, cache, split="test").documents] == ["r003"]


def test_missing_and_changed_texts_are_named_and_the_rest_kept(corpus: tuple[Path, Path]) -> None:
    offsets, cache = corpus
    (cache / "r001.txt").unlink()
    (cache / "r002.txt").write_text(TEXTS["r002"].replace("\n", "\r\n"), encoding="utf-8", newline="")
    loaded = load_realnews(offsets, cache)
    assert [d["id"] for d in loaded.documents] == ["r003"]
    assert loaded.missing == ["r001"] and loaded.mismatched == ["r002"]
    summary = loaded.summary()
    assert "1 of 3 documents" in summary
    assert "missing from the cache (1): r001" in summary
    assert "sha256 does not match (1): r002" in summary


def test_cache_folder_comes_from_the_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "elsewhere"))
    assert default_cache() == tmp_path / "elsewhere"
    monkeypatch.delenv(CACHE_ENV)
    assert default_cache() == Path.home() / ".cache" / "annotator" / "realnews" / "texts"


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "line 1: not valid JSON"),
    ('{"id": "r001"}', "line 1: expected an object with"),
])
def test_a_malformed_offsets_file_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    offsets = tmp_path / "realnews.jsonl"
    offsets.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(AnnotatorError, match=message):
        load_realnews(offsets, tmp_path)
    with pytest.raises(AnnotatorError, match="cannot read"):
        load_realnews(tmp_path / "absent.jsonl", tmp_path)


def test_offsets_outside_the_text_are_refused(corpus: tuple[Path, Path]) -> None:
    offsets, cache = corpus
    records = [json.loads(line) for line in offsets.read_text(encoding="utf-8").splitlines()]
    records[0]["quotes"][0]["end"] = 500
    offsets.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    with pytest.raises(AnnotatorError, match="line 1: quote 1 has bad offsets"):
        load_realnews(offsets, cache)


def test_cli_scores_what_is_cached_and_says_what_is_missing(corpus: tuple[Path, Path]) -> None:
    offsets, cache = corpus
    (cache / "r002.txt").unlink()
    result = CliRunner().invoke(main, ["evaluate", "--realnews", str(offsets), "--cache", str(cache),
                                       "--split", "dev", "--errors"])
    assert result.exit_code == 0, result.output
    assert "real news: 1 of 2 documents" in result.output
    assert "missing from the cache (1): r002" in result.output
    assert "split: dev   documents: 1" in result.output
    assert "document themes (1 documents)" in result.output


def test_a_later_batch_is_chosen_by_id_number(corpus: tuple[Path, Path]) -> None:
    offsets, cache = corpus
    assert [d["id"] for d in load_realnews(offsets, cache, from_number=2).documents] == ["r002", "r003"]
    assert [d["id"] for d in load_realnews(offsets, cache, split="dev", from_number=2).documents] == ["r002"]
    result = CliRunner().invoke(main, ["evaluate", "--realnews", str(offsets), "--cache", str(cache),
                                       "--from-id", "3"])
    assert result.exit_code == 0, result.output
    assert "real news: 1 of 1 documents" in result.output
    assert "split: all   documents: 1" in result.output
    result = CliRunner().invoke(main, ["evaluate", "--realnews", str(offsets), "--cache", str(cache),
                                       "--from-id", "4"])
    assert result.exit_code == 1
    assert "no real-news text to score" in result.output


def test_cli_with_an_empty_cache_fails_clearly(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    offsets, _ = corpus
    result = CliRunner().invoke(main, ["evaluate", "--realnews", str(offsets), "--cache", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "missing from the cache (3): r001, r002, r003" in result.output
    assert "no real-news text to score" in result.output


@pytest.mark.parametrize(("args", "message"), [
    (["--errors"], "--errors needs --split dev"),
    (["--split", "test", "--errors"], "--errors needs --split dev"),
    ([], "give a gold file, or --realnews"),
    (["--cache", "/tmp"], "--cache only applies with --realnews"),
    (["--from-id", "501", "tests/data/gold/gold.jsonl"], "--from-id only applies with --realnews"),
])
def test_cli_bad_option_combinations(args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, ["evaluate", *args])
    assert result.exit_code == 1
    assert message in result.output


@pytest.mark.parametrize(("value", "message"), [
    ("-3", "-3 is not in the range x>=0"),
    ("r501", "'r501' is not a valid integer"),
])
def test_cli_bad_batch_number_is_a_usage_error(value: str, message: str) -> None:
    result = CliRunner().invoke(main, ["evaluate", "--realnews", "--from-id", value])
    assert result.exit_code == 2
    assert message in result.output
