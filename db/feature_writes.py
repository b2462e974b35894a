"""Bulk feature writes inside an action: insert, update, delete.

Bulk paths use the raw sqlite3 cursor of the action's connection (same
transaction) with ``executemany`` in chunks; no ORM objects per row. Large
inserts bypass the per-row R-tree trigger (a Python call per row and per
bound) by dropping it inside the transaction, filling the R-tree from numpy
bounds in one go and re-creating it; a rollback restores the trigger too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import shapely

from db import audit, frames, gpkg_geometry, gpkg_meta, rtree_bulk, schema
from db.errors import ConflictError
from db.sql_names import quote_ident

if TYPE_CHECKING:
    from db.store import Action

CHUNK = 50_000
SQL_VARS = 900  # well under SQLite's host-parameter limit on every build
BULK_RTREE_MIN = 500
BIG_CACHE_MIN = 50_000
BIG_CACHE_KIB = -262_144  # negative: KiB, i.e. up to 256 MiB per bulk insert


def _writable_columns(table: str, frame: pd.DataFrame) -> list[str]:
    cols = schema.attribute_columns(table)
    return [c for c in cols if c in frame.columns and c not in schema.BOOKKEEPING]


def insert(
    tx: Action,
    table: str,
    frame: pd.DataFrame,
    source: str | None = None,
    keep_fids: bool = False,
) -> np.ndarray:
    """Insert all rows of ``frame`` with new fids; return the fids in row order.

    Columns the table does not have are ignored (computed columns of a
    layer); the frame's index is not used as fid unless ``keep_fids``, which
    copies rows as they are (fid from the index, bookkeeping columns kept).
    """
    schema.table(table)  # KeyError for unknown tables
    n = len(frame)
    if n == 0:
        return np.empty(0, dtype=np.int64)
    cur = tx.cursor
    spatial = table in schema.SPATIAL_TABLES
    pk = schema.pk_column(table)
    if keep_fids:
        fids = np.asarray(frame.index, dtype=np.int64)
    else:
        start = _next_fid(cur, table, pk)
        fids = np.arange(start, start + n, dtype=np.int64)
    cols = _writable_columns(table, frame)
    defaults = schema.column_defaults(table)
    values = [with_default(frames.sql_values(frame[c]), defaults.get(c)) for c in cols]
    names = [pk, *cols]
    columns = [fids.tolist(), *values]
    geoms = None
    if table in schema.VERSIONED_TABLES:
        names += ["row_version", "updated_at", "updated_by"]
        columns += _bookkeeping(tx, frame, n, keep_fids)
    if spatial:
        geoms = frames.prepare_geometry(table, frames.geometry_of(frame))
        names.append("geom")
        columns.append(gpkg_geometry.encode(geoms))
    sql = (
        f"INSERT INTO {quote_ident(table)} ({', '.join(quote_ident(c) for c in names)}) "
        f"VALUES ({', '.join('?' * len(names))})"
    )
    bulk = spatial and n >= BULK_RTREE_MIN
    if bulk:
        cur.execute(f'DROP TRIGGER "{gpkg_meta.rtree_name(table)}_insert"')
    rows = list(zip(*columns, strict=False))
    bounds = shapely.bounds(geoms) if spatial else None
    with _big_cache(cur, n >= BIG_CACHE_MIN):
        for i in range(0, n, CHUNK):
            cur.executemany(sql, rows[i : i + CHUNK])
        if bulk and bounds is not None:
            _fill_rtree(cur, table, fids, bounds)
    if bounds is not None:  # a spatial table
        gpkg_meta.expand_extent(cur, table, bounds, tx.now)
    elif table in schema.ATTRIBUTE_TABLES:
        gpkg_meta.touch_contents(cur, table, tx.now)
    _audit_insert(tx, table, names, rows, fids, geoms, source)
    return fids


def _bookkeeping(
    tx: Action, frame: pd.DataFrame, n: int, keep: bool
) -> list[list[Any]]:
    """Return row_version, updated_at, updated_by values for new rows."""
    fresh: dict[str, list[Any]] = {
        "row_version": [1] * n,
        "updated_at": [tx.now] * n,
        "updated_by": [tx.user] * n,
    }
    if keep:
        for col in fresh:
            if col in frame.columns:
                fresh[col] = with_default(frames.sql_values(frame[col]), fresh[col][0])
    return list(fresh.values())


def _fill_rtree(cur: Any, table: str, fids: np.ndarray, bounds: np.ndarray) -> None:
    """Fill the R-tree of bulk-inserted rows and re-create its insert trigger."""
    r = gpkg_meta.rtree_name(table)
    if rtree_bulk.is_empty(cur, r):
        rtree_bulk.bulk_load(cur, r, fids, bounds)
    else:
        cur.executemany(
            f"INSERT INTO {quote_ident(r)} VALUES (?, ?, ?, ?, ?)",
            gpkg_meta.rtree_rows(fids, bounds),
        )
    cur.execute(gpkg_meta.trigger_sql(table, "insert"))


@contextmanager
def _big_cache(cur: Any, on: bool) -> Iterator[None]:
    """Let a bulk insert keep its dirty pages in memory (restored after).

    With SQLite's default 2 MB cache, a million-row insert spills pages to
    the WAL over and over; a larger cache writes them once, at commit. The
    durability is unchanged (same transaction, same synchronous=FULL);
    SQLite only allocates the pages it uses.
    """
    if not on:
        yield
        return
    old = cur.execute("PRAGMA cache_size").fetchone()[0]
    cur.execute(f"PRAGMA cache_size = {BIG_CACHE_KIB}")
    try:
        yield
    finally:
        cur.execute(f"PRAGMA cache_size = {int(old)}")


def with_default(values: list[Any], default: Any) -> list[Any]:
    if default is None:
        return values
    return [default if v is None else v for v in values]


def _audit_insert(
    tx: Action,
    table: str,
    names: list[str],
    rows: list[tuple[Any, ...]],
    fids: np.ndarray,
    geoms: np.ndarray | None,
    source: str | None,
) -> None:
    n = len(rows)
    if n >= audit.PER_ROW_INSERT_LIMIT:
        summary = {
            "count": n,
            "fid_min": int(fids[0]),
            "fid_max": int(fids[-1]),
            "source": source or tx.name,
        }
        audit.write_summary(tx.cursor, tx.now, tx.user, "bulk_insert", table, summary)
        return
    attr = names[:-1] if geoms is not None else names
    wkts = frames.wkt_list(geoms) if geoms is not None else [None] * n
    entries = (
        (int(f), None, frames.row_json(attr, r[: len(attr)], w, geoms is not None))
        for f, r, w in zip(fids.tolist(), rows, wkts, strict=False)
    )
    audit.write_rows(tx.cursor, tx.now, tx.user, "insert", table, entries)


def _next_fid(cur: Any, table: str, pk: str) -> int:
    """Return the next fid, never reusing one (AUTOINCREMENT semantics)."""
    row = cur.execute(
        "SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)
    ).fetchone()
    seq = row[0] if row else 0
    mx = (
        cur.execute(
            f"SELECT max({quote_ident(pk)}) FROM {quote_ident(table)}"
        ).fetchone()[0]
        or 0
    )
    return int(max(seq, mx)) + 1


def fetch_rows(
    tx: Action, table: str, fids: Sequence[int]
) -> tuple[list[str], dict[int, tuple[Any, ...]]]:
    """Return the column names and ``{fid: row tuple}`` of stored rows."""
    pk = schema.pk_column(table)
    cur = tx.cursor
    ids = [int(f) for f in fids]
    out: dict[int, tuple[Any, ...]] = {}
    names: list[str] = []
    for i in range(0, len(ids), SQL_VARS):
        part = ids[i : i + SQL_VARS]
        cur.execute(
            f"SELECT * FROM {quote_ident(table)} WHERE {quote_ident(pk)} IN ({', '.join('?' * len(part))})",
            part,
        )
        names = [d[0] for d in cur.description]
        out.update({r[0]: r for r in cur.fetchall()})
    if not names:
        cur.execute(f"SELECT * FROM {quote_ident(table)} LIMIT 0")
        names = [d[0] for d in cur.description]
    return names, out


def _row_dicts(names: list[str], row: tuple[Any, ...]) -> dict[str, Any]:
    """Return an audit dict of a stored row, geometry blob as WKT."""
    d = dict(zip(names, row, strict=False))
    blob = d.pop("geom", None) if "geom" in d else None
    attrs = [c for c in names if c != "geom"]
    wkt = None
    if blob is not None:
        wkt = frames.wkt_list(gpkg_geometry.decode([blob]))[0]
    return frames.row_json(attrs, tuple(d[c] for c in attrs), wkt, "geom" in names)


def check_versions(
    table: str,
    stored: dict[int, tuple[Any, ...]],
    names: list[str],
    expected: dict[int, Any],
) -> None:
    """Raise ConflictError unless every stored row_version equals ``expected``."""
    iv = names.index("row_version") if "row_version" in names else None
    bad: dict[int, int | None] = {}
    for fid, want in expected.items():
        row = stored.get(fid)
        if row is None:
            bad[fid] = None
        elif iv is not None and want is not None and row[iv] != int(want):
            bad[fid] = row[iv]
    if bad:
        raise ConflictError(table, sorted(bad), bad)


def update(tx: Action, table: str, frame: pd.DataFrame) -> dict[int, int]:
    """Update rows (index = fid) with optimistic concurrency; return new versions.

    For versioned tables ``frame`` must carry the ``row_version`` each row
    had when it was loaded; any mismatch raises :class:`ConflictError`
    before anything is written.
    """
    if frame.empty:
        return {}
    versioned = table in schema.VERSIONED_TABLES
    if versioned and "row_version" not in frame.columns:
        raise ValueError(f"{table}: updates need the loaded row_version column")
    fids = [int(f) for f in frame.index]
    names, stored = fetch_rows(tx, table, fids)
    expected = (
        dict(zip(fids, frame["row_version"].tolist(), strict=False))
        if versioned
        else dict.fromkeys(fids)
    )
    check_versions(table, stored, names, expected)
    cols = _writable_columns(table, frame)
    values = [frames.sql_values(frame[c]) for c in cols]
    geoms = frames.geometry_of(frame)
    spatial = table in schema.SPATIAL_TABLES and geoms is not None
    sets = [f"{quote_ident(c)} = ?" for c in cols]
    if spatial:
        geoms = frames.prepare_geometry(table, geoms)
        values.append(gpkg_geometry.encode(geoms))
        sets.append("geom = ?")
    n = len(fids)
    pk = schema.pk_column(table)
    where = f"{quote_ident(pk)} = ?"
    if versioned:
        sets += ["row_version = row_version + 1", "updated_at = ?", "updated_by = ?"]
        values += [[tx.now] * n, [tx.user] * n]
        where += " AND row_version = ?"
        values += [fids, [int(v) for v in frame["row_version"].tolist()]]
    else:
        values.append(fids)
    sql = f"UPDATE {quote_ident(table)} SET {', '.join(sets)} WHERE {where}"
    tx.cursor.executemany(sql, list(zip(*values, strict=False)))
    _, after = fetch_rows(tx, table, fids)
    if spatial:
        gpkg_meta.expand_extent(tx.cursor, table, shapely.bounds(geoms), tx.now)
    else:
        _touch(tx, table)
    entries = (
        (f, _row_dicts(names, stored[f]), _row_dicts(names, after[f])) for f in fids
    )
    audit.write_rows(tx.cursor, tx.now, tx.user, "update", table, entries)
    iv = names.index("row_version") if "row_version" in names else None
    return {f: (after[f][iv] if iv is not None else 0) for f in fids}


def delete(
    tx: Action, table: str, fids: Sequence[int], row_versions: Sequence[int] | None
) -> int:
    """Delete rows by fid; with ``row_versions``, only if none changed since."""
    ids = [int(f) for f in fids]
    if not ids:
        return 0
    names, stored = fetch_rows(tx, table, ids)
    if row_versions is not None:
        check_versions(table, stored, names, dict(zip(ids, row_versions, strict=False)))
    present = [f for f in ids if f in stored]
    pk = schema.pk_column(table)
    tx.cursor.executemany(
        f"DELETE FROM {quote_ident(table)} WHERE {quote_ident(pk)} = ?",
        [(f,) for f in present],
    )
    _touch(tx, table)
    entries = ((f, _row_dicts(names, stored[f]), None) for f in present)
    audit.write_rows(tx.cursor, tx.now, tx.user, "delete", table, entries)
    return len(present)


def _touch(tx: Action, table: str) -> None:
    if table in schema.SPATIAL_TABLES or table in schema.ATTRIBUTE_TABLES:
        gpkg_meta.touch_contents(tx.cursor, table, tx.now)
