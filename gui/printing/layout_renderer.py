"""Paint a print layout onto any QPainter: PDF page, image, SVG or preview.

The painter's coordinates are device pixels at ``ctx.dpi`` with the page's
top-left corner at (0, 0). Map items are painted by the canvas's own
:func:`gui.render.map_renderer.paint_snapshot` (STYLE.md §2.4: one painter for
screen and paper), with a viewport sized from the item's millimetres and the
device dpi; title, legend, scale bar, north arrow, inset and grid follow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from gui.printing.page_plan import PagePlan, RenderContext, plan_page
from gui.printing.page_units import (
    draw_text,
    item_rect_px,
    mm_to_px,
    pen_mm,
)
from gui.render.map_renderer import paint_snapshot
from layers.printing.layout import LayoutItem, PrintLayout
from layers.viewport import Viewport


@dataclass
class PageRecord:
    """What was printed on one page (atlas jobs and tests read it)."""

    viewports: dict[str, Viewport] = field(default_factory=dict)
    texts: list[tuple[str, str]] = field(default_factory=list)
    indicative: bool = False
    legend_layers: dict[str, list[str]] = field(default_factory=dict)
    scalebars: dict[str, object] = field(default_factory=dict)
    fid: int | None = None
    fields: dict[str, object] = field(default_factory=dict)
    completed: bool = True


# --- items ---------------------------------------------------------------
def _paint_map(
    painter: QPainter, item: LayoutItem, plan: PagePlan, ctx: RenderContext
) -> bool:
    snap = plan.snapshots.get(item.id)
    if snap is None:
        return True
    r = item_rect_px(item, ctx.dpi)
    painter.save()
    painter.translate(r.topLeft())
    painter.setClipRect(QRectF(0, 0, r.width(), r.height()))
    painter.fillRect(QRectF(0, 0, r.width(), r.height()), QColor("#ffffff"))
    ok = paint_snapshot(
        painter,
        snap,
        draw_labels=bool(item.prop("labels")),
        symbol_scale=float(item.prop("symbol_scale") or 1.0),
        draw_selection=False,
        cancelled=ctx.cancelled,
    )
    painter.restore()
    painter.save()
    painter.setPen(pen_mm("#000000", float(item.prop("frame_width_mm")), ctx.dpi))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(r)
    painter.restore()
    return ok


def _paint_label(
    painter: QPainter, item: LayoutItem, plan: PagePlan, dpi: float
) -> None:
    r = item_rect_px(item, dpi)
    if item.prop("background"):
        painter.fillRect(r, QColor(item.prop("background")))
    if item.prop("frame"):
        painter.setPen(pen_mm("#404040", 0.25, dpi))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(r)
    draw_text(
        painter,
        r,
        plan.texts.get(item.id, ""),
        dpi,
        size_pt=float(item.prop("size_pt")),
        bold=bool(item.prop("bold")),
        color=str(item.prop("color")),
        align=str(item.prop("align")),
        valign=str(item.prop("valign")),
        family=str(item.prop("font_family") or ""),
    )


def _paint_frame(painter: QPainter, item: LayoutItem, dpi: float) -> None:
    r = item_rect_px(item, dpi)
    if item.prop("fill"):
        painter.fillRect(r, QColor(item.prop("fill")))
    painter.setPen(pen_mm(str(item.prop("color")), float(item.prop("width_mm")), dpi))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(r)


def _paint_footnote(
    painter: QPainter, item: LayoutItem, plan: PagePlan, dpi: float
) -> None:
    r = item_rect_px(item, dpi)
    painter.setPen(pen_mm("#808080", 0.2, dpi))
    painter.drawLine(r.topLeft(), r.topRight())
    inner = r.adjusted(0, mm_to_px(1.2, dpi), 0, 0)
    draw_text(
        painter,
        inner,
        plan.texts.get(item.id, ""),
        dpi,
        size_pt=float(item.prop("size_pt")),
        color="#333333",
    )


def _paint_picture(painter: QPainter, item: LayoutItem, dpi: float) -> None:
    r = item_rect_px(item, dpi)
    path = str(item.prop("path") or "")
    image = QImage(path) if path else QImage()
    if image.isNull():
        return
    target = QRectF(r)
    if item.prop("keep_aspect"):
        k = min(r.width() / image.width(), r.height() / image.height())
        w, h = image.width() * k, image.height() * k
        target = QRectF(r.x() + (r.width() - w) / 2, r.y() + (r.height() - h) / 2, w, h)
    painter.drawImage(target, image)
    if item.prop("frame"):
        painter.setPen(pen_mm("#404040", 0.25, dpi))
        painter.drawRect(r)


def paint_item(
    painter: QPainter, item: LayoutItem, plan: PagePlan, ctx: RenderContext
) -> bool:
    """Paint one item of a planned page; return False if a map was cancelled."""
    from gui.printing import carto_items as carto

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    try:
        kind = item.kind
        if kind == "map":
            return _paint_map(painter, item, plan, ctx)
        if kind == "label":
            _paint_label(painter, item, plan, ctx.dpi)
        elif kind == "frame":
            _paint_frame(painter, item, ctx.dpi)
        elif kind == "footnote":
            _paint_footnote(painter, item, plan, ctx.dpi)
        elif kind == "picture":
            _paint_picture(painter, item, ctx.dpi)
        elif kind == "grid" and item.id in plan.grids:
            carto.paint_grid_item(painter, item, plan, ctx.dpi)
        elif kind == "legend":
            carto.paint_legend(painter, item, plan.legends.get(item.id, []), ctx.dpi)
        elif kind == "scalebar" and item.id in plan.scalebars:
            carto.paint_scalebar(painter, item, plan, ctx.dpi)
        elif kind == "north_arrow":
            carto.paint_north_arrow(painter, item, plan, ctx.dpi)
        elif kind == "inset":
            carto.paint_inset(painter, item, plan, ctx)
        return True
    finally:
        painter.restore()


def render_layout(
    painter: QPainter,
    layout: PrintLayout,
    ctx: RenderContext,
    plan: PagePlan | None = None,
) -> PageRecord:
    """Paint the whole page of ``layout`` with ``painter`` and record it.

    Parameters
    ----------
    painter : QPainter
        Active painter; coordinates are device pixels at ``ctx.dpi``, page
        origin top-left. The page background is left as the device has it.
    layout : PrintLayout
        The page and its items, painted bottom to top.
    ctx : RenderContext
        Project, dpi, atlas fields and overrides.
    plan : PagePlan, optional
        A plan from :func:`~gui.printing.page_plan.plan_page` (made if None).

    Returns
    -------
    PageRecord
    """
    plan = plan or plan_page(layout, ctx)
    record = PageRecord(
        viewports=dict(plan.viewports),
        texts=plan.all_texts(),
        indicative=plan.indicative,
        scalebars=dict(plan.scalebars),
        legend_layers={k: _legend_layer_ids(v) for k, v in plan.legends.items()},
        fields=dict(ctx.fields),
    )
    for item in layout.items:
        if not item.visible:
            continue
        if not paint_item(painter, item, plan, ctx):
            record.completed = False
            break
    return record


def _legend_layer_ids(entries: list[Any]) -> list[str]:
    return list(dict.fromkeys(e.layer_id for e in entries if e.layer_id))


def paint_page_background(painter: QPainter, layout: PrintLayout, dpi: float) -> None:
    """Fill the page white (images and previews; PDF pages are white already)."""
    w, h = layout.page_size_mm
    painter.fillRect(
        QRectF(0, 0, mm_to_px(w, dpi), mm_to_px(h, dpi)), QColor("#ffffff")
    )


def page_point_px(x_mm: float, y_mm: float, dpi: float) -> QPointF:
    """Return a page position in device pixels."""
    return QPointF(mm_to_px(x_mm, dpi), mm_to_px(y_mm, dpi))
