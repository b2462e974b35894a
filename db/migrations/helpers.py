"""Small helpers shared by migration scripts, one call per job on both dialects.

A migration writes its tables with portable Alembic ops (``op.create_table``,
``op.add_column``) and registers layers through :func:`register_layer` /
:func:`register_attributes`: on a GeoPackage that fills gpkg_contents,
gpkg_geometry_columns and the R-tree (db.gpkg_meta); on PostgreSQL it
creates the GiST index and the stamp/audit/notify triggers (db.pg_meta).
"""

from __future__ import annotations

from typing import Any

from alembic import context, op

from db import gpkg_meta, pg_meta


def dbapi_cursor(bind: Any) -> Any:
    """Return a DBAPI cursor on the migration's connection and transaction.

    Raw DBAPI so the spec's DDL (with ``%`` and ``:`` in it) runs verbatim.
    """
    return bind.connection.driver_connection.cursor()


def is_postgres(bind: Any | None = None) -> bool:
    """Return True when the migration runs on PostgreSQL/PostGIS."""
    bind = bind if bind is not None else op.get_bind()
    return bind.dialect.name == "postgresql"


def pg_schema(bind: Any) -> str:
    """Return the PostgreSQL schema the migration creates its tables in."""
    return str(bind.exec_driver_sql("SELECT current_schema()").scalar())


def now() -> str | None:
    """Return the timestamp the migration records (the store's clock)."""
    return context.config.attributes.get("now")


def geometry(gtype: str) -> Any:
    """Return the column type of a geometry column of ``gtype`` (EPSG:4490)."""
    from db.schema import SqlType

    if is_postgres():
        return SqlType(f"geometry({gtype}, {pg_meta.SRID})")
    return SqlType(gtype)


def real() -> Any:
    """Return an 8-byte float column type (REAL on SQLite, double on PostgreSQL)."""
    import sqlalchemy as sa

    return sa.Float(precision=53) if is_postgres() else sa.REAL()


def register_layer(
    table: str, gtype: str, identifier: str, description: str, versioned: bool
) -> None:
    """Register a new feature table with its spatial index on either backend."""
    bind = op.get_bind()
    cur = dbapi_cursor(bind)
    if is_postgres(bind):
        pg_meta.register_layer(cur, pg_schema(bind), table, "fid", versioned)
        return
    gpkg_meta.register_features(cur, table, gtype, identifier, description, now=now())


def register_attributes(table: str, identifier: str, pk: str = "id") -> None:
    """Register a new attribute (non-spatial) table on either backend."""
    bind = op.get_bind()
    cur = dbapi_cursor(bind)
    if is_postgres(bind):
        pg_meta.register_table(cur, pg_schema(bind), table, pk, versioned=False)
        return
    gpkg_meta.register_attributes(cur, table, identifier, now=now())


def record_version(bind: Any, version: int) -> None:
    """Record an applied schema version in zp_schema_version."""
    stamp = now() or "1970-01-01T00:00:00.000Z"
    if is_postgres(bind):
        dbapi_cursor(bind).execute(
            "INSERT INTO zp_schema_version VALUES (%s, %s) ON CONFLICT (version) "
            "DO UPDATE SET applied_at = EXCLUDED.applied_at",
            (version, stamp),
        )
        return
    dbapi_cursor(bind).execute(
        "INSERT OR REPLACE INTO zp_schema_version VALUES (?, ?)", (version, stamp)
    )


def forget_version(bind: Any, version: int) -> None:
    """Remove a schema version from zp_schema_version (downgrades)."""
    mark = "%s" if is_postgres(bind) else "?"
    dbapi_cursor(bind).execute(
        f"DELETE FROM zp_schema_version WHERE version = {mark}", (version,)
    )
