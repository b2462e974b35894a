"""Tests for geo.crs: registry, transformers, GK zones, CRS specs."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from geo import crs
from geo.crs import (
    CRS_REGISTRY,
    CoordSource,
    get_crs,
    get_transformer,
    gk_zone_epsg,
    gk_zone_epsg_prefixed,
    parse_crs_spec,
    to_storage,
    transform_geometry,
    transform_xy,
)

# Published sample, shared/domain/README.md.
SAMPLE_LL = (116.391, 39.9075)
SAMPLE_4548 = (447924.86, 4419435.96)


def _beijing_points(n: int = 2000) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(42)
    return rng.uniform(115.42, 117.51, n), rng.uniform(39.44, 41.06, n)


def test_transform_xy_published_sample_within_1cm():
    x, y = transform_xy(*SAMPLE_LL, crs.STORAGE_EPSG, crs.DISPLAY_EPSG_DEFAULT)
    assert abs(x - SAMPLE_4548[0]) < 0.01
    assert abs(y - SAMPLE_4548[1]) < 0.01


def test_transform_xy_zone_prefixed_easting():
    x, y = transform_xy(*SAMPLE_LL, 4490, "EPSG:4527")
    assert abs(x - 39_447_924.86) < 0.01
    assert abs(y - SAMPLE_4548[1]) < 0.01


def test_transform_xy_round_trip_beijing_within_1mm():
    lon, lat = _beijing_points()
    x, y = transform_xy(lon, lat, 4490, 4548)
    lon2, lat2 = transform_xy(x, y, 4548, 4490)
    x2, y2 = transform_xy(lon2, lat2, 4490, 4548)
    assert np.max(np.hypot(x2 - x, y2 - y)) < 0.001
    # ~1 mm in degrees at Beijing's latitude
    assert np.max(np.abs(lon2 - lon)) < 1e-8
    assert np.max(np.abs(lat2 - lat)) < 1e-8


def test_transform_xy_wgs84_to_cgcs2000_is_identity():
    lon, lat = _beijing_points(100)
    lon2, lat2 = transform_xy(lon, lat, 4326, 4490)
    np.testing.assert_allclose(lon2, lon, atol=1e-9)
    np.testing.assert_allclose(lat2, lat, atol=1e-9)


def test_transform_xy_keeps_shape_and_nan():
    x, y = transform_xy(
        np.array([[116.0, np.nan]]), np.array([[40.0, 40.0]]), 4490, 4548
    )
    assert x.shape == (1, 2)
    assert np.isfinite(x[0, 0])
    assert np.isnan(x[0, 1])
    assert np.isnan(y[0, 1])


def test_transform_xy_same_crs_returns_copy():
    lon = np.array([116.0])
    x, _ = transform_xy(lon, [40.0], 4490, "EPSG:4490")
    x[0] = 0.0
    assert lon[0] == 116.0


def test_transform_geometry_matches_transform_xy():
    poly = shapely.box(116.3, 39.9, 116.4, 40.0)
    projected = transform_geometry(poly, 4490, 4548)
    coords = shapely.get_coordinates(poly)
    x, y = transform_xy(coords[:, 0], coords[:, 1], 4490, 4548)
    np.testing.assert_allclose(shapely.get_coordinates(projected), np.c_[x, y])


def test_transform_geometry_array_keeps_none_and_empty():
    arr = np.array([shapely.Point(*SAMPLE_LL), None, shapely.Polygon()], dtype=object)
    out = transform_geometry(arr, 4490, 4548)
    assert out[0].x == pytest.approx(SAMPLE_4548[0], abs=0.01)
    assert out[1] is None
    assert out[2].is_empty


def test_get_transformer_is_cached_and_always_xy():
    t = get_transformer(4490, 4548)
    assert t is get_transformer("EPSG:4490", "4548")
    x, y = t.transform(*SAMPLE_LL)
    assert x < 1_000_000 < y  # easting first although EPSG:4548 declares northing first


def test_get_crs_accepts_int_and_strings():
    assert get_crs(4548) is get_crs("EPSG:4548") is get_crs("epsg:4548")
    assert get_crs("4490").is_geographic


@pytest.mark.parametrize("bad", ["EPSG:999999", "EPSG:", "foo", "4548x"])
def test_get_crs_rejects_bad_codes(bad):
    with pytest.raises(ValueError):
        get_crs(bad)


def test_crs_registry_agrees_with_proj():
    assert set(CRS_REGISTRY) == {4490, 4326, 4548, 4547, 4549, 4527, 3857}
    for code, info in CRS_REGISTRY.items():
        assert info.epsg == code
        assert get_crs(code).is_geographic == info.is_geographic
        assert info.units == ("degree" if info.is_geographic else "metre")


@pytest.mark.parametrize(
    ("lon", "epsg"),
    [
        (116.391, 4548),  # Tiananmen
        (114.9, 4547),  # Zhangjiakou
        (118.7, 4549),  # Caofeidian
        (119.2, 4549),  # Chengde's east
        (113.8, 4547),  # Zhangjiakou's west
        (115.5, 4548),  # zone edge goes east
        (115.4999, 4547),
        (118.5, 4549),
        (75.0, 4534),
        (135.0, 4554),
    ],
)
def test_gk_zone_epsg_cases(lon, epsg):
    assert gk_zone_epsg(lon) == epsg


def test_gk_zone_epsg_prefixed_cases():
    assert gk_zone_epsg_prefixed(116.391) == 4527
    assert gk_zone_epsg_prefixed(114.9) == 4526
    assert gk_zone_epsg_prefixed(118.7) == 4528


@pytest.mark.parametrize("lon", [116.391, 114.9, 118.7, 75.0, 135.0])
def test_gk_zone_epsg_central_meridian_matches_proj(lon):
    cm = 3 * round(lon / 3)
    for code in (gk_zone_epsg(lon), gk_zone_epsg_prefixed(lon)):
        params = {p.name: p.value for p in get_crs(code).coordinate_operation.params}
        assert params["Longitude of natural origin"] == cm


@pytest.mark.parametrize("lon", [72.0, 137.0, float("nan"), float("inf")])
def test_gk_zone_epsg_rejects_outside_zones(lon):
    with pytest.raises(ValueError):
        gk_zone_epsg(lon)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("EPSG:4548", CoordSource("epsg", 4548)),
        ("epsg:3857", CoordSource("epsg", 3857)),
        ("4548", CoordSource("epsg", 4548)),
        ("wgs84", CoordSource("epsg", 4326)),
        ("WGS-84", CoordSource("epsg", 4326)),
        ("cgcs2000", CoordSource("epsg", 4490)),
        ("gcj02", CoordSource("gcj02", 4326)),
        ("GCJ-02", CoordSource("gcj02", 4326)),
        ("bd09", CoordSource("bd09", 4326)),
        ("gk117", CoordSource("epsg", 4548)),
        ("gk:114", CoordSource("epsg", 4547)),
        ("GK 120", CoordSource("epsg", 4549)),
    ],
)
def test_parse_crs_spec_accepts(spec, expected):
    assert parse_crs_spec(spec) == expected


@pytest.mark.parametrize("spec", ["", "mars", "gk116", "gk:200", "EPSG:999999", "gcj"])
def test_parse_crs_spec_rejects_with_clear_message(spec):
    with pytest.raises(ValueError, match=r"gk|EPSG|coordinate|unknown"):
        parse_crs_spec(spec)


def test_coord_source_label():
    assert parse_crs_spec("gcj02").label == "gcj02"
    assert parse_crs_spec("4548").label == "EPSG:4548"


def test_to_storage_from_projected_and_offsets():
    lon, lat = to_storage(*SAMPLE_4548, parse_crs_spec("gk117"))
    assert lon == pytest.approx(SAMPLE_LL[0], abs=1e-7)
    assert lat == pytest.approx(SAMPLE_LL[1], abs=1e-7)
    lon, lat = to_storage(116.404, 39.915, parse_crs_spec("gcj02"))
    assert 116.39 < lon < 116.40
    lon, lat = to_storage([116.0], [40.0], parse_crs_spec("wgs84"))
    assert lon[0] == 116.0
