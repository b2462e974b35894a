"""Spatial facts about a parcel: districts, catalogue areas, zones, distances.

Everything is computed from the parcel polygon (EPSG:4490 lon/lat) against the
basemap's district outlines and the zone layer; areas are geodesic on the
CGCS2000 ellipsoid. Facts are plain data (:meth:`SiteFacts.to_dict`) so an
evaluation can snapshot them and be reproduced later.

Catalogue areas (seed 一(二), the 禁止和限制目录):

* 2015 edition "1+3": 城六区 / 城市发展新区 / 生态涵养发展区, by whole district.
* 2018 edition "1+4": 中心城区 (城六区, with 首都功能核心区 = 东城+西城 reported
  as well) / 北京城市副中心 / 副中心以外的平原地区 / 生态涵养区.

Two parts have no boundary on file and are approximated -- flagged
``indicative`` and named in :attr:`SiteFacts.notes`:

* 北京城市副中心: an indicative pentagon of about 152 km² around the Tongzhou new
  town (the plan's figure is about 155 km²), clipped to 通州 110112.
* The mountain parts of 昌平 110114 and 房山 110111 that belong to the
  生态涵养区: the side of an indicative piedmont polyline (roughly the foot of
  the Western and Jundu hills) away from the plain.

Two more overlays serve the rules: the catalogue's polygon areas (R4, e.g. a
ring-road extent: share of the parcel inside and distance to the edge) and the
regulatory-plan (控规) parcels with their control indicators (R6).

Zones count only when in force on the case's application date (the evaluation
date when it has none), with their current geometry; the ones the parcel
overlaps that were not in force are named instead. The decision and its
reasons are in :mod:`layers.cases.facts_zones`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from geo.measure import GEODESIC_METHOD, geodesic_areas_m2

# The facts API lives here too: the model types are re-exported.
from layers.cases.facts_model import AreaShare as AreaShare
from layers.cases.facts_model import Nearest as Nearest
from layers.cases.facts_model import PolygonFact as PolygonFact
from layers.cases.facts_model import RegulatoryFact as RegulatoryFact
from layers.cases.facts_model import SiteFacts as SiteFacts
from layers.cases.facts_overlays import polygon_facts, regulatory_facts
from layers.cases.facts_zones import NOT_FUNCTIONAL_KINDS as NOT_FUNCTIONAL_KINDS
from layers.cases.facts_zones import ZoneIndex

CORE = ("110101", "110102")
CENTRAL = ("110101", "110102", "110105", "110106", "110107", "110108")
NEW_DEV = ("110111", "110112", "110113", "110114", "110115")
ECO = ("110109", "110116", "110117", "110118", "110119")
MOUNTAIN_SPLIT = ("110111", "110114")
SUBCENTRE_DISTRICT = "110112"
_SUBCENTRE_LL = [
    (116.60, 39.86),
    (116.74, 39.84),
    (116.78, 39.92),
    (116.72, 39.97),
    (116.62, 39.96),
]
_PIEDMONT_LL = [
    (115.85, 39.40),
    (115.90, 39.55),
    (115.98, 39.68),
    (116.05, 39.78),
    (116.12, 39.90),
    (116.10, 40.00),
    (116.05, 40.05),
    (116.15, 40.17),
    (116.25, 40.25),
    (116.40, 40.30),
    (116.60, 40.36),
    (117.60, 40.80),
]
NOTE_SUBCENTRE = (
    "北京城市副中心范围为示意（约152 km²多边形，与通州区求交），"
    "indicative sub-centre polygon"
)
NOTE_MOUNTAIN = "昌平、房山山区部分按示意山前线划分，indicative piedmont line"


class FactsContext:
    """District outlines, catalogue-area polygons and zones, prepared once.

    Parameters
    ----------
    basemap : GeoDataFrame
        ``admin`` layer (adcode, name_zh, level), EPSG:4490.
    zones : GeoDataFrame or None
        Zones (code, name_zh, kind, focus_categories, optional focus_source),
        EPSG:4490; None when the zone layer is not loaded (R5 then reports it).
    regulatory : GeoDataFrame or None
        控规 parcels (parcel_code, plan_name, approval_date, landuse_code,
        far_max, building_density_max, green_ratio_min, height_max_m, source,
        synthetic), EPSG:4490; None when the project has no such layer.
    """

    def __init__(
        self, basemap: Any, zones: Any | None, regulatory: Any | None = None
    ) -> None:
        bj = basemap[
            (basemap["level"] == "district")
            & basemap["adcode"].astype(str).str.startswith("11")
        ]
        self.districts = {
            str(a): (str(n), g)
            for a, n, g in zip(bj["adcode"], bj["name_zh"], bj.geometry, strict=True)
        }
        others = basemap[
            (basemap["level"] == "district")
            & ~basemap["adcode"].astype(str).str.startswith("11")
        ]
        self.other_districts = {
            str(a): (str(n), g)
            for a, n, g in zip(
                others["adcode"], others["name_zh"], others.geometry, strict=True
            )
        }
        for g in [
            *(v[1] for v in self.districts.values()),
            *(v[1] for v in self.other_districts.values()),
        ]:
            shapely.prepare(g)
        self.zones = zones
        self.zone_index = ZoneIndex(zones) if zones is not None and len(zones) else None
        self.regulatory = regulatory
        self.areas = self._catalogue_areas()

    def _union(self, codes: tuple[str, ...]) -> BaseGeometry:
        return shapely.union_all(
            [self.districts[c][1] for c in codes if c in self.districts]
        )

    def _catalogue_areas(self) -> dict[str, list[tuple[str, BaseGeometry, bool]]]:
        tz = self.districts.get(SUBCENTRE_DISTRICT, (None, shapely.Polygon()))[1]
        subcentre = shapely.intersection(shapely.Polygon(_SUBCENTRE_LL), tz)
        hills = shapely.Polygon(
            [*_PIEDMONT_LL, (117.6, 41.2), (115.2, 41.2), (115.2, 39.40)]
        )
        mountain = shapely.intersection(self._union(MOUNTAIN_SPLIT), hills)
        plain = shapely.difference(
            self._union(NEW_DEV), shapely.union(subcentre, mountain)
        )
        areas = {
            "2015": [
                ("城六区", self._union(CENTRAL), False),
                ("城市发展新区", self._union(NEW_DEV), False),
                ("生态涵养发展区", self._union(ECO), False),
            ],
            "2018": [
                ("首都功能核心区", self._union(CORE), False),
                ("中心城区", self._union(CENTRAL), False),
                ("北京城市副中心", subcentre, True),
                ("副中心以外的平原地区", plain, True),
                ("生态涵养区", shapely.union(self._union(ECO), mountain), True),
            ],
        }
        for rows in areas.values():
            for _, g, _ in rows:
                shapely.prepare(g)
        return areas

    # --- facts --------------------------------------------------------------
    def _shares(
        self,
        parcel: BaseGeometry,
        site_m2: float,
        items: list[tuple[str, str, BaseGeometry, bool]],
    ) -> list[AreaShare]:
        hits = [
            (k, n, g, ind)
            for k, n, g, ind in items
            if not g.is_empty and shapely.intersects(g, parcel)
        ]
        if not hits:
            return []
        inter = shapely.intersection(parcel, np.array([h[2] for h in hits], object))
        m2 = geodesic_areas_m2(inter)
        out = [
            AreaShare(
                k, n, round(float(a), 1), float(a) / site_m2 if site_m2 else 0.0, ind
            )
            for (k, n, _, ind), a in zip(hits, m2, strict=True)
            if a > 0.5
        ]
        return sorted(out, key=lambda s: -s.area_m2)

    def compute(
        self,
        parcel_ll: BaseGeometry | None,
        polygons: dict[str, str] | None = None,
        zones_on: str | None = None,
        zones_basis: str = "evaluation_date",
    ) -> SiteFacts:
        """Return the spatial facts of a parcel given in EPSG:4490 lon/lat.

        ``polygons`` maps area keys to WKT (EPSG:4490) of catalogue polygon
        areas (R4) the parcel is measured against. Zones count when in force
        on ``zones_on`` (ISO date; default today), which came from
        ``zones_basis`` (``received_date`` or ``evaluation_date``).
        """
        day = dt.date.fromisoformat(zones_on) if zones_on else dt.date.today()
        if parcel_ll is None or parcel_ll.is_empty:
            return SiteFacts(
                0.0,
                GEODESIC_METHOD,
                zones_available=self.zones is not None,
                notes=["无宗地图形 no parcel geometry"],
                regulatory_available=self.regulatory is not None,
                zones_date=day.isoformat(),
                zones_date_basis=zones_basis,
            )
        if not parcel_ll.is_valid:
            parcel_ll = shapely.make_valid(parcel_ll)
        site = float(geodesic_areas_m2(np.array([parcel_ll], object))[0])
        dist_items = [
            (k, n, g, False)
            for k, (n, g) in [*self.districts.items(), *self.other_districts.items()]
        ]
        facts = SiteFacts(
            site,
            GEODESIC_METHOD,
            districts=self._shares(parcel_ll, site, dist_items),
            zones_available=self.zones is not None,
            zones_date=day.isoformat(),
            zones_date_basis=zones_basis,
        )
        for ed, rows in self.areas.items():
            facts.catalogue_areas[ed] = self._shares(
                parcel_ll, site, [(n, n, g, ind) for n, g, ind in rows]
            )
        if self.zone_index is not None:
            facts.zones, facts.zones_left_out = self.zone_index.overlaps(
                parcel_ll, site, day
            )
            facts.nearest_functional_area = self.zone_index.nearest(parcel_ll, day)
        facts.area_polygons = polygon_facts(parcel_ll, site, polygons or {})
        facts.regulatory = regulatory_facts(self.regulatory, parcel_ll, site)
        facts.regulatory_available = self.regulatory is not None
        names = {s.key for rows in facts.catalogue_areas.values() for s in rows}
        if (
            names & {"北京城市副中心", "副中心以外的平原地区"}
            and SUBCENTRE_DISTRICT in facts.district_adcodes()
        ):
            facts.notes.append(NOTE_SUBCENTRE)
        if set(facts.district_adcodes()) & set(MOUNTAIN_SPLIT):
            facts.notes.append(NOTE_MOUNTAIN)
        if any(z.indicative for z in facts.zones):
            facts.notes.append("功能区边界为示意范围 zone boundaries are indicative")
        return facts


def compute_facts(
    parcel_ll: BaseGeometry | None, basemap: Any, zones: Any
) -> SiteFacts:
    """Return the facts of one parcel (builds a throw-away :class:`FactsContext`)."""
    return FactsContext(basemap, zones).compute(parcel_ll)


def districts_of(ctx: FactsContext, geoms_ll: Any) -> list[list[str]]:
    """Return, per parcel (EPSG:4490), the Beijing district adcodes it touches."""
    codes = list(ctx.districts)
    tree = shapely.STRtree([ctx.districts[c][1] for c in codes])
    geoms = np.asarray(geoms_ll, dtype=object)
    out: list[list[str]] = [[] for _ in range(len(geoms))]
    valid = np.array([g is not None and not g.is_empty for g in geoms], bool)
    if valid.any():
        idx = np.flatnonzero(valid)
        src, dst = tree.query(geoms[valid], predicate="intersects")
        for s, d in zip(src, dst, strict=True):
            out[idx[s]].append(codes[d])
    return out
