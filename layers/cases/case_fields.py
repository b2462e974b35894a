"""The fields of a conversion case that rules may read, and their coded values.

``CASE_FIELDS`` mirrors the ``conversion_cases`` table (db/schema.py; a test
keeps the two equal) plus ``geometry``, the parcel. A rule's ``inputs`` in the
rules file must name fields of this list exactly (checked when rules load),
and a check may read only the fields its rule declares.
"""

from __future__ import annotations

#: Every attribute of a case (the table's columns without fid/geom) + the parcel.
CASE_FIELDS: tuple[str, ...] = (
    "case_no",
    "applicant_name",
    "applicant_credit_code",
    "enterprise_fid",
    "current_landuse_code",
    "current_landuse_system",
    "proposed_landuse_code",
    "proposed_landuse_system",
    "land_owned",
    "self_operated",
    "relocating_unit",
    "current_building_use",
    "site_area_m2",
    "site_area_override_reason",
    "existing_gfa_m2",
    "proposed_gfa_m2",
    "far",
    "building_density",
    "green_ratio",
    "height_m",
    "proposed_category",
    "proposed_gbt4754",
    "shortfalls_filled",
    "documents",
    "status",
    "status_date",
    "status_by",
    "received_date",
    "remarks",
    "row_version",
    "updated_at",
    "updated_by",
    # schema v3 (migration 0003)
    "applicant_is_industrial",
    "in_plan",
    "project_facilities",
    "manufacturing_stage",
    "heritage_area",
    "location_clause",
    "land_right_type",
    "remaining_term_years",
    "title_cert_no",
    "parcel_code",
    "indicator_far_max",
    "indicator_building_density_max",
    "indicator_green_ratio_min",
    "indicator_height_max_m",
    "indicator_source",
    "geometry",
)

#: Yes/no inputs stored as 0/1 (NULL = not filled in).
FLAG_FIELDS = (
    "applicant_is_industrial",
    "land_owned",
    "self_operated",
    "relocating_unit",
    "in_plan",
    "heritage_area",
)

#: Land-right types on the title (土地权利性质).
LAND_RIGHT_TYPES = {"granted": "出让", "allocated": "划拨", "collective": "集体"}

#: Facility kinds a proposal builds or operates (R4 catalogue conditions).
#: ``none`` states explicitly that none of the others applies.
FACILITY_KINDS = {
    "trading_market": "商品交易市场",
    "regional_logistics_centre": "区域性物流中心",
    "logistics_warehouse": "物流仓储设施",
    "hotel": "新建宾馆(酒店)",
    "office_building": "新建写字楼等大型公共建筑",
    "concentrated_office": "集中办公区租赁经营",
    "real_estate": "房地产开发项目",
    "none": "以上均不涉及",
}

#: Stages of a manufacturing activity (2018 catalogue: non-production stages).
MANUFACTURING_STAGES = {
    "production": "生产制造环节",
    "rd": "研发",
    "pilot": "中试",
    "design": "设计",
    "tech_service": "技术服务",
    "not_manufacturing": "不涉及制造业",
}

#: The indicators a 控规 parcel or a case can carry -> (case value field, op).
INDICATORS = {
    "far_max": ("far", "<="),
    "building_density_max": ("building_density", "<="),
    "green_ratio_min": ("green_ratio", ">="),
    "height_max_m": ("height_m", "<="),
}
#: Indicators typed on a case, by indicator key.
CASE_INDICATOR_FIELDS = {k: f"indicator_{k}" for k in INDICATORS}


def split_codes(value: object) -> list[str]:
    """Return the items of a ';'-joined field (also ， , ； and spaces).

    >>> split_codes("hotel; office_building，none")
    ['hotel', 'office_building', 'none']
    >>> split_codes(None)
    []
    """
    import re

    if value is None:
        return []
    return [t for t in re.split(r"[;；,，\s]+", str(value)) if t]


#: Where a case's dates come from: its application date, else the evaluation date.
DATE_BASIS_ZH = {
    "received_date": "申请受理日期",
    "evaluation_date": "评估日期（无申请日期）",
}


def application_date(received: object, evaluation_day: str) -> tuple[str, str]:
    """Return (ISO day, basis) that pick a case's catalogue edition and zones.

    The case's application date (``received_date``) when it reads as a date,
    else ``evaluation_day`` (an ISO date); basis is ``received_date`` or
    ``evaluation_date``.

    >>> application_date("2016-05-01", "2026-03-01")
    ('2016-05-01', 'received_date')
    >>> application_date(float("nan"), "2026-03-01")
    ('2026-03-01', 'evaluation_date')
    """
    import datetime as dt

    if received is not None:
        try:
            day = dt.date.fromisoformat(str(received).strip()[:10])
            return day.isoformat(), "received_date"
        except ValueError:
            pass
    return evaluation_day, "evaluation_date"
