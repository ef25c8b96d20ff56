"""The Dask recipe (annotator.scale) writes, shard by shard, the bytes the serial run writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.preannotate import analyse_stream
from annotator.resources import default_taxonomy

pytest.importorskip("dask.bag")

from annotator.scale import analyse_shards  # noqa: E402


def shard(path: Path, first: int, count: int) -> Path:
    lines = []
    for number in range(first, first + count):
        text = (
            f"Мария Захарова сообщила: «Консультации № {number} пройдут в Москве 🇷🇺». "
            "По словам дипломата, стороны обсудят энергетику и транзит."
        )
        lines.append(json.dumps({"text": text, "title": f"Брифинг {number}"}, ensure_ascii=False))
        if number % 5 == 0:
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_dask_bag_over_shards_equals_the_serial_run_byte_for_byte(tmp_path: Path, scheduler: str) -> None:
    shards_dir, serial_dir, dask_dir = tmp_path / "shards", tmp_path / "serial", tmp_path / "dask"
    for folder in (shards_dir, serial_dir, dask_dir):
        folder.mkdir()
    shards = [shard(shards_dir / f"part-{n}.jsonl", n * 100, 12) for n in range(3)]
    for path in shards:
        analyse_stream(path, serial_dir / path.name, jobs=1, themes=default_taxonomy())

    written = analyse_shards(shards, dask_dir, scheduler=scheduler)

    assert [Path(p).name for p in written] == [p.name for p in shards]
    for path in shards:
        expected = (serial_dir / path.name).read_bytes()
        assert expected.count(b"\n") == 13  # header + 12 analyses
        assert (dask_dir / path.name).read_bytes() == expected


def test_a_bad_line_in_a_shard_fails_the_run_naming_shard_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "part-bad.jsonl"
    bad.write_text('{"text": "Лавров заявил: «Да»."}\n{"title": 1\n', encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()

    with pytest.raises(Exception, match=r"part-bad\.jsonl, line 2: not valid JSON"):
        analyse_shards([bad], out, scheduler="synchronous")
