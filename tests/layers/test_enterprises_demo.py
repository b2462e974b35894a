"""The synthetic demo register."""

from __future__ import annotations

import numpy as np
import pytest

from layers.demo.enterprise_register import build_demo_enterprises
from layers.enterprises import ENTERPRISE_COLUMNS
from layers.enterprises.credit_code import validate_many


@pytest.fixture(scope="module")
def demo():
    import resources

    zones, bm = resources.load_zones(), resources.load_basemap()
    return build_demo_enterprises(zones, bm, n=3000, seed=2016), zones, bm


def test_demo_is_deterministic_and_flagged(demo) -> None:
    import resources

    gdf, zones, bm = demo
    again = build_demo_enterprises(zones, bm, n=3000, seed=2016)
    assert gdf.equals(again)
    assert list(gdf.columns) == [*ENTERPRISE_COLUMNS, "geometry"]
    assert gdf.crs.to_epsg() == 4490 and (gdf["synthetic"] == 1).all()
    assert gdf["name"].str.endswith("(示例)").all()
    assert resources is not None


def test_demo_codes_valid_unique_and_districts_by_containment(demo) -> None:
    gdf, _, _ = demo
    assert validate_many(gdf["credit_code"]).isna().all()
    assert gdf["credit_code"].is_unique
    assert (gdf["district_adcode"] != "").all()
    region = gdf["credit_code"].str[2:8]
    beijing = gdf["district_adcode"].str.startswith("11")
    assert (region[beijing] == gdf.loc[beijing, "district_adcode"]).all()


def test_demo_outside_beijing_only_in_platforms(demo) -> None:
    gdf, zones, _ = demo
    outside = gdf[~gdf["district_adcode"].str.startswith("11")]
    assert len(outside) < 0.05 * len(gdf)
    plat = set(zones.loc[zones["kind"] == "cooperation_platform", "code"])
    assert outside["zone_codes"].map(lambda s: bool(set(s.split(";")) & plat)).all()


def test_demo_zone_mix(demo) -> None:
    gdf, _, _ = demo
    jrj = gdf[gdf["zone_codes"].str.contains("FA-JRJ")]
    assert (jrj["category"] == "04").mean() > 0.4
    counts = gdf["zone_codes"].str.split(";").explode().value_counts()
    assert counts["ZGC-HD"] > counts["ZGC-PG"]
    assert np.all(gdf["revenue_wan"] > 0) and gdf["founded"].min() >= "1995-01-01"
