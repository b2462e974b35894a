"""Small in-memory layers for the canvas and main-window tests (EPSG:4490).

Imported by tests/gui/conftest.py and the tests (pytest puts this folder on
sys.path; there is no package __init__).
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
from shapely.geometry import box

from layers.style import Category, LayerStyle
from layers.vector_layer import LayerSource, VectorLayer

#: Test zones (lon/lat, EPSG:4490): 海淀园 north-west of the centre, 金融街 small.
HAIDIAN_LL = (116.25, 39.95, 116.35, 40.05)
FINANCE_LL = (116.35, 39.905, 116.365, 39.925)
ZONE_RED = "#d62728"
ZONE_BLUE = "#1f77b4"


def make_zones_layer() -> VectorLayer:
    """Return two zones with Chinese labels, fully opaque, categorised by kind."""
    gdf = gpd.GeoDataFrame(
        {"name_zh": ["海淀园", "金融街"], "kind": ["zgc_park", "functional_area"]},
        geometry=[box(*HAIDIAN_LL), box(*FINANCE_LL)],
        crs=4490,
    )
    style = LayerStyle(
        mode="categorized",
        field="kind",
        categories=(
            Category("zgc_park", ZONE_RED, "园"),
            Category("functional_area", ZONE_BLUE, "功能区"),
        ),
        fill_alpha=1.0,
        outline_width=0.0,
        label_field="name_zh",
        label_size=12.0,
    )
    return VectorLayer(
        "Zones", gdf, "polygon", style, LayerSource("zones"), layer_id="zones"
    )


def make_points_layer(n: int = 500, seed: int = 3) -> VectorLayer:
    """Return ``n`` enterprise points over central Beijing."""
    rng = np.random.default_rng(seed)
    gdf = gpd.GeoDataFrame(
        {"category": rng.choice(["01", "04", "07"], n)},
        geometry=gpd.points_from_xy(
            rng.uniform(116.2, 116.5, n), rng.uniform(39.85, 40.1, n)
        ),
        crs=4490,
    )
    return VectorLayer(
        "Enterprises",
        gdf,
        "point",
        LayerStyle(point_size=3.0),
        LayerSource("enterprises"),
        layer_id="enterprises",
    )
