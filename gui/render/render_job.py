"""Paint a frozen snapshot into a QImage on a worker thread.

The job owns nothing of the model: it gets an immutable
:class:`~gui.render.snapshot.RenderSnapshot` and reports the image through a
signal of a QObject living on the GUI thread (a queued connection), tagged
with its request id so the canvas can drop stale results.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal
from PySide6.QtGui import QColor, QImage, QPainter

from gui.render.map_renderer import paint_snapshot
from gui.render.snapshot import RenderSnapshot


class RenderSignals(QObject):
    """Signals of render jobs; lives on the GUI thread."""

    #: request id, image (None if skipped or cancelled), seconds, snapshot
    finished = Signal(int, object, float, object)


def paint_to_image(
    snap: RenderSnapshot,
    background: str,
    device_pixel_ratio: float = 1.0,
    cancelled: Callable[[], bool] | None = None,
) -> QImage | None:
    """Return ``snap`` painted on a new image, or None if cancelled."""
    vp = snap.viewport
    image = QImage(vp.width_px, vp.height_px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(background))
    painter = QPainter(image)
    try:
        done = paint_snapshot(painter, snap, cancelled=cancelled)
    finally:
        painter.end()
    if not done:
        return None
    image.setDevicePixelRatio(device_pixel_ratio)
    return image


class RenderJob(QRunnable):
    """Paint one snapshot; skip or stop early once a newer request exists.

    Parameters
    ----------
    request_id : int
        Id of this request.
    snap : RenderSnapshot
        What to paint.
    signals : RenderSignals
        Where to report.
    latest_id : callable
        Returns the newest request id (a plain int read, safe across threads).
    background : str
        Background colour.
    device_pixel_ratio : float
        Ratio stored on the image for HiDPI screens.
    """

    def __init__(
        self,
        request_id: int,
        snap: RenderSnapshot,
        signals: RenderSignals,
        latest_id: Callable[[], int],
        background: str,
        device_pixel_ratio: float = 1.0,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.request_id = request_id
        self.snap = snap
        self.signals = signals
        self.latest_id = latest_id
        self.background = background
        self.device_pixel_ratio = device_pixel_ratio

    def _stale(self) -> bool:
        return self.latest_id() != self.request_id

    def run(self) -> None:
        """Paint (unless already stale) and emit ``finished``."""
        t0 = time.perf_counter()
        image = None
        if not self._stale():
            image = paint_to_image(
                self.snap, self.background, self.device_pixel_ratio, self._stale
            )
        seconds = time.perf_counter() - t0
        self.signals.finished.emit(self.request_id, image, seconds, self.snap)
