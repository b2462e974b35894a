"""GeoPackage binary geometry blobs, encoded and decoded for whole arrays.

A blob is ``'GP'``, version 0, a flags byte, an int32 ``srs_id``, an optional
envelope and ISO WKB (GeoPackage 1.4, clause 2.1.3). We always write little
endian with envelope type 1 ``[minx, maxx, miny, maxy]``, except:

- empty geometries carry no envelope and set the empty flag (req. 152);
- points carry no envelope either (as GDAL writes them): a point's envelope is
  the point, and leaving it out keeps a million-point table 32 MB smaller.

Everything here works on numpy arrays; the only per-feature Python is slicing
``bytes`` objects, which SQLite needs one per row anyway.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

SRS_ID = 4490

_FLAG_LE = 0x01
_FLAG_ENV_XY = 0x02  # envelope indicator 1, shifted left by one
_FLAG_EMPTY = 0x10  # bit 4; bits 1-3 are the envelope code
_ENV_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}

_HEADER = np.dtype(
    [("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4")]
)
_HEADER_ENV = np.dtype(
    [
        ("magic", "S2"),
        ("version", "u1"),
        ("flags", "u1"),
        ("srs", "<i4"),
        ("env", "<f8", (4,)),
    ]
)
# Header + ISO WKB of a 2D point, little endian: 8 + 1 + 4 + 16 = 29 bytes.
_POINT_BLOB = np.dtype(
    [
        ("magic", "S2"),
        ("version", "u1"),
        ("flags", "u1"),
        ("srs", "<i4"),
        ("order", "u1"),
        ("wkb_type", "<u4"),
        ("x", "<f8"),
        ("y", "<f8"),
    ]
)
_WKB_POINT = 1


def encode(
    geoms: Sequence[BaseGeometry | None] | np.ndarray, srs_id: int = SRS_ID
) -> list[bytes | None]:
    """Encode shapely geometries as GeoPackage binary blobs.

    Parameters
    ----------
    geoms : array-like of shapely geometries or None
        Geometries in the CRS of ``srs_id`` (EPSG:4490 lon/lat by default).
        Only 2D is written; Z and M are dropped.
    srs_id : int
        The ``gpkg_spatial_ref_sys`` id written into every header.

    Returns
    -------
    list of bytes or None
        One blob per input, None where the input is None.

    Examples
    --------
    >>> blob = encode([shapely.Point(116.4, 39.9)])[0]
    >>> blob[:2], len(blob)
    (b'GP', 29)
    """
    arr = np.asarray(geoms, dtype=object)
    n = len(arr)
    if n == 0:
        return []
    missing = shapely.is_missing(arr)
    types = shapely.get_type_id(arr)
    if not missing.any() and (types == 0).all():
        return _encode_points(arr, srs_id)
    out: list[bytes | None] = [None] * n
    present = np.flatnonzero(~missing)
    if present.size == 0:
        return out
    g = arr[present]
    wkb = shapely.to_wkb(g, output_dimension=2, byte_order=1, flavor="iso")
    empty = shapely.is_empty(g)
    point = types[present] == 0
    no_env = empty | point
    head = np.zeros(len(g), dtype=_HEADER_ENV)
    head["magic"] = b"GP"
    head["flags"] = np.where(empty, _FLAG_LE | _FLAG_EMPTY, _FLAG_LE | _FLAG_ENV_XY)
    head["flags"][point & ~empty] = _FLAG_LE
    head["srs"] = srs_id
    b = shapely.bounds(g)  # minx, miny, maxx, maxy -> GeoPackage minx, maxx, miny, maxy
    head["env"] = b[:, [0, 2, 1, 3]]
    raw = head.tobytes()
    size = _HEADER_ENV.itemsize
    for k, (i, w, short) in enumerate(
        zip(present.tolist(), wkb, no_env.tolist(), strict=False)
    ):
        start = k * size
        out[i] = raw[start : start + (8 if short else size)] + w
    return out


def _encode_points(arr: np.ndarray, srs_id: int) -> list[bytes | None]:
    """Encode non-missing points through one fixed-size byte matrix."""
    rec = np.zeros(len(arr), dtype=_POINT_BLOB)
    rec["magic"] = b"GP"
    rec["srs"] = srs_id
    rec["order"] = 1
    rec["wkb_type"] = _WKB_POINT
    empty = shapely.is_empty(arr)
    rec["flags"] = np.where(empty, _FLAG_LE | _FLAG_EMPTY, _FLAG_LE)
    # An empty point is POINT(NaN NaN) in ISO WKB (GEOS and GDAL agree).
    xy = np.full((len(arr), 2), np.nan)
    xy[~empty] = shapely.get_coordinates(arr[~empty])
    rec["x"] = xy[:, 0]
    rec["y"] = xy[:, 1]
    # A void view turns each 29-byte record into one bytes object, NULs kept
    # (an 'S' view would strip trailing zero bytes of the y coordinate).
    return rec.view(f"V{_POINT_BLOB.itemsize}").tolist()


def decode(blobs: Sequence[bytes | None] | np.ndarray) -> np.ndarray:
    """Decode GeoPackage binary blobs into a shapely geometry array.

    Parameters
    ----------
    blobs : sequence of bytes or None
        Blobs as stored in a GeoPackage geometry column; None stays None.

    Returns
    -------
    numpy.ndarray
        Object array of shapely geometries (CRS as in the blobs' ``srs_id``).

    Examples
    --------
    >>> decode(encode([shapely.Point(116.4, 39.9), None])).tolist()
    [<POINT (116.4 39.9)>, None]
    """
    seq = list(blobs) if not isinstance(blobs, list) else blobs
    n = len(seq)
    out = np.empty(n, dtype=object)
    if n == 0:
        return out
    present = np.fromiter((b is not None for b in seq), dtype=bool, count=n)
    idx = np.flatnonzero(present)
    if idx.size == 0:
        return out
    vals = [seq[i] for i in idx.tolist()] if idx.size < n else seq
    lens = np.fromiter(map(len, vals), dtype=np.int64, count=len(vals))
    joined = b"".join(vals)
    if (lens == _POINT_BLOB.itemsize).all():
        rec = np.frombuffer(joined, dtype=_POINT_BLOB)
        if ((rec["flags"] & 0x0E) == 0).all() and (rec["wkb_type"] == _WKB_POINT).all():
            out[idx] = _points_from_records(rec)
            return out
    buf = np.frombuffer(joined, dtype=np.uint8)
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    _check_magic(buf, starts)
    flags = buf[starts + 3]
    env = (flags >> 1) & 0x07
    if (env > 4).any():
        raise ValueError("invalid GeoPackage envelope indicator")
    hlen = (8 + np.array([0, 32, 48, 48, 64])[env]).tolist()
    wkb = [v[h:] for v, h in zip(vals, hlen, strict=False)]
    out[idx] = shapely.from_wkb(wkb)
    return out


def _points_from_records(rec: np.ndarray) -> np.ndarray:
    """Build points from decoded fixed-size point records, empties kept empty."""
    if rec["order"].min() != 1:
        raise ValueError("big-endian point WKB is not supported on the fast path")
    pts = np.asarray(shapely.points(rec["x"], rec["y"]), dtype=object)
    empty = (rec["flags"] & _FLAG_EMPTY) != 0
    if empty.any():
        pts[empty] = shapely.from_wkt("POINT EMPTY")
    return pts


def _check_magic(buf: np.ndarray, starts: np.ndarray) -> None:
    if not ((buf[starts] == ord("G")) & (buf[starts + 1] == ord("P"))).all():
        raise ValueError("not a GeoPackage geometry blob (magic 'GP' missing)")


def envelope(blob: bytes | None) -> tuple[float, float, float, float] | None:
    """Return ``(minx, maxx, miny, maxy)`` of one blob, None if null or empty.

    Used by the SQL functions the R-tree triggers call (one row at a time by
    nature), so it reads the header envelope when there is one.
    """
    if blob is None or len(blob) < 8 or blob[:2] != b"GP":
        return None
    flags = blob[3]
    if flags & _FLAG_EMPTY:
        return None
    env = (flags >> 1) & 0x07
    order = "<" if flags & _FLAG_LE else ">"
    if env >= 1:
        e = np.frombuffer(blob, dtype=f"{order}f8", count=4, offset=8)
        return float(e[0]), float(e[1]), float(e[2]), float(e[3])
    g = shapely.from_wkb(blob[8:])
    if g is None or g.is_empty:
        return None
    b = g.bounds
    return b[0], b[2], b[1], b[3]


def is_empty(blob: bytes | None) -> bool | None:
    """Return whether a blob is flagged empty (None for NULL), as ST_IsEmpty."""
    if blob is None:
        return None
    if len(blob) < 8 or blob[:2] != b"GP":
        return None
    return bool(blob[3] & _FLAG_EMPTY)
