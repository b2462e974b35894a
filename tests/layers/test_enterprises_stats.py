"""Zone/district assignment, statistics and formula-safe exports."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely

from layers.enterprises.assignment import (
    ZoneAssignmentWatcher,
    assign_districts,
    assign_zones,
    refresh_zone_codes,
)
from layers.enterprises.register_export import (
    ExportMeta,
    export_register,
    write_csv,
    write_xlsx,
)
from layers.enterprises.statistics import (
    boundary_note,
    compare_units,
    source_note,
    stats_by_district,
    stats_by_kind,
    stats_by_zone,
)
from tests.layers.enterprises_fixtures import hand_enterprises, hand_zones

SMALL_KM2 = 0.948099  # geo.measure doctest: box(116, 40, 116.01, 40.01)


def _with_codes() -> pd.DataFrame:
    ent, zones = hand_enterprises(), hand_zones()
    g = ent.geometry.values
    ent["zone_codes"] = assign_zones(shapely.get_x(g), shapely.get_y(g), zones)
    return ent


def test_assign_zones_nested_point_gets_both_codes() -> None:
    assert _with_codes()["zone_codes"].tolist() == [
        "BIG;SMALL",
        "BIG;SMALL",
        "BIG;SMALL",
        "BIG",
        "",
    ]


def test_assign_districts_airport_exclave_is_chaoyang() -> None:
    import resources

    bm = resources.load_basemap()
    # Capital Airport terminals: a Chaoyang exclave surrounded by Shunyi.
    x, y = np.array([116.590, 116.6547, 116.40]), np.array([40.079, 40.1300, 39.90])
    assert assign_districts(x, y, bm).tolist() == ["110105", "110113", "110101"]


def test_stats_by_zone_equal_hand_computed() -> None:
    st = stats_by_zone(_with_codes(), hand_zones())
    small, big, far = st.loc["SMALL"], st.loc["BIG"], st.loc["FAR"]
    assert (small["count"], small["employees"], small["revenue_wan"]) == (3, 60, 600)
    assert (big["count"], big["employees"], big["revenue_wan"]) == (4, 100, 1000)
    assert far["count"] == 0 and far["density_per_km2"] == 0
    assert small["n_01"] == 2 and small["share_01"] == pytest.approx(2 / 3)
    assert big["share_03"] == pytest.approx(0.25)
    assert small["area_km2"] == pytest.approx(SMALL_KM2, rel=1e-5)
    assert small["density_per_km2"] == pytest.approx(3 / SMALL_KM2, rel=1e-5)
    assert small["revenue_wan_per_km2"] == pytest.approx(600 / SMALL_KM2, rel=1e-5)


def test_stats_by_kind_and_district() -> None:
    import resources

    ent = _with_codes()
    kind = stats_by_kind(ent, hand_zones())
    assert kind.loc["science_city", "count"] == 4
    assert kind.loc["zgc_park", "count"] == 3
    assert kind.loc["functional_area", "count"] == 0
    dist = stats_by_district(ent, resources.load_basemap())
    assert dist.loc["110108", "count"] == 3 and dist.loc["110108", "employees"] == 60
    assert dist.loc["110105", "revenue_wan"] == 9999.0
    assert dist.loc["110101", "count"] == 0  # every Beijing district is listed


def test_compare_units_difference() -> None:
    st = stats_by_zone(_with_codes(), hand_zones())
    cmp = compare_units(st, "BIG", "SMALL")
    assert cmp.loc["count", "difference"] == 1
    assert cmp.loc["employees", "BIG"] == 100


def test_boundary_note_says_indicative() -> None:
    assert "示意范围" in boundary_note(hand_zones())


def test_source_note_counts_imported_rows_without_synthetic_column() -> None:
    # An imported register has no "synthetic" column: every row is imported.
    ent = pd.DataFrame({"name": ["甲", "乙"]})
    settings = {"enterprises.import_sources": [{"file": "a.csv"}]}
    assert source_note(ent, settings) == "导入 imported (2 rows; files: a.csv)"
    ent["synthetic"] = [1, 0]
    assert source_note(ent).startswith("合成示例数据 synthetic demo data (1 of 2 rows)")


def test_refresh_and_watcher_recompute_on_zone_change() -> None:
    from layers.vector_layer import VectorLayer

    ent = hand_enterprises()
    ent["zone_codes"] = ""
    zones = hand_zones()
    e_layer = VectorLayer("e", ent, "point")
    z_layer = VectorLayer("z", zones, "polygon")
    assert len(refresh_zone_codes(ent, zones)) == 4
    seen: list[pd.Series] = []
    watcher = ZoneAssignmentWatcher(e_layer, [z_layer], on_changed=seen.append)
    watcher.recompute()
    assert e_layer.gdf["zone_codes"].iloc[3] == "BIG"
    moved = zones.copy()
    moved.loc[0, "geometry"] = shapely.box(116.0, 40.0, 116.012, 40.01)  # drop D
    z_layer.set_frame(moved)
    assert e_layer.gdf["zone_codes"].iloc[3] == ""
    assert len(seen) == 2 and seen[-1].index.tolist() == [3]


def test_export_xlsx_never_writes_live_formulas(tmp_path) -> None:
    from openpyxl import load_workbook

    df = pd.DataFrame(
        {
            "name": ["=1+2", "+SUM(A1)", "-cmd", "@x", "\tT", "正常"],
            "n": [-5, 1, 2, 3, 4, 5],
        }
    )
    path = write_xlsx(
        tmp_path / "x.xlsx", {"s": df}, ExportMeta("t", "src", "示意范围")
    )
    ws = load_workbook(path).active
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c for c in cells if c.data_type == "f"]
    values = [c.value for c in cells]
    assert "=1+2" in values and "示意范围" in values and -5 in values


def test_export_csv_quotes_formula_text_and_reimports(tmp_path) -> None:
    from layers.enterprises.register_export import unescape_text

    df = pd.DataFrame({"name": ['=HYPERLINK("x")', "@a", "ok"], "n": [-1, 2, 3]})
    path = write_csv(tmp_path / "x.csv", df)
    back = pd.read_csv(path, dtype=str, encoding="utf-8-sig")
    assert back["name"].tolist() == ['\'=HYPERLINK("x")', "'@a", "ok"]
    assert back["n"].tolist() == ["-1", "2", "3"]
    assert unescape_text(back["name"]).tolist() == df["name"].tolist()


def test_export_register_has_lonlat(tmp_path) -> None:
    ent = _with_codes()
    out = export_register(ent, tmp_path / "r.csv")
    back = pd.read_csv(out, encoding="utf-8-sig")
    assert back.loc[0, "lon"] == pytest.approx(116.005)
