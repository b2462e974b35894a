"""Find zones, districts and enterprises by Chinese name or pinyin."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import Point, box

from layers.query.name_search import NameIndex, pinyin_keys
from layers.vector_layer import VectorLayer


def _zones() -> VectorLayer:
    gdf = gpd.GeoDataFrame(
        {"name_zh": ["海淀园", "金融街", "中关村科学城", "CBD", "长安街"]},
        geometry=[box(116 + i * 0.1, 39.9, 116.05 + i * 0.1, 40.0) for i in range(5)],
        crs=4490,
    )
    return VectorLayer("Zones", gdf, "polygon")


def _enterprises(n: int = 6000) -> VectorLayer:
    names = pd.Series(
        np.where(np.arange(n) % 2, "北京海淀科技有限公司", "金融街投资")
    ) + pd.Series(np.arange(n).astype(str))
    gdf = gpd.GeoDataFrame({"name": names}, geometry=[Point(116.3, 39.9)] * n, crs=4490)
    return VectorLayer("Enterprises", gdf, "point")


def test_search_pinyin_initials_find_zone() -> None:
    index = NameIndex([_zones()])
    hits = index.search("hdy")
    assert hits and hits[0].name == "海淀园" and hits[0].fid == 0
    assert index.search("jrj")[0].name == "金融街"
    assert index.search("zgckxc")[0].name == "中关村科学城"


def test_search_full_pinyin_chinese_and_latin() -> None:
    index = NameIndex([_zones()])
    assert index.search("haidian")[0].name == "海淀园"
    assert index.search("科学")[0].name == "中关村科学城"
    assert index.search("cbd")[0].score == 3  # exact, case-insensitive
    assert index.search("changanjie")[0].name == "长安街"  # phrase-aware 长 = chang


def test_search_ranks_zones_before_enterprises() -> None:
    index = NameIndex([_zones(), _enterprises()])
    hits = index.search("jrj", limit=5)
    assert hits[0].layer_name == "Zones"
    assert all(h.layer_name == "Enterprises" for h in hits[1:])
    assert len(hits) == 5


def test_search_large_layer_uses_char_table_pinyin() -> None:
    layer = _enterprises(6000)
    ini, full = pinyin_keys(layer.gdf["name"])
    assert ini.iloc[1] == "bjhdkjyxgs1"
    assert full.iloc[0] == "jinrongjietouzi0"
    hits = NameIndex([layer]).search("hdkj", limit=3)
    assert len(hits) == 3 and all("海淀科技" in h.name for h in hits)


def test_search_follows_layer_revision() -> None:
    layer = _zones()
    index = NameIndex([layer])
    assert index.search("lz") == []
    gdf = layer.gdf.copy()
    gdf.loc[0, "name_zh"] = "丽泽"
    layer.set_frame(gdf)
    assert index.search("lz")[0].name == "丽泽"
