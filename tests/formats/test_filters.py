"""Export filters: which documents and annotations an export keeps."""

from __future__ import annotations

import pytest
from formats_samples import THEMES, lavrov_bundle, plain_bundle

from annotator.formats.filters import ExportFilter, apply_filter, is_gold_span, theme_descendants
from annotator.model import GoldMark, Span


def run(flt: ExportFilter):
    return list(apply_filter([lavrov_bundle(1), plain_bundle(2)], flt, THEMES))


def span_ids(bundle) -> set[int]:
    return {span.id for span in bundle.spans}


def test_a_filter_that_keeps_rejected_and_restricts_nothing_keeps_everything_unchanged():
    bundles = run(ExportFilter(include_rejected=True))
    assert [b.document.id for b in bundles] == [1, 2]
    assert len(bundles[0].spans) == 6 and len(bundles[0].relations) == 2


def test_the_default_filter_leaves_out_only_rejected_annotations():
    first, second = run(ExportFilter())
    assert span_ids(first) == {1, 2, 3, 4, 5}  # span 6 is the rejected quote
    assert len(first.relations) == 2 and len(first.tags) == 3
    assert span_ids(second) == {10, 11}


def test_asking_for_the_rejected_status_keeps_them():
    first, _ = run(ExportFilter(statuses={"rejected"}))
    assert span_ids(first) == {6}


def test_filter_from_options_is_what_the_cli_and_the_dialog_build():
    from annotator.formats.filters import filter_from_options

    assert filter_from_options() == ExportFilter()
    assert filter_from_options(accepted=True, statuses=["suggested"], doc_ids=[3], themes=["security"],
                               include_rejected=True) == ExportFilter(
        statuses={"accepted", "suggested"}, doc_ids={3}, themes={"security"}, include_rejected=True)


def test_accepted_only_drops_suggested_and_rejected_and_their_relations_and_tags():
    first, second = run(ExportFilter(statuses={"accepted"}))
    assert span_ids(first) == {1, 2, 5}
    assert [(r.source_id, r.target_id) for r in first.relations] == [(1, 2)]
    assert {t.theme_id for t in first.tags} == {"bilateral.trade", "integration"}
    assert span_ids(second) == {10, 11}


def test_no_relation_or_tag_points_to_a_dropped_span():
    for flt in (ExportFilter(statuses={"suggested"}), ExportFilter(annotators={"boris"}),
                ExportFilter(gold_only=True)):
        for bundle in run(flt):
            kept = span_ids(bundle)
            assert all(r.source_id in kept and r.target_id in kept for r in bundle.relations)
            assert all(t.span_id is None or t.span_id in kept for t in bundle.tags)
            assert all(s.entity_id is None or bundle.entity(s.entity_id) for s in bundle.spans)


def test_by_annotator():
    first, second = run(ExportFilter(annotators={"boris"}, include_rejected=True))
    assert span_ids(first) == {4, 5, 6}
    # boris's relation 4 -> 5 is suggested but kept: only the annotator is filtered.
    assert [(r.source_id, r.target_id) for r in first.relations] == [(4, 5)]
    assert second.spans == [] and second.tags == []
    assert second.entities == []


def test_document_status_and_ids():
    assert [b.document.id for b in run(ExportFilter(doc_statuses={"done"}))] == [1]
    assert [b.document.id for b in run(ExportFilter(doc_ids={2}))] == [2]


@pytest.mark.parametrize(
    ("themes", "expected"),
    [
        ({"bilateral"}, [1]),  # through its child bilateral.trade
        ({"security"}, [1, 2]),
        ({"integration"}, [1]),
        ({"nothing"}, []),
    ],
)
def test_theme_filter_includes_descendants(themes, expected):
    assert [b.document.id for b in run(ExportFilter(themes=themes))] == expected


def test_theme_filter_counts_only_tags_that_survive_the_other_filters():
    # Document 1's security tag is suggested; accepted-only leaves only document 2's.
    kept = run(ExportFilter(themes={"security"}, statuses={"accepted"}))
    assert [b.document.id for b in kept] == [2]


def test_gold_only_keeps_the_adjudicated_layer_and_adjudicated_documents():
    # The gold layer replaced the old rule (accepted, or attrs["gold"]): issue 9.
    bundle = lavrov_bundle()
    mark = GoldMark(item="span:1", decision="chosen", adjudicator="lead", sources=["anna"])
    bundle.spans[0].gold = mark  # accepted quote 1, settled
    bundle.spans[1].gold = mark  # its speaker
    bundle.relations[0].gold = mark  # 1 -> 2
    bundle.spans[3].attrs["gold"] = True  # an attribute is not adjudication
    (kept,) = apply_filter([bundle, plain_bundle(2)], ExportFilter(gold_only=True), THEMES)
    assert span_ids(kept) == {1, 2}
    assert [(r.source_id, r.target_id) for r in kept.relations] == [(1, 2)]
    assert kept.tags == []


def test_is_gold_span_rules():
    assert not is_gold_span(Span(0, 1, "QUOTE", status="accepted"))
    assert not is_gold_span(Span(0, 1, "QUOTE", attrs={"gold": True}))
    assert is_gold_span(Span(0, 1, "QUOTE", status="accepted", gold=GoldMark(item="x")))


def test_theme_descendants_and_cycles_terminate():
    assert theme_descendants({"bilateral"}, THEMES) == {"bilateral", "bilateral.trade"}
    from annotator.model import Theme

    cyclic = [Theme("a", "a", "a", parent="b"), Theme("b", "b", "b", parent="a")]
    assert theme_descendants({"a"}, cyclic) == {"a", "b"}


def test_filter_does_not_modify_the_input_bundles():
    bundle = lavrov_bundle()
    list(apply_filter([bundle], ExportFilter(statuses={"accepted"}), THEMES))
    assert len(bundle.spans) == 6 and len(bundle.relations) == 2 and len(bundle.tags) == 3
