"""The Qt-free layout model: page, items, JSON, templates, commands, maths."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from layers.printing.cartography import (
    convergence_deg,
    gk_convergence_deg,
    gk_grid,
    graticule,
    map_item_viewport,
    nice_floor,
    nice_scale,
    scale_bar,
)
from layers.printing.item_kinds import (
    INDICATIVE_NOTE,
    compose_footnote,
    format_template,
)
from layers.printing.layout import (
    PAGE_SIZES_MM,
    LayoutItem,
    PrintLayout,
    load_template,
    safe_filename,
    save_template,
    shipped_template_names,
    template_names,
)
from layers.printing.layout_commands import (
    AddLayoutItemCommand,
    MoveLayoutItemCommand,
    RemoveLayoutItemCommand,
    SetLayoutItemPropertyCommand,
    align_items,
)
from layers.undo import UndoStack
from layers.viewport import Viewport


def test_layout_page_sizes_and_orientation() -> None:
    lay = PrintLayout("x", "A3", "landscape")
    assert lay.page_size_mm == (420.0, 297.0)
    lay.set_page("A0", "portrait")
    assert lay.page_size_mm == PAGE_SIZES_MM["A0"]
    lay.set_page("custom", "portrait", (500.0, 700.0))
    assert lay.page_size_mm == (500.0, 700.0)
    with pytest.raises(ValueError):
        lay.set_page("B5", "portrait")


def test_layout_json_round_trip_equal() -> None:
    lay = load_template("A3 landscape meeting exhibit")
    lay.print_epsg = 4547
    lay.item("map1").locked = True
    text = json.dumps(lay.to_dict(), ensure_ascii=False)
    back = PrintLayout.from_dict(json.loads(text))
    assert back.to_dict() == lay.to_dict()
    assert back.item("map1").locked and back.print_epsg == 4547


def test_layout_shipped_templates_fit_their_pages() -> None:
    for name in shipped_template_names():
        lay = load_template(name)
        w, h = lay.page_size_mm
        kinds = {it.kind for it in lay.items}
        assert {
            "map",
            "legend",
            "scalebar",
            "north_arrow",
            "inset",
            "footnote",
        } <= kinds
        for it in lay.items:
            assert 0 <= it.x_mm and it.x_mm + it.w_mm <= w, (name, it.id)
            assert 0 <= it.y_mm and it.y_mm + it.h_mm <= h, (name, it.id)


def test_layout_user_templates_save_and_load(tmp_path) -> None:
    lay = load_template("A4 portrait case map")
    lay.item("title").props["text"] = "{name_zh} 案例"
    path = save_template(lay, "我的/案例图", folder=tmp_path)
    assert path.name == "我的_案例图.json"
    assert "我的_案例图" in template_names(tmp_path)
    back = load_template("我的_案例图", folder=tmp_path)
    assert back.item("title").props["text"] == "{name_zh} 案例"
    with pytest.raises(KeyError):
        load_template("missing", folder=tmp_path)


def test_layout_commands_redo_undo_restore() -> None:
    lay = load_template("A4 portrait case map")
    stack = UndoStack()
    before = lay.to_dict()
    stack.push(MoveLayoutItemCommand(lay, "legend1", (20, 200, 90, 50)))
    stack.push(MoveLayoutItemCommand(lay, "legend1", (21, 200, 90, 50)))  # merges
    assert stack.count() == 1
    stack.push(SetLayoutItemPropertyCommand(lay, "map1", "scale", 25000))
    stack.push(SetLayoutItemPropertyCommand(lay, "map1", "locked", True))
    stack.push(AddLayoutItemCommand(lay, LayoutItem("label9", "label", 1, 1, 5, 5)))
    stack.push(RemoveLayoutItemCommand(lay, "inset1"))
    cmd = align_items(lay, ["north1", "scalebar1"], "right")
    stack.push(cmd)
    assert lay.item("north1").x_mm + lay.item("north1").w_mm == 148
    while stack.can_undo():
        stack.undo()
    assert lay.to_dict() == before
    while stack.can_redo():
        stack.redo()
    assert lay.item("map1").locked and "inset1" not in [i.id for i in lay.items]


def test_layout_texts_and_footnote() -> None:
    assert (
        format_template(
            "{name_zh}（{code}）{missing}", {"name_zh": "海淀园", "code": "ZGC-01"}
        )
        == "海淀园（ZGC-01）{missing}"
    )
    note = compose_footnote(
        source="底图",
        crs_name="EPSG:4548",
        date="2026-11-28",
        author="规划一处",
        indicative=True,
    )
    assert "制图：规划一处" in note and note.endswith(INDICATIVE_NOTE)
    assert "范围示意" not in compose_footnote(
        source="x", crs_name="y", indicative=False
    )
    assert safe_filename('a/b:c*?"<>|') == "a_b_c"


def test_layout_scale_bar_nice_segments_and_units() -> None:
    assert [nice_floor(v) for v in (1.0, 3.0, 7.4, 24.0, 260.0)] == [1, 2.5, 5, 20, 250]
    assert nice_scale(10000) == 10000 and nice_scale(10001) == 12500
    vp = Viewport(4548, 447924.0, 4419436.0, 1.0, 3000, 2000, 300.0)
    for scale, unit in ((2000, "m"), (10000, "m"), (100000, "km"), (500000, "km")):
        sb = scale_bar(vp.with_scale(scale), 60.0, 4)
        assert sb.unit == unit and sb.bar_mm <= 60.0 + 1e-9 and sb.bar_mm > 60.0 * 0.4
        assert sb.length_m == pytest.approx(sb.bar_mm * sb.ground_m_per_mm)
        assert sb.true_scale == pytest.approx(scale, rel=1e-3)  # GK near the CM


def test_layout_map_item_viewport_modes() -> None:
    item = LayoutItem(
        "map1",
        "map",
        0,
        0,
        400.0,
        250.0,
        props={"mode": "fixed_scale", "center": [447924.0, 4419436.0], "scale": 10000},
    )
    vp = map_item_viewport(item, 4548, 300.0)
    xmin, ymin, xmax, ymax = vp.extent
    assert xmax - xmin == pytest.approx(4000.0, rel=1e-3)
    assert ymax - ymin == pytest.approx(2500.0, rel=1e-3)
    item.props.update(mode="fit_features")
    fitted = map_item_viewport(
        item, 4548, 150.0, fit_extent=(440000, 4410000, 450000, 4415000)
    )
    assert fitted.scale_denominator == nice_scale(fitted.scale_denominator)
    x0, y0, x1, y1 = fitted.extent
    assert x0 <= 440000 and x1 >= 450000 and y0 <= 4410000 and y1 >= 4415000


def test_layout_north_convergence_matches_gk_formula() -> None:
    from geo.crs import transform_xy

    for lon, lat in ((116.4, 39.9), (115.7, 40.8), (118.2, 39.6)):
        x, y = transform_xy(np.array([lon]), np.array([lat]), 4490, 4548)
        numeric = convergence_deg(4548, float(x[0]), float(y[0]))
        assert numeric == pytest.approx(gk_convergence_deg(lon, lat, 117.0), abs=0.01)
    x, y = transform_xy(np.array([116.4]), np.array([39.9]), 4490, 4548)
    assert convergence_deg(4548, float(x[0]), float(y[0])) > 0  # west of CM 117E


def test_layout_grid_and_graticule_labels() -> None:
    ext = (440000.0, 4410000.0, 452000.0, 4418000.0)
    g = gk_grid(ext)
    assert g.interval == 2000.0
    assert {lab.side for lab in g.labels} == {"top", "bottom", "left", "right"}
    assert any(lab.text == "444,000" for lab in g.labels)
    gr = graticule(ext, 4548)
    assert gr.lines and all(lab.text[-1] in "EN" for lab in gr.labels)
    lons = {lab.text for lab in gr.labels if lab.side == "top"}
    assert lons and all("°" in t for t in lons)
    assert math.isclose(gr.interval * 60, round(gr.interval * 60))


def test_layout_format1_map_grid_becomes_grid_item() -> None:
    d = load_template("A4 portrait case map").to_dict()
    d["format"] = 1
    d["items"] = [it for it in d["items"] if it["kind"] != "grid"]
    m = next(it for it in d["items"] if it["kind"] == "map")
    m["props"].update(grid="graticule", grid_interval=0.05, grid_label_pt=7.0)
    d["items"].append(dict(m, id="map2", props={"grid": "none"}))
    lay = PrintLayout.from_dict(d)
    grids = lay.items_of("grid")
    assert [g.prop("map_id") for g in grids] == ["map1"]  # map2 had "none"
    g = grids[0]
    assert (g.prop("grid_kind"), g.prop("interval"), g.prop("label_pt")) == (
        "graticule",
        0.05,
        7.0,
    )
    assert g.rect_mm == lay.item("map1").rect_mm
    order = [it.id for it in lay.items]
    assert order.index(g.id) == order.index("map1") + 1
    assert "grid" not in lay.item("map1").props
    assert lay.to_dict()["format"] == 2


def test_layout_reorder_and_remove_commands_undo() -> None:
    from layers.printing.layout_commands import remove_items, reorder_items

    lay = load_template("A4 portrait case map")
    stack = UndoStack()
    before = lay.to_dict()
    stack.push(reorder_items(lay, ["frame1", "title"], "front"))
    assert [it.id for it in lay.items][-2:] == ["frame1", "title"]
    stack.push(reorder_items(lay, ["legend1"], "raise"))
    assert reorder_items(lay, ["title"], "raise") is None  # already on top
    stack.push(remove_items(lay, ["map1", "legend1"]))
    assert not {"map1", "grid1", "legend1"} & {it.id for it in lay.items}
    while stack.can_undo():
        stack.undo()
    assert lay.to_dict() == before
