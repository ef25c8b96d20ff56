"""`make screenshots` renders every view and dialog the docs show, in English and in Russian."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

DIALOGS = ["paste-dialog.png", "document-properties.png", "export-dialog.png"]


def test_both_languages_with_the_paste_properties_and_export_dialogs(tmp_path: Path) -> None:
    from annotator.gui import screenshots
    from annotator.gui.app import install_translations

    try:
        assert screenshots.main([str(tmp_path)]) == 0
    finally:
        install_translations(QApplication.instance(), "en")
    english = {path.name for path in tmp_path.glob("*.png")}
    russian = {path.name for path in (tmp_path / "ru").glob("*.png")}
    assert set(DIALOGS) <= english and english == russian
    for name in DIALOGS:
        image = QImage(str(tmp_path / "ru" / name))
        assert image.width() >= 400 and image.height() >= 150, name
    # Every image the docs link to is rendered.
    root = Path(__file__).resolve().parents[2]
    lines = [line for doc in ("README.md", "docs/WORKBENCH.md")
             for line in (root / doc).read_text(encoding="utf-8").splitlines()]
    linked = {line.split("screenshots/")[1].split(")")[0] for line in lines if "](" in line and "screenshots/" in line}
    assert linked <= english
