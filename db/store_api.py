"""The one store interface above the two backends.

:class:`Store` is what the rest of the app (project_io, the edit session,
importers, cases, the CLI and the window) may rely on, whether the project is
a GeoPackage file (:class:`db.store.ProjectStore`) or a PostGIS schema
(:class:`db.pg_store.PostgisStore`). Open either with
:func:`db.open_store.open_store`.

Rules both backends keep:

- one transaction per user action (:meth:`Store.action`); nested actions
  join the outer one; an exception rolls everything back;
- every editable row has a ``row_version``; an update or delete of a row
  changed since it was loaded raises :class:`db.errors.ConflictError` naming
  the rows, before anything is written;
- every change is audited in ``zp_audit_log`` (by the store on a file, by
  triggers on the server, so other clients are audited too);
- reads return frames typed by :mod:`db.schema` (``Int64``, ``float64``,
  pandas ``str``, geometry EPSG:4490 lon/lat, index = primary key).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol, Self, runtime_checkable

import numpy as np
import pandas as pd

# The roles (and what each may do) are the model's: layers.permissions.
from layers.permissions import ROLES as ROLES
from layers.permissions import Role as Role
from layers.permissions import role_allows as role_allows


class StoreAction(Protocol):
    """One open user action (a transaction) on a store."""

    user: str
    name: str
    now: str

    @property
    def cursor(self) -> Any:
        """Return the driver's cursor (sqlite3 or psycopg) in this transaction."""

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the outermost action has committed."""


@runtime_checkable
class Store(Protocol):
    """A ZonePlanner project, on a file or on a database server."""

    #: "gpkg" or "postgis".
    backend: str
    read_only: bool
    read_only_reason: str
    schema_version: int

    @property
    def writes(self) -> Any:
        """Return the backend's feature writer module.

        It offers ``insert(tx, table, frame, source, keep_fids)``,
        ``update(tx, table, frame)`` and ``delete(tx, table, fids, row_versions)``,
        used inside :meth:`action` by db.changes.
        """

    @property
    def location(self) -> str:
        """Return what reopens this project: a file path or a redacted URL."""

    @property
    def display_name(self) -> str:
        """Return a short name for titles: the file name or db@host/schema (user)."""

    def close(self) -> None:
        """Close every connection."""

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...

    def now(self) -> str:
        """Return the store clock's UTC ISO timestamp."""

    def role(self) -> Role:
        """Return what the signed-in user may do (the server decides on PostGIS)."""

    def action(self, user: str, name: str) -> AbstractContextManager[StoreAction]:
        """Run one user action as one transaction; roll back on any exception."""

    def read_table(
        self, table: str, where: Mapping[str, Sequence[Any]] | None = None
    ) -> pd.DataFrame:
        """Return a table as a frame indexed by its primary key."""

    def count(self, table: str) -> int:
        """Return the number of rows of a table."""

    def read_settings(self) -> dict[str, Any]:
        """Return all settings as ``{key: value}``."""

    def read_layouts(self) -> dict[str, dict[str, Any]]:
        """Return saved print layouts ``{name: layout dict}``."""

    def write_setting(self, key: str, value: Any, user: str = "") -> None:
        """Store one JSON-serialisable setting."""

    def write_settings(self, values: dict[str, Any], user: str = "") -> None:
        """Store several settings in one action."""

    def write_layouts(self, layouts: dict[str, dict[str, Any]], user: str = "") -> None:
        """Replace the saved print layouts."""

    def insert_features(
        self,
        table: str,
        gdf: pd.DataFrame,
        user: str,
        source: str | None = None,
        keep_fids: bool = False,
    ) -> np.ndarray:
        """Insert rows; return their fids in row order.

        ``keep_fids`` copies rows as they are (fids from the index, and the
        bookkeeping columns when present): publish and checkout use it.
        """

    def update_features(
        self, table: str, gdf_changed: pd.DataFrame, user: str
    ) -> dict[int, int]:
        """Update rows whose ``row_version`` still matches; return new versions."""

    def delete_features(
        self,
        table: str,
        fids: Sequence[int],
        user: str,
        row_versions: Sequence[int] | None = None,
    ) -> int:
        """Delete rows by fid; with ``row_versions``, conflict-checked first."""

    def insert_records(
        self, table: str, records: Sequence[dict[str, Any]], user: str
    ) -> None:
        """Insert plain rows into a keyed app table (e.g. rules versions)."""

    def save_layer_changes(
        self, layer: Any, baseline: pd.DataFrame, user: str = ""
    ) -> Any:
        """Write a layer's in-memory edits against ``baseline`` in one action."""


class SettingsAndLayouts:
    """What both stores do alike on top of ``read_table`` and ``write_settings``."""

    def read_table(
        self, table: str, where: Mapping[str, Sequence[Any]] | None = None
    ) -> pd.DataFrame:
        raise NotImplementedError

    def write_settings(self, values: dict[str, Any], user: str = "") -> None:
        raise NotImplementedError

    def read_settings(self) -> dict[str, Any]:
        """Return all settings as ``{key: value}`` (values parsed from JSON)."""
        df = self.read_table("zp_settings")
        return {
            k: json.loads(v) for k, v in zip(df.index, df["value_json"], strict=True)
        }

    def read_layouts(self) -> dict[str, dict[str, Any]]:
        """Return saved print layouts ``{name: layout dict}``."""
        df = self.read_table("zp_layouts")
        return {
            k: json.loads(v) for k, v in zip(df.index, df["layout_json"], strict=True)
        }

    def write_setting(self, key: str, value: Any, user: str = "") -> None:
        """Store one JSON-serialisable setting."""
        self.write_settings({key: value}, user)
