"""File handling of the main window: open (off the GUI thread), new, save, Save As.

Everything goes through db (:class:`db.store.ProjectStore`,
:mod:`db.project_io`, :mod:`db.project_files`); errors are shown with the
store's own message, which is written for planners (locked, corrupt, newer
schema, network share, conflict). Saving is one pipeline: every save
participant a feature registered wraps the write (topology checks, journals),
then the project is written in one transaction; a failure asks what to do next
(retry, save a copy, keep editing) and keeps every unsaved edit.
"""

from __future__ import annotations

import logging
import warnings
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QSettings, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui.file_dialogs import last_folder, remember_folder
from gui.interface import AppInterface, SaveCancelledError, SaveParticipant, SaveRequest
from gui.save_failed_dialog import SaveFailedChoice, ask_after_failed_save
from layers.project import Project

log = logging.getLogger(__name__)

MAX_RECENT = 10
RECENT_KEY = "recent_projects"


class FilesHost(AppInterface, Protocol):
    """What :class:`ProjectFiles` needs of its window beyond the interface."""

    def show_project(self, project: Project, store: Any) -> None:
        """Show another project."""
        ...

    def adopt_store(self, store: Any) -> None:
        """Keep the project, now saved in ``store``."""
        ...

    def project_was_saved(self) -> None:
        """Tell features the project was written."""
        ...

    def save_participants(self) -> list[SaveParticipant]:
        """Return the registered save participants."""
        ...


def open_store_and_load(path: Path | str) -> tuple[Any, Project]:
    """Open ``path`` (read-only on a network share) and load its project.

    ``path`` may be a database target (URL or ``service=NAME``); its session
    password, if the planner typed one, comes from :mod:`gui.database.session`.
    """
    from db.errors import NetworkShareWarning
    from db.open_store import is_database_target, open_store
    from db.project_io import load_project
    from db.store import ProjectStore

    if is_database_target(path):
        from gui.database.session import session_password

        store = open_store(str(path), password=session_password(str(path)))
        try:
            return store, load_project(store)
        except BaseException:
            store.close()
            raise
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


def describe(exc: BaseException) -> str:
    """Return an error's planner-facing text."""
    return str(exc) or type(exc).__name__


class _LoadSignals(QObject):
    done = Signal(int, object, object)  # token, store, project
    failed = Signal(int, str)  # token, message


class _LoadJob(QRunnable):
    """Open a store and load its project on a pool thread."""

    def __init__(self, token: int, path: Path | str, signals: _LoadSignals) -> None:
        super().__init__()
        self.token, self.path, self.signals = token, path, signals

    def run(self) -> None:
        try:
            store, project = open_store_and_load(self.path)
        except Exception as exc:
            log.info("opening %s failed", self.path, exc_info=True)
            self.signals.failed.emit(self.token, describe(exc))
            return
        self.signals.done.emit(self.token, store, project)


class ProjectFiles(QObject):
    """File menu behaviour of one window: open, new, save pipeline, Save As, close."""

    def __init__(self, host: FilesHost) -> None:
        super().__init__(host.main_widget())
        self.host = host
        self._load_token = 0
        self._load_pool = QThreadPool(self)
        self._load_pool.setMaxThreadCount(1)
        self._load_signals = _LoadSignals(self)
        self._load_signals.done.connect(self._on_load_done)
        self._load_signals.failed.connect(self._on_load_failed)

    @property
    def _parent(self) -> QWidget:
        return self.host.main_widget()

    def _folder(self) -> str:
        path = self.host.project.meta.path
        return str(Path(path).parent) if path else last_folder()

    # --- unsaved changes -----------------------------------------------------
    def confirm_unsaved_changes(self) -> bool:
        """Ask what to do with unsaved edits; return False to cancel the action."""
        if not self.host.project.dirty:
            return True
        box = QMessageBox.warning(
            self._parent,
            self.tr("Unsaved changes"),
            self.tr("The project has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if box == QMessageBox.StandardButton.Save:
            return self.save_project()
        return box == QMessageBox.StandardButton.Discard

    # --- recent --------------------------------------------------------------
    def recent_projects(self) -> list[str]:
        """Return recently opened project paths, newest first."""
        value = QSettings().value(RECENT_KEY, []) or []
        return [str(v) for v in (value if isinstance(value, list) else [value])]

    def _remember(self, path: Path | str) -> None:
        from db.open_store import describe_target, is_database_target

        # A database is remembered by its address without the password.
        key = describe_target(path) if is_database_target(path) else str(path)
        items = [key] + [p for p in self.recent_projects() if p != key]
        QSettings().setValue(RECENT_KEY, items[:MAX_RECENT])
        if not is_database_target(path):
            remember_folder(Path(path).parent)

    # --- open ----------------------------------------------------------------
    def open_project_dialog(self) -> None:
        """Ask for a project file and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Open project"), self._folder(), self._filter()
        )
        if path:
            self.open_project(Path(path))

    def _filter(self) -> str:
        return self.tr("ZonePlanner project (*.gpkg)")

    def open_project(self, path: Path | str, *, background: bool = True) -> bool:
        """Open ``path``; with ``background`` the file is read on a pool thread.

        Returns False if the user cancelled or (synchronous) opening failed,
        which is then shown to the user.
        """
        if not self.confirm_unsaved_changes():
            return False
        self._load_token += 1
        token = self._load_token
        from db.open_store import describe_target, is_database_target

        path = path if is_database_target(path) else Path(path)
        name = describe_target(path) if isinstance(path, str) else path.name
        self.host.progress().start(
            self.tr("Opening {0}…").format(name), self._cancel_load
        )
        if background:
            self._load_pool.start(_LoadJob(token, path, self._load_signals))
            return True
        try:
            store, project = open_store_and_load(path)
        except Exception as exc:  # noqa: BLE001 - any reason is shown to the user
            self._on_load_failed(token, describe(exc))
            return False
        self._on_load_done(token, store, project)
        return True

    def open_project_now(self, path: Path | str) -> None:
        """Open ``path`` on this thread without asking; raise what fails (scripts)."""
        from db.open_store import is_database_target

        store, project = open_store_and_load(
            path if is_database_target(path) else Path(path)
        )
        self._load_token += 1
        self._on_load_done(self._load_token, store, project)

    def _cancel_load(self) -> None:
        self._load_token += 1  # the running load's result will be dropped
        self.host.progress().finish()

    def wait_for_load(self) -> None:
        """Block until a background open has finished (tests, screenshots)."""
        self._load_pool.waitForDone()

    def _on_load_done(self, token: int, store: Any, project: Project) -> None:
        if token != self._load_token:
            store.close()
            return
        self.host.progress().finish()
        self.host.show_project(project, store)
        self._remember(store.location)

    def _on_load_failed(self, token: int, message: str) -> None:
        if token != self._load_token:
            return
        self.host.progress().finish()
        self.host.show_error(self.tr("Cannot open project"), message)

    # --- new -----------------------------------------------------------------
    def new_project_dialog(self) -> None:
        """Ask where to create a new project file and open it."""
        if not self.confirm_unsaved_changes():
            return
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("New project"), self._folder(), self._filter()
        )
        if path:
            self.new_project(Path(path), asked=True)

    def new_project(self, path: Path, *, asked: bool = False) -> bool:
        """Create an empty project file at ``path`` and show it.

        Never replaces the project that is open (compared by file identity);
        a file there is replaced only once the new one is complete.
        """
        from db.project_files import create_project_file, same_file
        from db.project_io import load_project

        if not asked and not self.confirm_unsaved_changes():
            return False
        open_path = getattr(self.host.store, "path", None)  # None: a team database
        if open_path is not None and same_file(open_path, path):
            self.host.show_error(
                self.tr("Cannot create project"),
                self.tr("{0} is the project that is open; choose another name.").format(
                    Path(path).name
                ),
            )
            return False
        try:
            new_store = create_project_file(path)
            assert new_store is not None
            project = load_project(new_store)
        except Exception as exc:  # noqa: BLE001 - any reason is shown to the user
            self.host.show_error(self.tr("Cannot create project"), describe(exc))
            return False
        self.host.show_project(project, new_store)
        self._remember(Path(path))
        return True

    # --- save ---------------------------------------------------------------------
    def save_project(self) -> bool:
        """Save edits into the project file; True once they are committed.

        A failure (conflict, locked file, disk full) is shown in a dialog that
        offers to retry, to save a copy elsewhere, or to keep editing; the
        unsaved edits stay in the project either way.
        """
        host = self.host
        if host.store is None or host.project.meta.read_only:
            return self.save_project_as()
        from db.project_io import save_project

        while True:
            request = SaveRequest(host.project, host.store, host.user)
            try:
                self._remember_view()
                with self._participants_around(request):
                    with host.store.action(host.user, "Save project"):
                        save_project(host.project, host.store, host.user)
            except SaveCancelledError:
                return False
            except Exception as exc:
                log.warning("save failed", exc_info=True)
                choice = self._ask_after_failed_save(exc)
                if choice is SaveFailedChoice.RETRY:
                    continue
                if choice is SaveFailedChoice.SAVE_COPY:
                    return self.save_project_as()
                return False
            break
        host.project_was_saved()
        host.show_message(self.tr("Saved"), 3000)
        return True

    def _ask_after_failed_save(self, exc: Exception) -> SaveFailedChoice:
        """Show why a save failed; a refusal by the database names the role needed."""
        from db.errors import PermissionDeniedError

        if isinstance(exc, PermissionDeniedError):
            from gui.permissions import refusal_text

            text = refusal_text(exc, self.host.project.meta.role)
            return ask_after_failed_save(self._parent, text, refused=True)
        return ask_after_failed_save(self._parent, describe(exc))

    def _participants_around(self, request: SaveRequest) -> ExitStack:
        stack = ExitStack()
        try:
            for participant in self.host.save_participants():
                stack.enter_context(participant.saving(request))
        except BaseException:
            stack.close()
            raise
        return stack

    def _remember_view(self) -> None:
        """Store the current view so the project reopens where it was left."""
        ext = self.host.canvas.visible_extent_ll()
        if ext is not None:
            self.host.project.settings["view_extent_ll"] = [round(v, 6) for v in ext]

    def save_project_as(self, path: Path | None = None) -> bool:
        """Write the project and its unsaved edits to ``path`` (asked if None).

        The same file under another spelling is a plain Save. The open file
        is never written; the new one appears only when complete, and from
        then on every save, journal and layout goes to it.
        """
        from db.project_files import same_file
        from db.project_files import save_project_as as write_copy

        host = self.host
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self._parent, self.tr("Save project as"), self._folder(), self._filter()
            )
            if not chosen:
                return False
            path = Path(chosen)
        path = Path(path)
        open_path = getattr(host.store, "path", None)  # None: a team database
        if open_path is not None and same_file(open_path, path):
            return self.save_project()
        self._remember_view()
        try:
            new_store = write_copy(
                host.project,
                host.store,
                path,
                host.user,
                wrap=lambda st: self._participants_around(
                    SaveRequest(host.project, st, host.user, save_as=path)
                ),
            )
        except SaveCancelledError:
            return False
        except Exception as exc:
            log.warning("save as failed", exc_info=True)
            host.show_error(self.tr("Cannot save project"), describe(exc))
            return False
        host.adopt_store(new_store)
        host.project_was_saved()
        self._remember(path)
        host.show_message(self.tr("Saved as {0}").format(path.name), 3000)
        return True

    # --- close ---------------------------------------------------------------------
    def close_project(self) -> bool:
        """Close the project (asking about unsaved edits); show an empty one."""
        if not self.confirm_unsaved_changes():
            return False
        self.host.show_project(Project(), None)
        return True
