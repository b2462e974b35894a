"""A tiny Qt-free observer, so the model can announce changes to any view."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


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
        """Call every handler with ``args``."""
        for handler in list(self._handlers):
            handler(*args)
