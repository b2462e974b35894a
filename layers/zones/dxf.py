"""DXF for zones: closed polylines become polygons, texts inside become attributes.

DXF has no coordinate system, so the importer asks the user for one. Rings
nested inside other rings become holes (even-odd nesting, as CAD hatches
do). A TEXT/MTEXT whose insertion point lies in a polygon gives it attributes:
lines ``key=value`` (or ``key: value``) set that field, other text is joined
into ``label``. Export writes the same convention, so a round trip keeps
the attributes. ezdxf is imported inside the functions (start-up speed).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import shapely

from layers.zones.safe_input import ZoneImportError

_KV = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]{0,40})\s*[=:]\s*(.*)$")


def _rings(msp: Any) -> list[tuple[shapely.Polygon, str]]:
    out = []
    for e in msp.query("LWPOLYLINE POLYLINE"):
        if e.dxftype() == "LWPOLYLINE":
            pts = [(float(x), float(y)) for x, y, *_ in e.get_points("xy")]
            closed = bool(e.closed)
        else:
            pts = [
                (float(v.dxf.location.x), float(v.dxf.location.y)) for v in e.vertices
            ]
            closed = bool(e.is_closed)
        if len(pts) >= 2 and pts[0] == pts[-1]:
            closed, pts = True, pts[:-1]
        if closed and len(pts) >= 3:
            poly = shapely.Polygon(pts)
            if poly.area > 0:
                out.append((poly, str(e.dxf.layer)))
    return out


def _texts(msp: Any) -> list[tuple[float, float, str, str]]:
    out = []
    for e in msp.query("TEXT MTEXT"):
        text = e.plain_text() if e.dxftype() == "MTEXT" else e.dxf.text
        p = e.dxf.insert
        out.append((float(p.x), float(p.y), str(text), str(e.dxf.layer)))
    return out


def _nest(
    rings: list[tuple[shapely.Polygon, str]],
) -> list[tuple[shapely.Polygon, str]]:
    order = sorted(range(len(rings)), key=lambda i: -rings[i][0].area)
    polys = [rings[i][0] for i in order]
    tree = shapely.STRtree(polys)
    depth, parent = {}, {}
    for k, poly in enumerate(polys):
        holders = [
            j
            for j in tree.query(poly, predicate="within")
            if j != k and polys[j].area > poly.area
        ]
        depth[k] = len(holders)
        if holders:
            parent[k] = min(holders, key=lambda j: polys[j].area)
    shells: dict[int, list[Any]] = {
        k: [] for k in range(len(polys)) if depth[k] % 2 == 0
    }
    for k, d in depth.items():
        if d % 2 == 1 and parent.get(k) in shells:
            shells[parent[k]].append(polys[k].exterior.coords)
    return [
        (shapely.Polygon(polys[k].exterior.coords, holes), rings[order[k]][1])
        for k, holes in shells.items()
    ]


def read_dxf(path: Path, outer: Path | None = None) -> gpd.GeoDataFrame:
    """Return polygons (no CRS) with ``dxf_layer``, text attributes and ``label``."""
    from ezdxf import recover
    from ezdxf.lldxf.const import DXFStructureError

    outer = outer or path
    with open(path, "rb") as fh:
        head = fh.read(64)
    if b"SECTION" not in head and not head.startswith(b"AutoCAD Binary DXF"):
        raise ZoneImportError(outer, "not a DXF drawing (no SECTION header)")
    try:
        doc, _auditor = recover.readfile(str(path))
    except (OSError, DXFStructureError, ValueError, UnicodeError) as exc:
        raise ZoneImportError(outer, f"damaged DXF ({exc})") from None
    msp = doc.modelspace()
    rings = _rings(msp)
    # Nest per DXF layer: zones of different kinds overlap (the ZGC zone holds
    # all parks), and a park is not a hole of the zone around it.
    polys = [
        p
        for lyr in dict.fromkeys(r[1] for r in rings)
        for p in _nest([r for r in rings if r[1] == lyr])
    ]
    if not polys:
        raise ZoneImportError(outer, "no closed polylines (polygons) in the drawing")
    texts = _texts(msp)
    records: list[dict[str, Any]] = []
    tree = shapely.STRtree([p for p, _ in polys])
    for _ in polys:
        records.append({})
    for x, y, text, tlayer in texts:
        hits = tree.query(shapely.Point(x, y), predicate="intersects")
        same = [i for i in hits if polys[i][1] == tlayer]
        cands = same or list(hits)
        if len(cands) == 0:
            continue
        rec = records[int(min(cands, key=lambda i: polys[i][0].area))]
        for line in str(text).splitlines():
            m = _KV.match(line)
            if m:
                rec[m.group(1)] = m.group(2).strip()
            elif line.strip():
                rec["label"] = ";".join(filter(None, [rec.get("label"), line.strip()]))
    for rec, (_, lyr) in zip(records, polys, strict=True):
        rec["dxf_layer"] = lyr
    return _merge_by_code(records, [p for p, _ in polys])


def _merge_by_code(records: list[dict[str, Any]], geoms: list[Any]) -> gpd.GeoDataFrame:
    """Join the parts of a multi-part zone (labels with the same code)."""
    order: list[Any] = []
    groups: dict[Any, list[int]] = {}
    for i, rec in enumerate(records):
        key = rec.get("code") or ("_part", i)
        if key not in groups:
            order.append(key)
            groups[key] = []
        groups[key].append(i)
    rows = [records[groups[k][0]] for k in order]
    merged = [
        shapely.MultiPolygon([geoms[i] for i in groups[k]])
        if len(groups[k]) > 1
        else geoms[groups[k][0]]
        for k in order
    ]
    cols = sorted({c for r in rows for c in r})
    return gpd.GeoDataFrame(
        {c: [r.get(c) for r in rows] for c in cols}, geometry=merged, crs=None
    )


def write_dxf(gdf: gpd.GeoDataFrame, out: Path, fields: list[str]) -> None:
    """Write polygons as closed LWPOLYLINEs and one MTEXT of ``key=value`` lines each.

    Coordinates are written as they are (the caller transformed them).
    """
    from ezdxf.filemanagement import new

    doc = new("R2010")
    msp = doc.modelspace()
    for _, row in gdf.iterrows():
        geom = row[gdf.geometry.name]
        if geom is None or geom.is_empty:
            continue
        layer = str(row.get("kind") or "zones")
        if layer not in doc.layers:
            doc.layers.add(layer)
        for poly in shapely.get_parts(geom):
            for ring in [poly.exterior, *poly.interiors]:
                pts = np.asarray(ring.coords)[:-1]
                msp.add_lwpolyline(
                    pts.tolist(), close=True, dxfattribs={"layer": layer}
                )
        lines = [
            f"{f}={row[f]}"
            for f in fields
            if f in row and isinstance(row[f], str) and row[f]
        ]
        lines += [
            f"{f}={row[f]!r}"
            for f in fields
            if f in row and isinstance(row[f], float) and np.isfinite(row[f])
        ]
        if not lines:
            continue
        # One label per part: the importer merges parts that share a code.
        for poly in shapely.get_parts(geom):
            p = shapely.point_on_surface(poly)
            msp.add_mtext(
                "\\P".join(lines), dxfattribs={"layer": layer, "insert": (p.x, p.y)}
            )
    doc.saveas(out)
