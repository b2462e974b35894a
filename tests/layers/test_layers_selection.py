"""The safe selection expression language and select-by-location."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point, box

from layers.query.expression import ExpressionError, parse_expression
from layers.query.selection import (
    evaluate_expression,
    fids_at_point,
    select_by_expression,
    select_within,
)
from layers.vector_layer import VectorLayer


@pytest.fixture
def table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "category": ["04", "01", None, "04", "07"],
            "employees": [150, 20, 300, np.nan, 100],
            "name_zh": ["海淀园科技", "金融街投资", "丽泽园", None, "O'Brien 商务"],
            "kind": ["zgc_park", "science_city", "new_area", "zgc_park", "bonded_zone"],
            "revenue_wan": [1000.0, 5000.0, 6000.0, np.nan, 999.0],
        },
        index=pd.Index([10, 11, 12, 13, 14]),
    )


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("category = '04' and employees >= 100", [10]),
        ("name_zh like '%园%'", [10, 12]),
        ("name_zh like '%园'", [12]),
        ("kind in ('zgc_park','science_city')", [10, 11, 13]),
        ("revenue_wan between 1000 and 5000", [10, 11]),
        ("employees is null", [13]),
        ("category is not null and not employees < 100", [10, 14]),
        ("CATEGORY = '04' OR Kind = 'new_area'", [10, 12, 13]),
        ("employees * 2 >= 300 and not (kind = 'new_area')", [10]),
        ("name_zh = 'O''Brien 商务'", [14]),
        ("category != '04'", [11, 14]),
        ("not name_zh like '%园%'", [11, 14]),
        ('"employees" > 120', [10, 12]),
        ("category = 4", [10, 13]),
        ("name_zh ilike '%o''brien%'", [14]),
    ],
)
def test_selection_expression_cases(
    table: pd.DataFrame, expr: str, expected: list
) -> None:
    assert select_by_expression(table, expr).tolist() == expected


@pytest.mark.parametrize(
    ("expr", "message", "position"),
    [
        ("1; DROP TABLE zones", "unexpected character ';'", 1),
        ("category = '04'; DROP TABLE zones", "unexpected character ';'", 15),
        ("__import__('os')", "function calls are not allowed", 0),
        ("category = '04", "unterminated string", 11),
        ("category = ", "expected a value or field", 11),
        ("nope = 1", "unknown field 'nope'", 0),
        ("(category = '04'", "expected ')'", 16),
        ("employees", "not a condition", 0),
        ("employees > 'abc'", "'abc' is not a number", 10),
        ("employees in (select 1)", "expected ')' to close the IN list", 21),
        ("a.b = 1", "unexpected character '.'", 1),
        ("", "empty expression", 0),
    ],
)
def test_selection_expression_rejects_with_position(
    table: pd.DataFrame, expr: str, message: str, position: int
) -> None:
    with pytest.raises(ExpressionError) as info:
        evaluate_expression(expr, table)
    assert message in info.value.message
    assert info.value.position == position
    assert f"position {position + 1}" in str(info.value)


def test_selection_parser_never_calls_python(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    def boom(*_a: object, **_k: object) -> None:
        raise AssertionError("eval/exec must not be used")

    monkeypatch.setattr(builtins, "eval", boom)
    monkeypatch.setattr(builtins, "exec", boom)
    node = parse_expression("employees >= 100 and name_zh like '%x%'")
    assert node.op == "and"


def test_selection_expression_vectorised_on_large_table() -> None:
    n = 200_000
    rng = np.random.default_rng(0)
    df = pd.DataFrame(
        {"category": rng.choice(["01", "04"], n), "employees": rng.integers(0, 1000, n)}
    )
    mask = evaluate_expression("category = '04' and employees >= 500", df)
    expected = (df["category"] == "04") & (df["employees"] >= 500)
    assert np.array_equal(mask, expected.to_numpy())


def test_selection_within_zones_points_and_polygons() -> None:
    zones = [box(0, 0, 10, 10), box(20, 20, 30, 30)]
    pts = gpd.GeoDataFrame(
        {"v": range(4)},
        geometry=[Point(5, 5), Point(15, 15), Point(25, 25), Point(10, 5)],
        crs=4490,
        index=[7, 8, 9, 10],
    )
    assert select_within(pts, zones).tolist() == [7, 9, 10]  # boundary counts
    polys = gpd.GeoDataFrame(
        geometry=[box(1, 1, 2, 2), box(9, 9, 11, 11), box(40, 40, 41, 41)], crs=4490
    )
    assert select_within(polys, zones, "within").tolist() == [0]
    assert select_within(polys, zones, "intersects").tolist() == [0, 1]
    assert select_within(pts, []).size == 0


def test_selection_fids_at_point_polygons_and_points() -> None:
    gdf = gpd.GeoDataFrame(
        {"name": ["a", "b"]}, geometry=[box(0, 0, 2, 2), box(1, 1, 3, 3)], crs=4490
    )
    layer = VectorLayer("z", gdf, "polygon")
    assert fids_at_point(layer, 1.5, 1.5, (1.4, 1.4, 1.6, 1.6)).tolist() == [1, 0]
    assert fids_at_point(layer, 5, 5, (4.9, 4.9, 5.1, 5.1)).size == 0
    pts = gpd.GeoDataFrame(
        geometry=[Point(0, 0), Point(0.05, 0), Point(1, 1)], crs=4490
    )
    player = VectorLayer("p", pts, "point")
    assert fids_at_point(player, 0.04, 0, (-0.1, -0.1, 0.1, 0.1)).tolist() == [1, 0]
