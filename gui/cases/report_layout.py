"""Small page-layout helpers for the case report: a cursor, text, tables, map.

Units: the painter works in device pixels of a ``QPdfWriter``; :class:`Page`
converts millimetres with :meth:`Page.mm`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from layers.viewport import Viewport

OUTCOME_COLORS = {
    "PASS": "#2e7d32",
    "REVIEW": "#e08600",
    "FAIL": "#c62828",
    "N/A": "#8a8a8a",
}
INK = QColor("#1a1a1a")
RULE_GREY = QColor("#9e9e9e")
HEAD_FILL = QColor("#e8edf3")
WRAP = (
    int(Qt.TextFlag.TextWordWrap)
    | int(Qt.AlignmentFlag.AlignLeft)
    | int(Qt.AlignmentFlag.AlignTop)
)


def report_font(family: str, pixel_size: float, bold: bool = False) -> QFont:
    """Return a report font; shaping off so every glyph maps back to its text.

    With OpenType shaping, digits in Latin runs come out as glyphs Qt's PDF
    ToUnicode map does not cover, and they vanish from extracted text.
    """
    f = QFont(family)
    f.setPixelSize(max(1, round(pixel_size)))
    f.setBold(bold)
    f.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return f


@dataclass
class Page:
    """A cursor down an A4 page; ``new_page`` is called when content overflows."""

    painter: QPainter
    dpi: float
    width_mm: float
    height_mm: float
    margin_mm: float
    family: str
    new_page: Callable[[], None]
    y: float = 0.0

    def mm(self, v: float) -> float:
        """Return ``v`` millimetres in device pixels."""
        return v * self.dpi / 25.4

    @property
    def left(self) -> float:
        """Return the left margin in pixels."""
        return self.mm(self.margin_mm)

    @property
    def content_w(self) -> float:
        """Return the text width between the margins in pixels."""
        return self.mm(self.width_mm - 2 * self.margin_mm)

    @property
    def bottom(self) -> float:
        """Return the lowest y content may reach (above the footer)."""
        return self.mm(self.height_mm - self.margin_mm - 8)

    def font(self, pt: float, bold: bool = False) -> QFont:
        """Return the bundled CJK font at ``pt`` points for this device."""
        return report_font(self.family, pt * self.dpi / 72, bold)

    def ensure(self, height_px: float) -> None:
        """Start a new page unless ``height_px`` still fits."""
        if self.y + height_px > self.bottom:
            self.new_page()

    def text_height(self, text: str, font: QFont, width: float) -> float:
        """Return the wrapped height of ``text`` in ``width`` pixels."""
        fm = QFontMetricsF(font)
        return fm.boundingRect(QRectF(0, 0, width, 1e6), WRAP, text).height()

    def paragraph(
        self,
        text: str,
        pt: float = 9.5,
        bold: bool = False,
        color: QColor = INK,
        gap_mm: float = 1.5,
        indent_mm: float = 0,
    ) -> None:
        """Draw wrapped text at the cursor and move down."""
        f = self.font(pt, bold)
        w = self.content_w - self.mm(indent_mm)
        h = self.text_height(text, f, w)
        self.ensure(h)
        self.painter.setFont(f)
        self.painter.setPen(color)
        self.painter.drawText(
            QRectF(self.left + self.mm(indent_mm), self.y, w, h), WRAP, text
        )
        self.y += h + self.mm(gap_mm)

    def heading(self, text: str) -> None:
        """Draw a section heading with a rule under it."""
        self.ensure(self.mm(40))  # never leave a heading alone at the page foot
        self.y += self.mm(2)
        self.paragraph(text, 12, bold=True, gap_mm=0.8)
        self.painter.setPen(QPen(QColor("#2f4f6f"), self.mm(0.35)))
        self.painter.drawLine(
            QPointF(self.left, self.y), QPointF(self.left + self.content_w, self.y)
        )
        self.y += self.mm(2)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths_mm: Sequence[float],
        pt: float = 8.5,
        colors: dict[tuple[int, int], str] | None = None,
    ) -> None:
        """Draw a ruled table; a cell colour key is (row, column)."""
        colors = colors or {}
        scale = self.content_w / self.mm(sum(widths_mm))
        widths = [self.mm(w) * scale for w in widths_mm]
        pad = self.mm(1.2)
        self._row(list(header), widths, pad, pt, bold=True, fill=HEAD_FILL)
        for i, row in enumerate(rows):
            self._row(
                list(row),
                widths,
                pad,
                pt,
                cell_colors={c: col for (r, c), col in colors.items() if r == i},
            )
        self.y += self.mm(2)

    def _row(
        self,
        cells: list[str],
        widths: list[float],
        pad: float,
        pt: float,
        bold: bool = False,
        fill: QColor | None = None,
        cell_colors: dict[int, str] | None = None,
    ) -> None:
        fonts = [
            self.font(pt, bold or (cell_colors or {}).get(i) is not None)
            for i in range(len(cells))
        ]
        h = (
            max(
                self.text_height(t, f, w - 2 * pad)
                for t, f, w in zip(cells, fonts, widths, strict=True)
            )
            + 2 * pad
        )
        self.ensure(h)
        p, x = self.painter, self.left
        p.setPen(QPen(RULE_GREY, self.mm(0.15)))
        for text, f, w, i in zip(cells, fonts, widths, range(len(cells)), strict=True):
            rect = QRectF(x, self.y, w, h)
            if fill is not None:
                p.fillRect(rect, fill)
            color = (cell_colors or {}).get(i)
            p.setPen(QPen(RULE_GREY, self.mm(0.15)))
            p.drawRect(rect)
            p.setFont(f)
            p.setPen(QColor(color) if color else INK)
            p.drawText(rect.adjusted(pad, pad, -pad, -pad), WRAP, text)
            x += w
        self.y += h


def nice_length(max_m: float) -> float:
    """Return a 1-2-5 round length not above ``max_m``.

    >>> nice_length(730.0)
    500.0
    >>> nice_length(2400.0)
    2000.0
    """
    exp = 10 ** math.floor(math.log10(max_m))
    return float(max(m * exp for m in (1, 2, 5) if m * exp <= max_m))


def draw_scale_bar(
    p: QPainter, vp: Viewport, x: float, y: float, family: str, px_per_mm: float
) -> None:
    """Draw a two-segment scale bar of true ground length at (x, y) device px."""
    length_m = nice_length(vp.width_px * vp.mupp / 4)
    seg = length_m / vp.mupp / 2
    h = px_per_mm * 1.6
    p.save()
    p.setPen(QPen(INK, px_per_mm * 0.2))
    for i in range(2):
        p.setBrush(INK if i == 0 else QColor("white"))
        p.drawRect(QRectF(x + i * seg, y, seg, h))
    p.setFont(report_font(family, px_per_mm * 2.6))
    label = f"{length_m / 1000:g} km" if length_m >= 1000 else f"{length_m:g} m"
    for val, xx in (("0", x), (label, x + 2 * seg)):
        p.drawText(
            QRectF(
                xx - 40 * px_per_mm,
                y + h + px_per_mm * 0.5,
                80 * px_per_mm,
                px_per_mm * 4,
            ),
            int(Qt.AlignmentFlag.AlignHCenter),
            val,
        )
    p.restore()


def draw_north_arrow(
    p: QPainter, cx: float, top: float, px_per_mm: float, family: str
) -> None:
    """Draw a north arrow (grid north of the display CRS) centred at ``cx``."""
    s = px_per_mm
    path = QPainterPath()
    path.moveTo(cx, top + 4 * s)
    path.lineTo(cx + 3 * s, top + 13 * s)
    path.lineTo(cx, top + 10.5 * s)
    path.lineTo(cx - 3 * s, top + 13 * s)
    path.closeSubpath()
    p.save()
    p.setPen(QPen(INK, s * 0.25))
    p.setBrush(INK)
    p.drawPath(path)
    p.setFont(report_font(family, s * 3.2, bold=True))
    p.drawText(
        QRectF(cx - 5 * s, top, 10 * s, 4 * s), int(Qt.AlignmentFlag.AlignHCenter), "N"
    )
    p.restore()


def polygon_path(vp: Viewport, rings_xy: list[np.ndarray]) -> QPainterPath:
    """Return a painter path of display-CRS rings in device pixels of ``vp``."""
    path = QPainterPath()
    for ring in rings_xy:
        px, py = vp.map_to_px(ring[:, 0], ring[:, 1])
        path.moveTo(float(px[0]), float(py[0]))
        for a, b in zip(px[1:], py[1:], strict=True):
            path.lineTo(float(a), float(b))
        path.closeSubpath()
    return path
