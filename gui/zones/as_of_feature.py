"""View ▸ Zones as of a date…: show the zone layers as they stood on a date.

The work is :func:`layers.zones.as_of.zones_as_of` (effective dates plus the
versions saved in the audit log). This feature only asks for the date, puts a
read-only copy of each zone layer ("… (as of 2016-06-29)") above the live one
and hides the live one, so the map, identify and printed layouts show that
date; unchecking the action (or opening another project) restores the live
layers. A save never writes the view: it steps aside while the project is
written and comes back afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import pandas as pd
from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gui.interface import AppInterface, Feature, SaveRequest
from layers.project import Project
from layers.vector_layer import LayerSource, VectorLayer
from layers.zones.as_of import zones_as_of

if TYPE_CHECKING:
    from db.store_api import Store

SUFFIX = "@as_of"
#: The seed policy's date: the default the dialog offers.
POLICY_DATE = QDate(2016, 6, 29)


class AsOfDialog(QDialog):
    """Ask for the date the zone layers should show."""

    def __init__(self, initial: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AsOfDialog")
        self.setWindowTitle(self.tr("Zones as of a date"))
        self.date = QDateEdit(initial, self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        text = self.tr(
            "Zones in force on this date (effective dates), each in the version saved on or before it."
        )
        note = QLabel(text, self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for w in (note, self.date, buttons):
            lay.addWidget(w)
        # Wide enough that the note reads as two or three lines, not a column.
        self.setMinimumWidth(28 * self.fontMetrics().height())

    def chosen(self) -> date:
        """Return the chosen date."""
        d = self.date.date()
        return date(d.year(), d.month(), d.day())


def zone_history(store: Store | None) -> pd.DataFrame | None:
    """Return the zones' audit rows from the store (None without a store)."""
    if store is None:
        return None
    return store.read_table("zp_audit_log", where={"table_name": ["zones"]})


def as_of_layers(
    project: Project, on: date, history: Any
) -> list[tuple[int, VectorLayer]]:
    """Return (index of the live layer, read-only as-of copy) per zone layer."""
    live = [lyr for lyr in project.layers if lyr.source.table == "zones"]
    if not live:
        return []
    frames = [lyr.gdf for lyr in live if len(lyr.gdf)]
    if not frames:
        return []
    zones = gpd.GeoDataFrame(pd.concat(frames), crs="EPSG:4490")
    zones = zones[~zones.index.duplicated()]
    view = zones_as_of(zones, on, history)
    out = []
    for lyr in live:
        kinds = lyr.source.where.get("kind")
        part = view[view["kind"].isin(kinds)] if kinds else view
        copy = VectorLayer(
            QCoreApplication.translate("ZonesAsOf", "%1 (as of %2)")
            .replace("%1", lyr.name)
            .replace("%2", on.isoformat()),
            gpd.GeoDataFrame(part, geometry=part.geometry.name, crs="EPSG:4490"),
            lyr.geometry_type,
            style=lyr.style,
            source=LayerSource(None, dict(lyr.source.where)),
            read_only=True,
            layer_id=lyr.id + SUFFIX,
        )
        copy.opacity = lyr.opacity  # the view looks like the layer it stands for
        out.append((project.layers.index(lyr), copy))
    return out


class ZonesAsOfFeature(Feature):
    """The View ▸ Zones as of a date… action and the as-of view it shows."""

    def __init__(self, iface: AppInterface, parent: QObject | None = None) -> None:
        super().__init__(iface, parent)
        from gui.i18n import Retranslator

        self.on: date | None = None
        self._hidden: list[VectorLayer] = []
        self.action = QAction(iface.main_widget())
        self.action.setObjectName("action_zones_as_of")
        self.action.setCheckable(True)
        Retranslator(
            self.action, lambda: self.action.setText(self.tr("Zones as of a date…"))
        )
        self.action.toggled.connect(self._on_action_toggled)
        iface.menu("view").addAction(self.action)
        iface.register_action("zones_as_of", self.action)
        iface.add_save_participant(self)

    # --- the view ----------------------------------------------------------------
    def show_as_of(self, on: date) -> int:
        """Show the zone layers as of ``on``; return how many zones are shown."""
        self.clear()
        project = self.iface.project
        pairs = as_of_layers(project, on, zone_history(self.iface.store))
        for index, copy in sorted(pairs, key=lambda p: -p[0]):
            live = project.layers[index]
            project.add_layer(copy, index)
            if live.visible:
                live.set_visible(False)
                self._hidden.append(live)
        self.on = on
        self._set_checked(True)
        n = sum(c.feature_count for _, c in pairs)
        self.iface.show_message(
            self.tr("Zones as of %1: %2 shown")
            .replace("%1", on.isoformat())
            .replace("%2", str(n))
        )
        return n

    def clear(self) -> None:
        """Remove the as-of layers and show the live zone layers again."""
        project = self.iface.project
        for lyr in list(project.layers):
            if lyr.id.endswith(SUFFIX):
                project.remove_layer(lyr.id)
        for lyr in self._hidden:
            lyr.set_visible(True)
        self._hidden = []
        self.on = None
        self._set_checked(False)

    def _set_checked(self, on: bool) -> None:
        self.action.blockSignals(True)
        self.action.setChecked(on)
        self.action.blockSignals(False)

    def _on_action_toggled(self, checked: bool) -> None:
        if not checked:
            self.clear()
            return
        dlg = AsOfDialog(POLICY_DATE, self.iface.main_widget())
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.show_as_of(dlg.chosen())
        else:
            self._set_checked(False)

    # --- project life ----------------------------------------------------------------
    def project_closing(self, project: Project) -> None:
        """Drop the view with the project it was made of."""
        self._hidden = []
        self.on = None
        self._set_checked(False)

    @contextmanager
    def saving(self, request: SaveRequest) -> Iterator[None]:
        """Step the view aside while the project is written, then put it back."""
        on = self.on
        if on is not None:
            self.clear()
        try:
            yield
        finally:
            if on is not None:
                self.show_as_of(on)
