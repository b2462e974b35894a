"""The layer being edited is marked in the layer tree (bold, red, a pencil)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.docks.layer_tree_model import LayerTreeModel


def test_layer_tree_marks_the_layer_in_edit_mode(qapp, small_project) -> None:
    model = LayerTreeModel(small_project)
    zones = small_project.find("zones")
    index = model.index_of_layer("zones")
    role = Qt.ItemDataRole
    assert model.data(index, role.FontRole) is None
    changed = []
    model.dataChanged.connect(lambda *a: changed.append(a))
    small_project.open_edit_buffer(zones)
    assert changed  # the view repaints at once
    assert model.data(index, role.FontRole).bold()
    assert model.data(index, role.ForegroundRole).name() == "#b71c1c"
    assert not model.data(index, role.DecorationRole).isNull()
    assert "Being edited" in model.data(index, role.ToolTipRole)
    other = model.index_of_layer("enterprises")
    assert model.data(other, role.FontRole) is None
    small_project.close_edit_buffer("zones")
    assert model.data(index, role.FontRole) is None
    model.detach()
