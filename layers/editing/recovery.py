"""Crash recovery journal: unsaved edits kept next to the project file.

After every command (push, undo, redo) the edited layers' differences from
what was loaded are written to ``<project>.zp-recovery.json`` (atomically:
temp file, fsync, rename), so a crash or power cut loses nothing that was on
screen. Save and Discard remove the file; on reopen the GUI offers it. Each
changed row records the ``row_version`` it was edited from: if the file on
disk moved on meanwhile, that row is not restored silently but reported.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from layers.editing.feature_commands import BOOKKEEPING, FeatureCommand
from layers.project import Project
from layers.vector_layer import VectorLayer

SUFFIX = ".zp-recovery.json"
FORMAT = "zoneplanner-recovery/1"


def journal_path(project_path: str | Path) -> Path:
    """Return the journal file beside ``project_path``."""
    p = Path(project_path)
    return p.with_name(p.name + SUFFIX)


def database_journal_path(location: str) -> Path:
    """Return the journal of a database project, in the user's state folder.

    A database has no folder of ours to write beside, so the journal lives
    under ``$XDG_STATE_HOME/ZonePlanner/recovery`` (``%LOCALAPPDATA%`` on
    Windows), named by a hash of the location (which holds no password).
    """
    import hashlib
    import os
    import sys

    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    else:
        base = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state"))
    digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:20]
    folder = base / "ZonePlanner" / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"db-{digest}{SUFFIX}"


def _plain(value: Any) -> Any:
    if (
        value is None
        or value is pd.NA
        or (isinstance(value, float) and np.isnan(value))
    ):
        return None  # pd.NA: nullable Int64 columns (e.g. zones.extent_year)
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    return value if isinstance(value, (str, int, float, bool)) else str(value)


def _row_json(gdf: gpd.GeoDataFrame, fid: Any) -> dict[str, Any]:
    row = gdf.loc[fid]
    geom = row[gdf.geometry.name]
    attrs = {
        c: _plain(row[c])
        for c in gdf.columns
        if c != gdf.geometry.name and c not in BOOKKEEPING
    }
    return {
        "fid": int(fid),
        "wkb_hex": None if geom is None else shapely.to_wkb(geom, hex=True),
        "attributes": attrs,
    }


def layer_diff(layer: VectorLayer, baseline: gpd.GeoDataFrame) -> dict[str, Any]:
    """Return ``{"changed": [...], "deleted": [...]}`` of a layer vs its baseline."""
    cur = layer.gdf
    deleted = [int(f) for f in baseline.index.difference(cur.index)]
    changed = []
    for fid in cur.index:
        entry = _row_json(cur, fid)
        if fid in baseline.index:
            if _row_json(baseline, fid) == entry:
                continue
            if "row_version" in baseline.columns:
                entry["base_row_version"] = _plain(baseline.at[fid, "row_version"])
        changed.append(entry)
    versions = {}
    if "row_version" in baseline.columns:
        versions = {str(f): _plain(baseline.at[f, "row_version"]) for f in deleted}
    return {"changed": changed, "deleted": deleted, "deleted_versions": versions}


@dataclass
class RecoveryJournal:
    """Write the edit buffers of a project's edited layers after each change.

    Call :meth:`attach` when a layer enters edit mode (its current state is
    the baseline) and :meth:`detach` when it leaves; the journal follows the
    project's ``edits_changed`` event, writes the file while any buffer holds
    unsaved edits and removes it when none does (saved or discarded).
    """

    project: Project
    path: Path
    baselines: dict[str, gpd.GeoDataFrame] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.project.edits_changed.connect(self._on_project_edits_changed)

    def close(self) -> None:
        """Stop following the project (its file is left as it is)."""
        self.project.edits_changed.disconnect(self._on_project_edits_changed)
        self.baselines.clear()

    def move_to(self, path: Path) -> None:
        """Write the journal beside another project file from now on (Save As)."""
        old, self.path = self.path, Path(path)
        if old != self.path:
            old.unlink(missing_ok=True)
            self._on_project_edits_changed(self.project)

    def attach(self, layer: VectorLayer) -> None:
        """Start journaling ``layer`` (its current state is the baseline)."""
        if layer.id not in self.baselines:
            self.baselines[layer.id] = layer.gdf.copy()

    def detach(self, layer: VectorLayer) -> None:
        """Stop journaling ``layer``."""
        self.baselines.pop(layer.id, None)

    def _on_project_edits_changed(self, project: Project) -> None:
        if not self.baselines:
            return
        if project.has_unsaved_edits:
            self.write()
        else:
            self.clear()

    def write(self) -> None:
        """Write the journal now (atomic replace)."""
        layers = {}
        for layer_id, base in self.baselines.items():
            diff = layer_diff(self.project.layer(layer_id), base)
            if diff["changed"] or diff["deleted"]:
                layers[layer_id] = diff
        last = [b.undo_stack.undo_text() for b in self.project.edit_buffers.values()]
        doc = {
            "format": FORMAT,
            "project": str(self.project.meta.path or ""),
            "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "undo_text": "; ".join(t for t in last if t),
            "layers": layers,
        }
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def clear(self) -> None:
        """Forget the journal (after Save/Discard): new baselines, no file."""
        for layer_id in list(self.baselines):
            self.baselines[layer_id] = self.project.layer(layer_id).gdf.copy()
        self.path.unlink(missing_ok=True)


def read_journal(project_path: str | Path) -> dict[str, Any] | None:
    """Return the journal beside a project, or None if there is none or it is unreadable."""
    path = journal_path(project_path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) and doc.get("format") == FORMAT else None


class RestoreRecoveredEditsCommand(FeatureCommand):
    """Apply one layer's part of a recovery journal as one undoable edit.

    Rows changed on disk since the journal's baseline are skipped and listed
    in :attr:`conflicts` (never a silent overwrite).
    """

    def __init__(self, layer: VectorLayer, diff: dict[str, Any]) -> None:
        self.text = f"Restore unsaved edits of {layer.name}"
        self.layer = layer
        self.conflicts: list[str] = []
        self.before = layer.gdf
        self.after = self._apply(layer, diff)

    def _stale(self, gdf: gpd.GeoDataFrame, fid: int, version: Any) -> bool:
        if version is None or "row_version" not in gdf.columns or fid not in gdf.index:
            return fid not in gdf.index and version is not None
        return bool(_plain(gdf.at[fid, "row_version"]) != version)

    def _apply(self, layer: VectorLayer, diff: dict[str, Any]) -> gpd.GeoDataFrame:
        gdf = layer.gdf.copy()
        gname = gdf.geometry.name
        for fid in diff.get("deleted", []):
            version = diff.get("deleted_versions", {}).get(str(fid))
            if self._stale(gdf, fid, version):
                self.conflicts.append(
                    f"{layer.name} fid {fid}: changed on disk; not deleted"
                )
            elif fid in gdf.index:
                gdf = gdf.drop(index=fid)
        rows = []
        for entry in diff.get("changed", []):
            fid = int(entry["fid"])
            if self._stale(gdf, fid, entry.get("base_row_version")):
                self.conflicts.append(f"{layer.name} fid {fid}: changed on disk; kept")
                continue
            geom = shapely.from_wkb(entry["wkb_hex"]) if entry["wkb_hex"] else None
            values = {**entry["attributes"], gname: geom}
            if fid in gdf.index:
                for col, value in values.items():
                    if col not in gdf.columns:
                        gdf[col] = None
                    if col != gname and gdf[col].dtype != object:
                        gdf[col] = gdf[col].astype(object)
                    gdf.at[fid, col] = value
            else:
                rows.append(
                    pd.DataFrame({k: [v] for k, v in values.items()}, index=[fid])
                )
        if rows:
            gdf = pd.concat([gdf, *rows])
        out = gpd.GeoDataFrame(gdf, geometry=gname, crs=layer.gdf.crs)
        out.index.name = layer.gdf.index.name
        return out

    def redo(self) -> None:
        self.layer.set_frame(self.after.copy())

    def undo(self) -> None:
        self.layer.set_frame(self.before)


def recovered_edits(
    project: Project, doc: dict[str, Any]
) -> tuple[list[RestoreRecoveredEditsCommand], list[str]]:
    """Return one restore command per journaled layer, and what cannot be restored."""
    commands: list[RestoreRecoveredEditsCommand] = []
    conflicts: list[str] = []
    for layer_id, diff in doc.get("layers", {}).items():
        layer = project.find(layer_id)
        if layer is None:
            conflicts.append(f"layer {layer_id} no longer exists")
            continue
        cmd = RestoreRecoveredEditsCommand(layer, diff)
        commands.append(cmd)
        conflicts += cmd.conflicts
    return commands, conflicts
