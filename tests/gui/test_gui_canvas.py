"""MapCanvas: rendering real pixels, stale results, navigation, mouse events."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from canvas_fixtures import FINANCE_LL, HAIDIAN_LL, ZONE_BLUE, ZONE_RED
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QWheelEvent

from geo.crs import transform_xy
from gui.map_canvas import MapCanvas
from gui.map_tool import MapMouseEvent, MapTool
from layers.viewport import Viewport


@pytest.fixture
def canvas(qtbot, small_project):
    c = MapCanvas(small_project)
    qtbot.addWidget(c)
    c.resize(800, 600)
    c.show()
    qtbot.waitExposed(c)
    c.zoom_to_extent_ll((116.2, 39.85, 116.5, 40.1))
    c.wait_for_render()
    return c


def _pixel(image: QImage, x: float, y: float) -> QColor:
    return image.pixelColor(int(round(x)), int(round(y)))


def _close(a: QColor, b: QColor, tol: int = 8) -> bool:
    return all(
        abs(p - q) <= tol for p, q in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True)
    )


def test_canvas_render_fills_zone_where_it_lies(canvas):
    image = canvas.render_to_image(800, 600)
    # a point inside 海淀园 away from its label, and one inside 金融街
    hx, hy = canvas.ll_to_px(HAIDIAN_LL[0] + 0.02, HAIDIAN_LL[1] + 0.02)
    fx, fy = canvas.ll_to_px((FINANCE_LL[0] + FINANCE_LL[2]) / 2, FINANCE_LL[1] + 0.003)
    assert _close(_pixel(image, hx, hy), QColor(ZONE_RED))
    assert _close(_pixel(image, fx, fy), QColor(ZONE_BLUE))
    # just outside 海淀园 (west) is not the zone's colour
    ox, oy = canvas.ll_to_px(HAIDIAN_LL[0] - 0.01, HAIDIAN_LL[1] + 0.05)
    assert not _close(_pixel(image, ox, oy), QColor(ZONE_RED), tol=60)


def test_canvas_selection_is_highlighted(canvas, small_project):
    zones = small_project.find("zones")
    before = canvas.render_to_image(800, 600)
    zones.set_selection([0])
    after = canvas.render_to_image(800, 600)
    x, y = canvas.ll_to_px(HAIDIAN_LL[0] + 0.02, HAIDIAN_LL[1] + 0.02)
    b, a = _pixel(before, x, y), _pixel(after, x, y)
    assert a.green() > b.green() + 40  # red blended with selection yellow


def _mask(image: QImage) -> np.ndarray:
    """Return a boolean mask of dark pixels (text) of an RGB32 image."""
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    buf = np.frombuffer(img.constBits(), np.uint8).reshape(
        img.height(), img.bytesPerLine()
    )
    px = buf[:, : img.width() * 4].reshape(img.height(), img.width(), 4)
    return px[..., :3].max(axis=2) < 110  # near-black text; not the red fill


def _iou(a: np.ndarray, b: np.ndarray) -> float:
    return float((a & b).sum()) / max(1, int((a | b).sum()))


def test_canvas_cjk_label_is_real_glyphs_not_tofu(canvas, small_project):
    from PySide6.QtGui import QFontMetricsF

    from gui.fonts import cjk_family
    from gui.render.label_placement import label_font

    small_project.find("zones").set_visible(True)
    image = canvas.render_to_image(800, 600)
    layer = small_project.find("zones")
    font = label_font(cjk_family(), layer.style.label_size, 96 / 72)
    metrics = QFontMetricsF(font)
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "海淀园")
    # where the renderer puts the 海淀园 label: centred on its anchor point
    from gui.render.prepare import label_anchors

    xy, _ = label_anchors(layer, canvas.viewport.epsg)
    ax, ay = canvas.viewport.map_to_px(xy[0, 0], xy[0, 1])
    w, h = metrics.horizontalAdvance("海淀园"), metrics.height()
    left, top = float(ax) - w / 2, float(ay) - h / 2
    crop = image.copy(int(left) - 2, int(top) - 2, int(w) + 4, int(h) + 4)
    got = _mask(crop)

    def reference(text: str) -> np.ndarray:
        ref = QImage(crop.size(), QImage.Format.Format_RGB32)
        ref.fill(QColor("white"))
        p = QPainter(ref)
        p.setFont(font)
        p.setPen(QColor("black"))
        p.drawText(
            QPointF(left - (int(left) - 2), top - (int(top) - 2) + metrics.ascent()),
            text,
        )
        p.end()
        return _mask(ref)

    assert got.sum() > 30
    assert _iou(got, reference("海淀园")) > 0.6
    assert _iou(got, reference("\uffff\uffff\uffff")) < 0.3


def test_canvas_drops_stale_results(canvas, qtbot):
    with qtbot.waitSignal(canvas.render_finished, timeout=5000):
        first = canvas.render_now()
        second = canvas.render_now()
    canvas.wait_for_render()
    qtbot.wait(10)  # deliver any queued result of the first request
    assert canvas.painted_request_id == second != first
    assert canvas.dropped_results >= 1


def test_canvas_refresh_coalesces(canvas, qtbot):
    start = canvas._request_id
    with qtbot.waitSignal(canvas.render_finished, timeout=5000):
        for _ in range(5):
            canvas.refresh()
    assert canvas._request_id == start + 1


def test_canvas_wheel_zoom_keeps_point_under_cursor(canvas, qtbot):
    pos = QPointF(200.0, 150.0)
    before = canvas.viewport.px_to_map(pos.x(), pos.y())
    scale = canvas.scale_denominator
    event = QWheelEvent(
        pos,
        canvas.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    canvas.wheelEvent(event)
    after = canvas.viewport.px_to_map(pos.x(), pos.y())
    assert canvas.scale_denominator == pytest.approx(scale / 1.25)
    assert np.allclose(before, after, atol=1e-6)


def test_canvas_set_scale_sets_denominator(canvas):
    canvas.set_scale(25000)
    assert canvas.scale_denominator == pytest.approx(25000)


class RecordingTool(MapTool):
    def __init__(self, canvas):
        super().__init__(canvas, "record")
        self.events: list[MapMouseEvent] = []

    def canvas_press_event(self, event):
        self.events.append(event)


def test_canvas_map_mouse_event_has_map_coordinates(canvas, qtbot):
    tool = RecordingTool(canvas)
    canvas.set_tool(tool)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(100, 80))
    (event,) = tool.events
    x, y = canvas.viewport.px_to_map(100, 80)
    assert (event.x_px, event.y_px) == (100, 80)
    assert event.x_map == pytest.approx(float(x)) and event.y_map == pytest.approx(
        float(y)
    )
    assert event.button == Qt.MouseButton.LeftButton and event.epsg == 4548
    with pytest.raises(AttributeError):
        event.x_map = 0.0  # frozen


def test_canvas_crs_switch_keeps_centre(canvas, small_project):
    vp = canvas.viewport
    lon0, lat0 = canvas.map_to_ll(vp.center_x, vp.center_y)
    width_m = vp.width_px * vp.mupp
    small_project.set_display_epsg(3857)
    vp2 = canvas.viewport
    assert vp2.epsg == 3857
    lon1, lat1 = canvas.map_to_ll(vp2.center_x, vp2.center_y)
    assert (lon1, lat1) == pytest.approx((lon0, lat0), abs=1e-7)
    # same ground width: mercator metres are ~1/cos(lat) longer at Beijing
    assert vp2.width_px * vp2.mupp / width_m == pytest.approx(
        1 / np.cos(np.radians(lat0)), rel=0.01
    )
    image = canvas.render_to_image(400, 300)
    assert not image.isNull()


def test_canvas_pan_tool_drag_moves_map(canvas, qtbot):
    canvas.set_tool(canvas.parent() and None)
    from gui.tools.pan_tool import PanTool

    canvas.set_tool(PanTool(canvas))
    x0, y0 = canvas.viewport.px_to_map(300, 300)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    qtbot.mouseMove(canvas, QPoint(350, 320))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(350, 320))
    x1, y1 = canvas.viewport.px_to_map(350, 320)
    assert (float(x1), float(y1)) == pytest.approx((float(x0), float(y0)))
    assert canvas.can_go_back()
    canvas.previous_view()
    assert canvas.viewport.px_to_map(300, 300) == pytest.approx((x0, y0))


def test_canvas_zoom_box_tool_zooms_to_box(canvas, qtbot):
    from gui.tools.zoom_box_tool import ZoomBoxTool

    canvas.set_tool(ZoomBoxTool(canvas))
    a = canvas.viewport.px_to_map(100, 100)
    b = canvas.viewport.px_to_map(300, 250)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    qtbot.mouseMove(canvas, QPoint(300, 250))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(300, 250))
    xmin, ymin, xmax, ymax = canvas.viewport.extent
    assert xmin <= a[0] and xmax >= b[0] and ymin <= b[1] and ymax >= a[1]
    assert (xmax - xmin) < (b[0] - a[0]) * 1.5


def test_canvas_keys_pan_and_zoom(canvas, qtbot):
    vp = canvas.viewport
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.viewport.mupp == pytest.approx(vp.mupp / 2)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.viewport.center_x > vp.center_x


def test_canvas_zoom_to_extent_ll_shows_box(canvas):
    canvas.zoom_to_extent_ll(FINANCE_LL)
    x, y = transform_xy(
        [FINANCE_LL[0], FINANCE_LL[2]], [FINANCE_LL[1], FINANCE_LL[3]], 4490, 4548
    )
    xmin, ymin, xmax, ymax = canvas.viewport.extent
    assert xmin <= x.min() and xmax >= x.max() and ymin <= y.min() and ymax >= y.max()


def test_viewport_zoomed_about_anchor_is_exact():
    vp = Viewport(4548, 447924.0, 4419436.0, 10.0, 800, 600)
    z = vp.zoomed(3.0, (10.0, 20.0))
    assert np.allclose(vp.px_to_map(10.0, 20.0), z.px_to_map(10.0, 20.0))


def test_qt_void_calls_do_not_leak_none_refs(qapp):
    """Guard against PySide6 6.12.0 on Python 3.11 (PERFORMANCE_NOTES.md)."""
    image = QImage(16, 16, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    path = QPainterPath()
    pen = QPen(QColor("black"))
    before = sys.getrefcount(None)
    for i in range(5000):
        path.lineTo(float(i % 16), 1.0)
        painter.setPen(pen)
        image.setPixel(0, 0, 0)
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 100


def test_canvas_layer_events_schedule_a_render(canvas, qtbot, small_project):
    with qtbot.waitSignal(canvas.render_finished, timeout=5000):
        small_project.find("zones").set_opacity(0.5)
    with qtbot.waitSignal(canvas.render_finished, timeout=5000):
        small_project.find("enterprises").set_visible(False)


def test_canvas_zoom_to_selection(canvas, small_project):
    assert not canvas.zoom_to_selection()
    small_project.find("zones").set_selection([1])
    assert canvas.zoom_to_selection()
    lon0, lat0, lon1, lat1 = canvas.visible_extent_ll()
    assert lon0 <= FINANCE_LL[0] and lon1 >= FINANCE_LL[2]
    assert lon1 - lon0 < 0.1


def test_map_tool_deactivate_removes_rubber_bands(canvas):
    tool = RecordingTool(canvas)
    drawn = []
    canvas.set_tool(tool)
    tool.add_rubber_band(lambda painter, vp: drawn.append(vp))
    canvas.grab()
    assert drawn and drawn[-1] == canvas.viewport
    canvas.set_tool(None)
    drawn.clear()
    canvas.grab()
    assert drawn == [] and not tool.action.isChecked()
