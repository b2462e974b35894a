"""Export zones: GeoPackage, zipped Shapefile (.cpg UTF-8 + .prj), GeoJSON, KML, DXF.

Coordinates are written in a chosen CRS (an EPSG code, or gcj02/bd09 for web
maps). Shapefile field names are limited to 10 characters, so the long zone
field names are shortened to names the importer maps back.

Files are staged beside the target and renamed in only when the writer
finished (:class:`geo.atomic_write.StagedFiles`; a plain ``.shp`` moves with
all its sidecars): a failed export leaves no partial file and an existing
export unchanged.
"""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from geo.atomic_write import StagedFiles
from geo.crs import parse_crs_spec, transform_geometry
from geo.offsets import convert_from_cgcs2000
from layers.zones.zone_fields import ZONE_FIELDS

SHP_NAMES = {
    "parent_code": "parent",
    "district_adcodes": "districts",
    "boundary_status": "status",
    "source_date": "src_date",
    "focus_categories": "focus",
    "published_area_km2": "pub_km2",
}
EXPORT_FORMATS = {
    ".gpkg": "GPKG",
    ".zip": "ESRI Shapefile",
    ".shp": "ESRI Shapefile",
    ".geojson": "GeoJSON",
    ".json": "GeoJSON",
    ".kml": "KML",
    ".dxf": "DXF",
}


class ZoneExportError(Exception):
    """The export cannot be written as asked (one-line reason)."""


def _to_target(gdf: gpd.GeoDataFrame, crs: str) -> tuple[np.ndarray, int]:
    src = parse_crs_spec(crs)
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    if src.kind == "epsg":
        return transform_geometry(geoms, 4490, src.epsg), src.epsg

    def fn(xy: np.ndarray) -> np.ndarray:
        x, y = convert_from_cgcs2000(xy[:, 0], xy[:, 1], src.kind)
        return np.column_stack([x, y])

    # GCJ-02/BD-09 are offsets of WGS84 lon/lat; files declare 4326.
    return shapely.transform(geoms, fn), 4326


def export_zones(
    zones: gpd.GeoDataFrame,
    out: str | Path,
    crs: str = "EPSG:4490",
    notes: list[str] | None = None,
) -> Path:
    """Write zones (EPSG:4490) to ``out`` in the format its extension names.

    The file is written to a temp folder and moved into place, so a failed
    export never leaves half a file at ``out``. Losses the format forces
    (Shapefile text cut at 254 bytes) are appended to ``notes``.
    """
    out = Path(out)
    driver = EXPORT_FORMATS.get(out.suffix.lower())
    if driver is None:
        raise ZoneExportError(
            f"{out.name}: unknown export format; use " + ", ".join(EXPORT_FORMATS)
        )
    try:
        src = parse_crs_spec(crs)
    except ValueError as exc:
        raise ZoneExportError(str(exc)) from None
    if driver == "KML" and src.kind == "epsg" and src.epsg not in (4326, 4490):
        raise ZoneExportError(
            "KML is always lon/lat; export KML in EPSG:4490/4326, gcj02 or bd09"
        )
    cols = [c for c in ZONE_FIELDS if c in zones.columns]
    frame = zones[cols].copy()
    for c in cols:
        if c != "published_area_km2":
            frame[c] = frame[c].astype(object).where(frame[c].notna(), None)
    geoms, epsg = _to_target(zones, crs)
    gdf = gpd.GeoDataFrame(
        frame.reset_index(drop=True), geometry=list(geoms), crs=f"EPSG:{epsg}"
    )
    with StagedFiles(out.parent) as staged:
        target = staged.path_for(out)
        if driver == "ESRI Shapefile":
            _write_shp(gdf, staged, target, out, notes)
        elif driver == "DXF":
            from layers.zones.dxf import write_dxf

            write_dxf(gdf, target, cols)
        elif driver == "KML":
            gdf = gdf.to_crs(4326).rename(columns={"name_zh": "Name"})
            gdf["name_zh"] = gdf["Name"]
            gdf.to_file(target, driver="LIBKML", engine="pyogrio")
        else:
            kw = {"layer": "zones"} if driver == "GPKG" else {}
            gdf.to_file(target, driver=driver, engine="pyogrio", **kw)
    return out


def _write_shp(
    gdf: gpd.GeoDataFrame,
    staged: StagedFiles,
    target: Path,
    out: Path,
    notes: list[str] | None = None,
) -> None:
    """Write a shapefile (plain ``.shp`` with sidecars, or zipped) at ``target``."""
    shp_dir = target.parent / "shp"
    shp_dir.mkdir()
    stem = out.stem
    gdf = gdf.rename(columns=SHP_NAMES)
    for col in gdf.columns:
        if col == gdf.geometry.name:
            continue
        long = [v for v in gdf[col] if isinstance(v, str) and len(v.encode()) > 254]
        if long and notes is not None:
            notes.append(
                f"{len(long)} value(s) of {col} cut to 254 bytes (Shapefile limit); "
                "use GeoPackage to keep them whole"
            )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # reported in notes instead
        gdf.to_file(
            shp_dir / f"{stem}.shp",
            driver="ESRI Shapefile",
            engine="pyogrio",
            encoding="UTF-8",
        )
    (shp_dir / f"{stem}.cpg").write_text("UTF-8", encoding="ascii")
    if out.suffix.lower() == ".shp":
        for p in sorted(shp_dir.iterdir(), key=lambda p: p.suffix.lower() == ".shp"):
            if p.suffix.lower() == ".shp":
                p.replace(target)  # the .shp moves last, after its sidecars
            else:
                staged.adopt(p, out.with_name(p.name))
        return
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(shp_dir.iterdir()):
            zf.write(p, p.name)
