"""Reading a large layer fast: GDAL's columnar reader on an in-memory snapshot.

Python's ``sqlite3`` makes one Python object per value: a million enterprises
(17 columns) take 2.5 s to fetch before any conversion. GDAL's Arrow reader
(pyogrio ``read_arrow``) fills whole columns in C in ~0.5 s. It must not open
the project file itself, though: pyogrio bundles its own SQLite, and when a
second SQLite library in our process closes the file, POSIX drops every lock
our connections hold on it (SQLite's "How to corrupt", 2.2.1). Another program
closing the project afterwards then checkpoints and deletes the WAL under our
open connections, and our next commits are lost (reproduced with QGIS-style
access from a second process). So:

1. inside the caller's read transaction we count the rows, then take
   ``Connection.serialize()`` of that same snapshot (committed data, WAL
   frames included; the same rows the plain ``SELECT`` would return);
2. GDAL reads the table from those bytes in memory (``/vsimem``), never
   touching the file;
3. meanwhile one aggregate query (in C, GIL released) checks that every
   value has the storage class its declared column type implies: GDAL would
   quietly coerce text in an INTEGER column to a number where the plain path
   raises, so any such value sends the read back to the plain path;
4. columns are converted with the plain path's own dtypes (``Int64``,
   ``float64``, pandas ``str``, geometry EPSG:4490, index ``fid``) and rows
   whose geometry GDAL reports as missing or empty are decoded again from
   their original blobs, so empty and unreadable geometries behave exactly as
   in :func:`db.frames.build_frame`.

Like the plain path (``read_table`` always reads on its own pooled
connection), the snapshot holds committed data only, also while an action is
open in this thread; so the fast path needs no exception for open actions.

:func:`read_layer` returns None whenever it cannot guarantee that result
(small or unsupported table, odd filter values, missing pyogrio, a type
mismatch, a file much larger than the table); the caller then reads the
plain way. The snapshot costs memory of about twice the file size while it
lives, which is why the file must not be much larger than the table.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import warnings
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any

import numpy as np
import pandas as pd

from db import frames, gpkg_geometry, schema
from db.sql_names import quote_ident

log = logging.getLogger(__name__)

#: Below this many rows the plain path is about as fast; never bother.
MIN_ROWS = 20_000
#: Skip the snapshot when the file holds more than this per row read (the
#: table is then a small part of a big file: copying it all would not pay).
MAX_FILE_BYTES_PER_ROW = 4096
MAX_FILE_BYTES = 2**31 - 1

# 2D little-endian ISO WKB point: byte order, type, x, y = 21 bytes.
_WKB_POINT = np.dtype([("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])


log = logging.getLogger(__name__)


def read_layer(
    raw: sqlite3.Connection,
    table: str,
    columns: list[str],
    where: Mapping[str, Sequence[Any]] | None,
) -> pd.DataFrame | None:
    """Return the frame ``build_frame`` would, or None to read the plain way.

    ``raw`` must be inside a read transaction (``BEGIN``) that no statement
    has used yet, so the count, the type check and the snapshot agree.
    """
    if table not in schema.SPATIAL_TABLES or not hasattr(raw, "serialize"):
        return None
    pk = schema.pk_column(table)
    kinds = schema.column_kinds(table)
    if kinds.get(pk) != "int" or any(kinds.get(c) is None for c in columns):
        return None
    cond, params, literal = _where_sql(where or {})
    if literal is None:
        return None
    try:
        import pyarrow as pa
        import pyogrio
    except ImportError:
        return None
    n = raw.execute(
        f"SELECT count(*) FROM {quote_ident(table)}{cond}", params
    ).fetchone()[0]
    if n < MIN_ROWS:
        return None
    if not _affinities_ok(raw, table, columns, kinds):
        return None
    pages, page_size = (
        raw.execute("PRAGMA page_count").fetchone()[0],
        raw.execute("PRAGMA page_size").fetchone()[0],
    )
    size = pages * page_size
    if size > MAX_FILE_BYTES or size > MAX_FILE_BYTES_PER_ROW * n:
        return None
    snapshot = raw.serialize()
    checker = _TypeCheck(raw, table, columns, kinds, cond, params)
    checker.start()
    try:
        attrs = [c for c in columns if c != pk and kinds[c] != "geom"]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "non conformant file extension"
            meta, tbl = pyogrio.read_arrow(
                snapshot,
                layer=table,
                columns=attrs,
                where=literal or None,
                return_fids=True,
            )
        del snapshot
        # Converting overlaps the type check (which holds no GIL).
        frame = None
        if tbl.num_rows == n:
            frame = _frame(checker, table, columns, kinds, pk, meta, tbl, pa)
    except (
        RuntimeError,
        ValueError,
        TypeError,
        KeyError,
        OSError,
        pa.ArrowException,
    ) as exc:
        # GDAL or Arrow could not give the exact frame: the plain path reads
        # the same committed rows, only slower. Logged, never silent: a fast
        # path that keeps failing is a bug to see, though no data depends on it.
        log.warning(
            "fast read of %s fell back to the plain path: %s", table, exc, exc_info=exc
        )
        frame = None
    finally:
        checker.join()
    return frame if checker.ok else None


class _TypeCheck(threading.Thread):
    """One pass in C: does any value lack the class its column implies?

    Comparisons rather than ``typeof`` where SQLite's sort order allows
    (NULL < numbers < text < blob): twice as fast. The declared types are
    checked first (:func:`_affinities_ok`), so a TEXT column can only hold
    text or blobs and a REAL column only reals, text or blobs.
    """

    def __init__(
        self,
        raw: sqlite3.Connection,
        table: str,
        columns: list[str],
        kinds: dict[str, str],
        cond: str,
        params: list[Any],
    ) -> None:
        super().__init__(name="zp-type-check", daemon=True)
        pk = schema.pk_column(table)
        bad = []
        for c in columns:
            q, kind = quote_ident(c), kinds[c]
            if c == pk:
                continue
            if kind == "int":  # only integer or null
                bad.append(f"typeof({q}) NOT BETWEEN 'integer' AND 'null'")
            elif kind == "real":  # text or blob sort above +Inf
                bad.append(f"{q} > 9e999")
            elif kind == "text":  # any blob sorts at or above X''
                bad.append(f"{q} >= X''")
            else:  # a GeoPackage blob starts 'GP'; NULL passes
                bad.append(f"{q} NOT BETWEEN X'4750' AND X'4751'")
        test = " OR ".join(bad) or "0"
        self.sql = (
            f"SELECT EXISTS (SELECT 1 FROM {quote_ident(table)}"
            + (f"{cond} AND ({test})" if cond else f" WHERE {test}")
            + ")"
        )
        self.raw, self.params, self.ok = raw, params, False

    def run(self) -> None:
        try:
            self.ok = self.raw.execute(self.sql, self.params).fetchone()[0] == 0
        except sqlite3.Error as exc:  # the plain path reads instead (logged)
            log.warning("type check of %s failed: %s", self.sql[:80], exc)
            self.ok = False


def _affinity(decl: str) -> str:
    """Return SQLite's column affinity of a declared type (datatype3 3.1)."""
    d = decl.upper()
    if "INT" in d:
        return "int"
    if "CHAR" in d or "CLOB" in d or "TEXT" in d:
        return "text"
    if "BLOB" in d or not d:
        return "blob"
    if "REAL" in d or "FLOA" in d or "DOUB" in d:
        return "real"
    return "numeric"


def _affinities_ok(
    raw: sqlite3.Connection, table: str, columns: list[str], kinds: dict[str, str]
) -> bool:
    """Return True if the file declares every text/real column as we do."""
    declared = {
        r[1]: r[2] for r in raw.execute(f"PRAGMA table_info({quote_ident(table)})")
    }
    for c in columns:
        if c not in declared:
            return False
        if kinds[c] in ("text", "real") and _affinity(declared[c]) != kinds[c]:
            return False
    return True


def _frame(
    checker: _TypeCheck,
    table: str,
    columns: list[str],
    kinds: dict[str, str],
    pk: str,
    meta: dict[str, Any],
    tbl: Any,  # pyarrow.Table
    pa: ModuleType,  # pyarrow, imported by the caller
) -> pd.DataFrame | None:
    fids = np.asarray(meta.get("fids") if meta.get("fids") is not None else [])
    if tbl.schema.get_field_index(meta.get("fid_column") or "") >= 0:
        fids = tbl.column(meta["fid_column"]).to_numpy()
    fids = np.asarray(fids, dtype=np.int64)
    if len(fids) != tbl.num_rows:
        return None
    if len(fids) > 1 and not (np.diff(fids) > 0).all():
        order = np.argsort(fids, kind="stable")
        fids = fids[order]
        tbl = tbl.take(pa.array(order))
    index = pd.Index(fids, name=pk)
    data: dict[str, Any] = {}
    geom_col = None
    for name in columns:
        kind = kinds[name]
        if name == pk:
            continue
        if kind == "geom":
            geom_col = name
            continue
        if name not in tbl.column_names:
            return None
        col = tbl.column(name).combine_chunks()
        want = {"int": pa.int64(), "real": pa.float64()}.get(kind)
        if want is not None and col.type != want:
            return None
        if kind == "int":
            mask = col.is_null().to_numpy(zero_copy_only=False)
            vals = col.fill_null(0).to_numpy(zero_copy_only=False)
            data[name] = pd.arrays.IntegerArray(vals.astype(np.int64), mask)
        elif kind == "real":
            vals = col.to_numpy(zero_copy_only=False).astype(np.float64)
            data[name] = pd.array(vals, dtype="float64")
        else:
            if not (pa.types.is_string(col.type) or pa.types.is_large_string(col.type)):
                return None
            col = col.cast(pa.large_string())
            try:
                col.validate(full=True)  # UTF-8 as the plain path would decode
            except pa.ArrowInvalid:
                return None
            data[name] = pd.array(col, dtype="str")
    df = pd.DataFrame(data, index=index)
    if geom_col is None:
        return df
    gname = meta.get("geometry_name") or "wkb_geometry"
    wkb_name = "wkb_geometry" if "wkb_geometry" in tbl.column_names else gname
    if wkb_name not in tbl.column_names:
        return None
    geoms = _geoms(
        checker, table, pk, geom_col, fids, tbl.column(wkb_name).combine_chunks()
    )
    import geopandas as gpd

    out: pd.DataFrame = gpd.GeoDataFrame(
        df, geometry=gpd.GeoSeries(geoms, index=index, crs=frames.CRS)
    )
    return out


def _geoms(
    checker: _TypeCheck,
    table: str,
    pk: str,
    geom_col: str,
    fids: np.ndarray,
    wkb: Any,  # pyarrow binary array
) -> np.ndarray:
    """Decode GDAL's WKB; re-decode missing/empty rows from their own blobs.

    The blobs come from the checker's connection (same snapshot), once the
    check is done with it: one connection is never used by two threads.
    """
    import shapely

    n = len(wkb)
    valid = ~wkb.is_null().to_numpy(zero_copy_only=False)
    out = np.empty(n, dtype=object)
    lens = None
    if valid.all() and n:
        offsets = np.frombuffer(wkb.buffers()[1], dtype=np.int32)[
            wkb.offset : wkb.offset + n + 1
        ]
        lens = np.diff(offsets)
    if lens is not None and (lens == _WKB_POINT.itemsize).all():
        data = wkb.buffers()[2]
        rec = np.frombuffer(data, dtype=_WKB_POINT, count=n, offset=int(offsets[0]))
        if (rec["order"] == 1).all() and (rec["type"] == 1).all():
            out[:] = shapely.points(rec["x"], rec["y"])
            redo = np.isnan(rec["x"]) & np.isnan(rec["y"])
        else:
            out[:] = shapely.from_wkb(wkb.to_numpy(zero_copy_only=False))
            redo = shapely.is_empty(out)
    else:
        arr = wkb.to_numpy(zero_copy_only=False)
        out[valid] = shapely.from_wkb(arr[valid])
        redo = ~valid | shapely.is_empty(out)
    # Missing or empty per GDAL: decode the stored blobs themselves, so NULL,
    # the empty flag and unreadable blobs come out exactly as on the plain path.
    idx = np.flatnonzero(redo)
    raw = checker.raw
    if idx.size:
        checker.join()
    for start in range(0, idx.size, 900):
        part = idx[start : start + 900]
        ids = fids[part].tolist()
        rows = dict(
            raw.execute(
                f"SELECT {quote_ident(pk)}, {quote_ident(geom_col)} FROM {quote_ident(table)} "
                f"WHERE {quote_ident(pk)} IN ({', '.join('?' * len(ids))})",
                ids,
            ).fetchall()
        )
        out[part] = gpkg_geometry.decode([rows.get(i) for i in ids])
    return out


def _where_sql(
    where: Mapping[str, Sequence[Any]],
) -> tuple[str, list[Any], str | None]:
    """Return the SQL ``WHERE`` (with ``?``), its params, and a literal copy.

    The literal copy is GDAL's attribute filter; None if a value cannot be
    written as an exact SQL literal (then the plain path reads).
    """
    if not where:
        return "", [], ""
    parts, lits, params = [], [], []
    for col, values in where.items():
        values = list(values)
        parts.append(f"{quote_ident(col)} IN ({', '.join('?' * len(values))})")
        params += values
        out = []
        for v in values:
            if v is None:
                out.append("NULL")
            elif isinstance(v, bool | np.bool_):
                out.append(str(int(v)))
            elif isinstance(v, int | np.integer):
                out.append(str(int(v)))
            elif isinstance(v, str):
                if "\x00" in v:
                    return "", [], None
                out.append("'" + v.replace("'", "''") + "'")
            else:
                return "", [], None
        lits.append(f"{quote_ident(col)} IN ({', '.join(out)})")
    return " WHERE " + " AND ".join(parts), params, " AND ".join(lits)
