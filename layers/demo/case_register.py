"""A dozen deterministic demo conversion cases (示例), flagged in ``remarks``.

The parcels sit on plausible industrial sites (亦庄, 丰台 south, 新首钢, 顺义
空港, 通州, 大兴, 昌平, 海淀, 房山, 怀柔), plus one in the core area (西城) and one
straddling 朝阳/通州. Inputs vary so that every rule R1-R7 meets each of its
outcomes somewhere in the set, and some inputs are left empty on purpose.
Nothing here is a real application.
"""

from __future__ import annotations

import json
import math
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo.measure import geodesic_areas_m2
from layers.cases.case_fields import CASE_FIELDS
from layers.demo import DEMO_SEED
from layers.demo.case_sites import DemoSite, demo_sites
from layers.enterprises.credit_code import check_digit

#: The case attributes a demo case fills (the table's columns but the bookkeeping).
CASE_COLUMNS = [
    f
    for f in CASE_FIELDS
    if f not in ("row_version", "updated_at", "updated_by", "geometry")
]
FLAG_COLUMNS = (
    "land_owned",
    "self_operated",
    "relocating_unit",
    "applicant_is_industrial",
    "in_plan",
    "heritage_area",
)
DEMO_REMARK = "示例数据（虚构，非真实申请）"
_M_PER_DEG_LAT = 111_000.0


def _org_code(rng: np.random.Generator) -> str:
    """Return a 9-character organisation code with its GB 11714 check digit."""
    body = "".join(str(d) for d in rng.integers(0, 10, 8))
    w = (3, 7, 9, 10, 5, 8, 4, 2)
    c = 11 - sum(int(ch) * wi for ch, wi in zip(body, w, strict=True)) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def _credit_code(adcode: str, rng: np.random.Generator) -> str:
    """Return a synthetic but well-formed GB 32100 credit code (91 = enterprise)."""
    code17 = "91" + adcode + _org_code(rng)
    return code17 + check_digit(code17)


def _parcel(site: DemoSite, rng: np.random.Generator) -> shapely.MultiPolygon:
    """Return the parcel outline in EPSG:4490 (a rotated, digitised rectangle)."""
    w, h = site.w_m / 2, site.h_m / 2
    if site.notch:  # an L-shaped lot: a corner taken by a neighbour
        pts = [
            (-w, -h),
            (w, -h),
            (w, h * 0.2),
            (w * 0.3, h * 0.2),
            (w * 0.3, h),
            (-w, h),
        ]
    else:
        pts = [(-w, -h), (w, -h), (w, h), (-w, h)]
    a = math.radians(site.rot_deg)
    m_per_deg_lon = _M_PER_DEG_LAT * math.cos(math.radians(site.lat))
    out = []
    for x, y in pts:
        x, y = x + rng.normal(0, 2.0), y + rng.normal(0, 2.0)  # digitising noise
        xr = x * math.cos(a) - y * math.sin(a)
        yr = x * math.sin(a) + y * math.cos(a)
        out.append(
            (
                round(site.lon + xr / m_per_deg_lon, 7),
                round(site.lat + yr / _M_PER_DEG_LAT, 7),
            )
        )
    poly = shapely.Polygon(out)
    return shapely.MultiPolygon([shapely.orient_polygons(poly)])


_STATUS_BY = ("规划科 王工", "规划科 李工", "用地科 张工", "审批处 赵工")


def _link(site: DemoSite, enterprises: Any) -> tuple[str | None, str | None]:
    """Return (name, credit code) of the nearest demo enterprise, if any."""
    if enterprises is None or len(enterprises) == 0 or not site.link_enterprise:
        return None, None
    code_col = next(
        (c for c in ("credit_code", "uscc", "unified_credit_code") if c in enterprises),
        None,
    )
    name_col = next((c for c in ("name_zh", "name") if c in enterprises), None)
    if code_col is None or name_col is None:
        return None, None
    cat = site.attrs["proposed_category"]
    pool = enterprises
    if "category" in enterprises and (enterprises["category"] == cat).any():
        pool = enterprises[enterprises["category"] == cat]
    xy = shapely.get_coordinates(pool.geometry.values)
    d = (xy[:, 0] - site.lon) ** 2 + (xy[:, 1] - site.lat) ** 2
    row = pool.iloc[int(np.argmin(d))]
    return str(row[name_col]), str(row[code_col])


def build_demo_cases(
    zones: Any, basemap: Any, enterprises: Any, seed: int = DEMO_SEED
) -> gpd.GeoDataFrame:
    """Return the twelve demo conversion cases (GeoDataFrame, EPSG:4490).

    Parameters
    ----------
    zones, basemap : GeoDataFrame or None
        Unused for the geometry (the sites are fixed) but accepted so every demo
        generator has the same signature.
    enterprises : GeoDataFrame or None
        Demo enterprises (EPSG:4490); a few applicants are linked to the nearest
        one of the proposed category through ``applicant_credit_code``.
        ``enterprise_fid`` stays None: fids exist only once the rows are stored.
    seed : int
        Seed for the digitising noise and synthetic credit codes.

    Returns
    -------
    GeoDataFrame
        One row per case with the ``conversion_cases`` columns (without fid,
        row_version, updated_*), MultiPolygon geometry in EPSG:4490.
    """
    rng = np.random.default_rng(seed)
    rows, geoms = [], []
    for i, site in enumerate(demo_sites(), start=1):
        attrs = {c: None for c in CASE_COLUMNS} | dict(site.attrs)
        adcode = attrs.pop("adcode")
        geom = _parcel(site, rng)
        code = _credit_code(adcode, rng)
        name, linked = _link(site, enterprises)
        received = pd.Timestamp("2026-01-05") + pd.Timedelta(days=9 * i)
        status_days = {
            "received": 0,
            "under_review": 12,
            "approved": 40,
            "rejected": 35,
            "withdrawn": 20,
        }[attrs["status"]]
        rows.append(
            {
                **attrs,
                "case_no": f"ZH-2026-{i:03d}",
                "applicant_name": name or attrs["applicant_name"],
                "applicant_credit_code": linked or code,
                "enterprise_fid": None,
                "site_area_m2": None,
                "site_area_override_reason": None,
                "documents": json.dumps(
                    ["转换申请书.pdf", "宗地图.dwg", "规划设计方案.pdf"][: 1 + i % 3],
                    ensure_ascii=False,
                ),
                "status_date": (received + pd.Timedelta(days=status_days))
                .date()
                .isoformat(),
                "status_by": _STATUS_BY[i % len(_STATUS_BY)],
                "received_date": received.date().isoformat(),
                "remarks": DEMO_REMARK
                + ("；申请人为示例企业库中的企业" if linked else ""),
            }
        )
        geoms.append(geom)
    areas = geodesic_areas_m2(np.array(geoms, dtype=object))
    for row, area in zip(rows, areas, strict=True):
        row["site_area_m2"] = round(float(area), 1)
        if row["far"] is not None and row["proposed_gfa_m2"] is not None:
            row["far"] = round(row["proposed_gfa_m2"] / row["site_area_m2"], 2)
    gdf = gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4490")
    for col in (*FLAG_COLUMNS, "enterprise_fid"):
        gdf[col] = pd.Series(
            [None if v is None or pd.isna(v) else int(v) for v in gdf[col]],
            dtype=object,
            index=gdf.index,
        )
    return gdf[[*CASE_COLUMNS, "geometry"]]
