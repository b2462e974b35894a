"""Project load/save round trips, the demo project and the check command."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely
from db_fixtures import make_zones, sha256

from db import gpkg_meta, migrate
from db.check import check_project
from db.errors import ConflictError
from db.open_store import open_store
from db.project_io import baseline, load_project, save_project
from db.store import ProjectStore
from layers.project import Bookmark


def _frames_equal(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(
        pd.DataFrame(a.drop(columns="geometry")),
        pd.DataFrame(b.drop(columns="geometry")),
    )
    assert shapely.equals_exact(a.geometry.values, b.geometry.values, 0).all()


def test_project_load_builds_default_layers(store: ProjectStore) -> None:
    project = load_project(store)
    ids = [lyr.id for lyr in project.layers]
    assert ids == [
        "cases",
        "facilities",
        "enterprises",
        "zgc_zone",
        "zgc_parks",
        "functional_areas",
        "platforms",
        "regulatory",
        "basemap",
    ]
    assert project.find("zgc_parks").gdf["code"].tolist() == ["ZGC-HD"]
    assert project.find("platforms").source.where == {"kind": ["cooperation_platform"]}
    assert project.find("basemap").read_only
    assert [b.name.split()[0] for b in project.bookmarks] == [
        "中关村科学城",
        "CBD–金融街",
        "京津冀",
    ]
    assert project.meta.schema_version == migrate.app_schema_version()


def test_project_save_load_round_trip(project_target: str) -> None:
    with open_store(project_target) as store:
        project = load_project(store)
        ents = project.find("enterprises")
        gdf = ents.gdf
        fid = int(gdf.index[0])
        gdf.loc[fid, "name"] = "改名企业"
        gdf.loc[fid, "geometry"] = shapely.Point(116.5, 40.0)
        gdf = gdf.drop(index=gdf.index[1])
        new = gdf.iloc[[0]].copy()
        new.index = pd.Index([-1], name="fid")
        new["name"] = "新企业"
        ents.set_frame(pd.concat([gdf, new]))
        project.move_layer("basemap", 0)
        project.find("cases").set_opacity(0.4)
        project.find("cases").set_style(
            project.find("cases").style.with_(fill_alpha=0.1)
        )
        project.bookmarks = [Bookmark("通州", 116.6, 39.8, 116.8, 40.0)]
        project.layouts = {"A3": {"page": "A3", "items": []}}
        project.set_display_epsg(4547)
        summaries = save_project(project, store, "carol")
        assert [(s.table, s.inserted, s.updated, s.deleted) for s in summaries] == [
            ("enterprises", 1, 1, 1)
        ]
        assert project.undo_stack.is_clean()
        new_fid = summaries[0].fid_map[-1]
        assert new_fid == 51 and new_fid in ents.gdf.index
        assert ents.gdf.loc[fid, "row_version"] == 2
        saved = ents.gdf
    with open_store(project_target) as store:
        again = load_project(store)
        _frames_equal(again.find("enterprises").gdf, saved)
        assert again.layers[0].id == "basemap"
        assert again.find("cases").opacity == 0.4
        assert again.find("cases").style.fill_alpha == 0.1
        assert again.bookmarks == [Bookmark("通州", 116.6, 39.8, 116.8, 40.0)]
        assert again.layouts == {"A3": {"page": "A3", "items": []}}
        assert again.display_epsg == 4547
        # Nothing edited: saving again writes no feature rows.
        assert save_project(again, store, "carol") == []


def test_project_second_save_after_insert_does_not_conflict(any_store) -> None:
    store = any_store
    project = load_project(store)
    zones = project.find("functional_areas")
    zones.gdf.loc[zones.gdf.index[0], "remarks"] = "first"
    zones.touch()
    save_project(project, store, "u")
    zones.gdf.loc[zones.gdf.index[0], "remarks"] = "second"
    zones.touch()
    save_project(project, store, "u")
    assert store.read_table("zones").loc[zones.gdf.index[0], "row_version"] == 3
    assert baseline(project, "functional_areas").loc[zones.gdf.index[0], "remarks"] == (
        "second"
    )


def test_project_save_conflict_writes_nothing(project_target: str) -> None:
    with open_store(project_target) as a, open_store(project_target) as b:
        pa, pb = load_project(a), load_project(b)
        for proj, text in ((pa, "A"), (pb, "B")):
            lyr = proj.find("zgc_parks")
            lyr.gdf.loc[lyr.gdf.index[0], "remarks"] = text
            lyr.touch()
        save_project(pa, a, "alice")
        pb.set_display_epsg(3857)
        other = pb.find("platforms")
        other.gdf.loc[other.gdf.index[0], "remarks"] = "B too"
        other.touch()
        with pytest.raises(ConflictError):
            save_project(pb, b, "bob")
        assert not pb.undo_stack.is_clean() or pb.undo_stack.count() == 0
        zones = b.read_table("zones")
        assert (
            "A" in zones["remarks"].tolist()
            and "B too" not in zones["remarks"].tolist()
        )
        assert b.read_settings().get("display_epsg", 4548) != 3857


def test_project_new_zone_inserted_with_kind(any_store) -> None:
    store = any_store
    project = load_project(store)
    lyr = project.find("zgc_parks")
    new = make_zones().iloc[[0]].copy()
    new["code"] = "ZGC-NEW"
    new.index = pd.Index([np.nan], name="fid")
    lyr.set_frame(pd.concat([lyr.gdf, new]))
    save_project(project, store, "u")
    assert (
        "ZGC-NEW"
        in store.read_table("zones", where={"kind": ["zgc_park"]})["code"].tolist()
    )


def test_check_project_reports_ok_and_errors(
    project_path: Path, tmp_path: Path
) -> None:
    report = check_project(project_path)
    assert report.ok, report.lines
    assert any("GDAL validate_gpkg: no errors" in ln for ln in report.lines)
    with sqlite3.connect(project_path) as conn:
        gpkg_meta.register_functions(conn)  # the R-tree triggers call them
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE conversion_cases SET enterprise_fid = 999 WHERE fid = 1")
        conn.execute(
            "UPDATE gpkg_geometry_columns SET srs_id = 4326 WHERE table_name = 'zones'"
        )
    bad = check_project(project_path)
    assert not bad.ok
    text = "\n".join(bad.lines)
    assert "conversion_cases" in text and "project.gpkg" in text
    junk = tmp_path / "junk.gpkg"
    junk.write_bytes(b"hello")
    assert not check_project(junk).ok


def _edit_remarks(project, text: str) -> None:
    from layers.editing.feature_commands import ChangeAttributesCommand

    lyr = project.find("zgc_parks")
    project.open_edit_buffer(lyr).push(
        ChangeAttributesCommand(lyr, int(lyr.gdf.index[0]), {"remarks": text})
    )


def test_project_save_marks_clean_only_after_the_outer_commit(
    project_path: Path,
) -> None:
    digest = sha256(project_path)
    with ProjectStore.open(project_path) as store:
        project = load_project(store)
        _edit_remarks(project, "never committed")
        assert project.dirty
        with pytest.raises(RuntimeError, match="outer commit"):
            with store.action("u", "outer"):
                save_project(project, store, "u")
                assert project.dirty  # written, not committed: not clean yet
                raise RuntimeError("outer commit fails")
        assert project.dirty
        assert "never committed" not in store.read_table("zones")["remarks"].tolist()
    assert sha256(project_path) == digest
    with ProjectStore.open(project_path) as store:  # a later good save: clean
        project = load_project(store)
        _edit_remarks(project, "committed")
        save_project(project, store, "u")
        assert not project.dirty


def test_project_save_whose_commit_fails_stays_dirty_file_unchanged(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.engine.base import RootTransaction

    from layers.editing.edit_session import EditSession

    digest = sha256(project_path)
    with ProjectStore.open(project_path) as store:
        project = load_project(store)
        session = EditSession(project, store, "u", saver=save_project)
        session.start(project.find("zgc_parks"))
        _edit_remarks(project, "lost at COMMIT")

        def failing_commit(self: RootTransaction) -> None:
            raise sqlite3.OperationalError("disk I/O error at COMMIT")

        monkeypatch.setattr(RootTransaction, "commit", failing_commit)
        with pytest.raises(sqlite3.OperationalError, match="COMMIT"):
            session.save()
        monkeypatch.undo()
        buf = project.edit_buffers["zgc_parks"]
        assert project.dirty and buf.undo_stack.can_undo()
        assert "lost at COMMIT" not in store.read_table("zones")["remarks"].tolist()
    assert sha256(project_path) == digest


def test_project_umbrella_zone_is_an_outline_layer_above_the_parks(
    project_path: Path,
) -> None:
    umbrella = (
        make_zones()
        .iloc[[0]]
        .assign(code="ZGC-00", name_zh="中关村示范区", kind="zgc_zone")
    )
    with ProjectStore.open(project_path) as store:
        with store.action("u", "Add umbrella"):
            store.insert_features("zones", umbrella, "u")
        # A project saved before the umbrella layer existed.
        project = load_project(store)
        project.layers = [lyr for lyr in project.layers if lyr.id != "zgc_zone"]
        project.move_layer("basemap", 0)
        save_project(project, store, "u")
        again = load_project(store)
    ids = [lyr.id for lyr in again.layers]
    assert ids.index("zgc_zone") == ids.index("zgc_parks") - 1  # just above
    assert ids[0] == "basemap"  # the saved order is kept otherwise
    layer = again.find("zgc_zone")
    assert layer.gdf["code"].tolist() == ["ZGC-00"] and layer.visible
    st = layer.style
    assert st.fill_alpha == 0 and st.label_field is None
    assert st.extra["outline_only"] == ["zgc_zone"] and st.extra["outline_dash"]
    assert "ZGC-00" not in again.find("zgc_parks").gdf["code"].tolist()
