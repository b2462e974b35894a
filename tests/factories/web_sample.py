"""Synthetic in-memory projects for web-export tests and benchmarks.

Flagged synthetic; coordinates are EPSG:4490 lon/lat around Beijing. One
enterprise and one zone carry hostile names so escaping is exercised.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

from layers.layer_specs import default_layer_specs
from layers.project import Project
from layers.vector_layer import LayerSource, VectorLayer

HOSTILE_NAME = "<script>alert(1)</script>"
HOSTILE_ZONE = '<img src=x onerror="alert(2)">'
#: Where the hostile enterprise sits (lon, lat), in a spot with no zone.
HOSTILE_LL = (116.62, 40.13)
#: A case applicant that a template engine would evaluate if it were not escaped.
TEMPLATE_TEXT = "{{ 7*7 }}"


def _layer(key: str, gdf: gpd.GeoDataFrame, gtype: str) -> VectorLayer:
    spec = {s.key: s for s in default_layer_specs()}[key]
    return VectorLayer(
        spec.name_zh,
        gdf,
        gtype,
        style=spec.style,
        source=LayerSource(table=spec.table, where=spec.where),
        layer_id=key,
    )


def sample_enterprises(n: int, seed: int = 2016) -> gpd.GeoDataFrame:
    """Return ``n`` synthetic enterprises; row 0 has the hostile name."""
    rng = np.random.default_rng(seed)
    x = rng.normal(116.40, 0.12, n)
    y = rng.normal(39.93, 0.09, n)
    names = np.char.add("示例企业", np.arange(n).astype(str)).astype(object)
    if n:
        names[0] = HOSTILE_NAME
        x[0], y[0] = HOSTILE_LL
    return gpd.GeoDataFrame(
        {
            "name": names,
            "category": np.char.zfill(rng.integers(1, 11, n).astype(str), 2),
            "employees": rng.integers(1, 3000, n),
            "revenue_wan": rng.gamma(2.0, 4000.0, n).round(1),
            "address": np.full(n, "北京市示例路1号", dtype=object),
            "synthetic": np.ones(n, dtype=bool),
        },
        geometry=gpd.points_from_xy(x, y),
        crs=4490,
    )


def sample_project(n_enterprises: int = 1000) -> Project:
    """Return a project with basemap, zones (one hostile), enterprises, cases."""
    cells = [
        shapely.box(115.9 + 0.25 * i, 39.6 + 0.2 * j, 116.15 + 0.25 * i, 39.8 + 0.2 * j)
        for i in range(4)
        for j in range(4)
    ]
    basemap = gpd.GeoDataFrame(
        {
            "name_zh": [f"示例区{i}" for i in range(16)],
            "level": "district",
            "adcode": [str(110101 + i) for i in range(16)],
        },
        geometry=cells,
        crs=4490,
    )
    zones = gpd.GeoDataFrame(
        {
            "code": ["FA01", "FA02", "SC01"],
            "name_zh": ["金融街", HOSTILE_ZONE, "中关村科学城"],
            "kind": ["functional_area", "functional_area", "science_city"],
            "boundary_status": ["official", "indicative", "indicative"],
            "source": ["示例", "示例", "示例"],
        },
        geometry=[
            shapely.box(116.34, 39.90, 116.37, 39.93),
            shapely.box(116.45, 39.90, 116.50, 39.94),
            shapely.box(116.25, 39.95, 116.35, 40.03),
        ],
        crs=4490,
    )
    cases = gpd.GeoDataFrame(
        {
            "case_no": ["C-2016-001", "C-2016-002"],
            "applicant": ["甲公司", "乙&丙公司 {{ 7*7 }}"],
            "status": ["approved", "under_review"],
            "site_area_m2": [52000.0, 31000.0],
        },
        geometry=[
            shapely.box(116.20, 39.80, 116.21, 39.81),
            shapely.box(116.55, 39.78, 116.565, 39.79),
        ],
        crs=4490,
    )
    project = Project()
    for lyr in (
        _layer("cases", cases, "polygon"),
        _layer("enterprises", sample_enterprises(n_enterprises), "point"),
        _layer("functional_areas", zones, "polygon"),
        _layer("basemap", basemap, "polygon"),
    ):
        project.layers.append(lyr)
    return project
