"""Who a speaker span names, as agreement and adjudication compare it.

Speakers from different analysts' files are the same when their canonical
name and type are (the merge matches entities the same way).
"""

from __future__ import annotations

from annotator.model import AnnotatedDocument, Span


def speaker_name(bundle: AnnotatedDocument, span: Span) -> str:
    """"type:canonical name" of the span's speaker entity, or "" when it has none."""
    entity = bundle.entity(span.entity_id) if span.entity_id is not None else None
    return f"{entity.type}:{entity.name}" if entity is not None else ""
