"""The report's location map: canvas painter + parcel outline + map furniture.

The zones drawn are those in force on the day the evaluation's facts used
(the case's application date, else the evaluation date), by the same
machinery as *View ▸ Zones as of a date…* (:func:`gui.zones.as_of_feature.
as_of_layers`, valid time with the current geometry, as the facts): the map
shows what the rules counted.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from geo.crs import gk_zone_epsg, transform_geometry
from gui.cases.report_layout import (
    draw_north_arrow,
    draw_scale_bar,
    polygon_path,
    report_font,
)
from gui.render.map_renderer import paint_snapshot
from gui.render.snapshot import build_snapshot
from layers.cases.evaluations import ReportData
from layers.layer_specs import KIND_NAMES_ZH, default_layer_specs
from layers.project import Project
from layers.style import KIND_COLORS
from layers.vector_layer import LayerSource, VectorLayer
from layers.viewport import Viewport

PARCEL_COLOR = "#d7191c"
#: The map shows the parcel at about a third of its height (never less than
#: this many metres across), so the parcel, not the district, fills the view.
MIN_VIEW_M = 1200.0
PARCEL_SHARE = 1.0 / 3.0
MAP_BACKGROUND = "#f7f6f2"


def _parcel(rd: ReportData) -> Any:
    g = rd.case.get("geometry") or rd.case.get("geom")
    if g is None and rd.case.get("geometry_wkt"):
        g = shapely.from_wkt(rd.case["geometry_wkt"])
    return g


def map_epsg(rd: ReportData) -> int:
    """Return the GK zone EPSG of the parcel (4548 for Beijing)."""
    g = _parcel(rd)
    return gk_zone_epsg(shapely.centroid(g).x) if g is not None else 4548


def _fallback_project() -> Project:
    """Return basemap + zones layers from the shipped resources."""
    import resources

    proj = Project()
    data = {"basemap": resources.load_basemap(), "zones": resources.load_zones()}
    for spec in default_layer_specs():
        if spec.table not in data:
            continue
        gdf = data[spec.table]
        for col, vals in spec.where.items():
            gdf = gdf[gdf[col].isin(vals)]
        proj.layers.append(
            VectorLayer(
                spec.name_zh,
                gdf,
                spec.geometry_type,
                style=spec.style,
                source=LayerSource(spec.table),
                layer_id=spec.key,
            )
        )
    return proj


def zones_on(project: Project, day: str) -> Project:
    """Return the layers to draw with each zone layer as of ``day`` (ISO).

    A light view of ``project`` (its layers shared, not copied): every zone
    layer is replaced by its read-only copy in force on ``day``, shown if the
    live layer or the window's own as-of copy of it is. Facts saved before
    zones were dated (``day`` empty) draw the live layers.
    """
    if not day:
        return project
    from gui.zones.as_of_feature import SUFFIX, as_of_layers

    copies = dict(as_of_layers(project, dt.date.fromisoformat(day), None))
    shown = {lyr.id for lyr in project.layers if lyr.visible}
    view = Project(project.display_epsg)
    for i, lyr in enumerate(project.layers):
        if lyr.id.endswith(SUFFIX):
            continue  # the window's own as-of view: the case's date wins
        copy = copies.get(i)
        if copy is not None:
            copy.visible = lyr.id in shown or lyr.id + SUFFIX in shown
        view.layers.append(copy if copy is not None else lyr)
    return view


def _view(rd: ReportData, rect: QRectF, dpi: float) -> tuple[Viewport, Any]:
    epsg = map_epsg(rd)
    parcel = transform_geometry(_parcel(rd), 4490, epsg)
    xmin, ymin, xmax, ymax = parcel.bounds
    cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
    half = max(max(xmax - xmin, ymax - ymin) / PARCEL_SHARE, MIN_VIEW_M) / 2
    aspect = rect.width() / rect.height()
    ext = (cx - half * aspect, cy - half, cx + half * aspect, cy + half)
    vp = Viewport.fit(epsg, ext, int(rect.width()), int(rect.height()), dpi, margin=0)
    return vp, parcel


def draw_map(
    painter: QPainter,
    rect: QRectF,
    rd: ReportData,
    project: Any | None,
    family: str,
    dpi: float,
) -> None:
    """Paint the parcel's surroundings into ``rect`` (device pixels)."""
    proj = zones_on(
        project if project is not None else _fallback_project(), rd.facts.zones_date
    )
    old_epsg = proj.display_epsg
    vp, parcel = _view(rd, rect, dpi)
    proj.display_epsg = vp.epsg
    try:
        snap = build_snapshot(
            proj,
            vp,
            # the case itself is drawn on top, labelled once; enterprise points
            # would bury a 20 ha parcel at this scale
            layer_filter=lambda lyr: (
                lyr.geometry_type != "point"
                and getattr(lyr.source, "table", None) != "conversion_cases"
            ),
        )
    finally:
        proj.display_epsg = old_epsg
    px_mm = dpi / 25.4
    p = painter
    p.save()
    p.setClipRect(rect)
    p.fillRect(rect, QColor(MAP_BACKGROUND))
    p.translate(rect.topLeft())
    rings = [
        np.asarray(r.coords)
        for poly in getattr(parcel, "geoms", [parcel])
        for r in [poly.exterior, *poly.interiors]
    ]
    path = polygon_path(vp, rings)
    # No map label may cover the parcel the report is about.
    clear = path.boundingRect().adjusted(-px_mm, -px_mm, px_mm, px_mm)
    paint_snapshot(
        p,
        snap,
        draw_labels=True,
        symbol_scale=1.0,
        draw_selection=False,
        keep_clear=[clear],
    )
    fill = QColor(PARCEL_COLOR)
    fill.setAlpha(70)
    p.setBrush(fill)
    p.setPen(QPen(QColor(PARCEL_COLOR), px_mm * 0.7))
    p.drawPath(path)
    _district_labels(p, vp, proj, rd, family, px_mm, parcel)
    _label_parcel(p, path.boundingRect(), rd, family, px_mm, vp)
    p.translate(-rect.topLeft())
    p.setClipping(False)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(QColor("#333333"), px_mm * 0.3))
    p.drawRect(rect)
    draw_scale_bar(
        p, vp, rect.left() + px_mm * 6, rect.bottom() - px_mm * 10, family, px_mm
    )
    draw_north_arrow(p, rect.left() + px_mm * 9, rect.top() + px_mm * 3, px_mm, family)
    _legend(p, rect, family, px_mm, vp)
    p.restore()


def _halo_text(p: QPainter, at: QPointF, text: str, color: str, px_mm: float) -> None:
    p.setPen(QColor("white"))
    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (1, 1)):
        p.drawText(at + QPointF(dx * px_mm * 0.3, dy * px_mm * 0.3), text)
    p.setPen(QColor(color))
    p.drawText(at, text)


def _district_labels(
    p: QPainter,
    vp: Viewport,
    proj: Any,
    rd: ReportData,
    family: str,
    px_mm: float,
    parcel: Any,
) -> None:
    """Name the districts the parcel touches inside the map frame, off the parcel."""
    base = next(
        (
            lyr.gdf
            for lyr in proj.layers
            if getattr(lyr.source, "table", None) == "basemap"
        ),
        None,
    )
    if base is None or base.empty:
        return
    codes = [d.key for d in rd.facts.districts]
    rows = base[base["adcode"].astype(str).isin(codes)]
    view = shapely.box(*vp.extent).buffer(-vp.mupp * 40)
    # Keep the district name a label's width away from the parcel (display CRS).
    view = view.difference(parcel.buffer(vp.mupp * px_mm * 14))
    p.setFont(report_font(family, px_mm * 3.4, bold=True))
    for name, geom in zip(rows["name_zh"], rows.geometry, strict=True):
        part = shapely.intersection(transform_geometry(geom, 4490, vp.epsg), view)
        if part.is_empty:
            continue
        pt = shapely.point_on_surface(part)
        x, y = vp.map_to_px(pt.x, pt.y)
        _halo_text(
            p, QPointF(float(x) - px_mm * 5, float(y)), str(name), "#555555", px_mm
        )


def _label_parcel(
    p: QPainter,
    box: QRectF,
    rd: ReportData,
    family: str,
    px_mm: float,
    vp: Viewport,
) -> None:
    """Write the case number beside the parcel (above, else below, right, left)."""
    from PySide6.QtGui import QFontMetricsF

    from gui.render.label_placement import outside_candidates

    font = report_font(family, px_mm * 3.0, bold=True)
    p.setFont(font)
    text = str(rd.evaluation.case_no)
    metrics = QFontMetricsF(font)
    w, h = metrics.horizontalAdvance(text), metrics.height()
    frame = QRectF(0, 0, vp.width_px, vp.height_px)
    above, below, right, left = (
        outside_candidates(box, w, h, px_mm)[i] for i in (2, 3, 0, 1)
    )
    at = next((r for r in (above, below, right, left) if frame.contains(r)), above)
    _halo_text(
        p, QPointF(at.left(), at.top() + metrics.ascent()), text, PARCEL_COLOR, px_mm
    )


def _legend(p: QPainter, rect: QRectF, family: str, px_mm: float, vp: Viewport) -> None:
    items = [
        (PARCEL_COLOR, "本案宗地"),
        (KIND_COLORS["zgc_park"], KIND_NAMES_ZH["zgc_park"]),
        (KIND_COLORS["functional_area"], KIND_NAMES_ZH["functional_area"]),
        (KIND_COLORS["development_area"], KIND_NAMES_ZH["development_area"]),
        (KIND_COLORS["science_city"], KIND_NAMES_ZH["science_city"]),
        ("#8a8a8a", "区界"),
    ]
    p.setFont(report_font(family, px_mm * 2.5))
    row = px_mm * 4.0
    w, h = px_mm * 30, row * (len(items) + 1) + px_mm * 2
    box = QRectF(rect.right() - w - px_mm * 3, rect.bottom() - h - px_mm * 3, w, h)
    p.setPen(QPen(QColor("#777777"), px_mm * 0.2))
    p.setBrush(QColor(255, 255, 255, 225))
    p.drawRect(box)
    for i, (color, label) in enumerate(items):
        y = box.top() + px_mm * 1.5 + i * row
        sw = QRectF(box.left() + px_mm * 2, y + px_mm * 0.6, px_mm * 5, px_mm * 2.8)
        c = QColor(color)
        if label == "区界":
            p.setPen(QPen(c, px_mm * 0.4))
            # Whole pixels, as Qt's int overload always drew this legend line.
            y = int(sw.center().y())
            p.drawLine(int(sw.left()), y, int(sw.right()), y)
        else:
            fill = QColor(c)
            fill.setAlpha(110)
            p.setPen(QPen(c, px_mm * 0.4))
            p.setBrush(fill)
            p.drawRect(sw)
        p.setPen(QColor("#222222"))
        p.drawText(
            QRectF(sw.right() + px_mm * 2, y, w, row),
            int(Qt.AlignmentFlag.AlignVCenter),
            label,
        )
    p.setPen(QColor("#222222"))
    p.drawText(
        QRectF(
            box.left() + px_mm * 2, box.top() + px_mm * 1.5 + len(items) * row, w, row
        ),
        int(Qt.AlignmentFlag.AlignVCenter),
        f"比例尺 1:{vp.scale_denominator:,.0f}",
    )
