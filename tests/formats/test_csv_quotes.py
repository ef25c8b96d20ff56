"""CSV of quotes: columns, speakers via relations, themes, BOM, formula safety."""

from __future__ import annotations

import csv

import pytest
from formats_samples import THEMES, lavrov_bundle, plain_bundle

from annotator.formats import csv_quotes


def export_rows(tmp_path, **options):
    out = tmp_path / "quotes.csv"
    count = csv_quotes.export([lavrov_bundle(), plain_bundle()], out, themes=THEMES, options=options)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return count, rows, out


def test_one_row_per_quote_with_speaker_themes_and_offsets(tmp_path):
    count, rows, _ = export_rows(tmp_path)
    assert count == 4 and len(rows) == 4
    assert list(rows[0]) == csv_quotes.COLUMNS
    first = rows[0]
    assert first["quote"] == "Мы готовы к диалогу"
    assert first["speaker"] == "Сергей Лавров" and first["speaker_type"] == "person"
    assert first["kind"] == "direct" and first["status"] == "accepted" and first["annotator"] == "anna"
    assert first["themes"] == "bilateral.trade; integration"  # span tag, then document tag
    assert (first["title"], first["date"], first["source"]) == ("Лавров о диалоге", "2024-05-01", "ТАСС")
    text = lavrov_bundle().document.text
    assert text[int(first["start"]):int(first["end"])] == first["quote"]
    # The emoji quote: offsets are code points.
    second = rows[1]
    assert text[int(second["start"]):int(second["end"])] == second["quote"]
    assert rows[3]["speaker"] == "Дмитрий Песков"


def test_formula_cells_are_neutralised_and_line_breaks_survive(tmp_path):
    _, rows, _ = export_rows(tmp_path)
    assert rows[2]["quote"] == "'=важный шаг»,\n— отметил"


@pytest.mark.parametrize("cell", ["=SUM(A1)", "+7", "-1", "@cmd", "\tx", "\rx"])
def test_neutralise(cell):
    assert csv_quotes.neutralise(cell) == "'" + cell


def test_plain_cells_are_left_alone():
    assert csv_quotes.neutralise("Лавров — министр") == "Лавров — министр"


def test_bom_option(tmp_path):
    _, _, out = export_rows(tmp_path, bom=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    _, _, out = export_rows(tmp_path)
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_theme_names_option(tmp_path):
    _, rows, _ = export_rows(tmp_path, theme_names="ru")
    assert rows[0]["themes"] == "Торговля; Интеграционные объединения"


def test_pandas_reads_it(tmp_path):
    pandas = pytest.importorskip("pandas")
    _, _, out = export_rows(tmp_path, bom=True)
    frame = pandas.read_csv(out, encoding="utf-8-sig")
    assert list(frame.columns) == csv_quotes.COLUMNS
    assert len(frame) == 4
    assert frame.loc[3, "quote"] == "Кремль внимательно следит за ситуацией"
    assert int(frame.loc[0, "end"]) == 20
