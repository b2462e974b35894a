"""Per-row coordinate-system columns: every common header and spelling, to 1 m."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from pyproj import Geod

from geo.offsets import wgs84_to_bd09, wgs84_to_gcj02
from layers.enterprises.credit_code import check_digit
from layers.enterprises.importer import ImportOptions, prepare_import
from tests.layers.enterprises_fixtures import truth

GEOD = Geod(ellps="WGS84")
#: Spelling -> the system the numbers in that row are written in.
SPELLINGS = {
    "GCJ-02": "gcj02",
    "gcj02": "gcj02",
    "gcj": "gcj02",
    "火星坐标": "gcj02",
    "高德": "gcj02",
    "腾讯": "gcj02",
    "国测局坐标": "gcj02",
    "GCJ02（火星坐标）": "gcj02",
    "BD-09": "bd09",
    "bd09": "bd09",
    "bd09ll": "bd09",
    "百度": "bd09",
    "百度坐标": "bd09",
    "WGS-84": "wgs84",
    "wgs84": "wgs84",
    "GPS": "wgs84",
    "EPSG:4326": "wgs84",
    "CGCS2000": "cgcs2000",
    "2000国家大地坐标系": "cgcs2000",
    "国家2000": "cgcs2000",
    "ＷＧＳ８４": "wgs84",
}
HEADERS = [
    "coord_sys",
    "crs",
    "coordinate_system",
    "坐标系",
    "坐标类型",
    "坐标系统",
    "坐标体系",
    "Coord Sys",
]


def _forward(kind: str, lon: float, lat: float) -> tuple[float, float]:
    if kind == "gcj02":
        x, y = wgs84_to_gcj02(lon, lat)
    elif kind == "bd09":
        x, y = wgs84_to_bd09(lon, lat)
    else:  # WGS84 and CGCS2000 coincide to centimetres (README)
        x, y = lon, lat
    return float(x), float(y)


def _register(
    tmp_path: Path, header: str, spellings: list[str]
) -> tuple[Path, pd.DataFrame]:
    t = truth()
    t = pd.concat([t] * (len(spellings) // len(t) + 1), ignore_index=True)
    t = t.iloc[: len(spellings)].copy()
    # Unique codes: two serial digits, then the check digit recomputed.
    bodies = [f"{c[:15]}{i:02d}" for i, c in enumerate(t["credit_code"])]
    t["credit_code"] = [b + check_digit(b) for b in bodies]
    kinds = [SPELLINGS.get(s, "wgs84") for s in spellings]  # unknown: plain WGS84
    xy = [
        _forward(k, lo, la) for k, lo, la in zip(kinds, t["lon"], t["lat"], strict=True)
    ]
    df = pd.DataFrame(
        {
            "企业名称": t["name"],
            "统一社会信用代码": t["credit_code"],
            "经度": [f"{x:.9f}" for x, _ in xy],
            "纬度": [f"{y:.9f}" for _, y in xy],
            header: spellings,
            "类别": t["category"],
        }
    )
    path = tmp_path / "register.csv"
    df.to_csv(path, index=False)
    return path, t


@pytest.mark.parametrize("header", HEADERS)
def test_coord_column_every_spelling_within_one_metre(tmp_path, header) -> None:
    spellings = list(SPELLINGS)
    path, t = _register(tmp_path, header, spellings)
    r = prepare_import(path)
    assert r.mapping["coord_source"] == header
    assert len(r.bad_rows) == 0, r.problems.to_string()
    assert r.n_good == len(spellings)
    _, _, d = GEOD.inv(r.frame.geometry.x, r.frame.geometry.y, t["lon"], t["lat"])
    assert np.abs(d).max() < 1.0
    expected = [SPELLINGS[s] for s in spellings]
    assert r.frame["coord_source"].tolist() == expected
    assert r.assumptions == []


def test_coord_column_systems_are_counted_in_the_summary(tmp_path) -> None:
    path, _ = _register(
        tmp_path, "坐标类型", ["高德", "百度", "火星坐标", "GPS", "xyz"]
    )
    r = prepare_import(path)
    assert (
        "coordinates per row from column 坐标类型: "
        "GCJ-02 (高德/腾讯) 2, BD-09 (百度) 1, WGS84 / GPS 1" in r.notes
    )


def test_coord_column_unknown_value_is_a_row_problem(tmp_path) -> None:
    path, _ = _register(tmp_path, "坐标系", ["高德", "bd09mc", "北京54", "xyz", ""])
    r = prepare_import(path)
    probs = r.problems.set_index("row")
    assert r.bad_rows.tolist() == [3, 4, 5]  # file lines (header is line 1)
    assert probs.loc[5, "field"] == "coord_source" and probs.loc[5, "value"] == "xyz"
    assert probs.loc[5, "reason"].startswith("unknown coordinate system")
    assert probs.loc[3, "reason"].endswith(
        "cannot convert exactly (百度墨卡托 BD-09MC)"
    )
    assert probs.loc[4, "reason"].endswith("cannot convert exactly (北京54)")
    assert probs.loc[5, "name"] == r.raw.grid.iloc[4, 0]
    # The empty row took the default, and the summary says it was assumed.
    assert r.assumptions == [
        "1 row(s) without a coordinate system: assumed WGS84 / GPS"
    ]
    assert "assumed WGS84" in r.summary()


def test_coord_assumed_without_column_is_said_in_summary(tmp_path) -> None:
    path, _ = _register(tmp_path, "备注", ["WGS-84", "GPS"])
    r = prepare_import(path)
    assert "coord_source" not in r.mapping
    assert r.assumptions == ["no coordinate-system column: assumed WGS84 / GPS"]
    assert r.summary().endswith("no coordinate-system column: assumed WGS84 / GPS")
    chosen = prepare_import(path, ImportOptions(coords="高德"))
    assert chosen.assumptions == []
    assert "coordinates read as GCJ-02 (高德/腾讯) (chosen)" in chosen.notes


def test_coord_metres_read_as_degrees_say_so() -> None:
    from tests.layers.enterprises_fixtures import DATA

    r = prepare_import(DATA / "title_merged_gk.xlsx")  # GK metres, no choice made
    assert len(r.bad_rows) == 7
    reasons = set(r.problems["reason"])
    assert reasons == {
        "the numbers look like metres of a projected system (e.g. Gauss–Krüger "
        "EPSG:4548), not degrees: choose the file's coordinate system"
    }
    assert (
        prepare_import(
            DATA / "title_merged_gk.xlsx", ImportOptions(coords="4548")
        ).n_good
        == 7
    )
