"""Readable maps: density surfaces under the zones at city scale, restrained
huge platforms, label priority and case labels beside their parcels."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
from canvas_fixtures import make_points_layer, make_zones_layer
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from shapely.geometry import box

from geo.crs import transform_xy
from gui.render.density import density_counts, density_levels
from gui.render.label_placement import outside_candidates, paint_labels
from gui.render.map_renderer import render_image
from gui.render.snapshot import build_snapshot
from layers.project import Project
from layers.style import Category, LayerStyle, shows_density, with_density
from layers.vector_layer import LayerSource, VectorLayer
from layers.viewport import Viewport

CITY = (116.0, 39.6, 116.8, 40.3)  # lon/lat: most of Beijing's built-up area


def _view(extent_ll, w=800, h=600) -> Viewport:
    x, y = transform_xy(np.array(extent_ll[::2]), np.array(extent_ll[1::2]), 4490, 4548)
    return Viewport.fit(4548, (x[0], y[0], x[1], y[1]), w, h)


def _project_with_density(points_from_scale: float) -> Project:
    project = Project()
    points = make_points_layer(20000)
    points.set_style(with_density(points.style, points_from_scale))
    project.add_layer(points)
    zones = make_zones_layer()
    zones.set_style(
        zones.style.with_(fill_alpha=0.0, outline_width=1.5, outline_color="#000000")
    )
    project.add_layer(zones, 0)
    return project


def test_density_counts_and_levels() -> None:
    counts = density_counts(
        np.array([0.5, 1.0, 1.5, 30.0]), np.array([0.5] * 4), 32, 8, 8.0
    )
    assert counts.tolist() == [[3.0, 0.0, 0.0, 1.0]]
    levels = density_levels(counts)
    assert levels[0, 0] == 255 and 0 < levels[0, 3] < 255 and levels[0, 1] == 0


def test_render_density_under_zones_at_city_scale_points_when_zoomed(qapp) -> None:
    project = _project_with_density(50000)
    city = _view(CITY)
    assert shows_density(project.find("enterprises").style, city.scale_denominator)
    snap = build_snapshot(project, city)
    assert [lyr.layer_id for lyr in snap.layers] == ["enterprises", "zones"]
    points = snap.layers[0]
    assert points.density is not None and points.labels is None
    image = render_image(snap, "#ffffff")
    # The zone outline (black) is drawn over the surface and stays readable.
    x0, y1 = city.map_to_px(*transform_xy(116.25, 39.95, 4490, 4548))
    edge = QColor(image.pixel(int(round(float(x0))), int(float(y1)) - 10))
    assert edge.red() < 90 and edge.green() < 90
    # Inside the dense area the surface tints the white background warm.
    cx, cy = city.map_to_px(*transform_xy(116.45, 40.05, 4490, 4548))
    warm = QColor(image.pixel(int(float(cx)), int(float(cy))))
    assert warm.red() > warm.blue() + 30
    near = _view((116.30, 39.93, 116.34, 39.96))
    assert near.scale_denominator < 50000
    snap = build_snapshot(project, near)
    assert snap.layers[0].density is None and len(snap.layers[0].points.x) > 0


def test_render_huge_platform_is_an_outline_not_a_fill(qapp) -> None:
    gdf = gpd.GeoDataFrame(
        {
            "kind": ["cooperation_platform", "cooperation_platform"],
            "name_zh": ["张家口", "小平台"],
        },
        geometry=[box(114.0, 40.0, 116.0, 41.5), box(116.3, 39.9, 116.4, 40.0)],
        crs=4490,
    )
    style = LayerStyle(
        mode="categorized",
        field="kind",
        fill_alpha=0.5,
        categories=(Category("cooperation_platform", "#c51b8a", "平台"),),
        outline_width=0.0,
    )
    project = Project()
    project.add_layer(
        VectorLayer(
            "平台", gdf, "polygon", style, LayerSource("zones"), layer_id="platforms"
        )
    )
    vp = _view((113.5, 39.5, 117.0, 42.0))
    image = render_image(build_snapshot(project, vp), "#ffffff")

    def at(lon: float, lat: float) -> QColor:
        x, y = vp.map_to_px(*transform_xy(lon, lat, 4490, 4548))
        return QColor(image.pixel(int(float(x)), int(float(y))))

    assert at(115.0, 40.75).name() == "#ffffff"  # the prefecture is not filled
    assert at(116.35, 39.95).name() != "#ffffff"  # a small platform still is
    x, y = vp.map_to_px(*transform_xy(114.0, 40.75, 4490, 4548))
    edge = [QColor(image.pixel(int(float(x)) + d, int(float(y)))) for d in (-1, 0, 1)]
    assert any(c.red() > 150 and c.green() < 120 for c in edge)  # coloured edge


def _labels_image(snap, keep_clear=()) -> tuple[QImage, int]:
    image = QImage(
        snap.viewport.width_px,
        snap.viewport.height_px,
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        from gui.fonts import cjk_family

        n = paint_labels(painter, snap, cjk_family(), 96 / 72, keep_clear)
    finally:
        painter.end()
    return image, n


def test_labels_zones_before_cases_and_case_labels_beside_their_parcel(qapp) -> None:
    zones = make_zones_layer()
    cases = gpd.GeoDataFrame(
        {"case_no": ["ZH-2026-001"], "status": ["received"]},
        geometry=[box(116.29, 39.99, 116.31, 40.01)],  # centred on 海淀园's label
        crs=4490,
    )
    case_style = LayerStyle(label_field="case_no", label_size=12.0)
    project = Project()
    project.add_layer(zones)
    project.add_layer(
        VectorLayer(
            "案例",
            cases,
            "polygon",
            case_style,
            LayerSource("conversion_cases"),
            layer_id="cases",
        ),
        0,
    )
    vp = _view((116.2, 39.85, 116.45, 40.1))
    snap = build_snapshot(project, vp)
    case_labels = next(lyr.labels for lyr in snap.layers if lyr.layer_id == "cases")
    assert case_labels.priority < next(
        lyr.labels.priority for lyr in snap.layers if lyr.layer_id == "zones"
    )
    assert case_labels.boxes is not None
    _, placed = _labels_image(snap)
    assert placed == 3  # 海淀园, 金融街 and the case, none on another
    # The case label is written beside its parcel, never over it.
    project.remove_layer("zones")
    image, placed = _labels_image(build_snapshot(project, vp))
    assert placed == 1
    b = case_labels.boxes[0]
    x0, y1 = vp.map_to_px(b[0], b[1])
    x1, y0 = vp.map_to_px(b[2], b[3])
    inner = image.copy(int(x0) + 2, int(y0) + 2, int(x1 - x0) - 4, int(y1 - y0) - 4)
    dark = [
        inner.pixelColor(i, j).lightness() < 128
        for i in range(inner.width())
        for j in range(inner.height())
    ]
    assert not any(dark)


def test_labels_keep_clear_area_stays_empty(qapp, small_project) -> None:
    vp = _view((116.2, 39.85, 116.45, 40.1))
    snap = build_snapshot(small_project, vp)
    _, placed = _labels_image(snap)
    everything = QRectF(0, 0, vp.width_px, vp.height_px)
    _, none = _labels_image(snap, [everything])
    assert placed >= 2 and none == 0


def test_outside_candidates_never_overlap_the_box() -> None:
    parcel = QRectF(100, 100, 40, 30)
    for r in outside_candidates(parcel, 60, 14, 2.0):
        assert not r.intersects(parcel)


def test_style_dialog_sets_the_density_scale(qtbot) -> None:
    from gui.dialogs.style_dialog import StyleDialog
    from layers.style import density_settings
    from layers.undo import UndoStack

    layer = make_points_layer(100)
    stack = UndoStack()
    dialog = StyleDialog(layer, stack)
    qtbot.addWidget(dialog)
    assert dialog.density_scale.value() == 0  # this layer is always points
    dialog.density_scale.setValue(40000)
    assert density_settings(layer.style)["points_from_scale"] == 40000
    dialog.density_scale.setValue(0)
    assert density_settings(layer.style) is None
    stack.undo()
    assert density_settings(layer.style) is None and layer.style == LayerStyle(
        point_size=3.0
    )
