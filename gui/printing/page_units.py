"""Page units and text for print painting: millimetres, pixels, exact point sizes.

Shared by the layout renderer and the cartographic items, so neither imports
the other for them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from layers.printing.layout import LayoutItem

MM_PER_INCH = 25.4
#: Fonts are set in pixels at this virtual resolution and scaled to the
#: device, so point sizes are exact on every device (no integer rounding).
TEXT_DPI = 720.0


def mm_to_px(mm: float, dpi: float) -> float:
    """Return device pixels for page millimetres at ``dpi``."""
    return mm / MM_PER_INCH * dpi


def item_rect_px(item: LayoutItem, dpi: float) -> QRectF:
    """Return the item's rectangle in device pixels."""
    return QRectF(*(mm_to_px(v, dpi) for v in item.rect_mm))


def text_font(size_pt: float, bold: bool = False, family: str = "") -> QFont:
    """Return ``family`` (default: the bundled CJK font) sized for :data:`TEXT_DPI`."""
    from gui.fonts import cjk_family

    font = QFont(family or cjk_family())
    font.setPixelSize(max(1, round(size_pt * TEXT_DPI / 72.0)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    return font


_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
    "top": Qt.AlignmentFlag.AlignTop,
    "middle": Qt.AlignmentFlag.AlignVCenter,
    "bottom": Qt.AlignmentFlag.AlignBottom,
}


def draw_text(
    painter: QPainter,
    rect_px: QRectF,
    text: str,
    dpi: float,
    *,
    size_pt: float,
    bold: bool = False,
    color: str = "#202020",
    align: str = "left",
    valign: str = "top",
    wrap: bool = True,
    family: str = "",
) -> None:
    """Draw ``text`` in ``rect_px`` (device pixels) at an exact point size."""
    if not text:
        return
    s = dpi / TEXT_DPI
    painter.save()
    painter.scale(s, s)
    painter.setFont(text_font(size_pt, bold, family))
    painter.setPen(QColor(color))
    flags = _ALIGN[align] | _ALIGN[valign]
    if wrap:
        flags |= Qt.TextFlag.TextWordWrap
    r = QRectF(
        rect_px.x() / s, rect_px.y() / s, rect_px.width() / s, rect_px.height() / s
    )
    painter.drawText(r, int(flags), text)
    painter.restore()


def pen_mm(color: str, width_mm: float, dpi: float) -> QPen:
    """Return a solid pen ``width_mm`` wide on paper."""
    pen = QPen(QColor(color), mm_to_px(width_mm, dpi))
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen
