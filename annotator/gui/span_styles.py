"""How each kind of annotation looks: colour-blind-safe (Okabe–Ito) character formats.

Quotes get a blue background, speakers an orange underline and dark orange
text, cues a dotted vermilion underline, other labels a purple wave.
Suggestions are paler with a dashed line; rejected ones (when shown) are grey
and struck through.  Styles set only the properties they need so that a
speaker inside a quote keeps the quote's background.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat

from annotator.model import ACCEPTED, CUE, QUOTE, REJECTED, SPEAKER, SUGGESTED

BLUE = "#0072B2"
ORANGE = "#E69F00"
VERMILION = "#D55E00"
PURPLE = "#CC79A7"
YELLOW = "#F0E442"
SKY = "#56B4E9"

# Later layers paint over earlier ones where spans overlap.
LAYER = {QUOTE: 0, CUE: 2, SPEAKER: 3}
FOCUS_LAYER = 10

Under = QTextCharFormat.UnderlineStyle


def _format(*, background: str | None = None, foreground: str | None = None,
            underline: Under | None = None, underline_color: str | None = None,
            strike: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if background:
        fmt.setBackground(QColor(background))
    if foreground:
        fmt.setForeground(QColor(foreground))
    if underline is not None:
        fmt.setUnderlineStyle(underline)
        fmt.setUnderlineColor(QColor(underline_color or foreground or "#000000"))
    if strike:
        fmt.setFontStrikeOut(True)
    return fmt


def _build() -> dict[tuple[str, str], QTextCharFormat]:
    styles = {
        (QUOTE, ACCEPTED): _format(background="#C6E0F4"),
        (QUOTE, SUGGESTED): _format(background="#E8F2FA", underline=Under.DashUnderline, underline_color=BLUE),
        (SPEAKER, ACCEPTED): _format(foreground="#8F4A00", underline=Under.SingleUnderline,
                                     underline_color=ORANGE),
        (SPEAKER, SUGGESTED): _format(underline=Under.DashUnderline, underline_color=ORANGE),
        (CUE, ACCEPTED): _format(foreground="#A3410A", underline=Under.DotLine, underline_color=VERMILION),
        (CUE, SUGGESTED): _format(underline=Under.DotLine, underline_color=VERMILION),
        ("*", ACCEPTED): _format(background="#F4DDEA", underline=Under.WaveUnderline, underline_color=PURPLE),
        ("*", SUGGESTED): _format(underline=Under.DashUnderline, underline_color=PURPLE),
        ("*", REJECTED): _format(foreground="#8C8C8C", strike=True),
    }
    return styles


_STYLES: dict[tuple[str, str], QTextCharFormat] | None = None


def span_format(label: str, status: str) -> QTextCharFormat:
    global _STYLES
    if _STYLES is None:
        _STYLES = _build()
    if status == REJECTED:
        return _STYLES[("*", REJECTED)]
    return _STYLES.get((label, status)) or _STYLES[("*", status)]


FOCUS_BACKGROUND = {QUOTE: "#8FC3EA", SPEAKER: "#FFCF70", CUE: "#F6B48C"}


def focus_format(label: str = QUOTE) -> QTextCharFormat:
    """The span the analyst is working on: a deeper tint of its own colour."""
    return _format(background=FOCUS_BACKGROUND.get(label, "#E3A8CB"))


def partner_format() -> QTextCharFormat:
    """The speaker of the focused quote, or the quotes of the focused speaker."""
    fmt = _format(background="#F7F0A6", underline=Under.SingleUnderline, underline_color="#7A6A00")
    return fmt


def layer(label: str) -> int:
    return LAYER.get(label, 1)


def legend_entries() -> list[tuple[str, str, str]]:
    """(label, status, caption) for the legend, in reading order."""
    return [
        (QUOTE, ACCEPTED, QCoreApplication.translate("Legend", "Quote")),
        (QUOTE, SUGGESTED, QCoreApplication.translate("Legend", "suggested")),
        (SPEAKER, ACCEPTED, QCoreApplication.translate("Legend", "Speaker")),
        (SPEAKER, SUGGESTED, QCoreApplication.translate("Legend", "suggested")),
        (CUE, ACCEPTED, QCoreApplication.translate("Legend", "Cue")),
        (CUE, SUGGESTED, QCoreApplication.translate("Legend", "suggested")),
        ("LABEL", ACCEPTED, QCoreApplication.translate("Legend", "Other label")),
        ("*focus", "", QCoreApplication.translate("Legend", "Current")),
        ("*partner", "", QCoreApplication.translate("Legend", "Linked")),
    ]


def legend_format(label: str, status: str) -> QTextCharFormat:
    if label == "*focus":
        return focus_format()
    if label == "*partner":
        return partner_format()
    return span_format(label, status)
