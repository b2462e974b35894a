"""Team projects in the window: open a database, live refresh, conflicts, transfer.

File menu: Open database…, Publish to database…, Check out…, Check in…. For
a database project the title shows database, schema and user (the window's
title code), other planners' saves appear live, and a save that conflicts
opens the conflict dialog (keep mine / take theirs / merge attributes) and
then saves again. Publish, checkout and checkin run off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from db.errors import ConflictError
from gui.database.connect_dialog import OpenDatabaseDialog
from gui.database.live_refresh import LiveRefresh
from gui.database.session import remember_password, session_password
from gui.interface import AppInterface, Feature, SaveCancelledError, SaveRequest
from gui.permissions import table_label
from layers.project import Project

log = logging.getLogger(__name__)


class _JobSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    """Run ``fn`` on a pool thread; report its result or its error text."""

    def __init__(self, fn: Callable[[], Any], signals: _JobSignals) -> None:
        super().__init__()
        self.fn, self.signals = fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:
            log.info("database job failed", exc_info=True)
            self.signals.failed.emit(str(exc) or type(exc).__name__)
            return
        self.signals.done.emit(result)


class CheckoutDialog(QDialog):
    """Choose the layers (and optionally only the visible area) to check out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkout_dialog")
        self.setWindowTitle(self.tr("Check out for offline work"))
        layout = QVBoxLayout(self)
        from db.transfer import CHECKOUT_TABLES

        self.boxes = {}
        for table in CHECKOUT_TABLES:
            box = QCheckBox(table_label(table))
            box.setToolTip(self.tr("Table in the database: {0}").format(table))
            box.setChecked(True)
            self.boxes[table] = box
            layout.addWidget(box)
        self.visible_area = QCheckBox(self.tr("Only what lies in the current map view"))
        layout.addWidget(self.visible_area)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def tables(self) -> list[str]:
        """Return the chosen tables."""
        return [t for t, box in self.boxes.items() if box.isChecked()]


class DatabaseFeature(Feature):
    """The team-database entries of the File menu and the open project's live link."""

    def __init__(self, iface: AppInterface, parent: QObject | None = None) -> None:
        super().__init__(iface, parent)
        self.live: LiveRefresh | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals: list[_JobSignals] = []
        menu = iface.menu("file")
        before = None
        try:
            before = iface.action("save")
        except KeyError:
            before = None
        self.actions: dict[str, QAction] = {}
        for key, text, slot in (
            ("open_database", self.tr("Open database…"), self.open_database_dialog),
            ("publish", self.tr("Publish to database…"), self.publish_dialog),
            ("checkout", self.tr("Check out for offline work…"), self.checkout_dialog),
            ("checkin", self.tr("Check in offline edits…"), self.checkin_dialog),
        ):
            act = QAction(text, iface.main_widget())
            act.setObjectName(f"action_{key}")
            act.triggered.connect(lambda _=False, s=slot: s())
            if before is not None:
                menu.insertAction(before, act)
            else:
                menu.addAction(act)
            iface.register_action(key, act)
            self.actions[key] = act
        if before is not None:
            menu.insertSeparator(before)
        iface.add_save_participant(self)

    # --- project lifetime -----------------------------------------------------
    def project_opened(self, project: Project) -> None:
        """Start the live link for a database project; grey what the role may not do."""
        self._stop_live()
        store = self.iface.store
        on_db = store is not None and getattr(store, "backend", "") == "postgis"
        self.actions["publish"].setEnabled(not on_db)
        if on_db:
            self.live = LiveRefresh(project, store, self.iface).start()

    def project_closing(self, project: Project) -> None:
        """Stop listening before the store closes."""
        self._stop_live()

    def project_saved(self, project: Project) -> None:
        """Follow a Save As: a file of one's own is not refreshed from the database.

        Without this the live link would go on refreshing the file's layers
        with rows other planners commit to the database it was saved from.
        """
        if self.live is not None and self.live.store is not self.iface.store:
            self.project_opened(project)

    def _stop_live(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live.deleteLater()
            self.live = None

    # --- save participant: conflicts ------------------------------------------
    @contextmanager
    def saving(self, request: SaveRequest) -> Iterator[None]:
        """Turn a conflicting save into the conflict dialog, then save again."""
        try:
            yield
        except ConflictError as exc:
            # On a file, the save-failed dialog (retry / save a copy) stays the
            # answer; a team database gets theirs / mine / merge.
            if getattr(request.store, "backend", "") != "postgis":
                raise
            if not self.resolve_conflict(request.project, request.store, exc):
                raise
            # The rows are resolved; save again through the whole pipeline.
            QTimer.singleShot(0, self.iface.save_project)
            raise SaveCancelledError(str(exc)) from exc

    def resolve_conflict(
        self, project: Project, store: Any, exc: ConflictError
    ) -> bool:
        """Show the conflict dialog; apply the choices; False if deferred."""
        from db.remote_changes import describe_conflicts, resolve
        from gui.database.conflict_dialog import ask_resolutions

        conflicts = describe_conflicts(project, store, exc)
        if not conflicts:
            return False
        choices = ask_resolutions(conflicts, self.iface.main_widget())
        if choices is None:
            return False
        for conflict in conflicts:
            resolve(project, conflict, choices[conflict.fid])
        return True

    # --- File menu ------------------------------------------------------------
    def ask_database(self, title: str = "") -> str | None:
        """Ask for a database target (password kept for the session); None if cancelled."""
        dlg = OpenDatabaseDialog(self.iface.main_widget(), title)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        target = dlg.target()
        remember_password(target, dlg.typed_password())
        return target

    def open_database_dialog(self) -> None:
        """File ▸ Open database…"""
        target = self.ask_database()
        if target:
            self.iface.open_project(target)

    def _run(
        self, label: str, fn: Callable[[], Any], done: Callable[[Any], None]
    ) -> None:
        signals = _JobSignals()
        self._signals.append(signals)  # keep alive until the job reports
        progress = self.iface.progress()
        progress.start(label, None)

        def finish() -> None:
            progress.finish()
            self._signals.remove(signals)

        def on_done(result: Any) -> None:
            finish()
            done(result)

        def on_failed(message: str) -> None:
            finish()
            self.iface.show_error(label, message)

        signals.done.connect(on_done)
        signals.failed.connect(on_failed)
        self._pool.start(_Job(fn, signals))

    def wait_for_jobs(self) -> None:
        """Block until running transfers are done (tests, scripts)."""
        self._pool.waitForDone()

    def publish_dialog(self) -> None:
        """File ▸ Publish to database…: the open project file into a new schema."""
        source = self.iface.project.meta.path
        if not source:
            self.iface.show_error(
                self.tr("Publish"),
                self.tr("Save the project to a file first, then publish it."),
            )
            return
        target = self.ask_database(self.tr("Publish to database"))
        if target:
            self.publish(Path(source), target)

    def publish(self, source: Path, target: str) -> None:
        """Publish ``source`` to ``target`` off the GUI thread, then offer to open it."""
        from db.open_store import pg_target
        from db.transfer import publish

        pg = pg_target(target, session_password(target))
        self._run(
            self.tr("Publishing {0}…").format(source.name),
            lambda: publish(source, pg),
            lambda _r: self._published(target),
        )

    def _published(self, target: str) -> None:
        answer = QMessageBox.question(
            self.iface.main_widget(),
            self.tr("Publish"),
            self.tr("Published. Open the database project now?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.iface.open_project(target)

    def checkout_dialog(self) -> None:
        """File ▸ Check out…: a GeoPackage snapshot of chosen layers / the view."""
        store = self.iface.store
        on_db = store is not None and getattr(store, "backend", "") == "postgis"
        target = (
            store.location if on_db else self.ask_database(self.tr("Check out from"))
        )
        if not target:
            return
        dlg = CheckoutDialog(self.iface.main_widget())
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        out, _ = QFileDialog.getSaveFileName(
            self.iface.main_widget(),
            self.tr("Save snapshot as"),
            "",
            "GeoPackage (*.gpkg)",
        )
        if out:
            bbox = (
                self.iface.canvas.visible_extent_ll()
                if dlg.visible_area.isChecked()
                else None
            )
            self.checkout(target, Path(out), dlg.tables(), bbox)

    def checkout(
        self, target: str, out: Path, tables: list[str], bbox: Any = None
    ) -> None:
        """Write the snapshot off the GUI thread."""
        from db.open_store import pg_target
        from db.transfer import checkout

        pg = pg_target(target, session_password(target))
        self._run(
            self.tr("Checking out…"),
            lambda: checkout(pg, out, tables, bbox, overwrite=True),
            lambda _r: self.iface.show_message(
                self.tr("Snapshot written: {0}").format(out), 8000
            ),
        )

    def checkin_dialog(self) -> None:
        """File ▸ Check in…: send a snapshot's edits back to its database."""
        path, _ = QFileDialog.getOpenFileName(
            self.iface.main_widget(),
            self.tr("Check in snapshot"),
            "",
            "GeoPackage (*.gpkg)",
        )
        if path:
            self.checkin(Path(path))

    def checkin(self, snapshot: Path) -> None:
        """Check ``snapshot`` in off the GUI thread; report conflicts plainly."""
        from db.transfer import checkin

        self._run(
            self.tr("Checking in {0}…").format(snapshot.name),
            lambda: checkin(snapshot, password_for=session_password),
            self._checked_in,
        )

    def _checked_in(self, report: Any) -> None:
        lines = "\n".join(report.lines())
        if report.conflicts:
            QMessageBox.warning(
                self.iface.main_widget(),
                self.tr("Check in"),
                self.tr(
                    "Some features were changed in the database since checkout and "
                    "were not sent; they stay as you edited them in the snapshot.\n\n{0}"
                ).format(lines),
            )
        else:
            self.iface.show_message(
                self.tr("Checked in: {0}").format(lines.replace("\n", "; "))
            )
