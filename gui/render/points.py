"""Draw many points without per-point Python (PERFORMANCE_NOTES.md).

Few points: ``QPainter.drawPointsNp`` per class with a round pen (vector, so
PDF output stays crisp). Many points: stamp class ids into a uint8 raster with
numpy, grow them to the marker's disk, map ids to premultiplied colours through
a lookup table and draw the result with one ``drawImage`` (Qt's wide-pen point
path is ~10x slower).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

#: Above this many points use the raster (vector devices: PDF, SVG).
RASTER_THRESHOLD = 20000
#: On raster devices the raster wins much earlier: a round wide-pen point costs
#: ~1 us, the raster a fixed ~6 ms at 1920x1080.
RASTER_THRESHOLD_IMAGE = 4000


def marker_offsets(size_px: float) -> list[tuple[int, int]]:
    """Return pixel offsets of a disk marker of diameter ``size_px``, far first.

    Examples
    --------
    >>> len(marker_offsets(1)), len(marker_offsets(3))
    (1, 9)
    """
    r = max(size_px, 1.0) / 2.0
    k = int(np.ceil(r - 0.5))
    offs = [
        (dx, dy)
        for dy in range(-k, k + 1)
        for dx in range(-k, k + 1)
        if dx * dx + dy * dy <= r * r + 0.25 or (dx == 0 and dy == 0)
    ]
    return sorted(offs, key=lambda o: -(o[0] ** 2 + o[1] ** 2))


def _lut(colors: Sequence[tuple[str, float]]) -> np.ndarray:
    """Return a premultiplied ARGB32 lookup table; index 0 is transparent."""
    lut = np.zeros(256, dtype=np.uint32)
    for i, (name, alpha) in enumerate(colors[:255], start=1):
        c = QColor(name)
        a = int(round(255 * max(0.0, min(1.0, alpha))))
        r, g, b = (int(round(v * a / 255)) for v in (c.red(), c.green(), c.blue()))
        lut[i] = (a << 24) | (r << 16) | (g << 8) | b
    return lut


def _stamp(
    xi: np.ndarray, yi: np.ndarray, ids: np.ndarray, w: int, h: int, size_px: float
) -> np.ndarray:
    """Return an (h, w) uint8 raster of class ids (0 = empty) with disk markers."""
    raster = np.zeros((h, w), dtype=np.uint8)
    offsets = marker_offsets(size_px)
    if len(xi) * len(offsets) < w * h // 2:
        for dx, dy in offsets:
            x, y = xi + dx, yi + dy
            ok = (x >= 0) & (x < w) & (y >= 0) & (y < h)
            raster[y[ok], x[ok]] = ids[ok]
        return raster
    ok = (xi >= 0) & (xi < w) & (yi >= 0) & (yi < h)
    centres = np.zeros((h, w), dtype=np.uint8)
    centres[yi[ok], xi[ok]] = ids[ok]
    for dx, dy in offsets:
        src = centres[max(0, -dy) : h - max(0, dy), max(0, -dx) : w - max(0, dx)]
        dst = raster[max(0, dy) : h - max(0, -dy), max(0, dx) : w - max(0, -dx)]
        np.copyto(dst, src, where=src > 0)
    return raster


def draw_points_raster(
    painter: QPainter,
    x_px: np.ndarray,
    y_px: np.ndarray,
    classes: np.ndarray,
    colors: Sequence[tuple[str, float]],
    size_px: float,
    size: tuple[int, int],
) -> None:
    """Draw points as disk markers through a class-id raster of ``size`` pixels.

    Parameters
    ----------
    x_px, y_px : numpy.ndarray
        Device-pixel coordinates (y down).
    classes : numpy.ndarray
        Index into ``colors`` per point.
    colors : sequence of (colour name, alpha)
        One entry per class.
    """
    w, h = size
    if w <= 0 or h <= 0 or len(x_px) == 0:
        return
    xi = np.floor(x_px).astype(np.int32)
    yi = np.floor(y_px).astype(np.int32)
    ids = np.minimum(np.asarray(classes, dtype=np.int32) + 1, 255).astype(np.uint8)
    raster = _stamp(xi, yi, ids, w, h, size_px)
    argb = np.ascontiguousarray(_lut(colors)[raster])
    image = QImage(argb.data, w, h, w * 4, QImage.Format.Format_ARGB32_Premultiplied)
    painter.drawImage(0, 0, image)
    del image  # the QImage borrows argb's buffer; drop it before argb goes


def draw_points_vector(
    painter: QPainter,
    x_px: np.ndarray,
    y_px: np.ndarray,
    classes: np.ndarray,
    colors: Sequence[tuple[str, float]],
    size_px: float,
) -> None:
    """Draw points per class with ``drawPointsNp`` and a round cosmetic pen."""
    if len(x_px) == 0:
        return
    order = np.argsort(classes, kind="stable")
    cls_sorted = np.asarray(classes)[order]
    bounds = np.searchsorted(cls_sorted, np.arange(len(colors) + 1))
    xs = np.ascontiguousarray(x_px[order], dtype=np.float64)
    ys = np.ascontiguousarray(y_px[order], dtype=np.float64)
    for k, (name, alpha) in enumerate(colors):
        a, z = int(bounds[k]), int(bounds[k + 1])
        if a == z:
            continue
        color = QColor(name)
        color.setAlphaF(max(0.0, min(1.0, alpha)))
        pen = QPen(color, max(size_px, 1.0))
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        # PySide6's stub types drawPointsNp's numpy arrays as sequences.
        painter.drawPointsNp(xs[a:z], ys[a:z])  # type: ignore[arg-type]


def draw_points(
    painter: QPainter,
    x_px: np.ndarray,
    y_px: np.ndarray,
    classes: np.ndarray,
    colors: Sequence[tuple[str, float]],
    size_px: float,
    size: tuple[int, int],
) -> None:
    """Draw points choosing the vector or raster path by count and device."""
    on_image = isinstance(painter.device(), QImage)
    limit = RASTER_THRESHOLD_IMAGE if on_image else RASTER_THRESHOLD
    if len(x_px) > limit:
        draw_points_raster(painter, x_px, y_px, classes, colors, size_px, size)
    else:
        draw_points_vector(painter, x_px, y_px, classes, colors, size_px)
