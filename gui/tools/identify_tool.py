"""IdentifyTool: click the map, list the features under the cursor with all attributes.

Polygons also report their geodesic area in m², 公顷 and 亩 and how it was
computed (geo.measure), because that is what planners quote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal

from geo.crs import transform_xy
from geo.measure import AreaResult, LengthResult, geodesic_area, geodesic_length
from gui.map_tool import MapMouseEvent, MapTool
from layers.project import Project
from layers.query.selection import fids_at_point

STORAGE_EPSG = 4490
#: Click tolerance in device pixels (points and lines).
TOLERANCE_PX = 5.0


@dataclass(frozen=True)
class IdentifyResult:
    """One identified feature: its layer, id, attributes and measures."""

    layer_id: str
    layer_name: str
    fid: int
    attributes: dict[str, Any] = field(default_factory=dict)
    area: AreaResult | None = None
    length: LengthResult | None = None
    table: str | None = None  # the layer's source table (for field aliases)

    @property
    def title(self) -> str:
        """Return the feature's name if it has one, else its fid."""
        for key in ("name_zh", "name", "case_no", "name_en", "code"):
            value = self.attributes.get(key)
            if isinstance(value, str) and value:
                return value
        return f"#{self.fid}"


def tolerance_box_ll(
    x_map: float, y_map: float, epsg: int, tol_m: float
) -> tuple[float, float, float, float]:
    """Return the EPSG:4490 box around a display-CRS point (``epsg``) ± ``tol_m``."""
    xs = np.array([x_map - tol_m, x_map + tol_m, x_map - tol_m, x_map + tol_m])
    ys = np.array([y_map - tol_m, y_map - tol_m, y_map + tol_m, y_map + tol_m])
    lon, lat = transform_xy(xs, ys, epsg, STORAGE_EPSG)
    return float(lon.min()), float(lat.min()), float(lon.max()), float(lat.max())


def identify(
    project: Project,
    x_map: float,
    y_map: float,
    epsg: int,
    tol_m: float,
    limit: int = 20,
) -> list[IdentifyResult]:
    """Return the features of visible layers at a display-CRS point, top layer first.

    Parameters
    ----------
    project : Project
        Layers to query (visible ones only).
    x_map, y_map : float
        The point in the display CRS ``epsg`` (metres).
    epsg : int
        Display CRS.
    tol_m : float
        Tolerance in display metres (pixel tolerance × metres per pixel).
    limit : int
        At most this many features per layer.
    """
    lon, lat = transform_xy(x_map, y_map, epsg, STORAGE_EPSG)
    box = tolerance_box_ll(x_map, y_map, epsg, tol_m)
    out: list[IdentifyResult] = []
    for layer in project.layers:
        if not layer.visible:
            continue
        fids = fids_at_point(layer, float(lon), float(lat), box, limit)
        if fids.size == 0:
            continue
        rows = layer.gdf.loc[fids]
        geom_col = layer.gdf.geometry.name
        for fid, (_, row) in zip(fids.tolist(), rows.iterrows(), strict=True):
            geom = row[geom_col]
            attrs = {str(k): v for k, v in row.items() if k != geom_col}
            area = geodesic_area(geom) if layer.geometry_type == "polygon" else None
            length = geodesic_length(geom) if layer.geometry_type == "line" else None
            out.append(
                IdentifyResult(
                    layer.id, layer.name, fid, attrs, area, length, layer.source.table
                )
            )
    return out


class IdentifyTool(MapTool):
    """Click to identify features of all visible layers.

    Signals
    -------
    features_identified(list)
        A list of :class:`IdentifyResult`, top layer first (may be empty).
    features_double_clicked(list)
        ``[(layer_id, fid)]`` under a double click, top layer first; editing
        opens the attribute form of the first one in edit mode.
    """

    features_identified = Signal(list)
    features_double_clicked = Signal(list)

    def __init__(self, canvas: Any, project: Callable[[], Project]) -> None:
        super().__init__(canvas, cursor=Qt.CursorShape.WhatsThisCursor)
        self._project = project
        self.action.setObjectName("action_identify")
        self.retranslate_ui()
        self.last_results: list[IdentifyResult] = []

    def retranslate_ui(self) -> None:
        """Set the action's text and tooltip in the current language."""
        self.action.setText(QCoreApplication.translate("IdentifyTool", "Identify"))
        self.action.setToolTip(
            QCoreApplication.translate(
                "IdentifyTool", "Identify features: click the map"
            )
        )

    def canvas_release_event(self, event: MapMouseEvent) -> None:
        """Identify at the released point (left button)."""
        if event.button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton):
            return
        self.identify_at(event)

    def canvas_double_click_event(self, event: MapMouseEvent) -> None:
        """Identify and announce the features under a double click (left button)."""
        if event.button != Qt.MouseButton.LeftButton:
            return
        results = self.identify_at(event)
        self.features_double_clicked.emit([(r.layer_id, r.fid) for r in results])

    def identify_at(self, event: MapMouseEvent) -> list[IdentifyResult]:
        """Identify at ``event``'s map point and emit ``features_identified``."""
        vp = self.canvas.viewport
        results = identify(
            self._project(), event.x_map, event.y_map, vp.epsg, TOLERANCE_PX * vp.mupp
        )
        self.last_results = results
        self.features_identified.emit(results)
        return results
