"""Opening the project file: the engine, its pragmas, and the checks before it.

Every connection gets the same pragmas and the R-tree trigger functions from
one SQLAlchemy ``connect`` event; transactions are begun by us (``BEGIN`` /
``BEGIN IMMEDIATE``) rather than by the sqlite3 module, so DDL is
transactional too (the pysqlite recipe in SQLAlchemy's SQLite notes).
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import QueuePool

from db import gpkg_meta
from db.errors import CorruptProjectError, NotAProjectError, ProjectLockedError

NETWORK_FS_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs"}
)
GPKG_APPLICATION_IDS = (0x47504B47, 0x47503130, 0x47503131)  # GPKG, GP10, GP11
DEFAULT_BUSY_TIMEOUT_MS = 5000


def driver_connection(conn: Connection) -> Any:
    """Return the driver's own connection (sqlite3 or psycopg) under ``conn``.

    SQLAlchemy types it optional: only a closed or invalidated connection has none.
    """
    raw = conn.connection.driver_connection
    if raw is None:
        raise RuntimeError("the database connection is closed")
    return raw


def file_uri(path: Path, read_only: bool) -> str:
    """Return the SQLite URI of ``path`` (percent-encoded; ``mode=ro`` if asked)."""
    uri = Path(path).resolve().as_uri()
    return uri + ("?mode=ro" if read_only else "?mode=rw")


def make_engine(
    path: Path, read_only: bool, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> Engine:
    """Return the one engine of a project file, with our pragmas on connect.

    A read-only store on a writable file opens read-write with
    ``PRAGMA query_only``: a ``mode=ro`` connection cannot remove the ``-wal``
    and ``-shm`` files of a WAL database when it closes, and would leave them
    next to the planner's project after every print or export.
    """
    ro_uri = read_only and not _writable(Path(path))
    uri = file_uri(path, ro_uri)

    def creator() -> sqlite3.Connection:
        # Our own busy handling: sqlite3's timeout is the same busy_timeout.
        return sqlite3.connect(
            uri, uri=True, timeout=busy_timeout_ms / 1000, check_same_thread=False
        )

    engine = create_engine(
        "sqlite://", creator=creator, poolclass=QueuePool, pool_size=2, max_overflow=4
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _rec: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        gpkg_meta.register_functions(dbapi_conn)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if read_only:
            cur.execute("PRAGMA query_only = ON")
        else:
            # FULL: a committed save survives power loss, not just a crash.
            cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("zp_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine


def _writable(path: Path) -> bool:
    """Return True if SQLite could write ``path`` and its -wal/-shm files."""
    return os.access(path, os.W_OK) and os.access(path.resolve().parent, os.W_OK)


def is_locked_error(exc: BaseException) -> bool:
    """Return True if ``exc`` (or its cause) is SQLite's busy/locked error."""
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database is busy" in text


def locked_error(path: Path, exc: BaseException) -> ProjectLockedError:
    """Return the planner-facing error for a lock held elsewhere."""
    detail = str(getattr(exc, "orig", exc))
    return ProjectLockedError(
        f"{Path(path).name} is locked by another program ({detail}); "
        "close it there and try again."
    )


def probe(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and check it is a sound GeoPackage project.

    Returns the open read-only connection (the caller closes it). Nothing is
    ever written here, so a foreign file is left exactly as it was.

    Raises
    ------
    FileNotFoundError, NotAProjectError, CorruptProjectError, ProjectLockedError
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"project file not found: {path}")
    name = path.name
    if path.stat().st_size == 0:
        raise NotAProjectError(f"{name} is empty, not a GeoPackage project file.")
    try:
        conn = sqlite3.connect(file_uri(path, True), uri=True, timeout=5.0)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        if is_locked_error(exc):
            raise locked_error(path, exc) from exc
        text = str(exc)
        if "not a database" in text:
            raise NotAProjectError(
                f"{name} is not a GeoPackage (not an SQLite database: {text})."
            ) from exc
        raise CorruptProjectError(f"{name} cannot be read: {text}.") from exc
    if app_id not in GPKG_APPLICATION_IDS or "gpkg_contents" not in names:
        conn.close()
        raise NotAProjectError(
            f"{name} is an SQLite database but not a GeoPackage "
            f"(application_id {app_id:#x}, no gpkg_contents table)."
        )
    if "zp_schema_version" not in names:
        conn.close()
        raise NotAProjectError(
            f"{name} is a GeoPackage but not a ZonePlanner project; "
            "add or import its layers into a project instead."
        )
    try:
        check_integrity(conn, name)
    except BaseException:
        conn.close()
        raise
    return conn


def check_integrity(conn: sqlite3.Connection, name: str) -> None:
    """Run quick_check and foreign_key_check; CorruptProjectError on failure."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(20)")]
        if rows != ["ok"]:
            raise CorruptProjectError(
                f"{name} is damaged (SQLite quick_check): " + "; ".join(rows)
            )
        bad = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_locked_error(exc):
            raise locked_error(Path(name), exc) from exc
        raise CorruptProjectError(f"{name} is damaged: {exc}.") from exc
    if bad:
        shown = ", ".join(
            f"{t} row {rid} -> {parent}" for t, rid, parent, _ in bad[:10]
        )
        raise CorruptProjectError(
            f"{name} has {len(bad)} broken reference(s) (foreign_key_check): {shown}"
        )


def probe_write_lock(path: Path, busy_timeout_ms: int) -> None:
    """Take and release the write lock once, to report a lock before any edit.

    Nothing is written: ``BEGIN IMMEDIATE`` + ``ROLLBACK`` only takes the lock.
    """
    conn = sqlite3.connect(
        file_uri(path, False),
        uri=True,
        timeout=busy_timeout_ms / 1000,
        isolation_level=None,
    )
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if is_locked_error(exc):
            raise locked_error(path, exc) from exc
        raise
    finally:
        conn.close()


def network_fs_type(path: Path, mounts_text: str | None = None) -> str | None:
    """Return the network file-system type ``path`` lives on, or None.

    Linux: the longest mount point of /proc/mounts containing the path.
    Windows: UNC paths (``\\\\server\\share``) count as network.
    """
    raw = str(path)
    if raw.startswith("\\\\") or raw.startswith("//"):
        return "unc"
    if sys.platform == "win32":
        return None
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text()
        except OSError:
            return None
    real = os.path.realpath(path)
    best, best_type = "", None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mnt = parts[1].replace("\\040", " ")
        inside = real == mnt or real.startswith(mnt.rstrip("/") + "/")
        if inside and len(mnt) > len(best):
            best, best_type = mnt, parts[2]
    return best_type if best_type in NETWORK_FS_TYPES else None
