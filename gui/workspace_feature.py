"""The map workspace: layer tree, attribute table, identify, select, measure, search.

:class:`WorkspaceFeature` is the first feature the main window builds: it
creates the docks and tools, adds their menu entries and re-points them at
each new project (:meth:`WorkspaceFeature.project_opened`).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox

from gui import i18n
from gui.dialogs.add_layer_dialog import add_layer_from_file
from gui.dialogs.select_by_expression_dialog import SelectByExpressionDialog
from gui.dialogs.settings_dialog import SettingsDialog
from gui.dialogs.style_dialog import StyleDialog
from gui.docks.attribute_table_dock import AttributeTableDock
from gui.docks.bookmarks_dock import BookmarksDock
from gui.docks.identify_dock import IdentifyDock
from gui.docks.layer_tree_dock import LayerTreeDock
from gui.docks.measure_dock import MeasureDock
from gui.interface import AppInterface, Feature
from gui.permissions import RoleGate, show_refusal
from gui.search_widget import SearchWidget
from gui.tools.identify_tool import IdentifyResult, IdentifyTool
from gui.tools.measure_tool import MeasureTool
from gui.tools.select_tool import SelectTool
from layers.permissions import Capability
from layers.project import Bookmark, Project
from layers.query.selection import select_within
from layers.vector_layer import VectorLayer

#: Half-size of the box the map flies to around a point feature, in degrees.
POINT_PAD_DEG = 0.005
Area = Qt.DockWidgetArea


class WorkspaceFeature(Feature):
    """Owns the workspace docks, tools and actions of one main window."""

    def __init__(self, iface: AppInterface, parent: QObject | None = None) -> None:
        super().__init__(iface, parent)
        if not i18n.current_language():
            i18n.install_translator()
        project = iface.project
        owner = iface.main_widget()
        self.layer_tree = LayerTreeDock(project, owner)
        self.attribute_table = AttributeTableDock(project, owner)
        self.identify_dock = IdentifyDock(owner)
        self.bookmarks = BookmarksDock(project, self._visible_extent_ll, owner)
        canvas = iface.canvas
        self.identify_tool = IdentifyTool(canvas, lambda: self.iface.project)
        self.select_tool = SelectTool(canvas, self.active_layer)
        self.measure_tools = [
            MeasureTool(canvas, "distance"),
            MeasureTool(canvas, "area"),
        ]
        self.measure_dock = MeasureDock(self.measure_tools, owner)
        self.search = SearchWidget(self._search_layers, owner)
        self.actions: dict[str, QAction] = {}
        self._place()
        self._connect()
        self.retranslate_ui()

    # --- construction -------------------------------------------------------
    def _place(self) -> None:
        iface = self.iface
        iface.add_dock(self.layer_tree, Area.LeftDockWidgetArea)
        iface.add_dock(self.bookmarks, Area.LeftDockWidgetArea)
        main = iface.main_widget()
        if isinstance(main, QMainWindow):
            main.tabifyDockWidget(self.layer_tree, self.bookmarks)
            self.layer_tree.raise_()
        # Result panels appear when their tool has something to show; the map
        # keeps the width until then.
        iface.add_dock(self.identify_dock, Area.RightDockWidgetArea, visible=False)
        iface.add_dock(self.measure_dock, Area.RightDockWidgetArea, visible=False)
        iface.add_dock(self.attribute_table, Area.BottomDockWidgetArea, visible=False)
        for tool in (self.identify_tool, self.select_tool, *self.measure_tools):
            iface.add_map_tool(tool, toolbar="tools")
        iface.toolbar("search").addWidget(self.search)
        bookmarks = iface.menu("bookmarks")
        bookmarks.aboutToShow.connect(self._fill_bookmarks_menu)
        # View already holds zoom to layer/selection and the Bookmarks submenu
        # (gui/main_window_menus.py); the Bookmarks dock manages them.
        specs = {
            "layer": (
                "add_layer",
                "style",
                "attribute_table",
                "remove_layer",
                "load_facilities",
            ),
            "select": ("select_expression", "select_location", "clear_selection"),
            "tools": ("settings",),
        }
        for menu_name, keys in specs.items():
            menu = iface.menu(menu_name)
            menu.addSeparator()
            for key in keys:
                action = QAction(self)
                action.setObjectName(f"action_{key}")
                action.triggered.connect(getattr(self, f"_on_{key}_triggered"))
                menu.addAction(action)
                self.actions[key] = action
                iface.register_action(key, action)
        gate = iface.feature(RoleGate)
        gate.guard(self.actions["load_facilities"], Capability.FACILITIES)
        gate.role_changed.connect(self._on_gate_role_changed)

    def _on_gate_role_changed(self, _role: str) -> None:
        if self.layer_tree.model is not None:
            self.layer_tree.model.refresh_marks()  # read-only marks follow the role

    def _connect(self) -> None:
        lt = self.layer_tree
        lt.zoom_to_layer_requested.connect(self.zoom_to_layer)
        lt.style_requested.connect(self.open_style_dialog)
        lt.attribute_table_requested.connect(self.open_attribute_table)
        lt.select_by_expression_requested.connect(self.open_select_by_expression)
        lt.add_layer_requested.connect(self._on_add_layer_triggered)
        lt.current_layer_changed.connect(self._on_layer_tree_current_layer_changed)
        self.attribute_table.zoom_to_features_requested.connect(self.zoom_to_features)
        self.identify_tool.features_identified.connect(
            self._on_identify_tool_features_identified
        )
        self.identify_dock.feature_activated.connect(self.fly_to)
        self.select_tool.message.connect(self.show_message)
        for tool in self.measure_tools:
            tool.action.triggered.connect(self._on_measure_action_triggered)
            tool.measurement_changed.connect(self._on_measure_tool_measurement_changed)
        self.search.feature_chosen.connect(self.fly_to)
        self.bookmarks.bookmark_activated.connect(self._on_bookmarks_bookmark_activated)
        i18n.notifier.language_changed.connect(self._on_notifier_language_changed)

    def retranslate_ui(self) -> None:
        """Set the texts of the workspace's actions and tools."""
        texts = {
            "add_layer": QCoreApplication.translate(
                "Workspace", "Add layer from file…"
            ),
            "style": QCoreApplication.translate("Workspace", "Layer style…"),
            "attribute_table": QCoreApplication.translate(
                "Workspace", "Open attribute table"
            ),
            "remove_layer": QCoreApplication.translate("Workspace", "Remove layer"),
            "select_expression": QCoreApplication.translate(
                "Workspace", "Select by expression…"
            ),
            "select_location": QCoreApplication.translate(
                "Workspace", "Select enterprises within selected zones"
            ),
            "clear_selection": QCoreApplication.translate(
                "Workspace", "Clear selection"
            ),
            "settings": QCoreApplication.translate("Workspace", "Settings…"),
            "load_facilities": QCoreApplication.translate(
                "Workspace", "Load the policy's facilities (示意)…"
            ),
        }
        for key, text in texts.items():
            self.actions[key].setText(text)
        self.identify_tool.retranslate_ui()
        self.select_tool.retranslate_ui()
        for tool in self.measure_tools:
            tool.retranslate_ui()

    # --- state ------------------------------------------------------------------
    @property
    def project(self) -> Project:
        """Return the window's current project."""
        return self.iface.project

    def active_layer(self) -> VectorLayer | None:
        """Return the layer chosen in the layer tree (None if there are no layers)."""
        return self.layer_tree.current_layer()

    def _search_layers(self) -> list[VectorLayer]:
        polys = [lyr for lyr in self.project.layers if lyr.geometry_type == "polygon"]
        others = [lyr for lyr in self.project.layers if lyr.geometry_type != "polygon"]
        return polys + others  # zones and districts rank before enterprises

    def _visible_extent_ll(self) -> tuple[float, float, float, float]:
        return self.iface.canvas.visible_extent_ll()

    def show_message(self, text: str, timeout_ms: int = 5000) -> None:
        """Show ``text`` in the status bar."""
        self.iface.show_message(text, timeout_ms)

    def _fill_bookmarks_menu(self) -> None:
        menu = self.iface.menu("bookmarks")
        menu.clear()
        add = menu.addAction(QCoreApplication.translate("Workspace", "Add Bookmark…"))
        add.triggered.connect(lambda: self.bookmarks.add_bookmark())
        menu.addSeparator()
        for bm in self.project.bookmarks:
            a = menu.addAction(bm.name)
            a.triggered.connect(
                lambda _=False, b=bm: self._on_bookmarks_bookmark_activated(b)
            )

    # --- operations ----------------------------------------------------------------
    def open_style_dialog(self, layer_id: str) -> StyleDialog | None:
        """Open the (non-modal) style dialog of ``layer_id``."""
        layer = self.project.find(layer_id)
        if layer is None:
            return None
        dialog = StyleDialog(layer, self.project.undo_stack, self.iface.main_widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_attribute_table(self, layer_id: str) -> None:
        """Show the attribute table dock on ``layer_id``."""
        self.attribute_table.set_layer(layer_id)
        self.attribute_table.show()
        self.attribute_table.raise_()

    def open_select_by_expression(
        self, layer_id: str
    ) -> SelectByExpressionDialog | None:
        """Open the select-by-expression dialog on ``layer_id``."""
        layer = self.project.find(layer_id)
        if layer is None:
            return None
        dialog = SelectByExpressionDialog(layer, self.iface.main_widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def select_by_location(self) -> tuple[VectorLayer, np.ndarray] | None:
        """Select points of the target layer inside the selected polygons.

        The target is the active layer when it is a point layer, else the first
        point layer (enterprises); the zones are the selected features of every
        other polygon layer.
        """
        active = self.active_layer()
        points = [lyr for lyr in self.project.layers if lyr.geometry_type == "point"]
        target = (
            active if active is not None and active.geometry_type == "point" else None
        )
        target = target or (points[0] if points else None)
        zones = [
            geom
            for lyr in self.project.layers
            if lyr is not target
            and lyr.geometry_type == "polygon"
            and lyr.selection.size
            for geom in lyr.gdf.geometry.loc[lyr.gdf.index.intersection(lyr.selection)]
        ]
        if target is None or not zones:
            self.show_message(
                QCoreApplication.translate(
                    "Workspace", "Select one or more zones first"
                )
            )
            return None
        fids = select_within(target.gdf, zones, predicate="within")
        target.set_selection(fids)
        self.show_message(
            QCoreApplication.translate(
                "Workspace", "{n} features of {layer} selected"
            ).format(n=f"{fids.size:,}", layer=target.name)
        )
        return target, fids

    def zoom_to_layer(self, layer_id: str) -> None:
        """Zoom the canvas to ``layer_id``."""
        layer = self.project.find(layer_id)
        if layer is not None:
            self.iface.canvas.zoom_to_layer(layer)

    def zoom_to_features(self, layer_id: str, fids: Any) -> None:
        """Zoom the canvas to features ``fids`` of ``layer_id``."""
        layer = self.project.find(layer_id)
        if layer is None:
            return
        sub = layer.gdf.loc[layer.gdf.index.intersection(np.asarray(fids))]
        if sub.empty:
            return
        xmin, ymin, xmax, ymax = (float(v) for v in sub.geometry.total_bounds)
        if xmax - xmin < 1e-9 and ymax - ymin < 1e-9:
            xmin, ymin = xmin - POINT_PAD_DEG, ymin - POINT_PAD_DEG
            xmax, ymax = xmax + POINT_PAD_DEG, ymax + POINT_PAD_DEG
        self.iface.canvas.zoom_to_extent_ll((xmin, ymin, xmax, ymax))

    def fly_to(self, layer_id: str, fid: int) -> None:
        """Zoom to one feature, select it and make its layer active."""
        layer = self.project.find(layer_id)
        if layer is None:
            return
        self.layer_tree.set_current_layer(layer_id)
        layer.set_selection([int(fid)])
        self.zoom_to_features(layer_id, [int(fid)])

    # --- project lifecycle --------------------------------------------------------
    def project_opened(self, project: Project) -> None:
        """Point the docks and the search at ``project``."""
        self.layer_tree.set_project(project)
        self.attribute_table.set_project(project)
        self.bookmarks.set_project(project)
        self.identify_dock.show_results([])
        self.search.reset_index()

    # --- handlers ---------------------------------------------------------------------
    def _on_layer_tree_current_layer_changed(self, layer_id: str) -> None:
        if self.attribute_table.isVisible() and layer_id:
            self.attribute_table.set_layer(layer_id)
        self.iface.events().current_layer_changed.emit(self.active_layer())

    def _on_identify_tool_features_identified(
        self, results: list[IdentifyResult]
    ) -> None:
        self.identify_dock.show_results(results)
        self.identify_dock.show()
        self.identify_dock.raise_()

    def _on_measure_action_triggered(self) -> None:
        self.measure_dock.show()
        self.measure_dock.raise_()

    def _on_measure_tool_measurement_changed(self, text: str) -> None:
        if text:
            self.show_message(text, 0)

    def _on_bookmarks_bookmark_activated(self, bm: Bookmark) -> None:
        self.iface.canvas.zoom_to_extent_ll((bm.xmin, bm.ymin, bm.xmax, bm.ymax))

    def _on_notifier_language_changed(self, _lang: str) -> None:
        # Widgets also get QEvent.LanguageChange (queued); this makes the
        # switch synchronous for everything the workspace owns.
        self.retranslate_ui()
        docks = (
            self.layer_tree,
            self.attribute_table,
            self.identify_dock,
            self.bookmarks,
            self.measure_dock,
            self.search,
        )
        for widget in docks:
            widget.retranslate_ui()

    def _with_active(self, fn: Any) -> None:
        layer = self.active_layer()
        if layer is None:
            self.show_message(
                QCoreApplication.translate(
                    "Workspace", "Choose a layer in the Layers panel first"
                )
            )
        else:
            fn(layer.id)

    def _on_add_layer_triggered(self) -> None:
        layer = add_layer_from_file(self.project, self.iface.main_widget())
        if layer is not None:
            self.layer_tree.set_current_layer(layer.id)

    def _on_style_triggered(self) -> None:
        self._with_active(self.open_style_dialog)

    def _on_attribute_table_triggered(self) -> None:
        self._with_active(self.open_attribute_table)

    def _on_remove_layer_triggered(self) -> None:
        self.layer_tree.remove_current_layer()

    def _on_select_expression_triggered(self) -> None:
        self._with_active(self.open_select_by_expression)

    def _on_select_location_triggered(self) -> None:
        self.select_by_location()

    def _on_clear_selection_triggered(self) -> None:
        for layer in self.project.layers:
            layer.set_selection([])

    def _on_load_facilities_triggered(self) -> None:
        self.load_facilities()

    def load_facilities(self) -> int:
        """Put the policy's indicative facilities in the project file (asks first).

        Returns how many were loaded (0 if the planner cancelled or could not).
        """
        from db.errors import PermissionDeniedError
        from db.project_io import reload_layer
        from db.shipped_facilities import load_shipped_facilities

        iface, translate = self.iface, QCoreApplication.translate
        title = translate("Workspace", "Policy facilities")
        if why := iface.feature(RoleGate).why_not(Capability.FACILITIES):
            iface.show_error(title, why)
            return 0
        layer = self.project.find("facilities")
        if iface.store is None or layer is None or layer.read_only:
            iface.show_error(
                title,
                translate("Workspace", "Open or save a writable project file first."),
            )
            return 0
        buf = self.project.edit_buffers.get(layer.id)
        if buf is not None and buf.modified:
            iface.show_error(
                title,
                translate("Workspace", "Save or cancel the facility edits first."),
            )
            return 0
        replace = len(layer.gdf) > 0
        if replace:
            question = translate(
                "Workspace",
                "Replace the %1 facilities of this project with the shipped ones? "
                "Positions are indicative (示意).",
            ).replace("%1", str(len(layer.gdf)))
        else:
            question = translate(
                "Workspace",
                "Load the facilities the policy names (示意, indicative positions) "
                "into this project?",
            )
        answer = QMessageBox.question(iface.main_widget(), title, question)
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        try:
            n = load_shipped_facilities(iface.store, iface.user, replace=replace)
        except PermissionDeniedError as exc:
            show_refusal(iface, exc)
            return 0
        reload_layer(self.project, iface.store, layer)
        self.show_message(
            translate("Workspace", "%1 facilities loaded (示意)").replace("%1", str(n))
        )
        return n

    def _on_settings_triggered(self) -> None:
        SettingsDialog(parent=self.iface.main_widget()).exec()
