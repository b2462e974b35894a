"""Helpers for db tests: small hand-made layers (imported by name, not via conftest)."""

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
    """Return three zones (one with a hole) in EPSG:4490."""
    hole = shapely.Polygon(
        [(116.25, 39.93), (116.38, 39.93), (116.38, 40.03), (116.25, 40.03)],
        [[(116.30, 39.97), (116.32, 39.97), (116.32, 39.99), (116.30, 39.99)]],
    )
    return gpd.GeoDataFrame(
        {
            "code": ["ZGC-HD", "FA-CBD", "P-CFD"],
            "name_zh": ["海淀园", "北京商务中心区", "曹妃甸协同发展示范区"],
            "name_en": ["Haidian Park", "CBD", "Caofeidian"],
            "kind": ["zgc_park", "functional_area", "cooperation_platform"],
            "published_area_km2": [133.0, np.nan, 1943.0],
        },
        geometry=[
            shapely.MultiPolygon([hole]),
            shapely.box(116.44, 39.90, 116.48, 39.93),
            shapely.box(118.3, 38.9, 118.7, 39.3),
        ],
        crs="EPSG:4490",
    )


def make_enterprises(n: int = 50, seed: int = 7) -> gpd.GeoDataFrame:
    """Return ``n`` synthetic enterprise points in Beijing (EPSG:4490)."""
    rng = np.random.default_rng(seed)
    return gpd.GeoDataFrame(
        {
            "name": [f"企业{i}" for i in range(n)],
            "category": [f"{c:02d}" for c in rng.integers(1, 11, n)],
            "employees": rng.integers(1, 500, n),
            "revenue_wan": rng.uniform(10, 1e4, n).round(2),
            "synthetic": 1,
        },
        geometry=gpd.points_from_xy(
            rng.uniform(116.0, 116.8, n), rng.uniform(39.7, 40.2, n)
        ),
        crs="EPSG:4490",
    )


def make_cases(enterprise_fids: list[int]) -> gpd.GeoDataFrame:
    """Return two conversion cases, the first linked to an enterprise."""
    return gpd.GeoDataFrame(
        {
            "case_no": ["ZH-2026-001", "ZH-2026-002"],
            "applicant_name": ["甲公司", "乙公司"],
            "enterprise_fid": [enterprise_fids[0], None],
            "site_area_m2": [12000.0, 8000.5],
            "far": [2.5, 1.8],
            "documents": ['["plan.pdf"]', "[]"],
            "status": ["received", "under_review"],
        },
        geometry=[
            shapely.box(116.30, 39.95, 116.301, 39.951),
            shapely.box(116.40, 39.85, 116.402, 39.852),
        ],
        crs="EPSG:4490",
    )


def fill_fixture_project(store) -> None:
    """Write the fixture zones, 50 enterprises and 2 cases in one action."""
    with store.action("tester", "Fixture data"):
        store.insert_features("zones", make_zones(), "tester")
        fids = store.insert_features("enterprises", make_enterprises(), "tester")
        store.insert_features("conversion_cases", make_cases(fids.tolist()), "tester")


def audit_user(store, app_user: str) -> str:
    """Return the user an audit row names: the app user on a file, the db user on PostGIS."""
    return app_user if store.backend == "gpkg" else store.current_user()
