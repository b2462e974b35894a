"""Shared helpers for the enterprise tests (not a test module)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

DATA = Path(__file__).resolve().parents[1] / "data" / "enterprises"


def sha256(path: Path) -> str:
    """Return the sha256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def truth() -> pd.DataFrame:
    """Return the true WGS84 rows behind the import fixtures."""
    return pd.read_csv(
        DATA / "truth.csv",
        dtype={"credit_code": str, "district_adcode": str, "category": str},
    )


def hand_zones() -> gpd.GeoDataFrame:
    """Two nested zones of different kinds plus a disjoint one (EPSG:4490).

    BIG = box(116.0, 40.0, 116.02, 40.01) (area 2 x the doctest box),
    SMALL = box(116.0, 40.0, 116.01, 40.01) inside BIG (area 0.948099 km²),
    FAR = box(116.5, 39.5, 116.51, 39.51), empty of firms.
    """
    return gpd.GeoDataFrame(
        {
            "code": ["BIG", "SMALL", "FAR"],
            "name_zh": ["科学城", "园区", "远区"],
            "kind": ["science_city", "zgc_park", "functional_area"],
            "boundary_status": ["indicative", "official", "indicative"],
        },
        geometry=[
            shapely.box(116.0, 40.0, 116.02, 40.01),
            shapely.box(116.0, 40.0, 116.01, 40.01),
            shapely.box(116.5, 39.5, 116.51, 39.51),
        ],
        crs="EPSG:4490",
    )


def hand_enterprises() -> gpd.GeoDataFrame:
    """Five firms: three in SMALL (and BIG), one in BIG only, one outside."""
    return gpd.GeoDataFrame(
        {
            "credit_code": list("ABCDE"),
            "category": ["01", "01", "04", "03", "07"],
            "employees": [10, 20, 30, 40, 1000],
            "revenue_wan": [100.0, 200.0, 300.0, 400.0, 9999.0],
            "district_adcode": ["110108", "110108", "110108", "110114", "110105"],
        },
        geometry=shapely.points(
            [
                (116.005, 40.005),
                (116.006, 40.005),
                (116.007, 40.006),
                (116.015, 40.005),
                (116.3, 39.9),
            ]
        ),
        crs="EPSG:4490",
    )
