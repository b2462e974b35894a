"""Helpers for the editing GUI tests: a canvas on a zone project and map events."""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import Qt

from geo.crs import transform_xy
from gui.editing.controller import EditController
from gui.map_canvas import MapCanvas
from gui.map_tool import MapMouseEvent
from layers.project import Project
from layers.vector_layer import LayerSource, VectorLayer
from layers.viewport import Viewport

LEFT = Qt.MouseButton.LeftButton
RIGHT = Qt.MouseButton.RightButton
NONE = Qt.MouseButton.NoButton


def zones_project() -> Project:
    """Return a project with the parks of tests/layers/zones_fixtures (fids 1, 2)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "layers"))
    from zones_fixtures import make_zones

    gdf = make_zones().iloc[:2].copy()
    gdf.index = pd.Index([1, 2], name="fid")
    gdf["row_version"] = 1
    layer = VectorLayer(
        "中关村园区",
        gdf,
        "polygon",
        source=LayerSource("zones", {"kind": ["zgc_park"]}),
        layer_id="zgc_parks",
    )
    project = Project()
    project.add_layer(layer)
    return project


def make_canvas(project: Project, qtbot: Any) -> MapCanvas:
    """Return an 800x600 canvas over the parks (EPSG:4548, ~20 m per pixel)."""
    canvas = MapCanvas(project)
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    x, y = transform_xy(116.34, 39.98, 4490, 4548)
    canvas.set_viewport(
        Viewport(4548, float(x), float(y), 20.0, 800, 600), record=False
    )
    return canvas


def make_controller(project: Project, canvas: MapCanvas) -> EditController:
    """Return a controller editing the parks, answering forms with fixed values."""
    ctl = EditController(canvas)
    ctl.set_project(project)
    ctl.start_editing(project.find("zgc_parks"))
    ctl.form_handler = lambda layer, values, suggested: {
        **values,
        "code": "ZGC-NEW",
        "name_zh": "新园",
        "kind": "zgc_park",
        "boundary_status": "indicative",
    }
    # Never open a modal dialog in tests: refuse overrides, keep unsaved edits.
    ctl.override_handler = lambda text: None
    ctl.unsaved_handler = lambda layer: "cancel"
    return ctl


def ev_ll(
    canvas: MapCanvas,
    lon: float,
    lat: float,
    button: Any = LEFT,
    buttons: Any = None,
    dx_px: float = 0.0,
    dy_px: float = 0.0,
) -> MapMouseEvent:
    """Return a map event at a lon/lat (plus a pixel offset), as the canvas makes them."""
    vp = canvas.viewport
    x, y = transform_xy(lon, lat, 4490, vp.epsg)
    px, py = vp.map_to_px(x, y)
    px, py = float(px) + dx_px, float(py) + dy_px
    xm, ym = vp.px_to_map(px, py)
    held = buttons if buttons is not None else button
    return MapMouseEvent(
        px,
        py,
        float(xm),
        float(ym),
        held,
        Qt.KeyboardModifier.NoModifier,
        button,
        vp.epsg,
    )


def edit_stack(project: Project, layer_id: str = "zgc_parks") -> Any:
    """Return the undo stack of ``layer_id``'s edit buffer (it must be edited)."""
    return project.edit_buffers[layer_id].undo_stack
