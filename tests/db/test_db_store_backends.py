"""The store interface on both backends: GeoPackage file and PostGIS schema."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
import shapely
from db_fixtures import FIXED_NOW, audit_user, make_enterprises, make_zones

from db import migrate
from db.errors import ConflictError, ReadOnlyProjectError
from db.open_store import open_store
from db.store_api import Store


def test_store_backend_implements_the_interface(any_store) -> None:
    assert isinstance(any_store, Store)
    assert any_store.backend in ("gpkg", "postgis")
    assert any_store.schema_version == migrate.app_schema_version()
    assert any_store.role() == "admin"
    assert any_store.display_name


def test_store_backend_read_table_types_and_crs(any_store) -> None:
    zones = any_store.read_table("zones")
    assert zones.crs.to_epsg() == 4490 and zones.index.name == "fid"
    assert str(zones["code"].dtype) == "str"
    assert str(zones["row_version"].dtype) == "Int64"
    assert str(zones["published_area_km2"].dtype) == "float64"
    hole = zones.loc[zones["code"] == "ZGC-HD"].geometry.iloc[0]
    assert hole.geom_type == "MultiPolygon" and hole.geoms[0].interiors
    assert (zones["row_version"] == 1).all()
    parks = any_store.read_table("zones", where={"kind": ["zgc_park"]})
    assert parks["code"].tolist() == ["ZGC-HD"]
    ev = any_store.read_table("evaluations")
    assert ev.empty and "geometry" not in ev
    ents = any_store.read_table("enterprises")
    assert len(ents) == 50 and ents.geometry.geom_type.eq("Point").all()


def test_store_backend_update_bumps_version_and_audits(any_store) -> None:
    zones = any_store.read_table("zones")
    row = zones.iloc[[0]].copy()
    row["name_en"] = "Haidian Park (renamed)"
    fid = int(row.index[0])
    assert any_store.update_features("zones", row, "alice") == {fid: 2}
    again = any_store.read_table("zones").loc[fid]
    assert again["name_en"] == "Haidian Park (renamed)" and again["row_version"] == 2
    user = audit_user(any_store, "alice")
    assert again["updated_by"] == user
    log = any_store.read_table("zp_audit_log")
    entry = log[(log["action"] == "update") & (log["row_fid"] == fid)].iloc[-1]
    before, after = json.loads(entry["before_json"]), json.loads(entry["after_json"])
    assert before["name_en"] == "Haidian Park" and after["name_en"].endswith(
        "(renamed)"
    )
    assert before["geom"].replace(" ", "").startswith("MULTIPOLYGON(((116.25")
    assert entry["user"] == user


def test_store_backend_delete_audits_and_sets_null_fk(any_store) -> None:
    cases = any_store.read_table("conversion_cases")
    ent_fid = int(cases["enterprise_fid"].dropna().iloc[0])
    assert any_store.delete_features("enterprises", [ent_fid], "bob") == 1
    assert ent_fid not in any_store.read_table("enterprises").index
    assert any_store.read_table("conversion_cases")["enterprise_fid"].isna().all()
    log = any_store.read_table("zp_audit_log")
    entry = log[(log["action"] == "delete") & (log["row_fid"] == ent_fid)].iloc[0]
    assert json.loads(entry["before_json"])["geom"].startswith("POINT")
    assert pd.isna(entry["after_json"])


def test_store_backend_small_insert_audits_rows_large_one_summary(any_store) -> None:
    any_store.insert_features("enterprises", make_enterprises(5, seed=1), "u")
    any_store.insert_features("enterprises", make_enterprises(1200, seed=2), "u", "csv")
    log = any_store.read_table("zp_audit_log")
    inserts = log[(log["action"] == "insert") & (log["table_name"] == "enterprises")]
    assert len(inserts) == 55  # 50 fixture rows + 5
    summary = log[log["action"] == "bulk_insert"]
    assert len(summary) == 1
    info = json.loads(summary["after_json"].iloc[0])
    assert info["count"] == 1200 and info["fid_max"] - info["fid_min"] == 1199
    assert info["source"] == "csv"


def test_store_backend_failed_action_changes_nothing(any_store) -> None:
    before = any_store.read_table("enterprises")
    log_rows = any_store.count("zp_audit_log")
    with pytest.raises(RuntimeError, match="boom"):
        with any_store.action("tester", "Import"):
            any_store.insert_features("enterprises", make_enterprises(2000), "tester")
            any_store.write_setting("display_epsg", 3857, "tester")
            raise RuntimeError("boom")
    dup = make_zones().iloc[[0]]  # code is UNIQUE: fails mid-action
    with pytest.raises(Exception, match="(?i)unique|duplicate"):
        with any_store.action("tester", "Import zones"):
            any_store.insert_features("enterprises", make_enterprises(10), "tester")
            any_store.insert_features("zones", dup, "tester")
    pd.testing.assert_frame_equal(
        pd.DataFrame(any_store.read_table("enterprises").drop(columns="geometry")),
        pd.DataFrame(before.drop(columns="geometry")),
    )
    assert any_store.count("zp_audit_log") == log_rows
    assert "display_epsg" not in any_store.read_settings()


def test_store_backend_conflict_when_two_stores_edit_same_row(
    project_target: str,
) -> None:
    with open_store(project_target) as a, open_store(project_target) as b:
        za, zb = a.read_table("zones"), b.read_table("zones")
        fid = int(za.index[0])
        ra = za.loc[[fid]].copy()
        ra["remarks"] = "from A"
        a.update_features("zones", ra, "alice")
        rb = zb.loc[[fid, int(zb.index[1])]].copy()
        rb["remarks"] = "from B"
        audit_rows = b.count("zp_audit_log")
        with pytest.raises(ConflictError) as info:
            b.update_features("zones", rb, "bob")
        assert info.value.fids == [fid] and info.value.table == "zones"
        assert info.value.stored_versions == {fid: 2}
        after = b.read_table("zones")
        assert after.loc[fid, "remarks"] == "from A"
        assert after["remarks"].eq("from B").sum() == 0
        assert b.count("zp_audit_log") == audit_rows
        with pytest.raises(ConflictError):
            b.delete_features("zones", [fid], "bob", row_versions=[1])
        a.delete_features("zones", [fid], "alice")
        with pytest.raises(ConflictError) as gone:
            b.update_features("zones", zb.loc[[fid]], "bob")
        assert gone.value.stored_versions == {fid: None}


def test_store_backend_settings_and_layouts_round_trip(any_store) -> None:
    any_store.write_setting("display_epsg", 4547, "u")
    any_store.write_settings(
        {"bookmarks": [{"name": "北京", "xmin": 1.5}], "x": 1}, "u"
    )
    s = any_store.read_settings()
    assert s["display_epsg"] == 4547 and s["bookmarks"][0]["name"] == "北京"
    any_store.write_layouts({"A3": {"page": "A3", "items": []}}, "u")
    any_store.write_layouts({"A4": {"page": "A4"}}, "u")
    assert any_store.read_layouts() == {"A4": {"page": "A4"}}
    log = any_store.read_table("zp_audit_log")
    assert json.loads(log[log["action"] == "settings"]["after_json"].iloc[-1]) == {
        "keys": ["bookmarks", "x"]
    }


def test_store_backend_read_only_open_refuses_writes(project_target: str) -> None:
    with open_store(project_target, read_only=True) as s:
        assert len(s.read_table("enterprises")) == 50
        assert s.role() == "viewer"
        with pytest.raises(ReadOnlyProjectError):
            s.write_setting("x", 1)


def test_store_backend_empty_and_missing_geometries(any_store) -> None:
    ents = make_enterprises(3)
    ents.loc[1, "geometry"] = shapely.from_wkt("POINT EMPTY")
    ents.loc[2, "geometry"] = None
    fids = any_store.insert_features("enterprises", ents, "u")
    back = any_store.read_table("enterprises").loc[fids]
    assert back.geometry.iloc[1].is_empty and back.geometry.iloc[2] is None
    assert np.isfinite(back.geometry.iloc[0].x)
    assert (back["updated_at"] == FIXED_NOW).all()


def test_store_backend_keep_fids_copies_rows_as_they_are(any_store) -> None:
    zones = make_zones()
    zones["code"] = ["K-1", "K-2", "K-3"]
    zones.index = pd.Index([101, 102, 205], name="fid")
    zones["row_version"] = [4, 5, 6]
    zones["updated_by"] = "someone"
    fids = any_store.insert_features("zones", zones, "u", keep_fids=True)
    assert fids.tolist() == [101, 102, 205]
    back = any_store.read_table("zones").loc[[101, 102, 205]]
    assert back["row_version"].tolist() == [4, 5, 6]
    assert (back["updated_by"] == "someone").all()
    new = any_store.insert_features(
        "zones", make_zones().assign(code=["N1", "N2", "N3"]), "u"
    )
    assert new.min() > 205  # the sequence moved past the kept fids


def test_store_backend_insert_records_text_keyed_table(any_store) -> None:
    any_store.insert_records(
        "zp_rules_versions",
        [
            {
                "version": "v-test",
                "created_at": FIXED_NOW,
                "created_by": "u",
                "note": "n",
                "rules_json": "{}",
            }
        ],
        "u",
    )
    rv = any_store.read_table("zp_rules_versions")
    assert rv.index.tolist() == ["v-test"] and rv.loc["v-test", "note"] == "n"


@pytest.mark.parametrize("backend", ["postgis"], indirect=True)
def test_store_backend_arrow_read_equals_plain_read(
    any_store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from db import pg_read

    ents = make_enterprises(4, seed=9)
    ents.loc[1, "geometry"] = shapely.from_wkt("POINT EMPTY")
    ents.loc[2, "geometry"] = None
    ents.loc[3, "employees"] = None
    any_store.insert_features("enterprises", ents, "u")
    for table in ("enterprises", "zones", "zp_settings"):
        plain = any_store.read_table(table)
        monkeypatch.setattr(pg_read, "ARROW_MIN_ROWS", 0)
        fast = any_store.read_table(table)
        monkeypatch.setattr(pg_read, "ARROW_MIN_ROWS", 10**9)
        if "geometry" in plain:
            a, b = plain.geometry.values, fast.geometry.values
            assert (shapely.is_missing(a) == shapely.is_missing(b)).all()
            assert shapely.equals_exact(a, b, 0)[~shapely.is_missing(a)].all()
            plain, fast = plain.drop(columns="geometry"), fast.drop(columns="geometry")
        pd.testing.assert_frame_equal(pd.DataFrame(fast), pd.DataFrame(plain))
