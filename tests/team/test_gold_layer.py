"""The gold layer: provenance stored by the migration, kept by the native JSONL, refused when malformed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from team_samples import make_analysts

from annotator import services
from annotator.formats import native
from annotator.model import AnnotatorError
from annotator.store import Project
from annotator.store.schema import MIGRATION_NAMES
from annotator.team import adjudicate
from annotator.team.merge import merge_projects


@pytest.fixture
def team(tmp_path: Path) -> Path:
    out = tmp_path / "team.annotator"
    merge_projects(make_analysts(tmp_path), out=out)
    return out


def test_the_gold_layer_is_a_named_migration():
    assert "m003_team_gold_layer" in MIGRATION_NAMES


def test_provenance_round_trips_through_native_jsonl(team, tmp_path):
    with Project.open(team, create=False) as project:
        adjudicate.settle_agreed(project, 1, adjudicator="lead")
        adjudicate.take(project, 1, "QUOTE:66-85", 1, adjudicator="lead")  # vera's minority version
        adjudicate.drop(project, 1, "theme:integration", adjudicator="lead")
        assert adjudicate.progress(project) == (4, 9)
        out = tmp_path / "gold.jsonl"
        services.export_project(project, format_name="jsonl", out=out,
                                export_filter=services_filter())
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(lines) == 2  # the header and the one adjudicated document
    quote = next(s for s in lines[1]["spans"] if s["label"] == "QUOTE")
    assert quote["gold"]["decision"] == "chosen" and quote["gold"]["sources"] == ["vera"]
    assert quote["attrs"] == {"kind": "indirect"}
    assert lines[1]["gold_dropped"][0]["item"] == "theme:integration"
    restored = tmp_path / "restored.annotator"
    with services.open_project(restored) as project:
        report = services.import_paths(project, [out], analyze=False)
        assert report.ok, report.lines()
        bundle = project.annotated(project.document_ids()[0])
    assert sorted((s.label, s.gold.decision) for s in bundle.spans) == [
        ("QUOTE", "chosen"), ("SPEAKER", "agreed"), ("SPEAKER", "agreed")]
    assert [r.gold.item for r in bundle.relations] == ["QUOTE:66-85"]
    assert [m.item for m in bundle.dropped] == ["theme:integration"]


def services_filter():
    from annotator.formats.filters import ExportFilter

    return ExportFilter(gold_only=True)


def test_undo_removes_what_settled_the_items(team):
    with Project.open(team, create=False) as project:
        keys = adjudicate.take(project, 1, "QUOTE:66-85", 0, adjudicator="lead")
        assert keys == ["QUOTE:66-85", "SPEAKER:31-44"]  # its speaker was settled with it
        adjudicate.unsettle(project, 1, keys)
        assert project.settled_items(1) == set()
        assert not any(s.gold for s in project.annotated(1).spans)


def test_settling_twice_or_an_unknown_version_is_refused(team):
    with Project.open(team, create=False) as project:
        adjudicate.take(project, 1, "theme:bilateral", 0, adjudicator="lead")
        with pytest.raises(AnnotatorError, match="already settled"):
            adjudicate.take(project, 1, "theme:bilateral", 1, adjudicator="lead")
        with pytest.raises(AnnotatorError, match="has 2 version"):
            adjudicate.take(project, 1, "theme:integration", 5, adjudicator="lead")
        with pytest.raises(AnnotatorError, match="no adjudication item"):
            adjudicate.drop(project, 1, "QUOTE:0-1", adjudicator="lead")
        with pytest.raises(AnnotatorError, match="not a span of this document"):
            adjudicate.edit(project, 1, "QUOTE:66-85", 0, 5, 5000, adjudicator="lead")


@pytest.mark.parametrize(
    ("gold", "message"),
    [
        ({"item": "QUOTE:0-5", "decision": "maybe"}, "unknown gold decision 'maybe'"),
        ({"decision": "agreed"}, "item"),
        ("agreed", "gold"),
    ],
)
def test_a_malformed_gold_mark_is_refused_with_its_line(tmp_path, gold, message):
    record = {"text": "Сергей Лавров заявил: «Мы готовы».", "spans": [
        {"id": 1, "start": 0, "end": 13, "label": "SPEAKER", "gold": gold}]}
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(native.header([]), ensure_ascii=False) + "\n" + json.dumps(record, ensure_ascii=False)
                    + "\n", encoding="utf-8")
    with pytest.raises(AnnotatorError) as refused:
        list(native.read(path))
    assert "bad.jsonl, line 2" in str(refused.value) and message in str(refused.value)
