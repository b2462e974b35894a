"""Reading tables from PostGIS into frames typed like the GeoPackage reads.

Geometries travel as ISO WKB (``ST_AsBinary``) in psycopg's binary format;
points are unpacked with numpy, other types by shapely, so the frame is the
same as :func:`db.frames.build_frame` gives for a file (index = primary key,
``Int64`` / ``float64`` / ``str`` columns, geometry EPSG:4490).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
import shapely

from db import frames, schema
from db.sql_names import quote_ident

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
        np.asarray([bytes(values[i]) for i in idx], dtype=object)
    )
    return out


def select_sql(
    table: str, columns: list[str], where: dict[str, list[Any]] | None
) -> tuple[str, list[Any]]:
    """Return the SELECT of ``columns`` (geometry as WKB) and its parameters."""
    kinds = schema.column_kinds(table)
    exprs = [
        f"ST_AsBinary({quote_ident(c)})" if kinds.get(c) == "geom" else quote_ident(c)
        for c in columns
    ]
    sql = f"SELECT {', '.join(exprs)} FROM {quote_ident(table)}"
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
