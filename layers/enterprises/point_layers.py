"""Read a point layer (GeoPackage, GeoJSON, Shapefile/zip, KML/KMZ) as a raw grid.

The zone importer's readers do the reading (encodings from ``.cpg``/DBF or
detection, archive and XML limits, one-line refusals); this module turns the
features into the string grid the enterprise importer validates: the header
row is the attribute names plus :data:`GEOMETRY_X`/:data:`GEOMETRY_Y`, one row
per feature numbered from 1 (the feature number planners see in QGIS), and
the file's CRS becomes the default coordinate system. A feature that is not
one point is a row problem, so the all-or-nothing rule and the report work
exactly as for a table.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS

from layers.enterprises.raw_table import GEOMETRY_X, GEOMETRY_Y, RawTable
from layers.zones.readers import read_raw as read_gis
from layers.zones.safe_input import InputFileError, normalise_encoding


def _strings(col: pd.Series) -> np.ndarray:
    """Return a column as cell strings ('' for missing, 12 not 12.0)."""
    if pd.api.types.is_float_dtype(col):
        v = col.to_numpy(float)
        whole = np.isfinite(v) & (np.mod(v, 1) == 0) & (np.abs(v) < 1e15)
        out = np.where(np.isnan(v), "", col.astype(str).to_numpy(object))
        out[whole] = v[whole].astype(np.int64).astype(str)
        return out.astype(object)
    if pd.api.types.is_datetime64_any_dtype(col):
        dates: np.ndarray = col.dt.strftime("%Y-%m-%d").fillna("").to_numpy(object)
        return dates
    s = col.astype(object)
    return s.where(s.notna(), "").astype(str).str.strip().to_numpy(object)


def _point_xy(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return x, y (NaN where unusable) and a problem text per feature."""
    n = geoms.size
    x, y = np.full(n, np.nan), np.full(n, np.nan)
    why = np.full(n, "", dtype=object)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    why[missing] = "no geometry"
    types = shapely.get_type_id(geoms)
    point = ~missing & (types == 0)
    multi = ~missing & (types == 4)
    single = multi & (shapely.get_num_geometries(geoms) == 1)
    one = point | single
    pts = geoms[one]
    pts[types[one] == 4] = shapely.get_geometry(pts[types[one] == 4], 0)
    x[one], y[one] = shapely.get_x(pts), shapely.get_y(pts)
    why[multi & ~single] = "several points in one feature"
    other = ~missing & ~point & ~multi
    if other.any():
        why[other] = [f"not a point ({g.geom_type})" for g in geoms[other]]
    return x, y, why


def _crs_text(gdf: gpd.GeoDataFrame) -> tuple[gpd.GeoDataFrame, str | None, str]:
    """Return the frame (reprojected if its CRS has no EPSG code), CRS, note."""
    if gdf.crs is None:
        return gdf, None, "the file does not say its coordinate system"
    epsg = CRS.from_user_input(gdf.crs).to_epsg(min_confidence=70)
    if epsg is not None:
        return gdf, f"EPSG:{epsg}", f"the file says EPSG:{epsg}"
    name = gdf.crs.name
    return gdf.to_crs(4490), "EPSG:4490", f"the file's CRS ({name}) read by PROJ"


def read_point_layer(
    path: Path, encoding: str | None = None, layer: str | None = None
) -> RawTable:
    """Read a point layer as a raw grid (header row first, features from 1)."""
    try:
        enc = normalise_encoding(encoding) if encoding else None
    except ValueError as exc:
        raise InputFileError(path, str(exc)) from None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # NaN coordinates: below
        raw = read_gis(path, enc, layer, prefer="point")
    gdf = raw.gdf
    if len(gdf) == 0:
        raise InputFileError(path, "the layer holds no features")
    gdf, crs, crs_note = _crs_text(gdf)
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    x, y, why = _point_xy(geoms)
    if not np.isfinite(x).any():
        kinds = pd.Series([str(w) for w in why]).value_counts()
        shown = ", ".join(f"{n} × {k}" for k, n in kinds.items())
        raise InputFileError(
            path, f"holds no point features ({shown}); the register needs points"
        )
    attrs = [c for c in gdf.columns if c != gdf.geometry.name]
    body = {i: _strings(gdf[c]) for i, c in enumerate(attrs)}
    body[len(attrs)] = np.where(np.isfinite(x), x.astype(str), "").astype(object)
    body[len(attrs) + 1] = np.where(np.isfinite(y), y.astype(str), "").astype(object)
    header = pd.DataFrame([[*map(str, attrs), GEOMETRY_X, GEOMETRY_Y]])
    grid = pd.concat([header, pd.DataFrame(body)], ignore_index=True)
    grid.columns = pd.RangeIndex(grid.shape[1])
    notes = [f"{raw.fmt.upper()} layer {raw.layer or Path(path).stem}", crs_note]
    if raw.encoding:
        notes.append(f"encoding {raw.encoding} ({raw.encoding_how or 'chosen'})")
    return RawTable(
        grid.astype(object),
        np.arange(0, len(gdf) + 1),
        "gis",
        encoding=raw.encoding,
        sheet=raw.layer,
        notes=notes,
        crs=crs,
        geometry_problems=np.concatenate([[""], why]).astype(object),
    )
