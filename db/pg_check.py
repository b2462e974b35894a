"""``check`` on a database project: schema, layers as QGIS sees them, triggers, roles."""

from __future__ import annotations

from typing import Any

from db import migrate, schema
from db.check import CheckReport
from db.connection import driver_connection
from db.pg_connect import PgTarget
from db.pg_roles import GROUPS
from db.sql_names import quote_ident

_TYPES = {"MULTIPOLYGON": "MULTIPOLYGON", "POINT": "POINT"}
_TRIGGERS = ("zp_after_insert", "zp_after_update", "zp_after_delete")


def check_database(target: PgTarget) -> CheckReport:
    """Check a PostGIS project without changing it; return the report."""
    from db.errors import ProjectError
    from db.pg_store import PostgisStore

    report = CheckReport()
    try:
        store = PostgisStore.open(target, read_only=True)
    except ProjectError as exc:
        report.error(str(exc))
        return report
    # The check inspects the server catalogue on the store's own engine.
    with store, store._engine.connect() as conn:  # noqa: SLF001
        raw = driver_connection(conn)
        have, app = store.schema_version, migrate.app_schema_version()
        if have > app:
            report.error(f"schema v{have} is newer than this app's v{app}")
        elif have < app:
            report.lines.append(
                f"note: schema v{have} < v{app}; an admin upgrade is due"
            )
        else:
            report.info(f"schema version v{have}")
        for table, gtype in schema.SPATIAL_TABLES.items():
            _check_layer(raw, target.schema, table, gtype, report)
        _check_roles(raw, report)
        raw.rollback()
    return report


def _check_layer(
    raw: Any, schema_name: str, table: str, gtype: str, report: CheckReport
) -> None:
    row = raw.execute(
        "SELECT type, srid FROM geometry_columns WHERE f_table_schema = %s "
        "AND f_table_name = %s AND f_geometry_column = 'geom'",
        (schema_name, table),
    ).fetchone()
    problems = []
    if row is None:
        problems.append("no geometry_columns entry")
    elif row[0] != _TYPES[gtype] or int(row[1]) != 4490:
        problems.append(f"geometry_columns says {row[0]}/{row[1]}, want {gtype}/4490")
    qualified = f"{quote_ident(schema_name)}.{quote_ident(table)}"
    pk = raw.execute(
        "SELECT count(*) FROM pg_index WHERE indrelid = to_regclass(%s) AND indisprimary",
        (qualified,),
    ).fetchone()[0]
    if not pk:
        problems.append("no primary key (QGIS needs one)")
    gist = raw.execute(
        "SELECT count(*) FROM pg_indexes WHERE schemaname = %s AND tablename = %s "
        "AND indexdef ILIKE '%%USING gist%%'",
        (schema_name, table),
    ).fetchone()[0]
    if not gist:
        problems.append("no GiST index")
    names = {
        r[0]
        for r in raw.execute(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = to_regclass(%s)",
            (qualified,),
        )
    }
    missing = [t for t in _TRIGGERS if t not in names]
    if missing:
        problems.append(f"audit triggers missing: {', '.join(missing)}")
    invalid = raw.execute(
        f"SELECT count(*) FROM {qualified} WHERE NOT ST_IsValid(geom)"
    ).fetchone()[0]
    if invalid:
        report.lines.append(f"warning: {table}: {invalid} invalid geometr(ies)")
    if problems:
        report.error(f"{schema_name}.{table}: " + "; ".join(problems))
    else:
        count = raw.execute(f"SELECT count(*) FROM {qualified}").fetchone()[0]
        report.info(f"{table}: {count} features, {gtype}, EPSG:4490, GiST, audited")


def _check_roles(raw: Any, report: CheckReport) -> None:
    found = {
        r[0]
        for r in raw.execute(
            "SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)",
            (list(GROUPS.values()),),
        )
    }
    missing = sorted(set(GROUPS.values()) - found)
    if missing:
        report.lines.append(
            f"note: roles {', '.join(missing)} missing; run `python main.py db-init`"
        )
    else:
        report.info("roles zp_viewer, zp_editor, zp_approver, zp_admin")
