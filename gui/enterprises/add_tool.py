"""AddEnterpriseTool: click the map, fill the form, push an undoable add."""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from PySide6.QtCore import QCoreApplication, Qt

from geo.crs import transform_xy
from gui.enterprises.form_dialog import EnterpriseFormDialog
from gui.interface import AppInterface
from gui.map_tool import MapMouseEvent, MapTool
from layers.editing.feature_commands import BOOKKEEPING, AddFeatureCommand


class AddEnterpriseCommand(AddFeatureCommand):
    """AddFeatureCommand for the enterprises layer.

    Builds the new row with the layer's geometry column name directly:
    ``GeoDataFrame.rename_geometry`` raises when the name is unchanged
    ("geometry"), which the base class would hit on layers read from the store.
    """

    def _row(self) -> gpd.GeoDataFrame:
        gdf = self.layer.gdf
        data = {k: [v] for k, v in self.attributes.items() if k not in BOOKKEEPING}
        data[gdf.geometry.name] = [self.geometry]
        return gpd.GeoDataFrame(
            data,
            geometry=gdf.geometry.name,
            crs=gdf.crs,
            index=pd.Index([self.fid], name=gdf.index.name),
        )


class AddEnterpriseTool(MapTool):
    """Add one enterprise where the user clicks (display CRS -> EPSG:4490).

    District and zones are assigned from the clicked point by containment;
    the row saves with ``coord_source='cgcs2000'`` and ``synthetic=0``.
    """

    def __init__(
        self, canvas: Any, window: AppInterface, form_factory: Any = None
    ) -> None:
        super().__init__(canvas, cursor=Qt.CursorShape.CrossCursor)
        from gui.i18n import Retranslator

        Retranslator(self, self.retranslate_ui)
        self.window_ = window
        self.form_factory = form_factory or EnterpriseFormDialog
        self.last_command: AddEnterpriseCommand | None = None

    def retranslate_ui(self) -> None:
        """Set the action's text in the UI language."""
        self.action.setText(
            QCoreApplication.translate("AddEnterpriseTool", "Add enterprise")
        )

    def _layer(self) -> Any:
        project = self.window_.project
        return project.find("enterprises") if project is not None else None

    def canvas_release_event(self, event: MapMouseEvent) -> None:
        if event.button != Qt.MouseButton.LeftButton:
            return
        layer = self._layer()
        if layer is None or layer.read_only:
            return
        lon_ll, lat_ll = transform_xy(event.x_map, event.y_map, event.epsg, 4490)
        lon, lat = float(lon_ll), float(lat_ll)
        taken = set(layer.gdf["credit_code"].astype(str).str.upper())
        dlg = self.form_factory({}, taken, self.canvas)
        if not dlg.exec():
            return
        attrs = dlg.values()
        attrs.update(self._place(lon, lat))
        attrs.update({"coord_source": "cgcs2000", "synthetic": 0})
        cmd = AddEnterpriseCommand(
            layer,
            shapely.Point(lon, lat),
            attrs,
            text=f"Add enterprise {attrs['name']}",
        )
        if self.window_.push_feature_edit(cmd):
            self.last_command = cmd

    def _place(self, lon: float, lat: float) -> dict[str, str]:
        from layers.enterprises.assignment import assign_districts, assign_zones

        project = self.window_.project
        x, y = np.array([lon]), np.array([lat])
        out = {"district_adcode": "", "zone_codes": ""}
        base = next(
            (lyr for lyr in project.layers if lyr.source.table == "basemap"), None
        )
        if base is not None and len(base.gdf):
            out["district_adcode"] = str(assign_districts(x, y, base.gdf)[0])
        zones = [lyr.gdf for lyr in project.layers if lyr.source.table == "zones"]
        if zones:
            out["zone_codes"] = str(assign_zones(x, y, pd.concat(zones))[0])
        return out
