"""Import zone boundaries: read, check, convert to CGCS2000, map fields.

The steps are separate so the import dialog can show each one (encoding
preview, CRS, field mapping) and the CLI can run them in a row; planning and
writing are in :mod:`layers.zones.zone_plan`. Nothing touches the project
until ``apply_plan``, which writes everything in ONE store action: any
rejection leaves the file byte-identical.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS

from geo.coord_names import parse_coord_name
from geo.crs import CoordSource, to_storage
from geo.editing_ops import as_multipolygon
from geo.validate import repair
from layers.zones.readers import RawRead, preview_rows, read_raw
from layers.zones.safe_input import ZoneImportError
from layers.zones.zone_fields import ZONE_FIELDS, kind_from_text

#: Source column names tried for each zone field (case-insensitive), in order.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("code", "zone_code", "编码", "代码", "编号", "bm"),
    "name_zh": ("name_zh", "名称", "中文名称", "园区名称", "name", "mc", "label"),
    "name_en": ("name_en", "英文名称", "ename", "name_eng"),
    "kind": ("kind", "类型", "类别", "type", "dxf_layer"),
    "parent_code": ("parent_code", "parent", "上级编码"),
    "district_adcodes": (
        "district_adcodes",
        "districts",
        "district_a",
        "adcodes",
        "区县代码",
    ),
    "boundary_status": ("boundary_status", "status", "边界状态"),
    "source": ("source", "来源", "数据来源"),
    "source_date": ("source_date", "src_date", "来源日期", "日期"),
    "focus_categories": ("focus_categories", "focus", "focus_cat", "重点产业"),
    "published_area_km2": ("published_area_km2", "pub_km2", "area_km2", "公布面积"),
    "remarks": ("remarks", "remark", "备注", "description"),
}
CHINA_BOX = (73.0, 3.0, 136.0, 54.0)  # lon/lat bounds any zone must lie in
_POLYGONAL = {"Polygon", "MultiPolygon"}


@dataclass
class ImportOptions:
    """What the user chose (dialog or CLI); None means detect."""

    crs: str | None = None
    encoding: str | None = None
    layer: str | None = None
    mapping: dict[str, str] | None = None  # zone field -> source column
    default_kind: str | None = None
    boundary_status: str = "official"
    code_prefix: str | None = None  # generate codes PREFIX001... for rows without


@dataclass
class ZoneImport:
    """Checked features in EPSG:4490 with zone-schema columns, plus the story."""

    path: Path
    gdf: gpd.GeoDataFrame
    source_columns: list[str]
    mapping: dict[str, str]
    coord_source: str
    encoding: str | None
    encoding_how: str
    preview: list[dict[str, str]]
    warnings: list[str] = field(default_factory=list)
    code_prefix: str | None = None


def default_mapping(columns: list[str]) -> dict[str, str]:
    """Return zone field -> source column guessed from the column names."""
    lower = {str(c).strip().lower(): c for c in columns}
    out: dict[str, str] = {}
    used: set[str] = set()
    for target, names in SYNONYMS.items():
        for n in names:
            col = lower.get(n.lower())
            if col is not None and col not in used:
                out[target] = col
                used.add(col)
                break
    return out


def read_zones(path: str | Path, options: ImportOptions | None = None) -> ZoneImport:
    """Read and check a zone file; return features ready to plan an import.

    Raises ZoneImportError (one line naming the file) on any problem.
    """
    opts = options or ImportOptions()
    read = read_polygons(path, opts)
    raw = read.raw
    cols = [c for c in raw.gdf.columns if c != raw.gdf.geometry.name]
    mapping = dict(opts.mapping) if opts.mapping is not None else default_mapping(cols)
    bad = [
        f"{t}<-{s}" for t, s in mapping.items() if t not in ZONE_FIELDS or s not in cols
    ]
    if bad:
        raise ZoneImportError(
            read.path, f"field mapping names unknown fields: {', '.join(bad)}"
        )
    frame = _map_fields(raw, mapping, opts, read.path)
    gdf = gpd.GeoDataFrame(frame, geometry=list(read.geoms_ll), crs="EPSG:4490")
    return ZoneImport(
        read.path,
        gdf,
        cols,
        mapping,
        read.coord_source,
        raw.encoding,
        raw.encoding_how,
        preview_rows(raw),
        read.notes,
        opts.code_prefix,
    )


def _check_geometry(path: Path, raw: RawRead) -> np.ndarray:
    gdf = raw.gdf
    if len(gdf) == 0:
        raise ZoneImportError(path, "the file holds no features")
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    missing = np.flatnonzero(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if len(missing):
        hint = " (is the .shp truncated?)" if raw.fmt in ("shp", "zip") else ""
        raise ZoneImportError(
            path,
            f"feature {missing[0] + 1} has no geometry ({len(missing)} such){hint}",
        )
    names = pd.Series([g.geom_type for g in geoms])
    if not names.isin(_POLYGONAL).all():
        counts = ", ".join(f"{n} {t}" for t, n in names.value_counts().items())
        kind = "mixed geometry types" if names.nunique() > 1 else "no polygons"
        raise ZoneImportError(path, f"{kind} ({counts}); zones must be polygons")
    xy = shapely.get_coordinates(geoms)
    if not np.isfinite(xy).all():
        raise ZoneImportError(path, "coordinates contain NaN or infinite values")
    return geoms


def _resolve_crs(
    path: Path, raw: RawRead, spec: str | None, geoms: np.ndarray
) -> tuple[CoordSource | None, str, list[str]]:
    notes: list[str] = []
    if spec:
        try:
            src = parse_coord_name(spec, bare_epsg=True)  # 高德, GCJ-02, 4548 ...
        except ValueError as exc:
            raise ZoneImportError(path, str(exc)) from None
        if raw.gdf.crs is not None and src.kind == "epsg":
            file_epsg = raw.gdf.crs.to_epsg()
            if file_epsg not in (None, src.epsg):
                notes.append(
                    f"file says EPSG:{file_epsg}; using EPSG:{src.epsg} as chosen"
                )
        return src, src.label, notes
    crs = raw.gdf.crs
    if crs is not None:
        epsg = CRS.from_user_input(crs).to_epsg()
        if epsg is not None:
            return CoordSource("epsg", epsg), f"EPSG:{epsg}", notes
        return None, crs.to_string()[:60], notes
    b = shapely.total_bounds(geoms)
    if _in_box(b, CHINA_BOX):
        notes.append(
            "no coordinate system in the file; read as CGCS2000 lon/lat (EPSG:4490)"
        )
        return CoordSource("epsg", 4490), "EPSG:4490", notes
    raise ZoneImportError(
        path,
        "the file does not say its coordinate system; choose one (e.g. --crs EPSG:4548)",
    )


def _convert(geoms: np.ndarray, source: CoordSource | None, crs: Any) -> np.ndarray:
    if source is None:  # a CRS without an EPSG code: let PROJ use the WKT
        return np.asarray(
            gpd.GeoSeries(geoms, crs=crs).to_crs(4490).values, dtype=object
        )
    if source.kind == "epsg" and source.epsg == 4490:
        return geoms

    def fn(xy: np.ndarray) -> np.ndarray:
        x, y = to_storage(xy[:, 0], xy[:, 1], source)
        return np.column_stack([x, y])

    return shapely.transform(geoms, fn)


def _in_box(b: np.ndarray, box: tuple[float, float, float, float]) -> bool:
    return bool(b[0] >= box[0] and b[1] >= box[1] and b[2] <= box[2] and b[3] <= box[3])


def _check_range(path: Path, geoms_ll: np.ndarray) -> None:
    xy = shapely.get_coordinates(geoms_ll)
    if not np.isfinite(xy).all():
        raise ZoneImportError(
            path, "coordinates fall outside the chosen coordinate system"
        )
    b = shapely.total_bounds(geoms_ll)
    if _in_box(b, CHINA_BOX):
        return
    if _in_box(np.array([b[1], b[0], b[3], b[2]]), CHINA_BOX):
        raise ZoneImportError(
            path,
            "longitude and latitude look swapped (x is about "
            f"{b[0]:.1f}, y about {b[1]:.1f}); fix the column order in the source",
        )
    raise ZoneImportError(
        path,
        f"coordinates out of range for China (x {b[0]:.3f}..{b[2]:.3f}, "
        f"y {b[1]:.3f}..{b[3]:.3f} in lon/lat); check the coordinate system",
    )


def cell_text(v: Any) -> str | None:
    """Return a cell as stripped text, or None when it is empty or missing."""
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return None
    s = str(v).strip()
    return s or None


def _map_fields(
    raw: RawRead, mapping: dict[str, str], opts: ImportOptions, path: Path
) -> pd.DataFrame:
    src = raw.gdf
    n = len(src)
    out: dict[str, list[Any]] = {}
    for f in ZONE_FIELDS:
        col = mapping.get(f)
        out[f] = [cell_text(v) for v in src[col].tolist()] if col else [None] * n
    kinds = []
    for v in out["kind"]:
        kinds.append(
            kind_from_text(v) or (opts.default_kind if opts.default_kind else v)
        )
    out["kind"] = kinds
    out["boundary_status"] = [
        v if v in ("indicative", "official") else opts.boundary_status
        for v in out["boundary_status"]
    ]
    out["source"] = [v or f"import {path.name}" for v in out["source"]]
    today = date.today().isoformat()
    out["source_date"] = [(v or today)[:10] for v in out["source_date"]]
    areas = []
    for v in out["published_area_km2"]:
        try:
            areas.append(float(v) if v is not None else np.nan)
        except ValueError:
            areas.append(np.nan)
    out["published_area_km2"] = areas
    return pd.DataFrame(out)


@dataclass
class PolygonRead:
    """Polygons of any file the zone importer reads, in CGCS2000, with the story.

    Used by other polygon layers (the regulatory-plan parcels of issue 12) so
    they share the zone importer's formats, limits, checks and CRS handling.
    """

    path: Path
    raw: RawRead
    geoms_ll: np.ndarray  # MultiPolygons, EPSG:4490 lon/lat
    coord_source: str
    notes: list[str]


def read_polygons(
    path: str | Path, options: ImportOptions | None = None
) -> PolygonRead:
    """Read, check and convert a polygon file exactly as :func:`read_zones` does.

    Raises ZoneImportError (one line naming the file) on any problem.
    """
    opts = options or ImportOptions()
    path = Path(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            raw = read_raw(path, opts.encoding, opts.layer)
    except ValueError as exc:  # unknown encoding label
        raise ZoneImportError(path, str(exc)) from None
    geoms = _check_geometry(path, raw)
    source, label, notes = _resolve_crs(path, raw, opts.crs, geoms)
    geoms_ll = _convert(geoms, source, raw.gdf.crs if source is None else None)
    _check_range(path, geoms_ll)
    notes_out = list(raw.notes) + notes
    fixed = []
    for i, g in enumerate(geoms_ll):
        if not g.is_valid:
            r = repair(g)
            notes_out.append(f"feature {i + 1}: {r.description}")
            g = r.geometry
        fixed.append(as_multipolygon(g))
    return PolygonRead(path, raw, np.asarray(fixed, dtype=object), label, notes_out)
