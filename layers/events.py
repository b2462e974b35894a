"""A tiny Qt-free observer, so the model can announce changes to any view.

A handler that raises must not stop the others, nor leave the model half
changed (events fire after the model has changed), so :meth:`Event.emit`
calls every handler, then hands each failure to the error reporter: by
default it is logged; the GUI installs a reporter that also shows it to the
user, and the test suite one that fails the test.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

ErrorReporter = Callable[[BaseException, Callable[..., Any]], None]


def _log_error(exc: BaseException, handler: Callable[..., Any]) -> None:
    log.error("event handler %r failed", handler, exc_info=exc)


_reporter: list[ErrorReporter] = [_log_error]


def set_error_reporter(reporter: ErrorReporter | None) -> ErrorReporter:
    """Install ``reporter`` for failing handlers (None: log); return the old one."""
    old = _reporter[0]
    _reporter[0] = reporter or _log_error
    return old


class Event:
    """Hold handlers and call them in connection order on :meth:`emit`.

    Examples
    --------
    >>> seen = []
    >>> ev = Event()
    >>> ev.connect(seen.append)
    >>> ev.emit(3)
    >>> seen
    [3]
    """

    __slots__ = ("_handlers",)

    def __init__(self) -> None:
        self._handlers: list[Callable[..., Any]] = []

    def connect(self, handler: Callable[..., Any]) -> None:
        """Add ``handler``; connecting the same handler twice is a no-op."""
        if handler not in self._handlers:
            self._handlers.append(handler)

    def disconnect(self, handler: Callable[..., Any]) -> None:
        """Remove ``handler`` if connected."""
        if handler in self._handlers:
            self._handlers.remove(handler)

    def emit(self, *args: Any) -> None:
        """Call every handler with ``args``; report (never swallow) failures."""
        for handler in list(self._handlers):
            try:
                handler(*args)
            except Exception as exc:  # noqa: BLE001 - reported, the others still run
                _reporter[0](exc, handler)
