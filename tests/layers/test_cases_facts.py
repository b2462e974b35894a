"""Spatial facts of parcels and the demo cases."""

from __future__ import annotations

import pytest
import shapely

import resources
from geo.measure import geodesic_area
from layers.cases.facts import FactsContext, SiteFacts, districts_of
from layers.demo.case_register import CASE_COLUMNS, build_demo_cases
from layers.enterprises.credit_code import validate


@pytest.fixture(scope="module")
def ctx() -> FactsContext:
    return FactsContext(resources.load_basemap(), resources.load_zones())


@pytest.fixture(scope="module")
def demo():
    return build_demo_cases(None, resources.load_basemap(), None)


def test_cases_facts_parcel_straddling_two_districts(ctx):
    # 朝阳 110105 / 通州 110112 boundary east of the 5th ring
    parcel = shapely.box(116.606, 39.886, 116.614, 39.892)
    f = ctx.compute(parcel)
    assert set(f.district_adcodes()) == {"110105", "110112"}
    assert sum(d.share for d in f.districts) == pytest.approx(1.0, abs=1e-4)
    assert all(0.05 < d.share < 0.95 for d in f.districts)
    assert sum(d.area_m2 for d in f.districts) == pytest.approx(
        f.site_area_m2, rel=1e-4
    )
    assert {a.key for a in f.catalogue_areas["2015"]} == {"城六区", "城市发展新区"}


def test_cases_facts_site_area_is_geodesic_with_method(ctx):
    parcel = shapely.box(116.50, 39.78, 116.505, 39.784)
    f = ctx.compute(parcel)
    assert f.site_area_m2 == pytest.approx(geodesic_area(parcel).m2)
    assert "geodesic" in f.area_method


def test_cases_facts_zones_overlap_and_nearest(ctx):
    inside = ctx.compute(shapely.box(116.513, 39.783, 116.517, 39.786))  # 亦庄 BDA
    codes = {z.key for z in inside.zones}
    assert "NA-BDA" in codes
    bda = next(z for z in inside.zones if z.key == "NA-BDA")
    assert bda.share == pytest.approx(1.0) and "01" in bda.focus_categories
    assert inside.nearest_functional_area.distance_m == 0.0
    far = ctx.compute(shapely.box(116.33, 39.68, 116.334, 39.683))  # 大兴 west
    assert far.zones == [] and far.nearest_functional_area.distance_m > 5000
    assert "planar EPSG:4548" in far.nearest_functional_area.method


def test_cases_facts_subcentre_and_ecological_areas(ctx):
    tz = ctx.compute(shapely.box(116.70, 39.90, 116.704, 39.903))
    assert [a.key for a in tz.catalogue_areas["2018"]] == ["北京城市副中心"]
    assert any("indicative" in n for n in tz.notes)
    hills = ctx.compute(
        shapely.box(116.20, 40.30, 116.204, 40.303)
    )  # 十三陵 hills, 昌平
    assert [a.key for a in hills.catalogue_areas["2018"]] == ["生态涵养区"]
    plain = ctx.compute(shapely.box(116.46, 40.10, 116.464, 40.103))  # 昌平 plain
    assert [a.key for a in plain.catalogue_areas["2018"]] == ["副中心以外的平原地区"]


def test_cases_facts_roundtrip_dict(ctx):
    f = ctx.compute(shapely.box(116.513, 39.783, 116.517, 39.786))
    assert SiteFacts.from_dict(f.to_dict()) == f


def test_cases_demo_shape_and_determinism(demo):
    again = build_demo_cases(None, None, None)
    assert list(demo.columns) == [*CASE_COLUMNS, "geometry"]
    assert demo.crs.to_epsg() == 4490 and len(demo) == 12
    assert demo.drop(columns="geometry").equals(again.drop(columns="geometry"))
    assert demo.geometry.geom_equals(again.geometry).all()
    assert (
        demo["case_no"].is_unique and demo["case_no"].str.match(r"ZH-2026-\d{3}").all()
    )
    assert demo["remarks"].str.contains("示例").all()
    assert set(demo["status"]) == {
        "received",
        "under_review",
        "approved",
        "rejected",
        "withdrawn",
    }
    assert demo["site_area_m2"].between(50_000, 300_000).all()
    assert demo["applicant_credit_code"].map(validate).isna().all()


def test_cases_demo_sites_cover_core_and_straddle(ctx, demo):
    dists = districts_of(ctx, demo.geometry.values)
    assert any(d == ["110102"] or d == ["110101"] for d in dists)
    assert any(len(d) == 2 for d in dists)
    assert len({c for d in dists for c in d}) >= 10


def test_cases_demo_links_enterprises_by_credit_code():
    import geopandas as gpd

    ents = gpd.GeoDataFrame(
        {
            "credit_code": ["91110106MA0000001X"],
            "name": ["示例企业"],
            "category": ["07"],
        },
        geometry=[shapely.Point(116.29, 39.83)],
        crs=4490,
    )
    cases = build_demo_cases(None, None, ents)
    linked = cases[cases["applicant_credit_code"] == "91110106MA0000001X"]
    assert len(linked) >= 1 and linked["enterprise_fid"].isna().all()
