"""CSV of quotes for spreadsheets and pandas (export only).

One row per QUOTE span, in document order, with these columns:

``document_id, title, date, source, url, speaker, speaker_type, quote,
kind, themes, status, annotator, start, end``

* ``speaker`` – the canonical name of the speaker entity reached through the
  quote's ``said_by`` relation (the speaker span's own text when the span has
  no entity); several speakers are joined by ``"; "``.
* ``speaker_type`` – ``person`` / ``organization`` of those entities.
* ``quote`` – the quoted text (line breaks kept; the csv module quotes them).
* ``themes`` – the themes tagged on the quote followed by the document's own
  theme tags, without duplicates, joined by ``"; "``.
* ``start`` / ``end`` – code-point offsets into the document text.

Options (``options`` dict):

* ``bom`` (bool, default False) – start the file with a UTF-8 byte-order mark
  so that Excel detects UTF-8.
* ``theme_names`` (``"id"`` | ``"ru"`` | ``"en"``, default ``"id"``) – write
  theme ids or their Russian / English names.  The CLI (``--lang``) and the
  export dialog always pass a language: analysts read names, not ids.
* ``delimiter`` (str, default ``","``).

Safety: a text cell that begins with ``= + - @``, a tab or a carriage return
is prefixed with a single quote ``'`` so that spreadsheet programs show it as
text instead of evaluating it as a formula.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.model import QUOTE, REJECTED, SAID_BY, AnnotatedDocument, Theme

NAME = "csv"
DESCRIPTION = "CSV of quotes (one row per quote) for spreadsheets and pandas"

COLUMNS = [
    "document_id",
    "title",
    "date",
    "source",
    "url",
    "speaker",
    "speaker_type",
    "quote",
    "kind",
    "themes",
    "status",
    "annotator",
    "start",
    "end",
    "comment",
    "memo",
]

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_THEME_NAME_MODES = ("id", "ru", "en")


def neutralise(cell: str) -> str:
    """Keep spreadsheet programs from evaluating a cell as a formula."""
    if cell.startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell


def export(
    docs: Iterable[AnnotatedDocument],
    out: Path,
    *,
    themes: list[Theme],
    options: dict[str, Any] | None = None,
) -> int:
    options = options or {}
    mode = options.get("theme_names", "id")
    if mode not in _THEME_NAME_MODES:
        raise ValueError(f"csv option theme_names must be one of {_THEME_NAME_MODES}, not {mode!r}")
    theme_label = _theme_labeller(themes, mode)
    encoding = "utf-8-sig" if options.get("bom") else "utf-8"
    count = 0
    with open(Path(out), "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=options.get("delimiter", ","))
        writer.writerow(COLUMNS)
        for bundle in docs:
            for row in quote_rows(bundle, theme_label):
                writer.writerow([neutralise(cell) if isinstance(cell, str) else cell for cell in row])
                count += 1
    return count


def _theme_labeller(themes: list[Theme], mode: str) -> Any:
    if mode == "id":
        return lambda theme_id: theme_id
    names = {
        theme.id: (theme.name_ru if mode == "ru" else theme.name_en) or theme.id for theme in themes
    }
    return lambda theme_id: names.get(theme_id, theme_id)


def quote_rows(bundle: AnnotatedDocument, theme_label: Any) -> Iterable[list[Any]]:
    doc = bundle.document
    spans_by_id = {span.id: span for span in bundle.spans}
    entities = {entity.id: entity for entity in bundle.entities}
    speakers_of: dict[Any, list[Any]] = {}
    for rel in bundle.relations:
        # A rejected link, or one to a rejected mention, names nobody (docs/WORKBENCH.md).
        target = spans_by_id.get(rel.target_id)
        if rel.kind == SAID_BY and rel.status != REJECTED and target is not None and target.status != REJECTED:
            speakers_of.setdefault(rel.source_id, []).append(rel.target_id)
    span_themes: dict[Any, list[str]] = {}
    doc_themes: list[str] = []
    for tag in bundle.tags:
        if tag.span_id is None:
            doc_themes.append(tag.theme_id)
        else:
            span_themes.setdefault(tag.span_id, []).append(tag.theme_id)
    quotes = sorted(
        (span for span in bundle.spans if span.label == QUOTE), key=lambda s: (s.start, s.end)
    )
    for quote in quotes:
        names: list[str] = []
        types: list[str] = []
        for target_id in speakers_of.get(quote.id, []):
            speaker = spans_by_id.get(target_id)
            if speaker is None:
                continue
            entity = entities.get(speaker.entity_id)
            names.append(entity.name if entity else doc.text[speaker.start : speaker.end])
            types.append(entity.type if entity else "")
        theme_ids = list(dict.fromkeys(span_themes.get(quote.id, []) + doc_themes))
        yield [
            doc.id if doc.id is not None else "",
            doc.title,
            doc.date,
            doc.source,
            doc.url,
            "; ".join(dict.fromkeys(names)),
            "; ".join(dict.fromkeys(t for t in types if t)),
            doc.text[quote.start : quote.end],
            str(quote.attrs.get("kind", "")),
            "; ".join(theme_label(theme_id) for theme_id in theme_ids),
            quote.status,
            quote.annotator,
            quote.start,
            quote.end,
            quote.comment,
            doc.memo,
        ]
