"""``check`` command: is a project file sound, and does GDAL agree?

Runs SQLite's integrity and foreign-key checks, compares the schema version
with this app's, reads every layer with pyogrio (count, geometry type, CRS)
against our own count, and runs GDAL's validate_gpkg.py. That script needs
only sqlite3: it imports ``osgeo`` inside a try/except and skips the few
tile checks that need GDAL when it is missing, so it runs here as is.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from db import connection, migrate, schema
from db.errors import ProjectError
from db.sql_names import quote_ident

log = logging.getLogger(__name__)

_OGR_TYPES = {"MULTIPOLYGON": "MultiPolygon", "POINT": "Point"}


@dataclass
class CheckReport:
    """Outcome of :func:`check_project`: ``ok`` and human-readable lines."""

    ok: bool = True
    lines: list[str] = field(default_factory=list)

    def error(self, msg: str) -> None:
        """Record a failure."""
        self.ok = False
        self.lines.append(f"ERROR: {msg}")

    def info(self, msg: str) -> None:
        """Record a passed check."""
        self.lines.append(f"ok: {msg}")


def check_project(path: str | Path) -> CheckReport:
    """Check a project file without changing it; return the report.

    Each ``ok:`` line is written only after its check ran and passed; a
    check that failed or could not run gives ``ERROR:`` lines instead.
    """
    path = Path(path)
    report = CheckReport()
    try:
        conn = connection.probe(path)  # read-only; raises for foreign/corrupt files
    except (ProjectError, OSError, sqlite3.Error) as exc:
        report.error(str(exc))
        return report
    try:
        _check_full_integrity(conn, report)
        if not report.ok:
            return report  # counts and GDAL reads of a damaged file mean nothing
        _check_version(conn, report)
        counts = {t: _count(conn, t) for t in schema.SPATIAL_TABLES}
    except sqlite3.DatabaseError as exc:
        report.error(f"SQLite cannot read the file: {exc}")
        return report
    finally:
        conn.close()
    _check_layers(path, counts, report)
    _check_gdal_validator(path, report)
    return report


def _count(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {quote_ident(table)}").fetchone()[0])


def _check_full_integrity(conn: sqlite3.Connection, report: CheckReport) -> None:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check(50)")]
    if rows == ["ok"]:
        report.info("SQLite integrity_check")
    else:
        for r in rows:
            report.error(f"integrity_check: {r}")
    bad = conn.execute("PRAGMA foreign_key_check").fetchall()
    for table, rowid, parent, _ in bad:
        report.error(f"{table} row {rowid}: missing {parent} row (foreign key)")
    if not bad:
        report.info("foreign keys")


def _check_version(conn: sqlite3.Connection, report: CheckReport) -> None:
    have, app = migrate.file_schema_version(conn), migrate.app_schema_version()
    if have > app:
        report.error(f"schema v{have} is newer than this app's v{app}")
    elif have < app:
        report.lines.append(
            f"note: schema v{have} < v{app}; it is upgraded when opened for writing"
        )
    else:
        report.info(f"schema version v{have}")


def _check_layers(path: Path, counts: dict[str, int], report: CheckReport) -> None:
    import pyogrio

    for table, gtype in schema.SPATIAL_TABLES.items():
        try:
            info = pyogrio.read_info(path, layer=table)
        except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
            report.error(f"{table}: GDAL cannot read the layer ({exc})")
            continue
        problems = []
        if info["features"] != counts[table]:
            problems.append(f"GDAL counts {info['features']}, we count {counts[table]}")
        if info["geometry_type"] != _OGR_TYPES[gtype]:
            problems.append(f"geometry type {info['geometry_type']} != {gtype}")
        if info["crs"] != "EPSG:4490":
            problems.append(f"CRS {info['crs']} != EPSG:4490")
        if problems:
            report.error(f"{table}: " + "; ".join(problems))
        else:
            report.info(f"{table}: {counts[table]} features, {gtype}, EPSG:4490")


def _check_gdal_validator(path: Path, report: CheckReport) -> None:
    try:
        from osgeo_utils.samples import validate_gpkg
    except ImportError:
        report.lines.append("note: gdal-utils not installed; GDAL validator skipped")
        return
    warnings: list[str] = []
    try:
        errors = validate_gpkg.check(
            str(path),
            abort_at_first_error=False,
            warning_msg=True,
            myprint=warnings.append,
        )
    except Exception as exc:
        # GDAL's script raises whatever it meets; the report says so, never "ok".
        log.debug("validate_gpkg aborted on %s", path, exc_info=exc)
        report.error(f"GDAL validate_gpkg stopped: {type(exc).__name__}: {exc}")
        return
    for req, msg in errors:
        report.error(f"GDAL validate_gpkg (requirement {req}): {msg}")
    for w in warnings:
        report.lines.append(f"warning: GDAL validate_gpkg: {w}")
    if not errors:
        report.info("GDAL validate_gpkg: no errors")
