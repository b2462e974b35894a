"""Cartographic maths of a print layout: map viewports, scale bar, grid, north.

Pure numpy/shapely/pyproj (through :mod:`geo`), no Qt. Map coordinates are in
the print CRS (projected, metres) unless a name ends in ``_ll`` (EPSG:4490
lon/lat); page lengths end in ``_mm``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely

from geo.crs import STORAGE_EPSG, transform_geometry, transform_xy
from geo.measure import distance_m
from layers.printing.layout import LayoutItem
from layers.vector_layer import VectorLayer
from layers.viewport import METRES_PER_INCH, Viewport

MM_PER_INCH = 25.4
_NICE_STEPS = (1.0, 2.0, 2.5, 5.0)


# --- map item ------------------------------------------------------------
def item_size_px(item: LayoutItem, dpi: float) -> tuple[int, int]:
    """Return the map item's size in device pixels at ``dpi``."""
    return (
        max(1, round(item.w_mm / MM_PER_INCH * dpi)),
        max(1, round(item.h_mm / MM_PER_INCH * dpi)),
    )


def map_item_viewport(
    item: LayoutItem,
    epsg: int,
    dpi: float,
    *,
    fit_extent: tuple[float, float, float, float] | None = None,
    view_extent: tuple[float, float, float, float] | None = None,
) -> Viewport:
    """Return the viewport of a map item on a device of ``dpi``.

    Parameters
    ----------
    item : LayoutItem
        A ``map`` item; its ``mode`` decides: ``fixed_scale`` (``center`` at
        1:``scale``), ``extent``/``current_view`` (fit ``extent``, or
        ``view_extent`` for the current canvas view) or ``fit_features``
        (``fit_extent`` grown by ``fit_margin``).
    epsg : int
        The print CRS (projected, metres).
    dpi : float
        Device pixels per inch of the target.
    fit_extent, view_extent : tuple, optional
        Extents in the print CRS supplied by the caller for the
        ``fit_features`` and ``current_view`` modes.
    """
    w_px, h_px = item_size_px(item, dpi)
    mode = item.prop("mode")
    if mode == "fit_features" and fit_extent is not None:
        vp = Viewport.fit(epsg, fit_extent, w_px, h_px, dpi, item.prop("fit_margin"))
        return (
            vp.with_scale(nice_scale(vp.scale_denominator))
            if item.prop("nice_scale")
            else vp
        )
    if mode == "current_view" and view_extent is not None:
        return Viewport.fit(epsg, view_extent, w_px, h_px, dpi, 0.0)
    if mode == "fixed_scale" and item.prop("center") is not None:
        cx, cy = (float(v) for v in item.prop("center"))
        mupp = float(item.prop("scale")) * METRES_PER_INCH / dpi
        return Viewport(epsg, cx, cy, mupp, w_px, h_px, dpi)
    ext = item.prop("extent") or view_extent or fit_extent
    if ext is None:
        ext = (437924.0, 4409436.0, 457924.0, 4429436.0)  # central Beijing, 4548
    return Viewport.fit(epsg, tuple(ext), w_px, h_px, dpi, 0.0)


_SCALE_STEPS = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.5, 8.0, 10.0)


def nice_scale(denominator: float) -> float:
    """Return the next round scale denominator at or above ``denominator``.

    Rounding up keeps everything a fitted view showed on the page.

    Examples
    --------
    >>> nice_scale(432639.0), nice_scale(10000.0), nice_scale(11800.0)
    (500000.0, 10000.0, 12500.0)
    """
    k = math.floor(math.log10(max(denominator, 1.0)))
    for step in _SCALE_STEPS:
        if step * 10.0**k >= denominator * (1 - 1e-9):
            return step * 10.0**k
    return 10.0 ** (k + 1)


def features_extent(
    layer: VectorLayer, fids: list[int] | None, epsg: int
) -> tuple[float, float, float, float] | None:
    """Return the print-CRS bounds of ``fids`` of ``layer`` (all if None)."""
    gdf = layer.gdf if fids is None else layer.gdf.loc[layer.gdf.index.isin(fids)]
    if gdf.empty:
        return None
    geoms = transform_geometry(gdf.geometry.values, STORAGE_EPSG, epsg)
    xmin, ymin, xmax, ymax = (float(v) for v in shapely.total_bounds(geoms))
    return xmin, ymin, xmax, ymax


def extent_to_ll(
    extent: tuple[float, float, float, float], epsg: int, n: int = 16
) -> tuple[float, float, float, float]:
    """Return the lon/lat bounds of a print-CRS extent (edges densified)."""
    xmin, ymin, xmax, ymax = extent
    t = np.linspace(0.0, 1.0, n)
    xs = np.concatenate(
        [
            xmin + t * (xmax - xmin),
            np.full(n, xmax),
            xmax - t * (xmax - xmin),
            np.full(n, xmin),
        ]
    )
    ys = np.concatenate(
        [
            np.full(n, ymin),
            ymin + t * (ymax - ymin),
            np.full(n, ymax),
            ymax - t * (ymax - ymin),
        ]
    )
    lon, lat = transform_xy(xs, ys, epsg, STORAGE_EPSG)
    return (float(lon.min()), float(lat.min()), float(lon.max()), float(lat.max()))


def has_indicative_boundary(
    layer: VectorLayer, extent: tuple[float, float, float, float], epsg: int
) -> bool:
    """Return True if a feature marked ``indicative`` meets the extent."""
    gdf = layer.gdf
    if "boundary_status" not in gdf or gdf.empty:
        return False
    flagged = gdf["boundary_status"].astype("string").str.lower() == "indicative"
    if not flagged.any():
        return False
    bbox = shapely.box(*extent_to_ll(extent, epsg))
    return bool(shapely.intersects(gdf.geometry.values[flagged.to_numpy()], bbox).any())


# --- scale bar -----------------------------------------------------------
def nice_floor(value: float) -> float:
    """Return the largest 1, 2, 2.5 or 5 x 10^k not above ``value``.

    Examples
    --------
    >>> nice_floor(740.0), nice_floor(0.3), nice_floor(2600.0)
    (500.0, 0.25, 2500.0)
    """
    if value <= 0:
        raise ValueError("value must be positive")
    k = math.floor(math.log10(value))
    best = 10.0**k
    for step in _NICE_STEPS:
        if step * 10.0**k <= value * (1 + 1e-9):
            best = step * 10.0**k
    return best


@dataclass(frozen=True)
class ScaleBarSpec:
    """A scale bar laid out for one map item.

    Attributes
    ----------
    segment_m : float
        True ground length of one segment (metres, geodesic).
    segments : int
        Number of segments.
    bar_mm : float
        Page length of the whole bar.
    unit : str
        ``"m"`` or ``"km"``, the unit of the tick labels.
    labels : tuple of str
        Tick labels from 0 to the end; the last carries the unit.
    ground_m_per_mm : float
        Measured ground metres per page millimetre along the bar.
    nominal_scale : float
        The map item's nominal scale denominator (print CRS units).
    """

    segment_m: float
    segments: int
    bar_mm: float
    unit: str
    labels: tuple[str, ...]
    ground_m_per_mm: float
    nominal_scale: float

    @property
    def length_m(self) -> float:
        """Return the stated ground length of the whole bar in metres."""
        return self.segment_m * self.segments

    @property
    def true_scale(self) -> float:
        """Return the true scale denominator along the bar (ground/page)."""
        return self.ground_m_per_mm * 1000.0


def ground_m_per_mm(
    vp: Viewport, length_mm: float, at: tuple[float, float] | None = None
) -> float:
    """Return geodesic ground metres per page mm along a horizontal line.

    The line is ``length_mm`` long on the page, centred on ``at`` (print-CRS
    metres; default the view centre); its ends are taken back to lon/lat and
    measured on the CGCS2000 ellipsoid, so the result holds in any CRS (in GK
    near the central meridian it equals the nominal scale within 0.01 %).
    """
    cx, cy = at if at is not None else (vp.center_x, vp.center_y)
    half = length_mm / 2.0 / MM_PER_INCH * vp.dpi * vp.mupp
    lon, lat = transform_xy(
        np.array([cx - half, cx + half]), np.array([cy, cy]), vp.epsg, STORAGE_EPSG
    )
    d = float(distance_m(lon[0], lat[0], lon[1], lat[1]))
    return d / length_mm


def scale_bar(vp: Viewport, max_bar_mm: float, segments: int = 4) -> ScaleBarSpec:
    """Lay out a scale bar of at most ``max_bar_mm`` for a map viewport.

    Segments are nice round ground lengths (1, 2, 2.5, 5 x 10^k m); labels
    are in km once the whole bar reaches 1 km. The bar's page length is the
    stated ground length divided by the measured ground metres per mm.

    Examples
    --------
    >>> vp = Viewport(4548, 447924.0, 4419436.0, 1.0, 1000, 800, 300.0)
    >>> sb = scale_bar(vp.with_scale(10000), 60.0)
    >>> sb.segment_m, sb.labels[-1], round(sb.bar_mm, 1)
    (100.0, '400 m', 40.0)
    """
    segments = max(1, int(segments))
    g = ground_m_per_mm(vp, max_bar_mm)
    seg = nice_floor(g * max_bar_mm / segments)
    unit = "km" if seg * segments >= 1000.0 else "m"
    div = 1000.0 if unit == "km" else 1.0
    labels = tuple(_num(i * seg / div) for i in range(segments + 1))
    labels = labels[:-1] + (f"{labels[-1]} {unit}",)
    return ScaleBarSpec(
        seg, segments, seg * segments / g, unit, labels, g, vp.scale_denominator
    )


def _num(v: float) -> str:
    return f"{v:,.2f}".rstrip("0").rstrip(".")


# --- north arrow ---------------------------------------------------------
def convergence_deg(epsg: int, x: float, y: float) -> float:
    """Return the meridian convergence at a print-CRS point, in degrees.

    The angle from grid north clockwise to true north: positive where true
    north lies east of grid north (west of a GK central meridian).
    Measured numerically, so it holds in any projected CRS.
    """
    lon, lat = transform_xy(np.array([x]), np.array([y]), epsg, STORAGE_EPSG)
    lons = np.array([lon[0], lon[0]])
    lats = np.array([lat[0] - 0.001, lat[0] + 0.001])
    px, py = transform_xy(lons, lats, STORAGE_EPSG, epsg)
    return math.degrees(math.atan2(px[1] - px[0], py[1] - py[0]))


def gk_convergence_deg(lon: float, lat: float, central_meridian: float) -> float:
    """Return the GK convergence by the textbook formula, grid to true north.

    ``gamma ~ (lambda - lambda0) sin(phi)`` with the sign of
    :func:`convergence_deg` (east of grid north is positive).

    Examples
    --------
    >>> round(gk_convergence_deg(116.4, 39.9, 117.0), 3)
    0.385
    """
    return -(lon - central_meridian) * math.sin(math.radians(lat))


# --- grid and graticule --------------------------------------------------
@dataclass(frozen=True)
class GridLabel:
    """A label where a grid line meets the map frame.

    ``side`` is top/bottom/left/right; ``offset`` is the position along that
    edge in print-CRS metres from the left (top/bottom) or bottom (left/right).
    """

    side: str
    offset: float
    text: str


@dataclass(frozen=True)
class GridSpec:
    """Grid or graticule lines (print-CRS metres) and their edge labels."""

    lines: tuple[np.ndarray, ...]
    labels: tuple[GridLabel, ...]
    interval: float


def nice_grid_interval(span: float, target_lines: int = 6) -> float:
    """Return a 1/2/5 x 10^k interval giving about ``target_lines`` lines."""
    raw = span / max(target_lines, 1)
    k = math.floor(math.log10(raw))
    for step in (1.0, 2.0, 5.0, 10.0):
        if step * 10.0**k >= raw:
            return step * 10.0**k
    return 10.0 ** (k + 1)


def gk_grid(
    extent: tuple[float, float, float, float], interval: float = 0.0
) -> GridSpec:
    """Return straight grid lines every ``interval`` metres with edge labels."""
    xmin, ymin, xmax, ymax = extent
    step = interval or nice_grid_interval(max(xmax - xmin, ymax - ymin))
    xs = np.arange(math.ceil(xmin / step) * step, xmax, step)
    ys = np.arange(math.ceil(ymin / step) * step, ymax, step)
    lines = [np.array([[x, ymin], [x, ymax]]) for x in xs]
    lines += [np.array([[xmin, y], [xmax, y]]) for y in ys]
    labels = [GridLabel(s, x - xmin, _metres(x)) for x in xs for s in ("top", "bottom")]
    labels += [
        GridLabel(s, y - ymin, _metres(y)) for y in ys for s in ("left", "right")
    ]
    return GridSpec(tuple(lines), tuple(labels), step)


def _metres(v: float) -> str:
    return f"{v:,.0f}"


_GRATICULE_STEPS_DEG = (1 / 60, 2 / 60, 5 / 60, 10 / 60, 15 / 60, 0.5, 1.0, 2.0, 5.0)


def graticule(
    extent: tuple[float, float, float, float], epsg: int, interval_deg: float = 0.0
) -> GridSpec:
    """Return meridians and parallels (densified, in the print CRS) with labels."""
    xmin, ymin, xmax, ymax = extent
    lon0, lat0, lon1, lat1 = extent_to_ll(extent, epsg)
    span = max(lon1 - lon0, lat1 - lat0)
    step = interval_deg or next(
        (s for s in _GRATICULE_STEPS_DEG if span / s <= 6), _GRATICULE_STEPS_DEG[-1]
    )
    frame = shapely.box(*extent)
    edges = {
        "bottom": shapely.LineString([(xmin, ymin), (xmax, ymin)]),
        "top": shapely.LineString([(xmin, ymax), (xmax, ymax)]),
        "left": shapely.LineString([(xmin, ymin), (xmin, ymax)]),
        "right": shapely.LineString([(xmax, ymin), (xmax, ymax)]),
    }
    t = np.linspace(0.0, 1.0, 64)
    lines: list[np.ndarray] = []
    labels: list[GridLabel] = []
    for is_lon, values, lo, hi in (
        (True, _ticks(lon0, lon1, step), lat0, lat1),
        (False, _ticks(lat0, lat1, step), lon0, lon1),
    ):
        for v in values:
            other = lo + t * (hi - lo)
            lon, lat = (
                (np.full_like(t, v), other) if is_lon else (other, np.full_like(t, v))
            )
            x, y = transform_xy(lon, lat, STORAGE_EPSG, epsg)
            line = shapely.LineString(np.column_stack([x, y]))
            clipped = shapely.intersection(line, frame)
            for part in shapely.get_parts(clipped):
                if part.geom_type == "LineString" and not part.is_empty:
                    lines.append(np.asarray(part.coords))
            sides = ("top", "bottom") if is_lon else ("left", "right")
            for side in sides:
                hit = shapely.intersection(line, edges[side])
                if hit.is_empty or not isinstance(hit, shapely.Point):
                    continue
                off = hit.x - xmin if side in ("top", "bottom") else hit.y - ymin
                labels.append(GridLabel(side, off, _dms(v, is_lon)))
    return GridSpec(tuple(lines), tuple(labels), step)


def _ticks(lo: float, hi: float, step: float) -> np.ndarray:
    start = math.ceil(lo / step - 1e-9) * step
    return np.arange(start, hi, step)


def _dms(v: float, is_lon: bool) -> str:
    """Return 116°20′E style text for a graticule value."""
    hemi = ("E" if v >= 0 else "W") if is_lon else ("N" if v >= 0 else "S")
    total = round(abs(v) * 60)
    deg, minutes = divmod(total, 60)
    return f"{deg}°{minutes:02d}′{hemi}" if minutes else f"{deg}°{hemi}"
