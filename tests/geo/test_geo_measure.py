"""Tests for geo.measure: areas, lengths, distances and planners' units."""

from __future__ import annotations

import numpy as np
import pyproj
import pytest
import shapely

from geo.crs import transform_geometry
from geo.measure import (
    GEODESIC_METHOD,
    M2_PER_HA,
    M2_PER_MU,
    AreaResult,
    LengthResult,
    distance_m,
    geodesic_area,
    geodesic_areas_m2,
    geodesic_length,
    planar_area,
    planar_length,
)

# Tiananmen in EPSG:4548 (shared/domain/README.md).
X0, Y0 = 447924.86, 4419435.96


def _square_ll(size_m: float, x0: float = X0, y0: float = Y0, epsg: int = 4548):
    """Return a size_m x size_m square built in a GK zone, as EPSG:4490 lon/lat."""
    square = shapely.segmentize(shapely.box(x0, y0, x0 + size_m, y0 + size_m), 10.0)
    return transform_geometry(square, epsg, 4490)


def test_units_mu_and_hectare():
    assert abs(M2_PER_MU - 2000 / 3) < 1e-12
    assert AreaResult(M2_PER_MU, GEODESIC_METHOD).mu == pytest.approx(1.0)
    assert AreaResult(M2_PER_HA, GEODESIC_METHOD).ha == 1.0
    assert AreaResult(2.5e6, GEODESIC_METHOD).km2 == 2.5
    assert LengthResult(1500.0, GEODESIC_METHOD).km == 1.5


def test_area_result_formats():
    result = AreaResult(123456.0, GEODESIC_METHOD)
    assert result.format_zh() == "12.35 公顷 / 185.2 亩 / 123,456 m²"
    assert result.format_en() == "12.35 ha / 185.2 亩 (mu) / 123,456 m²"
    assert LengthResult(1234.4, GEODESIC_METHOD).format_zh() == "1.23 公里 / 1,234 米"


def test_geodesic_area_100m_square_is_15_mu():
    # Hand computation: 100 m x 100 m = 10,000 m² = 10000 / (10000/15) = 15 亩.
    # GK grid metres are ~3e-5 longer than ground metres this close to CM 117E.
    result = geodesic_area(_square_ll(100.0))
    assert result.m2 == pytest.approx(10_000, rel=0.005)
    assert result.mu == pytest.approx(15.0, rel=0.005)
    assert result.method == "geodesic CGCS2000 ellipsoid"


def test_geodesic_and_planar_agree_in_beijing():
    poly = shapely.Polygon(
        [(116.30, 39.90), (116.36, 39.89), (116.40, 39.93), (116.33, 39.96)]
    )
    geodesic = geodesic_area(poly).m2
    planar = planar_area(poly)
    assert planar.m2 == pytest.approx(geodesic, rel=0.001)
    assert "EPSG:4548" in planar.method


@pytest.mark.parametrize(
    ("lon", "epsg"),
    [(114.9, 4547), (116.4, 4548), (118.6, 4549)],  # Zhangjiakou, Beijing, Caofeidian
)
def test_planar_area_uses_the_features_own_zone(lon, epsg):
    poly = shapely.box(lon, 40.0, lon + 0.02, 40.02)
    result = planar_area(poly)
    assert f"EPSG:{epsg}" in result.method
    assert result.m2 == pytest.approx(geodesic_area(poly).m2, rel=0.001)


def test_planar_area_in_given_crs():
    poly = _square_ll(100.0)
    result = planar_area(poly, epsg=4548)
    assert result.m2 == pytest.approx(10_000, abs=0.5)
    assert result.method.startswith("planar EPSG:4548")


def test_geodesic_area_subtracts_holes_whatever_the_orientation():
    outer = shapely.box(116.0, 40.0, 116.02, 40.02)
    inner = shapely.box(116.005, 40.005, 116.015, 40.015)
    expected = geodesic_area(outer).m2 - geodesic_area(inner).m2
    hole_cw = shapely.Polygon(outer.exterior.coords, [inner.exterior.coords[::-1]])
    hole_ccw = shapely.Polygon(outer.exterior.coords, [inner.exterior.coords])
    shell_cw = shapely.Polygon(outer.exterior.coords[::-1], [inner.exterior.coords])
    for poly in (hole_cw, hole_ccw, shell_cw):
        assert geodesic_area(poly).m2 == pytest.approx(expected, rel=1e-9)
    assert expected == pytest.approx(0.75 * geodesic_area(outer).m2, rel=0.001)


def test_geodesic_area_matches_pyproj_on_oriented_polygons():
    geod = pyproj.Geod(ellps="GRS80")
    rng = np.random.default_rng(1)
    centres = shapely.points(rng.uniform(115.5, 117.5, 50), rng.uniform(39.5, 41, 50))
    polys = shapely.buffer(centres, rng.uniform(0.001, 0.05, 50), quad_segs=4)
    expected = [abs(geod.geometry_area_perimeter(p)[0]) for p in polys]
    np.testing.assert_allclose(geodesic_areas_m2(polys), expected, rtol=1e-9)


def test_geodesic_areas_m2_multipolygon_collections_and_none():
    a = shapely.box(116.0, 40.0, 116.01, 40.01)
    b = shapely.box(116.02, 40.0, 116.03, 40.01)
    single = geodesic_area(a).m2
    nested = shapely.GeometryCollection(
        [shapely.MultiPolygon([a, b]), shapely.LineString([(116, 40), (117, 40)])]
    )
    areas = geodesic_areas_m2(
        [shapely.MultiPolygon([a, b]), None, shapely.Point(116, 40), nested, a]
    )
    assert areas[0] == pytest.approx(2 * single, rel=1e-4)
    assert areas[1] == 0.0 and areas[2] == 0.0
    assert areas[3] == pytest.approx(areas[0])
    assert areas[4] == pytest.approx(single)
    assert geodesic_areas_m2([]).shape == (0,)


def test_geodesic_area_of_box_at_40n():
    # 0.01 deg x 0.01 deg at 40 N: ~1110.5 m (north) x ~853.9 m (east) = ~0.948 km².
    result = geodesic_area(shapely.box(116.0, 40.0, 116.01, 40.01))
    assert result.km2 == pytest.approx(0.948, abs=0.001)


def test_geodesic_length_of_line_and_polygon():
    line = shapely.LineString([(116.0, 40.0), (116.0, 41.0)])
    assert geodesic_length(line).m == pytest.approx(111_044, abs=5)
    square = _square_ll(100.0)
    assert geodesic_length(square).m == pytest.approx(400.0, rel=0.001)
    assert geodesic_length(None).m == 0.0


def test_planar_length_in_own_zone():
    line = transform_geometry(
        shapely.LineString([(X0, Y0), (X0 + 1000, Y0)]), 4548, 4490
    )
    result = planar_length(line)
    assert result.m == pytest.approx(1000.0, abs=0.01)
    assert geodesic_length(line).m == pytest.approx(1000.0, rel=0.001)


def test_distance_m_vectorised_with_nan():
    d = distance_m(
        [116.0, np.nan, 116.0], 40.0, [116.0, 116.0, 116.0], [41.0, 41.0, 40.0]
    )
    assert d.shape == (3,)
    assert d[0] == pytest.approx(111_044, abs=5)
    assert np.isnan(d[1])
    assert d[2] == 0.0
    assert np.shape(distance_m(116.0, 40.0, 116.0, 41.0)) == ()


def test_geodesic_areas_m2_accepts_geoseries():
    geopandas = pytest.importorskip("geopandas")
    series = geopandas.GeoSeries([shapely.box(116.0, 40.0, 116.01, 40.01), None])
    np.testing.assert_allclose(
        geodesic_areas_m2(series), geodesic_areas_m2(series.values)
    )
    assert geodesic_areas_m2(series)[1] == 0.0
