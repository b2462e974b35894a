"""Paint the cartographic items: grid, legend, scale bar, north arrow, inset.

All functions draw in device pixels at ``dpi`` (page origin top-left) from a
:class:`~gui.printing.page_plan.PagePlan`; sizes are given in page mm and
typographic points, so the result is the same on paper at any resolution.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from gui.printing.page_plan import LegendEntry, PagePlan, RenderContext
from gui.printing.page_units import (
    draw_text,
    item_rect_px,
    mm_to_px,
    pen_mm,
)
from gui.render.map_renderer import paint_snapshot
from layers.printing.cartography import GridSpec
from layers.printing.layout import LayoutItem
from layers.viewport import Viewport

PT_MM = 25.4 / 72.0
GRID_COLOR = "#5a6b7b"


# --- coordinate grid -----------------------------------------------------
def paint_grid_item(
    painter: QPainter, item: LayoutItem, plan: PagePlan, dpi: float
) -> None:
    """Draw a grid item on the frame of the map it belongs to."""
    map_id = plan.grid_maps[item.id]
    vp = plan.viewports[map_id]
    r = QRectF(*(mm_to_px(v, dpi) for v in _map_rect_mm(plan, map_id, item)))
    paint_grid(
        painter,
        r,
        plan.grids[item.id],
        vp,
        dpi,
        float(item.prop("label_pt")),
        str(item.prop("color") or GRID_COLOR),
    )


def _map_rect_mm(
    plan: PagePlan, map_id: str, item: LayoutItem
) -> tuple[float, float, float, float]:
    rect = plan.map_rects.get(map_id)
    return rect if rect is not None else item.rect_mm


def paint_grid(
    painter: QPainter,
    r: QRectF,
    grid: GridSpec,
    vp: Viewport,
    dpi: float,
    size_pt: float = 5.5,
    color_name: str = GRID_COLOR,
) -> None:
    """Draw grid lines clipped to the map frame ``r`` and labels outside it."""
    xmin, ymin, _, ymax = vp.extent
    sx = r.width() / (vp.width_px * vp.mupp)
    sy = r.height() / (vp.height_px * vp.mupp)
    painter.save()
    painter.setClipRect(r)
    color = QColor(color_name)
    color.setAlphaF(0.55)
    pen = QPen(color, mm_to_px(0.12, dpi))
    painter.setPen(pen)
    for line in grid.lines:
        pts = [
            QPointF(r.x() + (x - xmin) * sx, r.y() + (ymax - y) * sy) for x, y in line
        ]
        painter.drawPolyline(QPolygonF(pts))
    painter.restore()
    h = mm_to_px(size_pt * PT_MM * 1.5, dpi)
    w = mm_to_px(30.0, dpi)
    gap = mm_to_px(0.8, dpi)
    for lab in grid.labels:
        horizontal = lab.side in ("top", "bottom")
        pos = lab.offset * (sx if horizontal else sy)
        edge = r.width() if horizontal else r.height()
        if pos < mm_to_px(4, dpi) or pos > edge - mm_to_px(4, dpi):
            continue  # too close to a corner to be read unambiguously
        painter.save()
        if lab.side == "top":
            box, valign = QRectF(r.x() + pos - w / 2, r.top() - gap - h, w, h), "bottom"
        elif lab.side == "bottom":
            box, valign = QRectF(r.x() + pos - w / 2, r.bottom() + gap, w, h), "top"
        else:
            y = r.bottom() - pos
            x = r.left() - gap if lab.side == "left" else r.right() + gap
            painter.translate(x, y)
            painter.rotate(-90 if lab.side == "left" else 90)
            box, valign = QRectF(-w / 2, -h, w, h), "bottom"
        draw_text(
            painter,
            box,
            lab.text,
            dpi,
            size_pt=size_pt,
            color="#333333",
            align="center",
            valign=valign,
            wrap=False,
        )
        painter.restore()


# --- legend --------------------------------------------------------------
def _legend_heights(entries: list[LegendEntry], size_pt: float) -> list[float]:
    out = []
    for e in entries:
        k = 1.9 if e.symbol == "title" else (1.6 if e.symbol == "header" else 1.45)
        out.append(size_pt * PT_MM * k)
    return out


def _columns(
    entries: list[LegendEntry], heights: list[float], n: int
) -> list[list[int]]:
    """Split entry indices into ``n`` columns of about equal height."""
    total = sum(heights)
    cols: list[list[int]] = [[]]
    acc = 0.0
    for i, h in enumerate(heights):
        if acc + h > total / n + 1e-6 and cols[-1] and len(cols) < n:
            cols.append([])
            acc = 0.0
        cols[-1].append(i)
        acc += h
    return cols


def paint_legend(
    painter: QPainter, item: LayoutItem, entries: list[LegendEntry], dpi: float
) -> None:
    """Draw the legend: title, then per layer a header and its class symbols."""
    r = item_rect_px(item, dpi)
    if item.prop("frame"):
        painter.fillRect(r, QColor(255, 255, 255, 235))
        painter.setPen(pen_mm("#606060", 0.25, dpi))
        painter.drawRect(r)
    title = [e for e in entries if e.symbol == "title"]
    body = [e for e in entries if e.symbol != "title"]
    n_cols = max(1, int(item.prop("columns") or 1))
    size = float(item.prop("size_pt"))
    pad = 2.5
    avail = item.h_mm - 2 * pad - (size * PT_MM * 1.9 if title else 0)
    col_h = sum(_legend_heights(body, size)) / n_cols
    if col_h > avail > 0:
        size = max(size * avail / col_h * 0.98, size * 0.55)
    size = _fit_width(body, size, (item.w_mm - 2 * pad) / n_cols)
    y0 = item.y_mm + pad
    if title:
        th = size * 1.25 * PT_MM * 1.6
        draw_text(
            painter,
            QRectF(r.x(), mm_to_px(y0, dpi), r.width(), mm_to_px(th, dpi)),
            title[0].label,
            dpi,
            size_pt=size * 1.25,
            bold=True,
            align="center",
        )
        y0 += size * PT_MM * 1.9
    heights = _legend_heights(body, size)
    col_w = (item.w_mm - 2 * pad) / n_cols
    for c, idx in enumerate(_columns(body, heights, n_cols)):
        x = item.x_mm + pad + c * col_w
        y = y0
        for i in idx:
            _legend_row(painter, body[i], x, y, col_w, heights[i], size, dpi)
            y += heights[i]


def _fit_width(body: list[LegendEntry], size: float, col_w_mm: float) -> float:
    """Return ``size`` shrunk (to 60 % at most) so the widest row fits a column."""
    from PySide6.QtGui import QFontMetricsF

    from gui.printing.page_units import TEXT_DPI, text_font

    metrics = QFontMetricsF(text_font(size))
    widest = 0.0
    for e in body:
        indent = 0.0 if e.symbol == "header" else size * PT_MM * 2.2 + 2.3
        text_mm = metrics.horizontalAdvance(e.label) / TEXT_DPI * 25.4
        widest = max(widest, indent + text_mm * (1.08 if e.symbol == "header" else 1.0))
    if widest <= col_w_mm or widest == 0:
        return size
    return max(size * col_w_mm / widest * 0.98, size * 0.6)


def _legend_row(
    painter: QPainter,
    e: LegendEntry,
    x: float,
    y: float,
    w: float,
    h: float,
    size: float,
    dpi: float,
) -> None:
    if e.symbol == "header":
        box = QRectF(
            mm_to_px(x, dpi), mm_to_px(y, dpi), mm_to_px(w, dpi), mm_to_px(h, dpi)
        )
        draw_text(
            painter,
            box,
            e.label,
            dpi,
            size_pt=size,
            bold=True,
            valign="middle",
            wrap=False,
        )
        return
    sw, sh = size * PT_MM * 2.2, size * PT_MM * 1.05
    sym = QRectF(
        mm_to_px(x + 0.5, dpi),
        mm_to_px(y + (h - sh) / 2, dpi),
        mm_to_px(sw, dpi),
        mm_to_px(sh, dpi),
    )
    _legend_symbol(painter, e, sym, dpi)
    tx = x + 0.5 + sw + 1.8
    box = QRectF(
        mm_to_px(tx, dpi), mm_to_px(y, dpi), mm_to_px(x + w - tx, dpi), mm_to_px(h, dpi)
    )
    draw_text(painter, box, e.label, dpi, size_pt=size, valign="middle", wrap=False)


def _legend_symbol(painter: QPainter, e: LegendEntry, r: QRectF, dpi: float) -> None:
    st = e.style
    color = QColor(e.color or "#999999")
    color.setAlphaF(max(0.0, min(1.0, st.fill_alpha if st is not None else 1.0)))
    outline = QColor(st.outline_color if st is not None else "#333333")
    width_mm = (st.outline_width if st is not None else 0.5) * PT_MM
    painter.save()
    if e.symbol == "density":
        _density_swatch(painter, r)
    elif e.symbol == "point":
        d = min(
            r.height(),
            mm_to_px(((st.point_size if st else 3.0) / 96 * 25.4) * 1.6, dpi),
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawEllipse(r.center(), d / 2, d / 2)
    elif e.symbol == "line":
        painter.setPen(pen_mm(e.color or "#333333", max(width_mm, 0.3), dpi))
        painter.drawLine(
            QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y())
        )
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush if e.outline_only else QBrush(color))
        if width_mm > 0:
            painter.setPen(pen_mm(outline.name(), max(width_mm, 0.1), dpi))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(r)
    painter.restore()


def _density_swatch(painter: QPainter, r: QRectF) -> None:
    """Draw the density ramp, low (left) to high (right), in ``r``."""
    from PySide6.QtGui import QLinearGradient

    from gui.render.density import DensitySymbol, legend_colors

    gradient = QLinearGradient(r.topLeft(), r.topRight())
    colors = legend_colors(DensitySymbol())
    for i, color in enumerate(colors):
        gradient.setColorAt(i / max(len(colors) - 1, 1), color)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRect(r)


# --- scale bar -----------------------------------------------------------
def paint_scalebar(
    painter: QPainter, item: LayoutItem, plan: PagePlan, dpi: float
) -> None:
    """Draw alternating segments, tick labels, the scale and how it was measured."""
    sb = plan.scalebars[item.id]
    size = float(item.prop("size_pt"))
    x0 = item.x_mm + 3.0
    label_h = size * PT_MM * 1.5
    y_bar = item.y_mm + label_h + 0.6
    bar_h = float(item.prop("height_mm"))
    seg_mm = sb.bar_mm / sb.segments
    painter.setPen(pen_mm("#000000", 0.2, dpi))
    for i in range(sb.segments):
        painter.setBrush(QColor("#000000" if i % 2 == 0 else "#ffffff"))
        painter.drawRect(
            QRectF(
                mm_to_px(x0 + i * seg_mm, dpi),
                mm_to_px(y_bar, dpi),
                mm_to_px(seg_mm, dpi),
                mm_to_px(bar_h, dpi),
            )
        )
    w = mm_to_px(24.0, dpi)
    for i, text in enumerate(sb.labels):
        cx = mm_to_px(x0 + i * seg_mm, dpi)
        box = QRectF(cx - w / 2, mm_to_px(item.y_mm, dpi), w, mm_to_px(label_h, dpi))
        if i == len(sb.labels) - 1:
            box = QRectF(cx - mm_to_px(size * PT_MM, dpi), box.y(), w, box.height())
        draw_text(
            painter,
            box,
            text,
            dpi,
            size_pt=size,
            align="left" if i == len(sb.labels) - 1 else "center",
            valign="bottom",
            wrap=False,
        )
    y = y_bar + bar_h + 1.2
    rest = QRectF(
        mm_to_px(item.x_mm, dpi),
        mm_to_px(y, dpi),
        mm_to_px(item.w_mm, dpi),
        mm_to_px(item.y_mm + item.h_mm - y, dpi),
    )
    text = plan.texts.get(item.id, "")
    if item.prop("show_note"):
        text += f"\n图上 1 cm = 实地 {sb.ground_m_per_mm * 10:,.0f} m"
    draw_text(painter, rest, text, dpi, size_pt=size, align="center")


# --- north arrow ---------------------------------------------------------
def paint_north_arrow(
    painter: QPainter, item: LayoutItem, plan: PagePlan, dpi: float
) -> None:
    """Draw a north arrow (grid north up, or rotated to true north) and its note."""
    r = item_rect_px(item, dpi)
    size = float(item.prop("size_pt"))
    note_h = mm_to_px(size * PT_MM * 3.2, dpi)
    letter_h = mm_to_px(size * PT_MM * 2.0, dpi)
    arrow = QRectF(r.x(), r.y() + letter_h, r.width(), r.height() - note_h - letter_h)
    gamma = plan.convergence.get(item.id, 0.0)
    rot = gamma if item.prop("north") == "true" else 0.0
    half_w = min(arrow.width() * 0.22, arrow.height() * 0.18)
    half_h = arrow.height() / 2
    painter.save()
    painter.translate(arrow.center())
    painter.rotate(rot)
    left = QPainterPath()
    left.addPolygon(
        QPolygonF(
            [
                QPointF(0, -half_h),
                QPointF(-half_w, half_h),
                QPointF(0, half_h * 0.55),
                QPointF(0, -half_h),
            ]
        )
    )
    right = QPainterPath()
    right.addPolygon(
        QPolygonF(
            [
                QPointF(0, -half_h),
                QPointF(half_w, half_h),
                QPointF(0, half_h * 0.55),
                QPointF(0, -half_h),
            ]
        )
    )
    painter.setPen(pen_mm("#000000", 0.25, dpi))
    painter.setBrush(QColor("#000000"))
    painter.drawPath(left)
    painter.setBrush(QColor("#ffffff"))
    painter.drawPath(right)
    box = QRectF(-r.width() / 2, -half_h - letter_h, r.width(), letter_h)
    draw_text(
        painter,
        box,
        "N",
        dpi,
        size_pt=size * 1.5,
        bold=True,
        align="center",
        valign="bottom",
        wrap=False,
    )
    painter.restore()
    note = QRectF(
        r.x() - mm_to_px(4, dpi),
        r.bottom() - note_h,
        r.width() + mm_to_px(8, dpi),
        note_h,
    )
    draw_text(
        painter,
        note,
        plan.texts.get(item.id, ""),
        dpi,
        size_pt=size * 0.85,
        align="center",
        valign="bottom",
        color="#333333",
    )


# --- overview inset ------------------------------------------------------
def paint_inset(
    painter: QPainter, item: LayoutItem, plan: PagePlan, ctx: RenderContext
) -> None:
    """Draw the Jing-Jin-Ji overview with the main map's extent as a red box."""
    dpi = ctx.dpi
    r = item_rect_px(item, dpi)
    snap = plan.insets.get(item.id)
    painter.save()
    painter.setClipRect(r)
    painter.fillRect(r, QColor("#f3f6f9"))
    if snap is not None:
        painter.save()
        painter.translate(r.topLeft())
        paint_snapshot(painter, snap, draw_labels=True, draw_selection=False)
        painter.restore()
        main = plan.viewports.get(item.prop("map_id")) or next(
            iter(plan.viewports.values()), None
        )
        if main is not None:
            _extent_box(painter, r, snap.viewport, main.extent, dpi)
    title = plan.texts.get(item.id, "")
    if title:
        size = float(item.prop("size_pt"))
        tb = QRectF(r.x(), r.y(), r.width(), mm_to_px(size * PT_MM * 1.8, dpi))
        painter.fillRect(tb, QColor(255, 255, 255, 210))
        draw_text(
            painter,
            tb.adjusted(mm_to_px(1.2, dpi), 0, 0, 0),
            title,
            dpi,
            size_pt=size,
            bold=True,
            valign="middle",
            wrap=False,
        )
    painter.restore()
    painter.setPen(pen_mm("#000000", 0.3, dpi))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(r)


def _extent_box(
    painter: QPainter,
    r: QRectF,
    ivp: Viewport,
    extent: tuple[float, float, float, float],
    dpi: float,
) -> None:
    xs, ys = ivp.map_to_px([extent[0], extent[2]], [extent[1], extent[3]])
    box = QRectF(
        QPointF(r.x() + xs[0], r.y() + ys[1]), QPointF(r.x() + xs[1], r.y() + ys[0])
    )
    minimum = mm_to_px(2.0, dpi)
    if box.width() < minimum or box.height() < minimum:
        c = box.center()
        box = QRectF(c.x() - minimum / 2, c.y() - minimum / 2, minimum, minimum)
    painter.setPen(pen_mm("#d7191c", 0.45, dpi))
    fill = QColor("#d7191c")
    fill.setAlphaF(0.12)
    painter.setBrush(fill)
    painter.drawRect(box)
