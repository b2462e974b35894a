"""MainWindow: the canvas in the centre, menus, navigation toolbar, status bar.

Other parts of the GUI plug in through :meth:`MainWindow.add_dock`,
:meth:`MainWindow.menu`, :meth:`MainWindow.add_tool` and the
``project_loaded`` signal; ``gui.workspace.install(window)`` is called at the
end of construction when that module exists.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

from gui.main_window_menus import build_menus, retranslate
from gui.map_canvas import MapCanvas
from gui.map_tool import MapTool
from gui.project_files import ProjectFilesMixin
from gui.status_bar import MapStatusBar
from gui.tools.pan_tool import PanTool
from gui.tools.zoom_box_tool import ZoomBoxTool
from layers.project import Project
from layers.vector_layer import VectorLayer

APP_TITLE = "ZonePlanner"
MENU_NAMES = ("file", "edit", "view", "layer", "select", "tools", "help")


class MainWindow(ProjectFilesMixin, QMainWindow):
    """The window planners live in.

    Signals
    -------
    project_loaded(Project)
        A project was opened, created or set.
    """

    project_loaded = Signal(object)

    def __init__(self, project: Project | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.project: Project | None = None
        self._init_files()
        self.canvas = MapCanvas(parent=self)
        self.setCentralWidget(self.canvas)
        self.status = MapStatusBar(self)
        self.setStatusBar(self.status)
        self.progress = self.status.progress
        #: Set by the layer tree: returns the layer the user has selected.
        self.current_layer_provider: Any = None
        self._menus: dict[str, QMenu] = {}
        self._toolbars: dict[str, QToolBar] = {}
        self.actions: dict[str, QAction] = {}
        self._tool_group = QActionGroup(self)
        self._tool_group.setExclusive(True)
        build_menus(self)
        self.pan_tool = PanTool(self.canvas)
        self.zoom_box_tool = ZoomBoxTool(self.canvas)
        self.add_tool(self.pan_tool, toolbar="navigation", first=True)
        self.add_tool(self.zoom_box_tool, toolbar="navigation", first=True)
        self.set_tool(self.pan_tool)
        self._connect_canvas()
        retranslate(self)
        self.resize(1400, 900)
        self.set_project(project if project is not None else Project())
        self._install_workspace()

    # --- hooks for the rest of the GUI -----------------------------------
    def menu(self, name: str) -> QMenu:
        """Return the menu ``name`` (file, edit, view, layer, select, tools, help)."""
        return self._menus[name]

    def toolbar(self, name: str) -> QToolBar:
        """Return the toolbar ``name``, creating it on first use."""
        if name not in self._toolbars:
            bar = self.addToolBar(name)
            bar.setObjectName(f"toolbar_{name}")
            self._toolbars[name] = bar
        return self._toolbars[name]

    def add_dock(
        self,
        dock: QDockWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.LeftDockWidgetArea,
    ) -> None:
        """Add a dock widget and its show/hide action to View ▸ Panels."""
        if not dock.objectName():
            dock.setObjectName(f"dock_{type(dock).__name__}")
        self.addDockWidget(area, dock)
        self._panels_menu.addAction(dock.toggleViewAction())

    def add_tool(
        self, tool: MapTool, toolbar: str = "tools", *, first: bool = False
    ) -> None:
        """Register a map tool: exclusive checkable action on a toolbar and menu."""
        self._tool_group.addAction(tool.action)
        self.toolbar(toolbar).addAction(tool.action)
        if not first:
            self.menu("tools").addAction(tool.action)
        tool.action.triggered.connect(lambda _=False, t=tool: self.set_tool(t))

    def set_tool(self, tool: MapTool | None) -> None:
        """Make ``tool`` the canvas's active tool."""
        self.canvas.set_tool(tool)

    def current_layer(self) -> VectorLayer | None:
        """Return the layer selected in the layer tree (else the top layer)."""
        if self.current_layer_provider is not None:
            layer = self.current_layer_provider()
            if layer is not None:
                return layer
        if self.project is not None and self.project.layers:
            return self.project.layers[0]
        return None

    def _install_workspace(self) -> None:
        # Order matters: the workspace docks first (layer tree, tables), then
        # the jobs that add their own docks, tools and menu entries.
        from gui.cases.install import install as install_cases
        from gui.editing.install import install as install_editing
        from gui.enterprises.install import install as install_enterprises
        from gui.printing.install import install as install_printing
        from gui.web_export_action import install as install_web_export
        from gui.workspace import install as install_workspace

        install_workspace(self)
        install_editing(self)
        install_enterprises(self)
        install_cases(self)
        install_printing(self)
        install_web_export(self)

    # --- project ---------------------------------------------------------
    def set_project(self, project: Project, store: Any = None) -> None:
        """Show ``project`` (read from ``store``, if any) in the window."""
        old = self.project
        if old is not None:
            old.undo_stack.index_changed.disconnect(self._on_undo_stack_index_changed)
            old.crs_changed.disconnect(self._on_project_crs_changed)
        if self.store is not None and self.store is not store:
            self.store.close()
        self.store = store
        self.project = project
        project.undo_stack.index_changed.connect(self._on_undo_stack_index_changed)
        project.crs_changed.connect(self._on_project_crs_changed)
        self.canvas.set_project(project)
        self.status.show_crs(project.display_epsg)
        self._sync_crs_actions(project.display_epsg)
        meta = project.meta
        self.status.show_banner(
            (meta.read_only_reason or self.tr("Read-only")) if meta.read_only else ""
        )
        self._on_undo_stack_index_changed(project.undo_stack)
        self.project_loaded.emit(project)

    def close_project(self) -> bool:
        """Close the project (asking about unsaved edits); show an empty one."""
        if not self.confirm_unsaved_changes():
            return False
        self.set_project(Project(), None)
        return True

    def _update_title(self) -> None:
        path = self.project.meta.path if self.project else None
        name = Path(path).name if path else self.tr("Untitled")
        suffix = (
            self.tr(" (read-only)")
            if self.project and self.project.meta.read_only
            else ""
        )
        self.setWindowTitle(f"{name}[*]{suffix} — {APP_TITLE}")
        self.setWindowModified(bool(self.project and self.project.dirty))

    def _on_undo_stack_index_changed(self, stack: Any) -> None:
        undo, redo = self.actions["undo"], self.actions["redo"]
        undo.setEnabled(stack.can_undo())
        redo.setEnabled(stack.can_redo())
        undo.setText(self.tr("Undo {0}").format(stack.undo_text()).strip())
        redo.setText(self.tr("Redo {0}").format(stack.redo_text()).strip())
        self._update_title()

    def _on_project_crs_changed(self, epsg: int) -> None:
        self.status.show_crs(int(epsg))
        self._sync_crs_actions(int(epsg))

    def _sync_crs_actions(self, epsg: int) -> None:
        for code, action in self._crs_actions.items():
            action.setChecked(code == epsg)

    def set_display_epsg(self, epsg: int) -> None:
        """Switch the display CRS (kept in the project, saved with it)."""
        if self.project is not None:
            self.project.set_display_epsg(int(epsg))

    # --- canvas wiring ---------------------------------------------------------
    def _connect_canvas(self) -> None:
        c = self.canvas
        c.cursor_moved.connect(self._on_canvas_cursor_moved)
        c.viewport_changed.connect(self._on_canvas_viewport_changed)
        c.render_finished.connect(self.status.show_render_time)
        c.history_changed.connect(self._on_canvas_history_changed)
        self.status.scale_entered.connect(c.set_scale)
        self.status.crs_selected.connect(self.set_display_epsg)
        self._on_canvas_history_changed()

    def _on_canvas_cursor_moved(self, x_map: float, y_map: float) -> None:
        self.status.show_cursor(x_map, y_map, self.canvas.viewport.epsg)

    def _on_canvas_viewport_changed(self, vp: Any) -> None:
        self.status.show_scale(vp.scale_denominator)

    def _on_canvas_history_changed(self) -> None:
        self.actions["previous_view"].setEnabled(self.canvas.can_go_back())
        self.actions["next_view"].setEnabled(self.canvas.can_go_forward())

    # --- Qt events ---------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Re-read every string when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            retranslate(self)
            if self.project is not None:
                self._on_undo_stack_index_changed(self.project.undo_stack)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved edits; close the store on the way out."""
        if not self.confirm_unsaved_changes():
            event.ignore()
            return
        self.wait_for_load()
        self.canvas.wait_for_render()
        if self.store is not None:
            self.store.close()
            self.store = None
        event.accept()


def screenshot(
    out_png: Path, project_path: Path | None, size: tuple[int, int] = (1600, 1000)
) -> Path:
    """Open ``project_path`` in a new window offscreen, wait for the map, save a PNG."""
    from PySide6.QtCore import QCoreApplication

    window = MainWindow()
    window.message_boxes_enabled = False
    window.resize(*size)
    window.show()
    QCoreApplication.processEvents()
    if project_path is not None and not window.open_project(
        Path(project_path), background=False
    ):
        raise RuntimeError(f"cannot open {project_path}: {window.last_error}")
    QCoreApplication.processEvents()
    window.canvas.render_now()
    window.canvas.wait_for_render()
    QCoreApplication.processEvents()  # deliver the queued result
    out_png = Path(out_png)
    out_png.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out_png)):
        raise OSError(f"cannot write {out_png}")
    window.unsaved_changes_answer = "discard"
    window.close()
    window.deleteLater()
    return out_png
