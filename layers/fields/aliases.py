"""Field aliases: every project table's fields with Chinese and English labels.

Keyed by source table (``layer.source.table``: zones, enterprises,
conversion_cases, regulatory_parcels, basemap). A field has a label in each
language, an optional unit and an optional decoder
(:data:`layers.fields.decoders.DECODERS`) that shows its coded values by name.
Layers read from other files (no table) keep their raw field names.
"""

from __future__ import annotations

from dataclasses import dataclass

from layers.cases.field_labels import FIELD_EN as CASE_FIELD_EN
from layers.cases.field_labels import FIELD_ZH as CASE_FIELD_ZH


@dataclass(frozen=True)
class FieldInfo:
    """How one field is shown: labels, unit, decoder name."""

    zh: str
    en: str
    unit_zh: str = ""
    unit_en: str = ""
    decoder: str | None = None


def _f(
    zh: str,
    en: str,
    decoder: str | None = None,
    unit: str = "",
    unit_en: str | None = None,
) -> FieldInfo:
    return FieldInfo(zh, en, unit, unit if unit_en is None else unit_en, decoder)


_AUDIT = {
    "row_version": _f("版本号", "Row version"),
    "updated_at": _f("更新时间", "Updated at", "timestamp"),
    "updated_by": _f("更新人", "Updated by"),
    "remarks": _f("备注", "Remarks"),
    "source": _f("来源", "Source"),
    "synthetic": _f("示例数据", "Synthetic (demo)", "yes_no"),
}

ZONES = {
    "code": _f("代码", "Code"),
    "name_zh": _f("名称", "Name"),
    "name_en": _f("英文名称", "English name"),
    "kind": _f("类型", "Kind", "zone_kind"),
    "parent_code": _f("上级区域", "Parent zone", "zone_code"),
    "district_adcodes": _f("所在区", "Districts", "adcode"),
    "boundary_status": _f("边界性质", "Boundary", "boundary_status"),
    "source_date": _f("来源日期", "Source date"),
    "focus_categories": _f("重点产业类别", "Focus categories", "ps_category"),
    "focus_source": _f("重点产业依据（政策原文）", "Focus source (policy text)"),
    "platform_4n": _f("4+N合作平台", "4+N platform", "platform_4n"),
    "effective_from": _f("生效日期", "Effective from"),
    "effective_to": _f("失效日期", "Effective to"),
    "extent_year": _f("范围年份", "Extent year", "year"),
    "date_basis": _f("日期依据", "Date basis"),
    "version_saved_at": _f("所示版本保存时间", "Version saved at"),
    "published_area_km2": _f("公布面积", "Published area", unit="km²"),
    "target_area_km2": _f("目标面积", "Target area", unit="km²"),
    **_AUDIT,
}

ENTERPRISES = {
    "credit_code": _f("统一社会信用代码", "Unified social credit code"),
    "name": _f("名称", "Name"),
    "address": _f("地址", "Address"),
    "category": _f("类别", "Category", "ps_category"),
    "gbt4754": _f("行业代码", "Industry (GB/T 4754)", "gbt4754"),
    "employees": _f("从业人员", "Employees", unit="人", unit_en="persons"),
    "revenue_wan": _f("营业收入", "Revenue", unit="万元", unit_en="10k yuan"),
    "founded": _f("成立日期", "Founded"),
    "district_adcode": _f("所在区", "District", "adcode"),
    "zone_codes": _f("所在园区", "Zones", "zone_code"),
    "coord_source": _f("坐标来源", "Coordinates from", "coord_source"),
    "ps_edition": _f("分类版本", "Classification edition"),
    **_AUDIT,
}

_CASE_EXTRA = {
    "case_no": _f("案件编号", "Case number"),
    "applicant_name": _f("申请单位", "Applicant"),
    "applicant_credit_code": _f("申请单位信用代码", "Applicant credit code"),
    "enterprise_fid": _f("关联企业", "Linked enterprise"),
    "site_area_override_reason": _f("用地面积修改理由", "Site area override reason"),
    "documents": _f("申请材料", "Documents"),
    "status": _f("状态", "Status", "case_status"),
    "status_date": _f("状态日期", "Status date"),
    "status_by": _f("经办人", "Handled by"),
    "received_date": _f("受理日期", "Received"),
}
_CASE_DECODERS = {
    "current_landuse_code": "landuse",
    "proposed_landuse_code": "landuse",
    "land_owned": "yes_no",
    "self_operated": "yes_no",
    "relocating_unit": "yes_no",
    "applicant_is_industrial": "yes_no",
    "in_plan": "yes_no",
    "heritage_area": "yes_no",
    "current_building_use": "building_use",
    "proposed_category": "ps_category",
    "proposed_gbt4754": "gbt4754",
    "shortfalls_filled": "gaps",
    "project_facilities": "facilities",
    "manufacturing_stage": "manufacturing_stage",
    "land_right_type": "land_right",
    "current_landuse_system": "landuse_system",
    "proposed_landuse_system": "landuse_system",
}
_CASE_UNITS = {
    "site_area_m2": ("m²", "m²"),
    "existing_gfa_m2": ("m²", "m²"),
    "proposed_gfa_m2": ("m²", "m²"),
    "height_m": ("m", "m"),
    "remaining_term_years": ("年", "years"),
    "indicator_height_max_m": ("m", "m"),
}


def _case_fields() -> dict[str, FieldInfo]:
    out = dict(_AUDIT)
    for key, zh in CASE_FIELD_ZH.items():
        en = CASE_FIELD_EN.get(key, key)
        unit_zh, unit_en = _CASE_UNITS.get(key, ("", ""))
        out[key] = FieldInfo(
            zh, en[:1].upper() + en[1:], unit_zh, unit_en, _CASE_DECODERS.get(key)
        )
    out.update(_CASE_EXTRA)
    return out


CASES = _case_fields()

REGULATORY = {
    "parcel_code": _f("地块编码", "Parcel code"),
    "plan_name": _f("规划名称", "Plan"),
    "approval_date": _f("批复日期", "Approved"),
    "landuse_code": _f("用地性质", "Land use", "landuse"),
    "landuse_system": _f("用地分类标准", "Land-use classification", "landuse_system"),
    "far_max": _f("容积率上限", "FAR limit"),
    "building_density_max": _f("建筑密度上限", "Building density limit"),
    "green_ratio_min": _f("绿地率下限", "Green ratio minimum"),
    "height_max_m": _f("建筑高度上限", "Height limit", unit="m"),
    **_AUDIT,
}

FACILITIES = {
    "code": _f("代码", "Code"),
    "name_zh": _f("名称", "Name"),
    "name_en": _f("英文名称", "English name"),
    "clause": _f("政策条款", "Policy clause"),
    "quote": _f("政策原文", "Policy text"),
    "sector": _f("领域", "Sector", "sector"),
    "zone_code": _f("所在区域", "Zone", "zone_code"),
    "district_adcode": _f("所在区", "District", "adcode"),
    "location_status": _f("位置性质", "Position", "location_status"),
    "location_basis": _f("位置依据", "Why here"),
    "coord_source": _f("坐标来源", "Coordinates from"),
    "confidence": _f("可信度", "Confidence"),
    "source_date": _f("来源日期", "Source date"),
    **_AUDIT,
}

BASEMAP = {
    "adcode": _f("行政区划代码", "Admin code"),
    "name_zh": _f("名称", "Name"),
    "name_en": _f("英文名称", "English name"),
    "level": _f("级别", "Level", "admin_level"),
    "parent_adcode": _f("上级行政区", "Parent", "adcode"),
}

#: Source table -> field -> FieldInfo.
TABLES: dict[str, dict[str, FieldInfo]] = {
    "zones": ZONES,
    "enterprises": ENTERPRISES,
    "conversion_cases": CASES,
    "regulatory_parcels": REGULATORY,
    "facilities": FACILITIES,
    "basemap": BASEMAP,
}

#: Land-use code fields and the field naming their classification system.
LANDUSE_SYSTEM_FIELDS = {
    "current_landuse_code": "current_landuse_system",
    "proposed_landuse_code": "proposed_landuse_system",
    "landuse_code": "landuse_system",
}
