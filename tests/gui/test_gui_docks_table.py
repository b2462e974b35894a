"""Attribute table: a million rows, filters, selection shared with the map."""

# ruff: noqa: F811  (fake_window is a fixture imported from workspace_fixtures)
from __future__ import annotations

import time
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from workspace_fixtures import FakeWindow, fake_window  # noqa: F401

from geo.crs import transform_xy
from gui.docks.attribute_table_model import AttributeTableModel
from layers.vector_layer import VectorLayer


def test_table_model_million_rows_constructs_and_sorts_fast(qapp: Any) -> None:
    n = 1_000_000
    rng = np.random.default_rng(1)
    names = pd.Series(
        rng.choice(["海淀科技", "金融街投资", "长安商务"], n)
    ) + pd.Series(np.arange(n).astype(str))
    gdf = gpd.GeoDataFrame(
        {
            "name": names,
            "employees": rng.integers(0, 1000, n),
            "revenue": rng.random(n),
        },
        geometry=gpd.points_from_xy(np.full(n, 116.3), np.full(n, 39.9)),
        crs=4490,
    )
    layer = VectorLayer("big", gdf, "point")
    start = time.perf_counter()
    model = AttributeTableModel(layer)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    elapsed = time.perf_counter() - start
    assert elapsed < 2.0, f"construct + 2 sorts of 1M rows took {elapsed:.2f} s"
    assert model.rowCount() == n
    first = model.index(0, 0).data()
    assert first == min(names), first


def test_table_filter_text_expression_and_selected_only(
    fake_window: FakeWindow,
) -> None:
    ws = fake_window.workspace
    ents = fake_window.project.find("Enterprises")
    ws.open_attribute_table(ents.id)
    dock = ws.attribute_table
    dock.filter_edit.setText("企业001")
    dock.apply_filter()
    assert dock.model.rowCount() == 10
    dock.filter_mode.setCurrentIndex(1)
    dock.filter_edit.setText("category = '04' and employees >= 250")
    dock.apply_filter()
    expected = ((ents.gdf.category == "04") & (ents.gdf.employees >= 250)).sum()
    assert dock.model.rowCount() == expected
    dock.filter_edit.setText("category = ")
    dock.apply_filter()
    assert "position 11" in dock.error.text()
    dock.filter_edit.setText("")
    assert dock.model.rowCount() == len(ents.gdf)
    ents.set_selection([3, 5, 7])
    dock.selected_only.setChecked(True)
    assert dock.model.rowCount() == 3
    dock.view.selectAll()
    dock.copy_selected_rows()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].startswith("fid\tname\tcategory")
    assert [ln.split("\t")[0] for ln in lines[1:]] == ["3", "5", "7"]


def test_table_follows_rectangle_selection_and_back(fake_window: FakeWindow) -> None:
    ws = fake_window.workspace
    project = fake_window.project
    ents = project.find("Enterprises")
    ws.layer_tree.set_current_layer(ents.id)
    ws.open_attribute_table(ents.id)
    dock = ws.attribute_table
    dock.model.sort(2, Qt.SortOrder.DescendingOrder)  # table order differs from fids
    x, y = transform_xy([116.3, 116.4], [39.9, 40.0], 4490, project.display_epsg)
    sel = ws.select_tool.select_rectangle(x[0], y[0], x[1], y[1])
    assert sel.size > 10
    rows = dock.selected_rows()
    assert sorted(dock.model.fids_of_rows(rows).tolist()) == sel.tolist()
    assert f"{sel.size} selected" in dock.status.text()
    # Table -> map: select two rows in the view.
    model, smodel = dock.model, dock.view.selectionModel()
    smodel.clearSelection()
    flags = (
        QItemSelectionModel.SelectionFlag.Select
        | QItemSelectionModel.SelectionFlag.Rows
    )
    smodel.select(model.index(0, 0), flags)
    smodel.select(model.index(5, 0), flags)
    assert sorted(ents.selection.tolist()) == sorted([model.fid_at(0), model.fid_at(5)])
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    dock.zoom_to_selected_rows()
    assert len(fake_window.canvas.zoomed_to) == 1
