"""The side tables keep the field order the readers and earlier exports use."""

from __future__ import annotations

from formats_samples import lavrov_bundle

from annotator.formats.offsets import CODEPOINTS, OffsetUnits
from annotator.formats.span_keyed import RELATION_FIELDS, SPAN_FIELDS, TAG_FIELDS, SideTables, side_tables


def test_entries_list_their_fields_in_the_declared_order() -> None:
    bundle = lavrov_bundle()
    tables = side_tables(bundle, OffsetUnits(bundle.document.text, CODEPOINTS))
    span_entries = [entry for entries in tables["spans"].values() for entry in entries]
    relation_entries = [entry for entries in tables["relations"].values() for entry in entries]
    assert len(span_entries) == len(bundle.spans) and bundle.relations and bundle.tags
    assert all(list(entry) == [*SPAN_FIELDS, "entity"] for entry in span_entries)
    assert all(list(entry) == list(RELATION_FIELDS) for entry in relation_entries)
    assert all(list(entry) == ["theme", "span", *TAG_FIELDS[1:]] for entry in tables["tags"])


def test_entries_carry_each_spans_own_values_back() -> None:
    bundle = lavrov_bundle()
    units = OffsetUnits(bundle.document.text, CODEPOINTS)
    side = SideTables(side_tables(bundle, units))
    for span in bundle.spans:
        entry = side.span(f"{span.start}:{span.end}:{span.label}")
        assert (entry["status"], entry["origin"], entry["annotator"], entry["entity"]) == (
            span.status, span.origin, span.annotator, span.entity_id)
