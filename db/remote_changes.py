"""Other planners' saved changes into an open project, and conflicts resolved.

Two jobs, both Qt-free (the window calls them on its GUI thread):

- :func:`refresh_rows` brings rows another session committed (as reported by
  :mod:`db.pg_listen`) into the layers showing that table. Rows the planner
  has edited and not yet saved (or could undo or redo an edit of) keep the
  planner's version, and their
  baseline stays as loaded, so saving them is a conflict, never a silent
  overwrite either way.
- :func:`describe_conflicts` / :func:`resolve` turn a
  :class:`~db.errors.ConflictError` into theirs / mine / base per feature,
  and apply the planner's choice: keep mine (saved over theirs on the next
  save), take theirs, or merge attributes (each attribute I changed keeps my
  value, the rest take theirs; the geometry likewise).

Both replace rows with :meth:`VectorLayer.set_frame`, outside the undo
stack, like a reload: they bring the layer to what the database holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, cast

import numpy as np
import pandas as pd
import shapely

from db import frames, project_io, schema
from db.changes import diff_layer
from db.errors import ConflictError
from db.store_api import Store
from layers.editing.feature_commands import touched_fids
from layers.project import Project

Choice = Literal["mine", "theirs", "merge"]


@dataclass
class RefreshResult:
    """What :func:`refresh_rows` changed: layer ids, and fids kept as edited locally."""

    layers: list[str] = field(default_factory=list)
    kept_local: dict[str, list[int]] = field(default_factory=dict)


def _layers_of(project: Project, table: str) -> list[Any]:
    return [
        lyr
        for lyr in project.layers
        if lyr.source.table == table
        and project_io.baseline(project, lyr.id) is not None
    ]


def _locally_edited(
    project: Project, table: str, layer: Any, base: pd.DataFrame
) -> set[int] | None:
    """Return the fids the planner is editing in ``layer``; None: every row.

    Those differing from the baseline, and those an undo or redo in the
    layer's edit buffer would set back to values recorded before a refresh.
    """
    changes = diff_layer(table, layer.gdf, base)
    out = {int(f) for f in changes.updated.index} | {int(f) for f in changes.deleted}
    buf = project.edit_buffers.get(layer.id)
    history = touched_fids(buf.undo_stack.commands()) if buf is not None else set()
    return None if history is None else out | history


def _replace_rows(
    frame: pd.DataFrame, fresh: pd.DataFrame, fids: Iterable[int]
) -> pd.DataFrame:
    """Return ``frame`` with rows ``fids`` replaced by ``fresh`` (dropped if absent)."""
    fids = list(fids)
    kept = frame.drop(index=[f for f in fids if f in frame.index])
    add = fresh.loc[[f for f in fids if f in fresh.index]]
    add = add.reindex(columns=frame.columns)
    if add.empty:
        return kept
    out = pd.concat([kept, add])
    for col in frame.columns:  # concat may widen dtypes (Int64 + float...)
        if col != getattr(frame, "_geometry_column_name", None):
            out[col] = out[col].astype(frame[col].dtype)
    return _as_geo(out.sort_index(kind="stable"), frame)


def _as_geo(out: pd.DataFrame, like: pd.DataFrame) -> pd.DataFrame:
    import geopandas as gpd

    if isinstance(like, gpd.GeoDataFrame):
        geo: pd.DataFrame = gpd.GeoDataFrame(
            out, geometry=like.geometry.name, crs=like.crs
        )
        return geo
    return out


def refresh_rows(
    project: Project, store: Store, table: str, fids: Sequence[int] | None
) -> RefreshResult:
    """Bring committed rows ``fids`` of ``table`` (all if None) into the layers.

    Rows the planner edited keep the planner's values and the old baseline.
    """
    result = RefreshResult()
    for layer in _layers_of(project, table):
        base, base_rev = project_io.baseline_entry(project, layer.id)
        unsaved = base_rev != layer.revision
        where = {k: list(v) for k, v in layer.source.where.items()}
        if fids is not None:
            where["fid" if schema.pk_column(table) == "fid" else "id"] = list(fids)
        fresh = store.read_table(table, where=where or None)
        touched = (
            {int(f) for f in fids}
            if fids is not None
            else {int(f) for f in base.index} | {int(f) for f in fresh.index}
        )
        present = set(layer.gdf.index) | set(base.index) | set(fresh.index)
        touched = {f for f in touched if f in present}  # rows of other layers: not ours
        editing = _locally_edited(project, table, layer, base)
        edited = touched if editing is None else editing & touched
        apply = sorted(touched - edited)
        if not apply and not edited:
            continue
        if apply:
            layer.set_frame(_replace_rows(layer.gdf, fresh, apply))
        new_base = _replace_rows(base, fresh, apply)
        # Unsaved edits must still be diffed at the next save: no shortcut.
        rev = -1 if (unsaved or edited) else layer.revision
        project_io.set_baseline(project, layer.id, new_base, rev)
        result.layers.append(layer.id)
        if edited:
            result.kept_local[layer.id] = sorted(edited)
    return result


@dataclass
class FeatureConflict:
    """One feature saved by someone else since I loaded it."""

    table: str
    layer_id: str
    fid: int
    base: pd.Series | None
    mine: pd.Series | None
    theirs: pd.Series | None  # None: they deleted it

    def attribute_rows(self) -> list[tuple[str, Any, Any, Any]]:
        """Return ``(field, base, theirs, mine)`` for every attribute that differs."""
        cols = [
            c
            for c in schema.attribute_columns(self.table)
            if c not in schema.BOOKKEEPING
        ]
        out = []
        for c in cols:
            vals = [_value(s, c) for s in (self.base, self.theirs, self.mine)]
            if not (_same(vals[0], vals[1]) and _same(vals[1], vals[2])):
                out.append((c, *vals))
        return out

    def geometries(self) -> tuple[Any, Any]:
        """Return (theirs, mine) geometries (EPSG:4490; None if absent)."""
        return _geom(self.theirs), _geom(self.mine)


def _value(row: pd.Series | None, col: str) -> Any:
    if row is None or col not in row.index:
        return None
    v = row[col]
    return None if v is None or (not isinstance(v, str) and pd.isna(v)) else v


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return bool(a == b)


def _geom(row: pd.Series | None) -> Any:
    if row is None:
        return None
    g = row.get(frames.GEOMETRY)
    return g if g is not None and not (isinstance(g, float) and np.isnan(g)) else None


def describe_conflicts(
    project: Project, store: Store, exc: ConflictError
) -> list[FeatureConflict]:
    """Return theirs / mine / base of every feature a failed save named."""
    out = []
    for layer in _layers_of(project, exc.table):
        base, _rev = project_io.baseline_entry(project, layer.id)
        fids = [f for f in exc.fids if f in layer.gdf.index or f in base.index]
        if not fids:
            continue
        theirs = store.read_table(exc.table, where={"fid": fids})
        for fid in fids:
            out.append(
                FeatureConflict(
                    exc.table,
                    layer.id,
                    int(fid),
                    _row(base, fid),
                    _row(layer.gdf, fid),
                    _row(theirs, fid),
                )
            )
    return out


def _row(frame: pd.DataFrame, fid: int) -> pd.Series | None:
    """Return the row of ``fid`` in ``frame``, None if absent."""
    # fid is the unique primary key, so .loc gives one row (a Series).
    return cast(pd.Series, frame.loc[fid]) if fid in frame.index else None


def resolve(project: Project, conflict: FeatureConflict, choice: Choice) -> None:
    """Apply the planner's choice for one conflicting feature.

    After it, the baseline of the feature is *theirs*: the next save writes
    my (or the merged) values over their version deliberately, or nothing.
    """
    layer = project.layer(conflict.layer_id)
    base, _rev = project_io.baseline_entry(project, layer.id)
    fid = conflict.fid
    theirs = conflict.theirs
    frame = layer.gdf
    if choice == "theirs":
        fresh = theirs.to_frame().T if theirs is not None else frame.iloc[0:0]
        frame = _replace_rows(frame, _typed(fresh, frame), [fid])
    elif theirs is None:  # they deleted it; mine/merge: mine comes back as new
        if fid in frame.index:
            row = frame.loc[[fid]]
            row.index = pd.Index([-fid], name=frame.index.name)
            frame = _as_geo(pd.concat([frame.drop(index=fid), row]), frame)
    elif choice == "merge" and conflict.mine is not None:
        merged = _merged(theirs, conflict.mine, conflict.base)
        frame = _replace_rows(frame, _typed(merged.to_frame().T, frame), [fid])
    theirs_frame = theirs.to_frame().T if theirs is not None else base.iloc[0:0]
    new_base = _replace_rows(base, _typed(theirs_frame, base), [fid])
    layer.set_frame(frame)
    project_io.set_baseline(project, layer.id, new_base, -1)


def _merged(
    theirs: pd.Series, mine_row: pd.Series, base_row: pd.Series | None
) -> pd.Series:
    """Return theirs with every attribute and the geometry I changed taken from mine."""
    out = theirs.copy()
    for col in mine_row.index:
        if col in schema.BOOKKEEPING or col not in out.index:
            continue
        mine, base = _value(mine_row, col), _value(base_row, col)
        if col == frames.GEOMETRY:
            gm, gb = _geom(mine_row), _geom(base_row)
            changed = (gm is None) != (gb is None) or (
                gm is not None and not shapely.equals_exact(gm, gb, 0)
            )
            if changed:
                out[col] = gm
        elif not _same(mine, base):
            out[col] = mine_row[col]
    return out


def _typed(rows: pd.DataFrame, like: pd.DataFrame) -> pd.DataFrame:
    rows = rows.copy()
    rows.index = pd.Index([int(i) for i in rows.index], name=like.index.name)
    return rows
