"""db.fast_read: the columnar read of large layers equals the plain read exactly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from db_fixtures import FIXED_NOW, make_enterprises

from db import fast_read, frames, gpkg_meta, schema
from db.store import ProjectStore

HOLE = shapely.Polygon(
    [(116.25, 39.93), (116.38, 39.93), (116.38, 40.03), (116.25, 40.03)],
    [[(116.30, 39.97), (116.32, 39.97), (116.32, 39.99), (116.30, 39.99)]],
)


def _enterprises() -> gpd.GeoDataFrame:
    """Points with nulls in every column type, Chinese text, empty points."""
    gdf = make_enterprises(40)
    gdf["address"] = None
    gdf.loc[[1, 5], "address"] = [
        "北京市海淀区中关村大街1号",
        "朝阳区'建国路' \"88\"\n号",
    ]
    gdf["employees"] = pd.array([None if i % 7 == 0 else i for i in range(40)], "Int64")
    gdf.loc[[2, 9], "revenue_wan"] = np.nan
    gdf["zone_codes"] = ["ZGC-HD;FA-CBD" if i % 3 else None for i in range(40)]
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    geoms[[3, 4]] = shapely.from_wkt("POINT EMPTY")
    geoms[[6, 11]] = None
    return gdf.set_geometry(gpd.GeoSeries(geoms, index=gdf.index, crs=frames.CRS))


def _cases() -> gpd.GeoDataFrame:
    """Multipolygons with holes, empty and missing ones, nulls everywhere."""
    n = 12
    multi = shapely.MultiPolygon([HOLE, shapely.box(116.5, 39.5, 116.6, 39.6)])
    geoms = [multi if i % 2 else HOLE for i in range(n)]
    geoms[3] = shapely.from_wkt("MULTIPOLYGON EMPTY")
    geoms[7] = None
    return gpd.GeoDataFrame(
        {
            "case_no": [f"ZH-2026-{i:03d}" for i in range(n)],
            "applicant_name": [
                None if i == 4 else f"北京某某科技有限公司{i}" for i in range(n)
            ],
            "land_owned": pd.array(
                [None if i % 4 == 0 else i % 2 for i in range(n)], "Int64"
            ),
            "site_area_m2": [np.nan if i == 5 else 1000.0 + i / 3 for i in range(n)],
            "far": [0.1 + 0.2 * i if i != 2 else np.nan for i in range(n)],
            "remarks": [None if i % 3 else "备注：零售→办公" for i in range(n)],
        },
        geometry=gpd.GeoSeries(geoms, crs=frames.CRS),
    )


@pytest.fixture
def big_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A store whose layers take the fast path despite being small."""
    monkeypatch.setattr(fast_read, "MIN_ROWS", 1)
    monkeypatch.setattr(fast_read, "MAX_FILE_BYTES_PER_ROW", 10**9)
    path = tmp_path / "fast.gpkg"
    store = ProjectStore.create(path, clock=lambda: FIXED_NOW)
    store.insert_features("enterprises", _enterprises(), "tester")
    store.insert_features("conversion_cases", _cases(), "tester")
    yield store
    store.close()


def _plain(store: ProjectStore, table: str, where=None) -> pd.DataFrame:
    """The reference: SELECT through sqlite3 and frames.build_frame."""
    cols = [c.name for c in schema.table(table).columns]
    con = sqlite3.connect(store.path)
    try:
        names = ", ".join(f'"{c}"' for c in cols)
        sql = f'SELECT {names} FROM "{table}"'
        params: list = []
        if where:
            sql += " WHERE " + " AND ".join(
                f'"{c}" IN ({", ".join("?" * len(v))})' for c, v in where.items()
            )
            params = [x for v in where.values() for x in v]
        rows = con.execute(sql + " ORDER BY 1", params).fetchall()
    finally:
        con.close()
    return frames.build_frame(table, cols, rows)


def _fast(store: ProjectStore, table: str, where=None) -> pd.DataFrame | None:
    cols = [c.name for c in schema.table(table).columns]
    with store._engine.connect() as conn, conn.begin():
        return fast_read.read_layer(
            conn.connection.driver_connection, table, cols, where or {}
        )


def _assert_same(got: pd.DataFrame, want: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert got.crs == want.crs == "EPSG:4490"
    assert got.geometry.name == want.geometry.name
    g, w = np.asarray(got.geometry.values), np.asarray(want.geometry.values)
    assert (shapely.is_missing(g) == shapely.is_missing(w)).all()
    assert (shapely.is_empty(g) == shapely.is_empty(w)).all()
    assert shapely.equals_exact(g, w, tolerance=0)[~shapely.is_missing(w)].all()
    assert (shapely.get_type_id(g) == shapely.get_type_id(w)).all()
    assert shapely.to_wkb(g).tolist() == shapely.to_wkb(w).tolist()


@pytest.mark.parametrize("table", ["enterprises", "conversion_cases"])
def test_fast_read_equals_plain_read(big_store: ProjectStore, table: str) -> None:
    fast = _fast(big_store, table)
    assert fast is not None, "fast path not taken"
    want = _plain(big_store, table)
    _assert_same(fast, want)
    _assert_same(big_store.read_table(table), want)
    assert str(want["name" if table == "enterprises" else "case_no"].dtype) == "str"


def test_fast_read_honours_where(big_store: ProjectStore) -> None:
    where = {"category": ["01", "03", "05", "0'7"], "fid": [1, 2, 3, 8, 9, 10, 30]}
    fast = _fast(big_store, "enterprises", where)
    assert fast is not None
    _assert_same(fast, _plain(big_store, "enterprises", where))
    _assert_same(big_store.read_table("enterprises", where=where), fast)
    cases = {"applicant_name": ["北京某某科技有限公司1", "北京某某科技有限公司6"]}
    _assert_same(
        big_store.read_table("conversion_cases", where=cases),
        _plain(big_store, "conversion_cases", cases),
    )


def test_fast_read_sees_committed_data_only_like_plain(big_store: ProjectStore) -> None:
    with big_store.action("tester", "open edit"):
        big_store.insert_features("enterprises", make_enterprises(3, seed=9), "tester")
        inside = big_store.read_table("enterprises")
    assert len(inside) == 40  # as before: the read uses its own connection
    assert len(big_store.read_table("enterprises")) == 43


def _poke(path: Path, sql: str, params: tuple = ()) -> None:
    con = sqlite3.connect(path)
    gpkg_meta.register_functions(con)
    with con:
        con.execute(sql, params)
    con.close()


@pytest.mark.parametrize(
    ("sql", "params"),
    [
        ("UPDATE enterprises SET employees = '12人' WHERE fid = 2", ()),
        ("UPDATE enterprises SET employees = 2.5 WHERE fid = 2", ()),
        ("UPDATE enterprises SET revenue_wan = 'n/a' WHERE fid = 2", ()),
        ("UPDATE enterprises SET address = ? WHERE fid = 2", (b"\x01\x02",)),
        ("UPDATE enterprises SET geom = ? WHERE fid = 2", (b"\x01\x01\x00\x00\x00",)),
        ("UPDATE enterprises SET geom = 'POINT (1 2)' WHERE fid = 2", ()),
    ],
)
def test_fast_read_falls_back_on_values_gdal_would_coerce(
    big_store: ProjectStore, sql: str, params: tuple
) -> None:
    assert _fast(big_store, "enterprises") is not None
    _poke(big_store.path, sql, params)
    assert _fast(big_store, "enterprises") is None
    try:
        want = _plain(big_store, "enterprises")
    except Exception as exc:  # noqa: BLE001 - the plain path's own verdict
        with pytest.raises(type(exc)):
            big_store.read_table("enterprises")
    else:
        _assert_same(big_store.read_table("enterprises"), want)


def test_fast_read_skips_small_tables_and_attribute_tables(tmp_path: Path) -> None:
    with ProjectStore.create(tmp_path / "small.gpkg") as store:
        store.insert_features("enterprises", make_enterprises(5), "tester")
        assert _fast(store, "enterprises") is None  # below MIN_ROWS
        assert _fast(store, "zp_settings") is None
        _assert_same(store.read_table("enterprises"), _plain(store, "enterprises"))


def test_fast_read_gdal_failure_falls_back_logged(
    big_store: ProjectStore, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    import pyogrio

    def broken(*_a, **_k):
        raise pyogrio.errors.DataSourceError("driver refused the snapshot")

    monkeypatch.setattr(pyogrio, "read_arrow", broken)
    with caplog.at_level("WARNING", logger="db.fast_read"):
        got = big_store.read_table("enterprises")
    _assert_same(got, _plain(big_store, "enterprises"))  # same rows, plain path
    assert "fast read of enterprises fell back to the plain path" in caplog.text
    assert "driver refused the snapshot" in caplog.text
