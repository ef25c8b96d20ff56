"""Rendering checks in headless Chromium (Debian's chromium + chromium-driver, driven by
selenium from a throwaway venv): open one task with an emoji in each tool's labelling page
and check that each highlighted region's text is its span's text."""

from __future__ import annotations

import shutil
from pathlib import Path

venv: Path | None = None


def available() -> bool:
    return bool(shutil.which("chromium") and shutil.which("chromedriver"))


def check_label_studio(server, placed):  # filled in below
    return []


def check_doccano(server, placed):
    return []
