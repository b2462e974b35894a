"""The one accessor for data the app ships (basemap, zones, fonts, rules...).

Everything under resources/ is read through these functions so paths stay in
one place and the app never needs network or the build tools at run time.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """Return the path of a shipped resource; FileNotFoundError if missing."""
    p = ROOT.joinpath(*parts)
    if not p.exists():
        raise FileNotFoundError(f"resource missing: {p.relative_to(ROOT)}")
    return p


def load_basemap() -> Any:
    """Return the basemap GeoDataFrame (EPSG:4490): provinces, cities, districts."""
    import pyogrio

    gdf = pyogrio.read_dataframe(path("basemap", "basemap.gpkg"), layer="admin")
    return gdf.set_crs(4490, allow_override=True)


@cache
def admin_names() -> dict[str, tuple[str, str, str]]:
    """Return adcode -> (name_zh, name_en, level) of the basemap (cached).

    Read with sqlite3 (a GeoPackage is SQLite): no GDAL import for a lookup.
    """
    import sqlite3
    from contextlib import closing

    uri = f"{path('basemap', 'basemap.gpkg').as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as con:
        rows = con.execute("SELECT adcode, name_zh, name_en, level FROM admin")
        return {
            str(a): (str(z or ""), str(e or ""), str(lv or "")) for a, z, e, lv in rows
        }


def load_zones() -> Any:
    """Return the indicative zones GeoDataFrame (EPSG:4490)."""
    import pyogrio

    gdf = pyogrio.read_dataframe(path("zones", "zones.geojson"))
    return gdf.set_crs(4490, allow_override=True)


def load_facilities() -> Any:
    """Return the indicative facilities GeoDataFrame (EPSG:4490 points, 示意)."""
    import pyogrio

    gdf = pyogrio.read_dataframe(path("facilities", "facilities.geojson"))
    return gdf.set_crs(4490, allow_override=True)


@cache
def load_json(*parts: str) -> Any:
    """Return a shipped JSON file parsed (cached; do not mutate)."""
    return json.loads(path(*parts).read_text(encoding="utf-8"))


def load_csv(*parts: str) -> Any:
    """Return a shipped CSV as a DataFrame with every column as string."""
    import pandas as pd

    return pd.read_csv(path(*parts), dtype=str, keep_default_na=False)


def font_files() -> list[Path]:
    """Return the bundled font files (OTF/TTF), regular first."""
    d = ROOT / "fonts"
    files = sorted(d.glob("*.otf")) + sorted(d.glob("*.ttf"))
    return sorted(files, key=lambda p: ("Regular" not in p.name, p.name))


@cache
def policy_text() -> str:
    """Return the seed policy text (2016-06-29) the rules quote verbatim."""
    return path("policy", "seed_policy_2016.txt").read_text(encoding="utf-8")
