"""Demo regulatory-plan (控规) parcels with control indicators -- 示例 only.

They exist only in the demo project (``synthetic`` = 1, plan names and sources
say 示例), so R6 has something to compare the demo cases with; every report
line that uses them says 示例. The figures are invented for the demonstration
and are not any plan's indicators; the seed policy sets none.
"""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import shapely

DEMO_PLAN = "示例控规（演示数据，非真实控制性详细规划）"
DEMO_SOURCE = "ZonePlanner 演示数据（虚构）"
_PAD_DEG = 0.0004  # about 35-45 m around the case parcel

#: case number -> list of (parcel-code suffix, share of the envelope, limits).
#: ZH-2026-002 straddles two 控规 parcels with different limits (the stricter
#: of each indicator applies).
DEMO_PARCELS: dict[str, list[tuple[str, tuple[float, float], dict[str, float]]]] = {
    "ZH-2026-001": [("YZ-A01", (0.0, 1.0), {"far_max": 2.0, "building_density_max": 0.45, "green_ratio_min": 0.2, "height_max_m": 60.0})],
    "ZH-2026-002": [
        ("FT-B03", (0.0, 0.55), {"far_max": 2.5, "building_density_max": 0.4, "green_ratio_min": 0.25, "height_max_m": 60.0}),
        ("FT-B04", (0.55, 1.0), {"far_max": 2.0, "building_density_max": 0.4, "green_ratio_min": 0.25, "height_max_m": 45.0}),
    ],
    "ZH-2026-006": [("DX-C02", (0.0, 1.0), {"far_max": 1.5, "building_density_max": 0.45, "green_ratio_min": 0.25, "height_max_m": 45.0})],
    "ZH-2026-012": [("HR-D01", (0.0, 1.0), {"far_max": 1.2, "building_density_max": 0.35, "green_ratio_min": 0.35, "height_max_m": 24.0})],
}  # fmt: skip # one demo parcel per line


def build_demo_regulatory(cases: Any) -> gpd.GeoDataFrame:
    """Return demo 控规 parcels around some demo cases (EPSG:4490, 示例).

    Parameters
    ----------
    cases : GeoDataFrame
        The demo cases (``case_no``, parcel geometry in EPSG:4490).
    """
    rows, geoms = [], []
    by_no = dict(zip(cases["case_no"], cases.geometry, strict=True))
    for case_no, parts in DEMO_PARCELS.items():
        x0, y0, x1, y1 = shapely.buffer(by_no[case_no].envelope, _PAD_DEG).bounds
        for suffix, (a, b), limits in parts:
            box = shapely.box(x0 + (x1 - x0) * a, y0, x0 + (x1 - x0) * b, y1)
            geoms.append(shapely.MultiPolygon([box]))
            rows.append(
                {
                    "parcel_code": f"示例-{suffix}",
                    "plan_name": DEMO_PLAN,
                    "approval_date": "2020-06-30",
                    "landuse_code": "B29",
                    "landuse_system": "GB 50137-2011",
                    **limits,
                    "source": DEMO_SOURCE,
                    "synthetic": 1,
                    "remarks": f"示例数据，覆盖演示案件 {case_no}",
                }
            )
    return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4490")
