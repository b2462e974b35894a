"""Topology checks: crafted overlap, invalid geometry + repair, gaps, districts, codes."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import shapely
from zones_fixtures import make_zones

from layers.editing.topology import check_layer, has_errors, repair_command
from layers.undo import UndoStack
from layers.vector_layer import VectorLayer


def _layer(geoms, codes=None, kind="zgc_park", adcodes=None) -> VectorLayer:
    n = len(geoms)
    gdf = gpd.GeoDataFrame(
        {
            "code": codes or [f"Z{i}" for i in range(n)],
            "name_zh": [f"园{i}" for i in range(n)],
            "kind": [kind] * n,
            "boundary_status": ["indicative"] * n,
            "district_adcodes": adcodes or [None] * n,
        },
        geometry=geoms,
        crs="EPSG:4490",
        index=pd.Index(range(1, n + 1), name="fid"),
    )
    return VectorLayer("t", gdf, "polygon", layer_id="t")


def test_editing_topology_finds_crafted_overlap_with_area():
    a = shapely.box(116.30, 39.90, 116.32, 39.92)
    b = shapely.box(116.31, 39.90, 116.33, 39.92)  # half of each overlaps
    issues = check_layer(_layer([a, b]))
    overlaps = [i for i in issues if i.rule == "overlap"]
    assert len(overlaps) == 1 and overlaps[0].fids == (1, 2)
    assert 1.8e6 < overlaps[0].area_m2 < 2.0e6  # 0.01° x 0.02° near 40°N
    assert "m²" in overlaps[0].message and has_errors(issues)
    assert overlaps[0].location is not None


def test_editing_topology_other_kinds_may_overlap():
    a = shapely.box(116.30, 39.90, 116.32, 39.92)
    layer = _layer([a, a])
    layer.gdf["kind"] = ["functional_area", "science_city"]
    assert [i for i in check_layer(layer) if i.rule == "overlap"] == []


def test_editing_topology_invalid_geometry_repaired_in_one_action():
    bow = shapely.Polygon(
        [(116.3, 39.9), (116.31, 39.91), (116.31, 39.9), (116.3, 39.91)]
    )
    layer = _layer([bow])
    issue = next(i for i in check_layer(layer) if i.rule == "invalid")
    assert "Self-intersection" in issue.message and issue.repairable
    cmd, what = repair_command(layer, issue)
    stack = UndoStack()
    stack.push(cmd)
    assert "fixed" in what and "area changed" in what
    assert not has_errors(check_layer(layer))
    stack.undo()
    assert has_errors(check_layer(layer))


def test_editing_topology_sliver_gap_districts_and_codes():
    import resources

    ring = [
        shapely.box(116.0, 40.0, 116.03, 40.01),
        shapely.box(116.0, 40.02, 116.03, 40.03),
        shapely.box(116.0, 40.01, 116.01, 40.02),
        shapely.box(116.01001, 40.01, 116.03, 40.02),
    ]
    layer = _layer(ring, codes=["A", "B", "C", "C"])
    rules = {i.rule for i in check_layer(layer)}
    assert {"gap", "duplicate"} <= rules
    zones = make_zones()
    haidian = _layer([zones.geometry.iloc[0]], adcodes=["110108"])
    assert not [
        i for i in check_layer(haidian, resources.load_basemap()) if i.rule == "outside"
    ]
    wrong = _layer([zones.geometry.iloc[0]], adcodes=["110105"])  # 朝阳: wrong district
    out = [
        i for i in check_layer(wrong, resources.load_basemap()) if i.rule == "outside"
    ]
    assert out and "outside its districts" in out[0].message
