"""Reading tables from PostGIS into frames typed like the GeoPackage reads.

Geometries travel as ISO WKB (``ST_AsBinary``) in psycopg's binary format;
points are unpacked with numpy, other types by shapely, so the frame is the
same as :func:`db.frames.build_frame` gives for a file (index = primary key,
``Int64`` / ``float64`` / ``str`` columns, geometry EPSG:4490).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
import shapely

from db import frames, schema
from db.sql_names import qualified, quote_ident

log = logging.getLogger(__name__)

# ISO WKB of a 2D point, little endian: 1 + 4 + 8 + 8 bytes.
_WKB_POINT = np.dtype([("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])


def decode_wkb(values: Sequence[Any]) -> np.ndarray:
    """Return shapely geometries of WKB values (None stays None).

    >>> decode_wkb([bytes.fromhex("0101000000000000000000F03F0000000000000040"), None])
    array([<POINT (1 2)>, None], dtype=object)
    """
    n = len(values)
    out = np.empty(n, dtype=object)
    if n == 0:
        return out
    present = np.fromiter((v is not None for v in values), dtype=bool, count=n)
    if present.all():
        blobs = [bytes(v) for v in values]
        if all(len(b) == _WKB_POINT.itemsize for b in blobs):
            rec = np.frombuffer(b"".join(blobs), dtype=_WKB_POINT)
            if (rec["order"] == 1).all() and (rec["type"] == 1).all():
                out[:] = shapely.points(rec["x"], rec["y"])
                empty = np.isnan(rec["x"]) & np.isnan(rec["y"])
                if empty.any():
                    out[empty] = shapely.from_wkt("POINT EMPTY")
                return out
        out[:] = shapely.from_wkb(np.asarray(blobs, dtype=object))
        return out
    idx = np.flatnonzero(present)
    out[idx] = shapely.from_wkb(
        np.asarray([bytes(values[int(i)]) for i in idx], dtype=object)
    )
    return out


def select_sql(
    table: str,
    columns: list[str],
    where: dict[str, list[Any]] | None,
    schema_name: str | None = None,
) -> tuple[str, list[Any]]:
    """Return the SELECT of ``columns`` (geometry as WKB) and its parameters."""
    kinds = schema.column_kinds(table)
    exprs = [
        f"ST_AsBinary({quote_ident(c)})" if kinds.get(c) == "geom" else quote_ident(c)
        for c in columns
    ]
    sql = f"SELECT {', '.join(exprs)} FROM {qualified(schema_name, table)}"
    params: list[Any] = []
    if where:
        parts = []
        for col, values in where.items():
            if col not in columns:
                raise KeyError(f"{table} has no column {col!r}")
            parts.append(f"{quote_ident(col)} = ANY(%s)")
            params.append(list(values))
        sql += " WHERE " + " AND ".join(parts)
    sql += f" ORDER BY {quote_ident(schema.pk_column(table))}"
    return sql, params


def read_table(
    raw: Any, table: str, columns: list[str], where: dict[str, list[Any]] | None
) -> pd.DataFrame:
    """Return ``table`` as a typed frame, read on the psycopg connection ``raw``."""
    sql, params = select_sql(table, columns, where)
    with frames.no_gc():
        with raw.cursor(binary=True) as cur:
            cur.execute(sql, params)
            rows = cur.fetchall()
        return frames.build_frame(table, columns, rows, decode=decode_wkb)


#: Tables estimated to hold at least this many rows are read through Arrow.
ARROW_MIN_ROWS = 20_000


def arrow_uri(target: Any) -> str:
    """Return the libpq URI the ADBC driver connects with (password included).

    The URI lives in memory only for the connection; it is never logged.
    """
    from urllib.parse import quote, urlencode

    params = dict(target.params)
    if target.password:
        params["password"] = target.password
    return "postgresql:///?" + urlencode(params, quote_via=quote)


def estimated_rows(raw: Any, table: str) -> int:
    """Return the planner's row estimate of ``table`` (counted if never analysed)."""
    row = raw.execute(
        "SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(%s)",
        (quote_ident(table),),
    ).fetchone()
    if row and row[0] is not None and row[0] >= 0:
        return int(row[0])
    # Never analysed: count (a fraction of a second even for a million rows).
    return int(raw.execute(f"SELECT count(*) FROM {quote_ident(table)}").fetchone()[0])


def read_arrow(target: Any, table: str, columns: list[str]) -> pd.DataFrame | None:
    """Read a whole table through ADBC (binary COPY into Arrow, in C++).

    Returns None when the driver is missing, so the caller reads with psycopg.
    """
    try:
        import adbc_driver_postgresql.dbapi as adbc
    except ImportError:
        return None
    import adbc_driver_manager

    sql, _ = select_sql(table, columns, None, schema_name=target.schema)
    try:
        with adbc.connect(arrow_uri(target)) as conn, conn.cursor() as cur:
            cur.execute(sql)
            tbl = cur.fetch_arrow_table()
    except adbc_driver_manager.Error as exc:
        # The psycopg path reads the same rows (and reports a lost server).
        log.info("Arrow read of %s failed, reading with psycopg: %s", table, exc)
        return None
    return arrow_frame(table, columns, tbl)


def arrow_frame(table: str, columns: list[str], tbl: Any) -> pd.DataFrame:
    """Return the typed frame of an Arrow table of ``SELECT columns``."""
    import geopandas as gpd
    import pyarrow as pa

    kinds = schema.column_kinds(table)
    pk = schema.pk_column(table)
    data: dict[str, Any] = {}
    index = None
    geoms = None
    for i, name in enumerate(columns):
        col = tbl.column(i).combine_chunks()
        kind = kinds.get(name, "text")
        if name == pk and kind == "int":
            index = pd.Index(
                col.to_numpy(zero_copy_only=False).astype(np.int64), name=pk
            )
        elif name == pk:
            index = pd.Index(
                pd.array(col.cast(pa.large_string()), dtype="str"), name=pk
            )
        elif kind == "geom":
            geoms = _arrow_wkb(col)
        elif kind == "int":
            mask = col.is_null().to_numpy(zero_copy_only=False)
            vals = col.fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
            data[name] = pd.arrays.IntegerArray(vals, mask)
        elif kind == "real":
            data[name] = pd.array(
                col.cast(pa.float64()).to_numpy(zero_copy_only=False), dtype="float64"
            )
        else:
            data[name] = pd.array(col.cast(pa.large_string()), dtype="str")
    df = pd.DataFrame(data, index=index)
    if geoms is None:
        return df
    out: pd.DataFrame = gpd.GeoDataFrame(
        df, geometry=gpd.GeoSeries(geoms, index=index, crs=frames.CRS)
    )
    return out


def _arrow_wkb(col: Any) -> np.ndarray:
    """Decode an Arrow binary column of WKB; points straight from the buffer."""
    n = len(col)
    if n and col.null_count == 0:
        offsets = np.frombuffer(col.buffers()[1], dtype=np.int32)[
            col.offset : col.offset + n + 1
        ]
        if (np.diff(offsets) == _WKB_POINT.itemsize).all():
            rec = np.frombuffer(
                col.buffers()[2], dtype=_WKB_POINT, count=n, offset=int(offsets[0])
            )
            if (rec["order"] == 1).all() and (rec["type"] == 1).all():
                out = np.empty(n, dtype=object)
                out[:] = shapely.points(rec["x"], rec["y"])
                empty = np.isnan(rec["x"]) & np.isnan(rec["y"])
                if empty.any():
                    out[empty] = shapely.from_wkt("POINT EMPTY")
                return out
    return decode_wkb(col.to_pylist())
