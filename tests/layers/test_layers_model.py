"""Round trips of the Qt-free model: styles, undo/redo, events, viewport."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point, box

from layers.layer_commands import MoveLayerCommand, SetLayerStyleCommand
from layers.project import Project
from layers.style import LayerStyle, class_breaks, graduated_style
from layers.vector_layer import VectorLayer
from layers.viewport import Viewport


def _layer(name: str = "zones") -> VectorLayer:
    gdf = gpd.GeoDataFrame(
        {"kind": ["a", "b"], "v": [1.0, 5.0]},
        geometry=[box(116.0, 39.0, 116.1, 39.1), box(116.2, 39.0, 116.3, 39.1)],
        crs=4490,
    )
    return VectorLayer(name, gdf, "polygon")


def test_style_dict_round_trip_equal() -> None:
    st = graduated_style(LayerStyle(), "v", pd.Series(np.arange(100.0)), 4, "quantile")
    assert LayerStyle.from_dict(st.to_dict()) == st


def test_style_class_indices_graduated() -> None:
    st = graduated_style(LayerStyle(), "v", pd.Series([0.0, 10.0]), 2, "equal")
    idx = st.class_indices(pd.DataFrame({"v": [0.0, 4.9, 5.1, 10.0, np.nan]}))
    assert idx.tolist() == [0, 0, 1, 1, 2]


def test_class_breaks_jenks_separates_clusters() -> None:
    values = np.r_[np.full(50, 1.0), np.full(50, 100.0)]
    br = class_breaks(values, 2, "jenks")
    assert br[1] == pytest.approx(1.0)


def test_style_command_redo_then_undo_restores() -> None:
    project = Project()
    lyr = _layer()
    project.add_layer(lyr)
    before = lyr.style
    seen: list[object] = []
    lyr.style_changed.connect(seen.append)
    project.undo_stack.push(
        SetLayerStyleCommand(lyr, before.with_(fill_color="#ff0000"))
    )
    project.undo_stack.push(
        SetLayerStyleCommand(lyr, before.with_(fill_color="#00ff00"))
    )
    assert project.undo_stack.count() == 1  # live edits of one layer merge
    assert project.dirty
    project.undo_stack.undo()
    assert lyr.style == before and not project.dirty
    project.undo_stack.redo()
    assert lyr.style.fill_color == "#00ff00"
    assert len(seen) == 4


def test_move_layer_command_undo() -> None:
    project = Project()
    a, b = _layer("a"), _layer("b")
    project.add_layer(a)
    project.add_layer(b)  # b on top
    project.undo_stack.push(MoveLayerCommand(project, b.id, 1))
    assert [lyr.name for lyr in project.layers] == ["a", "b"]
    project.undo_stack.undo()
    assert [lyr.name for lyr in project.layers] == ["b", "a"]


def test_visibility_event_only_on_real_change() -> None:
    lyr = _layer()
    seen: list[object] = []
    lyr.visibility_changed.connect(seen.append)
    lyr.set_visible(True)
    lyr.set_visible(False)
    lyr.set_visible(False)
    assert len(seen) == 1


def test_layer_rejects_wrong_crs() -> None:
    gdf = gpd.GeoDataFrame(geometry=[Point(0, 0)], crs=3857)
    with pytest.raises(ValueError, match="EPSG:4490"):
        VectorLayer("bad", gdf, "point")


def test_viewport_zoom_keeps_anchor_fixed() -> None:
    v = Viewport(4548, 447924.0, 4419436.0, 10.0, 800, 600)
    before = v.px_to_map(100, 50)
    after = v.zoomed(2.0, (100, 50)).px_to_map(100, 50)
    assert np.allclose(before, after)


def test_viewport_scale_round_trip() -> None:
    v = Viewport(4548, 0.0, 0.0, 1.0, 100, 100, dpi=300).with_scale(10000)
    assert v.scale_denominator == pytest.approx(10000)


def test_project_snapshot_is_detached_and_filtered() -> None:
    project = Project()
    a, b = _layer("a"), _layer("b")
    project.add_layer(a)
    project.add_layer(b)
    b.set_visible(False)
    snap = project.snapshot([b.id])
    assert [lyr.id for lyr in snap.layers] == [b.id]
    copy_b = snap.layers[0]
    assert copy_b.read_only and not copy_b.visible
    b.gdf.loc[b.gdf.index[0], "v"] = 99.0
    assert copy_b.gdf["v"].iloc[0] == 1.0
    assert len(project.snapshot().layers) == 2
