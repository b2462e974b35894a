"""Shared helpers for the zone editing/import tests (imported by test modules)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

FIXED_NOW = "2026-01-01T00:00:00.000Z"


def sha256(path: Path) -> str:
    """Return the sha256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def make_zones() -> gpd.GeoDataFrame:
    """Return four zones in EPSG:4490: two adjacent parks (one with a hole)."""
    hole = [(116.30, 39.97), (116.32, 39.97), (116.32, 39.99), (116.30, 39.99)]
    park_a = shapely.Polygon(
        [(116.25, 39.93), (116.35, 39.93), (116.35, 40.03), (116.25, 40.03)], [hole]
    )
    park_b = shapely.box(116.35, 39.93, 116.42, 40.03)
    return gpd.GeoDataFrame(
        {
            "code": ["ZGC-HD", "ZGC-XC", "FA-CBD", "P-CFD"],
            "name_zh": ["海淀园", "西城园", "北京商务中心区", "曹妃甸协同发展示范区"],
            "name_en": ["Haidian Park", "Xicheng Park", "CBD", "Caofeidian"],
            "kind": ["zgc_park", "zgc_park", "functional_area", "cooperation_platform"],
            "district_adcodes": ["110108", "110102", "110105", "130209"],
            "boundary_status": ["indicative"] * 4,
            "source": ["示意范围 test"] * 4,
            "source_date": ["2026-01-01"] * 4,
            "focus_categories": ["01;03", "04", "04;07", None],
            "published_area_km2": [133.0, np.nan, 7.0, 1943.0],
            "remarks": ["备注：测试", None, None, "张承"],
        },
        geometry=[
            shapely.MultiPolygon([park_a]),
            shapely.MultiPolygon([park_b]),
            shapely.MultiPolygon([shapely.box(116.44, 39.90, 116.48, 39.93)]),
            shapely.MultiPolygon([shapely.box(118.3, 38.9, 118.7, 39.3)]),
        ],
        crs="EPSG:4490",
    )


def make_project_file(path: Path) -> Path:
    """Create a project file holding :func:`make_zones`; return its path."""
    from db.store import ProjectStore

    with ProjectStore.create(path, clock=lambda: FIXED_NOW) as store:
        store.insert_features("zones", make_zones(), "tester")
    return path


def make_project(target: str) -> str:
    """Create a project holding :func:`make_zones` at a file or database target."""
    from db.open_store import create_store

    with create_store(target, clock=lambda: FIXED_NOW) as store:
        store.insert_features("zones", make_zones(), "tester")
    return target
