"""GUI test fixtures: an offscreen QApplication with the bundled font, isolated
QSettings per test, and a small in-memory project (EPSG:4490).

pytest-qt's ``qtbot`` uses the ``qapp`` fixture defined here, so every GUI test
runs with the app configured as in production (gui.application.ensure_app).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from canvas_fixtures import make_points_layer, make_zones_layer
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from layers.project import Project


@pytest.fixture(scope="session")
def qapp() -> QApplication:
    """Return the offscreen QApplication configured like the real app."""
    from gui.application import ensure_app

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


class Dialogs:
    """Answers for the message boxes and the failed-save dialog of a test.

    Queue answers with :meth:`answer` (per kind: "warning", "question",
    "critical", "information", "save_failed"); without one, the default is
    Discard for warnings (the unsaved-changes question), No for questions,
    and "keep editing" after a failed save. Every dialog shown is recorded in
    :attr:`shown` as ``(kind, title, text)`` (a failed save's title is
    "refused" when the database refused it for the planner's role).
    """

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self._queued: dict[str, list[object]] = {}

    def answer(self, kind: str, *values: object) -> None:
        """Queue the next answers for dialogs of ``kind``."""
        self._queued.setdefault(kind, []).extend(values)

    def next(self, kind: str, default: object) -> object:
        queue = self._queued.get(kind) or []
        return queue.pop(0) if queue else default

    def texts(self, kind: str | None = None) -> list[str]:
        """Return the texts of the dialogs shown (of ``kind``)."""
        return [t for k, _title, t in self.shown if kind in (None, k)]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Never block a test on a modal dialog: answer it and record it."""
    from PySide6.QtWidgets import QMessageBox

    import gui.project_files
    from gui.save_failed_dialog import SaveFailedChoice

    d = Dialogs()
    buttons = QMessageBox.StandardButton
    defaults = {
        "warning": buttons.Discard,
        "question": buttons.No,
        "critical": buttons.Ok,
        "information": buttons.Ok,
    }
    for kind, default in defaults.items():

        def fake(parent, title, text, *args, _k=kind, _d=default, **kwargs):
            d.shown.append((_k, str(title), str(text)))
            return d.next(_k, _d)

        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake))

    def save_failed(parent, message, *, refused=False):
        d.shown.append(("save_failed", "refused" if refused else "", message))
        return d.next("save_failed", SaveFailedChoice.KEEP_EDITING)

    monkeypatch.setattr(gui.project_files, "ask_after_failed_save", save_failed)
    return d


@pytest.fixture(scope="module")
def team_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a small demo project file to publish to a team database."""
    import db.demo_project as db_demo

    path = tmp_path_factory.mktemp("team") / "demo.gpkg"
    db_demo.write_demo_project(path, n_enterprises=200)
    return path


@pytest.fixture
def team_url(team_demo_file: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Return the URL of the demo project published with roles and GRANTs (db-init)."""
    import main
    from db.transfer import publish

    monkeypatch.setenv("XDG_STATE_HOME", str(team_demo_file.parent / "state"))
    publish(team_demo_file, pg_url)
    assert main.main(["db-init", pg_url]) == 0
    return pg_url
