"""Tests for geo.snapping (coordinates in a projected CRS, metres)."""

from __future__ import annotations

import shapely

from geo.snapping import SnapResult, nearest_point_on_segment, nearest_vertex

SQUARE = shapely.Polygon([(0, 0), (10, 0), (10, 10), (0, 10)])  # counter-clockwise
WITH_HOLE = shapely.Polygon(
    [(100, 0), (200, 0), (200, 100), (100, 100)],
    [[(140, 40), (140, 60), (160, 60), (160, 40)]],
)


def test_nearest_vertex_within_tolerance():
    hit = nearest_vertex([SQUARE, WITH_HOLE], 10.5, 9.0, 2.0)
    assert hit == SnapResult(0, (0, 0, 2), 10.0, 10.0, hit.distance)
    assert hit.distance == (0.5**2 + 1.0) ** 0.5


def test_nearest_vertex_none_beyond_tolerance():
    assert nearest_vertex([SQUARE], 20.0, 20.0, 2.0) is None
    assert nearest_vertex([], 0.0, 0.0, 2.0) is None
    assert nearest_vertex([None, shapely.Polygon()], 0.0, 0.0, 2.0) is None


def test_nearest_vertex_in_hole_of_second_part():
    multi = shapely.MultiPolygon([SQUARE, WITH_HOLE])
    feature, path, x, y, _ = nearest_vertex(
        [shapely.Point(500, 500), multi], 161, 61, 3
    )
    assert (feature, path, x, y) == (1, (1, 1, 2), 160.0, 60.0)


def test_nearest_vertex_closing_vertex_reports_index_zero():
    hit = nearest_vertex([SQUARE], -0.5, -0.5, 1.0)
    assert hit is not None
    assert hit.path == (0, 0, 0)


def test_nearest_vertex_on_lines_and_points():
    line = shapely.LineString([(0, 0), (5, 5), (10, 0)])
    hit = nearest_vertex([shapely.Point(50, 50), line], 5.2, 5.1, 1.0)
    assert hit is not None and hit.feature_index == 1 and hit.path == (0, 0, 1)
    hit = nearest_vertex([shapely.Point(50, 50), line], 50.1, 50.0, 1.0)
    assert hit is not None and hit.feature_index == 0 and hit.path == (0, 0, 0)


def test_nearest_point_on_segment_projects_onto_edge():
    hit = nearest_point_on_segment([SQUARE], 4.0, 10.5, 1.0)
    assert hit == SnapResult(0, (0, 0, 2), 4.0, 10.0, 0.5)


def test_nearest_point_on_segment_hole_edge_and_clamping():
    hit = nearest_point_on_segment([SQUARE, WITH_HOLE], 150.0, 41.0, 2.0)
    assert hit is not None
    assert (hit.feature_index, hit.path, hit.x, hit.y) == (1, (0, 1, 3), 150.0, 40.0)
    # Beyond a segment's end the nearest point is the end vertex.
    hit = nearest_point_on_segment([shapely.LineString([(0, 0), (10, 0)])], 11, 0.5, 2)
    assert hit is not None and (hit.x, hit.y) == (10.0, 0.0)


def test_nearest_point_on_segment_none_and_ignores_points():
    assert nearest_point_on_segment([SQUARE], 5.0, 5.0, 1.0) is None
    assert nearest_point_on_segment([shapely.Point(0, 0)], 0.0, 0.0, 1.0) is None
    assert nearest_point_on_segment([], 0.0, 0.0, 1.0) is None


def test_nearest_point_on_segment_handles_duplicate_vertices():
    line = shapely.LineString([(0, 0), (0, 0), (10, 0)])
    hit = nearest_point_on_segment([line], 5.0, 1.0, 2.0)
    assert hit is not None and hit.path == (0, 0, 1) and hit.distance == 1.0
