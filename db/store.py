"""ProjectStore: the one engine of a project file, and its transactions.

Every user action is one transaction (``with store.action(user, "Import
zones") as tx:``); an exception anywhere inside rolls everything back and
the file on disk is unchanged. Writes begin with ``BEGIN IMMEDIATE`` so a
lock held by another program is reported before any work is done.
"""

from __future__ import annotations

import sqlite3
import threading
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import exc as sa_exc

from db import (
    audit,
    connection,
    fast_read,
    feature_writes,
    frames,
    gpkg_meta,
    migrate,
    schema,
)
from db.errors import NetworkShareWarning, ReadOnlyProjectError
from db.sql_names import quote_ident
from db.store_api import Role, SettingsAndLayouts


@dataclass
class Action:
    """One open user action (transaction) on a store; use via ``store.action``."""

    store: ProjectStore
    conn: Any  # sqlalchemy Connection inside its transaction
    user: str
    name: str
    now: str
    commit_callbacks: list[Callable[[], None]] = field(default_factory=list)

    @property
    def cursor(self) -> Any:
        """Return a raw sqlite3 cursor in this action's transaction."""
        return self.conn.connection.driver_connection.cursor()

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the outermost action has committed."""
        self.commit_callbacks.append(callback)


class ProjectStore(SettingsAndLayouts):
    """A ZonePlanner project GeoPackage, opened through one SQLAlchemy engine.

    Use :meth:`create` or :meth:`open`, never the constructor.

    Attributes
    ----------
    path : Path
    read_only : bool
    read_only_reason : str
        Why the store is read-only ("" if it is not or the caller asked).
    schema_version : int
    backup_path : Path or None
        The backup taken before a migration on open, if any.
    """

    def __init__(
        self,
        path: Path,
        read_only: bool,
        busy_timeout_ms: int,
        clock: Callable[[], str] | None,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.read_only_reason = ""
        self.schema_version = 0
        self.backup_path: Path | None = None
        self._clock = clock or gpkg_meta.now_iso
        self._engine = connection.make_engine(self.path, read_only, busy_timeout_ms)
        self._local = threading.local()

    # --- opening ---------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: str | Path,
        overwrite: bool = False,
        clock: Callable[[], str] | None = None,
        allow_network: bool = False,
        busy_timeout_ms: int = connection.DEFAULT_BUSY_TIMEOUT_MS,
        revision: str = "head",
    ) -> ProjectStore:
        """Create a new, empty project file at schema head and open it.

        ``revision`` builds an older schema instead (migration tests, tools).
        Raises FileExistsError if ``path`` exists and ``overwrite`` is False.
        """
        path = Path(path)
        _check_network(path, allow_network, read_only=False)
        if path.exists() and not overwrite:
            raise FileExistsError(f"{path} already exists; choose another name")
        for p in (path, *_sidecars(path)):
            p.unlink(missing_ok=True)
        raw = sqlite3.connect(path)  # mode=rw needs the file to exist
        try:
            # WAL persists in the file, so every later connection (ours,
            # GDAL's, QGIS's) uses it; it cannot be set inside a transaction.
            raw.execute("PRAGMA journal_mode = WAL")
        finally:
            raw.close()
        store = cls(path, False, busy_timeout_ms, clock)
        with store._engine.connect().execution_options(zp_begin="IMMEDIATE") as conn:
            with conn.begin():
                migrate.upgrade(conn, revision, now=store.now())
        store.schema_version = migrate.schema_number(
            migrate.head_revision() if revision == "head" else revision
        )
        return store

    @classmethod
    def open(
        cls,
        path: str | Path,
        read_only: bool = False,
        allow_network: bool = False,
        busy_timeout_ms: int = connection.DEFAULT_BUSY_TIMEOUT_MS,
        clock: Callable[[], str] | None = None,
    ) -> ProjectStore:
        """Open an existing project, migrating an older schema after a backup.

        A file from a newer ZonePlanner opens read-only with
        :attr:`read_only_reason` set.

        Raises
        ------
        FileNotFoundError, NotAProjectError, CorruptProjectError,
        ProjectLockedError, NetworkShareWarning
        """
        path = Path(path)
        _check_network(path, allow_network, read_only)
        probe = connection.probe(path)
        try:
            version = migrate.file_schema_version(probe)
            app = migrate.app_schema_version()
            reason = ""
            if version > app:
                read_only = True
                reason = (
                    f"{path.name} was created by a newer ZonePlanner "
                    f"(schema v{version} > v{app}); opened read-only."
                )
        finally:
            probe.close()
        if not read_only:
            connection.probe_write_lock(path, busy_timeout_ms)
        store = cls(path, read_only, busy_timeout_ms, clock)
        store.read_only_reason = reason
        store.schema_version = version
        if version < app:
            if read_only:
                store.read_only_reason = (
                    f"{path.name} uses an older schema (v{version} < v{app}); "
                    "open it for writing to upgrade it."
                )
            else:
                store._upgrade(version)
        return store

    def _upgrade(self, version: int) -> None:
        self.backup_path = migrate.backup(self.path, version)
        try:
            with self._write_conn() as conn, conn.begin():
                migrate.upgrade(conn, "head", now=self.now())
        except sa_exc.OperationalError as exc:
            if connection.is_locked_error(exc):
                raise connection.locked_error(self.path, exc) from exc
            raise
        self.schema_version = migrate.app_schema_version()

    def close(self) -> None:
        """Close every connection (checkpointing the WAL into the file)."""
        self._engine.dispose()

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"ProjectStore({str(self.path)!r}, {mode}, v{self.schema_version})"

    def now(self) -> str:
        """Return the store clock's UTC ISO timestamp (fixed in the demo)."""
        return self._clock()

    backend = "gpkg"
    #: The feature writer of this backend (db.changes calls it inside actions).
    writes = feature_writes

    @property
    def location(self) -> str:
        """Return the project file's path as text."""
        return str(self.path)

    @property
    def display_name(self) -> str:
        """Return the file name (for titles)."""
        return self.path.name

    def role(self) -> Role:
        """Return ``admin`` on a writable file (its owner may do anything), else viewer."""
        return "viewer" if self.read_only else "admin"

    # --- actions ---------------------------------------------------------
    def _write_conn(self) -> Any:
        return self._engine.connect().execution_options(zp_begin="IMMEDIATE")

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyProjectError(
                self.read_only_reason or f"{self.path.name} is open read-only."
            )

    @contextmanager
    def action(self, user: str, name: str) -> Iterator[Action]:
        """Run one user action as one transaction; roll back on any exception.

        Nested calls join the outer action (one transaction per user action).
        """
        self._require_writable()
        outer: Action | None = getattr(self._local, "action", None)
        if outer is not None:
            yield outer
            return
        try:
            with self._write_conn() as conn:
                with conn.begin():
                    tx = Action(self, conn, user, name, self.now())
                    self._local.action = tx
                    try:
                        yield tx
                    finally:
                        self._local.action = None
                for cb in tx.commit_callbacks:
                    cb()
        except sa_exc.OperationalError as exc:
            if connection.is_locked_error(exc):
                raise connection.locked_error(self.path, exc) from exc
            raise

    @contextmanager
    def _in_action(self, user: str, name: str) -> Iterator[Action]:
        with self.action(user, name) as tx:
            yield tx

    # --- reading ---------------------------------------------------------
    def read_table(
        self, table: str, where: Mapping[str, Sequence[Any]] | None = None
    ) -> pd.DataFrame:
        """Return a table as a frame indexed by its primary key.

        Spatial tables come back as a GeoDataFrame (geometry ``geometry``,
        EPSG:4490 lon/lat); ``where`` maps column -> allowed values.
        """
        cols = [c.name for c in schema.table(table).columns]
        sql = f"SELECT {', '.join(quote_ident(c) for c in cols)} FROM {quote_ident(table)}"
        params: list[Any] = []
        where = {col: list(values) for col, values in (where or {}).items()}
        if where:
            parts = []
            for col, values in where.items():
                if col not in cols:
                    raise KeyError(f"{table} has no column {col!r}")
                parts.append(f"{quote_ident(col)} IN ({', '.join('?' * len(values))})")
                params += values
            sql += " WHERE " + " AND ".join(parts)
        sql += f' ORDER BY "{schema.pk_column(table)}"'
        with frames.no_gc():
            with self._engine.connect() as conn, conn.begin():
                raw = connection.driver_connection(conn)
                # Large layers: GDAL's columnar reader on an in-memory snapshot
                # of this same read transaction (db.fast_read); None = plain.
                fast = fast_read.read_layer(raw, table, cols, where)
                if fast is not None:
                    return fast
                rows = raw.cursor().execute(sql, params).fetchall()
            return frames.build_frame(table, cols, rows)

    def count(self, table: str) -> int:
        """Return the number of rows of a table."""
        schema.table(table)
        with self._engine.connect() as conn:
            return int(
                conn.exec_driver_sql(
                    f"SELECT count(*) FROM {quote_ident(table)}"
                ).scalar_one()
            )

    # --- writing ---------------------------------------------------------
    def write_settings(self, values: dict[str, Any], user: str = "") -> None:
        """Store several settings in one action (one audit summary row)."""
        with self._in_action(user, "Save settings") as tx:
            tx.cursor.executemany(
                "INSERT OR REPLACE INTO zp_settings VALUES (?, ?)",
                [(k, audit.dumps(v)) for k, v in values.items()],
            )
            audit.write_summary(
                tx.cursor,
                tx.now,
                user,
                "settings",
                "zp_settings",
                {"keys": sorted(values)},
            )

    def write_layouts(self, layouts: dict[str, dict[str, Any]], user: str = "") -> None:
        """Replace the saved print layouts with ``layouts``."""
        with self._in_action(user, "Save layouts") as tx:
            cur = tx.cursor
            cur.execute("DELETE FROM zp_layouts")
            cur.executemany(
                "INSERT INTO zp_layouts VALUES (?, ?, ?)",
                [(k, audit.dumps(v), tx.now) for k, v in layouts.items()],
            )

    def insert_features(
        self,
        table: str,
        gdf: pd.DataFrame,
        user: str,
        source: str | None = None,
        keep_fids: bool = False,
    ) -> np.ndarray:
        """Insert rows with new fids (returned, in row order); bulk and indexed.

        ``keep_fids`` copies rows as they are (fid = index, bookkeeping kept).
        See :mod:`db.audit` for how inserts are audited.
        """
        with frames.no_gc(), self._in_action(user, f"Insert into {table}") as tx:
            return feature_writes.insert(tx, table, gdf, source, keep_fids)

    def insert_records(
        self, table: str, records: Sequence[dict[str, Any]], user: str
    ) -> None:
        """Insert plain rows into a keyed app table, audited as one summary row."""
        if not records:
            return
        cols = [c.name for c in schema.table(table).columns]
        names = [c for c in cols if any(c in r for r in records)]
        pk = schema.pk_column(table)
        with self._in_action(user, f"Insert into {table}") as tx:
            tx.cursor.executemany(
                f"INSERT INTO {quote_ident(table)} "
                f"({', '.join(quote_ident(c) for c in names)}) "
                f"VALUES ({', '.join('?' * len(names))})",
                [tuple(r.get(c) for c in names) for r in records],
            )
            keys = sorted(str(r.get(pk)) for r in records)
            audit.write_summary(
                tx.cursor, tx.now, user, "insert", table, {"keys": keys}
            )

    def update_features(
        self, table: str, gdf_changed: pd.DataFrame, user: str
    ) -> dict[int, int]:
        """Update rows (index = fid) if their ``row_version`` still matches.

        Returns ``{fid: new row_version}``. Raises :class:`ConflictError`
        listing every row changed or deleted since it was loaded; nothing is
        written then.
        """
        with self._in_action(user, f"Update {table}") as tx:
            return feature_writes.update(tx, table, gdf_changed)

    def delete_features(
        self,
        table: str,
        fids: Sequence[int],
        user: str,
        row_versions: Sequence[int] | None = None,
    ) -> int:
        """Delete rows by fid; with ``row_versions``, conflict-checked first."""
        with self._in_action(user, f"Delete from {table}") as tx:
            return feature_writes.delete(tx, table, fids, row_versions)

    def save_layer_changes(
        self, layer: Any, baseline: pd.DataFrame, user: str = ""
    ) -> Any:
        """Write a layer's in-memory edits against ``baseline`` in one action.

        See :func:`db.changes.save_layer_changes`.
        """
        from db.changes import save_layer_changes

        return save_layer_changes(self, layer, baseline, user)


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _check_network(path: Path, allow: bool, read_only: bool) -> None:
    fs = connection.network_fs_type(path.parent if not path.exists() else path)
    if fs is None or allow:
        return
    msg = (
        f"{path} is on a network share ({fs}); SQLite's locking is unreliable "
        "there and a project can be damaged. Copy it to a local disk, or pass "
        "allow_network=True to accept the risk."
    )
    if read_only:
        warnings.warn(msg, NetworkShareWarning, stacklevel=3)
        return
    raise NetworkShareWarning(msg)
