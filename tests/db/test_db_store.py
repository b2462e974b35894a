"""ProjectStore: GeoPackage validity, transactions, conflicts, audit."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pyogrio
import pytest
import shapely
from db_fixtures import FIXED_NOW, make_enterprises, make_zones, sha256
from osgeo_utils.samples import validate_gpkg

from db import schema
from db.errors import ConflictError, ReadOnlyProjectError
from db.store import ProjectStore


def test_store_layers_read_back_with_pyogrio(project_path: Path) -> None:
    expected = {
        "zones": (3, "MultiPolygon"),
        "enterprises": (50, "Point"),
        "conversion_cases": (2, "MultiPolygon"),
        "basemap": (0, "MultiPolygon"),
    }
    for table, (count, gtype) in expected.items():
        info = pyogrio.read_info(project_path, layer=table)
        assert info["features"] == count
        assert info["geometry_type"] == gtype
        assert info["crs"] == "EPSG:4490"
    df = pyogrio.read_dataframe(project_path, layer="zones")
    assert sorted(df["code"]) == ["FA-CBD", "P-CFD", "ZGC-HD"]
    # GDAL uses our R-tree for a bbox query.
    hit = pyogrio.read_dataframe(
        project_path, layer="zones", bbox=(116.4, 39.8, 116.5, 40)
    )
    assert hit["code"].tolist() == ["FA-CBD"]


def test_store_file_passes_gdal_validator(project_path: Path) -> None:
    errors = validate_gpkg.check(
        str(project_path),
        abort_at_first_error=False,
        extra_checks=True,
        warning_msg=False,
    )
    assert errors == []
    with sqlite3.connect(project_path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 10400
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_store_read_table_types_and_crs(store: ProjectStore) -> None:
    zones = store.read_table("zones")
    assert zones.crs.to_epsg() == 4490
    assert zones.index.name == "fid"
    assert zones.loc[zones["code"] == "ZGC-HD"].geometry.iloc[0].geoms[0].interiors
    assert (zones["row_version"] == 1).all()
    assert (zones["updated_by"] == "tester").all()
    parks = store.read_table("zones", where={"kind": ["zgc_park"]})
    assert parks["code"].tolist() == ["ZGC-HD"]
    ev = store.read_table("evaluations")
    assert ev.empty and "geometry" not in ev


def test_store_rtree_matches_geometries(
    store: ProjectStore, project_path: Path
) -> None:
    gdf = store.read_table("zones")
    store.update_features("zones", _moved(gdf.iloc[[1]]), "tester")
    with sqlite3.connect(project_path) as conn:
        rows = conn.execute("SELECT id, minx, maxx, miny, maxy FROM rtree_zones_geom")
        tree = {r[0]: r[1:] for r in rows}
    now = store.read_table("zones")
    for fid, geom in now.geometry.items():
        b = geom.bounds
        # R-tree boxes are float32, rounded outwards.
        assert tree[fid] == pytest.approx((b[0], b[2], b[1], b[3]), abs=1e-4)


def _moved(frame):
    out = frame.copy()
    out["geometry"] = shapely.affinity.translate(out.geometry.iloc[0], 0.5, 0.1)
    return out


def test_store_update_bumps_version_and_audits(store: ProjectStore) -> None:
    zones = store.read_table("zones")
    row = zones.iloc[[0]].copy()
    row["name_en"] = "Haidian Park (renamed)"
    versions = store.update_features("zones", row, "alice")
    fid = int(row.index[0])
    assert versions == {fid: 2}
    again = store.read_table("zones").loc[fid]
    assert again["name_en"] == "Haidian Park (renamed)"
    assert again["row_version"] == 2 and again["updated_by"] == "alice"
    log = store.read_table("zp_audit_log")
    entry = log[(log["action"] == "update") & (log["row_fid"] == fid)].iloc[-1]
    before, after = json.loads(entry["before_json"]), json.loads(entry["after_json"])
    assert before["name_en"] == "Haidian Park" and after["name_en"].endswith(
        "(renamed)"
    )
    assert before["geom"].startswith("MULTIPOLYGON") and entry["user"] == "alice"


def test_store_delete_audits_and_sets_null_fk(store: ProjectStore) -> None:
    cases = store.read_table("conversion_cases")
    ent_fid = int(cases["enterprise_fid"].dropna().iloc[0])
    assert store.delete_features("enterprises", [ent_fid], "bob") == 1
    assert ent_fid not in store.read_table("enterprises").index
    assert store.read_table("conversion_cases")["enterprise_fid"].isna().all()
    log = store.read_table("zp_audit_log")
    entry = log[(log["action"] == "delete") & (log["row_fid"] == ent_fid)].iloc[0]
    assert json.loads(entry["before_json"])["geom"].startswith("POINT")
    assert entry["after_json"] is None or entry["after_json"] != entry["after_json"]


def test_store_small_insert_audits_each_row_large_one_summary(tmp_path: Path) -> None:
    with ProjectStore.create(tmp_path / "a.gpkg") as store:
        store.insert_features("enterprises", make_enterprises(5), "u")
        store.insert_features("enterprises", make_enterprises(1200, seed=2), "u")
        log = store.read_table("zp_audit_log")
    assert (log["action"] == "insert").sum() == 5
    summary = log[log["action"] == "bulk_insert"]
    assert len(summary) == 1
    info = json.loads(summary["after_json"].iloc[0])
    assert info["count"] == 1200 and info["fid_min"] == 6 and info["fid_max"] == 1205


def test_store_failed_action_leaves_file_byte_identical(project_path: Path) -> None:
    before = sha256(project_path)
    store = ProjectStore.open(project_path)
    with pytest.raises(RuntimeError, match="boom"):
        with store.action("tester", "Import zones") as _tx:
            store.insert_features("enterprises", make_enterprises(2000), "tester")
            store.write_setting("display_epsg", 3857, "tester")
            raise RuntimeError("boom")
    dup = make_zones().iloc[[0]]  # code is UNIQUE: fails mid-action
    with pytest.raises(Exception, match="UNIQUE"):
        with store.action("tester", "Import zones"):
            store.insert_features("enterprises", make_enterprises(10), "tester")
            store.insert_features("zones", dup, "tester")
    assert store.count("enterprises") == 50
    store.close()
    assert not Path(str(project_path) + "-wal").exists()
    assert sha256(project_path) == before


def test_store_conflict_when_two_stores_edit_same_row(project_path: Path) -> None:
    a = ProjectStore.open(project_path)
    b = ProjectStore.open(project_path)
    try:
        za, zb = a.read_table("zones"), b.read_table("zones")
        fid = int(za.index[0])
        ra = za.loc[[fid]].copy()
        ra["remarks"] = "from A"
        a.update_features("zones", ra, "alice")
        rb = zb.loc[[fid, int(zb.index[1])]].copy()
        rb["remarks"] = "from B"
        audit_rows = len(b.read_table("zp_audit_log"))
        with pytest.raises(ConflictError) as info:
            b.update_features("zones", rb, "bob")
        assert info.value.fids == [fid] and info.value.table == "zones"
        assert "changed by someone else" in str(info.value)
        after = b.read_table("zones")
        assert after.loc[fid, "remarks"] == "from A"
        assert after["remarks"].eq("from B").sum() == 0
        assert len(b.read_table("zp_audit_log")) == audit_rows
        with pytest.raises(ConflictError):
            b.delete_features("zones", [fid], "bob", row_versions=[1])
    finally:
        a.close()
        b.close()


def test_store_settings_round_trip(store: ProjectStore) -> None:
    store.write_setting("display_epsg", 4547, "u")
    store.write_setting("bookmarks", [{"name": "北京", "xmin": 1.5}], "u")
    s = store.read_settings()
    assert s["display_epsg"] == 4547 and s["bookmarks"][0]["name"] == "北京"


def test_store_create_refuses_to_overwrite(project_path: Path) -> None:
    with pytest.raises(FileExistsError):
        ProjectStore.create(project_path)
    ProjectStore.create(project_path, overwrite=True).close()
    with ProjectStore.open(project_path) as s:
        assert s.count("zones") == 0


def test_store_read_only_open_refuses_writes(project_path: Path) -> None:
    before = sha256(project_path)
    with ProjectStore.open(project_path, read_only=True) as s:
        assert len(s.read_table("enterprises")) == 50
        with pytest.raises(ReadOnlyProjectError):
            s.write_setting("x", 1)
    assert sha256(project_path) == before


def test_store_clock_stamps_rows(tmp_path: Path) -> None:
    with ProjectStore.create(tmp_path / "c.gpkg", clock=lambda: FIXED_NOW) as s:
        s.insert_features("zones", make_zones(), "u")
        assert (s.read_table("zones")["updated_at"] == FIXED_NOW).all()
        ents = make_enterprises(3)
        ents.loc[1, "geometry"] = shapely.from_wkt("POINT EMPTY")
        ents.loc[2, "geometry"] = None
        s.insert_features("enterprises", ents, "u")
        back = s.read_table("enterprises")
    assert back.geometry.iloc[1].is_empty and back.geometry.iloc[2] is None
    assert np.isfinite(back.geometry.iloc[0].x)


def test_store_models_match_migrated_file(project_path: Path) -> None:
    with sqlite3.connect(project_path) as conn:
        for name, table in schema.Base.metadata.tables.items():
            cols = {r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')}
            want = {c.name for c in table.columns if not c.system}
            assert cols == want, name


def test_store_bulk_rtree_is_sound_and_kept_by_triggers(tmp_path: Path) -> None:
    path = tmp_path / "bulk.gpkg"
    ents = make_enterprises(3000, seed=11)
    with ProjectStore.create(path) as store:
        fids = store.insert_features("enterprises", ents, "u")  # packed R-tree
        store.insert_features("enterprises", make_enterprises(600, seed=12), "u")
        moved = store.read_table("enterprises").loc[[int(fids[0])]].copy()
        moved["geometry"] = shapely.points([118.0], [39.0])
        store.update_features("enterprises", moved, "u")
        store.delete_features("enterprises", [int(fids[1])], "u")
    with sqlite3.connect(path) as conn:
        assert conn.execute(
            "SELECT rtreecheck('rtree_enterprises_geom')"
        ).fetchone() == ("ok",)
        assert conn.execute(
            "SELECT count(*) FROM rtree_enterprises_geom"
        ).fetchone() == (3599,)
    hit = pyogrio.read_dataframe(
        path, layer="enterprises", bbox=(117.9, 38.9, 118.1, 39.1)
    )
    assert len(hit) == 1
    inside = pyogrio.read_dataframe(
        path, layer="enterprises", bbox=(116.2, 39.8, 116.4, 40.0)
    )
    xy = shapely.get_coordinates(ents.geometry.values[2:])
    truth = (
        (xy[:, 0] >= 116.2)
        & (xy[:, 0] <= 116.4)
        & (xy[:, 1] >= 39.8)
        & (xy[:, 1] <= 40.0)
    ).sum()
    assert len(inside) >= truth
