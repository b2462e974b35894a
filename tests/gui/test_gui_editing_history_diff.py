"""The history panel says what a saved edit changed and is read again on save."""

from __future__ import annotations

from typing import Any

import shapely
from test_gui_editing_window import win  # noqa: F401  (the window fixture)

from gui.editing.editing_feature import EditingFeature
from layers.editing.audit_diff import audit_diff
from layers.editing.feature_commands import (
    ChangeAttributesCommand,
    ChangeGeometryCommand,
)


def test_history_refreshes_on_save_and_shows_field_geometry_and_area_change(
    win: Any,  # noqa: F811
    qtbot: Any,
) -> None:
    w, project, ctl, _forms = win
    parks = project.find("zgc_parks")
    dock = w.feature(EditingFeature).history_dock
    dock.show()
    qtbot.waitUntil(dock.isVisible)
    parks.set_selection([1])
    assert dock.fid == 1 and [r["action"] for r in dock.rows] == ["insert"]
    old_name = parks.gdf.at[1, "name_zh"]
    g0 = parks.gdf.geometry.loc[1]
    assert ctl.start_editing(parks)
    ctl.push(ChangeAttributesCommand(parks, 1, {"name_zh": "新名称"}))
    # Shrunk, so the save meets no topology error with the neighbour.
    shrunk = shapely.affinity.scale(g0, 0.9, 0.9, origin="centroid")
    ctl.push(ChangeGeometryCommand(parks, {1: shrunk}))
    assert ctl.save()
    # Read again on save: the update is on top, without asking for a refresh.
    assert [r["action"] for r in dock.rows] == ["update", "insert"]
    top = dock.tree.topLevelItem(0)
    summary = top.text(3)
    assert "m²" in summary and "亩" in summary and summary.count("-") >= 2
    assert "Name" in summary or "名称" in summary
    dock.tree.setCurrentItem(top)
    details = {
        dock.details.topLevelItem(i).text(0): dock.details.topLevelItem(i)
        for i in range(dock.details.topLevelItemCount())
    }
    name_row = details.get("Name") or details.get("名称")
    assert (name_row.text(1), name_row.text(2)) == (old_name, "新名称")
    change = details.get("Area change") or details.get("面积变化")
    diff = audit_diff(dock.rows[0]["before_json"], dock.rows[0]["after_json"])
    assert diff.area_change_m2 < 0
    assert abs(diff.area_after_m2 / diff.area_before_m2 - 0.81) < 0.01
    assert change.text(2).startswith("-") and "亩" in change.text(2)
