"""Tests for geo.offsets: GCJ-02 / BD-09 conversions."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from geo import offsets
from geo.measure import distance_m
from geo.offsets import (
    bd09_to_gcj02,
    bd09_to_wgs84,
    convert_from_cgcs2000,
    convert_to_cgcs2000,
    gcj02_to_bd09,
    gcj02_to_wgs84,
    in_china,
    wgs84_to_bd09,
    wgs84_to_gcj02,
)

ALL_FUNCTIONS = [
    wgs84_to_gcj02,
    gcj02_to_wgs84,
    gcj02_to_bd09,
    bd09_to_gcj02,
    wgs84_to_bd09,
    bd09_to_wgs84,
]


def _china_points(n: int = 10_000) -> tuple[np.ndarray, np.ndarray]:
    """Return random points of the mainland box, minus the excluded areas."""
    rng = np.random.default_rng(7)
    lon = rng.uniform(73.6, 134.7, 3 * n)
    lat = rng.uniform(18.2, 53.5, 3 * n)
    keep = in_china(lon, lat)
    return lon[keep][:n], lat[keep][:n]


def _beijing_points(n: int = 5000) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(3)
    return rng.uniform(115.42, 117.51, n), rng.uniform(39.44, 41.06, n)


def test_gcj02_to_bd09_published_sample():
    lon, lat = gcj02_to_bd09(116.404, 39.915)
    assert lon == pytest.approx(116.41036949371029, abs=1e-12)
    assert lat == pytest.approx(39.92133699351021, abs=1e-12)


def test_wgs84_to_gcj02_matches_coordtransform_sample():
    # coordtransform's test/app.js: wgs84togcj02(116.404, 39.915)
    lon, lat = wgs84_to_gcj02(116.404, 39.915)
    assert lon == pytest.approx(116.41024449916938, abs=1e-12)
    assert lat == pytest.approx(39.91640428150164, abs=1e-12)


def test_bd09_to_gcj02_close_to_standard_formula():
    # coordtransform's closed form gives (116.39762729119315, 39.90865673957631);
    # the iterative inverse may differ from it by its ~0.2 m approximation error.
    lon, lat = bd09_to_gcj02(116.404, 39.915)
    assert distance_m(lon, lat, 116.39762729119315, 39.90865673957631) < 0.3
    back = gcj02_to_bd09(lon, lat)
    assert distance_m(*back, 116.404, 39.915) < 0.001


def test_wgs84_to_gcj02_shift_in_beijing():
    # Measured over Beijing's bounding box (115.42-117.51 E, 39.44-41.06 N):
    # 505-613 m; the central city (116.2-116.6 E, 39.75-40.05 N) 507-557 m.
    lon, lat = _beijing_points()
    shift = distance_m(lon, lat, *wgs84_to_gcj02(lon, lat))
    assert shift.min() > 500
    assert shift.max() < 620


def test_wgs84_to_bd09_shift_in_beijing():
    # Measured over the same box: 1.29-1.44 km.
    lon, lat = _beijing_points()
    shift = distance_m(lon, lat, *wgs84_to_bd09(lon, lat))
    assert shift.min() > 1280
    assert shift.max() < 1450


def test_gcj02_to_wgs84_round_trip_below_1cm():
    lon, lat = _china_points()
    back = gcj02_to_wgs84(*wgs84_to_gcj02(lon, lat))
    assert np.max(distance_m(lon, lat, *back)) < 0.01


def test_bd09_to_wgs84_round_trip_below_1cm():
    lon, lat = _china_points()
    back = bd09_to_wgs84(*wgs84_to_bd09(lon, lat))
    assert np.max(distance_m(lon, lat, *back)) < 0.01


def test_bd09_to_gcj02_round_trip_below_1cm():
    lon, lat = _china_points()
    back = bd09_to_gcj02(*gcj02_to_bd09(lon, lat))
    assert np.max(distance_m(lon, lat, *back)) < 0.01


def test_gcj02_to_wgs84_one_step_inverse_is_not_enough():
    lon, lat = _china_points()
    gcj = wgs84_to_gcj02(lon, lat)
    dlon, dlat = offsets._delta(*gcj)
    one_step = distance_m(lon, lat, gcj[0] - dlon, gcj[1] - dlat)
    assert one_step.max() > 1.0  # metres: why the inverse iterates


def test_round_trip_exact_next_to_excluded_areas():
    # Points just inside mainland China next to Hong Kong and Taiwan's box.
    lon = np.array([114.06, 113.93, 119.90, 114.23])
    lat = np.array([22.54, 22.49, 25.30, 22.58])
    assert in_china(lon, lat).all()
    back = gcj02_to_wgs84(*wgs84_to_gcj02(lon, lat))
    assert np.max(distance_m(lon, lat, *back)) < 0.01


@pytest.mark.parametrize(
    ("lon", "lat"),
    [
        (139.7, 35.7),  # Tokyo
        (2.35, 48.86),  # Paris
        (121.56, 25.03),  # Taipei
        (119.57, 23.57),  # Penghu
        (114.158, 22.285),  # Hong Kong, Central
        (114.17, 22.32),  # Hong Kong, Kowloon
        (113.541, 22.197),  # Macau peninsula
        (113.56, 22.15),  # Macau, Cotai
        (-74.0, 40.7),  # New York
    ],
)
def test_outside_china_unchanged(lon, lat):
    assert not in_china(lon, lat)
    for func in ALL_FUNCTIONS:
        out_lon, out_lat = func(lon, lat)
        assert (out_lon, out_lat) == (lon, lat)


@pytest.mark.parametrize(
    ("lon", "lat"),
    [
        (116.391, 39.9075),  # Beijing
        (114.06, 22.54),  # Shenzhen, Futian
        (113.55, 22.225),  # Zhuhai, Gongbei
        (118.09, 24.48),  # Xiamen
        (87.6, 43.8),  # Urumqi
    ],
)
def test_in_china_mainland_points(lon, lat):
    assert in_china(lon, lat)


def test_nan_passthrough_without_warnings():
    lon = np.array([np.nan, 116.4, np.nan])
    lat = np.array([39.9, np.nan, np.nan])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for func in ALL_FUNCTIONS:
            out_lon, out_lat = func(lon, lat)
            assert np.isnan(out_lon[0])
            assert np.isnan(out_lat[1])
            assert np.isnan(out_lon[2])
            assert np.isnan(out_lat[2])


def test_scalars_and_arrays_keep_shape():
    lon, lat = wgs84_to_gcj02(116.4, 39.9)
    assert np.shape(lon) == () and np.shape(lat) == ()
    assert in_china(116.4, 39.9).shape == ()
    grid_lon, grid_lat = np.meshgrid([116.3, 116.4, 116.5], [39.8, 39.9])
    out_lon, out_lat = bd09_to_wgs84(grid_lon, grid_lat)
    assert out_lon.shape == out_lat.shape == (2, 3)
    lon_list, _ = gcj02_to_wgs84([116.4, 116.5], [39.9, 39.9])
    assert lon_list.shape == (2,)


def test_inputs_not_modified():
    lon = np.array([116.4])
    lat = np.array([39.9])
    gcj02_to_wgs84(lon, lat)
    bd09_to_wgs84(lon, lat)
    assert (lon[0], lat[0]) == (116.4, 39.9)


@pytest.mark.parametrize("source", ["wgs84", "cgcs2000", "WGS-84", "CGCS2000"])
def test_convert_to_cgcs2000_passthrough(source):
    lon, lat = convert_to_cgcs2000([116.4], [39.9], source)
    assert (lon[0], lat[0]) == (116.4, 39.9)


@pytest.mark.parametrize("source", ["gcj02", "bd09", "GCJ-02", "BD-09"])
def test_convert_round_trip_through_cgcs2000(source):
    lon, lat = _china_points(1000)
    there = convert_from_cgcs2000(lon, lat, source)
    assert np.median(distance_m(lon, lat, *there)) > 100  # really offset
    back = convert_to_cgcs2000(*there, source)
    assert np.max(distance_m(lon, lat, *back)) < 0.01


@pytest.mark.parametrize("source", ["mars", "", "epsg:4326"])
def test_convert_to_cgcs2000_rejects_unknown_source(source):
    with pytest.raises(ValueError, match="unknown coordinate source"):
        convert_to_cgcs2000(116.4, 39.9, source)
