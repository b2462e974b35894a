"""The zones a case's facts use: those in force on the case's application date.

A case is judged against the zones as they stood when it was applied for, the
way its catalogue edition is (seed 一(二); :func:`layers.cases.case_fields.
application_date`): the case's ``received_date``, or the evaluation date when
the case has none (the facts, the panel and the report say which).

**Valid time only, with the current geometry.** A zone counts when its
effective range (``effective_from``/``effective_to``, read by
:class:`layers.zones.as_of.EffectiveRanges`, the same rule as *View ▸ Zones as
of a date…*) covers that day. Its boundary is the one saved now, not the version
the audit log held on that day (record time, :func:`layers.zones.as_of.
zones_as_of` with a history): when a planner corrects a digitising error, the
correction is what the zone always meant, and it must count for every case. A
boundary that really changed on a date (an extension) is a new zone record with
its own effective range, not an edit.

A zone the parcel overlaps but that was not in force is left out of the facts
and named (:class:`~layers.cases.facts_model.ZoneLeftOut`), so R5, the results
panel and the report can say why it does not count.

:class:`ZoneIndex` prepares the zone layer once per facts context: attribute
arrays, effective ranges, one in-force mask per distinct date (cached), and the
functional areas projected once per Gauss-Krüger zone, so evaluating many cases
costs one vectorised overlay per case, never a filter of the layer per case.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from geo.crs import gk_zone_epsg, transform_geometry
from geo.measure import geodesic_areas_m2, planar_method
from layers.cases.facts_model import AreaShare, Nearest, SiteFacts, ZoneLeftOut
from layers.cases.facts_overlays import focus_sources, split_list
from layers.zones.as_of import EffectiveRanges

#: Zone kinds that are not high-end functional areas (seed 九): everything else is.
NOT_FUNCTIONAL_KINDS = ("zgc_zone", "zgc_park", "cooperation_platform")
#: Overlaps below this (m²) are digitising noise, not an overlap.
MIN_OVERLAP_M2 = 0.5
#: In-force masks kept per context (distinct dates); a register spans far fewer.
MAX_CACHED_DAYS = 4096


def _texts(zones: Any, column: str) -> list[str]:
    if column not in zones:
        return [""] * len(zones)
    return ["" if v is None or v != v else str(v) for v in zones[column]]


class ZoneIndex:
    """The zone layer prepared for many parcels and many dates.

    Parameters
    ----------
    zones : GeoDataFrame
        Zones (code, name_zh, kind, focus_categories, optional focus_source,
        boundary_status, effective_from, effective_to), EPSG:4490 lon/lat.
    """

    def __init__(self, zones: Any) -> None:
        self.geoms = np.asarray(zones.geometry.values, dtype=object)
        shapely.prepare(self.geoms)
        self.codes = _texts(zones, "code")
        self.names = _texts(zones, "name_zh")
        self.kinds = _texts(zones, "kind")
        self.status = _texts(zones, "boundary_status")
        self.starts = _texts(zones, "effective_from")
        self.ends = _texts(zones, "effective_to")
        self.focus = [split_list(v) for v in _col(zones, "focus_categories")]
        self.sources = [focus_sources(v) for v in _col(zones, "focus_source")]
        self.ranges = EffectiveRanges.of(zones)
        self.functional = ~np.isin(np.asarray(self.kinds), NOT_FUNCTIONAL_KINDS)
        if "kind" not in zones:
            self.functional[:] = False
        self._masks: dict[dt.date, np.ndarray] = {}
        self._projected: dict[int, np.ndarray] = {}

    def in_force(self, day: dt.date) -> np.ndarray:
        """Return the mask of zones in force on ``day`` (computed once per day)."""
        mask = self._masks.get(day)
        if mask is None:
            if len(self._masks) >= MAX_CACHED_DAYS:
                self._masks.clear()
            mask = self._masks[day] = self.ranges.in_force(day)
        return mask

    def _share(self, i: int, m2: float, site_m2: float) -> AreaShare:
        return AreaShare(
            self.codes[i],
            self.names[i],
            round(m2, 1),
            m2 / site_m2 if site_m2 else 0.0,
            self.status[i] != "official",
            self.kinds[i],
            self.focus[i],
            self.sources[i],
        )

    def overlaps(
        self, parcel: BaseGeometry, site_m2: float, day: dt.date
    ) -> tuple[list[AreaShare], list[ZoneLeftOut]]:
        """Return the zones in force the parcel (EPSG:4490) overlaps, and those left out."""
        hit = np.flatnonzero(shapely.intersects(self.geoms, parcel))
        if hit.size == 0:
            return [], []
        m2 = geodesic_areas_m2(shapely.intersection(parcel, self.geoms[hit]))
        mask, not_yet = self.in_force(day), self.ranges.not_yet(day)
        shares, left = [], []
        for i, a in zip(hit.tolist(), m2.tolist(), strict=True):
            if a <= MIN_OVERLAP_M2:
                continue
            if mask[i]:
                shares.append(self._share(i, a, site_m2))
                continue
            s = self._share(i, a, site_m2)
            reason = "not_yet" if not_yet[i] else "ended"
            left.append(
                ZoneLeftOut(
                    s.key,
                    s.name_zh,
                    s.area_m2,
                    s.share,
                    self.starts[i],
                    self.ends[i],
                    reason,
                )
            )
        return (
            sorted(shares, key=lambda s: (-s.area_m2, s.key)),
            sorted(left, key=lambda s: (-s.area_m2, s.key)),
        )

    def _gk(self, epsg: int) -> np.ndarray:
        geoms = self._projected.get(epsg)
        if geoms is None:
            geoms = np.full(len(self.geoms), None, dtype=object)
            idx = np.flatnonzero(self.functional)
            if idx.size:
                geoms[idx] = transform_geometry(self.geoms[idx], 4490, epsg)
            self._projected[epsg] = geoms
        return geoms

    def nearest(self, parcel: BaseGeometry, day: dt.date) -> Nearest | None:
        """Return the nearest functional area in force on ``day`` (planar GK metres)."""
        idx = np.flatnonzero(self.functional & self.in_force(day))
        if idx.size == 0:
            return None
        epsg = gk_zone_epsg(shapely.centroid(parcel).x)
        p = transform_geometry(parcel, 4490, epsg)
        d = shapely.distance(p, self._gk(epsg)[idx])
        k = int(np.argmin(d))
        i = int(idx[k])
        return Nearest(
            self.codes[i], self.names[i], round(float(d[k]), 1), planar_method(epsg)
        )


def _col(zones: Any, column: str) -> list[Any]:
    return list(zones[column]) if column in zones else [None] * len(zones)


# --- wording (R5, the results panel and the report say the same) ---------------
_DAY_ZH = {"received_date": "申请日", "evaluation_date": "评估日"}
_DAY_EN = {"received_date": "the application date", "evaluation_date": "that date"}


def zones_date_text(facts: SiteFacts) -> tuple[str, str]:
    """Return (zh, en): which day's zones the facts use, and that boundaries are current.

    Empty strings for facts made before zones were dated.

    >>> f = SiteFacts(1.0, "m", zones_date="2016-05-01", zones_date_basis="received_date")
    >>> zones_date_text(f)[0]
    '功能区：按 2016-05-01（申请受理日期）有效的范围；边界为当前保存的图形'
    """
    if not facts.zones_date:
        return "", ""
    day = facts.zones_date
    if facts.zones_date_basis == "evaluation_date":
        return (
            f"功能区：按 {day}（评估日期，案件未填申请受理日期）有效的范围；"
            "边界为当前保存的图形",
            f"Zones in force on {day} (the evaluation date: the case has no "
            "application date); boundaries as currently saved",
        )
    return (
        f"功能区：按 {day}（申请受理日期）有效的范围；边界为当前保存的图形",
        f"Zones in force on {day} (the application date); boundaries as currently "
        "saved",
    )


def left_out_texts(facts: SiteFacts) -> list[tuple[str, str]]:
    """Return (zh, en) per zone the parcel overlaps that was not in force.

    >>> z = ZoneLeftOut("FA-SG", "新首钢", 5e4, 0.5, "2016-11-22", "", "not_yet")
    >>> f = SiteFacts(1.0, "m", zones_date="2016-05-01",
    ...               zones_date_basis="received_date", zones_left_out=[z])
    >>> left_out_texts(f)[0][0]
    '新首钢（2016-11-22 起生效，占宗地 50%）：申请日尚未生效，未计入'
    """
    day_zh = _DAY_ZH.get(facts.zones_date_basis, "该日")
    day_en = _DAY_EN.get(facts.zones_date_basis, "that date")
    out = []
    for z in facts.zones_left_out:
        if z.reason == "not_yet":
            zh = f"{z.name_zh}（{z.effective_from} 起生效，占宗地 {z.share:.0%}）：{day_zh}尚未生效，未计入"
            en = (
                f"{z.name_zh} (in force from {z.effective_from}; {z.share:.0%} of "
                f"the parcel) was not yet in force on {day_en} ({facts.zones_date}): "
                "left out"
            )
        else:
            zh = f"{z.name_zh}（有效至 {z.effective_to}，占宗地 {z.share:.0%}）：{day_zh}已失效，未计入"
            en = (
                f"{z.name_zh} (in force until {z.effective_to}; {z.share:.0%} of "
                f"the parcel) was no longer in force on {day_en} "
                f"({facts.zones_date}): left out"
            )
        out.append((zh, en))
    return out
