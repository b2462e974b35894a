"""Navigation of the map canvas: zoom to extents, scale, history, CRS switch.

A mixin for :class:`gui.map_canvas.MapCanvas`, kept apart so the canvas module
stays about rendering and input. Extents from the model are EPSG:4490 lon/lat;
the canvas works in the display CRS (metres).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from geo.crs import transform_xy
from layers.vector_layer import VectorLayer
from layers.viewport import Viewport

if TYPE_CHECKING:
    from layers.project import Project

STORAGE_EPSG = 4490
#: Smallest extent zoomed to (a single point or tiny parcel), metres.
MIN_EXTENT_M = 500.0


def extent_ll_to_map(
    bbox_ll: tuple[float, float, float, float], epsg: int
) -> tuple[float, float, float, float]:
    """Return the display-CRS bounds of a lon/lat box (EPSG:4490 -> ``epsg``).

    The box edges are sampled, since a projected rectangle's edges curve.
    """
    xmin, ymin, xmax, ymax = bbox_ll
    t = np.linspace(0.0, 1.0, 9)
    xs = np.concatenate(
        [
            xmin + (xmax - xmin) * t,
            np.full(9, xmax),
            xmin + (xmax - xmin) * t,
            np.full(9, xmin),
        ]
    )
    ys = np.concatenate(
        [
            np.full(9, ymin),
            ymin + (ymax - ymin) * t,
            np.full(9, ymax),
            ymin + (ymax - ymin) * t,
        ]
    )
    x, y = transform_xy(xs, ys, STORAGE_EPSG, epsg)
    return float(x.min()), float(y.min()), float(x.max()), float(y.max())


def reproject_viewport(vp: Viewport, epsg: int) -> Viewport:
    """Return ``vp`` in another display CRS with the same centre and ground width."""
    if vp.epsg == epsg:
        return vp
    half = vp.width_px * vp.mupp / 2.0
    xs = np.array([vp.center_x - half, vp.center_x, vp.center_x + half])
    ys = np.full(3, vp.center_y)
    lon, lat = transform_xy(xs, ys, vp.epsg, STORAGE_EPSG)
    x, y = transform_xy(lon, lat, STORAGE_EPSG, epsg)
    width_m = float(np.hypot(x[2] - x[0], y[2] - y[0]))
    mupp = width_m / max(vp.width_px, 1) if width_m > 0 else vp.mupp
    return replace(vp, epsg=epsg, center_x=float(x[1]), center_y=float(y[1]), mupp=mupp)


def scaled_viewport(vp: Viewport, dpr: float) -> Viewport:
    """Return ``vp`` on a device with ``dpr`` times the pixels (HiDPI), same map."""
    if dpr == 1.0:
        return vp
    w, h = round(vp.width_px * dpr), round(vp.height_px * dpr)
    return replace(vp, mupp=vp.mupp / dpr, width_px=w, height_px=h, dpi=vp.dpi * dpr)


class CanvasNavigationMixin:
    """Zoom, scale and history methods; needs ``viewport``/``set_viewport``."""

    project: Project | None

    # provided by MapCanvas
    @property
    def viewport(self) -> Viewport:  # pragma: no cover - overridden
        raise NotImplementedError

    def set_viewport(
        self,
        vp: Viewport,
        *,
        record: bool = True,
        merge: bool = False,
        render: bool = True,
    ) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def zoom_to_extent_map(self, extent: tuple[float, float, float, float]) -> None:
        """Show ``extent`` (display-CRS metres) with a small margin."""
        xmin, ymin, xmax, ymax = extent
        cx, cy = (xmin + xmax) / 2.0, (ymin + ymax) / 2.0
        w = max(xmax - xmin, MIN_EXTENT_M)
        h = max(ymax - ymin, MIN_EXTENT_M)
        ext = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
        vp = self.viewport
        self.set_viewport(Viewport.fit(vp.epsg, ext, vp.width_px, vp.height_px, vp.dpi))

    def zoom_to_extent_ll(self, bbox_ll: tuple[float, float, float, float]) -> None:
        """Show a lon/lat box (EPSG:4490: xmin, ymin, xmax, ymax)."""
        self.zoom_to_extent_map(extent_ll_to_map(bbox_ll, self.viewport.epsg))

    def zoom_full(self) -> None:
        """Show the union of the visible layers' extents."""
        if self.project is not None and (ext := self.project.full_extent_ll()):
            self.zoom_to_extent_ll(ext)

    def zoom_initial(self) -> None:
        """Show the view saved with the project, else Beijing, else everything.

        Planners work in Beijing; the 4+N platforms' prefectures would
        otherwise make the first view the whole of Jing-Jin-Ji.
        """
        project = self.project
        if project is None:
            return
        saved = project.settings.get("view_extent_ll")
        if isinstance(saved, list | tuple) and len(saved) == 4:
            x0, y0, x1, y1 = (float(v) for v in saved)
            self.zoom_to_extent_ll((x0, y0, x1, y1))
            return
        for layer in project.layers:
            if layer.source.table == "basemap" and "adcode" in layer.gdf:
                rows = layer.gdf[layer.gdf["adcode"].astype(str) == "110000"]
                if not rows.empty:
                    b = rows.total_bounds
                    x0, y0, x1, y1 = (float(v) for v in b)
                    self.zoom_to_extent_ll((x0, y0, x1, y1))
                    return
        self.zoom_full()

    def zoom_to_layer(self, layer: VectorLayer) -> None:
        """Show all of ``layer``."""
        if (ext := layer.extent_ll()) is not None:
            self.zoom_to_extent_ll(ext)

    def selection_extent_ll(self) -> tuple[float, float, float, float] | None:
        """Return the lon/lat bounds of all selected features, or None."""
        if self.project is None:
            return None
        boxes = []
        for layer in self.project.layers:
            if len(layer.selection):
                sel = layer.gdf.loc[layer.gdf.index.intersection(layer.selection)]
                if len(sel):
                    boxes.append(sel.geometry.total_bounds)
        if not boxes:
            return None
        b = np.array(boxes)
        return (
            float(b[:, 0].min()),
            float(b[:, 1].min()),
            float(b[:, 2].max()),
            float(b[:, 3].max()),
        )

    def zoom_to_selection(self) -> bool:
        """Show the selected features; return False if nothing is selected."""
        ext = self.selection_extent_ll()
        if ext is None:
            return False
        self.zoom_to_extent_ll(ext)
        return True

    def set_scale(self, denominator: float) -> None:
        """Show the map at scale 1:``denominator`` about the same centre."""
        if denominator > 0:
            self.set_viewport(self.viewport.with_scale(float(denominator)))

    def zoom_by(
        self,
        factor: float,
        anchor_px: tuple[float, float] | None = None,
        *,
        merge: bool = False,
    ) -> None:
        """Zoom by ``factor`` (>1 in) keeping the map point at ``anchor_px``."""
        self.set_viewport(self.viewport.zoomed(factor, anchor_px), merge=merge)

    def zoom_in(self) -> None:
        """Zoom in by 2 about the centre."""
        self.zoom_by(2.0)

    def zoom_out(self) -> None:
        """Zoom out by 2 about the centre."""
        self.zoom_by(0.5)

    def pan_by_px(
        self, dx_px: float, dy_px: float, *, record: bool = True, render: bool = True
    ) -> None:
        """Move the map content by (dx, dy) widget pixels."""
        vp = self.viewport.panned_px(dx_px, dy_px)
        self.set_viewport(vp, record=record, render=render)

    def map_to_ll(self, x_map: float, y_map: float) -> tuple[float, float]:
        """Return lon/lat (EPSG:4490) of a display-CRS point."""
        lon, lat = transform_xy(x_map, y_map, self.viewport.epsg, STORAGE_EPSG)
        return float(lon), float(lat)

    def ll_to_px(self, lon: float, lat: float) -> tuple[float, float]:
        """Return widget pixels of a lon/lat point (EPSG:4490)."""
        x, y = transform_xy(lon, lat, STORAGE_EPSG, self.viewport.epsg)
        px, py = self.viewport.map_to_px(x, y)
        return float(px), float(py)

    def visible_extent_ll(self) -> tuple[float, float, float, float]:
        """Return the lon/lat bounds of the visible map (for bookmarks)."""
        xmin, ymin, xmax, ymax = self.viewport.extent
        lon, lat = transform_xy(
            [xmin, xmax, xmin, xmax],
            [ymin, ymin, ymax, ymax],
            self.viewport.epsg,
            STORAGE_EPSG,
        )
        return float(lon.min()), float(lat.min()), float(lon.max()), float(lat.max())
