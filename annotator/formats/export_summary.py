"""What an export wrote, counted apart (documents, spans, relations, theme tags), and the
overlapping spans it met on the way (see :mod:`annotator.formats.overlaps`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from annotator.model import AnnotatedDocument

# Formats that write only part of each document say what they counted.
_PARTIAL_COUNTS = {"csv": "quote row(s)", "conll": "span(s) on tokens"}


@dataclass
class ExportSummary:
    """What an export wrote, counted apart, and the overlaps it met."""

    out: Path
    format_name: str = ""
    written: int = 0
    documents: int = 0
    spans: int = 0
    relations: int = 0
    tags: int = 0
    overlap_documents: int = 0
    overlap_spans: int = 0
    overlaps_removed: bool = False
    overlap_advice: str = ""

    @property
    def is_partial(self) -> bool:
        """The format writes only part of each document (csv: quotes; conll: spans on tokens)."""
        return self.format_name in _PARTIAL_COUNTS

    @property
    def total(self) -> int:
        return self.spans + self.relations + self.tags

    def count(self, bundles: Iterable[AnnotatedDocument], drop_overlaps: bool) -> Iterator[AnnotatedDocument]:
        from annotator.formats.overlaps import overlapping_ids, without_overlaps

        for bundle in bundles:
            overlapping = overlapping_ids(bundle.spans)
            if overlapping:
                self.overlap_documents += 1
                self.overlap_spans += len(overlapping)
                if drop_overlaps:
                    bundle = without_overlaps(bundle)
            self.documents += 1
            self.spans += len(bundle.spans)
            self.relations += len(bundle.relations)
            self.tags += len(bundle.tags)
            yield bundle

    def line(self) -> str:
        """The one-line report: documents, then spans, relations and theme tags apart."""
        partial = _PARTIAL_COUNTS.get(self.format_name)
        if partial:
            return f"wrote {self.written} {partial} from {self.documents} document(s) to {self.out}"
        return (f"wrote {self.documents} document(s): {self.spans} span(s), {self.relations} relation(s), "
                f"{self.tags} theme tag(s) to {self.out}")

    def warning(self) -> str:
        """A line about overlapping spans, or "" when there is nothing to say."""
        if not self.overlap_documents:
            return ""
        found = (f"{self.overlap_spans} overlapping span(s) in {self.overlap_documents} document(s)")
        if self.overlaps_removed:
            return f"{found}: kept one span of each overlap (--no-overlaps)"
        return f"warning: {found}; {self.overlap_advice}" if self.overlap_advice else ""
