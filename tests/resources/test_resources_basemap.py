"""Shipped basemap: units, CRS and Beijing's area."""

from __future__ import annotations

from pathlib import Path

import pyogrio

from geo.measure import geodesic_area

ROOT = Path(__file__).resolve().parents[2]
BASEMAP = ROOT / "resources" / "basemap" / "basemap.gpkg"
BEIJING_DISTRICTS = {
    "110101",
    "110102",
    "110105",
    "110106",
    "110107",
    "110108",
    "110109",
    "110111",
    "110112",
    "110113",
    "110114",
    "110115",
    "110116",
    "110117",
    "110118",
    "110119",
}
PLATFORM_UNITS = {"120116", "130209", "130700", "130800", "131000"}


def test_basemap_layer_schema_and_crs():
    info = pyogrio.read_info(BASEMAP, layer="admin")
    assert info["crs"] == "EPSG:4490"
    assert {"adcode", "name_zh", "name_en", "level", "parent_adcode"} <= set(
        info["fields"]
    )
    assert BASEMAP.stat().st_size < 8_000_000


def test_basemap_has_beijing_districts_and_platform_units():
    gdf = pyogrio.read_dataframe(BASEMAP, layer="admin")
    districts = gdf[gdf["parent_adcode"] == "110000"]
    assert set(districts["adcode"]) == BEIJING_DISTRICTS
    assert set(districts["level"]) == {"district"}
    assert PLATFORM_UNITS | {"110000", "120000", "130000"} <= set(gdf["adcode"])
    assert gdf.geometry.is_valid.all()
    assert dict(zip(gdf["adcode"], gdf["name_zh"], strict=True))["110108"] == "海淀区"


def test_basemap_beijing_area_matches_official_figure():
    gdf = pyogrio.read_dataframe(BASEMAP, layer="admin", where="adcode = '110000'")
    km2 = geodesic_area(gdf.geometry.iloc[0]).m2 / 1e6
    assert abs(km2 / 16410 - 1) < 0.01
