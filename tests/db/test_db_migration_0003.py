"""Revision 0003: case inputs, the 控规 parcel layer, catalogue edition tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import shapely
from db_fixtures import FIXED_NOW, make_zones

from db import migrate, schema
from db.check import check_project
from db.store import ProjectStore

NEW_CASE_COLUMNS = {
    "applicant_is_industrial",
    "in_plan",
    "project_facilities",
    "manufacturing_stage",
    "heritage_area",
    "location_clause",
    "land_right_type",
    "remaining_term_years",
    "title_cert_no",
    "parcel_code",
    "indicator_far_max",
    "indicator_building_density_max",
    "indicator_green_ratio_min",
    "indicator_height_max_m",
    "indicator_source",
}


def _parcels() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {
            "parcel_code": ["FT-01-03", "FT-01-04"],
            "plan_name": ["丰台区某片区控制性详细规划", "丰台区某片区控制性详细规划"],
            "approval_date": ["2019-05-20", "2019-05-20"],
            "landuse_code": ["B29", "M1"],
            "landuse_system": ["GB 50137-2011", "GB 50137-2011"],
            "far_max": [2.5, 1.2],
            "building_density_max": [0.4, None],
            "green_ratio_min": [0.3, 0.2],
            "height_max_m": [60.0, 24.0],
            "source": ["test", "test"],
        },
        geometry=[
            shapely.MultiPolygon([shapely.box(116.28, 39.82, 116.30, 39.84)]),
            shapely.MultiPolygon([shapely.box(116.30, 39.82, 116.32, 39.84)]),
        ],
        crs="EPSG:4490",
    )


def test_migration_0003_upgrades_v2_file_keeping_data(tmp_path: Path) -> None:
    path = tmp_path / "v2.gpkg"
    with ProjectStore.create(path, revision="0002") as old:
        old.insert_features("zones", make_zones(), "old-app")
    with ProjectStore.open(path) as store:
        assert store.schema_version == migrate.app_schema_version() >= 3
        assert store.backup_path is not None and "backup-v2-" in store.backup_path.name
        assert len(store.read_table("zones")) == 3
        cases = store.read_table("conversion_cases")
        assert NEW_CASE_COLUMNS <= set(cases.columns)
    with sqlite3.connect(path) as conn:
        kinds = dict(
            conn.execute(
                "SELECT table_name, data_type FROM gpkg_contents"
                " WHERE table_name = 'regulatory_parcels'"
            ).fetchall()
        )
        assert kinds == {"regulatory_parcels": "features"}
        ext = conn.execute(
            "SELECT extension_name FROM gpkg_extensions"
            " WHERE table_name = 'regulatory_parcels'"
        ).fetchall()
        assert ext == [("gpkg_rtree_index",)]


def test_migration_0003_models_match_and_gdal_reads_the_layer(tmp_path: Path) -> None:
    path = tmp_path / "p.gpkg"
    with ProjectStore.create(path, clock=lambda: FIXED_NOW) as store:
        fids = store.insert_features("regulatory_parcels", _parcels(), "tester")
        back = store.read_table("regulatory_parcels")
        assert back.loc[fids[0], "far_max"] == 2.5
        assert pd.isna(back.loc[fids[1], "building_density_max"])
        assert (back["synthetic"] == 0).all() and (back["row_version"] == 1).all()
    with sqlite3.connect(path) as conn:
        for name in (
            "regulatory_parcels",
            "zp_catalogue_editions",
            "zp_catalogue_rows",
        ):
            cols = {r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')}
            want = {c.name for c in schema.table(name).columns}
            assert cols == want, name
    gdf = pyogrio.read_dataframe(path, layer="regulatory_parcels")
    assert gdf["parcel_code"].tolist() == ["FT-01-03", "FT-01-04"]
    assert gdf.crs.to_epsg() == 4490
    report = check_project(path)
    assert report.ok, report.lines
    assert any("regulatory_parcels: 2 features" in line for line in report.lines)


def test_migration_0003_catalogue_rows_cascade_with_their_edition(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.gpkg"
    with ProjectStore.create(path) as store:
        ed = pd.DataFrame(
            [{"edition": "2018", "in_force_from": "2018-09-26", "status": "sample"}]
        )
        (eid,) = store.insert_features("zp_catalogue_editions", ed, "tester")
        rows = pd.DataFrame(
            [
                {"edition_id": int(eid), "row_no": 1, "level": "禁止", "text_zh": "x"},
                {"edition_id": int(eid), "row_no": 2, "level": "限制", "text_zh": "y"},
            ]
        )
        store.insert_features("zp_catalogue_rows", rows, "tester")
        assert store.count("zp_catalogue_rows") == 2
        store.delete_features("zp_catalogue_editions", [int(eid)], "tester")
        assert store.count("zp_catalogue_rows") == 0
