"""The team workflow end to end: three analysts, merge, agreement, adjudication by keys, gold export.

Projects are made through the API (tests/team/team_samples.py documents their
known differences); the figures asserted are the ones worked out by hand in
tests/team/test_agreement.py.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "team"))
from team_samples import make_analysts  # noqa: E402

from annotator.cli import main  # noqa: E402
from annotator.formats import format_module  # noqa: E402
from annotator.store import Project  # noqa: E402

GOLD = {
    ("QUOTE", "Мы готовы к диалогу"),
    ("QUOTE", "состоится в марте"),
    ("SPEAKER", "Сергей Лавров"),
    ("SPEAKER", "Дмитрий Песков"),
}
EXPORTS = {"jsonl": "gold.jsonl", "csv": "gold.csv", "brat": "gold-brat", "conll": "gold.conll",
           "doccano": "gold-doccano.jsonl", "labelstudio": "gold-ls.json", "qdpx": "gold.qdpx"}


def spans_of(bundles) -> tuple[set[tuple[str, str]], int]:
    found = set()
    count = 0
    for bundle in bundles:
        count += 1
        for span in bundle.spans:
            found.add((span.label, bundle.document.text[span.start:span.end]))
    return found, count


def test_three_analysts_to_an_exported_gold_corpus(qtbot, tmp_path):
    from annotator.gui.adjudication_window import AdjudicationWindow

    runner = CliRunner()
    team = tmp_path / "team.annotator"
    merged = runner.invoke(main, ["merge", *map(str, make_analysts(tmp_path)), "--out", str(team)])
    assert merged.exit_code == 0, merged.output

    figures = json.loads(runner.invoke(main, ["agreement", str(team), "--json"]).output)
    assert figures["per_pair"][0]["span_f1_exact"] == round(8 / 11, 4)
    assert figures["spans"]["per_label"]["QUOTE"]["f1_exact"] == round((0.4 + 0.8 + 0.5) / 3, 4)
    assert figures["attribution_agreement"] == 0.5
    assert figures["three_or_more"]["themes_fleiss_kappa"] == round(22 / 130, 4)
    assert figures["three_or_more"]["themes_krippendorff_alpha"] == round(1 - 17 * 6 / 130, 4)

    with Project.open(team, create=False) as project:
        window = AdjudicationWindow(project, lambda: "lead")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.items.setFocus()
        for key in (Qt.Key.Key_1, Qt.Key.Key_B, Qt.Key.Key_X, Qt.Key.Key_1):
            qtbot.keyClick(window.items, key)
        assert window.items.count() == 0
        window.close()

    for format_name, name in EXPORTS.items():
        out = tmp_path / name
        result = runner.invoke(main, ["--project", str(team), "export", "--format", format_name, "--gold",
                                      "--out", str(out)])
        assert result.exit_code == 0, (format_name, result.output)
        module = format_module(format_name)
        if hasattr(module, "read"):
            found, documents = spans_of(module.read(out, options={}))
            assert documents == 1, format_name  # the document not adjudicated is left out
            assert found == GOLD, format_name

    with (tmp_path / "gold.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(row["quote"] if "quote" in row else row["text"] for row in rows) == [
        "Мы готовы к диалогу", "состоится в марте"]
    conll = (tmp_path / "gold.conll").read_text("utf-8")
    assert "B-QUOTE" in conll and "B-SPEAKER" in conll and "Захарова" not in conll

    # The native JSONL keeps the provenance: imported into a new project it is the same gold layer.
    restored = tmp_path / "restored.annotator"
    imported = runner.invoke(main, ["--project", str(restored), "import", str(tmp_path / "gold.jsonl")])
    assert imported.exit_code == 0, imported.output
    with Project.open(restored, create=False) as project:
        bundle = project.annotated(project.document_ids()[0])
    marks = sorted((s.label, bundle.document.text[s.start:s.end], s.gold.decision, s.gold.adjudicator)
                   for s in bundle.spans)
    assert marks == [("QUOTE", "Мы готовы к диалогу", "chosen", "lead"), ("QUOTE", "состоится в марте", "chosen", "lead"),
                     ("SPEAKER", "Дмитрий Песков", "agreed", "lead"), ("SPEAKER", "Сергей Лавров", "agreed", "lead")]
    assert sorted(m.item for m in bundle.dropped) == ["theme:bilateral", "theme:integration"]
    assert all(r.gold is not None for r in bundle.relations) and len(bundle.relations) == 2
