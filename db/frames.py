"""Between SQLite rows and (Geo)DataFrames, column by column, vectorised.

Dtypes follow the schema, so a table reads back the same way every time
(which the save diff relies on): INTEGER -> ``Int64`` (nullable), REAL ->
``float64``, TEXT -> pandas ``str``; the geometry column is ``geometry``
(EPSG:4490) and the index is ``fid``.
"""

from __future__ import annotations

import gc
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from db import gpkg_geometry, schema

GEOMETRY = "geometry"
CRS = "EPSG:4490"


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector around bulk row work.

    Millions of row tuples and geometries trigger full collections over and
    over (each scanning every live object): reading a million points took
    15 s with the collector running and a third of that without. Nothing
    made here is cyclic garbage, so pausing it is safe.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def build_frame(
    table: str,
    columns: list[str],
    rows: list[tuple[Any, ...]],
    decode: Callable[[list[Any]], np.ndarray] = gpkg_geometry.decode,
) -> pd.DataFrame | gpd.GeoDataFrame:
    """Return a frame from ``SELECT columns`` rows, typed by the schema.

    ``decode`` turns the geometry column's values into shapely geometries
    (GeoPackage blobs by default; WKB from PostGIS).
    """
    kinds = schema.column_kinds(table)
    pk = schema.pk_column(table)
    cols = list(zip(*rows, strict=False)) if rows else [() for _ in columns]
    data: dict[str, Any] = {}
    index = None
    blobs: Any = None
    for name, values in zip(columns, cols, strict=False):
        kind = kinds.get(name, "text")
        if name == pk and kind == "int":
            arr = np.fromiter(values, dtype=np.int64, count=len(values))
            index = pd.Index(arr, name=pk)
        elif name == pk:
            index = pd.Index(pd.array(values, dtype="str"), name=pk)
        elif kind == "geom":
            blobs = values
        elif kind == "int":
            data[name] = pd.array(values, dtype="Int64")
        elif kind == "real":
            data[name] = pd.array(values, dtype="float64")
        else:
            data[name] = _str_array(values)
    df = pd.DataFrame(data, index=index)
    if blobs is None:
        return df
    geoms = decode(list(blobs))
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, index=index, crs=CRS))


def _str_array(values: tuple[Any, ...]) -> Any:
    """Return a pandas ``str`` array; via pyarrow, 10x faster than from tuples."""
    try:
        import pyarrow as pa

        return pd.array(pa.array(values, type=pa.large_string()), dtype="str")
    except (ImportError, TypeError, ValueError):
        # pyarrow missing, or a non-text value stored in a TEXT column
        return pd.array([None if v is None else str(v) for v in values], dtype="str")


def sql_values(series: pd.Series) -> list[Any]:
    """Return a column's values as Python objects SQLite accepts (NA -> None)."""
    if len(series) == 0:
        return []
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        iso = series.dt.strftime("%Y-%m-%dT%H:%M:%S")
        return [None if pd.isna(v) else v for v in iso.tolist()]
    if pd.api.types.is_bool_dtype(series.dtype):
        return [None if pd.isna(v) else int(v) for v in series.tolist()]
    values = series.astype(object).where(series.notna(), None).tolist()
    if series.dtype == object:
        return [_plain(v) for v in values]
    return values


def _plain(v: Any) -> Any:
    """Turn numpy scalars, NaN and odd objects into SQLite-friendly values."""
    if v is None or isinstance(v, str | int | bytes):
        return v
    if isinstance(v, float):
        return None if math.isnan(v) else v
    if isinstance(v, np.generic):
        return _plain(v.item())
    if v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, pd.Timestamp):
        return v.isoformat()
    return str(v)


def prepare_geometry(table: str, geoms: Any) -> np.ndarray:
    """Check geometry types for ``table`` and promote polygons to multipolygons.

    Raises
    ------
    ValueError
        If a non-empty geometry has a type the table's column cannot hold.
    """
    arr = np.asarray(geoms, dtype=object)
    want = schema.SPATIAL_TABLES[table]
    types = shapely.get_type_id(arr)  # -1 missing, 0 point, 3 polygon, 6 multipolygon
    empty = shapely.is_empty(arr) | (types < 0)
    if want == "MULTIPOLYGON":
        poly = (types == 3) & ~empty
        if poly.any():
            arr = arr.copy()
            idx = np.flatnonzero(poly)
            arr[idx] = shapely.multipolygons(arr[idx], indices=np.arange(idx.size))
        empty_poly = (types == 3) & empty & (types >= 0)
        if empty_poly.any():
            arr[np.flatnonzero(empty_poly)] = shapely.from_wkt("MULTIPOLYGON EMPTY")
        ok = (shapely.get_type_id(arr) == 6) | (types < 0)
    else:
        ok = (types == 0) | (types < 0)
    if not ok.all():
        bad = np.flatnonzero(~ok)[:5].tolist()
        names = sorted({str(shapely.get_type_id(arr[i])) for i in bad})
        raise ValueError(
            f"{table}: geometry must be {want}; rows at positions {bad} have "
            f"type ids {names}"
        )
    return arr


def geometry_of(frame: pd.DataFrame) -> np.ndarray | None:
    """Return the active geometry array of a frame, or None if it has none."""
    if isinstance(frame, gpd.GeoDataFrame) and frame.active_geometry_name in frame:
        return np.asarray(frame.geometry.values, dtype=object)
    return None


def row_json(
    columns: list[str], values: tuple[Any, ...], wkt: str | None, has_geom: bool
) -> dict[str, Any]:
    """Return an audit dict of one row: attributes, plus ``geom`` as WKT."""
    d = {c: _json_safe(v) for c, v in zip(columns, values, strict=False)}
    if has_geom:
        d["geom"] = wkt
    return d


def _json_safe(v: Any) -> Any:
    v = _plain(v)
    if isinstance(v, bytes):
        return v.hex()
    return v


def wkt_list(geoms: np.ndarray) -> list[str | None]:
    """Return full-precision WKT of geometries (None stays None)."""
    out = shapely.to_wkt(geoms, rounding_precision=-1, trim=True)
    return [None if w is None else str(w) for w in out]
