"""Schema v4: zone kinds in the policy's words, platforms, facilities, editions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import geopandas as gpd
import pyogrio
import shapely

from db import migrate
from db.check import check_project
from db.demo_project import write_demo_project
from db.project_io import load_project
from db.store import ProjectStore

OLD_STYLE = {
    "mode": "categorized",
    "field": "kind",
    "categories": [
        {"value": "functional_area", "color": "#e6550d", "label": "高端功能区"},
        {"value": "new_area", "color": "#123456", "label": "新区/开发区"},
        {"value": "science_city", "color": "#31a354", "label": "科学城"},
    ],
}


def _v2_zones() -> gpd.GeoDataFrame:
    rows = [
        ("FA-JRJ", "金融街", "functional_area"),
        ("FA-SG", "新首钢高端产业综合服务区", "functional_area"),
        ("LZ-1", "丽泽金融商务区", "functional_area"),
        ("NA-BDA", "北京经济技术开发区(亦庄)", "new_area"),
        ("X-NEW", "某新区", "new_area"),
        ("CP-CFD", "曹妃甸协同发展示范区", "cooperation_platform"),
        ("CP-X", "某合作平台", "cooperation_platform"),
    ]
    geoms = [
        shapely.MultiPolygon(
            [shapely.box(116 + i * 0.02, 39.9, 116.01 + i * 0.02, 39.91)]
        )
        for i in range(len(rows))
    ]
    return gpd.GeoDataFrame(
        {
            "code": [r[0] for r in rows],
            "name_zh": [r[1] for r in rows],
            "kind": [r[2] for r in rows],
        },
        geometry=geoms,
        crs="EPSG:4490",
    )


def _v2_project(path: Path) -> Path:
    with ProjectStore.create(path, revision="0002") as store:
        assert store.schema_version == 2
        with store.action("old-app", "fixture"):
            store.insert_features("zones", _v2_zones(), "old-app")
            layers = [
                {
                    "id": "functional_areas",
                    "visible": True,
                    "opacity": 1.0,
                    "style": OLD_STYLE,
                }
            ]
            store.write_settings({"layers": layers}, "old-app")
    return path


def test_migration_v4_moves_kinds_to_the_policy_words(tmp_path: Path) -> None:
    path = _v2_project(tmp_path / "old.gpkg")
    with ProjectStore.open(path) as store:
        assert store.schema_version == migrate.app_schema_version() >= 3
        zones = store.read_table("zones").set_index("code")
        settings = store.read_settings()
    kind = zones["kind"].to_dict()
    assert kind["FA-JRJ"] == "functional_area"
    assert kind["FA-SG"] == kind["LZ-1"] == "development_area"  # by code / by name
    assert kind["NA-BDA"] == kind["X-NEW"] == "functional_area"
    assert "check this zone's kind" in zones.at["X-NEW", "remarks"]
    assert not isinstance(zones.at["NA-BDA", "remarks"], str)  # shipped: no note
    assert zones.at["CP-CFD", "platform_4n"] == "caofeidian"
    assert zones.at["CP-X", "platform_4n"] == "n"
    assert (
        zones.loc[zones["kind"] != "cooperation_platform", "platform_4n"].isna().all()
    )
    cats = settings["layers"][0]["style"]["categories"]
    assert [c["value"] for c in cats] == [
        "functional_area",
        "development_area",
        "science_city",
    ]
    assert cats[0]["label"] == "高端产业功能区" and cats[1]["label"] == "产业发展新区"
    assert cats[1]["color"] == "#123456"  # the planner's colour is kept


def test_migration_v4_layers_split_by_kind_still_load(tmp_path: Path) -> None:
    path = _v2_project(tmp_path / "old.gpkg")
    with ProjectStore.open(path) as store:
        project = load_project(store)
    fa = project.find("functional_areas")
    assert set(fa.gdf["kind"]) == {"functional_area", "development_area"}
    assert set(project.find("platforms").gdf["code"]) == {"CP-CFD", "CP-X"}
    assert project.find("facilities").feature_count == 0
    style_values = [c.value for c in fa.style.categories]
    assert "development_area" in style_values and "new_area" not in style_values


def test_migration_v4_facilities_table_is_a_registered_layer(tmp_path: Path) -> None:
    path = _v2_project(tmp_path / "old.gpkg")
    ProjectStore.open(path).close()
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "SELECT data_type, srs_id FROM gpkg_contents WHERE table_name='facilities'"
        ).fetchone()
        gcol = conn.execute(
            "SELECT geometry_type_name FROM gpkg_geometry_columns "
            "WHERE table_name='facilities'"
        ).fetchone()
        cols = {r[1] for r in conn.execute("PRAGMA table_info(enterprises)")}
    assert row == ("features", 4490) and gcol == ("POINT",)
    assert "ps_edition" in cols
    assert "facilities" in pyogrio.list_layers(path)[:, 0]


def test_demo_project_has_facilities_editions_and_checks_clean(tmp_path: Path) -> None:
    path = write_demo_project(tmp_path / "demo.gpkg", n_enterprises=2000)
    for name in pyogrio.list_layers(path)[:, 0]:
        if name.startswith(("gpkg_", "rtree_", "zp_")):
            continue
        frame = pyogrio.read_dataframe(path, layer=name)
        assert len(frame) > 0 or name == "evaluations", name
    fac = pyogrio.read_dataframe(path, layer="facilities")
    assert len(fac) >= 15 and set(fac["location_status"]) == {"indicative"}
    assert fac.crs.to_epsg() == 4490
    ents = pyogrio.read_dataframe(path, layer="enterprises")
    assert set(ents["ps_edition"]) == {"2015", "2019"}
    assert (
        ents.loc[ents["ps_edition"] == "2015", "founded"].astype(str) < "2019"
    ).all()
    zones = pyogrio.read_dataframe(path, layer="zones")
    assert zones["extent_year"].notna().all() and zones["date_basis"].notna().all()
    assert set(zones["kind"]) >= {"functional_area", "development_area"}
    report = check_project(path)
    assert report.ok, report.lines


def test_demo_zone_dates_are_iso_text(tmp_path: Path) -> None:
    path = write_demo_project(tmp_path / "demo.gpkg", n_enterprises=500)
    with ProjectStore.open(path, read_only=True) as store:
        zones = store.read_table("zones").set_index("code")
    assert zones.at["NA-BDA", "effective_from"] == "1994-08"
    assert zones.at["ZGC-HD", "effective_from"] == "2012-12-26"
    assert zones.at["FA-CBD", "extent_year"] == 2010
    assert isinstance(zones.at["FA-CBD", "focus_source"], str)
    assert zones.at["FA-JRJ", "published_area_km2"] == 2.59
