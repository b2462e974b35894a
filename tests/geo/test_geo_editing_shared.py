"""Topological vertex insertion: a vertex added on a shared edge goes to both."""

from __future__ import annotations

import shapely

from geo.editing_ops import insert_shared_vertex, segments_between

A = shapely.Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])
B = shapely.MultiPolygon([shapely.box(1, 0, 2, 1)])  # shares A's east edge
C = shapely.box(1, 1, 2, 2)  # touches A only at a corner
D = shapely.Polygon([(1, 0.2), (3, 0.2), (3, 0.8), (1, 0.8)])  # along part of it


def test_geo_segments_between_finds_the_edge_in_both_directions():
    hits = segments_between([A, B, C, D], (1, 0), (1, 1), 1e-9)
    assert hits == [(0, (0, 0, 1)), (1, (0, 0, 2))]
    assert segments_between([A, B], (1, 1), (1, 0), 1e-9) == hits[:2]
    assert segments_between([A], (0, 0), (1, 1), 1e-9) == []  # a diagonal


def test_geo_insert_shared_vertex_keeps_neighbours_edge_matched():
    geoms = [A, B, C, D]
    out = insert_shared_vertex(geoms, (1, 0), (1, 1), 1.0, 0.5, 1e-9)
    assert sorted(out) == [0, 1]  # the corner and the partial neighbour untouched
    a, b = out[0], out[1]
    assert (1.0, 0.5) in list(a.exterior.coords)
    assert (1.0, 0.5) in list(b.geoms[0].exterior.coords)
    assert b.geom_type == "MultiPolygon" and a.geom_type == "Polygon"
    assert a.equals(A) and b.equals(B)  # the same shapes, one vertex more
    assert len(a.exterior.coords) == len(A.exterior.coords) + 1
    shared = set(a.exterior.coords) & set(b.geoms[0].exterior.coords)
    assert shared == {(1.0, 0.0), (1.0, 0.5), (1.0, 1.0)}
    assert geoms[0] is A and len(A.exterior.coords) == 5  # inputs not mutated


def test_geo_insert_shared_vertex_on_every_copy_of_the_edge_in_one_feature():
    # A self-touching ring would be odd; two parts sharing an edge are not.
    two = shapely.MultiPolygon([A, shapely.box(1, 0, 2, 1)])
    out = insert_shared_vertex([two], (1, 0), (1, 1), 1.0, 0.25, 1e-9)
    parts = list(out[0].geoms)
    assert all((1.0, 0.25) in list(p.exterior.coords) for p in parts)


def test_geo_project_on_segment_clamps_to_the_segment():
    from geo.editing_ops import project_on_segment

    assert project_on_segment((0, 0), (2, 0), 1.0, 0.3) == (1.0, 0.0)
    assert project_on_segment((0, 0), (2, 0), 5.0, 1.0) == (2.0, 0.0)
    assert project_on_segment((1, 1), (1, 1), 0.0, 0.0) == (1.0, 1.0)
