"""GUI test fixtures: an offscreen QApplication with the bundled font, isolated
QSettings per test, and a small in-memory project (EPSG:4490).

pytest-qt's ``qtbot`` uses the ``qapp`` fixture defined here, so every GUI test
runs with the app configured as in production (gui.app.ensure_app).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from canvas_fixtures import make_points_layer, make_zones_layer  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from layers.project import Project  # noqa: E402


@pytest.fixture(scope="session")
def qapp() -> QApplication:
    """Return the offscreen QApplication configured like the real app."""
    from gui.app import ensure_app

    return ensure_app([])


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    """Keep QSettings of each test under its own tmp_path."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder)
    )
    yield folder
    QSettings().clear()


@pytest.fixture
def small_project() -> Project:
    """Return a project with zones (top) over points, display EPSG:4548."""
    project = Project()
    project.add_layer(make_points_layer())
    project.add_layer(make_zones_layer(), 0)
    return project


@pytest.fixture(autouse=True)
def no_modal_main_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never block a test on the main window's Save/Discard or error dialogs."""
    from gui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "unsaved_changes_answer", "discard")
    monkeypatch.setattr(MainWindow, "message_boxes_enabled", False)
