"""Other sessions' committed changes, as they happen (LISTEN/NOTIFY; no Qt).

The db.pg_meta triggers send one notification per statement on the
``zp_changes`` channel, at commit only (PostgreSQL holds notifications of a
transaction until it commits, and drops them on rollback). A
:class:`ChangeListener` listens on its own connection in a daemon thread and
hands each change of *another* session (ours are recognised by the store's
``session_id``) to a callback: the window turns that into a refresh of the
layer, keeping the planner's unsaved edits.

A lost connection is retried every :data:`RETRY_S` seconds; ``on_state``
hears "listening" / "disconnected: …" so the window can say so.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from db import pg_connect, pg_meta
from db.errors import ServerUnreachableError, SignInError
from db.pg_connect import PgTarget

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

RETRY_S = 2.0
POLL_S = 0.25


@dataclass(frozen=True)
class Change:
    """One committed statement of another session.

    ``fids`` is None when the statement touched too many rows to list (then
    reload the whole table) or for keyed tables (settings, rules).
    """

    table: str
    op: str
    fids: tuple[int, ...] | None
    user: str


def parse_payload(payload: str, schema: str, own_session: str) -> Change | None:
    """Return the change a notification describes, or None if it is ours/elsewhere.

    >>> p = '{"schema":"zp","table":"zones","op":"update","fids":[3],"user":"ann","session":"x"}'
    >>> parse_payload(p, "zp", "mine")
    Change(table='zones', op='update', fids=(3,), user='ann')
    >>> parse_payload(p, "zp", "x") is None
    True
    """
    try:
        data = json.loads(payload)
    except json.JSONDecodeError:
        log.warning("ignoring a notification that is not JSON: %.80r", payload)
        return None
    if data.get("schema") != schema or (
        own_session and data.get("session") == own_session
    ):
        return None
    fids = data.get("fids")
    return Change(
        str(data.get("table", "")),
        str(data.get("op", "")),
        tuple(int(f) for f in fids) if fids is not None else None,
        str(data.get("user", "")),
    )


class ChangeListener:
    """Report other sessions' committed changes to ``callback`` (listener thread).

    Parameters
    ----------
    target : PgTarget
        The project database and schema.
    callback : callable
        ``callback(change)``, called on the listener's thread.
    own_session : str
        The store's ``session_id``; its own changes are not reported.
    on_state : callable, optional
        ``on_state(text)`` on (re)connection and loss.
    """

    def __init__(
        self,
        target: PgTarget,
        callback: Callable[[Change], None],
        own_session: str = "",
        on_state: Callable[[str], None] | None = None,
    ) -> None:
        self.target = target
        self.callback = callback
        self.own_session = own_session
        self.on_state = on_state or (lambda _s: None)
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="zp-listen", daemon=True)

    def start(self, wait_s: float = 10.0) -> ChangeListener:
        """Start listening; return once LISTEN is in place (or ``wait_s`` passed)."""
        self._thread.start()
        self._ready.wait(wait_s)
        return self

    def stop(self) -> None:
        """Stop listening and close the connection (returns within ~POLL_S)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def __enter__(self) -> ChangeListener:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def listening(self) -> bool:
        """Return True while the LISTEN connection is up."""
        return self._ready.is_set()

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with pg_connect.connect(self.target, autocommit=True) as conn:
                    conn.execute(f"LISTEN {pg_meta.NOTIFY_CHANNEL}")
                    self._ready.set()
                    self.on_state("listening")
                    self._pump(conn)
            except (psycopg.Error, OSError, ServerUnreachableError) as exc:
                self._ready.clear()
                self.on_state(f"disconnected: {exc}")
                log.info("change listener lost its connection: %s", exc)
                self._stop.wait(RETRY_S)
            except SignInError as exc:
                self.on_state(f"disconnected: {exc}")
                log.warning("change listener cannot sign in: %s", exc)
                return
        self._ready.clear()

    def _pump(self, conn: psycopg.Connection[Any]) -> None:
        while not self._stop.is_set():
            for note in conn.notifies(timeout=POLL_S, stop_after=64):
                change = parse_payload(
                    note.payload, self.target.schema, self.own_session
                )
                if change is not None:
                    self._deliver(change)

    def _deliver(self, change: Change) -> None:
        try:
            self.callback(change)
        except Exception:
            log.exception("change callback failed for %s", change)


class ChangeQueue:
    """A callback that queues changes, for callers that poll (tests, the CLI)."""

    def __init__(self) -> None:
        self.queue: queue.Queue[Change] = queue.Queue()

    def __call__(self, change: Change) -> None:
        self.queue.put(change)

    def get(self, timeout: float) -> Change:
        """Return the next change; queue.Empty after ``timeout`` seconds."""
        return self.queue.get(timeout=timeout)
