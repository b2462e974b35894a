"""Print layouts: scale, extent, legend, PDF text and fonts, preflight, exports."""

from __future__ import annotations

import math
import re
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from printing_fixtures import demo_gpkg_fixture, demo_project_fixture  # noqa: F401

from geo.crs import STORAGE_EPSG, transform_xy
from geo.measure import distance_m
from gui.printing.exporters import export_layout, export_pdf
from gui.printing.layout_renderer import render_layout
from gui.printing.page_plan import RenderContext, plan_page
from gui.printing.preflight import preflight
from layers.printing.layout import load_template

A3_EXHIBIT = "A3 landscape meeting exhibit"


def _fixed(layout, scale: float, center=(447924.0, 4419436.0)):
    m = layout.item("map1")
    m.props.update(mode="fixed_scale", scale=scale, center=list(center))
    return layout


def test_printing_scalebar_matches_geodesic_ground_distance(qapp, demo_project) -> None:
    layout = _fixed(load_template(A3_EXHIBIT), 10000)
    plan = plan_page(layout, RenderContext(demo_project, 300.0))
    sb = plan.scalebars["scalebar1"]
    vp = plan.viewports["map1"]
    # Put the bar under the map centre: its ends in page mm -> map -> lon/lat.
    half_m = sb.bar_mm / 2 / 25.4 * vp.dpi * vp.mupp
    lon, lat = transform_xy(
        np.array([vp.center_x - half_m, vp.center_x + half_m]),
        np.array([vp.center_y] * 2),
        vp.epsg,
        STORAGE_EPSG,
    )
    measured = float(distance_m(lon[0], lat[0], lon[1], lat[1]))
    nominal = sb.bar_mm * vp.scale_denominator / 1000.0
    assert sb.length_m == pytest.approx(measured, rel=0.01)
    assert sb.length_m == pytest.approx(nominal, rel=0.01)
    assert sb.labels[-1].endswith(" m") and sb.segment_m in (100.0, 200.0, 250.0, 500.0)


def test_printing_scalebar_in_web_mercator_states_true_ground(
    qapp, demo_project
) -> None:
    layout = _fixed(load_template(A3_EXHIBIT), 10000)
    layout.print_epsg = 3857
    x, y = transform_xy(np.array([116.4]), np.array([39.9]), STORAGE_EPSG, 3857)
    layout.item("map1").props["center"] = [float(x[0]), float(y[0])]
    sb = plan_page(layout, RenderContext(demo_project, 150.0)).scalebars["scalebar1"]
    # 3857 stretches by 1/cos(39.9°) = 1.30: the bar must not state map metres.
    assert sb.ground_m_per_mm * 1000 == pytest.approx(
        10000 * math.cos(math.radians(39.9)), rel=0.01
    )


def test_printing_map_at_10000_on_a3_covers_expected_ground(qapp, demo_project) -> None:
    layout = _fixed(load_template(A3_EXHIBIT), 10000)
    item = layout.item("map1")
    for dpi in (150.0, 300.0):
        vp = plan_page(layout, RenderContext(demo_project, dpi)).viewports["map1"]
        xmin, ymin, xmax, ymax = vp.extent
        assert xmax - xmin == pytest.approx(item.w_mm * 10.0, rel=0.005)
        assert ymax - ymin == pytest.approx(item.h_mm * 10.0, rel=0.005)
        assert vp.scale_denominator == pytest.approx(10000)


def test_printing_legend_lists_exactly_the_visible_layers(qapp, demo_project) -> None:
    demo_project.find("enterprises").set_visible(False)
    layout = load_template(A3_EXHIBIT)
    plan = plan_page(layout, RenderContext(demo_project, 150.0))
    headers = [e.layer_id for e in plan.legends["legend1"] if e.layer_id]
    shown = list(dict.fromkeys(headers))
    visible = [lyr.id for lyr in demo_project.layers if lyr.visible]
    assert shown == visible and "enterprises" not in shown
    # The map item's own visibility wins over the project's.
    layout.item("map1").props["layers"] = ["zgc_parks", "basemap", "enterprises"]
    plan = plan_page(layout, RenderContext(demo_project, 150.0))
    shown = list(
        dict.fromkeys(e.layer_id for e in plan.legends["legend1"] if e.layer_id)
    )
    assert shown == ["enterprises", "zgc_parks", "basemap"]
    # At this scale the enterprises are a density surface under the zones, and
    # the legend shows its ramp instead of the ten categories.
    drawn = [lyr.layer_id for lyr in plan.snapshots["map1"].layers]
    assert drawn == ["basemap", "enterprises", "zgc_parks"]
    rows = [e for e in plan.legends["legend1"] if e.layer_id == "enterprises"]
    assert [e.symbol for e in rows] == ["header", "density"]


@pytest.fixture
def exhibit_pdf(qapp, demo_project, tmp_path: Path) -> Path:
    layout = load_template(A3_EXHIBIT)
    out = tmp_path / "exhibit.pdf"
    record = export_pdf(layout, demo_project, out)
    assert record.indicative
    return out


def test_printing_pdf_text_is_chinese_and_searchable(exhibit_pdf: Path) -> None:
    import pypdf

    reader = pypdf.PdfReader(str(exhibit_pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(420 / 25.4 * 72, abs=0.5)
    assert float(box.height) == pytest.approx(297 / 25.4 * 72, abs=0.5)
    # NFKC: where a system copy of Noto Sans CJK SC shadows the bundled one,
    # Qt's ToUnicode maps 示 to the Kangxi radical ⽰ (see the no-system-font
    # CLI test for the exact text).
    text = unicodedata.normalize(
        "NFKC", re.sub(r"\s+", "", reader.pages[0].extract_text())
    )
    assert "北京市中关村示范区园区分布示意图" in text
    for name in ("海淀园", "昌平园", "中关村园区", "范围示意"):
        assert name in text
    assert "\ufffd" not in text and "□" not in text
    assert reader.metadata.title == "北京市中关村示范区园区分布示意图"
    assert reader.metadata.creator == "ZonePlanner"


def test_printing_pdf_fonts_are_embedded(exhibit_pdf: Path) -> None:
    import pypdf

    reader = pypdf.PdfReader(str(exhibit_pdf))
    fonts = []
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        font = font.get_object()
        for desc in font.get("/DescendantFonts", [font]):
            fd = desc.get_object().get("/FontDescriptor")
            if fd is not None:
                fonts.append(fd.get_object())
    assert fonts
    for fd in fonts:
        assert "/FontFile2" in fd or "/FontFile3" in fd, fd.get("/FontName")
    assert any("ZonePlannerSansSC" in str(fd["/FontName"]) for fd in fonts)


def test_printing_preflight_catches_missing_glyphs(qapp, demo_project) -> None:
    layout = load_template(A3_EXHIBIT)
    layout.item("title").props["text"] = "海淀园 😀 𠀋 \U000e0100x"
    issues = preflight(layout, RenderContext(demo_project, 96.0))
    found = {(i.item_id, i.codepoint) for i in issues}
    assert ("title", "U+1F600") in found
    assert ("title", "U+2000B") in found  # CJK Ext-B, outside the bundled subset
    assert all(i.item_id == "title" for i in issues)
    layout.item("title").props["text"] = "海淀园规划示意图 ㎡ ℃ ①"
    assert preflight(layout, RenderContext(demo_project, 96.0)) == []


def test_printing_png_and_svg_have_exact_page_size(
    qapp, demo_project, tmp_path
) -> None:
    from PySide6.QtGui import QImage

    layout = load_template("A4 portrait case map")
    export_layout(layout, demo_project, tmp_path / "case.png", dpi=150)
    image = QImage(str(tmp_path / "case.png"))
    assert (image.width(), image.height()) == (
        round(210 / 25.4 * 150),
        round(297 / 25.4 * 150),
    )
    # Real ink on the page, and the title's Chinese glyphs are drawn (not empty).
    assert image.pixelColor(10, 10).name() == "#ffffff"
    export_layout(layout, demo_project, tmp_path / "case.svg")
    svg = (tmp_path / "case.svg").read_text(encoding="utf-8")
    assert '<svg width="210mm" height="297mm"' in svg
    assert "工业用地转换案例位置示意图" in svg


def test_printing_render_uses_the_canvas_painter(
    qapp, demo_project, monkeypatch
) -> None:
    from PySide6.QtGui import QImage, QPainter

    import gui.printing.layout_renderer as lr

    calls = []
    real = lr.paint_snapshot
    monkeypatch.setattr(
        lr, "paint_snapshot", lambda p, s, **k: calls.append(s) or real(p, s, **k)
    )
    layout = load_template(A3_EXHIBIT)
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    record = render_layout(painter, layout, RenderContext(demo_project, 24.0))
    painter.end()
    assert len(calls) == 1 and calls[0].viewport == record.viewports["map1"]
    assert calls[0].viewport.dpi == 24.0
