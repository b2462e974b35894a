"""Field aliases in the window: identify, attribute table, style and expression
dialogs show labels and decoded values; raw names stay one glance away; no
cell of the identify panel is cut off for any demo zone."""

from __future__ import annotations

import pytest
import shapely
from printing_fixtures import demo_gpkg_fixture, demo_project_fixture  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItemIterator

from geo.crs import transform_xy
from gui import i18n
from gui.docks.attribute_table_dock import AttributeTableDock
from gui.docks.identify_dock import IdentifyDock
from gui.tools.identify_tool import identify


@pytest.fixture(params=["zh_CN", "en"])
def language(request):
    i18n.install_translator(request.param)
    yield request.param
    i18n.install_translator("en")


def _identify_zone(project, layer, fid):
    geom = layer.gdf.geometry.loc[fid]
    pt = shapely.point_on_surface(geom)
    x, y = transform_xy(pt.x, pt.y, 4490, project.display_epsg)
    hits = identify(project, float(x), float(y), project.display_epsg, 1.0)
    return [h for h in hits if h.layer_id == layer.id and h.fid == fid]


def test_identify_demo_zones_show_aliases_and_no_cell_is_clipped(
    qtbot, demo_project, language
) -> None:
    dock = IdentifyDock()
    qtbot.addWidget(dock)
    dock.resize(340, 600)  # a docked panel's width
    dock.show()
    zones = [lyr for lyr in demo_project.layers if lyr.source.table == "zones"]
    assert zones
    checked = 0
    for layer in zones:
        for fid in layer.gdf.index:
            results = _identify_zone(demo_project, layer, fid)
            assert results, (layer.id, fid)
            dock.show_results(results)
            tree = dock.tree
            header = tree.header()
            for col in (0, 1):
                # Every row fits its column (the panel scrolls sideways instead).
                assert header.sectionSize(col) >= tree.sizeHintForColumn(col), (
                    layer.id,
                    fid,
                    col,
                )
            assert tree.textElideMode() == Qt.TextElideMode.ElideNone
            checked += 1
    assert checked >= 30
    rows = {}
    it = QTreeWidgetItemIterator(dock.tree)
    while it.value():
        item = it.value()
        rows[item.text(0)] = item
        it += 1
    zh = language == "zh_CN"
    assert ("名称" if zh else "Name") in rows
    assert ("边界性质" if zh else "Boundary") in rows
    status = rows["边界性质" if zh else "Boundary"]
    assert status.text(1) == ("示意" if zh else "indicative")
    assert status.toolTip(0) == "boundary_status"  # the raw name in the tooltip
    assert "indicative" in status.toolTip(1)
    districts = rows["所在区" if zh else "Districts"].text(1)
    assert districts and not districts.isdigit()
    # m², 公顷/ha and 亩 each on a line of its own.
    feature = dock.tree.topLevelItem(0).child(0)
    lines = [feature.child(i).text(1) for i in range(3)]
    assert lines[0].endswith("m²") and lines[1].endswith("公顷" if zh else "ha")
    assert lines[2].endswith("亩" if zh else "亩 (mu)")
    # How the area was computed, in the UI language; the raw wording in the tip.
    method = rows["面积计算方法" if zh else "Area method"]
    assert method.text(1).startswith("椭球面积" if zh else "geodesic, on the")
    assert method.toolTip(1) == "geodesic CGCS2000 ellipsoid"


def test_attribute_table_aliases_decoded_values_and_raw_toggle(
    qtbot, demo_project
) -> None:
    i18n.install_translator("zh_CN")
    try:
        dock = AttributeTableDock(demo_project)
        qtbot.addWidget(dock)
        dock.set_layer("enterprises")
        model = dock.model
        col = model.columns.index("district_adcode")
        head = model.headerData(col, Qt.Orientation.Horizontal)
        assert head == "所在区"
        tip = model.headerData(
            col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        assert "district_adcode" in tip
        cell = model.data(model.index(0, col))
        assert cell.endswith("区") and not cell.isdigit()
        assert model.data(model.index(0, col), Qt.ItemDataRole.ToolTipRole).endswith(
            ")"
        )
        rev = model.columns.index("revenue_wan")
        assert model.headerData(rev, Qt.Orientation.Horizontal) == "营业收入（万元）"
        # Filter by a decoded name.
        dock.filter_edit.setText("丰台")
        dock.apply_filter()
        assert 0 < model.rowCount() < len(demo_project.find("enterprises").gdf)
        # A search hit is pale blue; a selected row is the map's yellow.
        from PySide6.QtGui import QPalette

        bg = Qt.ItemDataRole.BackgroundRole
        hits = [model.data(model.index(0, c), bg) for c in range(model.columnCount())]
        hit = next(h for h in hits if h is not None)  # the cell holding "丰台"
        assert hits.count(None) > 0  # only the matching cells
        layer = demo_project.find("enterprises")
        layer.set_selection([model.fid_at(1)])
        selected = model.data(model.index(1, col), bg)
        assert hit is not None and selected is not None and hit != selected
        highlight = dock.view.palette().color(QPalette.ColorRole.Highlight)
        assert highlight == selected.toRgb() or highlight.name() == "#ffd400"
        assert model.data(model.index(1, 0), bg) == selected  # the whole row
        # The raw names and codes are one click away.
        dock.raw_names.setChecked(True)
        assert model.headerData(col, Qt.Orientation.Horizontal) == "district_adcode"
        assert model.data(model.index(0, col)).isdigit()
        # Columns at least as wide as their contents; the last takes spare room.
        dock.resize(900, 400)
        dock.show()
        dock.column_fitter.fit()
        header = dock.view.horizontalHeader()
        for c in range(header.count()):
            assert header.sectionSize(c) >= dock.view.sizeHintForColumn(c), c
    finally:
        i18n.install_translator("en")


def test_attribute_table_filter_follows_layer_or_clears_visibly(
    qtbot, demo_project
) -> None:
    dock = AttributeTableDock(demo_project)
    qtbot.addWidget(dock)
    dock.set_layer("enterprises")
    dock.filter_mode.setCurrentIndex(1)
    dock.filter_edit.setText("employees >= 100")
    dock.apply_filter()
    n = dock.model.rowCount()
    assert 0 < n < len(demo_project.find("enterprises").gdf)
    assert "employees >= 100" in dock.status.text()
    # Another layer without that field: the filter is cleared and it says so.
    dock.set_layer("zgc_parks")
    assert dock.model.rowCount() == len(demo_project.find("zgc_parks").gdf)
    assert dock.filter_edit.text() == ""
    assert not dock.error.isHidden() and "中关村园区" in dock.error.text()
    # A filter that fits the next layer is applied to it.
    dock.filter_mode.setCurrentIndex(0)
    dock.filter_edit.setText("海淀")
    dock.apply_filter()
    dock.set_layer("functional_areas")
    assert dock.filter_edit.text() == "海淀"
    assert dock.model.filtered


def test_style_and_expression_dialogs_list_fields_by_alias(qtbot, demo_project) -> None:
    from gui.dialogs.select_by_expression_dialog import SelectByExpressionDialog
    from gui.dialogs.style_dialog import StyleDialog
    from layers.undo import UndoStack

    i18n.install_translator("zh_CN")
    try:
        layer = demo_project.find("enterprises")
        style = StyleDialog(layer, UndoStack())
        qtbot.addWidget(style)
        texts = [style.field.itemText(i) for i in range(style.field.count())]
        assert "类别 (category)" in texts
        assert style.field.currentData() == "category"
        expr = SelectByExpressionDialog(layer)
        qtbot.addWidget(expr)
        items = [expr.fields.item(i) for i in range(expr.fields.count())]
        cat = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == "category")
        assert cat.text() == "类别 — category"
        expr.fields.setCurrentItem(cat)
        values = [expr.values.item(i).text() for i in range(expr.values.count())]
        assert any(v.startswith("'0") and "—" in v for v in values)
        expr._on_list_item_double_clicked(cat)
        assert expr.editor.toPlainText().strip() == "category"
    finally:
        i18n.install_translator("en")


def test_category_legend_of_a_new_categorised_style_names_the_codes(
    qtbot, demo_project
) -> None:
    from gui.dialogs.style_dialog import StyleDialog
    from layers.undo import UndoStack

    i18n.install_translator("zh_CN")
    try:
        layer = demo_project.find("enterprises")
        layer.set_style(layer.style.with_(mode="single"))
        dialog = StyleDialog(layer, UndoStack())
        qtbot.addWidget(dialog)
        dialog.mode.setCurrentIndex(1)
        dialog.field.setCurrentIndex(dialog.field.findData("category"))
        labels = [c.label for c in layer.style.categories]
        assert "04 金融服务" in labels
    finally:
        i18n.install_translator("en")
