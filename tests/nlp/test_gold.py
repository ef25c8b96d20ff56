"""Floors on the hand-annotated gold set (tests/data/gold, see its README).

Rules were tuned on the ``dev`` split only; ``test`` is held out.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from annotator.nlp.evaluate import EvaluationReport, evaluate

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "gold.jsonl"

pytestmark = pytest.mark.skipif(not GOLD.is_file(), reason="gold set not present")


@lru_cache(maxsize=None)
def _report(split: str | None) -> EvaluationReport:
    return evaluate(GOLD, split=split)


@pytest.mark.parametrize("split", ["dev", "test", None])
def test_direct_quote_overlap_f1(split: str | None) -> None:
    score = _report(split).f1("direct")
    assert score >= 0.95, _report(split).format()


@pytest.mark.parametrize("split", ["dev", "test", None])
def test_indirect_quote_overlap_f1(split: str | None) -> None:
    score = _report(split).f1("indirect")
    assert score >= 0.85, _report(split).format()


@pytest.mark.parametrize("split", ["dev", "test", None])
def test_speaker_accuracy(split: str | None) -> None:
    score = _report(split).speaker_accuracy
    assert score >= 0.90, _report(split).format()


@pytest.mark.parametrize("split", ["dev", "test", None])
def test_no_titles_reported_as_quotes(split: str | None) -> None:
    count = _report(split).title_false_positives
    assert count == 0, _report(split).format()
