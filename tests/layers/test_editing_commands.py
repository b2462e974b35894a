"""Feature commands and geometry operations: redo/undo round trips, areas."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from zones_fixtures import make_zones

from geo.editing_ops import EditError, merge_polygons, reshape_polygon, split_polygon
from geo.measure import geodesic_areas_m2
from layers.editing.feature_commands import (
    AddFeatureCommand,
    AddHoleCommand,
    ChangeAttributesCommand,
    ChangeGeometryCommand,
    DeleteFeaturesCommand,
    MergeFeaturesCommand,
    PasteFeaturesCommand,
    SplitFeatureCommand,
    touched_fids,
)
from layers.undo import Command, MacroCommand, UndoStack
from layers.vector_layer import VectorLayer


def _layer() -> VectorLayer:
    gdf = make_zones().iloc[:2].copy()
    gdf.index = pd.Index([1, 2], name="fid")
    gdf["row_version"] = 1
    return VectorLayer("parks", gdf, "polygon", layer_id="zgc_parks")


def _snapshot(layer: VectorLayer) -> list:
    return [
        (f, g.wkb, layer.gdf.at[f, "name_zh"]) for f, g in layer.gdf.geometry.items()
    ]


def _round_trip(layer: VectorLayer, cmd) -> None:
    stack = UndoStack()
    before = _snapshot(layer)
    stack.push(cmd)
    after = _snapshot(layer)
    assert after != before
    stack.undo()
    assert _snapshot(layer) == before
    stack.redo()
    assert _snapshot(layer) == after


def test_editing_commands_round_trip_every_command():
    layer = _layer()
    square = shapely.box(116.5, 40.1, 116.6, 40.2)
    _round_trip(
        layer, AddFeatureCommand(layer, square, {"code": "N1", "name_zh": "新"})
    )
    _round_trip(layer, DeleteFeaturesCommand(layer, [1]))
    _round_trip(
        layer, ChangeAttributesCommand(layer, 2, {"name_zh": "改名", "name_en": "X"})
    )
    _round_trip(layer, ChangeGeometryCommand(layer, {2: square}))
    _round_trip(
        layer, AddHoleCommand(layer, {2: square.difference(square.buffer(-0.02))})
    )
    other = gpd.GeoDataFrame(
        {"code": ["C"], "name_zh": ["复制"], "extra": [1]},
        geometry=[square],
        crs="EPSG:4490",
    )
    _round_trip(layer, PasteFeaturesCommand(layer, other))
    assert layer.gdf.geometry.geom_type.eq("MultiPolygon").all()


def test_editing_commands_nudges_merge_into_one_undo_step():
    layer, stack = _layer(), UndoStack()
    g0 = layer.gdf.geometry.loc[1]
    for k in range(1, 4):
        moved = shapely.affinity.translate(g0, 0.001 * k, 0)
        stack.push(ChangeGeometryCommand(layer, {1: moved}, "Nudge", mergeable=True))
    assert stack.count() == 1
    stack.undo()
    assert layer.gdf.geometry.loc[1].equals(g0)


def test_editing_split_and_merge_areas_sum_geodesically():
    layer, stack = _layer(), UndoStack()
    original = geodesic_areas_m2([layer.gdf.geometry.loc[1]])[0]
    line = shapely.LineString([(116.28, 39.90), (116.28, 40.05)])
    pieces = split_polygon(layer.gdf.geometry.loc[1], line)
    stack.push(SplitFeatureCommand(layer, 1, pieces))
    assert len(layer.gdf) == 3
    new_fid = [f for f in layer.gdf.index if f < 0][0]
    assert layer.gdf.at[new_fid, "code"] == "ZGC-HD-2"
    areas = geodesic_areas_m2(layer.gdf.geometry.loc[[1, new_fid]].values)
    assert abs(areas.sum() - original) < 1e-3 * original / 1e3  # within 1 mm² per km²
    merged = merge_polygons(list(layer.gdf.geometry.loc[[1, new_fid]]))
    stack.push(MergeFeaturesCommand(layer, [1, new_fid], 1, merged))
    assert len(layer.gdf) == 2
    # The merged ring keeps the split's two extra vertices; a geodesic edge
    # through an extra vertex differs from the original edge by a few m².
    merged_area = geodesic_areas_m2([layer.gdf.geometry.loc[1]])[0]
    assert merged_area == pytest.approx(areas.sum(), rel=1e-6)
    stack.undo()
    stack.undo()
    assert len(layer.gdf) == 2 and layer.gdf.geometry.loc[1].equals(
        make_zones().geometry.iloc[0]
    )


def test_editing_reshape_and_errors():
    sq = shapely.box(0, 0, 2, 2)
    assert reshape_polygon(sq, shapely.LineString([(1, -1), (1, 3)])).area == 2.0
    with pytest.raises(EditError, match="cross"):
        split_polygon(sq, shapely.LineString([(0.5, 0.5), (1.5, 1.5)]))
    with pytest.raises(EditError):
        reshape_polygon(sq, shapely.LineString([(5, 5), (6, 6)]))


def test_editing_undo_stack_refuses_feature_edits_on_the_project_stack():
    from layers.project import Project
    from layers.undo import FeatureEditRefusedError

    layer, project = _layer(), Project()
    add = AddFeatureCommand(layer, shapely.box(116.5, 40.1, 116.6, 40.2), {"code": "N"})
    with pytest.raises(FeatureEditRefusedError):
        project.undo_stack.push(add)
    assert len(layer.gdf) == 2 and project.undo_stack.count() == 0


def test_editing_edit_buffer_is_emptied_by_save_and_discard():
    from layers.project import Project

    layer, project = _layer(), Project()
    project.layers = [layer]
    buf = project.open_edit_buffer(layer)
    buf.push(ChangeAttributesCommand(layer, 1, {"name_zh": "改名"}))
    assert project.dirty and project.has_unsaved_edits
    project.mark_saved()
    assert not project.dirty and not buf.undo_stack.can_undo()
    buf.push(ChangeAttributesCommand(layer, 1, {"name_zh": "再改"}))
    buf.discard()
    assert layer.gdf.at[1, "name_zh"] == "改名" and not buf.undo_stack.can_redo()
    project.close_edit_buffer(layer.id)
    assert project.edit_buffers == {}


def test_editing_failed_undo_leaves_the_stack_unchanged():
    from layers.undo import Command

    class Brittle(Command):
        text = "brittle"

        def redo(self) -> None:
            pass

        def undo(self) -> None:
            raise RuntimeError("cannot")

    stack = UndoStack()
    stack.push(Brittle())
    with pytest.raises(RuntimeError):
        stack.undo()
    assert stack.index == 1 and stack.can_undo() and not stack.can_redo()


def test_editing_macro_that_fails_midway_takes_back_what_it_applied():
    from layers.undo import Command, MacroCommand

    class Fails(Command):
        def redo(self) -> None:
            raise ValueError("no")

        def undo(self) -> None:
            pass

    layer, stack = _layer(), UndoStack()
    before = _snapshot(layer)
    macro = MacroCommand(
        "two", [ChangeAttributesCommand(layer, 1, {"name_zh": "x"}), Fails()]
    )
    with pytest.raises(ValueError):
        stack.push(macro)
    assert _snapshot(layer) == before and stack.count() == 0


def test_editing_session_splits_a_two_layer_macro_per_layer():
    from layers.editing.edit_session import EditingError, EditSession
    from layers.project import Project
    from layers.undo import MacroCommand

    a = _layer()
    gdf = a.gdf.copy()
    b = VectorLayer("areas", gdf, "polygon", layer_id="functional_areas")
    project = Project()
    project.layers = [a, b]
    session = EditSession(project)
    session.start(a)
    both = MacroCommand(
        "topological move",
        [
            ChangeAttributesCommand(a, 1, {"name_zh": "甲"}),
            ChangeAttributesCommand(b, 1, {"name_zh": "乙"}),
        ],
    )
    with pytest.raises(EditingError, match="start editing"):
        session.push(both)
    assert a.gdf.at[1, "name_zh"] != "甲"
    session.start(b)
    session.push(both)
    session.buffer(a).undo_stack.undo()
    assert a.gdf.at[1, "name_zh"] != "甲" and b.gdf.at[1, "name_zh"] == "乙"


def test_events_handler_failure_does_not_stop_the_others():
    from layers import events

    seen, errors = [], []
    ev = events.Event()

    def bad(_x: int) -> None:
        raise RuntimeError("view broke")

    ev.connect(bad)
    ev.connect(seen.append)
    old = events.set_error_reporter(lambda exc, h: errors.append(str(exc)))
    try:
        ev.emit(5)
    finally:
        events.set_error_reporter(old)
    assert seen == [5] and errors == ["view broke"]


def test_touched_fids_names_every_row_undo_or_redo_can_set() -> None:
    layer = _layer()
    box = shapely.box(116.0, 40.0, 116.01, 40.01)
    add = AddFeatureCommand(layer, box, {"code": "T-1"})
    attrs = ChangeAttributesCommand(layer, 1, {"remarks": "x"})
    geom = ChangeGeometryCommand(layer, {2: box})
    delete = DeleteFeaturesCommand(layer, [2])
    assert touched_fids([]) == set()
    assert touched_fids([attrs, geom]) == {1, 2}
    assert touched_fids([MacroCommand("both", [add, delete])]) == {add.fid, 2}

    class Whole(Command):  # e.g. a restored journal: replaces the whole frame
        text = "whole"

    assert touched_fids([attrs, Whole()]) is None
    assert touched_fids([MacroCommand("m", [Whole()])]) is None
