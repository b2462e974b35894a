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
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo.measure import geodesic_areas_m2
from layers.enterprises.credit_code import check_digit

CASE_COLUMNS = [
    "case_no", "applicant_name", "applicant_credit_code", "enterprise_fid",
    "current_landuse_code", "current_landuse_system", "proposed_landuse_code",
    "proposed_landuse_system", "land_owned", "self_operated", "relocating_unit",
    "current_building_use", "site_area_m2", "site_area_override_reason",
    "existing_gfa_m2", "proposed_gfa_m2", "far", "building_density", "green_ratio",
    "height_m", "proposed_category", "proposed_gbt4754", "shortfalls_filled",
    "documents", "status", "status_date", "status_by", "received_date", "remarks",
]
FLAG_COLUMNS = ("land_owned", "self_operated", "relocating_unit")
DEMO_REMARK = "示例数据（虚构，非真实申请）"
_M_PER_DEG_LAT = 111_000.0
_GB = "GB 50137-2011"
_G23 = "2023 guide"
_LAND = "GB/T 21010-2017"


@dataclass(frozen=True)
class _Site:
    """One demo parcel: centre (lon/lat EPSG:4490), size in metres, attributes."""

    lon: float
    lat: float
    w_m: float
    h_m: float
    rot_deg: float
    attrs: dict[str, Any]
    notch: bool = False
    link_enterprise: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


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


def _parcel(site: _Site, rng: np.random.Generator) -> shapely.MultiPolygon:
    """Return the parcel outline in EPSG:4490 (a rotated, digitised rectangle)."""
    w, h = site.w_m / 2, site.h_m / 2
    if site.notch:  # an L-shaped lot: a corner taken by a neighbour
        pts = [(-w, -h), (w, -h), (w, h * 0.2), (w * 0.3, h * 0.2), (w * 0.3, h),
               (-w, h)]
    else:
        pts = [(-w, -h), (w, -h), (w, h), (-w, h)]
    a = math.radians(site.rot_deg)
    m_per_deg_lon = _M_PER_DEG_LAT * math.cos(math.radians(site.lat))
    out = []
    for x, y in pts:
        x, y = x + rng.normal(0, 2.0), y + rng.normal(0, 2.0)  # digitising noise
        xr = x * math.cos(a) - y * math.sin(a)
        yr = x * math.sin(a) + y * math.cos(a)
        out.append((round(site.lon + xr / m_per_deg_lon, 7),
                    round(site.lat + yr / _M_PER_DEG_LAT, 7)))
    poly = shapely.Polygon(out)
    return shapely.MultiPolygon([shapely.orient_polygons(poly)])


def _a(cur: tuple[str, str], new: tuple[str, str], **kw: Any) -> dict[str, Any]:
    return {
        "current_landuse_system": cur[0], "current_landuse_code": cur[1],
        "proposed_landuse_system": new[0], "proposed_landuse_code": new[1], **kw,
    }


def _sites() -> list[_Site]:
    """Return the twelve demo sites; comments say which outcomes each exercises."""
    return [
        # all PASS: own land, self-operated R&D in 亦庄, GFA reduced, controls met
        _Site(116.5150, 39.7850, 450, 350, 12, _a(
            (_GB, "M1"), (_GB, "B29"), applicant_name="北京亦庄精密装备有限公司",
            land_owned=1, self_operated=1, relocating_unit=0,
            current_building_use="industrial", existing_gfa_m2=98000.0,
            proposed_gfa_m2=95000.0, far=0.62, building_density=0.32,
            green_ratio=0.30, height_m=36.0, proposed_category="01",
            proposed_gbt4754="7320;7491", shortfalls_filled="parking;green_space",
            status="approved", adcode="110115")),
        # R2 REVIEW (+20 %): 丰台 south, business services
        _Site(116.2900, 39.8300, 380, 300, -8, _a(
            (_GB, "M2"), (_GB, "B29"), applicant_name="北京丰南机械制造有限公司",
            land_owned=1, self_operated=1, relocating_unit=0,
            current_building_use="industrial", existing_gfa_m2=60000.0,
            proposed_gfa_m2=72000.0, far=0.63, building_density=0.35,
            green_ratio=0.25, height_m=45.0, proposed_category="07",
            proposed_gbt4754="7211;7243", shortfalls_filled="public_service",
            status="under_review", adcode="110106"), link_enterprise=True),
        # R1 REVIEW: 新首钢, own land but leased to others (not 自营)
        _Site(116.1650, 39.9150, 520, 420, 5, _a(
            (_G23, "100103"), (_G23, "0902"), applicant_name="北京石景山钢铁遗存开发有限公司",
            land_owned=1, self_operated=0, relocating_unit=0,
            current_building_use="industrial", existing_gfa_m2=150000.0,
            proposed_gfa_m2=150000.0, far=0.69, building_density=0.30,
            green_ratio=0.35, height_m=40.0, proposed_category="03",
            proposed_gbt4754="6513;6450", shortfalls_filled="public_service;parking",
            status="under_review", adcode="110107"), notch=True),
        # R1 REVIEW (warehouse land), R7 PASS: relocating unit reuses a warehouse
        _Site(116.6200, 40.1300, 300, 250, 20, _a(
            (_GB, "W1"), (_GB, "B29"), applicant_name="北京空港供应链管理有限公司",
            land_owned=1, self_operated=1, relocating_unit=1,
            current_building_use="warehouse", existing_gfa_m2=42000.0,
            proposed_gfa_m2=40000.0, far=0.53, building_density=0.40,
            green_ratio=0.20, height_m=24.0, proposed_category="09",
            proposed_gbt4754="5181", shortfalls_filled="talent_housing",
            status="received", adcode="110113"), link_enterprise=True),
        # missing inputs: no existing GFA (R2), no shortfalls (R3) in 通州副中心
        _Site(116.7000, 39.9000, 360, 300, -15, _a(
            (_GB, "M1"), (_GB, "B2"), applicant_name="北京通州印刷机械有限公司",
            land_owned=1, self_operated=1, relocating_unit=0,
            current_building_use="industrial", existing_gfa_m2=None,
            proposed_gfa_m2=64000.0, far=None, building_density=0.30,
            green_ratio=0.30, height_m=50.0, proposed_category="04",
            proposed_gbt4754="6712;6940", shortfalls_filled="",
            status="received", adcode="110112")),
        # R2 REVIEW (+30 %) and R6 REVIEW (FAR above control) in 大兴
        _Site(116.3300, 39.6800, 400, 330, 0, _a(
            (_GB, "M2"), (_GB, "A35"), applicant_name="北京兴南生物制药有限公司",
            land_owned=1, self_operated=1, relocating_unit=0,
            current_building_use="industrial", existing_gfa_m2=40000.0,
            proposed_gfa_m2=52000.0, far=0.39, building_density=0.52,
            green_ratio=0.15, height_m=30.0, proposed_category="01",
            proposed_gbt4754="7340", shortfalls_filled="community_service",
            status="under_review", adcode="110115")),
        # 昌平 未来科学城: R6 REVIEW (no control indicators on file)
        _Site(116.4600, 40.1000, 420, 380, 30, _a(
            (_G23, "1001"), (_G23, "0802"), applicant_name="北京昌科电子材料有限公司",
            land_owned=1, self_operated=1, relocating_unit=0,
            current_building_use="industrial", existing_gfa_m2=70000.0,
            proposed_gfa_m2=68000.0, far=0.43, building_density=0.28,
            green_ratio=0.35, height_m=45.0, proposed_category="01",
            proposed_gbt4754="7320", shortfalls_filled="green_space",
            status="approved", adcode="110114"), link_enterprise=True),
        # core area (西城): office + hotel hit the 2018 catalogue -> R4 FAIL
        _Site(116.3750, 39.9500, 240, 220, 3, _a(
            (_GB, "M1"), (_GB, "B29"), applicant_name="北京德胜仪表厂",
            land_owned=1, self_operated=1, relocating_unit=0,
            current_building_use="industrial", existing_gfa_m2=30000.0,
            proposed_gfa_m2=30000.0, far=0.57, building_density=0.40,
            green_ratio=0.25, height_m=24.0, proposed_category="07",
            proposed_gbt4754="7010;6110", shortfalls_filled="community_service",
            status="rejected", adcode="110102")),
        # straddles 朝阳 / 通州 (two districts, two catalogue areas)
        _Site(116.6098, 39.8887, 500, 400, 40, _a(
            (_LAND, "0601"), (_LAND, "0505"), applicant_name="北京东郊纺织机械有限公司",
            land_owned=1, self_operated=1, relocating_unit=0,
            current_building_use="industrial", existing_gfa_m2=88000.0,
            proposed_gfa_m2=91000.0, far=0.46, building_density=0.33,
            green_ratio=0.30, height_m=40.0, proposed_category="03",
            proposed_gbt4754="6513", shortfalls_filled="parking",
            status="under_review", adcode="110105")),
        # 海淀 上地: ownership unknown (R1 REVIEW naming land_owned)
        _Site(116.3000, 40.0400, 300, 260, -10, _a(
            (_GB, "M1"), (_GB, "B29"), applicant_name="北京上地光电设备有限公司",
            land_owned=None, self_operated=1, relocating_unit=0,
            current_building_use="industrial", existing_gfa_m2=52000.0,
            proposed_gfa_m2=50000.0, far=0.64, building_density=0.35,
            green_ratio=0.30, height_m=36.0, proposed_category="03",
            proposed_gbt4754="6513", shortfalls_filled="talent_housing",
            status="received", adcode="110108"), link_enterprise=True),
        # 房山 良乡: large increment (+60 %), withdrawn
        _Site(116.1500, 39.7200, 600, 450, 8, _a(
            (_GB, "M3"), (_GB, "B29"), applicant_name="北京良乡化工材料有限公司",
            land_owned=1, self_operated=1, relocating_unit=0,
            current_building_use="industrial", existing_gfa_m2=45000.0,
            proposed_gfa_m2=72000.0, far=0.27, building_density=0.25,
            green_ratio=0.30, height_m=30.0, proposed_category="05",
            proposed_gbt4754="7514;7722", shortfalls_filled="other:区域环保监测中心",
            status="withdrawn", adcode="110111"), notch=True),
        # 怀柔科学城 (ecological conservation area): old commercial reuse
        _Site(116.6600, 40.4000, 330, 280, -25, _a(
            (_GB, "M1"), (_GB, "A35"), applicant_name="北京雁栖仪器设备有限公司",
            land_owned=1, self_operated=1, relocating_unit=1,
            current_building_use="commercial", existing_gfa_m2=36000.0,
            proposed_gfa_m2=36000.0, far=0.39, building_density=0.30,
            green_ratio=0.40, height_m=24.0, proposed_category="01",
            proposed_gbt4754="7310", shortfalls_filled="public_service",
            status="approved", adcode="110116")),
    ]


_STATUS_BY = ("规划科 王工", "规划科 李工", "用地科 张工", "审批处 赵工")


def _link(site: _Site, enterprises: Any) -> tuple[str | None, str | None]:
    """Return (name, credit code) of the nearest demo enterprise, if any."""
    if enterprises is None or len(enterprises) == 0 or not site.link_enterprise:
        return None, None
    code_col = next((c for c in ("credit_code", "uscc", "unified_credit_code")
                     if c in enterprises), None)
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
    zones: Any, basemap: Any, enterprises: Any, seed: int = 2016
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
    for i, site in enumerate(_sites(), start=1):
        attrs = dict(site.attrs)
        adcode = attrs.pop("adcode")
        geom = _parcel(site, rng)
        code = _credit_code(adcode, rng)
        name, linked = _link(site, enterprises)
        received = pd.Timestamp("2026-01-05") + pd.Timedelta(days=9 * i)
        status_days = {"received": 0, "under_review": 12, "approved": 40,
                       "rejected": 35, "withdrawn": 20}[attrs["status"]]
        rows.append({
            **attrs,
            "case_no": f"ZH-2026-{i:03d}",
            "applicant_name": name or attrs["applicant_name"],
            "applicant_credit_code": linked or code,
            "enterprise_fid": None,
            "site_area_m2": None,
            "site_area_override_reason": None,
            "documents": json.dumps(
                ["转换申请书.pdf", "宗地图.dwg", "规划设计方案.pdf"][: 1 + i % 3],
                ensure_ascii=False),
            "status_date": (received + pd.Timedelta(days=status_days)).date().isoformat(),
            "status_by": _STATUS_BY[i % len(_STATUS_BY)],
            "received_date": received.date().isoformat(),
            "remarks": DEMO_REMARK + ("；申请人为示例企业库中的企业" if linked else ""),
        })
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
            dtype=object, index=gdf.index)
    return gdf[[*CASE_COLUMNS, "geometry"]]
