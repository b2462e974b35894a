"""Tests for geo.validate: validity, repair, orientation, overlaps, gaps."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from geo.crs import transform_geometry
from geo.measure import geodesic_area
from geo.validate import (
    ValidityIssue,
    check_validity,
    find_overlaps,
    find_slivers_and_gaps,
    normalize_orientation,
    outside_districts,
    repair,
)

X0, Y0 = 447924.86, 4419435.96  # Tiananmen in EPSG:4548
BOW_TIE = shapely.Polygon(
    [(116.0, 39.9), (116.01, 39.91), (116.01, 39.9), (116.0, 39.91)]
)


def _box_ll(x0: float, y0: float, x1: float, y1: float) -> shapely.Geometry:
    """Return a box given in metres from Tiananmen (EPSG:4548), as lon/lat."""
    square = shapely.segmentize(shapely.box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1), 10.0)
    return transform_geometry(square, 4548, 4490)


def test_check_validity_reports_bow_tie_with_reason_and_location():
    issues = check_validity([shapely.box(116, 39.9, 116.01, 39.91), BOW_TIE])
    assert issues == [ValidityIssue(1, "Self-intersection", (116.005, 39.905))]


def test_check_validity_reports_missing_geometry_and_accepts_empty():
    issues = check_validity([None, shapely.Polygon()])
    assert issues == [ValidityIssue(0, "Missing geometry", None)]


def test_check_validity_reports_ring_self_intersection():
    # A hole touching the shell along an edge: invalid, location given.
    poly = shapely.Polygon(
        [(0, 0), (4, 0), (4, 4), (0, 4)], [[(0, 1), (2, 1), (2, 2), (0, 2)]]
    )
    (issue,) = check_validity(np.array([poly], dtype=object))
    assert issue.index == 0
    assert issue.location is not None
    assert issue.reason


def test_repair_bow_tie_gives_valid_geometry_and_description():
    result = repair(BOW_TIE)
    assert result.changed
    assert result.geometry.is_valid
    assert result.geometry.geom_type == "MultiPolygon"
    assert len(result.geometry.geoms) == 2
    assert "Self-intersection at (116.005000, 39.905000) fixed" in result.description
    assert "area changed from 0 to" in result.description
    assert "parts 1 -> 2" in result.description
    assert all(p.exterior.is_ccw for p in result.geometry.geoms)


def test_repair_keeps_only_polygonal_parts():
    # A zero-width spike: repaired by linework it would leave a LineString behind.
    spiky = shapely.Polygon(
        [
            (116.0, 39.9),
            (116.02, 39.9),
            (116.02, 39.91),
            (116.03, 39.91),
            (116.02, 39.91),
            (116.02, 39.92),
            (116.0, 39.92),
        ]
    )
    assert not spiky.is_valid
    result = repair(spiky)
    assert result.geometry.is_valid
    assert result.geometry.geom_type == "Polygon"
    assert result.geometry.area == pytest.approx(spiky.area)


def test_repair_valid_geometry_unchanged():
    poly = shapely.box(116.0, 39.9, 116.01, 39.91)  # counter-clockwise already
    result = repair(poly)
    assert not result.changed
    assert result.description == "valid; no change"
    assert result.geometry.equals_exact(poly, 0.0)


def test_repair_valid_clockwise_polygon_is_reoriented():
    cw = shapely.box(116.0, 39.9, 116.01, 39.91, ccw=False)
    result = repair(cw)
    assert result.changed
    assert result.geometry.exterior.is_ccw
    assert result.geometry.equals(cw)
    assert "orientation" in result.description


def test_repair_none():
    assert repair(None).geometry is None


def test_normalize_orientation_shell_ccw_and_holes_cw():
    shell = [(0, 0), (0, 10), (10, 10), (10, 0)]  # clockwise
    hole = [(2, 2), (4, 2), (4, 4), (2, 4)]  # counter-clockwise
    poly = shapely.Polygon(shell, [hole])
    fixed = normalize_orientation(poly)
    assert fixed.exterior.is_ccw
    assert not fixed.interiors[0].is_ccw
    arr = normalize_orientation(
        np.array([poly, shapely.MultiPolygon([poly]), None, shapely.Point(1, 1)])
    )
    assert arr[0].exterior.is_ccw
    assert arr[1].geoms[0].exterior.is_ccw
    assert not arr[1].geoms[0].interiors[0].is_ccw
    assert arr[2] is None
    assert arr[3].equals(shapely.Point(1, 1))


def test_find_overlaps_two_squares_expected_area():
    # Two 100 m squares overlapping by 50 m x 100 m = 5000 m²; a third only touches.
    geoms = [
        _box_ll(0, 0, 100, 100),
        _box_ll(50, 0, 150, 100),
        _box_ll(0, 100, 100, 200),
    ]
    overlaps = find_overlaps(geoms, ["a", "b", "c"])
    assert len(overlaps) == 1
    id_a, id_b, area_m2, geom = overlaps[0]
    assert (id_a, id_b) == ("a", "b")
    assert area_m2 == pytest.approx(5000, rel=0.005)
    assert geom.geom_type == "Polygon"
    assert geodesic_area(geom).m2 == pytest.approx(area_m2)


def test_find_overlaps_reports_containment_once_and_filters_by_area():
    outer = _box_ll(0, 0, 100, 100)
    inner = _box_ll(10, 10, 20, 20)  # 100 m²
    overlaps = find_overlaps([outer, inner, None], [1, 2, 3])
    assert [(o.id_a, o.id_b) for o in overlaps] == [(1, 2)]
    assert overlaps[0].area_m2 == pytest.approx(100, rel=0.005)
    assert find_overlaps([outer, inner], [1, 2], min_area_m2=150) == []


def test_find_overlaps_survives_invalid_input():
    overlaps = find_overlaps([BOW_TIE, shapely.box(116.0, 39.9, 116.01, 39.91)], [1, 2])
    assert len(overlaps) == 1
    assert overlaps[0].area_m2 > 0


def test_find_overlaps_rejects_mismatched_ids():
    with pytest.raises(ValueError, match="ids"):
        find_overlaps([_box_ll(0, 0, 1, 1)], [1, 2])


def test_find_slivers_and_gaps():
    geoms = [
        _box_ll(0, 0, 300, 100),  # south
        _box_ll(0, 200, 300, 300),  # north
        _box_ll(0, 100, 100, 200),  # west
        _box_ll(102, 100, 300.5, 200),  # east: 2 m x 100 m gap to the west one
        _box_ll(300, 0, 400, 300),  # overlaps south/north/east by 0.5 m strips
        _box_ll(1000, 0, 1100, 100),  # alone, with its own hole
    ]
    own_hole = _box_ll(1040, 40, 1060, 60)
    geoms[5] = shapely.Polygon(geoms[5].exterior, [own_hole.exterior])
    result = find_slivers_and_gaps(geoms, list("SNWEXH"), max_area_m2=500)
    assert len(result.gaps) == 1
    gap = result.gaps[0]
    assert gap.area_m2 == pytest.approx(200, rel=0.01)
    assert gap.neighbour_ids == tuple("SNWE")
    sliver_pairs = {(s.id_a, s.id_b) for s in result.slivers}
    assert sliver_pairs == {("E", "X")}
    assert result.slivers[0].area_m2 == pytest.approx(50, rel=0.01)


def test_find_slivers_and_gaps_ignores_large_ones():
    geoms = [_box_ll(0, 0, 100, 100), _box_ll(50, 0, 150, 100)]
    result = find_slivers_and_gaps(geoms, [1, 2], max_area_m2=100)
    assert result.slivers == [] and result.gaps == []


def test_outside_districts_shares():
    district = _box_ll(0, 0, 1000, 1000)
    assert outside_districts(_box_ll(100, 100, 200, 200), [district]) == 0.0
    half = outside_districts(_box_ll(900, 0, 1100, 100), [district], tolerance_m=0)
    assert half == pytest.approx(0.5, abs=1e-3)
    assert outside_districts(_box_ll(2000, 0, 2100, 100), [district]) == 1.0


def test_outside_districts_tolerance_forgives_boundary_noise():
    district = _box_ll(0, 0, 1000, 1000)
    overhang = _box_ll(500, 0, 1010, 500)  # 10 m over the district edge
    assert outside_districts(overhang, [district], tolerance_m=0) > 0.01
    assert outside_districts(overhang, [district], tolerance_m=20) == 0.0


def test_outside_districts_union_of_several_and_points():
    west = _box_ll(0, 0, 500, 1000)
    east = _box_ll(500, 0, 1000, 1000)
    assert outside_districts(_box_ll(400, 0, 600, 100), [west, east]) == 0.0
    point_inside = transform_geometry(shapely.Point(X0 + 10, Y0 + 10), 4548, 4490)
    assert outside_districts(point_inside, [west]) == 0.0
    assert outside_districts(shapely.Polygon(), [west]) == 0.0
