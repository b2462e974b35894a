"""Icons of the app (Tabler Icons, MIT, vendored in resources/icons/tabler).

:func:`icon` returns a named icon drawn from its SVG in the UI's ink colour;
:func:`decorate` gives every action of a window its icon, the shortcuts
planners know from QGIS where the action has none yet, and a tooltip that
names the shortcut. Actions are matched by ``objectName`` (``action_save``,
``layout_export`` …), dock toggles by their dock's, submenus by their menu's.
tools/vendor_icons.py copies exactly the SVGs named here from the npm package.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar, QWidget

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons" / "tabler"
INK = "#37474f"
SIZES = (16, 20, 24, 32, 48)
TOOLBAR_ICON_PX = 20

#: Action objectName -> Tabler icon name.
ACTION_ICONS: dict[str, str] = {
    # files
    "action_new": "file-plus",
    "action_open": "folder-open",
    "action_save": "device-floppy",
    "action_save_as": "file-export",
    "action_close": "x",
    "action_quit": "logout",
    "action_undo": "arrow-back-up",
    "action_redo": "arrow-forward-up",
    "action_about": "info-circle",
    "action_zones_as_of": "history",
    "action_settings": "settings",
    # navigation
    "action_zoom_in": "zoom-in",
    "action_zoom_out": "zoom-out",
    "action_zoom_full": "world",
    "action_zoom_layer": "zoom-pan",
    "action_zoom_selection": "focus-2",
    "action_previous_view": "arrow-left",
    "action_next_view": "arrow-right",
    "action_zoom_box": "zoom-in-area",
    "action_pan": "hand-stop",
    "action_crs_4548": "world",
    "action_crs_3857": "world",
    # layers and selection
    "action_add_layer": "square-rounded-plus",
    "action_style": "palette",
    "action_attribute_table": "table",
    "action_remove_layer": "trash",
    "action_identify": "info-square-rounded",
    "action_select": "pointer",
    "action_select_expression": "filter",
    "action_select_location": "map-search",
    "action_clear_selection": "square-off",
    "action_measure_distance": "ruler-2",
    "action_measure_area": "ruler-measure",
    # editing
    # cases and team databases
    "action_case_catalogue": "books",
    "action_load_facilities": "map-pins",
    "action_case_regulatory": "map-2",
    "action_open_database": "database",
    "action_publish": "cloud-upload",
    "action_checkout": "database-export",
    "action_checkin": "database-import",
    "action_edit_toggle": "pencil",
    "action_edit_save": "pencil-check",
    "action_edit_cancel": "pencil-x",
    "action_edit_attributes": "forms",
    "action_edit_delete": "trash",
    "action_edit_merge": "layers-intersect",
    "action_edit_copy": "copy",
    "action_edit_paste": "clipboard",
    "action_edit_snap": "magnet",
    "action_edit_topological": "topology-star-3",
    "action_edit_import": "file-import",
    "action_edit_export": "database-export",
    "action_add_polygon_tool": "polygon",
    "action_vertex_tool": "vector",
    "action_move_feature_tool": "arrows-move",
    "action_split_tool": "scissors",
    "action_reshape_tool": "shape",
    "action_add_hole_tool": "circle-dashed",
    "action_remove_hole_tool": "circle-minus",
    # enterprises, cases, exhibits
    "action_add_enterprise_tool": "building-store",
    "action_import_enterprises": "building-factory-2",
    "action_choropleth": "map-2",
    "action_density_map": "grid-dots",
    "action_case_evaluate": "gavel",
    "action_case_report": "file-type-pdf",
    "action_case_edit": "edit",
    "action_case_rules": "adjustments",
    "action_print_layouts": "printer",
    "action_new_layout": "layout-board",
    "action_atlas": "books",
    "action_export_web_map": "world-www",
    # the layout designer
    "layout_save": "device-floppy",
    "layout_export": "file-export",
    "layout_preflight": "text-recognition",
    "layout_close": "x",
    "layout_undo": "arrow-back-up",
    "layout_redo": "arrow-forward-up",
    "layout_delete": "trash",
    "layout_select_all": "select-all",
    "layout_raise": "arrow-bar-up",
    "layout_lower": "arrow-bar-down",
    "layout_front": "arrow-bar-to-up",
    "layout_back": "arrow-bar-to-down",
    "layout_align_left": "layout-align-left",
    "layout_align_center": "layout-align-center",
    "layout_align_right": "layout-align-right",
    "layout_align_top": "layout-align-top",
    "layout_align_middle": "layout-align-middle",
    "layout_align_bottom": "layout-align-bottom",
    "layout_zoom_in": "zoom-in",
    "layout_zoom_out": "zoom-out",
    "layout_zoom_page": "maximize",
    "layout_add_map": "map",
    "layout_add_legend": "list-details",
    "layout_add_scalebar": "ruler",
    "layout_add_north_arrow": "compass",
    "layout_add_inset": "map-pins",
    "layout_add_grid": "grid-4x4",
    "layout_add_title": "heading",
    "layout_add_text": "letter-t",
    "layout_add_picture": "photo",
    "layout_add_footnote": "note",
    "layout_add_frame": "square",
}

#: Dock objectName -> icon of its toggle in View ▸ Panels.
DOCK_ICONS: dict[str, str] = {
    "LayerTreeDock": "stack-2",
    "AttributeTableDock": "table",
    "IdentifyDock": "info-square-rounded",
    "BookmarksDock": "bookmark",
    "MeasureDock": "ruler-measure",
    "dock_validation": "checklist",
    "dock_history": "history",
    "dock_enterprise_register": "building",
    "dock_enterprise_statistics": "chart-bar",
    "dock_cases": "file-certificate",
    "dock_case_results": "checklist",
    "layout_properties": "adjustments",
    "layout_items": "list-details",
}

#: Menu objectName -> icon of the submenu's entry.
MENU_ICONS: dict[str, str] = {
    "menu_recent": "clock",
    "menu_bookmarks": "bookmark",
    "menu_crs": "world",
    "menu_panels": "layout-sidebar-right",
}

#: Shortcuts QGIS users know, set where the action has none (objectName -> keys).
QGIS_SHORTCUTS: dict[str, str] = {
    "action_attribute_table": "F6",
    "action_edit_toggle": "Ctrl+Shift+E",
    "action_identify": "Ctrl+Shift+I",
    "action_measure_distance": "Ctrl+Shift+M",
    "action_measure_area": "Ctrl+Shift+J",
    "action_select_expression": "Ctrl+F3",
    "action_clear_selection": "Ctrl+Alt+A",
    "action_add_polygon_tool": "Ctrl+.",
    "action_new_layout": "Ctrl+P",
    "action_add_layer": "Ctrl+Shift+V",
    "action_settings": "Ctrl+,",
    "action_quit": "Ctrl+Q",
}


def all_icon_names() -> set[str]:
    """Return every icon name this module uses (what resources must ship)."""
    names = {*ACTION_ICONS.values(), *DOCK_ICONS.values(), *MENU_ICONS.values()}
    return names | {"pencil", "file", "bookmark", "point"}


@lru_cache(maxsize=256)
def icon(name: str, color: str = INK) -> QIcon:
    """Return the Tabler icon ``name`` drawn in ``color`` at the usual sizes.

    Raises
    ------
    FileNotFoundError
        If the icon is not vendored (add it to the tables and re-run
        tools/vendor_icons.py).
    """
    path = ICON_DIR / f"{name}.svg"
    if not path.exists():
        raise FileNotFoundError(f"icon {name!r} is not in {ICON_DIR}")
    data = path.read_bytes().replace(b"currentColor", color.encode("ascii"))
    renderer = QSvgRenderer(QByteArray(data))
    out = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        out.addPixmap(pixmap)
    return out


def shortcut_text(action: QAction) -> str:
    """Return the action's first shortcut as the platform writes it ('' if none)."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def with_shortcut(action: QAction) -> None:
    """Make the action's tooltip name its shortcut: "Save (Ctrl+S)".

    Called again after a language switch: a tooltip this function wrote is
    rebuilt from the action's new text (or the tooltip it was built from);
    one a feature set since is taken as the new base.
    """
    keys = shortcut_text(action)
    if not keys:
        return
    text = action.text().replace("&", "")
    tip = action.toolTip()
    if tip == action.property("zp_auto_tip"):
        from_text = bool(action.property("zp_tip_from_text"))
        base = text if from_text else str(action.property("zp_tip_base") or text)
    else:
        base, from_text = tip or text, (tip or text) == text
    auto = f"{base} ({keys})"
    action.setProperty("zp_tip_base", base)
    action.setProperty("zp_tip_from_text", from_text)
    action.setProperty("zp_auto_tip", auto)
    action.setToolTip(auto)


def decorate(window: QWidget) -> None:
    """Give every action of ``window`` its icon, QGIS shortcut and tooltip."""
    taken = {
        a.shortcut().toString()
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty()
    }
    for action in window.findChildren(QAction):
        name = action.objectName()
        if name in ACTION_ICONS and action.icon().isNull():
            action.setIcon(icon(ACTION_ICONS[name]))
        keys = QGIS_SHORTCUTS.get(name)
        if keys and action.shortcut().isEmpty() and keys not in taken:
            action.setShortcut(QKeySequence(keys))
            taken.add(keys)
        with_shortcut(action)
    for bar in window.findChildren(QToolBar):
        # Icons only (text in the tooltip): every toolbar fits a 1366 px screen.
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.setIconSize(QSize(TOOLBAR_ICON_PX, TOOLBAR_ICON_PX))
    for dock in window.findChildren(QDockWidget):
        dock_icon = DOCK_ICONS.get(dock.objectName())
        if dock_icon:
            dock.toggleViewAction().setIcon(icon(dock_icon))
    for menu in window.findChildren(QMenu):
        menu_icon = MENU_ICONS.get(menu.objectName())
        if menu_icon:
            menu.menuAction().setIcon(icon(menu_icon))
            if not menu.property("zp_icon_filler"):
                menu.setProperty("zp_icon_filler", True)
                menu.aboutToShow.connect(_menu_filler(menu, menu_icon))


def _menu_filler(menu: QMenu, name: str) -> object:
    """Return a slot giving a dynamic menu's new entries the menu's icon."""

    def fill() -> None:
        for action in menu.actions():
            if action.icon().isNull() and not action.isSeparator():
                action.setIcon(icon(name))

    return fill


class Decorator(QObject):
    """Apply :func:`decorate` now and again after every language switch.

    Qt posts LanguageChange to each window; the window and its children set
    their new texts while handling it, so the tooltips are rebuilt just after
    (a zero timer), from the new texts.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(lambda: decorate(self._window))
        decorate(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Schedule a re-decoration when the window's language changes."""
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._timer.start()
        return False
