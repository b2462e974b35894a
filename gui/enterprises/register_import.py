"""Writing an imported enterprise list into the open project, in one action.

The import wizard validates off the GUI thread; the write happens here, on the
GUI thread, through the store (one transaction), and the enterprises layer is
then reloaded from the file so what the planner sees is what was saved.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from gui.enterprises.stats_dock import project_frames
from gui.interface import AppInterface


def project_basemap(iface: AppInterface) -> Any:
    """Return the basemap frame of the window's project (or the shipped one)."""
    return project_frames(iface.project)[2]


def existing_for(iface: AppInterface) -> pd.DataFrame:
    """Return credit code -> (fid, row_version) of the saved enterprises."""
    from layers.enterprises.importer import existing_codes

    if iface.store is not None:
        return existing_codes(iface.store.read_table("enterprises"))
    layer = iface.project.find("enterprises")
    return existing_codes(layer.gdf[layer.gdf.index > 0] if layer is not None else None)


def enterprises_dirty(iface: AppInterface) -> bool:
    """Return True if the enterprises layer has unsaved edits."""
    from db.project_io import has_unsaved_changes

    layer = iface.project.find("enterprises")
    if layer is None:
        return False
    buf = iface.project.edit_buffers.get(layer.id)
    return (buf is not None and buf.modified) or has_unsaved_changes(
        iface.project, layer
    )


def write_import(iface: AppInterface, result: Any) -> dict[str, int]:
    """Write an ImportResult via the window's store, then reload the layer."""
    from db.project_io import STATE_KEYS, reload_layer
    from layers.enterprises.importer import apply_import

    store = iface.store
    if store is None:
        raise RuntimeError("save the project to a file before importing")
    if enterprises_dirty(iface):
        raise RuntimeError("save or undo the unsaved enterprise edits first")
    zones = project_frames(iface.project, store)[1]
    counts = apply_import(store, result, iface.user, zones=zones)
    layer = iface.project.find("enterprises")
    if layer is not None:
        reload_layer(iface.project, store, layer)
    # The import records its source in the settings (export headers use it).
    saved = store.read_settings()
    iface.project.settings.update(
        {k: v for k, v in saved.items() if k not in STATE_KEYS}
    )
    return counts
