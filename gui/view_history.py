"""Previous/next view history of the canvas (pure Python, no Qt)."""

from __future__ import annotations

import time

from layers.viewport import Viewport

MAX_ENTRIES = 100


class ViewHistory:
    """Settled views in visit order with a cursor, like a browser's history.

    Changes within ``merge_seconds`` of the previous push marked ``merge``
    (wheel notches) replace the top entry instead of adding one.
    """

    def __init__(self, merge_seconds: float = 0.6) -> None:
        self._views: list[Viewport] = []
        self._pos = -1
        self._last_push = 0.0
        self._merge_seconds = merge_seconds

    def push(self, vp: Viewport, merge: bool = False) -> None:
        """Record ``vp`` as the current view, dropping any forward entries."""
        now = time.monotonic()
        del self._views[self._pos + 1 :]
        if merge and self._views and now - self._last_push < self._merge_seconds:
            self._views[-1] = vp
        elif not self._views or self._views[-1] != vp:
            self._views.append(vp)
        del self._views[:-MAX_ENTRIES]
        self._pos = len(self._views) - 1
        self._last_push = now if merge else 0.0

    def can_go_back(self) -> bool:
        """Return True if there is a previous view."""
        return self._pos > 0

    def can_go_forward(self) -> bool:
        """Return True if there is a next view."""
        return 0 <= self._pos < len(self._views) - 1

    def back(self) -> Viewport | None:
        """Step back and return the previous view (None at the start)."""
        if not self.can_go_back():
            return None
        self._pos -= 1
        return self._views[self._pos]

    def forward(self) -> Viewport | None:
        """Step forward and return the next view (None at the end)."""
        if not self.can_go_forward():
            return None
        self._pos += 1
        return self._views[self._pos]

    def clear(self) -> None:
        """Forget all views (after a display CRS switch or a new project)."""
        self._views.clear()
        self._pos = -1
