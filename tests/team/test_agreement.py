"""Agreement figures: spans against bratiaa's, κ and α against values worked out by hand."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner
from team_samples import ANALYSTS, make_analysts

from annotator import services
from annotator.cli import main
from annotator.formats.filters import ExportFilter
from annotator.store import Project
from annotator.team.agreement import compute_agreement, overlap_matches
from annotator.team.kappa import cohen_kappa, fleiss_kappa, krippendorff_alpha


@pytest.fixture(scope="module")
def team(tmp_path_factory) -> Path:
    from annotator.team.merge import merge_projects

    folder = tmp_path_factory.mktemp("team")
    out = folder / "team.annotator"
    merge_projects(make_analysts(folder), out=out)
    return out


@pytest.fixture(scope="module")
def report(team):
    with Project.open(team, create=False) as project:
        return compute_agreement(project)


def test_span_f1_matches_bratiaa_on_the_same_data_exported_as_brat(team, report, tmp_path):
    agree = pytest.importorskip("bratiaa.agree")
    root = tmp_path / "brat"
    with Project.open(team, create=False) as project:
        for name in ANALYSTS:
            flt = ExportFilter(annotators={name}, statuses={"accepted"})
            services.export_project(project, format_name="brat", out=root / name, export_filter=flt)
    (root / "annotation.conf").write_text((root / "anna" / "annotation.conf").read_text("utf-8"), "utf-8")
    theirs = agree.compute_f1_agreement(str(root))
    assert theirs.annotators == list(ANALYSTS)
    mean, _ = theirs.mean_sd_total()
    assert report.total_f1(exact=True) == pytest.approx(float(mean))
    per_label, _ = theirs.mean_sd_per_label()
    for label, value in zip(theirs.labels, per_label):
        if math.isnan(value):
            assert label not in report.labels
        else:
            assert report.label_f1(label, exact=True) == pytest.approx(float(value)), label
    per_doc, _ = theirs.mean_sd_per_document()
    assert [report.document_f1(i, exact=True) for i in (1, 2)] == pytest.approx([float(v) for v in per_doc])


def test_span_f1_by_hand(report):
    # anna 6 spans, boris 5, vera 5 (team_samples docstring).
    # anna×boris: 3 speakers + quote 1 exact = 4 → 8/11; overlap adds the shorter quote → 10/11.
    assert report.pair_f1(("anna", "boris"), exact=True) == pytest.approx(8 / 11)
    assert report.pair_f1(("anna", "boris"), exact=False) == pytest.approx(10 / 11)
    # QUOTE: anna×boris 2·1/5, anna×vera 2·2/5, boris×vera 2·1/4; mean of the three.
    assert report.label_f1("QUOTE", exact=True) == pytest.approx((0.4 + 0.8 + 0.5) / 3)
    assert report.label_f1("QUOTE", exact=False) == pytest.approx((0.8 + 0.8 + 0.5) / 3)
    assert report.label_f1("SPEAKER") == 1.0


def test_attribution_and_quote_kind_by_hand(report):
    # Shared quotes: anna×boris 1 (same speaker), anna×vera 2 (Захарова same,
    # «Мы готовы…» Лавров vs Песков), boris×vera 1 (different) → 2 of 4.
    assert report.attribution_agreement() == pytest.approx(0.5)
    assert report.attribution_agreement(("anna", "vera")) == pytest.approx(0.5)
    # anna×vera kinds: (direct, indirect) and (direct, direct): po 1/2, pe 1/2·1 + ... → κ 0.
    agreement, kappa = report.kind_agreement(("anna", "vera"))
    assert agreement == pytest.approx(0.5) and kappa == pytest.approx(0.0)
    # anna×boris: a single shared quote, both direct: κ is undefined (chance agreement 1).
    assert report.kind_agreement(("anna", "boris")) == (1.0, None)


def test_theme_kappas_by_hand(report):
    # Items: 2 documents × themes used by anyone (bilateral, integration, security) = 6.
    # anna yes on 2, boris yes on 3, agreeing on 5: po 5/6, pe (2·3 + 4·3)/36 = 1/2 → κ 2/3.
    assert report.theme_kappa(("anna", "boris")) == (pytest.approx(5 / 6), pytest.approx(2 / 3))
    # Fleiss: items (Y,Y,N) ×2, (N,Y,N) ×1, (N,N,N) ×3: P̄ = (1/3·3 + 3)/6 = 2/3,
    # p_yes = 5/18, Pe = (25 + 169)/324 → κ = (2/3 − 194/324) / (1 − 194/324) = 22/130.
    assert report.fleiss == pytest.approx((2 / 3 - 194 / 324) / (1 - 194 / 324))
    assert report.fleiss == pytest.approx(22 / 130)
    # Krippendorff (nominal): coincidences o_yy 2, o_yn = o_ny 3, o_nn 10; n 18, n_y 5, n_n 13:
    # α = 1 − (n − 1)·(o_yn + o_ny) / (2·n_y·n_n) = 1 − 17·6/130.
    assert report.alpha == pytest.approx(1 - 17 * 6 / 130)


def test_kappa_functions_on_textbook_tables():
    # Cohen 1960 style table: 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no:
    # po 0.7, pe 0.5·0.6 + 0.5·0.4 = 0.5 → κ 0.4.
    first = ["y"] * 25 + ["n"] * 25
    second = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert cohen_kappa(first, second) == pytest.approx(0.4)
    assert cohen_kappa([], []) is None
    assert cohen_kappa(["a", "a"], ["a", "a"]) is None
    # Every rater always agrees: Fleiss κ 1.
    assert fleiss_kappa([["a", "a", "a"], ["b", "b", "b"]]) == pytest.approx(1.0)
    # α with a missing rating: units (1,1), (2,2,2), (1,2): o_11 = 2, o_22 = 2 + 3·... worked out:
    # unit 1 (m=2): o_11 += 2; unit 2 (m=3): o_22 += 6·1/2 = 3; unit 3 (m=2): o_12 = o_21 = 1.
    # n_1 = 3, n_2 = 4, n = 7 → α = 1 − 6·2 / (2·3·4) = 0.5.
    ratings = [[1, 2, 1], [1, 2, 2], [None, 2, None]]
    assert krippendorff_alpha(ratings) == pytest.approx(0.5)


def test_overlap_matching_counts_each_span_once():
    assert overlap_matches([(0, 10)], [(0, 3), (5, 8)]) == 1
    assert overlap_matches([(0, 3), (5, 8)], [(2, 6)]) == 1
    assert overlap_matches([(0, 3), (10, 12)], [(3, 10)]) == 0


def test_cli_agreement_text_json_and_html(team, tmp_path):
    runner = CliRunner()
    text = runner.invoke(main, ["agreement", str(team)])
    assert text.exit_code == 0, text.output
    assert "anna × boris: F1 exact 0.727, overlap 0.909" in text.output
    as_json = runner.invoke(main, ["agreement", str(team), "--json"])
    figures = json.loads(as_json.output)
    assert figures["three_or_more"]["themes_fleiss_kappa"] == round(22 / 130, 4)
    assert figures["per_pair"][0]["annotators"] == ["anna", "boris"]
    html = tmp_path / "report.html"
    written = runner.invoke(main, ["agreement", str(team), "--html", str(html)])
    assert written.exit_code == 0, written.output
    page = html.read_text("utf-8")
    assert "<svg" in page and "anna × boris" in page


def test_cli_agreement_bad_input(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(main, ["agreement", str(tmp_path / "none.annotator")])
    assert missing.exit_code == 1 and "none.annotator: no such project file" in missing.output
    broken = tmp_path / "broken.annotator"
    broken.write_bytes(b"\x00\x01 not sqlite")
    refused = runner.invoke(main, ["agreement", str(broken)])
    assert refused.exit_code == 1 and "broken.annotator: not an annotator project" in refused.output
    single = tmp_path / "single.annotator"
    services.open_project(single).close()
    alone = runner.invoke(main, ["agreement", str(single)])
    assert "agreement needs two or more annotators" in alone.output


def test_cli_agreement_html_for_one_annotator_and_an_unwritable_path(tmp_path):
    from team_samples import annotate, make_template

    single = annotate(make_template(tmp_path / "single.annotator"), "anna")
    runner = CliRunner()
    page = tmp_path / "one.html"
    result = runner.invoke(main, ["agreement", str(single), "--html", str(page)])
    assert result.exit_code == 0, result.output
    assert "agreement needs two or more annotators" in result.output and "<svg" in page.read_text("utf-8")
    refused = runner.invoke(main, ["agreement", str(single), "--html", str(tmp_path / "no-such-dir" / "r.html")])
    assert refused.exit_code == 1 and "no-such-dir" in refused.output
