"""What the interface says about each export format: description, file type, file name.

The format modules' ``DESCRIPTION`` is English (it is also ``--help`` text);
the interface shows these translatable descriptions instead, and falls back
to ``DESCRIPTION`` for a format this table does not know.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

CONTEXT = "Formats"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate marker
    return text


@dataclass(frozen=True)
class FormatInfo:
    description: str
    file_type: str
    extension: str  # "" for a format that writes a folder


_FORMATS = {
    "jsonl": FormatInfo(
        QT_TRANSLATE_NOOP("Formats", "annotator JSONL: complete (text, metadata, spans, relations, speakers, "
                                     "themes)"),
        QT_TRANSLATE_NOOP("Formats", "annotator JSON Lines"), ".jsonl"),
    "csv": FormatInfo(
        QT_TRANSLATE_NOOP("Formats", "CSV of quotes (one row per quote) for spreadsheets and pandas"),
        QT_TRANSLATE_NOOP("Formats", "CSV table"), ".csv"),
    "brat": FormatInfo(
        QT_TRANSLATE_NOOP("Formats", "brat standoff folder (.txt + .ann per document, annotation.conf)"),
        QT_TRANSLATE_NOOP("Formats", "brat folder"), ""),
    "conll": FormatInfo(
        QT_TRANSLATE_NOOP("Formats", "CoNLL-2003 BIO tokens (razdel) with SPEAKER and QUOTE labels"),
        QT_TRANSLATE_NOOP("Formats", "CoNLL-2003 text"), ".conll"),
    "doccano": FormatInfo(
        QT_TRANSLATE_NOOP("Formats", "doccano JSONL (sequence labelling with relations)"),
        QT_TRANSLATE_NOOP("Formats", "doccano JSON Lines"), ".jsonl"),
    "labelstudio": FormatInfo(
        QT_TRANSLATE_NOOP("Formats", "Label Studio JSON tasks (labels + relations) and labelling config"),
        QT_TRANSLATE_NOOP("Formats", "Label Studio tasks"), ".json"),
    "qdpx": FormatInfo(
        QT_TRANSLATE_NOOP("Formats", "REFI-QDA project (.qdpx) for QualCoder, ATLAS.ti, MAXQDA, NVivo"),
        QT_TRANSLATE_NOOP("Formats", "REFI-QDA project"), ".qdpx"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def description(name: str, module: object = None) -> str:
    """The translated description of a format (the module's own for unknown formats)."""
    info = _FORMATS.get(name)
    if info is not None:
        return _tr(info.description)
    return str(getattr(module, "DESCRIPTION", "") or "")


def extension(name: str) -> str:
    """``.csv`` etc.; ``""`` when the format writes a folder (brat)."""
    info = _FORMATS.get(name)
    return info.extension if info is not None else ""


def writes_folder(name: str) -> bool:
    return name == "brat"


def file_filter(name: str) -> str:
    """The save dialog's file type filter, e.g. ``CSV table (*.csv)``."""
    info = _FORMATS.get(name)
    if info is None or not info.extension:
        return ""
    return f"{_tr(info.file_type)} (*{info.extension})"


def default_file_name(name: str, project_stem: str) -> str:
    """``<project>.<extension>``; a folder ``<project>-brat`` for brat."""
    if writes_folder(name):
        return f"{project_stem}-{name}"
    return project_stem + extension(name)
