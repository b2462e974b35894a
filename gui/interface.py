"""What a feature may use of the main window: the role QGIS's QgisInterface plays.

The main window implements :class:`AppInterface`; every feature of the app
(workspace docks, editing, enterprises, cases, printing, web export, and any
new one) is a :class:`Feature` controller created once with the interface.
Features add docks, menus, toolbar actions and map tools through it, read the
current project, store and layer, show messages and progress, and are told
when a project opens, is saved, and closes. They never set attributes on the
window, and they reach another feature only through :meth:`AppInterface.feature`.

Saving goes through one pipeline (:meth:`AppInterface.save_project`): each
:class:`SaveParticipant` a feature registered wraps the write in its own
checks (the editing feature refuses a save with topology errors unless the
planner gives a reason), then the project is written in one transaction.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar, QWidget

from layers.project import Project
from layers.undo import Command
from layers.vector_layer import VectorLayer

if TYPE_CHECKING:
    from gui.map_canvas import MapCanvas
    from gui.map_tool import MapTool
    from gui.status_bar import ProgressController

F = TypeVar("F", bound="Feature")


class SaveCancelledError(Exception):
    """The planner cancelled a save (e.g. gave no reason to override topology)."""


@dataclass(frozen=True)
class SaveRequest:
    """One save the window is about to write.

    Attributes
    ----------
    project : Project
    store : object
        The store the edits are written to (for Save As: the new file's).
    user : str
        Written to the audit log.
    save_as : Path or None
        The new file of a Save As, else None.
    """

    project: Project
    store: Any
    user: str
    save_as: Path | None = None


class SaveParticipant(Protocol):
    """A feature's part in every save: checks before, tidy-up after."""

    def saving(self, request: SaveRequest) -> AbstractContextManager[None]:
        """Return a context wrapping the write.

        Raise :class:`SaveCancelledError` (or any error with a planner-readable
        message) on entry to stop the save before anything is written; code
        after the ``yield`` runs only when the write committed.
        """
        ...


class WindowEvents(QObject):
    """Signals of the window any widget may observe.

    Signals
    -------
    project_opened(Project)
        A project is shown (opened, created or emptied).
    project_saved(Project)
        The project was written (Save or Save As).
    current_layer_changed(object)
        The layer chosen in the layer tree (a VectorLayer or None).
    """

    project_opened = Signal(object)
    project_saved = Signal(object)
    current_layer_changed = Signal(object)


class AppInterface(Protocol):
    """The window as features see it."""

    # --- project -------------------------------------------------------------
    @property
    def project(self) -> Project:
        """Return the project shown in the window."""
        ...

    @property
    def store(self) -> Any:
        """Return the open project store (None for an unsaved project)."""
        ...

    @property
    def user(self) -> str:
        """Return the name written to the audit log."""
        ...

    def events(self) -> WindowEvents:
        """Return the window's observable signals."""
        ...

    def open_project(self, target: str | Path) -> bool:
        """Open a project file or a database target (URL, ``service=NAME``)."""
        ...

    def feature(self, cls: type[F]) -> F:
        """Return the running feature of class ``cls`` (KeyError if none)."""
        ...

    # --- the map ---------------------------------------------------------------
    @property
    def canvas(self) -> MapCanvas:
        """Return the map canvas."""
        ...

    def current_layer(self) -> VectorLayer | None:
        """Return the layer chosen in the layer tree (else the top layer)."""
        ...

    def set_current_layer(self, layer_id: str) -> None:
        """Choose ``layer_id`` in the layer tree."""
        ...

    def push_feature_edit(self, cmd: Command) -> bool:
        """Apply a feature edit through the edit buffer of the layer it edits.

        Starts editing that layer first if needed; returns False (and tells
        the planner why) when the layer cannot be edited.
        """
        ...

    # --- plugging in -----------------------------------------------------------
    def main_widget(self) -> QWidget:
        """Return the widget to parent dialogs on."""
        ...

    def add_dock(
        self, dock: QDockWidget, area: Qt.DockWidgetArea, *, visible: bool = True
    ) -> None:
        """Add a dock (and its show/hide entry under View ▸ Panels)."""
        ...

    def menu(self, name: str) -> QMenu:
        """Return a menu: file, edit, view, layer, select, tools, help, or one added."""
        ...

    def add_menu(self, name: str) -> QMenu:
        """Add a top-level menu before Help; the caller sets its title."""
        ...

    def toolbar(self, name: str) -> QToolBar:
        """Return the toolbar ``name``, creating it on first use."""
        ...

    def register_action(self, key: str, action: QAction) -> None:
        """Make ``action`` findable by ``key`` (shortcuts, icons, tests)."""
        ...

    def action(self, key: str) -> QAction:
        """Return the action registered under ``key``."""
        ...

    def add_map_tool(
        self, tool: MapTool, toolbar: str = "tools", *, in_menu: bool = True
    ) -> None:
        """Register a map tool: an exclusive checkable action on a toolbar."""
        ...

    def set_map_tool(self, tool: MapTool | None) -> None:
        """Make ``tool`` the canvas's active tool."""
        ...

    # --- messages and long work -------------------------------------------------
    def show_message(self, text: str, timeout_ms: int = 5000) -> None:
        """Show a passing message in the status bar."""
        ...

    def show_error(self, title: str, text: str) -> None:
        """Tell the planner something failed, in a dialog."""
        ...

    def progress(self) -> ProgressController:
        """Return the status bar's progress bar with Cancel."""
        ...

    # --- saving ------------------------------------------------------------------
    def add_save_participant(self, participant: SaveParticipant) -> None:
        """Take part in every save (checks before, tidy-up after)."""
        ...

    def save_project(self) -> bool:
        """Save the project through the pipeline; True if it was written."""
        ...


class Feature(QObject):
    """Base of a feature controller: made once, told about each project.

    Subclasses build their docks, menus and tools in ``__init__`` through
    ``iface`` and override the hooks they need. Hooks run in the order the
    features were created.
    """

    def __init__(self, iface: AppInterface, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.iface = iface

    def project_opened(self, project: Project) -> None:
        """Follow a newly shown project (``iface.store`` is already set)."""

    def project_closing(self, project: Project) -> None:
        """Let go of ``project`` (unsaved edits were saved or discarded)."""

    def project_saved(self, project: Project) -> None:
        """React to a save; after Save As ``iface.store`` is the new file's."""
