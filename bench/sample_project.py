"""Build an in-memory project from shipped resources plus synthetic points.

Used by bench/render.py (and handy in a REPL) when the demo project writer
(db.demo_project) is not at hand: basemap + zones split as in layers.layer_specs, and
``n_points`` enterprises scattered around Beijing's centres.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np

import resources
from layers.layer_specs import default_layer_specs
from layers.project import Project
from layers.vector_layer import LayerSource, VectorLayer

CENTRES_LL = [
    (116.40, 39.91, 0.08),
    (116.31, 39.98, 0.05),
    (116.46, 39.92, 0.04),
    (116.50, 39.80, 0.06),
    (116.66, 39.91, 0.07),
    (116.23, 40.22, 0.10),
    (116.34, 39.73, 0.08),
    (116.65, 40.13, 0.09),
]


def synthetic_points(n: int, seed: int = 7) -> gpd.GeoDataFrame:
    """Return ``n`` enterprise points (EPSG:4490) with a category 01-10."""
    rng = np.random.default_rng(seed)
    c = np.array(CENTRES_LL)
    pick = rng.integers(0, len(c), n)
    lon = c[pick, 0] + rng.normal(0, 1, n) * c[pick, 2]
    lat = c[pick, 1] + rng.normal(0, 1, n) * c[pick, 2] * 0.75
    cat = np.array([f"{i:02d}" for i in range(1, 11)])[rng.integers(0, 10, n)]
    return gpd.GeoDataFrame(
        {"name": np.full(n, "企业"), "category": cat},
        geometry=gpd.points_from_xy(lon, lat),
        crs=4490,
    )


def build_sample_project(n_points: int = 0) -> Project:
    """Return a project with basemap, zone layers and ``n_points`` enterprises."""
    project = Project()
    zones = resources.load_zones()
    basemap = resources.load_basemap()
    for spec in reversed(default_layer_specs()):
        if spec.table == "zones":
            kinds = spec.where.get("kind", [])
            gdf = zones[zones["kind"].isin(kinds)].reset_index(drop=True)
        elif spec.table == "basemap":
            gdf = basemap
        elif spec.table == "enterprises" and n_points:
            gdf = synthetic_points(n_points)
        else:
            continue
        layer = VectorLayer(
            spec.name_zh,
            gdf,
            spec.geometry_type,
            spec.style,
            LayerSource(spec.table, spec.where),
            layer_id=spec.key,
        )
        project.add_layer(layer, 0)
    return project
