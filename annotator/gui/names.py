"""Translated display names for statuses, labels, quote kinds and speaker types."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Names"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate marker
    return text


_NAMES = {
    "suggested": QT_TRANSLATE_NOOP("Names", "suggested"),
    "accepted": QT_TRANSLATE_NOOP("Names", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("Names", "rejected"),
    "new": QT_TRANSLATE_NOOP("Names", "new"),
    "in_progress": QT_TRANSLATE_NOOP("Names", "in progress"),
    "done": QT_TRANSLATE_NOOP("Names", "done"),
    "direct": QT_TRANSLATE_NOOP("Names", "direct"),
    "indirect": QT_TRANSLATE_NOOP("Names", "indirect"),
    "QUOTE": QT_TRANSLATE_NOOP("Names", "quote"),
    "SPEAKER": QT_TRANSLATE_NOOP("Names", "speaker"),
    "CUE": QT_TRANSLATE_NOOP("Names", "cue"),
    "person": QT_TRANSLATE_NOOP("Names", "person"),
    "organization": QT_TRANSLATE_NOOP("Names", "organisation"),
}


def display_name(key: str) -> str:
    """The translated name of a status, label, kind or type; unknown keys as they are."""
    text = _NAMES.get(key)
    return QCoreApplication.translate(CONTEXT, text) if text else key


_language = "en"


def set_language(language: str) -> None:
    """The interface language decides which theme name is shown (ru or en)."""
    global _language
    _language = language


def theme_name(theme: object) -> str:
    name_ru = getattr(theme, "name_ru", "")
    name_en = getattr(theme, "name_en", "") or name_ru
    return name_ru if _language == "ru" else name_en
