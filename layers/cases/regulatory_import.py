"""Import a regulatory-plan (控规) parcel layer with its control indicators (R6).

The file is read exactly as a zone file is (every format, limit, encoding and
coordinate-system path of :func:`layers.zones.zone_import.read_polygons`); its
columns are mapped onto the ``regulatory_parcels`` fields, guessed from common
Chinese and English headers (容积率, 建筑密度, 绿地率, 建筑高度/限高 …) or chosen
by the planner. Every value is checked; any bad feature rejects the whole file
with one message naming the file, the feature and the field.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from layers.zones.readers import preview_rows
from layers.zones.safe_input import ZoneImportError
from layers.zones.zone_import import ImportOptions, read_polygons

LIMIT_FIELDS = ("far_max", "building_density_max", "green_ratio_min", "height_max_m")
TEXT_FIELDS = (
    "parcel_code",
    "plan_name",
    "approval_date",
    "landuse_code",
    "landuse_system",
    "source",
    "remarks",
)
FIELDS = (*TEXT_FIELDS[:5], *LIMIT_FIELDS, *TEXT_FIELDS[5:])
SYNONYMS: dict[str, tuple[str, ...]] = {
    "parcel_code": ("parcel_code", "地块编码", "地块编号", "地块号", "dkbm", "code"),
    "plan_name": ("plan_name", "控规名称", "规划名称", "plan"),
    "approval_date": ("approval_date", "批复日期", "批准日期", "pfrq"),
    "landuse_code": ("landuse_code", "用地性质", "用地代码", "用地性质代码", "ydxz"),
    "landuse_system": ("landuse_system", "用地分类标准", "分类标准"),
    "far_max": ("far_max", "容积率", "容积率上限", "rjl", "far"),
    "building_density_max": (
        "building_density_max",
        "建筑密度",
        "建筑密度上限",
        "jzmd",
        "density",
    ),
    "green_ratio_min": ("green_ratio_min", "绿地率", "绿地率下限", "ldl", "green"),
    "height_max_m": (
        "height_max_m",
        "建筑高度",
        "建筑控高",
        "控高",
        "限高",
        "jzgd",
        "height",
    ),
    "source": ("source", "来源", "数据来源"),
    "remarks": ("remarks", "备注", "remark"),
}
#: (lowest, highest) accepted per limit; ratios may come as percentages.
RANGES = {
    "far_max": (0.0, 30.0),
    "building_density_max": (0.0, 1.0),
    "green_ratio_min": (0.0, 1.0),
    "height_max_m": (0.0, 1000.0),
}
PERCENT_FIELDS = ("building_density_max", "green_ratio_min")


@dataclass
class RegulatoryImport:
    """Checked 控规 parcels ready to store (``regulatory_parcels`` columns)."""

    path: Path
    gdf: gpd.GeoDataFrame
    source_columns: list[str]
    mapping: dict[str, str]
    coord_source: str
    preview: list[dict[str, str]]
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """Return a one-line account (status bar / CLI)."""
        return (
            f"{len(self.gdf)} 控规 parcel(s) from {self.path.name} "
            f"(coordinates {self.coord_source})"
        )


def default_mapping(columns: list[str]) -> dict[str, str]:
    """Return field -> source column guessed from the column names.

    >>> default_mapping(["地块编码", "容积率", "绿地率", "限高"])["height_max_m"]
    '限高'
    """
    lower = {str(c).strip().lower(): c for c in columns}
    out: dict[str, str] = {}
    used: set[str] = set()
    for target, names in SYNONYMS.items():
        col = next((lower[n.lower()] for n in names if n.lower() in lower), None)
        if col is not None and col not in used:
            out[target] = col
            used.add(col)
    return out


def _number(v: Any) -> float | None:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    text = str(v).strip().rstrip("%％").strip()
    if not text:
        return None
    return float(text)  # ValueError for text that is not a number


def _limit(raw: Any, key: str, where: str, percent_note: set[str]) -> float | None:
    try:
        x = _number(raw)
    except ValueError:
        raise ValueError(f"{where}, field {key}: {raw!r} is not a number") from None
    if x is None:
        return None
    if key in PERCENT_FIELDS and (x > 1.0 or "%" in str(raw) or "％" in str(raw)):
        x = x / 100.0  # 35 or 35% -> 0.35
        percent_note.add(key)
    lo, hi = RANGES[key]
    if not lo < x <= hi:
        raise ValueError(f"{where}, field {key}: {x:g} is outside {lo:g}..{hi:g}")
    return x


def _date(raw: Any, where: str) -> str | None:
    text = "" if raw is None else str(raw).strip()
    if not text or text.lower() == "nan":
        return None
    try:
        return dt.date.fromisoformat(text[:10].replace("/", "-")).isoformat()
    except ValueError:
        raise ValueError(
            f"{where}, field approval_date: {text!r} is not a date YYYY-MM-DD"
        ) from None


def _text(v: Any) -> str | None:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    return str(v).strip() or None


def read_regulatory(
    path: str | Path,
    options: ImportOptions | None = None,
    defaults: dict[str, str] | None = None,
) -> RegulatoryImport:
    """Read and check a 控规 parcel file; raise ZoneImportError naming the problem.

    Parameters
    ----------
    path : str or Path
        Any format the zone importer reads (GPKG, SHP/zip, GeoJSON, KML/KMZ,
        DXF, CSV+WKT); coordinates converted to EPSG:4490.
    options : ImportOptions
        CRS, encoding, layer, and ``mapping`` (field -> source column).
    defaults : dict
        Values for fields the file lacks (e.g. ``plan_name``, ``source``).
    """
    opts = options or ImportOptions()
    read = read_polygons(path, opts)
    src = read.raw.gdf
    cols = [c for c in src.columns if c != src.geometry.name]
    mapping = dict(opts.mapping) if opts.mapping is not None else default_mapping(cols)
    bad = [f"{t}<-{s}" for t, s in mapping.items() if t not in FIELDS or s not in cols]
    if bad:
        raise ZoneImportError(
            read.path, f"field mapping names unknown fields: {', '.join(bad)}"
        )
    if not any(f in mapping for f in LIMIT_FIELDS):
        raise ZoneImportError(
            read.path,
            "no control-indicator column found (容积率/建筑密度/绿地率/建筑高度); map one",
        )
    defaults = {k: v for k, v in (defaults or {}).items() if v}
    percent: set[str] = set()
    rows = []
    try:
        for i, rec in enumerate(src.to_dict("records"), start=1):
            where = f"feature {i}"
            row: dict[str, Any] = {
                f: _text(rec.get(mapping[f])) if f in mapping else None
                for f in TEXT_FIELDS
            }
            row["approval_date"] = _date(row["approval_date"], where)
            for f in LIMIT_FIELDS:
                raw = rec.get(mapping[f]) if f in mapping else None
                row[f] = _limit(raw, f, where, percent)
            for k, v in defaults.items():
                row[k] = row.get(k) or v
            row["source"] = row.get("source") or f"import {read.path.name}"
            row["synthetic"] = 0
            rows.append(row)
    except ValueError as exc:
        raise ZoneImportError(read.path, str(exc)) from None
    notes = list(read.notes)
    if percent:
        notes.append(f"percentages read as ratios: {', '.join(sorted(percent))}")
    missing = [f for f in LIMIT_FIELDS if f not in mapping]
    if missing:
        notes.append(f"no column for {', '.join(missing)}: left empty")
    gdf = gpd.GeoDataFrame(
        pd.DataFrame(rows), geometry=list(read.geoms_ll), crs="EPSG:4490"
    )
    return RegulatoryImport(
        read.path,
        gdf,
        [str(c) for c in cols],
        mapping,
        read.coord_source,
        preview_rows(read.raw),
        notes,
    )


def matching_parcels(existing: pd.DataFrame, imp: RegulatoryImport) -> list[int]:
    """Return fids of stored parcels with the same plan name and parcel code."""
    if existing is None or len(existing) == 0:
        return []
    keys = set(zip(imp.gdf["plan_name"], imp.gdf["parcel_code"], strict=True))
    pairs = zip(
        existing["plan_name"], existing["parcel_code"], existing.index, strict=True
    )
    return [int(f) for p, c, f in pairs if (p, c) in keys and c is not None]
