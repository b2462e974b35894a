"""Overlays of a parcel the rules need: catalogue polygons (R4), 控规 parcels (R6).

Also the reading of a zone's focus categories and their sources (R5). Areas are
geodesic on the CGCS2000 ellipsoid; distances planar in the parcel's own
Gauss-Krueger zone. Input geometries are EPSG:4490 lon/lat.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from geo.crs import gk_zone_epsg, transform_geometry
from geo.measure import geodesic_areas_m2
from layers.cases.facts_model import PolygonFact, RegulatoryFact
from layers.zones.focus import parse_focus_source

INDICATOR_KEYS = ("far_max", "building_density_max", "green_ratio_min", "height_max_m")


def split_list(value: Any) -> tuple[str, ...]:
    """Return the items of a ";"-joined text (empty for None or NaN)."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ()
    return tuple(s.strip() for s in str(value).split(";") if s.strip())


def focus_sources(value: Any) -> tuple[tuple[str, str], ...]:
    """Return (category, source) pairs from a zone's ``focus_source`` text.

    Accepted: the shipped form (layers.zones.focus: ``04 (九) 金融「quote」;
    07 …``), JSON ``{"04": "(九) 金融街…"}`` or a list of such pairs,
    ``04:(九);07:(九)`` pairs, or one text that sources every category.

    >>> focus_sources("04 (九) 金融产业「提升金融街的金融产业能级」")
    (('04', '(九) 金融产业「提升金融街的金融产业能级」'),)
    >>> focus_sources("04:(九);07:(九) 商务")
    (('04', '(九)'), ('07', '(九) 商务'))
    >>> focus_sources("seed (八)")
    (('*', 'seed (八)'),)
    """
    import json

    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ()
    text = str(value).strip()
    if not text:
        return ()
    shipped = parse_focus_source(text)
    if shipped:
        return tuple((e.category, e.text()[3:]) for e in shipped)
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, dict):
        return tuple((str(k), _source_text(v)) for k, v in data.items())
    if isinstance(data, list):
        return tuple(
            (str(d.get("category", "*")), _source_text(d))
            for d in data
            if isinstance(d, dict)
        )
    parts = [p.strip() for p in re.split(r"[;；]", text) if p.strip()]
    pairs = [re.match(r"^(\d{2})\s*[:：]\s*(.+)$", p) for p in parts]
    if parts and all(pairs):
        return tuple((m.group(1), m.group(2).strip()) for m in pairs if m)
    return (("*", text),)


def _source_text(v: Any) -> str:
    if isinstance(v, dict):
        bits = [str(v.get(k)) for k in ("clause", "quote", "source") if v.get(k)]
        return " ".join(bits) or json_text(v)
    return str(v)


def json_text(v: Any) -> str:
    """Return ``v`` as compact JSON text (Chinese kept)."""
    import json

    return json.dumps(v, ensure_ascii=False)


def polygon_facts(
    parcel_ll: BaseGeometry, site_m2: float, polygons: dict[str, str]
) -> dict[str, PolygonFact]:
    """Return, per polygon area, the parcel's share inside and the edge distance.

    Distances are planar in the parcel's Gauss-Krueger zone (metres).
    """
    if not polygons:
        return {}
    keys = list(polygons)
    geoms = shapely.from_wkt(np.array([polygons[k] for k in keys], dtype=object))
    inside = geodesic_areas_m2(shapely.intersection(parcel_ll, geoms))
    epsg = gk_zone_epsg(shapely.centroid(parcel_ll).x)
    p = transform_geometry(parcel_ll, 4490, epsg)
    edges = transform_geometry(shapely.boundary(geoms), 4490, epsg)
    dist = shapely.distance(p, edges)
    return {
        k: PolygonFact(
            k, round(float(a) / site_m2, 4) if site_m2 else 0.0, round(float(d), 1)
        )
        for k, a, d in zip(keys, inside, dist, strict=True)
    }


def _num(v: Any) -> float | None:
    try:
        x = float(v)
    except (TypeError, ValueError):
        return None
    return None if np.isnan(x) else x


def regulatory_facts(
    parcels: Any, parcel_ll: BaseGeometry, site_m2: float
) -> list[RegulatoryFact]:
    """Return the 控规 parcels the case parcel overlaps, largest overlap first."""
    if parcels is None or len(parcels) == 0:
        return []
    cand = parcels[parcels.geometry.intersects(parcel_ll)]
    if cand.empty:
        return []
    m2 = geodesic_areas_m2(shapely.intersection(parcel_ll, cand.geometry.values))
    out = []
    for (fid, row), a in zip(cand.iterrows(), m2, strict=True):
        if a <= 1.0:
            continue
        limits = {
            k: v
            for k in (
                "far_max",
                "building_density_max",
                "green_ratio_min",
                "height_max_m",
            )
            if (v := _num(row.get(k))) is not None
        }
        out.append(
            RegulatoryFact(
                int(fid),
                _str(row.get("parcel_code")),
                _str(row.get("plan_name")),
                _str(row.get("approval_date")),
                _str(row.get("landuse_code")),
                limits,
                _str(row.get("source")),
                bool(_num(row.get("synthetic")) or 0),
                round(float(a), 1),
                float(a) / site_m2 if site_m2 else 0.0,
            )
        )
    return sorted(out, key=lambda r: (-r.area_m2, r.parcel_code))


def _str(v: Any) -> str:
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return ""
    return str(v)
