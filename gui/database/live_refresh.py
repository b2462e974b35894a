"""Other planners' saves on the open map within a second or two (LISTEN/NOTIFY).

:class:`LiveRefresh` runs a :class:`db.pg_listen.ChangeListener` for the open
database project; its changes cross to the GUI thread through a queued
signal, are gathered for a moment (one refresh per burst), and handed to
:func:`db.remote_changes.refresh_rows`, which keeps the planner's own
unsaved edits.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from db import schema
from db.pg_listen import Change, ChangeListener
from db.remote_changes import refresh_rows

log = logging.getLogger(__name__)

GATHER_MS = 150


class LiveRefresh(QObject):
    """Refresh the layers of ``project`` when other sessions commit changes.

    Signals
    -------
    refreshed(list)
        Layer ids just refreshed.
    state_changed(str)
        "listening" or "disconnected: …".
    """

    arrived = Signal(object)
    refreshed = Signal(list)
    state_changed = Signal(str)

    def __init__(self, project: Any, store: Any, iface: Any = None) -> None:
        super().__init__(iface.main_widget() if iface is not None else None)
        self.project, self.store, self.iface = project, store, iface
        self._pending: dict[str, set[int] | None] = {}
        self._users: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.arrived.connect(self._on_arrived)
        self.listener = ChangeListener(
            store.target, self.arrived.emit, store.session_id, self.state_changed.emit
        )

    def start(self) -> LiveRefresh:
        """Start listening (returns once LISTEN is in place)."""
        self.listener.start()
        return self

    def stop(self) -> None:
        """Stop listening; pending changes are dropped."""
        self._timer.stop()
        self.listener.stop()

    def _on_arrived(self, change: Change) -> None:
        if change.table not in schema.SPATIAL_TABLES:
            return  # settings, rules: the project state is the planner's own
        table = change.table
        if change.fids is None:  # too many rows to list: reload the layer
            self._pending[table] = None
        elif (queued := self._pending.setdefault(table, set())) is not None:
            queued.update(change.fids)  # None: a reload of the layer is queued
        self._users.add(change.user)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        pending, self._pending = self._pending, {}
        users, self._users = sorted(self._users), set()
        done: list[str] = []
        kept = 0
        for table, fids in pending.items():
            result = refresh_rows(
                self.project, self.store, table, sorted(fids) if fids else None
            )
            done += result.layers
            kept += sum(len(v) for v in result.kept_local.values())
        if not done:
            return
        if self.iface is not None:
            text = self.tr("Updated from the database by {0}").format(", ".join(users))
            if kept:
                text += self.tr(
                    " ({0} feature(s) you are editing kept as yours)"
                ).format(kept)
            self.iface.show_message(text, 5000)
        self.refreshed.emit(done)
