"""PostgisStore: a team project in a PostgreSQL/PostGIS schema, same interface.

The schema, row versions, audit log and settings are those of the project
file (db.schema, the same Alembic migrations); the server does the
bookkeeping with triggers (db.pg_meta) and enforces the roles (db.pg_roles).
One SQLAlchemy engine (psycopg 3) per store; each user action is one
transaction on one pooled connection, carrying ``zp.now`` (the store clock),
``zp.session`` (so our own change notifications can be told from others')
and ``zp.source`` (bulk-insert audit) as transaction-local settings.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from db import audit, frames, gpkg_meta, migrate, pg_connect, pg_read, pg_writes, schema
from db.connection import driver_connection
from db.errors import (
    NotAProjectError,
    PermissionDeniedError,
    ReadOnlyProjectError,
    ServerUnreachableError,
)
from db.pg_connect import PgTarget
from db.sql_names import quote_ident
from db.store_api import Role, SettingsAndLayouts

log = logging.getLogger(__name__)


@dataclass
class PgAction:
    """One open user action (transaction) on a PostGIS store."""

    store: PostgisStore
    conn: Any  # sqlalchemy Connection inside its transaction
    user: str
    name: str
    now: str
    cursor: Any  # psycopg cursor on the same connection
    commit_callbacks: list[Callable[[], None]] = field(default_factory=list)

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the outermost action has committed."""
        self.commit_callbacks.append(callback)


class PostgisStore(SettingsAndLayouts):
    """A ZonePlanner project in a PostGIS schema; open with :meth:`open`/:meth:`create`.

    Attributes
    ----------
    target : PgTarget
    read_only : bool
    read_only_reason : str
    schema_version : int
    session_id : str
        Sent with every change notification, so a listener can skip ours.
    """

    backend = "postgis"
    #: The feature writer of this backend (db.changes calls it inside actions).
    writes = pg_writes

    def __init__(
        self, target: PgTarget, read_only: bool, clock: Callable[[], str] | None
    ) -> None:
        from sqlalchemy import create_engine

        self.target = target
        self.read_only = read_only
        self.read_only_reason = ""
        self.schema_version = 0
        self.backup_path = None
        self.path = None
        self.session_id = uuid.uuid4().hex
        self._clock = clock or gpkg_meta.now_iso
        self._local = threading.local()
        self._user: str | None = None
        self._role: Role | None = None  # as last asked (named in a refusal)
        self._engine = create_engine(
            "postgresql+psycopg://",
            creator=lambda: pg_connect.connect(target),
            pool_pre_ping=True,
            pool_size=2,
            max_overflow=6,
        )

    # --- opening ---------------------------------------------------------
    @classmethod
    def create(
        cls,
        target: PgTarget | str,
        overwrite: bool = False,
        clock: Callable[[], str] | None = None,
        revision: str = "head",
    ) -> PostgisStore:
        """Create the project schema (PostGIS, tables, triggers) and open it.

        Raises FileExistsError if the schema already holds a project and
        ``overwrite`` is False.
        """
        target = _target(target)
        s = quote_ident(target.schema)
        with pg_connect.connect(target, autocommit=True) as raw:
            _ensure_postgis(raw, target)
            if _schema_version(raw, target.schema) is not None:
                if not overwrite:
                    raise FileExistsError(
                        f"{target.display} already holds a ZonePlanner project; "
                        "choose another schema"
                    )
                raw.execute(f"DROP SCHEMA {s} CASCADE")
            raw.execute(f"CREATE SCHEMA IF NOT EXISTS {s}")
        store = cls(target, False, clock)
        store._run_migrations(revision)
        store.schema_version = migrate.schema_number(
            migrate.head_revision() if revision == "head" else revision
        )
        return store

    @classmethod
    def open(
        cls,
        target: PgTarget | str,
        read_only: bool = False,
        clock: Callable[[], str] | None = None,
    ) -> PostgisStore:
        """Open the project in ``target``'s schema; migrate an older schema.

        Raises
        ------
        NotAProjectError, SignInError, ServerUnreachableError
        """
        target = _target(target)
        with pg_connect.connect(target, autocommit=True) as raw:
            version = _schema_version(raw, target.schema)
        if version is None:
            raise NotAProjectError(
                f"{target.display} holds no ZonePlanner project (schema "
                f"{target.schema!r} has no zp_schema_version table); publish one "
                "with `python main.py publish PROJECT.gpkg URL`."
            )
        app = migrate.app_schema_version()
        store = cls(target, read_only, clock)
        store.schema_version = version
        if version > app:
            store.read_only = True
            store.read_only_reason = (
                f"{target.display} was created by a newer ZonePlanner "
                f"(schema v{version} > v{app}); opened read-only."
            )
        elif version < app and read_only:
            store.read_only_reason = (
                f"{target.display} uses an older schema (v{version} < v{app}); "
                "ask an administrator to open it for writing to upgrade it."
            )
        elif version < app:
            store._run_migrations("head")
            store.schema_version = app
        return store

    def _run_migrations(self, revision: str) -> None:
        with self._errors(), self._engine.connect() as conn, conn.begin():
            migrate.upgrade(conn, revision, now=self.now())

    def close(self) -> None:
        """Close every pooled connection."""
        self._engine.dispose()

    def __enter__(self) -> PostgisStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"PostgisStore({self.target.display!r}, {mode}, v{self.schema_version})"

    @property
    def location(self) -> str:
        """Return the target as a URL or service string without the password."""
        return self.target.redacted()

    @property
    def display_name(self) -> str:
        """Return ``db@host/schema (user)`` for the window title."""
        return f"{self.target.display} ({self.current_user()})"

    def now(self) -> str:
        """Return the store clock's UTC ISO timestamp."""
        return self._clock()

    def current_user(self) -> str:
        """Return the database user this store signed in as."""
        if self._user is None:
            with self._errors(), self._engine.connect() as conn:
                self._user = str(conn.exec_driver_sql("SELECT session_user").scalar())
        return self._user

    def role(self) -> Role:
        """Return the signed-in user's role, as the server's GRANTs define it."""
        from db import pg_roles

        if self.read_only:
            return "viewer"
        with self._errors(), self._engine.connect() as conn:
            self._role = pg_roles.signed_in_role(conn.connection.driver_connection)
        return self._role

    # --- errors ----------------------------------------------------------
    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn driver errors the planner must understand into ours."""
        import psycopg
        from sqlalchemy import exc as sa_exc

        try:
            yield
        except (psycopg.Error, sa_exc.DBAPIError) as exc:
            orig = getattr(exc, "orig", None) or exc
            if isinstance(orig, psycopg.errors.InsufficientPrivilege):
                raise self._refused(orig) from exc
            if isinstance(orig, psycopg.OperationalError) or (
                isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated
            ):
                raise ServerUnreachableError(
                    f"The database server for {self.target.display} is unreachable "
                    f"({_first_line(orig)}). Nothing was saved; your edits are "
                    "kept. Try again when the server is back."
                ) from exc
            raise

    def _refused(self, orig: BaseException) -> PermissionDeniedError:
        """Return the planner's error for a change the server refused (42501)."""
        from db import pg_roles

        first = _first_line(orig)
        what = pg_roles.refusal(first)
        role = self._role or ""
        needs = ""
        if what.needed:
            needs = f"It needs the {what.needed} role"
            needs += f"; you are signed in as {role}. " if role else ". "
        return PermissionDeniedError(
            f"The database refused this change for user {self._user or 'you'}: "
            f"{first}. {needs}Your role does not allow it; nothing was saved.",
            user=self._user or "",
            table=what.table,
            needed=what.needed,
            role=role,
            status=what.status,
            case_no=what.case_no,
        )

    # --- actions ---------------------------------------------------------
    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyProjectError(
                self.read_only_reason or f"{self.target.display} is open read-only."
            )

    @contextmanager
    def action(self, user: str, name: str) -> Iterator[PgAction]:
        """Run one user action as one transaction; roll back on any exception.

        Nested calls join the outer action (one transaction per user action).
        """
        self._require_writable()
        outer: PgAction | None = getattr(self._local, "action", None)
        if outer is not None:
            yield outer
            return
        with self._errors():
            with self._engine.connect() as conn:
                with conn.begin():
                    raw = driver_connection(conn)
                    cur = raw.cursor()
                    now = self.now()
                    cur.execute(
                        "SELECT set_config('zp.now', %s, true), "
                        "set_config('zp.session', %s, true), session_user",
                        (now, self.session_id),
                    )
                    # The server stamps rows and audit with the database user,
                    # so the action (and what callers stamp in memory) does too.
                    self._user = str(cur.fetchone()[2])
                    tx = PgAction(self, conn, self._user, name, now, cur)
                    self._local.action = tx
                    try:
                        yield tx
                    finally:
                        self._local.action = None
                for cb in tx.commit_callbacks:
                    cb()

    # --- reading ---------------------------------------------------------
    def read_table(
        self, table: str, where: Mapping[str, Sequence[Any]] | None = None
    ) -> pd.DataFrame:
        """Return a table as a frame indexed by its primary key (committed data)."""
        cols = [c.name for c in schema.table(table).columns]
        where_lists = {col: list(v) for col, v in (where or {}).items()}
        with self._errors(), self._engine.connect() as conn:
            raw = driver_connection(conn)
            try:
                big = not where_lists and (
                    pg_read.estimated_rows(raw, table) >= pg_read.ARROW_MIN_ROWS
                )
                fast = pg_read.read_arrow(self.target, table, cols) if big else None
                if fast is not None:
                    return fast
                return pg_read.read_table(raw, table, cols, where_lists)
            finally:
                raw.rollback()

    def count(self, table: str) -> int:
        """Return the number of rows of a table."""
        schema.table(table)
        with self._errors(), self._engine.connect() as conn:
            sql = f"SELECT count(*) FROM {quote_ident(table)}"
            return int(conn.exec_driver_sql(sql).scalar_one())

    # --- writing ---------------------------------------------------------
    def write_settings(self, values: dict[str, Any], user: str = "") -> None:
        """Store several settings in one action (audited by the server)."""
        with self.action(user, "Save settings") as tx:
            # One statement: the server audits it as one summary row.
            tx.cursor.execute(
                "INSERT INTO zp_settings (key, value_json) "
                "SELECT * FROM unnest(%s::text[], %s::text[]) "
                "ON CONFLICT (key) DO UPDATE SET value_json = EXCLUDED.value_json",
                (list(values), [audit.dumps(v) for v in values.values()]),
            )

    def write_layouts(self, layouts: dict[str, dict[str, Any]], user: str = "") -> None:
        """Replace the saved print layouts with ``layouts``."""
        with self.action(user, "Save layouts") as tx:
            tx.cursor.execute("DELETE FROM zp_layouts")
            tx.cursor.executemany(
                "INSERT INTO zp_layouts (name, layout_json, updated_at) "
                "VALUES (%s, %s, %s)",
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
        """Insert rows (COPY) and return their fids in row order."""
        with frames.no_gc(), self.action(user, f"Insert into {table}") as tx:
            return pg_writes.insert(tx, table, gdf, source, keep_fids)

    def update_features(
        self, table: str, gdf_changed: pd.DataFrame, user: str
    ) -> dict[int, int]:
        """Update rows whose ``row_version`` still matches; ConflictError if not."""
        with self.action(user, f"Update {table}") as tx:
            return pg_writes.update(tx, table, gdf_changed)

    def delete_features(
        self,
        table: str,
        fids: Sequence[int],
        user: str,
        row_versions: Sequence[int] | None = None,
    ) -> int:
        """Delete rows by fid; with ``row_versions``, conflict-checked first."""
        with self.action(user, f"Delete from {table}") as tx:
            return pg_writes.delete(tx, table, fids, row_versions)

    def insert_records(
        self, table: str, records: Sequence[dict[str, Any]], user: str
    ) -> None:
        """Insert plain rows into a keyed app table (audited by the server)."""
        if not records:
            return
        cols = [c.name for c in schema.table(table).columns]
        names = [c for c in cols if any(c in r for r in records)]
        with self.action(user, f"Insert into {table}") as tx:
            tx.cursor.executemany(
                f"INSERT INTO {quote_ident(table)} "
                f"({', '.join(quote_ident(c) for c in names)}) "
                f"VALUES ({', '.join(['%s'] * len(names))})",
                [tuple(r.get(c) for c in names) for r in records],
            )

    def save_layer_changes(
        self, layer: Any, baseline: pd.DataFrame, user: str = ""
    ) -> Any:
        """Write a layer's in-memory edits against ``baseline`` in one action."""
        from db.changes import save_layer_changes

        return save_layer_changes(self, layer, baseline, user)


def _target(target: PgTarget | str) -> PgTarget:
    return target if isinstance(target, PgTarget) else pg_connect.parse_target(target)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _ensure_postgis(raw: Any, target: PgTarget) -> None:
    """Create the PostGIS extension if it is missing (needs a privileged user)."""
    import psycopg

    have = raw.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
    if have.fetchone():
        return
    try:
        raw.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    except psycopg.errors.InsufficientPrivilege as exc:
        raise PermissionDeniedError(
            f"{target.display}: PostGIS is not installed in this database and "
            "your user may not install it; ask the administrator to run "
            "CREATE EXTENSION postgis."
        ) from exc


def _schema_version(raw: Any, schema_name: str) -> int | None:
    """Return the project schema version in ``schema_name``, None if no project."""
    found = raw.execute(
        "SELECT to_regclass(format('%%I.zp_schema_version', %s::text)), "
        "to_regclass(format('%%I.alembic_version', %s::text))",
        (schema_name, schema_name),
    ).fetchone()
    if found[0] is None:
        return None
    s = quote_ident(schema_name)
    version = raw.execute(f"SELECT max(version) FROM {s}.zp_schema_version").fetchone()
    number = int(version[0] or 0)
    if found[1] is not None:
        rows = raw.execute(f"SELECT version_num FROM {s}.alembic_version").fetchall()
        number = max([number, *(migrate.schema_number(r[0]) for r in rows)])
    return number
