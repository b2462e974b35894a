"""An export from the window never replaces the open project file (issue 11)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

import db.demo_project as db_demo
from gui.editing.editing_feature import EditingFeature
from gui.editing.import_export_dialogs import ExportZonesDialog
from gui.main_window import MainWindow


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export_onto") / "demo.gpkg"
    db_demo.write_demo_project(path, n_enterprises=50)
    return path


@pytest.fixture
def window(qtbot, template, tmp_path):
    project = Path(shutil.copy(template, tmp_path / "q.gpkg"))
    w = MainWindow()
    qtbot.addWidget(w)
    w.files.open_project(project, background=False)
    yield w, project
    w.close()


def test_gui_export_zones_onto_the_open_project_is_refused(window) -> None:
    # Export zones to q.gpkg used to replace the open project with a
    # zones-only GeoPackage and close the dialog as if it had succeeded.
    w, project = window
    before = sha(project)
    dlg = ExportZonesDialog(w.feature(EditingFeature).controller)
    dlg.path.setText(str(project))
    dlg.accept()
    assert dlg.result() != dlg.DialogCode.Accepted
    assert "ZonePlanner project" in dlg.info.text()
    assert sha(project) == before
    assert not [p for p in project.parent.iterdir() if p.name.startswith(".zp-write")]
