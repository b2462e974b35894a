"""Move a project between a file and the team database: publish, checkout, checkin.

- :func:`publish` (file -> database) creates the project schema and copies
  every table with its fids and row versions, in one action.
- :func:`checkout` (database -> GeoPackage) writes a snapshot of chosen
  layers and/or an area for work without a connection; it remembers where
  it came from and the row version of every row it copied (its *base*).
- :func:`checkin` (snapshot edits -> database) sends, feature by feature,
  what changed in the snapshot since checkout: a row changed in the database
  meanwhile is a conflict, reported and left in the snapshot, never
  overwritten; the rest commits in one action, and the snapshot is brought
  up to date with what the database now holds.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import shapely

from db import schema
from db.errors import ConflictError
from db.open_store import create_store, open_store
from db.pg_connect import PgTarget
from db.sql_names import quote_ident
from db.store_api import Store
from geo.atomic_write import atomic_write

#: Feature tables in the order that keeps foreign keys satisfied (cases point
#: at enterprises); layers added by later migrations follow.
FEATURE_TABLES = tuple(
    dict.fromkeys(
        ("basemap", "zones", "enterprises", "conversion_cases", *schema.SPATIAL_TABLES)
    )
)
#: Keyed app tables copied with their ids, parents first.
ID_TABLES = ("zp_catalogue_editions", "zp_catalogue_rows")
#: Which layers a checkout may choose (all by default).
CHECKOUT_TABLES = FEATURE_TABLES
#: Tables a checkin sends back (the basemap is the administrator's).
CHECKIN_TABLES = ("zones", "enterprises", "conversion_cases")
CHECKOUT_KEY = "checkout"
BASE_KEY_PREFIX = "checkout_base:"

Progress = Callable[[str], None]


@dataclass
class TransferReport:
    """What a publish, checkout or checkin did, for the command line and window."""

    counts: dict[str, int] = field(default_factory=dict)
    inserted: dict[str, dict[int, int]] = field(default_factory=dict)
    updated: dict[str, list[int]] = field(default_factory=dict)
    deleted: dict[str, list[int]] = field(default_factory=dict)
    conflicts: list[ConflictError] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Return a readable summary, one line per table and per conflict."""
        out = [f"{t}: {n} row(s)" for t, n in self.counts.items()]
        for t in sorted(set(self.inserted) | set(self.updated) | set(self.deleted)):
            out.append(
                f"{t}: {len(self.inserted.get(t, {}))} new, "
                f"{len(self.updated.get(t, []))} changed, "
                f"{len(self.deleted.get(t, []))} deleted"
            )
        out += [f"CONFLICT: {c}" for c in self.conflicts]
        return out


def _noop(_msg: str) -> None:
    return None


def _copy_app_tables(src: Store, dst: Store, user: str, tables: set[str]) -> None:
    dst.write_settings(
        {k: v for k, v in src.read_settings().items() if not _is_checkout_key(k)},
        user,
    )
    dst.write_layouts(src.read_layouts(), user)
    rules = src.read_table("zp_rules_versions").reset_index()
    dst.insert_records("zp_rules_versions", _records(rules), user)
    if "conversion_cases" in tables:
        ev = src.read_table("evaluations")
        dst.insert_features("evaluations", ev, user, "copy", keep_fids=True)
    for table in ID_TABLES:
        dst.insert_features(table, src.read_table(table), user, "copy", keep_fids=True)


def _is_checkout_key(key: str) -> bool:
    return key == CHECKOUT_KEY or key.startswith(BASE_KEY_PREFIX)


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    cols = list(frame.columns)
    return [
        {c: (None if pd.isna(v) else v) for c, v in zip(cols, row, strict=True)}
        for row in frame.itertuples(index=False, name=None)
    ]


def publish(
    source: str | Path,
    target: str | PgTarget,
    user: str = "",
    overwrite: bool = False,
    progress: Progress = _noop,
) -> TransferReport:
    """Create the project schema at ``target`` and load the file project into it.

    Raises FileExistsError if the schema holds a project and not ``overwrite``.
    The audit history of the file is copied too (as rows of the new log).
    """
    report = TransferReport()
    with open_store(source, read_only=True) as src:
        dst = create_store(target, overwrite=overwrite)
        try:
            with dst.action(user, f"Publish {Path(source).name}"):
                for table in FEATURE_TABLES:
                    frame = src.read_table(table)
                    progress(f"{table}: {len(frame)} row(s)")
                    dst.insert_features(
                        table, frame, user, f"publish {Path(source).name}", True
                    )
                    report.counts[table] = len(frame)
                _copy_app_tables(src, dst, user, set(FEATURE_TABLES))
                _record_rules_in_force(src, dst, user)
                log = src.read_table("zp_audit_log").reset_index(drop=True)
                dst.insert_records("zp_audit_log", _records(log), user)
            _grant_if_roles(dst)
        finally:
            dst.close()
    return report


def _record_rules_in_force(src: Store, dst: Store, user: str) -> None:
    """Record the shipped rules and sample catalogue where the file has none.

    Only an administrator may record them (db.pg_roles), and publish runs as
    one; so editors evaluate with recorded rules from the start, and their
    saved evaluations reproduce.
    """
    from db.catalogue_store import save_editions
    from layers.cases import evaluations as evals
    from layers.cases.catalogue_io import sample_catalogue

    versions = src.read_table("zp_rules_versions").reset_index()
    rules = evals.newest_current_format(versions)
    if rules is None:
        rules = evals.shipped_rules({str(v) for v in versions["version"]})
        evals.record_rules_version(dst, rules, user, evals.SHIPPED_NOTE)
    if src.count("zp_catalogue_editions") == 0:
        sample = sample_catalogue(rules.inputs("R4"))
        save_editions(dst, list(sample.editions), user)


def _grant_if_roles(store: Store) -> None:
    """Apply the role GRANTs to a new PostGIS schema when the roles exist."""
    if store.backend != "postgis":
        return
    from db import pg_roles
    from db.pg_store import PostgisStore

    if not isinstance(store, PostgisStore):
        return
    with store.action("", "Grant roles") as tx:
        if pg_roles.roles_exist(tx.cursor):
            pg_roles.apply_grants(tx.cursor, store.target.schema)


def checkout(
    source: str | PgTarget,
    dest: str | Path,
    tables: Sequence[str] | None = None,
    bbox: tuple[float, float, float, float] | None = None,
    user: str = "",
    overwrite: bool = False,
    progress: Progress = _noop,
) -> TransferReport:
    """Write a GeoPackage snapshot of ``tables`` (inside ``bbox``, EPSG:4490).

    The snapshot records its source (without password) and the base row
    version of every row, for :func:`checkin`. It is written beside ``dest``
    and renamed in when complete (:func:`geo.atomic_write.atomic_write`): a
    failed checkout leaves no partial snapshot and an older one unchanged.
    """
    with open_store(source, read_only=True) as src:
        return copy_to_file(src, dest, tables, bbox, user, overwrite, progress)


def copy_to_file(
    src: Store,
    dest: str | Path,
    tables: Sequence[str] | None = None,
    bbox: tuple[float, float, float, float] | None = None,
    user: str = "",
    overwrite: bool = False,
    progress: Progress = _noop,
    snapshot: bool = True,
) -> TransferReport:
    """Write ``src``'s tables (inside ``bbox``) to a new GeoPackage at ``dest``.

    With ``snapshot`` the file remembers its source and base row versions
    (a checkout, for :func:`checkin`); without, it is a plain project file
    (Save As of a database project). Written atomically, like :func:`checkout`.
    """
    chosen = list(tables or CHECKOUT_TABLES)
    unknown = [t for t in chosen if t not in CHECKOUT_TABLES]
    if unknown:
        raise ValueError(
            f"cannot check out {', '.join(unknown)}; choose from "
            f"{', '.join(CHECKOUT_TABLES)}"
        )
    report = TransferReport()
    frames = {}
    for table in chosen:
        frame = src.read_table(table)
        if bbox is not None:
            frame = frame[
                shapely.intersects(frame.geometry.to_numpy(), shapely.box(*bbox))
            ]
        frames[table] = frame
    if Path(dest).exists() and not overwrite:
        raise FileExistsError(f"{dest} already exists; choose another name")
    with atomic_write(dest, replace_project=overwrite) as tmp:
        dst = create_store(tmp, overwrite=True)
        try:
            with dst.action(user, "Check out" if snapshot else "Copy to a file"):
                for table in FEATURE_TABLES:
                    if table not in frames:
                        continue
                    progress(f"{table}: {len(frames[table])} row(s)")
                    dst.insert_features(table, frames[table], user, "checkout", True)
                    report.counts[table] = len(frames[table])
                _copy_app_tables(src, dst, user, set(chosen))
                if snapshot:
                    dst.write_settings(_base_settings(src, frames, bbox), user)
        finally:
            dst.close()
    return report


def _base_settings(
    src: Store, frames: dict[str, pd.DataFrame], bbox: Any
) -> dict[str, Any]:
    out: dict[str, Any] = {
        CHECKOUT_KEY: {
            "source": src.location,
            "at": src.now(),
            "tables": list(frames),
            "bbox": list(bbox) if bbox is not None else None,
        }
    }
    for table, frame in frames.items():
        if table in schema.VERSIONED_TABLES:
            out[BASE_KEY_PREFIX + table] = _base_pairs(frame)
    return out


def _base_pairs(frame: pd.DataFrame) -> list[list[int]]:
    versions = frame["row_version"].fillna(1).astype(np.int64).to_numpy()
    pairs: list[list[int]] = np.column_stack(
        [frame.index.to_numpy(np.int64), versions]
    ).tolist()
    return pairs


def checkin(
    snapshot: str | Path,
    target: Any = None,
    user: str = "",
    progress: Progress = _noop,
    password_for: Callable[[str], str | None] | None = None,
) -> TransferReport:
    """Send the snapshot's edits since checkout to the database it came from.

    Each changed, new or deleted feature is written with the same row-version
    check as a save; conflicts are collected in the report and their rows
    left as they are in the snapshot. Everything else commits in one action,
    then the snapshot's base is updated so a second checkin sends nothing.
    """
    report = TransferReport()
    with open_store(snapshot) as snap:
        settings = snap.read_settings()
        meta = settings.get(CHECKOUT_KEY)
        if not meta:
            raise ValueError(
                f"{Path(snapshot).name} is not a checkout snapshot (no checkout "
                "record); publish it instead"
            )
        source = target or meta["source"]
        password = (
            password_for(str(source)) if password_for and target is None else None
        )
        with open_store(source, password=password) as db:
            plans = {
                t: _plan(snap.read_table(t), settings.get(BASE_KEY_PREFIX + t, []))
                for t in CHECKIN_TABLES
                if t in meta["tables"]
            }
            with db.action(user, f"Check in {Path(snapshot).name}") as tx:
                for table, plan in plans.items():
                    progress(f"{table}: {plan.summary()}")
                    _apply(db, tx, table, plan, report)
            new_base = {
                t: db.read_table(t, where={"fid": plan.touched(report, t) or [-1]})
                for t, plan in plans.items()
            }
        _refresh_snapshot(snap, plans, report, new_base, user)
    return report


@dataclass
class _Plan:
    frame: pd.DataFrame
    base: dict[int, int]
    inserted: list[Any]
    updated: list[int]
    deleted: list[int]

    def summary(self) -> str:
        return (
            f"{len(self.inserted)} new, {len(self.updated)} changed, "
            f"{len(self.deleted)} deleted"
        )

    def touched(self, report: TransferReport, table: str) -> list[int]:
        done = list(report.inserted.get(table, {}).values())
        return done + list(report.updated.get(table, []))


def _plan(frame: pd.DataFrame, base_pairs: list[list[int]]) -> _Plan:
    base = {int(f): int(v) for f, v in base_pairs}
    fids = [int(f) for f in frame.index]
    local = dict(
        zip(fids, frame["row_version"].fillna(0).astype(int).tolist(), strict=True)
    )
    inserted = [f for f in fids if f not in base]
    updated = [f for f in fids if f in base and local[f] != base[f]]
    deleted = sorted(set(base) - set(fids))
    return _Plan(frame, base, inserted, updated, deleted)


def _apply(db: Store, tx: Any, table: str, plan: _Plan, report: TransferReport) -> None:
    writes = db.writes
    done_upd, done_del, done_ins = [], [], {}
    for fid in plan.deleted:
        try:
            writes.delete(tx, table, [fid], [plan.base[fid]])
            done_del.append(fid)
        except ConflictError as exc:
            report.conflicts.append(exc)
    for fid in plan.updated:
        row = plan.frame.loc[[fid]].copy()
        row["row_version"] = plan.base[fid]
        try:
            writes.update(tx, table, row)
            done_upd.append(fid)
        except ConflictError as exc:
            report.conflicts.append(exc)
    if plan.inserted:
        rows = plan.frame.loc[plan.inserted]
        new = writes.insert(tx, table, rows, "checkin")
        done_ins = dict(zip(plan.inserted, new.tolist(), strict=True))
    report.inserted[table] = done_ins
    report.updated[table] = done_upd
    report.deleted[table] = done_del


def _refresh_snapshot(
    snap: Store,
    plans: dict[str, _Plan],
    report: TransferReport,
    new_base: dict[str, pd.DataFrame],
    user: str,
) -> None:
    """Make the snapshot match what the database now holds for the sent rows."""
    with snap.action(user, "Checked in"):
        values = {}
        for table, plan in plans.items():
            fresh = new_base[table]
            temp = list(report.inserted.get(table, {}))
            if temp:
                snap.delete_features(table, temp, user)
                snap.insert_features(
                    table,
                    fresh.loc[list(report.inserted[table].values())],
                    user,
                    "checkin",
                    keep_fids=True,
                )
            base = dict(plan.base)
            for fid in report.deleted.get(table, []):
                base.pop(fid, None)
            for fid, version in zip(
                fresh.index.tolist(), fresh["row_version"].tolist(), strict=True
            ):
                base[int(fid)] = int(version)
            values[BASE_KEY_PREFIX + table] = [[f, v] for f, v in sorted(base.items())]
            _align_versions(snap, table, fresh, report.updated.get(table, []))
        snap.write_settings(values, user)


def _align_versions(
    snap: Store, table: str, fresh: pd.DataFrame, fids: list[int]
) -> None:
    """Give updated snapshot rows the database's new row_version (no edit)."""
    if not fids:
        return
    with snap.action("", "Align row versions") as tx:
        tx.cursor.executemany(
            f"UPDATE {quote_ident(table)} SET row_version = ? WHERE fid = ?",
            [(int(fresh["row_version"].loc[f]), int(f)) for f in fids],
        )


def dumps_report(report: TransferReport) -> str:
    """Return the report as JSON (for scripts)."""
    return json.dumps(
        {
            "counts": report.counts,
            "inserted": {
                t: {str(k): v for k, v in m.items()} for t, m in report.inserted.items()
            },
            "updated": report.updated,
            "deleted": report.deleted,
            "conflicts": [{"table": c.table, "fids": c.fids} for c in report.conflicts],
        }
    )
