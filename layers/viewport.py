"""Viewport: what part of the map, in which projected CRS, on how many pixels.

Pure maths, shared by the canvas, the print layout and headless rendering, so
screen and paper agree on scale (STYLE.md section 2).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, overload

import numpy as np
import numpy.typing as npt

METRES_PER_INCH = 0.0254
# Coordinate arrays in and out of the vectorised conversions; a float in gives a
# numpy float64 (a float) out.
_Coords = npt.NDArray[Any] | Sequence[float]
_Floats = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Viewport:
    """A view of the map in a projected display CRS (metres).

    Parameters
    ----------
    epsg : int
        Display CRS (projected, metres), e.g. 4548 or 3857.
    center_x, center_y : float
        View centre in display-CRS metres.
    mupp : float
        Map units (metres) per device pixel.
    width_px, height_px : int
        Device size in pixels.
    dpi : float
        Device resolution, used for the scale denominator and symbol sizes.

    Examples
    --------
    >>> v = Viewport(4548, 447924.0, 4419436.0, 10.0, 800, 600, 96.0)
    >>> v.extent
    (443924.0, 4416436.0, 451924.0, 4422436.0)
    >>> round(v.scale_denominator)
    37795
    """

    epsg: int
    center_x: float
    center_y: float
    mupp: float
    width_px: int
    height_px: int
    dpi: float = 96.0

    @property
    def extent(self) -> tuple[float, float, float, float]:
        """Return (xmin, ymin, xmax, ymax) in display-CRS metres."""
        hw = self.width_px * self.mupp / 2.0
        hh = self.height_px * self.mupp / 2.0
        return (
            self.center_x - hw,
            self.center_y - hh,
            self.center_x + hw,
            self.center_y + hh,
        )

    @property
    def scale_denominator(self) -> float:
        """Return N of the nominal scale 1:N on this device."""
        return self.mupp * self.dpi / METRES_PER_INCH

    def with_scale(self, denominator: float) -> Viewport:
        """Return the same view at scale 1:``denominator``."""
        return replace(self, mupp=denominator * METRES_PER_INCH / self.dpi)

    def with_size(self, width_px: int, height_px: int) -> Viewport:
        """Return the view resized, keeping centre and resolution."""
        return replace(self, width_px=int(width_px), height_px=int(height_px))

    def panned_px(self, dx_px: float, dy_px: float) -> Viewport:
        """Return the view moved so content shifts by (dx, dy) device pixels."""
        return replace(
            self,
            center_x=self.center_x - dx_px * self.mupp,
            center_y=self.center_y + dy_px * self.mupp,
        )

    def zoomed(
        self, factor: float, anchor_px: tuple[float, float] | None = None
    ) -> Viewport:
        """Return the view zoomed by ``factor`` (>1 zooms in) about a pixel."""
        ax, ay = (
            anchor_px
            if anchor_px is not None
            else (self.width_px / 2.0, self.height_px / 2.0)
        )
        mx, my = self.px_to_map(ax, ay)
        mupp = self.mupp / factor
        cx = mx - (ax - self.width_px / 2.0) * mupp
        cy = my + (ay - self.height_px / 2.0) * mupp
        return replace(self, center_x=float(cx), center_y=float(cy), mupp=mupp)

    @overload
    def map_to_px(self, x: float, y: float) -> tuple[float, float]: ...
    @overload
    def map_to_px(self, x: _Coords, y: _Coords) -> tuple[_Floats, _Floats]: ...
    def map_to_px(self, x: _Coords | float, y: _Coords | float) -> tuple[Any, Any]:
        """Convert display-CRS metres to device pixels (y down), vectorised."""
        xmin, _, _, ymax = self.extent
        return (
            (np.asarray(x) - xmin) / self.mupp,
            (ymax - np.asarray(y)) / self.mupp,
        )

    @overload
    def px_to_map(self, px: float, py: float) -> tuple[float, float]: ...
    @overload
    def px_to_map(self, px: _Coords, py: _Coords) -> tuple[_Floats, _Floats]: ...
    def px_to_map(self, px: _Coords | float, py: _Coords | float) -> tuple[Any, Any]:
        """Convert device pixels to display-CRS metres, vectorised."""
        xmin, _, _, ymax = self.extent
        return (
            xmin + np.asarray(px) * self.mupp,
            ymax - np.asarray(py) * self.mupp,
        )

    @classmethod
    def fit(
        cls,
        epsg: int,
        extent: tuple[float, float, float, float],
        width_px: int,
        height_px: int,
        dpi: float = 96.0,
        margin: float = 0.05,
    ) -> Viewport:
        """Return a view showing ``extent`` (display-CRS metres) with a margin."""
        xmin, ymin, xmax, ymax = extent
        w = max(xmax - xmin, 1.0) * (1 + 2 * margin)
        h = max(ymax - ymin, 1.0) * (1 + 2 * margin)
        mupp = max(w / max(width_px, 1), h / max(height_px, 1))
        return cls(
            epsg,
            (xmin + xmax) / 2.0,
            (ymin + ymax) / 2.0,
            mupp,
            int(width_px),
            int(height_px),
            dpi,
        )
