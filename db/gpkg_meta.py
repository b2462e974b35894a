"""GeoPackage metadata: core tables, SRS rows, layer registration, R-tree index.

The DDL strings are the GeoPackage 1.4 spec's own (Annex C and extension F.3),
verbatim where GDAL's validator compares them column by column. Functions take
a DBAPI (sqlite3) connection or cursor so migrations and the store share them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

import numpy as np

from db import gpkg_geometry

APPLICATION_ID = 0x47504B47  # 'GPKG'
USER_VERSION = 10400  # GeoPackage 1.4.0
SRS_ID = gpkg_geometry.SRS_ID

CORE_DDL = (
    """CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition  TEXT NOT NULL,
  description TEXT
)""",
    """CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE,
  min_y DOUBLE,
  max_x DOUBLE,
  max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id)
    REFERENCES gpkg_spatial_ref_sys(srs_id)
)""",
    """CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
)""",
    """CREATE TABLE gpkg_extensions (
  table_name TEXT,
  column_name TEXT,
  extension_name TEXT NOT NULL,
  definition TEXT NOT NULL,
  scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
)""",
)

RTREE_DEFINITION = "http://www.geopackage.org/spec/#extension_rtree"

# GeoPackage 1.4 trigger set (update2, 4, 5, 6, 7; update1/3 of 1.3 are gone),
# as GDAL writes it and validate_gpkg.py expects it.
_INS = """INSERT OR REPLACE INTO "{r}" VALUES (NEW."{i}",
    ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"), ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}"))"""
_NEW_OK = '(NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}"))'
_NEW_NONE = '(NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}"))'
_RTREE_TRIGGERS = {
    "insert": f"""CREATE TRIGGER "{{r}}_insert" AFTER INSERT ON "{{t}}"
WHEN {_NEW_OK}
BEGIN
  {_INS};
END""",
    "update2": f"""CREATE TRIGGER "{{r}}_update2" AFTER UPDATE OF "{{c}}" ON "{{t}}"
WHEN OLD."{{i}}" = NEW."{{i}}" AND {_NEW_NONE}
BEGIN
  DELETE FROM "{{r}}" WHERE id = OLD."{{i}}";
END""",
    "update4": f"""CREATE TRIGGER "{{r}}_update4" AFTER UPDATE ON "{{t}}"
WHEN OLD."{{i}}" != NEW."{{i}}" AND {_NEW_NONE}
BEGIN
  DELETE FROM "{{r}}" WHERE id IN (OLD."{{i}}", NEW."{{i}}");
END""",
    "update5": f"""CREATE TRIGGER "{{r}}_update5" AFTER UPDATE ON "{{t}}"
WHEN OLD."{{i}}" != NEW."{{i}}" AND {_NEW_OK}
BEGIN
  DELETE FROM "{{r}}" WHERE id = OLD."{{i}}";
  {_INS};
END""",
    "update6": f"""CREATE TRIGGER "{{r}}_update6" AFTER UPDATE OF "{{c}}" ON "{{t}}"
WHEN OLD."{{i}}" = NEW."{{i}}" AND {_NEW_OK}
  AND (OLD."{{c}}" NOTNULL AND NOT ST_IsEmpty(OLD."{{c}}"))
BEGIN
  UPDATE "{{r}}" SET minx = ST_MinX(NEW."{{c}}"), maxx = ST_MaxX(NEW."{{c}}"),
    miny = ST_MinY(NEW."{{c}}"), maxy = ST_MaxY(NEW."{{c}}")
  WHERE id = NEW."{{i}}";
END""",
    "update7": f"""CREATE TRIGGER "{{r}}_update7" AFTER UPDATE OF "{{c}}" ON "{{t}}"
WHEN OLD."{{i}}" = NEW."{{i}}" AND {_NEW_OK}
  AND (OLD."{{c}}" ISNULL OR ST_IsEmpty(OLD."{{c}}"))
BEGIN
  {_INS};
END""",
    "delete": """CREATE TRIGGER "{r}_delete" AFTER DELETE ON "{t}"
WHEN old."{c}" NOT NULL
BEGIN
  DELETE FROM "{r}" WHERE id = OLD."{i}";
END""",
}


def srs_rows() -> list[tuple[str, int, str, int, str, str]]:
    """Return the spec's required SRS rows (-1, 0, 4326) plus CGCS2000 (4490)."""
    from pyproj import CRS
    from pyproj.enums import WktVersion

    def wkt(code: int) -> str:
        return CRS.from_epsg(code).to_wkt(WktVersion.WKT1_GDAL)

    return [
        (
            "Undefined cartesian SRS",
            -1,
            "NONE",
            -1,
            "undefined",
            "undefined cartesian coordinate reference system",
        ),
        (
            "Undefined geographic SRS",
            0,
            "NONE",
            0,
            "undefined",
            "undefined geographic coordinate reference system",
        ),
        (
            "WGS 84 geodetic",
            4326,
            "EPSG",
            4326,
            wkt(4326),
            "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid",
        ),
        (
            "China Geodetic Coordinate System 2000",
            4490,
            "EPSG",
            4490,
            wkt(4490),
            "CGCS2000 geographic, longitude/latitude; ZonePlanner storage CRS",
        ),
    ]


def create_core(cur: sqlite3.Cursor | Any) -> None:
    """Create the GeoPackage core tables and SRS rows; set the file's headers."""
    # application_id / user_version live in the file header (offsets 68 / 60);
    # the validator reads them there, so they must be set on every new file.
    cur.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    cur.execute(f"PRAGMA user_version = {USER_VERSION}")
    for ddl in CORE_DDL:
        cur.execute(ddl)
    cur.executemany(
        "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", srs_rows()
    )


def now_iso() -> str:
    """Return the current UTC time as GeoPackage wants it (ms, ``Z``)."""
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def register_features(
    cur: Any,
    table: str,
    geometry_type: str,
    identifier: str,
    description: str = "",
    now: str | None = None,
) -> None:
    """Register a features table, its geometry column and its R-tree index."""
    cur.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description,"
        " last_change, srs_id) VALUES (?, 'features', ?, ?, ?, ?)",
        (table, identifier, description, now or now_iso(), SRS_ID),
    )
    cur.execute(
        "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)",
        (table, geometry_type, SRS_ID),
    )
    create_rtree(cur, table)


def register_attributes(
    cur: Any, table: str, identifier: str, now: str | None = None
) -> None:
    """Register an attributes (non-spatial) table in gpkg_contents."""
    cur.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, last_change)"
        " VALUES (?, 'attributes', ?, ?)",
        (table, identifier, now or now_iso()),
    )


def rtree_name(table: str) -> str:
    """Return the R-tree virtual table of a layer (``rtree_<t>_geom``)."""
    return f"rtree_{table}_geom"


def trigger_sql(table: str, which: str) -> str:
    """Return the CREATE TRIGGER statement of one R-tree trigger of ``table``."""
    return _RTREE_TRIGGERS[which].format(
        r=rtree_name(table), t=table, c="geom", i="fid"
    )


def create_rtree(cur: Any, table: str) -> None:
    """Create the R-tree, its triggers and the gpkg_extensions row."""
    r = rtree_name(table)
    cur.execute(f'CREATE VIRTUAL TABLE "{r}" USING rtree(id, minx, maxx, miny, maxy)')
    for which in _RTREE_TRIGGERS:
        cur.execute(trigger_sql(table, which))
    cur.execute(
        "INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', ?, "
        "'write-only')",
        (table, RTREE_DEFINITION),
    )


def rtree_rows(
    fids: np.ndarray, bounds: np.ndarray
) -> Iterable[tuple[int, float, float, float, float]]:
    """Yield R-tree rows for features with finite shapely ``bounds`` (n, 4)."""
    ok = np.isfinite(bounds).all(axis=1)
    f = np.asarray(fids, dtype=np.int64)[ok].tolist()
    b = bounds[ok]
    # R-tree order is minx, maxx, miny, maxy; shapely's is minx, miny, maxx, maxy.
    return zip(
        f,
        b[:, 0].tolist(),
        b[:, 2].tolist(),
        b[:, 1].tolist(),
        b[:, 3].tolist(),
        strict=False,
    )


def expand_extent(cur: Any, table: str, bounds: np.ndarray, now: str) -> None:
    """Grow the gpkg_contents bbox of ``table`` to cover ``bounds`` (n, 4).

    Deleting features never shrinks the box (GDAL behaves the same); a bbox
    may be larger than the data but must never be smaller.
    """
    ok = np.isfinite(bounds).all(axis=1)
    if not ok.any():
        touch_contents(cur, table, now)
        return
    b = bounds[ok]
    new = (b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max())
    cur.execute(
        "UPDATE gpkg_contents SET min_x = min(coalesce(min_x, ?1), ?1),"
        " min_y = min(coalesce(min_y, ?2), ?2), max_x = max(coalesce(max_x, ?3), ?3),"
        " max_y = max(coalesce(max_y, ?4), ?4),"
        " last_change = ?5 WHERE table_name = ?6",
        (*(float(v) for v in new), now, table),
    )


def touch_contents(cur: Any, table: str, now: str) -> None:
    """Set ``last_change`` of a registered table to ``now`` (ISO, ms, Z)."""
    cur.execute(
        "UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?", (now, table)
    )


def register_functions(dbapi_conn: sqlite3.Connection) -> None:
    """Register the SQL functions the R-tree triggers call (as GDAL does)."""

    def part(i: int) -> Any:
        def f(blob: bytes | None) -> float | None:
            e = gpkg_geometry.envelope(blob)
            return None if e is None else e[i]

        return f

    for i, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        dbapi_conn.create_function(name, 1, part(i), deterministic=True)

    def is_empty(blob: bytes | None) -> int | None:
        r = gpkg_geometry.is_empty(blob)
        return None if r is None else int(r)

    dbapi_conn.create_function("ST_IsEmpty", 1, is_empty, deterministic=True)
