"""Shared fixtures.  Kept small: each test module builds what it needs itself."""

import os

# Before anything imports Qt: every test runs without a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "test.annotator"


@pytest.fixture
def project(project_path: Path):
    """A new project with the default theme taxonomy, closed after the test."""
    from annotator.services import open_project

    opened = open_project(project_path)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _no_project_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's ANNOTATOR_PROJECT must never leak into a test run.
    monkeypatch.delenv("ANNOTATOR_PROJECT", raising=False)
