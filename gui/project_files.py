"""File handling of the main window: new, open (off the GUI thread), save, recent.

A mixin for :class:`gui.main_window.MainWindow`. Everything goes through db
(:class:`db.store.ProjectStore`, :func:`db.project_io.load_project` /
``save_project``); errors are shown with the store's own message, which is
written for planners (locked, corrupt, newer schema, network share).
"""

from __future__ import annotations

import getpass
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QSettings, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from layers.project import Project

MAX_RECENT = 10
RECENT_KEY = "recent_projects"
FILE_FILTER = "ZonePlanner project (*.gpkg)"


def _open_store_and_load(path: Path) -> tuple[Any, Project]:
    import warnings

    from db.errors import NetworkShareWarning
    from db.project_io import load_project
    from db.store import ProjectStore

    try:
        store = ProjectStore.open(path)
    except NetworkShareWarning as exc:
        # SQLite's locking is unreliable on network shares: never write there,
        # but let the planner look at the project.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NetworkShareWarning)
            store = ProjectStore.open(path, read_only=True)
        store.read_only_reason = f"{exc} Opened read-only; use Save As to a local disk."
    try:
        return store, load_project(store)
    except BaseException:
        store.close()
        raise


class _LoadSignals(QObject):
    done = Signal(int, object, object)  # token, store, project
    failed = Signal(int, str)  # token, message


class _LoadJob(QRunnable):
    """Open a store and load its project on a pool thread."""

    def __init__(self, token: int, path: Path, signals: _LoadSignals) -> None:
        super().__init__()
        self.token, self.path, self.signals = token, path, signals

    def run(self) -> None:
        try:
            store, project = _open_store_and_load(self.path)
        except Exception as exc:  # shown to the user with its reason
            self.signals.failed.emit(self.token, _describe(exc))
            return
        self.signals.done.emit(self.token, store, project)


def _describe(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def copy_project_file(src: Path, dst: Path) -> None:
    """Copy a project GeoPackage consistently (SQLite backup API, WAL-safe)."""
    dst.unlink(missing_ok=True)
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)


class ProjectFilesMixin:
    """File menu behaviour; the window provides project/store/canvas/progress."""

    #: Set to "save", "discard" or "cancel" to answer unsaved-changes prompts
    #: without a dialog (tests, scripted use). None asks the user.
    unsaved_changes_answer: str | None = None
    #: False turns error dialogs off (tests); the text lands in last_error.
    message_boxes_enabled: bool = True
    last_error: str = ""

    def _init_files(self) -> None:
        self.store: Any = None
        self._load_token = 0
        self._load_pool = QThreadPool(self)  # type: ignore[arg-type]
        self._load_pool.setMaxThreadCount(1)
        self._load_signals = _LoadSignals(self)  # type: ignore[arg-type]
        self._load_signals.done.connect(self._on_load_done)
        self._load_signals.failed.connect(self._on_load_failed)

    # --- messages ----------------------------------------------------------
    def show_error(self, title: str, text: str) -> None:
        """Show an error (or record it when message boxes are disabled)."""
        self.last_error = text
        if self.message_boxes_enabled:
            QMessageBox.critical(self, title, text)  # type: ignore[arg-type]

    def confirm_unsaved_changes(self) -> bool:
        """Ask what to do with unsaved edits; return False to cancel the action."""
        if self.project is None or not self.project.dirty:
            return True
        answer = self.unsaved_changes_answer
        if answer is None:
            box = QMessageBox.warning(
                self,  # type: ignore[arg-type]
                self.tr("Unsaved changes"),
                self.tr("The project has unsaved changes. Save them?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            answer = {
                QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard",
            }.get(box, "cancel")
        if answer == "save":
            return self.save_project()
        return answer == "discard"

    # --- recent ------------------------------------------------------------
    def recent_projects(self) -> list[str]:
        """Return recently opened project paths, newest first."""
        value = QSettings().value(RECENT_KEY, []) or []
        return [str(v) for v in (value if isinstance(value, list) else [value])]

    def _remember(self, path: Path) -> None:
        items = [str(path)] + [p for p in self.recent_projects() if p != str(path)]
        QSettings().setValue(RECENT_KEY, items[:MAX_RECENT])

    # --- open ------------------------------------------------------------
    def open_project_dialog(self) -> None:
        """Ask for a project file and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            "",
            FILE_FILTER,  # type: ignore[arg-type]
        )
        if path:
            self.open_project(Path(path))

    def open_project(self, path: Path, *, background: bool = True) -> bool:
        """Open ``path``; with ``background`` the file is read on a pool thread.

        Returns False if the user cancelled or (synchronous) opening failed.
        """
        if not self.confirm_unsaved_changes():
            return False
        self._load_token += 1
        token = self._load_token
        path = Path(path)
        self.progress.start(
            self.tr("Opening {0}…").format(path.name), self._cancel_load
        )
        if background:
            self._load_pool.start(_LoadJob(token, path, self._load_signals))
            return True
        try:
            store, project = _open_store_and_load(path)
        except Exception as exc:
            self._on_load_failed(token, _describe(exc))
            return False
        self._on_load_done(token, store, project)
        return True

    def _cancel_load(self) -> None:
        self._load_token += 1  # the running load's result will be dropped
        self.progress.finish()

    def wait_for_load(self) -> None:
        """Block until a background open has finished (tests, screenshots)."""
        self._load_pool.waitForDone()

    def _on_load_done(self, token: int, store: Any, project: Project) -> None:
        if token != self._load_token:
            store.close()
            return
        self.progress.finish()
        self.set_project(project, store)
        self._remember(Path(store.path))

    def _on_load_failed(self, token: int, message: str) -> None:
        if token != self._load_token:
            return
        self.progress.finish()
        self.show_error(self.tr("Cannot open project"), message)

    # --- new / save -------------------------------------------------------
    def new_project_dialog(self) -> None:
        """Ask where to create a new project file and open it."""
        if not self.confirm_unsaved_changes():
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New project"),
            "",
            FILE_FILTER,  # type: ignore[arg-type]
        )
        if path:
            self.new_project(Path(path))

    def new_project(self, path: Path) -> bool:
        """Create an empty project file at ``path`` and show it."""
        from db.project_io import load_project
        from db.store import ProjectStore

        try:
            store = ProjectStore.create(path, overwrite=True)
            project = load_project(store)
        except Exception as exc:
            self.show_error(self.tr("Cannot create project"), _describe(exc))
            return False
        self.set_project(project, store)
        self._remember(Path(path))
        return True

    def save_project(self) -> bool:
        """Save edits into the project file; return True on success."""
        if self.project is None:
            return False
        if self.store is None or self.project.meta.read_only:
            return self.save_project_as()
        from db.project_io import save_project

        self._remember_view()
        try:
            save_project(self.project, self.store, getpass.getuser())
        except Exception as exc:
            self.show_error(self.tr("Cannot save project"), _describe(exc))
            return False
        self.statusBar().showMessage(self.tr("Saved"), 3000)  # type: ignore[attr-defined]
        return True

    def _remember_view(self) -> None:
        """Store the current view so the project reopens where it was left."""
        canvas = getattr(self, "canvas", None)
        if canvas is not None and self.project is not None:
            ext = canvas.visible_extent_ll()
            if ext is not None:
                self.project.settings["view_extent_ll"] = [round(v, 6) for v in ext]

    def save_project_as(self, path: Path | None = None) -> bool:
        """Copy the project file to ``path`` (asked if None), then save edits there."""
        if self.project is None:
            return False
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save project as"),
                "",
                FILE_FILTER,  # type: ignore[arg-type]
            )
            if not chosen:
                return False
            path = Path(chosen)
        from db.project_io import save_project
        from db.store import ProjectStore

        try:
            if self.store is not None and Path(self.store.path) != Path(path):
                copy_project_file(Path(self.store.path), Path(path))
                store = ProjectStore.open(path)
            else:
                store = ProjectStore.create(path, overwrite=True)
            save_project(self.project, store, getpass.getuser())
        except Exception as exc:
            self.show_error(self.tr("Cannot save project"), _describe(exc))
            return False
        if self.store is not None:
            self.store.close()
        self.store = store
        self.project.meta.path = str(path)
        self.project.meta.read_only = False
        self._remember(Path(path))
        self._update_title()
        return True
