"""Undoable feature edits (VerbNounCommand) on a layer's GeoDataFrame.

Every command stores feature ids and before/after values, changes
``layer.gdf`` and calls ``layer.touch()`` (or ``set_frame``), so the layer's
revision and ``features_changed`` event follow each redo and undo. New
features get negative temporary fids (db.changes treats fid <= 0 as an
insert). A save empties the layer's edit buffer, so no command ever outlives
its temporary fids. Geometries are EPSG:4490 lon/lat.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry.base import BaseGeometry

from geo.editing_ops import as_multipolygon
from layers.undo import Command, MacroCommand
from layers.vector_layer import VectorLayer

#: Columns a user never edits directly; copies of features drop them.
BOOKKEEPING = ("row_version", "updated_at", "updated_by")
NUDGE_MERGE_ID = 210


_next_temp = [-1]


def new_fids(layer: VectorLayer, n: int) -> list[int]:
    """Return ``n`` unused negative temporary fids for new features.

    Unique across all layers of the process: layers sharing a table (the
    three zone layers) are saved separately, and the fid maps db returns are
    applied to every command on the stack.
    """
    idx = pd.to_numeric(pd.Series(layer.gdf.index, dtype=object), errors="coerce")
    low = int(np.nanmin(idx)) if len(idx) and idx.notna().any() else 0
    start = min(_next_temp[0], low - 1)
    _next_temp[0] = start - n
    return [start - k for k in range(n)]


def fit_geometry(layer: VectorLayer, geom: BaseGeometry | None) -> BaseGeometry | None:
    """Return ``geom`` in the layer's storage type (polygons as MultiPolygon)."""
    if layer.geometry_type == "polygon" and geom is not None:
        return as_multipolygon(geom)
    return geom


def _named(gdf: gpd.GeoDataFrame, name: str) -> gpd.GeoDataFrame:
    return gdf if gdf.geometry.name == name else gdf.rename_geometry(name)


def _set_geometries(
    layer: VectorLayer, geoms: Mapping[int, BaseGeometry | None]
) -> None:
    if not geoms:
        return
    gdf = layer.gdf
    keys = list(geoms)
    gdf.loc[keys, gdf.geometry.name] = gpd.GeoSeries(
        [geoms[k] for k in keys], index=keys, crs=gdf.crs
    )
    layer.touch()


def _set_values(layer: VectorLayer, fid: int, values: Mapping[str, Any]) -> None:
    gdf = layer.gdf
    for col, value in values.items():
        if col not in gdf.columns:
            gdf[col] = pd.Series([None] * len(gdf), index=gdf.index, dtype=object)
        try:
            gdf.loc[fid, col] = value
        except (TypeError, ValueError):
            # pandas 3 refuses e.g. text into an all-empty float column.
            gdf[col] = gdf[col].astype(object)
            gdf.loc[fid, col] = value
    layer.touch()


def _append_rows(layer: VectorLayer, rows: gpd.GeoDataFrame) -> None:
    gdf = layer.gdf
    frame = pd.concat([gdf, rows.reindex(columns=gdf.columns)])
    frame.index.name = gdf.index.name
    layer.set_frame(gpd.GeoDataFrame(frame, geometry=gdf.geometry.name, crs=gdf.crs))


def _drop_rows(layer: VectorLayer, fids: Iterable[int]) -> None:
    layer.set_frame(layer.gdf.drop(index=list(fids)))


class FeatureCommand(Command):
    """Base of feature edits: knows the one layer whose features it changes."""

    layer: VectorLayer

    def feature_layer_ids(self) -> frozenset[str]:
        """Return the id of the layer this command edits."""
        return frozenset({self.layer.id})


class AddFeatureCommand(FeatureCommand):
    """Add one feature with attributes; it gets a temporary negative fid."""

    def __init__(
        self,
        layer: VectorLayer,
        geometry: BaseGeometry,
        attributes: Mapping[str, Any] | None = None,
        text: str = "",
    ) -> None:
        self.layer = layer
        self.fid = new_fids(layer, 1)[0]
        self.geometry = fit_geometry(layer, geometry)
        self.attributes = dict(attributes or {})
        self.text = text or f"Add feature to {layer.name}"

    def _row(self) -> gpd.GeoDataFrame:
        data = {k: [v] for k, v in self.attributes.items() if k not in BOOKKEEPING}
        row = gpd.GeoDataFrame(
            data,
            geometry=[self.geometry],
            crs=self.layer.gdf.crs,
            index=pd.Index([self.fid], name=self.layer.gdf.index.name),
        )
        return _named(row, self.layer.gdf.geometry.name)

    def redo(self) -> None:
        _append_rows(self.layer, self._row())

    def undo(self) -> None:
        _drop_rows(self.layer, [self.fid])


class PasteFeaturesCommand(FeatureCommand):
    """Add copies of features (from any layer) with fresh temporary fids.

    Columns the target layer lacks are dropped; bookkeeping is cleared so
    the copies save as new rows.
    """

    def __init__(
        self, layer: VectorLayer, features: gpd.GeoDataFrame, text: str = ""
    ) -> None:
        self.layer = layer
        rows = features.to_crs(layer.gdf.crs) if features.crs else features
        rows = rows.drop(columns=[c for c in BOOKKEEPING if c in rows], errors="ignore")
        geoms = [fit_geometry(layer, g) for g in rows.geometry]
        keep = [
            c
            for c in rows.columns
            if c in layer.gdf.columns and c != rows.geometry.name
        ]
        self.fids = new_fids(layer, len(rows))
        self.rows = gpd.GeoDataFrame(
            rows[keep].to_dict("list") if keep else {},
            geometry=geoms,
            crs=layer.gdf.crs,
            index=pd.Index(self.fids, name=layer.gdf.index.name),
        )
        self.rows = _named(self.rows, layer.gdf.geometry.name)
        self.text = text or f"Paste {len(rows)} feature(s) into {layer.name}"

    def redo(self) -> None:
        _append_rows(self.layer, self.rows)

    def undo(self) -> None:
        _drop_rows(self.layer, self.fids)


class DeleteFeaturesCommand(FeatureCommand):
    """Delete features; undo puts them back in their old places."""

    def __init__(self, layer: VectorLayer, fids: Iterable[int], text: str = "") -> None:
        self.layer = layer
        self.fids = [int(f) for f in fids]
        self.rows = layer.gdf.loc[self.fids].copy()
        self.order = list(layer.gdf.index)
        self.text = text or f"Delete {len(self.fids)} feature(s) from {layer.name}"

    def redo(self) -> None:
        _drop_rows(self.layer, self.fids)

    def undo(self) -> None:
        gdf = self.layer.gdf
        frame = pd.concat([gdf, self.rows.reindex(columns=gdf.columns)])
        order = [f for f in self.order if f in frame.index]
        order += [f for f in frame.index if f not in set(order)]
        frame = gpd.GeoDataFrame(
            frame.loc[order], geometry=gdf.geometry.name, crs=gdf.crs
        )
        frame.index.name = gdf.index.name
        self.layer.set_frame(frame)


class ChangeGeometryCommand(FeatureCommand):
    """Replace the geometry of one or more features of a layer.

    With ``mergeable=True`` (arrow-key nudges, live drags) consecutive
    changes of the same features merge into one undo step.
    """

    def __init__(
        self,
        layer: VectorLayer,
        after: Mapping[int, BaseGeometry | None],
        text: str = "",
        mergeable: bool = False,
    ) -> None:
        self.layer = layer
        self.after = {int(f): fit_geometry(layer, g) for f, g in after.items()}
        geoms = layer.gdf.geometry
        self.before = {f: geoms.loc[f] for f in self.after}
        self.text = text or f"Change geometry in {layer.name}"
        self.merge_id = NUDGE_MERGE_ID if mergeable else -1

    def redo(self) -> None:
        _set_geometries(self.layer, self.after)

    def undo(self) -> None:
        _set_geometries(self.layer, self.before)

    def merge_with(self, other: Command) -> bool:
        if (
            type(other) is type(self)
            and isinstance(other, ChangeGeometryCommand)
            and other.layer is self.layer
            and set(other.after) == set(self.after)
        ):
            self.after = dict(other.after)
            return True
        return False


class MoveFeatureCommand(ChangeGeometryCommand):
    """Move features (their new geometries computed by the tool)."""


class ReshapeCommand(ChangeGeometryCommand):
    """Replace a stretch of a polygon's boundary with a drawn line."""


class AddHoleCommand(ChangeGeometryCommand):
    """Cut a hole into a polygon."""


class RemoveHoleCommand(ChangeGeometryCommand):
    """Fill a polygon's hole."""


class ChangeAttributesCommand(FeatureCommand):
    """Set attribute values of one feature (a form's OK is one undo step)."""

    def __init__(
        self, layer: VectorLayer, fid: int, values: Mapping[str, Any], text: str = ""
    ) -> None:
        self.layer = layer
        self.fid = int(fid)
        gdf = layer.gdf
        self.after = dict(values)
        self.before = {
            c: (gdf.loc[self.fid, c] if c in gdf.columns else None) for c in self.after
        }
        self.text = text or f"Edit attributes in {layer.name}"

    def redo(self) -> None:
        _set_values(self.layer, self.fid, self.after)

    def undo(self) -> None:
        _set_values(self.layer, self.fid, self.before)


def _copy_attrs(layer: VectorLayer, fid: int) -> dict[str, Any]:
    row = layer.gdf.loc[fid]
    skip = {*BOOKKEEPING, layer.gdf.geometry.name}
    return {c: row[c] for c in layer.gdf.columns if c not in skip}


class SplitFeatureCommand(MacroCommand, FeatureCommand):
    """Split one feature into pieces: the largest keeps the fid and history.

    The other pieces become new features with copied attributes; a copied
    ``code`` gets a ``-2``, ``-3``... suffix because codes are unique.
    """

    def __init__(
        self,
        layer: VectorLayer,
        fid: int,
        pieces: list[BaseGeometry],
        text: str = "",
    ) -> None:
        self.layer = layer
        children: list[Command] = [ChangeGeometryCommand(layer, {fid: pieces[0]})]
        attrs = _copy_attrs(layer, fid)
        for k, piece in enumerate(pieces[1:], start=2):
            a = dict(attrs)
            if isinstance(a.get("code"), str):
                a["code"] = f"{a['code']}-{k}"
            children.append(AddFeatureCommand(layer, piece, a))
        super().__init__(text or f"Split feature in {layer.name}", children)


class MergeFeaturesCommand(MacroCommand, FeatureCommand):
    """Merge features into ``keep_fid`` (geometry union), deleting the others."""

    def __init__(
        self,
        layer: VectorLayer,
        fids: list[int],
        keep_fid: int,
        merged: BaseGeometry,
        attributes: Mapping[str, Any] | None = None,
        text: str = "",
    ) -> None:
        self.layer = layer
        others = [f for f in fids if f != keep_fid]
        children: list[Command] = [
            DeleteFeaturesCommand(layer, others),
            ChangeGeometryCommand(layer, {keep_fid: merged}),
        ]
        if attributes:
            children.append(ChangeAttributesCommand(layer, keep_fid, attributes))
        super().__init__(
            text or f"Merge {len(fids)} features in {layer.name}", children
        )


def touched_fids(commands: Iterable[Command]) -> set[int] | None:
    """Return the fids that undoing or redoing ``commands`` sets; None: any row.

    Undo and redo put back the values a command recorded when it ran, so a
    live refresh must not replace such a row underneath it
    (:func:`db.remote_changes.refresh_rows`). A command that replaces the
    whole frame (a restored recovery journal) or is unknown here gives None.
    """
    out: set[int] = set()
    for cmd in commands:
        if isinstance(cmd, MacroCommand):
            inner = touched_fids(cmd.children)
            if inner is None:
                return None
            out |= inner
        elif isinstance(cmd, AddFeatureCommand | ChangeAttributesCommand):
            out.add(cmd.fid)
        elif isinstance(cmd, PasteFeaturesCommand | DeleteFeaturesCommand):
            out.update(int(f) for f in cmd.fids)
        elif isinstance(cmd, ChangeGeometryCommand):
            out.update(cmd.after)
        else:
            return None
    return out
