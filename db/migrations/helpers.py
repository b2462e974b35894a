"""Small helpers shared by migration scripts."""

from __future__ import annotations

from typing import Any

from alembic import context


def dbapi_cursor(bind: Any) -> Any:
    """Return a sqlite3 cursor on the migration's connection and transaction.

    Raw DBAPI so the spec's DDL (with ``%`` and ``:`` in it) runs verbatim.
    """
    return bind.connection.driver_connection.cursor()


def record_version(bind: Any, version: int) -> None:
    """Record an applied schema version in zp_schema_version."""
    now = context.config.attributes.get("now", "1970-01-01T00:00:00.000Z")
    dbapi_cursor(bind).execute(
        "INSERT OR REPLACE INTO zp_schema_version VALUES (?, ?)", (version, now)
    )
