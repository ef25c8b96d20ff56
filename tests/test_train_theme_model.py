"""tools/train_theme_model.py: clear messages without the cache, refuses the held-out split, trains on dev records."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from annotator.nlp.theme_model import load_model

TOOL = Path(__file__).resolve().parent.parent / "tools" / "train_theme_model.py"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("train_theme_model", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _record(number: int, split: str, text: str, themes: list[str]) -> str:
    return json.dumps({"id": f"r{number:03d}", "split": split, "text": text, "themes": themes}, ensure_ascii=False)


def test_without_the_cache_it_says_so(tool, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(tool, "DEFAULT_CACHE", tmp_path / "absent" / "dev.jsonl")
    assert tool.main([]) == 2
    assert "real-news cache is absent" in capsys.readouterr().err


def test_a_test_split_record_is_refused(tool, tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(_record(4, "dev", "Текст.", []) + "\n" + _record(3, "test", "Текст.", []) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"gold\.jsonl, line 2: split 'test'"):
        tool.read_documents([path], None)


def test_it_trains_a_model_the_app_can_load(tool, tmp_path: Path) -> None:
    trade = "Товарооборот стран вырос\n\nТоварооборот и инвестиции растут, экспорт и торговля увеличились."
    talks = "Министры провели переговоры\n\nСтороны обсудили двусторонние отношения и визит президента."
    lines = [_record(n, "dev", trade if n % 2 else talks, ["economy"] if n % 2 else ["bilateral"])
             for n in range(1, 25)]
    lines.append(_record(950, "dev", trade, ["economy"]))  # beyond --max-id: left out
    gold = tmp_path / "dev.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "model.json"
    assert tool.main(["--train", str(gold), "--max-id", "900", "--min-positives", "5", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["trained_on"] == "real-news dev split, 24 documents numbered up to 900"
    model = load_model(out)
    assert set(model.classifiers) == {"economy", "bilateral"}
    assert model.classifiers["bilateral"].role == "decide" and model.classifiers["economy"].role == "confirm"
    assert model.classifiers["economy"].weights["товарооборот"] > 0 > model.classifiers["bilateral"].weights["товарооборот"]



def test_the_committed_model_was_trained_by_the_documented_procedure(tool) -> None:
    """resources/theme_model.json is what `train_theme_model.py --max-id 1999` writes with the tool's
    defaults (tests/data/realnews/README.md): its settings are the defaults, its ids dev r001-r1999."""
    committed = json.loads((TOOL.parent.parent / "resources" / "theme_model.json").read_text(encoding="utf-8"))
    defaults = vars(tool.build_parser().parse_args([]))
    assert committed["trained_on"].endswith("numbered up to 1999")
    assert committed["settings"] == {key: defaults[key] for key in committed["settings"]}
    decided = {theme for theme, item in committed["themes"].items() if item["role"] == "decide"}
    assert decided == set(defaults["decide"].split(","))
