"""The search box builds its name index on a worker thread and drops stale builds."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from PySide6.QtWidgets import QApplication
from shapely.geometry import Point, box

from gui.search_widget import SYNC_INDEX_LIMIT, SearchWidget
from layers.vector_layer import VectorLayer


def _zones() -> VectorLayer:
    gdf = gpd.GeoDataFrame(
        {"name_zh": ["海淀园", "金融街", "中关村科学城"]},
        geometry=[box(116 + i * 0.1, 39.9, 116.05 + i * 0.1, 40.0) for i in range(3)],
        crs=4490,
    )
    return VectorLayer("Zones", gdf, "polygon", layer_id="zones")


def _enterprises(n: int = SYNC_INDEX_LIMIT + 1000) -> VectorLayer:
    names = pd.Series(["北京海淀科技有限公司"] * n) + pd.Series(
        np.arange(n).astype(str)
    )
    gdf = gpd.GeoDataFrame({"name": names}, geometry=[Point(116.3, 39.9)] * n, crs=4490)
    return VectorLayer("Enterprises", gdf, "point", layer_id="enterprises")


@pytest.fixture
def widget(qtbot):
    layers = [_zones(), _enterprises()]
    w = SearchWidget(lambda: layers)
    qtbot.addWidget(w)
    w.layers_ = layers
    return w


def test_search_index_builds_off_the_gui_thread(widget, qtbot) -> None:
    # Before the build lands, zones are searchable; the big layer is skipped.
    assert [h.name for h in widget.search_now("hdy")] == ["海淀园"]
    assert not widget.index()._indexes.get("enterprises")
    with qtbot.waitSignal(widget.index_built, timeout=30000):
        build_id = widget.build_index_now()
    assert widget.last_build_thread is not None
    assert widget.last_build_thread is not QApplication.instance().thread()
    assert widget.index()._indexes["enterprises"].revision == 0
    hits = widget.search_now("hdy")
    assert hits[0].name == "海淀园" and hits[0].layer_id == "zones"
    assert any(h.layer_id == "enterprises" for h in widget.search_now("bjhdkj"))
    assert build_id >= 1 and not widget.building


def test_search_index_stale_build_is_dropped(widget, qtbot) -> None:
    dropped: list[int] = []
    built: list[int] = []
    widget.build_dropped.connect(dropped.append)
    widget.index_built.connect(built.append)
    with qtbot.waitSignals([widget.build_dropped, widget.index_built], timeout=30000):
        first = widget.build_index_now()
        second = widget.build_index_now()
    assert second == first + 1
    assert dropped == [first] and built == [second]
    assert "enterprises" in widget.index()._indexes


def test_search_index_rebuilds_after_features_change(widget, qtbot) -> None:
    with qtbot.waitSignal(widget.index_built, timeout=30000):
        widget.build_index_now()
    ents = widget.layers_[1]
    ents.gdf.loc[0, "name"] = "金融街咖啡"
    ents.touch()
    # the old index still answers while the debounced rebuild runs
    assert any(h.layer_id == "enterprises" for h in widget.search_now("bjhdkj"))
    with qtbot.waitSignal(widget.index_built, timeout=30000):
        pass  # the debounced rebuild starts by itself
    assert any(h.layer_id == "enterprises" for h in widget.search_now("jrjkf"))
