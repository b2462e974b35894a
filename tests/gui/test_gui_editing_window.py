"""Editing in the real window: double-click forms, history following the
selection, topological vertex insertion; synthetic MapMouseEvents only and
no modal dialogs (the controller's handlers, or a patched ``exec``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest
import shapely
from editing_fixtures import (
    NONE,
    edit_stack,
    ev_ll,
    make_canvas,
    make_controller,
    zones_project,
)

from geo.crs import transform_xy
from layers.editing.feature_commands import AddFeatureCommand, ChangeGeometryCommand
from layers.project import Project
from layers.vector_layer import LayerSource, VectorLayer
from layers.viewport import Viewport

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "layers"))
from zones_fixtures import make_project_file

from gui.editing.editing_feature import EditingFeature
from gui.workspace_feature import WorkspaceFeature

INSIDE_A = (116.28, 39.95)  # inside park A (fid 1), away from edges and hole
INSIDE_B = (116.385, 39.98)  # inside park B (fid 2)
EAST_EDGE_B = (116.42, 39.98)
CBD = (116.46, 39.915)  # FA-CBD, on the functional-areas layer


@pytest.fixture
def win(qtbot: Any, tmp_path: Path):
    """Yield (window, project, controller, forms) on a saved zones project."""
    from db.project_io import load_project
    from db.store import ProjectStore
    from gui.main_window import MainWindow

    store = ProjectStore.open(make_project_file(tmp_path / "p.gpkg"))
    project = load_project(store)
    w = MainWindow()
    qtbot.addWidget(w)
    w.show_project(project, store)
    w.show()
    qtbot.waitExposed(w)
    c = w.canvas
    x, y = transform_xy(116.34, 39.98, 4490, 4548)
    c.set_viewport(
        Viewport(4548, float(x), float(y), 20.0, c.width(), c.height()), record=False
    )
    ctl = w.feature(EditingFeature).controller
    forms: list[tuple[str, Any]] = []

    def form(layer: VectorLayer, values: dict, suggested: list) -> dict:
        forms.append((layer.id, values.get("code")))
        return {**values, "name_zh": f"{values['name_zh']}（改）"}

    ctl.form_handler = form
    ctl.override_handler = lambda text: None
    ctl.unsaved_handler = lambda layer: "discard"
    try:
        yield w, project, ctl, forms
    finally:
        w.show_project(Project(), None)  # closes the store


def _double_click(tool: Any, event: Any) -> None:
    """Press, release, double-click, release: what Qt sends for a double click."""
    tool.canvas_press_event(event)
    tool.canvas_release_event(event)
    tool.canvas_double_click_event(event)
    tool.canvas_release_event(event)


def test_gui_editing_double_click_opens_form_with_select_identify_vertex(win):
    w, project, ctl, forms = win
    parks = project.find("zgc_parks")
    w.feature(WorkspaceFeature).layer_tree.set_current_layer("zgc_parks")
    assert ctl.start_editing(parks)
    select = w.feature(WorkspaceFeature).select_tool
    w.set_map_tool(select)
    _double_click(select, ev_ll(w.canvas, *INSIDE_A))
    assert forms == [("zgc_parks", "ZGC-HD")]
    assert parks.gdf.at[1, "name_zh"] == "海淀园（改）"
    stack = edit_stack(project)
    assert stack.undo_text() == "Edit attributes" and "Edit attributes" in (
        w.action("undo").text()
    )
    stack.undo()
    assert parks.gdf.at[1, "name_zh"] == "海淀园"
    stack.redo()
    assert parks.gdf.at[1, "name_zh"] == "海淀园（改）"

    # A layer not in edit mode: double-click selects, never opens a form.
    w.feature(WorkspaceFeature).layer_tree.set_current_layer("functional_areas")
    _double_click(select, ev_ll(w.canvas, *CBD))
    assert len(forms) == 1 and project.find("functional_areas").selection.size == 1

    identify = w.feature(WorkspaceFeature).identify_tool
    w.set_map_tool(identify)
    _double_click(identify, ev_ll(w.canvas, *INSIDE_B))
    assert forms[-1] == ("zgc_parks", "ZGC-XC")
    _double_click(identify, ev_ll(w.canvas, *CBD))  # only unedited layers there
    assert len(forms) == 2

    vertex = w.feature(EditingFeature).tools["vertex"]
    w.set_map_tool(vertex)
    n0 = len(parks.gdf.geometry.loc[2].geoms[0].exterior.coords)
    _double_click(vertex, ev_ll(w.canvas, *INSIDE_B))  # inside, off the boundary
    assert forms[-1] == ("zgc_parks", "ZGC-XC") and len(forms) == 3
    assert len(parks.gdf.geometry.loc[2].geoms[0].exterior.coords) == n0
    _double_click(vertex, ev_ll(w.canvas, *EAST_EDGE_B, dx_px=2))  # on a segment
    assert len(forms) == 3 and stack.undo_text() == "Add vertex"
    assert len(parks.gdf.geometry.loc[2].geoms[0].exterior.coords) == n0 + 1
    corner = ev_ll(w.canvas, 116.42, 40.03)  # on a vertex: no duplicate, no form
    _double_click(vertex, corner)
    assert len(forms) == 3
    assert len(parks.gdf.geometry.loc[2].geoms[0].exterior.coords) == n0 + 1


def test_gui_editing_double_click_routes_cases_to_the_case_form(win, monkeypatch):
    from gui.cases.case_form import CaseFormDialog
    from gui.editing.zone_form_dialog import ZoneFormDialog

    w, project, ctl, forms = win
    ctl.form_handler = None  # the real forms, with exec patched (never modal)
    opened: list[str] = []

    def case_exec(self: CaseFormDialog) -> int:
        opened.append("case")
        self.edits["applicant_name"].setText("北京某科技有限公司")
        return 1

    def zone_exec(self: ZoneFormDialog) -> int:
        opened.append("zone")
        self.name_en.setText("Haidian Park (rev.)")
        return 1

    monkeypatch.setattr(CaseFormDialog, "exec", case_exec)
    monkeypatch.setattr(ZoneFormDialog, "exec", zone_exec)
    cases = project.find("cases")
    assert ctl.start_editing(cases)
    parcel = shapely.box(116.26, 39.94, 116.27, 39.945)
    ctl.push(
        AddFeatureCommand(cases, parcel, {"case_no": "2026-001", "status": "received"})
    )
    fid = int(cases.gdf.index[-1])
    identify = w.feature(WorkspaceFeature).identify_tool
    w.set_map_tool(identify)
    _double_click(identify, ev_ll(w.canvas, 116.265, 39.9425))
    assert opened == ["case"]
    assert cases.gdf.at[fid, "applicant_name"] == "北京某科技有限公司"
    assert cases.gdf.at[fid, "site_area_m2"] > 0  # computed from the parcel
    edit_stack(project, "cases").undo()
    assert cases.gdf.at[fid, "applicant_name"] != "北京某科技有限公司"
    parks = project.find("zgc_parks")
    assert ctl.start_editing(parks)
    _double_click(identify, ev_ll(w.canvas, *INSIDE_B))  # parks below the cases
    assert opened == ["case", "zone"]
    assert parks.gdf.at[2, "name_en"] == "Haidian Park (rev.)"


def test_gui_editing_generic_form_for_other_layers(qtbot, monkeypatch):
    from gui.editing.attribute_form_dialog import AttributeFormDialog

    project = zones_project()
    plots = VectorLayer(
        "地块",
        gpd.GeoDataFrame(
            {"name": ["甲"], "floors": [3]},
            geometry=[shapely.box(116.43, 39.95, 116.44, 39.96)],
            crs=4490,
        ),
        "polygon",
        source=LayerSource("plots", {}),
        layer_id="plots",
    )
    project.add_layer(plots)
    canvas = make_canvas(project, qtbot)
    ctl = make_controller(project, canvas)
    ctl.form_handler = None
    assert ctl.start_editing(plots)

    def fill(self: AttributeFormDialog) -> int:
        self.edits["floors"].setText("x")
        self.accept()  # refused: not a number
        assert "floors" in self.problems.text()
        self.edits["floors"].setText("5")
        self.edits["name"].setText("乙")
        return 1

    monkeypatch.setattr(AttributeFormDialog, "exec", fill)
    x, y = transform_xy(116.435, 39.955, 4490, 4548)
    assert ctl.edit_attributes_at(plots, float(x), float(y))
    fid = int(plots.gdf.index[0])
    assert plots.gdf.at[fid, "name"] == "乙" and plots.gdf.at[fid, "floors"] == 5
    edit_stack(project, "plots").undo()
    assert plots.gdf.at[fid, "floors"] == 3


def test_gui_editing_history_dock_follows_the_selection(win, qtbot):
    w, project, ctl, forms = win
    parks = project.find("zgc_parks")
    dock = w.feature(EditingFeature).history_dock
    assert ctl.start_editing(parks)
    g0 = parks.gdf.geometry.loc[1]
    ctl.push(
        ChangeGeometryCommand(parks, {1: shapely.affinity.translate(g0, -0.01, 0)})
    )
    assert ctl.save() and not project.dirty
    dock.show()
    dock.raise_()
    qtbot.waitUntil(dock.isVisible)

    w.feature(WorkspaceFeature).layer_tree.set_current_layer("zgc_parks")
    select = w.feature(WorkspaceFeature).select_tool
    w.set_map_tool(select)
    e = ev_ll(w.canvas, *INSIDE_B)
    select.canvas_press_event(e)
    select.canvas_release_event(e)  # a click on the map
    assert dock.fid == 2 and [r["action"] for r in dock.rows] == ["insert"]
    assert "ZGC-XC" in dock.title.text()
    w.feature(WorkspaceFeature).fly_to("zgc_parks", 1)  # search / identify results
    assert dock.fid == 1 and [r["action"] for r in dock.rows] == ["update", "insert"]
    parks.set_selection([1, 2])  # the attribute table: several rows
    assert dock.fid is None and dock.rows == []
    parks.set_selection([1])
    assert dock.fid == 1
    dock.hide()  # hidden: remembers, reads the log when shown again
    parks.set_selection([2])
    assert dock.fid == 1
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.fid == 2)

    # Restore is an undoable edit; it puts the zone's layer in edit mode.
    parks.set_selection([1])
    assert ctl.stop_editing(parks) and not ctl.session.is_editing(parks)
    dock.tree.setCurrentItem(dock.tree.topLevelItem(1))  # the inserted version
    dock.restore_current()
    assert ctl.session.is_editing(parks) and project.dirty
    assert parks.gdf.geometry.loc[1].equals(g0)
    edit_stack(project).undo()
    assert not parks.gdf.geometry.loc[1].equals(g0) and not project.dirty


def test_gui_editing_topological_add_vertex_goes_to_the_neighbour(qtbot):
    from gui.editing.vertex_tool import VertexTool

    project = zones_project()
    canvas = make_canvas(project, qtbot)
    ctl = make_controller(project, canvas)
    tool = VertexTool(canvas, ctl, "vertex")
    canvas.set_tool(tool)
    layer = project.find("zgc_parks")
    ctl.snapper.settings.topological = True
    before = [g.wkb for g in layer.gdf.geometry]
    tool.canvas_double_click_event(ev_ll(canvas, 116.35, 39.98, NONE, dx_px=2))
    a, b = (layer.gdf.geometry.loc[f].geoms[0] for f in (1, 2))
    added = set(a.exterior.coords) - {(116.35, 39.93), (116.35, 40.03)}
    shared = set(a.exterior.coords) & set(b.exterior.coords)
    assert len(shared) == 3  # both corners and the new vertex, bit-identical
    new = (shared - {(116.35, 39.93), (116.35, 40.03)}).pop()
    assert (
        new in added and new[0] == 116.35 and abs(new[1] - 39.98) < 2e-4
    )  # on the edge
    assert edit_stack(project).count() == 1
    assert edit_stack(project).undo_text() == "Add vertex"
    edit_stack(project).undo()
    assert [g.wkb for g in layer.gdf.geometry] == before
    ctl.snapper.settings.topological = False  # off: only the clicked feature
    tool.canvas_double_click_event(ev_ll(canvas, 116.35, 39.98, NONE, dx_px=2))
    a, b = (layer.gdf.geometry.loc[f].geoms[0] for f in (1, 2))
    assert len(set(a.exterior.coords) & set(b.exterior.coords)) == 2
