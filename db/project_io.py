"""Load a :class:`layers.project.Project` from a store, and save it back.

Project state (layer order, visibility, opacity, style, bookmarks, display
CRS, other settings) lives in zp_settings; print layouts in zp_layouts. The
features each layer was loaded with are kept as its *baseline*, so Save
writes only what changed (db.changes), all in one action.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any

import pandas as pd

from db.changes import SaveSummary, save_layer_changes
from db.store_api import Store
from layers.layer_specs import default_layer_specs
from layers.permissions import Permissions
from layers.project import Bookmark, Project, ProjectMeta
from layers.style import LayerStyle
from layers.vector_layer import LayerSource, VectorLayer

#: Settings keys owned by project_io; everything else lands in project.settings.
STATE_KEYS = ("layers", "bookmarks", "display_epsg")
READ_ONLY_TABLES = ("basemap",)

#: Shown when a project has no bookmarks of its own; extents in EPSG:4490.
DEMO_BOOKMARKS = (
    Bookmark("中关村科学城 Zhongguancun Science City", 116.25, 39.93, 116.38, 40.03),
    Bookmark("CBD–金融街 CBD–Financial Street", 116.33, 39.88, 116.50, 39.94),
    Bookmark("京津冀 Jing-Jin-Ji", 113.4, 36.0, 119.9, 42.7),
)

# Baselines per project, per layer id; weak so a closed project frees them.
_BASELINES: weakref.WeakKeyDictionary[Project, dict[str, tuple[pd.DataFrame, int]]] = (
    weakref.WeakKeyDictionary()
)


def baseline(project: Project, layer_id: str) -> pd.DataFrame | None:
    """Return the frame a layer was loaded (or last saved) with."""
    entry = _BASELINES.get(project, {}).get(layer_id)
    return None if entry is None else entry[0]


def baseline_entry(project: Project, layer_id: str) -> tuple[pd.DataFrame, int]:
    """Return ``(frame, layer revision)`` a layer was loaded or last saved with."""
    return _BASELINES[project][layer_id]


def set_baseline(
    project: Project, layer_id: str, frame: pd.DataFrame, revision: int
) -> None:
    """Replace a layer's baseline (rows another session saved, a resolved conflict).

    ``revision`` -1 makes the next save diff the layer even if unchanged.
    """
    _BASELINES.setdefault(project, {})[layer_id] = (frame, revision)


def reset_baseline(project: Project, layer: VectorLayer) -> None:
    """Take ``layer``'s current frame as what its table holds (after a direct write)."""
    base = _BASELINES.setdefault(project, {})
    base[layer.id] = (layer.gdf.copy(), layer.revision)


def reload_layer(project: Project, store: Store, layer: VectorLayer) -> None:
    """Show what ``layer``'s table now holds (after a direct, committed write)."""
    table = layer.source.table
    if not table:
        raise ValueError(f"{layer.name} is not a project table")
    layer.set_frame(store.read_table(table, layer.source.where or None))
    reset_baseline(project, layer)


def make_writable(project: Project) -> None:
    """Let a project opened read-only be edited once it lives in a writable file.

    A project file is its owner's: the planner is its administrator.
    """
    meta = project.meta
    meta.backend = "gpkg"
    if meta.path:  # the file it now lives in (a team project's copy included)
        meta.location = meta.path
        meta.display_name = Path(meta.path).name
    apply_role(project, "admin")


def viewer_reason(store: Store) -> str:
    """Return why a viewer's project is read-only (the store's reason wins)."""
    return store.read_only_reason or (
        f"{store.display_name}: you are signed in as a viewer; the database "
        "allows reading only."
    )


def apply_role(project: Project, role: str, reason: str = "") -> None:
    """Give ``project`` the signed-in ``role``: its meta and which layers may be edited.

    A viewer's project is read-only (``reason`` says why); every other role
    edits the tables it may write (the server enforces the same). Layers that
    no role edits (the basemap, files added to the map) stay read-only.
    """
    meta = project.meta
    meta.role = role
    meta.read_only = role == "viewer"
    meta.read_only_reason = reason if meta.read_only else ""
    perms = Permissions.of(meta)
    for lyr in project.layers:
        table = lyr.source.table
        if table and lyr.source.path is None:
            lyr.read_only = (
                meta.read_only
                or table in READ_ONLY_TABLES
                or not perms.may_write(table)
            )


def has_unsaved_changes(project: Project, layer: VectorLayer) -> bool:
    """Return True if ``layer`` changed since it was loaded or last saved."""
    entry = _BASELINES.get(project, {}).get(layer.id)
    return entry is not None and entry[1] != layer.revision


def load_project(store: Store) -> Project:
    """Build the project's layers and state from the store.

    Layers come from :func:`layers.layer_specs.default_layer_specs` (zones split
    by kind through ``spec.where``); saved order, visibility, opacity and
    style are applied on top.
    """
    settings = store.read_settings()
    project = Project(display_epsg=int(settings.get("display_epsg", 4548)))
    # A store opened read-only is a viewer's, whatever the database grants.
    role = "viewer" if store.read_only else store.role()
    project.meta = ProjectMeta(
        path=store.location if store.backend == "gpkg" else None,
        schema_version=store.schema_version,
        location=store.location,
        display_name=store.display_name,
        backend=store.backend,
    )
    base: dict[str, Any] = {}
    layers = []
    for spec in default_layer_specs():
        gdf = store.read_table(spec.table, where=spec.where or None)
        layer = VectorLayer(
            spec.name_zh,
            gdf,
            spec.geometry_type,
            style=spec.style,
            source=LayerSource(spec.table, dict(spec.where)),
            layer_id=spec.key,
        )
        layers.append(layer)
        base[layer.id] = (gdf.copy(), layer.revision)
    project.layers = _apply_layer_state(layers, settings.get("layers", []))
    # The role decides which tables may be edited (the server enforces it).
    apply_role(project, role, viewer_reason(store))
    saved_bm = settings.get("bookmarks")
    project.bookmarks = (
        [Bookmark(**b) for b in saved_bm] if saved_bm else list(DEMO_BOOKMARKS)
    )
    project.layouts = store.read_layouts()
    project.settings = {k: v for k, v in settings.items() if k not in STATE_KEYS}
    _BASELINES[project] = base
    return project


def _apply_layer_state(
    layers: list[VectorLayer], saved: list[dict[str, Any]]
) -> list[VectorLayer]:
    by_id = {lyr.id: lyr for lyr in layers}
    ordered = []
    for entry in saved:
        lyr = by_id.pop(entry.get("id", ""), None)
        if lyr is None:
            continue
        lyr.visible = bool(entry.get("visible", True))
        lyr.opacity = float(entry.get("opacity", 1.0))
        if entry.get("style"):
            lyr.style = LayerStyle.from_dict(entry["style"])
        ordered.append(lyr)
    # Layers new in this app version go back to their default place: just
    # above the saved layer that follows them in the default order (else last).
    for pos, lyr in enumerate(layers):
        if lyr.id not in by_id:
            continue
        below = [other for other in layers[pos + 1 :] if other in ordered]
        ordered.insert(ordered.index(below[0]) if below else len(ordered), lyr)
    return ordered


def project_state(project: Project) -> dict[str, Any]:
    """Return the settings that describe the project's state (JSON-ready)."""
    state = dict(project.settings)
    state["layers"] = [
        {
            "id": lyr.id,
            "visible": lyr.visible,
            "opacity": lyr.opacity,
            "style": lyr.style.to_dict(),
        }
        for lyr in project.layers
    ]
    state["bookmarks"] = [b.to_dict() for b in project.bookmarks]
    state["display_epsg"] = project.display_epsg
    return state


def save_project(project: Project, store: Store, user: str) -> list[SaveSummary]:
    """Save every editable layer's edits and the project state in ONE action.

    On any error (a conflict included) nothing is written and the undo stack
    stays dirty. The stack is marked clean only once the data is committed:
    when this runs inside an outer action (an edit session's save), that is
    after the OUTER commit, so a failed outer COMMIT leaves the project dirty.
    """
    base = _BASELINES.setdefault(project, {})
    summaries: list[SaveSummary] = []
    with store.action(user, "Save project") as tx:
        for lyr in project.layers:
            table = lyr.source.table
            entry = base.get(lyr.id)
            if lyr.read_only or not table or entry is None:
                continue
            frame, revision = entry
            if revision == lyr.revision:
                continue  # untouched since load or last save: nothing to diff
            summaries.append(save_layer_changes(store, lyr, frame, user))
        store.write_settings(project_state(project), user)
        store.write_layouts(project.layouts, user)
        tx.after_commit(lambda: _refresh_baselines(project, base))
        tx.after_commit(project.mark_saved)
    return summaries


def _refresh_baselines(project: Project, base: dict[str, Any]) -> None:
    for lyr in project.layers:
        if lyr.id in base and base[lyr.id][1] != lyr.revision:
            base[lyr.id] = (lyr.gdf.copy(), lyr.revision)
