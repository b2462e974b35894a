"""Save a layer's in-memory edits: diff against the loaded baseline, then write.

The diff is vectorised: fids decide inserted / deleted rows, attributes are
compared column by column, geometries by their WKB. Updates and deletes carry
the baseline's ``row_version``, so a row someone else saved meanwhile is a
:class:`~db.errors.ConflictError`, never a silent overwrite.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from db import frames, schema

if TYPE_CHECKING:
    from db.store_api import Store


@dataclass
class LayerChanges:
    """What differs between a layer's frame and its baseline."""

    table: str
    inserted: pd.DataFrame
    updated: pd.DataFrame
    deleted: pd.Index

    @property
    def empty(self) -> bool:
        """Return True if there is nothing to save."""
        return self.inserted.empty and self.updated.empty and self.deleted.empty


@dataclass
class SaveSummary:
    """Result of saving one layer.

    ``fid_map`` maps the temporary ids of new features (negative or NaN
    index values in the layer) to the fids the file gave them.
    """

    table: str
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    fid_map: dict[Any, int] = field(default_factory=dict)


def diff_layer(
    table: str, current: pd.DataFrame, baseline: pd.DataFrame
) -> LayerChanges:
    """Return inserted, updated (with baseline row_version) and deleted rows."""
    idx = pd.Index(current.index)
    num = pd.to_numeric(pd.Series(idx, dtype=object), errors="coerce").to_numpy()
    is_new = np.isnan(num) | (num <= 0) | ~idx.isin(baseline.index)
    inserted = current[is_new]
    kept = current[~is_new]
    deleted = baseline.index.difference(kept.index)
    common = kept.index
    base = baseline.loc[common]
    changed = np.zeros(len(common), dtype=bool)
    cols = [
        c
        for c in schema.attribute_columns(table)
        if c not in schema.BOOKKEEPING and (c in kept.columns or c in base.columns)
    ]
    for c in cols:
        changed |= _column_changed(kept.get(c), base.get(c), len(common))
    g_cur, g_base = frames.geometry_of(kept), frames.geometry_of(base)
    if g_cur is not None and g_base is not None:
        wa = shapely.to_wkb(g_cur, output_dimension=2, byte_order=1)
        wb = shapely.to_wkb(g_base, output_dimension=2, byte_order=1)
        changed |= np.asarray(wa != wb, dtype=bool)
    updated = kept[changed].copy()
    if "row_version" in baseline.columns:
        updated["row_version"] = baseline.loc[updated.index, "row_version"].to_numpy()
    return LayerChanges(table, inserted, updated, deleted)


def _column_changed(a: pd.Series | None, b: pd.Series | None, n: int) -> np.ndarray:
    if a is None or b is None:  # a column added or dropped in memory
        other = b if a is None else a
        return (
            np.asarray(other.notna(), dtype=bool)
            if other is not None
            else np.zeros(n, bool)
        )
    va = a.astype(object).to_numpy(copy=True)
    vb = b.astype(object).to_numpy(copy=True)
    na_a = np.asarray(pd.isna(va), dtype=bool)
    na_b = np.asarray(pd.isna(vb), dtype=bool)
    # pd.NA (nullable Int64 columns) compares to NA, not a bool: blank it first
    va[na_a], vb[na_b] = None, None
    same: np.ndarray = np.asarray(va == vb, dtype=bool) | (na_a & na_b)
    return ~same


def save_layer_changes(
    store: Store, layer: Any, baseline: pd.DataFrame, user: str = ""
) -> SaveSummary:
    """Write a layer's edits (against ``baseline``) in one action.

    Parameters
    ----------
    store : ProjectStore
    layer : layers.vector_layer.VectorLayer
        Its ``source.table`` names the table; its ``gdf`` holds the edits.
    baseline : DataFrame
        The frame as loaded from disk (or as last saved).
    user : str

    Returns
    -------
    SaveSummary
        After the commit, the layer's frame carries the new row versions and
        the new features their real fids (via ``layer.set_frame``).
    """
    table = layer.source.table
    changes = diff_layer(table, layer.gdf, baseline)
    summary = SaveSummary(table)
    if changes.empty:
        return summary
    writes = store.writes  # the backend's feature writer (same signatures)
    with store.action(user, f"Save {layer.name}") as tx:
        if not changes.deleted.empty:
            versions = _versions(baseline, changes.deleted)
            summary.deleted = writes.delete(tx, table, changes.deleted, versions)
        new_versions = writes.update(tx, table, changes.updated)
        summary.updated = len(new_versions)
        new_fids = writes.insert(tx, table, changes.inserted, f"layer {layer.name}")
        summary.inserted = len(new_fids)
        summary.fid_map = dict(
            zip(changes.inserted.index.tolist(), new_fids.tolist(), strict=False)
        )
        stamp = (tx.now, tx.user)
        tx.after_commit(
            lambda: _apply_saved(layer, changes, new_versions, new_fids, stamp)
        )
    return summary


def _versions(baseline: pd.DataFrame, fids: pd.Index) -> list[int] | None:
    if "row_version" not in baseline.columns:
        return None
    return [int(v) for v in baseline.loc[fids, "row_version"].tolist()]


def _apply_saved(
    layer: Any,
    changes: LayerChanges,
    new_versions: dict[int, int],
    new_fids: np.ndarray,
    stamp: tuple[str, str],
) -> None:
    """Bring the layer's bookkeeping in line with what was committed."""
    gdf = layer.gdf
    versioned = changes.table in schema.VERSIONED_TABLES
    if versioned and new_versions:
        fids = list(new_versions)
        gdf.loc[fids, "row_version"] = list(new_versions.values())
        gdf.loc[fids, "updated_at"] = stamp[0]
        gdf.loc[fids, "updated_by"] = stamp[1]
    if len(new_fids):
        is_new = gdf.index.isin(changes.inserted.index)
        new_index = np.asarray(gdf.index, dtype=object).copy()
        new_index[is_new] = new_fids
        frame = gdf.copy()
        frame.index = pd.Index(new_index.astype(np.int64), name=gdf.index.name or "fid")
        if versioned:
            frame.loc[new_fids, "row_version"] = 1
            frame.loc[new_fids, "updated_at"] = stamp[0]
            frame.loc[new_fids, "updated_by"] = stamp[1]
        if isinstance(gdf, gpd.GeoDataFrame):
            frame = gpd.GeoDataFrame(frame, geometry=gdf.geometry.name, crs=gdf.crs)
        layer.set_frame(frame)
