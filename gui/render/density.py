"""Paint many points as a density surface (a heat map) instead of dots.

At city scale 20,000 or 1,000,000 enterprise dots bury the zones. A point
layer whose style asks for it (:func:`layers.style.density_settings`) is drawn
below the zones, from a count of points per cell of a few pixels: counted with
one ``numpy.bincount``, smoothed with a small separable kernel, coloured through
a lookup table whose alpha grows with density, and drawn as one image scaled
smoothly to the view. No per-point Python; the cost is one pass over the
visible points plus work proportional to the cell count.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

#: Light yellow to dark red; low densities stay nearly transparent so the
#: basemap and zone outlines show through.
HEAT_RAMP = ("#fff7bc", "#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#8c2d04")
_KERNEL = np.array([1.0, 4.0, 6.0, 4.0, 1.0]) / 16.0


@dataclass(frozen=True)
class DensitySymbol:
    """How a density surface looks: cell size (96-dpi px), ramp, opacity."""

    cell_px: float = 8.0
    max_alpha: float = 0.8
    ramp: tuple[str, ...] = HEAT_RAMP


def density_counts(
    x_px: np.ndarray, y_px: np.ndarray, width: int, height: int, cell: float
) -> np.ndarray:
    """Return an (rows, cols) float array: points per cell of ``cell`` pixels.

    Examples
    --------
    >>> density_counts(np.array([1.0, 2.0, 9.0]), np.array([1.0, 1.0, 1.0]),
    ...                16, 8, 8.0).tolist()
    [[2.0, 1.0]]
    """
    cols = max(1, int(np.ceil(width / cell)))
    rows = max(1, int(np.ceil(height / cell)))
    ci = np.floor(np.asarray(x_px) / cell).astype(np.int64)
    ri = np.floor(np.asarray(y_px) / cell).astype(np.int64)
    ok = (ci >= 0) & (ci < cols) & (ri >= 0) & (ri < rows)
    flat = ri[ok] * cols + ci[ok]
    counts = np.bincount(flat, minlength=rows * cols).astype(np.float64)
    return counts.reshape(rows, cols)


def smooth(counts: np.ndarray) -> np.ndarray:
    """Return ``counts`` blurred with a 5-tap binomial kernel in x and y."""
    pad = len(_KERNEL) // 2
    out = np.pad(counts, pad, mode="constant")
    out = sum(_KERNEL[i] * out[:, i : i + counts.shape[1]] for i in range(len(_KERNEL)))
    out = sum(_KERNEL[i] * out[i : i + counts.shape[0], :] for i in range(len(_KERNEL)))
    return np.asarray(out)


def _rgb(color: QColor) -> tuple[int, int, int]:
    return color.red(), color.green(), color.blue()


def _lut(ramp: tuple[str, ...], max_alpha: float) -> np.ndarray:
    """Return 256 premultiplied ARGB32 colours; alpha rises from 0 with level."""
    stops = np.linspace(0.0, 1.0, len(ramp))
    rgb = np.array([_rgb(QColor(c)) for c in ramp], dtype=float)
    t = np.linspace(0.0, 1.0, 256)
    channels = [np.interp(t, stops, rgb[:, k]) for k in range(3)]
    alpha = np.clip(np.sqrt(t) * 255 * max_alpha, 0, 255)
    alpha[0] = 0
    r, g, b = (np.round(c * alpha / 255).astype(np.uint32) for c in channels)
    argb: np.ndarray = (alpha.astype(np.uint32) << 24) | (r << 16) | (g << 8) | b
    return argb


def density_levels(counts: np.ndarray) -> np.ndarray:
    """Return uint8 levels 0-255: log-scaled, the 99th percentile saturating."""
    nonzero = counts[counts > 0.05]
    if nonzero.size == 0:
        return np.zeros(counts.shape, dtype=np.uint8)
    top = float(np.percentile(nonzero, 99.0))
    scaled = np.log1p(counts) / np.log1p(max(top, 1e-9))
    levels = np.clip(scaled * 255.0, 0, 255)
    levels[counts <= 0.05] = 0
    out: np.ndarray = levels.astype(np.uint8)
    return out


def paint_density(
    painter: QPainter,
    x_px: np.ndarray,
    y_px: np.ndarray,
    size: tuple[int, int],
    symbol: DensitySymbol,
    px_per_px: float,
) -> None:
    """Paint the density of points (device pixels) over a ``size`` device.

    ``px_per_px`` converts the symbol's 96-dpi cell size to device pixels.
    """
    width, height = size
    if width <= 0 or height <= 0 or len(x_px) == 0:
        return
    cell = max(symbol.cell_px * px_per_px, 1.0)
    levels = density_levels(smooth(density_counts(x_px, y_px, width, height, cell)))
    rows, cols = levels.shape
    argb = np.ascontiguousarray(_lut(symbol.ramp, symbol.max_alpha)[levels])
    image = QImage(
        argb.data, cols, rows, cols * 4, QImage.Format.Format_ARGB32_Premultiplied
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.drawImage(QRectF(0, 0, cols * cell, rows * cell), image)
    painter.restore()
    del image  # the QImage borrows argb's buffer; drop it before argb goes


def legend_colors(symbol: DensitySymbol, steps: int = 5) -> list[QColor]:
    """Return ``steps`` colours from low to high density (for legends)."""
    lut = _lut(symbol.ramp, symbol.max_alpha)
    out = []
    for level in np.linspace(40, 255, steps).round().astype(int):
        v = int(lut[level])
        a = (v >> 24) & 0xFF
        r, g, b = (
            min(255, round(((v >> s) & 0xFF) * 255 / max(a, 1))) for s in (16, 8, 0)
        )
        color = QColor.fromRgb(r, g, b, a)
        out.append(color)
    return out
