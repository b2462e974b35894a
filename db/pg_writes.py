"""Feature writes on PostGIS inside an action: insert (COPY), update, delete.

The database does the bookkeeping (db.pg_meta triggers): row versions,
updated_at/by and the audit log, for our writes and anyone else's. Here we
only send values (always as parameters or COPY data, never as SQL text) and
check row versions under ``SELECT … FOR UPDATE``, so two sessions saving the
same row are serialised and the second one sees the first one's version: a
:class:`~db.errors.ConflictError`, never a lost update. Rows are locked in fid
order, so two saves of overlapping rows cannot deadlock.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import shapely

from db import feature_writes, frames, pg_meta, schema
from db.sql_names import quote_ident

if TYPE_CHECKING:
    from db.pg_store import PgAction

# EWKB of a 2D point with SRID, little endian: 1 + 4 + 4 + 8 + 8 bytes.
_EWKB_POINT = np.dtype(
    [("order", "u1"), ("type", "<u4"), ("srid", "<i4"), ("x", "<f8"), ("y", "<f8")]
)
_WKB_SRID_FLAG = 0x20000000
COPY_CHUNK = 1 << 20
ANALYZE_MIN_ROWS = 10_000
BULK_GIST_MIN = 50_000


def ewkb_hex(geoms: np.ndarray) -> list[str | None]:
    """Return hex EWKB (SRID 4490) of geometries in EPSG:4490; None stays None.

    Points are packed with numpy (a million in ~0.3 s); other types go
    through shapely.
    """
    arr = np.asarray(geoms, dtype=object)
    n = len(arr)
    if n == 0:
        return []
    types = shapely.get_type_id(arr)
    if (types == 0).all() and not shapely.has_z(arr).any():
        xy = shapely.get_coordinates(arr)
        if len(xy) == n:  # no empty points
            rec = np.empty(n, dtype=_EWKB_POINT)
            rec["order"], rec["type"] = 1, 1 | _WKB_SRID_FLAG
            rec["srid"], rec["x"], rec["y"] = pg_meta.SRID, xy[:, 0], xy[:, 1]
            text = rec.tobytes().hex().upper()
            w = _EWKB_POINT.itemsize * 2
            return [text[i : i + w] for i in range(0, n * w, w)]
    with_srid = shapely.set_srid(arr, pg_meta.SRID)
    out = shapely.to_wkb(with_srid, hex=True, include_srid=True, output_dimension=2)
    return [None if v is None else str(v) for v in out]


def typed_values(table: str, column: str, series: pd.Series) -> list[Any]:
    """Return a column's values as Python objects of the column's SQL type.

    SQLite stores 1.0 in an INTEGER column as 1; PostgreSQL refuses "1.0",
    so whole floats (a nullable integer column read as float) become ints.
    """
    values = frames.sql_values(series)
    if schema.column_kinds(table).get(column) != "int":
        return values
    return [int(v) if isinstance(v, float) and v.is_integer() else v for v in values]


def _new_fids(cur: Any, table: str, pk: str, n: int) -> np.ndarray:
    """Take ``n`` values of the table's fid sequence, in order.

    Usually a contiguous block (then only its ends travel); when another
    session drew values meanwhile, the values themselves are fetched.
    """
    cur.execute("SELECT pg_get_serial_sequence(%s, %s)", (quote_ident(table), pk))
    seq = cur.fetchone()[0]
    # One session's nextval calls return increasing values, so sorted
    # values are in call (= row) order.
    cur.execute(
        "SELECT min(v), max(v), CASE WHEN max(v) - min(v) + 1 = count(*) THEN NULL "
        "ELSE array_agg(v ORDER BY v) END "
        "FROM (SELECT nextval(%s::regclass) AS v FROM generate_series(1, %s)) s",
        (seq, n),
    )
    lo, hi, values = cur.fetchone()
    if values is None:
        out = np.arange(lo, hi + 1, dtype=np.int64)
    else:
        out = np.asarray(values, dtype=np.int64)
    return out


def _set(tx: PgAction, key: str, value: str) -> None:
    tx.cursor.execute("SELECT set_config(%s, %s, true)", (key, value))


def insert(
    tx: PgAction,
    table: str,
    frame: pd.DataFrame,
    source: str | None = None,
    keep_fids: bool = False,
) -> np.ndarray:
    """Insert all rows of ``frame``; return their fids in row order (COPY)."""
    schema.table(table)
    n = len(frame)
    if n == 0:
        return np.empty(0, dtype=np.int64)
    cur = tx.cursor
    pk = schema.pk_column(table)
    t = quote_ident(table)
    if keep_fids:
        fids = np.asarray(frame.index, dtype=np.int64)
    else:
        fids = _new_fids(cur, table, pk, n)
    cols = [c for c in schema.attribute_columns(table) if c in frame.columns]
    if not keep_fids:
        cols = [c for c in cols if c not in schema.BOOKKEEPING]
    defaults = schema.column_defaults(table)
    values = [
        feature_writes.with_default(typed_values(table, c, frame[c]), defaults.get(c))
        for c in cols
    ]
    names = [pk, *cols]
    columns: list[list[Any]] = [fids.tolist(), *values]
    if table in schema.SPATIAL_TABLES:
        geoms = frames.prepare_geometry(table, frames.geometry_of(frame))
        names.append("geom")
        columns.append(ewkb_hex(geoms))
    _set(tx, "zp.source", source or tx.name)
    if keep_fids:
        _set(tx, "zp.restore", "on")
    gist = _drop_gist_for_bulk(cur, table, n)
    _copy_rows(cur, t, names, columns)
    if gist is not None:  # one sorted build instead of a million inserts
        cur.execute(gist)
    if n >= ANALYZE_MIN_ROWS:  # fresh statistics: plans and the Arrow read choice
        cur.execute(f"ANALYZE {t}")
    if keep_fids:
        _set(tx, "zp.restore", "off")
        cur.execute(
            f"SELECT setval(pg_get_serial_sequence(%s, %s), "
            f"greatest((SELECT max({quote_ident(pk)}) FROM {t}), 1))",
            (table, pk),
        )
    return fids


def _drop_gist_for_bulk(cur: Any, table: str, n: int) -> str | None:
    """Drop the GiST index before a bulk load the user owns; return its DDL.

    Inside the action's transaction: a rollback brings the index back, and
    other sessions wait on the table lock instead of seeing it missing.
    """
    if n < BULK_GIST_MIN or table not in schema.SPATIAL_TABLES:
        return None
    cur.execute(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
        "FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_am a ON a.oid = c.relam WHERE i.indrelid = to_regclass(%s) "
        "AND a.amname = 'gist' AND pg_has_role(session_user, c.relowner, 'USAGE')",
        (quote_ident(table),),
    )
    found = cur.fetchone()
    if found is None:
        return None
    cur.execute(f"DROP INDEX {found[0]}")
    return str(found[1])


def _copy_rows(cur: Any, t: str, names: list[str], columns: list[list[Any]]) -> None:
    """COPY rows into table ``t``: as CSV written by Arrow in C++, else row by row.

    Arrow's writer quotes every value and leaves NULLs unquoted and empty,
    which is exactly how PostgreSQL's CSV format tells NULL from ''.
    """
    cols = ", ".join(quote_ident(c) for c in names)
    payload = _arrow_csv(names, columns)
    if payload is not None:
        with cur.copy(f"COPY {t} ({cols}) FROM STDIN (FORMAT csv)") as copy:
            for i in range(0, len(payload), COPY_CHUNK):
                copy.write(payload[i : i + COPY_CHUNK])
        return
    with frames.no_gc(), cur.copy(f"COPY {t} ({cols}) FROM STDIN") as copy:
        for row in zip(*columns, strict=True):
            copy.write_row(row)


def _arrow_csv(names: list[str], columns: list[list[Any]]) -> memoryview | None:
    """Return the rows as CSV bytes, or None if a column has mixed types."""
    import pyarrow as pa
    import pyarrow.csv as pa_csv

    try:
        table = pa.table({f"c{i}": pa.array(col) for i, col in enumerate(columns)})
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, OverflowError):
        return None
    if any(
        pa.types.is_null(c.type) is False and not _csv_type(c.type)
        for c in table.columns
    ):
        return None
    sink = pa.BufferOutputStream()
    options = pa_csv.WriteOptions(include_header=False, quoting_style="all_valid")
    pa_csv.write_csv(table, sink, options)
    return memoryview(sink.getvalue())


def _csv_type(t: Any) -> bool:
    import pyarrow as pa

    return bool(
        pa.types.is_integer(t)
        or pa.types.is_floating(t)
        or pa.types.is_string(t)
        or pa.types.is_large_string(t)
        or pa.types.is_boolean(t)
    )


def _lock_versions(
    tx: PgAction, table: str, fids: list[int]
) -> dict[int, tuple[Any, ...]]:
    """Lock the rows in fid order; return ``{fid: (fid, row_version)}``."""
    pk = quote_ident(schema.pk_column(table))
    version = "row_version" if table in schema.VERSIONED_TABLES else "NULL"
    tx.cursor.execute(
        f"SELECT {pk}, {version} FROM {quote_ident(table)} "
        f"WHERE {pk} = ANY(%s) ORDER BY {pk} FOR UPDATE",
        (sorted(fids),),
    )
    return {int(r[0]): (int(r[0]), r[1]) for r in tx.cursor.fetchall()}


def update(tx: PgAction, table: str, frame: pd.DataFrame) -> dict[int, int]:
    """Update rows (index = fid) if their row_version still matches."""
    if frame.empty:
        return {}
    versioned = table in schema.VERSIONED_TABLES
    if versioned and "row_version" not in frame.columns:
        raise ValueError(f"{table}: updates need the loaded row_version column")
    fids = [int(f) for f in frame.index]
    stored = _lock_versions(tx, table, fids)
    expected = (
        dict(zip(fids, frame["row_version"].tolist(), strict=True))
        if versioned
        else dict.fromkeys(fids)
    )
    feature_writes.check_versions(table, stored, ["fid", "row_version"], expected)
    cols = [
        c
        for c in schema.attribute_columns(table)
        if c in frame.columns and c not in schema.BOOKKEEPING
    ]
    values = [typed_values(table, c, frame[c]) for c in cols]
    sets = [f"{quote_ident(c)} = %s" for c in cols]
    geoms = frames.geometry_of(frame)
    if table in schema.SPATIAL_TABLES and geoms is not None:
        values.append(ewkb_hex(frames.prepare_geometry(table, geoms)))
        sets.append("geom = %s::geometry")
    pk = quote_ident(schema.pk_column(table))
    if not sets:  # nothing but bookkeeping: still a new version
        sets = [f"{pk} = {pk}"]
    values.append(fids)
    tx.cursor.executemany(
        f"UPDATE {quote_ident(table)} SET {', '.join(sets)} WHERE {pk} = %s",
        list(zip(*values, strict=True)),
    )
    if not versioned:
        return dict.fromkeys(fids, 0)
    tx.cursor.execute(
        f"SELECT {pk}, row_version FROM {quote_ident(table)} WHERE {pk} = ANY(%s)",
        (fids,),
    )
    return {int(f): int(v) for f, v in tx.cursor.fetchall()}


def delete(
    tx: PgAction, table: str, fids: Sequence[int], row_versions: Sequence[int] | None
) -> int:
    """Delete rows by fid; with ``row_versions``, only if none changed since."""
    ids = [int(f) for f in fids]
    if not ids:
        return 0
    stored = _lock_versions(tx, table, ids)
    if row_versions is not None:
        expected = dict(zip(ids, row_versions, strict=True))
        feature_writes.check_versions(table, stored, ["fid", "row_version"], expected)
    pk = quote_ident(schema.pk_column(table))
    tx.cursor.execute(
        f"DELETE FROM {quote_ident(table)} WHERE {pk} = ANY(%s)",
        ([f for f in ids if f in stored],),
    )
    return int(tx.cursor.rowcount)
