"""Shipped indicative zones: completeness, placement, areas, overlaps, CRS."""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

import numpy as np
import pyogrio
import pytest
import shapely

from geo.measure import geodesic_areas_m2

ROOT = Path(__file__).resolve().parents[2]
ZONES = ROOT / "resources" / "zones" / "zones.geojson"
BASEMAP = ROOT / "resources" / "basemap" / "basemap.gpkg"
# The repository's copy of shared/domain/zones_reference.csv (same bytes), so
# these tests run in a clone without ../shared.
REFERENCE = ROOT / "resources" / "reference" / "sources" / "zones_reference.csv"

KINDS = {
    "zgc_zone",
    "zgc_park",
    "functional_area",
    "development_area",
    "science_city",
    "bonded_zone",
    "cooperation_platform",
}


@pytest.fixture(scope="module")
def zones():
    return pyogrio.read_dataframe(ZONES)


@pytest.fixture(scope="module")
def admin():
    gdf = pyogrio.read_dataframe(BASEMAP, layer="admin")
    return dict(zip(gdf["adcode"], gdf.geometry, strict=True))


def _km2(geoms) -> np.ndarray:
    return geodesic_areas_m2(np.asarray(geoms, dtype=object)) / 1e6


def test_zones_crs_is_cgcs2000_and_all_indicative(zones):
    assert zones.crs.to_epsg() == 4490
    assert set(zones["boundary_status"]) == {"indicative"}
    assert set(zones["kind"]) <= KINDS
    assert zones["code"].is_unique
    assert zones.geometry.is_valid.all()
    assert not zones.geometry.is_empty.any()
    assert "示意范围" in " ".join(zones["remarks"])


def test_zones_cover_every_reference_row(zones):
    with REFERENCE.open(encoding="utf-8-sig", newline="") as f:
        names = {row["name_zh"] for row in csv.DictReader(f)}
    assert names == set(zones["name_zh"])


def test_zones_lie_inside_their_named_districts(zones, admin):
    for zone in zones.itertuples():
        named = shapely.union_all([admin[a] for a in zone.district_adcodes.split(";")])
        outside = shapely.difference(zone.geometry, named)
        share = _km2([outside])[0] / _km2([zone.geometry])[0]
        assert share <= 0.01, f"{zone.code}: {share:.2%} outside its districts"


def test_zones_match_published_areas_within_25_percent(zones):
    has_area = zones[zones["published_area_km2"].notna()]
    assert len(has_area) >= 15
    measured = _km2(has_area.geometry)
    for code, pub, got in zip(
        has_area["code"], has_area["published_area_km2"], measured, strict=True
    ):
        assert abs(got / pub - 1) <= 0.25, f"{code}: {got:.2f} vs {pub} km²"


def test_zones_published_area_comes_from_a_cited_source(zones):
    """Each published area is in the reference, or its remarks cite the source."""
    with REFERENCE.open(encoding="utf-8-sig", newline="") as f:
        text = {r["name_zh"]: r["approx_area_km2_if_known"] for r in csv.DictReader(f)}
    cited = 0
    for zone in zones[zones["published_area_km2"].notna()].itertuples():
        if f"{zone.published_area_km2:g}" in text[zone.name_zh]:
            continue
        assert "published area: " in zone.remarks, zone.code
        assert "http" in zone.remarks or ".cn" in zone.remarks, zone.code
        cited += 1
    assert cited == 2  # the CBD with its east extension, and the BDA


def test_zgc_umbrella_is_the_union_of_the_sixteen_parks(zones):
    parks = zones[zones["kind"] == "zgc_park"]
    assert len(parks) == 16
    assert set(parks["parent_code"]) == {"ZGC-00"}
    umbrella = zones[zones["code"] == "ZGC-00"].geometry.iloc[0]
    sym = shapely.symmetric_difference(umbrella, shapely.union_all(parks.geometry))
    assert _km2([sym])[0] < 0.01
    assert abs(_km2([umbrella])[0] - 488) < 0.05 * 488


def test_zones_of_one_kind_do_not_overlap(zones):
    for kind, group in zones.groupby("kind"):
        for a, b in itertools.combinations(group.itertuples(), 2):
            if not a.geometry.intersects(b.geometry):
                continue
            overlap_m2 = _km2([a.geometry.intersection(b.geometry)])[0] * 1e6
            assert overlap_m2 < 1000, f"{kind}: {a.code} x {b.code} {overlap_m2:.0f} m²"


def test_bonded_zone_lies_in_the_airport_zone(zones):
    by_code = dict(zip(zones["code"], zones.geometry, strict=True))
    outside = shapely.difference(by_code["BZ-TZ"], by_code["NA-PEK"])
    assert _km2([outside])[0] < 0.01 * _km2([by_code["BZ-TZ"]])[0]


def test_zhangcheng_zones_are_the_prefecture_outlines(zones, admin):
    by_code = dict(zip(zones["code"], zones.geometry, strict=True))
    for code, adcode in (("CP-ZJK", "130700"), ("CP-CD", "130800")):
        sym = shapely.symmetric_difference(by_code[code], admin[adcode])
        assert _km2([sym])[0] < 1e-3 * _km2([admin[adcode]])[0]


def test_zone_fields_are_well_formed(zones):
    for zone in zones.itertuples():
        if isinstance(zone.focus_categories, str):
            cats = zone.focus_categories.split(";")
            assert all(c in {f"{i:02d}" for i in range(1, 11)} for c in cats)
        assert all(len(a) == 6 for a in zone.district_adcodes.split(";"))
        assert zone.source and zone.source_date and zone.name_en
        assert 1990 <= zone.extent_year <= 2026 and zone.date_basis, zone.code


def test_zone_kinds_follow_seed_clause_nine(zones):
    kind = dict(zip(zones["code"], zones["kind"], strict=True))
    # (九): 金融街, 商务中心区, 北京经济技术开发区, 临空经济区, 奥林匹克中心区
    for code in ("FA-JRJ", "FA-CBD", "NA-BDA", "NA-PEK", "FA-OLY"):
        assert kind[code] == "functional_area", code
    # (九): 新首钢高端产业综合服务区、丽泽金融商务区等产业发展新区
    assert kind["FA-SG"] == kind["FA-LZ"] == "development_area"


def test_zones_4n_platforms_say_which_of_the_four(zones):
    plats = zones[zones["kind"] == "cooperation_platform"]
    got = dict(zip(plats["code"], plats["platform_4n"], strict=True))
    assert got == {
        "CP-CFD": "caofeidian",
        "CP-PKX": "daxing_airport",
        "CP-BHZ": "binhai_zgc",
        "CP-ZJK": "zhangcheng",
        "CP-CD": "zhangcheng",
    }
    assert (
        zones.loc[zones["kind"] != "cooperation_platform", "platform_4n"].isna().all()
    )


def test_cbd_polygon_matches_its_name_with_the_east_extension(zones):
    cbd = zones[zones["code"] == "FA-CBD"].iloc[0]
    assert "含东扩区" in cbd.name_zh
    area = _km2([cbd.geometry])[0]
    assert abs(area - (3.99 + 3.0)) < 0.05  # original CBD + ~3.0 km² extension
    # the extension reaches the E 4th Ring (~116.49 E) and 国贸 lies inside
    assert cbd.geometry.bounds[2] > 116.485
    assert cbd.geometry.contains(shapely.Point(116.453, 39.9085))
    assert cbd.extent_year == 2010 and "guandian.cn" in cbd.remarks
