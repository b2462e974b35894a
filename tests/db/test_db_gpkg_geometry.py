"""GeoPackage binary geometry round trips."""

from __future__ import annotations

import numpy as np
import shapely

from db import gpkg_geometry


def test_gpkg_geometry_round_trip_mixed() -> None:
    hole = shapely.Polygon(
        [(0, 0), (10, 0), (10, 10), (0, 10)], [[(2, 2), (3, 2), (3, 3), (2, 3)]]
    )
    geoms = [
        shapely.MultiPolygon([hole, shapely.box(20, 20, 21, 21)]),
        shapely.from_wkt("MULTIPOLYGON EMPTY"),
        None,
        shapely.Point(116.4, 39.9),
        shapely.from_wkt("POINT EMPTY"),
        shapely.LineString([(0, 0), (1, 1)]),
    ]
    blobs = gpkg_geometry.encode(geoms)
    assert blobs[2] is None
    back = gpkg_geometry.decode(blobs)
    assert back[2] is None
    for a, b in zip(geoms, back, strict=False):
        if a is not None:
            assert shapely.equals_exact(a, b, 0) or (a.is_empty and b.is_empty)
            assert a.geom_type == b.geom_type


def test_gpkg_geometry_header_layout() -> None:
    poly = shapely.MultiPolygon([shapely.box(116.0, 39.0, 117.0, 40.0)])
    blob = gpkg_geometry.encode([poly])[0]
    assert blob[:3] == b"GP\x00"
    assert blob[3] == 0x03  # little endian, envelope [minx, maxx, miny, maxy]
    assert int.from_bytes(blob[4:8], "little") == 4490
    env = np.frombuffer(blob, "<f8", 4, 8)
    assert env.tolist() == [116.0, 117.0, 39.0, 40.0]
    assert gpkg_geometry.envelope(blob) == (116.0, 117.0, 39.0, 40.0)
    empty = gpkg_geometry.encode([shapely.from_wkt("MULTIPOLYGON EMPTY")])[0]
    assert empty[3] == 0x11  # empty flag (bit 4), no envelope
    assert gpkg_geometry.is_empty(empty) and gpkg_geometry.envelope(empty) is None


def test_gpkg_geometry_points_fast_path_round_trip() -> None:
    rng = np.random.default_rng(3)
    pts = shapely.points(rng.uniform(115, 118, 5000), rng.uniform(39, 41, 5000))
    blobs = gpkg_geometry.encode(pts)
    assert {len(b) for b in blobs} == {29}
    back = gpkg_geometry.decode(blobs)
    assert shapely.equals_exact(back, pts, 0).all()
    assert gpkg_geometry.envelope(blobs[0])[0] == shapely.get_x(pts[0])
