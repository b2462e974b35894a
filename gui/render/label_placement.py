"""Greedy non-overlapping label placement with a white halo.

Layers are placed by label priority (zones, then districts, then cases, then
points; equal priority: top layer first), within a layer best first (by
feature area). A label is centred on its anchor (a point on the polygon's
surface), or, for layers whose labels go outside their feature (case parcels),
tried beside the feature's box — right, left, above, below, then the corners —
so it never covers the parcel it names. A label is placed if its rectangle,
grown by a small gap, meets no placed label and no area the caller keeps clear,
found through a coarse grid of cells.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from gui.render.snapshot import LabelSet, RenderSnapshot

CELL_PX = 64
GAP_PX = 3.0
HALO_PX = 1.5  # at 96 dpi


@dataclass
class CollisionGrid:
    """Placed rectangles bucketed by grid cell, for fast overlap tests."""

    cell: float = CELL_PX

    def __post_init__(self) -> None:
        self._cells: dict[tuple[int, int], list[QRectF]] = defaultdict(list)

    def _keys(self, r: QRectF) -> list[tuple[int, int]]:
        x0, x1 = int(r.left() // self.cell), int(r.right() // self.cell)
        y0, y1 = int(r.top() // self.cell), int(r.bottom() // self.cell)
        return [(i, j) for i in range(x0, x1 + 1) for j in range(y0, y1 + 1)]

    def try_place(self, r: QRectF) -> bool:
        """Add ``r`` and return True unless it meets a placed rectangle."""
        keys = self._keys(r)
        for k in keys:
            for other in self._cells.get(k, ()):
                if other.intersects(r):
                    return False
        for k in keys:
            self._cells[k].append(r)
        return True

    def block(self, r: QRectF) -> None:
        """Mark ``r`` as taken whatever it meets (an area to keep clear)."""
        for k in self._keys(r):
            self._cells[k].append(r)


def label_font(family: str, size_pt: float, px_per_pt: float) -> QFont:
    """Return the label font sized in device pixels (``size_pt`` points)."""
    font = QFont(family)
    font.setPixelSize(max(1, round(size_pt * px_per_pt)))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def outside_candidates(box: QRectF, w: float, h: float, gap: float) -> list[QRectF]:
    """Return label rectangles of size ``w`` x ``h`` beside ``box``, best first.

    None of them overlaps ``box`` (each keeps ``gap`` pixels away).
    """
    cx, cy = box.center().x(), box.center().y()
    left, right = box.left() - gap - w, box.right() + gap
    top, bottom = box.top() - gap - h, box.bottom() + gap
    return [
        QRectF(right, cy - h / 2, w, h),
        QRectF(left, cy - h / 2, w, h),
        QRectF(cx - w / 2, top, w, h),
        QRectF(cx - w / 2, bottom, w, h),
        QRectF(right, top, w, h),
        QRectF(left, top, w, h),
        QRectF(right, bottom, w, h),
        QRectF(left, bottom, w, h),
    ]


def _boxes_px(labels: LabelSet, snap: RenderSnapshot) -> list[QRectF] | None:
    if labels.boxes is None:
        return None
    vp = snap.viewport
    b = np.asarray(labels.boxes, dtype=float)
    x0, y1 = vp.map_to_px(b[:, 0], b[:, 1])
    x1, y0 = vp.map_to_px(b[:, 2], b[:, 3])
    return [
        QRectF(QPointF(a, c), QPointF(bx, d))
        for a, c, bx, d in zip(
            x0.tolist(), y0.tolist(), x1.tolist(), y1.tolist(), strict=True
        )
    ]


def _place(
    labels: LabelSet, snap: RenderSnapshot, grid: CollisionGrid, font: QFont
) -> list[tuple[QPointF, str]]:
    """Return baseline points and texts of the labels that fit, best first."""
    vp = snap.viewport
    metrics = QFontMetricsF(font)
    h = metrics.height()
    ascent = metrics.ascent()
    xs, ys = vp.map_to_px(labels.x, labels.y)
    bounds = QRectF(0, 0, vp.width_px, vp.height_px)
    boxes = _boxes_px(labels, snap)
    placed: list[tuple[QPointF, str]] = []
    widths: dict[str, float] = {}
    for i, (text, x, y) in enumerate(
        zip(labels.texts, xs.tolist(), ys.tolist(), strict=True)
    ):
        w = widths.get(text)
        if w is None:
            w = widths[text] = metrics.horizontalAdvance(text)
        if boxes is None:
            candidates = [QRectF(x - w / 2.0, y - h / 2.0, w, h)]
        else:
            candidates = outside_candidates(boxes[i], w, h, GAP_PX)
        for rect in candidates:
            if not bounds.contains(rect):
                continue
            if grid.try_place(rect.adjusted(-GAP_PX, -GAP_PX, GAP_PX, GAP_PX)):
                placed.append((QPointF(rect.left(), rect.top() + ascent), text))
                break
    return placed


def _halo_offsets(radius: float) -> list[QPointF]:
    d = radius * 0.7071
    return [
        QPointF(dx, dy)
        for dx, dy in (
            (-radius, 0),
            (radius, 0),
            (0, -radius),
            (0, radius),
            (-d, -d),
            (d, -d),
            (-d, d),
            (d, d),
        )
    ]


def paint_labels(
    painter: QPainter,
    snap: RenderSnapshot,
    family: str,
    px_per_pt: float,
    keep_clear: Sequence[QRectF] = (),
) -> int:
    """Place and draw every layer's labels; return how many were placed.

    The halo is the text drawn in white at eight small offsets: glyphs come
    from Qt's glyph cache, ~40x faster than stroking text outlines with a
    wide pen, and in PDF output the text stays real, selectable text.

    Parameters
    ----------
    painter : QPainter
        Active painter whose coordinates are the snapshot's device pixels.
    snap : RenderSnapshot
        Layers bottom to top; labels of upper layers win collisions.
    family : str
        Font family (the bundled CJK font).
    px_per_pt : float
        Device pixels per typographic point (dpi / 72 times the symbol scale).
    keep_clear : sequence of QRectF
        Device-pixel areas no label may cover (a report's parcel).
    """
    grid = CollisionGrid()
    for r in keep_clear:
        grid.block(QRectF(r))
    jobs = []
    top_first = list(reversed(snap.layers))
    by_priority = sorted(
        top_first, key=lambda lyr: -(lyr.labels.priority if lyr.labels else 0)
    )
    for lyr in by_priority:
        if lyr.labels is None or not lyr.labels.texts:
            continue
        font = label_font(family, lyr.labels.size_pt, px_per_pt)
        placed = _place(lyr.labels, snap, grid, font)
        if placed:
            jobs.append((font, QColor(lyr.labels.color), placed))
    halo = QColor(255, 255, 255, 235)
    offsets = _halo_offsets(HALO_PX * px_per_pt * 0.75)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setOpacity(1.0)
    count = 0
    for font, color, placed in reversed(jobs):  # top layer's labels painted last
        painter.setFont(font)
        painter.setPen(halo)
        for off in offsets:
            for pt, text in placed:
                painter.drawText(pt + off, text)
        painter.setPen(color)
        for pt, text in placed:
            painter.drawText(pt, text)
        count += len(placed)
    painter.restore()
    return count
