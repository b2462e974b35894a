"""Turn an import plan into one undoable edit on the project's zone layers.

The GUI imports into the edit buffer (Save writes it, with history in the
audit log); the CLI writes plans straight to the store (:func:`apply_plan`).
"""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from layers.editing.feature_commands import (
    AddFeatureCommand,
    ChangeAttributesCommand,
    ChangeGeometryCommand,
)
from layers.project import Project
from layers.undo import Command, MacroCommand
from layers.vector_layer import VectorLayer
from layers.zones.zone_plan import ImportPlan

SKIP = ("row_version", "geometry")


def zone_layers(project: Project) -> list[VectorLayer]:
    """Return the project's layers fed by the zones table."""
    return [lyr for lyr in project.layers if lyr.source.table == "zones"]


def existing_zones(project: Project) -> gpd.GeoDataFrame:
    """Return all zones of the project's zone layers in one frame (index fid)."""
    frames = [lyr.gdf for lyr in zone_layers(project)]
    if not frames:
        return gpd.GeoDataFrame(
            {"code": [], "name_zh": [], "geometry": []}, geometry="geometry", crs=4490
        )
    return gpd.GeoDataFrame(
        pd.concat(frames), geometry=frames[0].geometry.name, crs="EPSG:4490"
    )


def layer_for_kind(project: Project, kind: str) -> VectorLayer | None:
    """Return the zone layer showing ``kind`` (by its source filter)."""
    for lyr in zone_layers(project):
        kinds = lyr.source.where.get("kind")
        if kinds is None or kind in kinds:
            return lyr
    return None


def import_command(
    project: Project, plan: ImportPlan
) -> tuple[MacroCommand, list[str]]:
    """Return one macro applying ``plan`` and the notes (e.g. kinds with no layer)."""
    cmds: list[Command] = []
    notes: list[str] = []
    owner = {int(f): lyr for lyr in zone_layers(project) for f in lyr.gdf.index}
    for fid, row in plan.updates.iterrows():
        lyr = owner.get(int(fid))
        if lyr is None:
            continue
        cmds.append(ChangeGeometryCommand(lyr, {int(fid): row["geometry"]}))
        attrs = {
            k: v
            for k, v in row.items()
            if k not in SKIP and not (isinstance(v, float) and pd.isna(v))
        }
        cmds.append(ChangeAttributesCommand(lyr, int(fid), attrs))
    for _, row in plan.inserts.iterrows():
        lyr = layer_for_kind(project, row["kind"])
        if lyr is None:
            notes.append(
                f"{row['code']}: no layer shows kind {row['kind']}; not imported"
            )
            continue
        attrs = {k: v for k, v in row.items() if k != "geometry"}
        cmds.append(AddFeatureCommand(lyr, row["geometry"], attrs))
    return MacroCommand(f"Import zones from {plan.source_name}", cmds), notes
