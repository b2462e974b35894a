"""Build the indicative facilities layer (示意): places the seed names as points.

Reads tools/facilities_data.py, the shipped zones (resources/zones, built by
tools/build_zones.py) and the basemap, resolves every anchor to a lon/lat
point (EPSG:4490) inside its zone or district, spreads entries sharing an
anchor on a 300 m ring, checks each quote verbatim against the seed and that
each point lies in its named district (and zone), and writes
resources/facilities/facilities.geojson. Deterministic: a rebuild reproduces
the file byte for byte. Run::

    .venv/bin/python tools/build_facilities.py
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.ops import polylabel

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.crs import get_transformer, gk_zone_epsg  # noqa: E402
from tools.facilities_data import FACILITIES, ZGC_CORE, ZGC_CORE_SOURCE, quotes  # noqa: E402

SEED = ROOT / "resources" / "policy" / "seed_policy_2016.txt"
ZONES = ROOT / "resources" / "zones" / "zones.geojson"
BASEMAP = ROOT / "resources" / "basemap" / "basemap.gpkg"
OUT_DIR = ROOT / "resources" / "facilities"
SOURCE_DATE = "2026-12-08"
RING_M = 300.0
SOURCE = (
    "ZonePlanner indicative point (示意位置) for a place named in the 2016 seed "
    "policy; position from the anchor in coord_source"
)


def pole(geom: shapely.Geometry) -> shapely.Point:
    """Return the point of the largest part farthest from its edge (lon/lat)."""
    parts = list(shapely.get_parts(geom))
    big = max(parts, key=lambda p: p.area)
    return shapely.Point(np.round(polylabel(big, 1e-6).coords[0], 7))


def ring(center: shapely.Point, k: int, n: int, inside: Any) -> shapely.Point:
    """Return the k-th of n points on a ring of RING_M metres around ``center``.

    Drawn in the centre's GK zone; the radius halves until the point lies
    inside ``inside`` (lon/lat), so a ring never leaves the zone or district.
    """
    if n == 1:
        return center
    epsg = gk_zone_epsg(center.x)
    cx, cy = get_transformer(4490, epsg).transform(center.x, center.y)
    angle = np.pi / 2 - 2 * np.pi * k / n
    radius = RING_M
    while True:
        x, y = cx + radius * np.cos(angle), cy + radius * np.sin(angle)
        lon, lat = get_transformer(epsg, 4490).transform(x, y)
        point = shapely.Point(round(lon, 7), round(lat, 7))
        if inside is None or inside.contains(point) or radius < 10:
            return point
        radius /= 2


class Places:
    """Zone and district outlines the anchors resolve against."""

    def __init__(self) -> None:
        import pyogrio

        zones = pyogrio.read_dataframe(ZONES)
        admin = pyogrio.read_dataframe(BASEMAP, layer="admin")
        self.zones = dict(zip(zones["code"], zones.geometry, strict=True))
        self.admin = dict(zip(admin["adcode"], admin.geometry, strict=True))

    def anchor(self, spec: dict[str, Any]) -> tuple[shapely.Point, Any, str]:
        """Return (anchor point, outline it must stay in, coordinate source)."""
        kind, *args = spec["anchor"]
        if kind == "zone":
            return (
                pole(self.zones[args[0]]),
                self.zones[args[0]],
                f"pole of inaccessibility of the indicative zone {args[0]} "
                "(resources/zones/zones.geojson)",
            )
        if kind == "district":
            return (
                pole(self.admin[args[0]]),
                self.admin[args[0]],
                f"pole of inaccessibility of district {args[0]} (basemap)",
            )
        point = shapely.Point(args[0], args[1])
        src = ZGC_CORE_SOURCE if spec["anchor"] == ZGC_CORE else "cited source (basis)"
        return point, self.admin[spec["district"]], src


def build(out_dir: Path) -> list[dict[str, Any]]:
    """Resolve every facility and write facilities.geojson; return the records."""
    import geopandas as gpd

    text = SEED.read_text(encoding="utf-8")
    missing = [q for q in quotes() if q not in text]
    if missing:
        raise SystemExit("quotes not verbatim in the seed:\n" + "\n".join(missing))
    places = Places()
    groups: dict[tuple, list[int]] = {}
    for i, spec in enumerate(FACILITIES):
        groups.setdefault(tuple(spec["anchor"]), []).append(i)
    records = []
    for i, spec in enumerate(FACILITIES):
        center, outline, coord_source = places.anchor(spec)
        group = groups[tuple(spec["anchor"])]
        point = ring(center, group.index(i), len(group), outline)
        if len(group) > 1:
            coord_source += f"; spread on a {RING_M:.0f} m ring ({len(group)} share it)"
        records.append(_record(spec, point, coord_source))
        _check(places, spec, point)
    gdf = gpd.GeoDataFrame(records, geometry="geometry", crs="EPSG:4490")
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "facilities.geojson"
    path.unlink(missing_ok=True)
    gdf.to_file(path, driver="GeoJSON", engine="pyogrio", COORDINATE_PRECISION=7)
    print(f"{path}: {len(gdf)} facilities")
    return records


def _check(places: Places, spec: dict[str, Any], point: shapely.Point) -> None:
    if not places.admin[spec["district"]].contains(point):
        raise SystemExit(f"{spec['code']}: not inside district {spec['district']}")
    if spec.get("zone") and not places.zones[spec["zone"]].contains(point):
        raise SystemExit(f"{spec['code']}: not inside zone {spec['zone']}")


def _record(spec: dict[str, Any], point: shapely.Point, coord_source: str) -> dict:
    also = f" Also {spec['also']}." if spec.get("also") else ""
    return {
        "code": spec["code"],
        "name_zh": spec["name_zh"],
        "name_en": spec["name_en"],
        "clause": spec["clause"],
        "quote": spec["quote"],
        "sector": spec["sector"],
        "zone_code": spec.get("zone"),
        "district_adcode": spec["district"],
        "location_status": "indicative",
        "location_basis": spec["basis"],
        "coord_source": coord_source,
        "confidence": spec["confidence"],
        "source": SOURCE,
        "source_date": SOURCE_DATE,
        "remarks": f"示意位置 indicative location, not a surveyed site.{also}",
        "geometry": point,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    build(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
