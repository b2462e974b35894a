"""Deterministic synthetic content of the demo project (flagged synthetic).

The generators live with their thematic modules; this module is the one entry
point db.demo uses, so the demo project is the same file for the same seed.
"""

from __future__ import annotations

from typing import Any

DEMO_SEED = 2016


def build_demo_enterprises(
    zones: Any, basemap: Any, n: int = 20000, seed: int = DEMO_SEED
) -> Any:
    """Return ``n`` synthetic enterprises (GeoDataFrame, EPSG:4490)."""
    from layers.enterprises.demo import build_demo_enterprises as build

    return build(zones, basemap, n=n, seed=seed)


def build_demo_cases(
    zones: Any, basemap: Any, enterprises: Any, seed: int = DEMO_SEED
) -> Any:
    """Return about a dozen demo conversion cases (GeoDataFrame, EPSG:4490)."""
    from layers.cases.demo import build_demo_cases as build

    return build(zones, basemap, enterprises, seed=seed)
