"""The window on a team database: connect, title, roles, live refresh, conflicts, transfer."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely
from PySide6.QtWidgets import QDialog

import gui.database.database_feature as feature_mod
from db.open_store import open_store
from db.remote_changes import FeatureConflict
from gui.database.conflict_dialog import ConflictDialog
from gui.database.connect_dialog import OpenDatabaseDialog, build_target
from gui.database.database_feature import DatabaseFeature
from gui.database.session import session_password
from gui.editing.editing_feature import EditingFeature
from gui.main_window import MainWindow
from layers.editing.feature_commands import ChangeAttributesCommand


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(900, 600)
    yield w
    w.feature(DatabaseFeature).project_closing(w.project)
    w.close()


def test_gui_database_dialog_builds_target_and_never_saves_password(
    qtbot, isolated_settings: Path
) -> None:
    dlg = OpenDatabaseDialog()
    qtbot.addWidget(dlg)
    dlg.host.setText("gis.bureau.local")
    dlg.dbname.setText("plans")
    dlg.user.setText("ann")
    dlg.schema.setText("team")
    dlg.sslmode.setCurrentText("require")
    dlg.password.setText("Very$ecret")
    assert dlg.target() == (
        "postgresql://ann@gis.bureau.local:5432/plans?sslmode=require&schema=team"
    )
    dlg.accept()
    from PySide6.QtCore import QSettings

    QSettings().sync()
    stored = "".join(p.read_text() for p in isolated_settings.rglob("*") if p.is_file())
    assert "gis.bureau.local" in stored and "Very$ecret" not in stored
    again = OpenDatabaseDialog()
    qtbot.addWidget(again)
    assert again.host.text() == "gis.bureau.local" and again.password.text() == ""
    again.service.setText("bureau")
    assert not again.host.isEnabled() and again.target() == "service=bureau schema=team"
    assert build_target({"host": "/run/pg", "port": "5433", "dbname": "x"}) == (
        "postgresql:///x?host=%2Frun%2Fpg&port=5433"
    )


def test_gui_database_open_title_role_and_live_refresh(
    qtbot, window: MainWindow, team_url: str, monkeypatch
) -> None:
    url = team_url.replace("zp_super@", "ed_editor@")
    typed = {}

    class FakeDialog:
        def __init__(self, *_a, **_k) -> None:
            pass

        def exec(self):
            return QDialog.DialogCode.Accepted

        def target(self):
            return url

        def typed_password(self):
            typed["pw"] = "only-for-this-session"
            return typed["pw"]

    monkeypatch.setattr(feature_mod, "OpenDatabaseDialog", FakeDialog)
    window.action("open_database").trigger()
    window.files.wait_for_load()
    qtbot.waitUntil(lambda: window.project.meta.backend == "postgis", timeout=5000)
    assert session_password(url) == "only-for-this-session"
    title = window.windowTitle()
    assert "zoneplanner" in title and "ed_editor" in title and "read-only" not in title
    assert not window.action("publish").isEnabled()
    feature = window.feature(DatabaseFeature)
    assert feature.live is not None and feature.live.listener.listening
    parks = window.project.find("zgc_parks")
    mine, theirs = int(parks.gdf.index[0]), int(parks.gdf.index[1])
    assert window.push_feature_edit(
        ChangeAttributesCommand(parks, mine, {"remarks": "my unsaved edit"})
    )
    with open_store(team_url) as other:  # a colleague saves two parks
        rows = other.read_table("zones").loc[[mine, theirs]].copy()
        rows["remarks"] = "colleague"
        other.update_features("zones", rows, "colleague")
    with qtbot.waitSignal(feature.live.refreshed, timeout=3000):
        pass
    assert parks.gdf.loc[theirs, "remarks"] == "colleague"
    assert parks.gdf.loc[mine, "remarks"] == "my unsaved edit"  # kept
    # Saving now conflicts on `mine`: the dialog's choice (merge) applies and
    # the window saves again by itself.
    monkeypatch.setattr(
        "gui.database.conflict_dialog.ask_resolutions",
        lambda conflicts, parent: {c.fid: "merge" for c in conflicts},
    )
    assert not window.save_project()
    qtbot.waitUntil(lambda: not window.project.dirty, timeout=5000)
    with open_store(team_url) as check:
        assert check.read_table("zones").loc[mine, "remarks"] == "my unsaved edit"


def test_gui_database_viewer_is_read_only_and_refused(
    qtbot, window: MainWindow, team_url: str
) -> None:
    viewer = team_url.replace("zp_super@", "ann_viewer@")
    window.files.open_project(viewer, background=False)
    assert window.project.meta.role == "viewer" and window.project.meta.read_only
    assert "read-only" in window.windowTitle()
    parks = window.project.find("zgc_parks")
    assert parks.read_only
    assert not window.push_feature_edit(
        ChangeAttributesCommand(parks, int(parks.gdf.index[0]), {"remarks": "x"})
    )


def test_gui_database_conflict_dialog_shows_theirs_and_mine(qtbot) -> None:
    import pandas as pd

    base = pd.Series(
        {"remarks": "old", "name_en": "A", "geometry": shapely.box(0, 0, 1, 1)}
    )
    theirs = pd.Series(
        {
            "remarks": "theirs",
            "name_en": "A",
            "updated_by": "bob",
            "geometry": shapely.box(0, 0, 1, 2),
        }
    )
    mine = pd.Series(
        {"remarks": "mine", "name_en": "B", "geometry": shapely.box(0, 0, 2, 1)}
    )
    conflict = FeatureConflict("zones", "zgc_parks", 7, base, mine, theirs)
    dlg = ConflictDialog(conflict, remaining=2)
    qtbot.addWidget(dlg)
    cells = {
        dlg.table.item(r, 0).text(): [dlg.table.item(r, c).text() for c in (1, 2, 3)]
        for r in range(dlg.table.rowCount())
    }
    # Fields by their labels; the raw column name in the tooltip.
    assert cells == {
        "English name": ["A", "A", "B"],
        "Remarks": ["old", "theirs", "mine"],
    }
    tips = {dlg.table.item(r, 0).toolTip() for r in range(dlg.table.rowCount())}
    assert tips == {"name_en", "remarks"}
    from PySide6.QtWidgets import QLabel, QPushButton

    assert any("bob" in lbl.text() for lbl in dlg.findChildren(QLabel))
    assert dlg.apply_all.text().startswith("Do the same for the other 2")
    img = dlg.preview.grab().toImage()
    # Theirs (red) and mine (blue) are both drawn.
    colours = {
        img.pixelColor(x, y).name()
        for x in range(0, img.width(), 3)
        for y in range(0, img.height(), 3)
    }
    assert "#c82828" in colours and "#1e5ac8" in colours

    dlg.findChild(QPushButton, "conflict_theirs").click()
    assert dlg.choice == "theirs" and dlg.result() == QDialog.DialogCode.Accepted


def test_gui_database_publish_checkout_checkin_from_the_menu(
    qtbot,
    window: MainWindow,
    team_demo_file: Path,
    pg_url: str,
    tmp_path: Path,
    monkeypatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window.files.open_project(team_demo_file, background=False)
    feature = window.feature(DatabaseFeature)
    assert window.action("publish").isEnabled()
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No),
    )
    feature.publish(team_demo_file, pg_url)
    feature.wait_for_jobs()
    with open_store(pg_url) as db:
        assert db.count("enterprises") == 200
    snap = tmp_path / "snap.gpkg"
    feature.checkout(pg_url, snap, ["zones"])
    feature.wait_for_jobs()
    qtbot.waitUntil(snap.exists, timeout=5000)
    with open_store(snap) as s:
        z = s.read_table("zones").iloc[[0]].copy()
        z["remarks"] = "offline"
        s.update_features("zones", z, "field")
    feature.checkin(snap)
    feature.wait_for_jobs()
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().startswith("Checked in"),
        timeout=5000,
    )
    with open_store(pg_url) as db:
        assert "offline" in db.read_table("zones")["remarks"].tolist()


def test_gui_database_save_as_file_stops_the_live_refresh(
    qtbot, window: MainWindow, team_url: str, tmp_path: Path
) -> None:
    # Found by tests/gui/test_gui_session_fuzz_pg.py: after Save As the live
    # link went on listening to the database the file was saved from.
    url = team_url.replace("zp_super@", "ed_editor@")
    assert window.files.open_project(url, background=False)
    feature = window.feature(DatabaseFeature)
    assert feature.live is not None and not window.action("publish").isEnabled()
    mine = tmp_path / "mine.gpkg"
    assert window.files.save_project_as(mine)
    assert feature.live is None
    assert window.action("publish").isEnabled()  # a file may be published
    parks = window.project.find("zgc_parks")
    fid = int(parks.gdf.index[0])
    before = parks.gdf.loc[fid, "remarks"]
    with open_store(team_url) as other:  # a colleague saves to the database
        row = other.read_table("zones").loc[[fid]].copy()
        row["remarks"] = "colleague"
        other.update_features("zones", row, "colleague")
    qtbot.wait(500)  # longer than a refresh takes (LiveRefresh.GATHER_MS)
    assert parks.gdf.loc[fid, "remarks"] == before
    assert not window.project.dirty


def test_gui_database_live_refresh_keeps_a_row_the_planner_can_redo(
    qtbot, window: MainWindow, team_url: str, monkeypatch
) -> None:
    # Found by tests/gui/test_gui_session_fuzz_pg.py: the refresh replaced a
    # row whose edit the planner had undone; Redo then Cancel put back the
    # value from before the refresh with no edit pending, and the next save of
    # that row wrote it over the colleague's without a conflict.
    assert window.files.open_project(
        team_url.replace("zp_super@", "ed_editor@"), background=False
    )
    live = window.feature(DatabaseFeature).live
    parks = window.project.find("zgc_parks")
    fid = int(parks.gdf.index[0])
    loaded = parks.gdf.loc[fid, "remarks"]
    assert window.push_feature_edit(
        ChangeAttributesCommand(parks, fid, {"remarks": "mine"})
    )
    window.set_current_layer("zgc_parks")
    window.undo()  # back to as loaded: nothing differs, but Redo can set it
    with qtbot.waitSignal(live.refreshed, timeout=10000):
        with open_store(team_url) as other:
            row = other.read_table("zones").loc[[fid]].copy()
            row["remarks"] = "colleague"
            other.update_features("zones", row, "colleague")
    assert parks.gdf.loc[fid, "remarks"] == loaded  # kept as the planner's
    assert "kept as yours" in window.statusBar().currentMessage()
    window.redo()
    window.feature(EditingFeature).controller.cancel_edits()
    assert parks.gdf.loc[fid, "remarks"] == loaded
    asked: list[list[int]] = []
    monkeypatch.setattr(
        "gui.database.conflict_dialog.ask_resolutions",
        lambda conflicts, parent: asked.append([c.fid for c in conflicts]),
    )
    assert window.push_feature_edit(
        ChangeAttributesCommand(parks, fid, {"name_zh": "改名"})
    )
    assert not window.save_project()  # a conflict, reported
    assert asked == [[fid]]
    with open_store(team_url) as check:
        assert check.read_table("zones").loc[fid, "remarks"] == "colleague"
