"""Gold-layer provenance in the native JSONL: {"item", "decision", "adjudicator", "decided", "sources"}."""

from __future__ import annotations

from typing import Any

from annotator.formats.validate import RecordReader
from annotator.model import GOLD_DECISIONS, GoldMark


def mark_record(mark: GoldMark) -> dict[str, Any]:
    return {
        "item": mark.item,
        "decision": mark.decision,
        "adjudicator": mark.adjudicator,
        "decided": mark.decided,
        "sources": mark.sources,
    }


def with_gold(record: dict[str, Any], mark: GoldMark | None) -> dict[str, Any]:
    """The record, plus its gold mark when it has one (plain exports stay as they were)."""
    if mark is not None:
        record["gold"] = mark_record(mark)
    return record


def read_mark(item: dict[str, Any], reader: RecordReader) -> GoldMark | None:
    if item.get("gold") is None:
        return None
    found = reader.mapping(item, "gold")
    mark = GoldMark(
        item=reader.string(found, "item", required=True),
        decision=reader.string(found, "decision") or "agreed",
        adjudicator=reader.string(found, "adjudicator"),
        decided=reader.string(found, "decided"),
        sources=reader.strings(found, "sources"),
    )
    if mark.decision not in GOLD_DECISIONS:
        reader.fail(f"unknown gold decision {mark.decision!r}")
    return mark


def read_dropped(record: dict[str, Any], reader: RecordReader) -> list[GoldMark]:
    marks = []
    for item in reader.objects(record, "gold_dropped"):
        mark = read_mark({"gold": item}, reader)
        if mark is not None:
            marks.append(mark)
    return marks
