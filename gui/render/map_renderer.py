"""The one painter for screen, print and headless output (STYLE.md §2.4).

:func:`paint_snapshot` draws a :class:`~gui.render.snapshot.RenderSnapshot` with
any active QPainter whose coordinates are the snapshot viewport's device pixels
(a QImage on a worker thread, a QPdfWriter page, an SVG generator).

Sizes follow the device resolution ``viewport.dpi``: outline widths and label
sizes are in points (px = pt * dpi / 72), point symbols in screen pixels at
96 dpi (px = size * dpi / 96); ``symbol_scale`` multiplies both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QByteArray, QDataStream, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen

from gui.render.density import paint_density
from gui.render.label_placement import paint_labels
from gui.render.points import draw_points
from gui.render.prepare import PathArrays
from gui.render.snapshot import ClassSymbol, LayerSnapshot, PointArrays, RenderSnapshot
from layers.viewport import Viewport

SELECTION_COLOR = "#ffd400"
BACKGROUND_COLOR = "#e9eef2"
_PATH_DTYPE = np.dtype([("type", ">i4"), ("x", ">f8"), ("y", ">f8")])


def qpath_from_arrays(xy_px: np.ndarray, starts: np.ndarray) -> QPainterPath:
    """Build a QPainterPath from vertex arrays in one call, no per-vertex Python.

    The arrays are serialised in QDataStream's QPainterPath layout (count, then
    big-endian (type, x, y) per element, then start index and fill rule) and
    read back by Qt. Rings start with a MoveTo; the odd-even fill rule makes
    holes and multi-part features come out right.

    Parameters
    ----------
    xy_px : numpy.ndarray
        (n, 2) device-pixel coordinates.
    starts : numpy.ndarray of bool
        True where a ring or line begins.
    """
    n = len(xy_px)
    path = QPainterPath()
    if n == 0:
        return path
    elements = np.empty(n, dtype=_PATH_DTYPE)
    elements["type"] = np.where(starts, 0, 1)  # MoveToElement, LineToElement
    elements["x"] = xy_px[:, 0]
    elements["y"] = xy_px[:, 1]
    head = np.array([n], dtype=">i4").tobytes()
    tail = np.array([0, 0], dtype=">i4").tobytes()  # cStart, Qt::OddEvenFill
    # The one-argument constructor reads a copy; the (QByteArray*, mode) one
    # would keep a pointer to a temporary and crash.
    data = QByteArray(head + elements.tobytes() + tail)
    stream = QDataStream(data)
    stream >> path
    return path


def to_px(vp: Viewport, xy: np.ndarray) -> np.ndarray:
    """Return (n, 2) device pixels for (n, 2) display-CRS metres."""
    xmin, _, _, ymax = vp.extent
    out = np.empty_like(xy)
    out[:, 0] = (xy[:, 0] - xmin) / vp.mupp
    out[:, 1] = (ymax - xy[:, 1]) / vp.mupp
    return out


def _cosmetic_pen(color: str | QColor, width_px: float) -> QPen:
    pen = QPen(QColor(color), max(width_px, 0.0))
    # Cosmetic pens stay on Qt's fast stroking path (a 1.07 px non-cosmetic
    # pen strokes ~100x slower) and have the same pixel width on any device.
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _paint_paths(
    painter: QPainter, lyr: LayerSnapshot, vp: Viewport, px_per_pt: float
) -> None:
    paths = lyr.paths
    if paths is None or paths.vertex_count == 0:
        return
    xy_px = to_px(vp, paths.xy)
    width = lyr.style.outline_width * px_per_pt
    is_line = lyr.geometry_type == "line"
    outline = _cosmetic_pen(lyr.style.outline_color, width) if width > 0 else None
    dash = lyr.style.extra.get("outline_dash")
    if outline is not None and dash:
        # Dash and gap lengths in pen widths (the umbrella zone's outline).
        outline.setDashPattern([float(v) for v in dash])
    for k, sym in enumerate(lyr.symbols):
        a, z = int(paths.class_offsets[k]), int(paths.class_offsets[k + 1])
        if a == z:
            continue
        path = qpath_from_arrays(xy_px[a:z], paths.starts[a:z])
        if is_line:
            painter.setPen(_cosmetic_pen(sym.color, max(width, 1.0)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        elif sym.outline is not None:  # restrained: a coloured edge, no fill
            painter.setPen(_cosmetic_pen(sym.outline, max(width * 2.0, 1.5)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(outline if outline is not None else Qt.PenStyle.NoPen)
            painter.setBrush(_brush(sym) if sym.fill else Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


def _brush(sym: ClassSymbol) -> QBrush:
    color = QColor(sym.color)
    color.setAlphaF(max(0.0, min(1.0, sym.alpha)))
    return QBrush(color)


def _paint_points(
    painter: QPainter,
    pts: PointArrays,
    symbols: tuple[ClassSymbol, ...],
    size_px: float,
    vp: Viewport,
) -> None:
    xmin, _, _, ymax = vp.extent
    x_px = (pts.x - xmin) / vp.mupp
    y_px = (ymax - pts.y) / vp.mupp
    colors = [(s.color, s.alpha) for s in symbols]
    draw_points(
        painter, x_px, y_px, pts.classes, colors, size_px, (vp.width_px, vp.height_px)
    )


def _paint_density(
    painter: QPainter, lyr: LayerSnapshot, vp: Viewport, px_per_px: float
) -> None:
    pts = lyr.points
    assert pts is not None and lyr.density is not None
    xmin, _, _, ymax = vp.extent
    x_px = (pts.x - xmin) / vp.mupp
    y_px = (ymax - pts.y) / vp.mupp
    paint_density(
        painter, x_px, y_px, (vp.width_px, vp.height_px), lyr.density, px_per_px
    )


def _paint_selection(painter: QPainter, snap: RenderSnapshot, px_per_px: float) -> None:
    vp = snap.viewport
    fill = QColor(SELECTION_COLOR)
    fill.setAlphaF(0.35)
    for lyr in snap.layers:
        painter.setOpacity(1.0)
        sel: PathArrays | None = lyr.selected_paths
        if sel is not None and sel.vertex_count:
            painter.setPen(_cosmetic_pen(SELECTION_COLOR, 2.5 * px_per_px))
            painter.setBrush(
                Qt.BrushStyle.NoBrush if lyr.geometry_type == "line" else fill
            )
            painter.drawPath(qpath_from_arrays(to_px(vp, sel.xy), sel.starts))
        pts = lyr.selected_points
        if pts is not None and len(pts.x):
            size = (lyr.style.point_size + 4) * px_per_px
            _paint_points(painter, pts, (ClassSymbol("#202020", 1.0),), size + 2, vp)
            _paint_points(painter, pts, (ClassSymbol(SELECTION_COLOR, 1.0),), size, vp)


def paint_snapshot(
    painter: QPainter,
    snap: RenderSnapshot,
    *,
    draw_labels: bool = True,
    symbol_scale: float = 1.0,
    draw_selection: bool = True,
    cancelled: Callable[[], bool] | None = None,
    keep_clear: Sequence[QRectF] = (),
) -> bool:
    """Paint ``snap`` with ``painter`` (device pixels of ``snap.viewport``).

    The caller fills the background (screen) or leaves the page white (print).

    Parameters
    ----------
    painter : QPainter
        An active painter.
    snap : RenderSnapshot
        What to draw.
    draw_labels : bool
        Place and draw labels.
    symbol_scale : float
        Extra factor on outline widths, point sizes and label sizes.
    draw_selection : bool
        Draw the selection highlight (off for print).
    cancelled : callable, optional
        Polled between layers; returning True stops painting.
    keep_clear : sequence of QRectF
        Device-pixel areas no map label may cover.

    Returns
    -------
    bool
        False if painting was cancelled.
    """
    from gui.fonts import cjk_family

    vp = snap.viewport
    px_per_pt = vp.dpi / 72.0 * symbol_scale
    px_per_px = vp.dpi / 96.0 * symbol_scale
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    try:
        for lyr in snap.layers:
            if cancelled is not None and cancelled():
                return False
            painter.setOpacity(lyr.opacity)
            _paint_paths(painter, lyr, vp, px_per_pt)
            if lyr.points is not None and lyr.density is not None:
                _paint_density(painter, lyr, vp, px_per_px)
            elif lyr.points is not None:
                size = lyr.style.point_size * px_per_px
                _paint_points(painter, lyr.points, lyr.symbols, size, vp)
        if draw_selection:
            _paint_selection(painter, snap, px_per_px)
        if draw_labels and not (cancelled is not None and cancelled()):
            paint_labels(painter, snap, cjk_family(), px_per_pt, keep_clear)
    finally:
        painter.restore()
    return True


def render_image(snap: RenderSnapshot, background: str = BACKGROUND_COLOR) -> QImage:
    """Return a new ARGB32 image of ``snap`` painted on ``background``."""
    vp = snap.viewport
    image = QImage(vp.width_px, vp.height_px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(background))
    painter = QPainter(image)
    try:
        paint_snapshot(painter, snap)
    finally:
        painter.end()
    return image
