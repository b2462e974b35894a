"""Crafted zones with effective ranges around one parcel in 石景山 (EPSG:4490).

PARCEL lies wholly inside three zones whose dates differ, and one undated
functional area lies about 20 km east:

=========  ==========================  ================  ===========  ===========
code       name                        kind              from         to
=========  ==========================  ================  ===========  ===========
T-SG       新首钢高端产业综合服务区    development_area  2016-11-22   (open)
T-OLD      旧工业服务区                functional_area   2010         2015-06
T-ZGC      石景山园                    zgc_park          2012-12-26   (open)
T-EAST     东部功能区                  functional_area   (open)       (open)
=========  ==========================  ================  ===========  ===========
"""

from __future__ import annotations

import geopandas as gpd
import shapely

from layers.demo.case_register import build_demo_cases

PARCEL = shapely.box(116.155, 39.905, 116.160, 39.909)
LOCAL = shapely.MultiPolygon([shapely.box(116.150, 39.900, 116.170, 39.920)])
EAST = shapely.MultiPolygon([shapely.box(116.400, 39.900, 116.410, 39.910)])


def dated_zones() -> gpd.GeoDataFrame:
    """Return the four crafted zones (columns of the ``zones`` table)."""
    rows = [
        (
            "T-SG",
            "新首钢高端产业综合服务区",
            "development_area",
            "2016-11-22",
            None,
            "04",
        ),
        ("T-OLD", "旧工业服务区", "functional_area", "2010", "2015-06", "07"),
        ("T-ZGC", "石景山园", "zgc_park", "2012-12-26", None, "01"),
        ("T-EAST", "东部功能区", "functional_area", None, None, "04"),
    ]
    return gpd.GeoDataFrame(
        {
            "code": [r[0] for r in rows],
            "name_zh": [r[1] for r in rows],
            "kind": [r[2] for r in rows],
            "effective_from": [r[3] for r in rows],
            "effective_to": [r[4] for r in rows],
            "focus_categories": [r[5] for r in rows],
            "boundary_status": ["indicative"] * len(rows),
        },
        geometry=[LOCAL, LOCAL, LOCAL, EAST],
        crs="EPSG:4490",
    )


def dated_case(case_no: str, received: str | None) -> gpd.GeoDataFrame:
    """Return one case on PARCEL (category 04) applied on ``received``."""
    case = build_demo_cases(None, None, None).iloc[[0]].copy()
    case["case_no"] = case_no
    case["received_date"] = received
    case["proposed_category"] = "04"
    case = case.set_geometry([shapely.MultiPolygon([PARCEL])], crs="EPSG:4490")
    return gpd.GeoDataFrame(case, crs="EPSG:4490")
