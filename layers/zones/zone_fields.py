"""The zone attribute schema: fields, required values, value lists, hints.

One definition serves the attribute form, the importer's field mapping and
the topology check, so a rule is enforced the same way everywhere.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from layers.layer_specs import KIND_NAMES_ZH, PS_CATEGORY_NAMES_ZH
from layers.zones.focus import focus_problems

KINDS = (
    "zgc_park",
    "functional_area",
    "development_area",
    "science_city",
    "cooperation_platform",
    "bonded_zone",
    "zgc_zone",
)
KIND_NAMES_EN = {
    "zgc_zone": "ZGC demonstration zone",
    "zgc_park": "ZGC park",
    "functional_area": "High-end industrial functional area",
    "development_area": "New industrial development area",
    "science_city": "Science city",
    "bonded_zone": "Comprehensive bonded zone",
    "cooperation_platform": "4+N cooperation platform",
}
#: Where the seed gives each kind: (clause, verbatim words).
KIND_SOURCES = {
    "zgc_zone": ("(八)", "全力建设中关村国家自主创新示范区"),
    "zgc_park": ("(八)", "推动一区十六园统筹协调发展"),
    "functional_area": ("(九)", "优化提升高端产业功能区，推进集约化、国际化发展"),
    "development_area": (
        "(九)",
        "有序建设新首钢高端产业综合服务区、丽泽金融商务区等产业发展新区",
    ),
    "science_city": (
        "(八)",
        "建设好中关村科学城、怀柔科学城和未来科技城等央地共建、共享的协同创新平台",
    ),
    "bonded_zone": ("(四)", "放大北京天竺综合保税区保税政策辐射带动效应"),
    "cooperation_platform": ("(十)", "支持构建“4＋N”产业合作新格局"),
}
#: Kind keys of earlier versions: ``new_area`` (新区/开发区) held 经开区 and the
#: airport zone, which (九) counts among the 高端产业功能区 (schema v4 migration).
LEGACY_KINDS = {
    "new_area": "functional_area",
    "新区/开发区": "functional_area",
    "new area": "functional_area",
    "高端功能区": "functional_area",
    "functional area": "functional_area",
    "协同发展平台": "cooperation_platform",
    "cooperation platform": "cooperation_platform",
    "bonded zone": "bonded_zone",
}
#: The "4+N" platforms of seed (十): which of the four a platform is, or N.
PLATFORMS_4N = ("caofeidian", "daxing_airport", "binhai_zgc", "zhangcheng", "n")
PLATFORM_NAMES_ZH = {
    "caofeidian": "曹妃甸协同发展示范区",
    "daxing_airport": "北京新机场临空经济区",
    "binhai_zgc": "天津滨海-中关村科技园区",
    "zhangcheng": "张（家口）承（德）生态功能区",
    "n": "N：其他合作平台",
}
PLATFORM_NAMES_EN = {
    "caofeidian": "Caofeidian Coordinated Development Demonstration Zone",
    "daxing_airport": "Beijing New Airport Economic Zone",
    "binhai_zgc": "Tianjin Binhai-Zhongguancun Science Park",
    "zhangcheng": "Zhangjiakou-Chengde Ecological Function Area",
    "n": "N: other cooperation platform",
}
#: Where (十) names each platform (verbatim).
PLATFORM_SOURCES = {
    "caofeidian": "支持曹妃甸协同发展示范区",
    "daxing_airport": "加快北京新机场临空经济区建设",
    "binhai_zgc": "推动天津滨海-中关村科技园区科技创新体系",
    "zhangcheng": "鼓励张（家口）承（德）生态功能区发展生态友好型产业",
    "n": "引导生产性服务业产业资源和创新服务资源向一批合作平台集聚",
}
BOUNDARY_STATUSES = ("indicative", "official")
FOCUS_CODES = tuple(PS_CATEGORY_NAMES_ZH)  # "01".."10"
REQUIRED = ("code", "name_zh", "kind", "boundary_status")
ZONE_FIELDS = (
    "code",
    "name_zh",
    "name_en",
    "kind",
    "platform_4n",
    "parent_code",
    "district_adcodes",
    "boundary_status",
    "source",
    "source_date",
    "effective_from",
    "effective_to",
    "extent_year",
    "date_basis",
    "focus_categories",
    "focus_source",
    "published_area_km2",
    "remarks",
)
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,39}$")
_ADCODE = re.compile(r"^\d{6}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class FieldProblem:
    """One attribute problem, in words a planner understands."""

    field: str
    message: str


def kind_from_text(text: Any) -> str | None:
    """Return the kind key for a key, a Chinese or English name; else None.

    Keys and labels of earlier versions map to today's kind (``new_area`` ->
    ``functional_area``, see :data:`LEGACY_KINDS`).

    >>> kind_from_text("产业发展新区"), kind_from_text("comprehensive bonded zone")
    ('development_area', 'bonded_zone')
    >>> kind_from_text("new_area")
    'functional_area'
    """
    if not isinstance(text, str) or not text.strip():
        return None
    t = text.strip()
    if t in KINDS:
        return t
    if t.lower() in LEGACY_KINDS:
        return LEGACY_KINDS[t.lower()]
    for key in KINDS:
        names = (KIND_NAMES_ZH[key].lower(), KIND_NAMES_EN[key].lower(), key)
        if t.lower() in names:
            return key
    return None


def platform_label(key: Any, lang: str = "zh") -> str:
    """Return the label of a 4+N platform key ('' for none).

    >>> platform_label("zhangcheng"), platform_label("n", "en")
    ('张（家口）承（德）生态功能区', 'N: other cooperation platform')
    """
    names = PLATFORM_NAMES_ZH if lang == "zh" else PLATFORM_NAMES_EN
    return names.get(key, "") if isinstance(key, str) else ""


def _blank(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def split_codes(text: Any) -> list[str]:
    """Split a ``;``-joined list (also ``,``/``、``/blank separated).

    >>> split_codes("110108; 110114、110115")
    ['110108', '110114', '110115']
    """
    if _blank(text):
        return []
    return [p for p in re.split(r"[;,，、\s]+", str(text).strip()) if p]


def validate_attributes(
    values: Mapping[str, Any], other_codes: set[str] | None = None
) -> list[FieldProblem]:
    """Return the problems of one zone's attributes (empty list = valid).

    ``other_codes`` are the codes of the other zones, to refuse duplicates.

    >>> validate_attributes({"code": "X1", "name_zh": "测试", "kind": "bonded_zone",
    ...                      "boundary_status": "official"})
    []
    >>> [p.field for p in validate_attributes({"code": "X 1", "kind": "park"})]
    ['name_zh', 'boundary_status', 'code', 'kind']
    """
    problems = [
        FieldProblem(f, f"{f} is required") for f in REQUIRED if _blank(values.get(f))
    ]
    code = values.get("code")
    if not _blank(code):
        if not _CODE.match(str(code)):
            problems.append(
                FieldProblem("code", "code: letters, digits, - _ . only (max 40)")
            )
        elif other_codes and str(code) in other_codes:
            problems.append(FieldProblem("code", f"code {code} is already used"))
    kind = values.get("kind")
    if not _blank(kind) and kind not in KINDS:
        known = ", ".join(f"{k} ({KIND_NAMES_ZH[k]})" for k in KINDS)
        problems.append(
            FieldProblem("kind", f"kind {kind!r} is not a zone kind; one of {known}")
        )
    status = values.get("boundary_status")
    if not _blank(status) and status not in BOUNDARY_STATUSES:
        problems.append(
            FieldProblem("boundary_status", "boundary status: indicative or official")
        )
    bad = [
        c for c in split_codes(values.get("district_adcodes")) if not _ADCODE.match(c)
    ]
    if bad:
        problems.append(
            FieldProblem("district_adcodes", f"not 6-digit adcodes: {', '.join(bad)}")
        )
    bad = [
        c for c in split_codes(values.get("focus_categories")) if c not in FOCUS_CODES
    ]
    if bad:
        problems.append(
            FieldProblem(
                "focus_categories", f"categories are 01..10, not {', '.join(bad)}"
            )
        )
    date = values.get("source_date")
    if not _blank(date) and not _DATE.match(str(date)[:10]):
        problems.append(FieldProblem("source_date", "source date: YYYY-MM-DD"))
    return problems + _platform_problems(values) + _time_problems(values)


def _platform_problems(values: Mapping[str, Any]) -> list[FieldProblem]:
    platform = values.get("platform_4n")
    if _blank(platform):
        return []
    if platform not in PLATFORMS_4N:
        return [
            FieldProblem(
                "platform_4n", f"4+N platform must be one of {', '.join(PLATFORMS_4N)}"
            )
        ]
    if values.get("kind") != "cooperation_platform":
        return [
            FieldProblem(
                "platform_4n", "only a cooperation platform is one of the 4+N platforms"
            )
        ]
    return []


def date_bound(text: Any, end: bool = False) -> date | None:
    """Return the first (or, with ``end``, last) day a date text stands for.

    >>> date_bound("2012"), date_bound("2012-02", end=True)
    (datetime.date(2012, 1, 1), datetime.date(2012, 2, 29))
    >>> date_bound("2016-06-29"), date_bound(None), date_bound("soon")
    (datetime.date(2016, 6, 29), None, None)
    """
    if isinstance(text, date):
        return text
    if not isinstance(text, str) or not text.strip():
        return None
    parts = text.strip()[:10].split("-")
    try:
        nums = [int(p) for p in parts]
        if len(nums) == 1:
            return date(nums[0], 12, 31) if end else date(nums[0], 1, 1)
        if len(nums) == 2:
            last = calendar.monthrange(nums[0], nums[1])[1]
            return date(nums[0], nums[1], last if end else 1)
        return date(nums[0], nums[1], nums[2])
    except ValueError:
        return None


def _time_problems(values: Mapping[str, Any]) -> list[FieldProblem]:
    out = []
    bounds = []
    for f in ("effective_from", "effective_to"):
        v = values.get(f)
        if _blank(v):
            continue
        if not _DATE.match(str(v)[:10]) or date_bound(str(v)) is None:
            out.append(FieldProblem(f, f"{f}: YYYY, YYYY-MM or YYYY-MM-DD"))
        else:
            bounds.append((f, str(v)[:10]))
    if len(bounds) == 2 and bounds[0][1] > bounds[1][1]:
        out.append(
            FieldProblem("effective_to", "effective_to is before effective_from")
        )
    year = values.get("extent_year")
    if year is not None and not _blank(year):
        try:
            ok = 1900 <= int(float(year)) <= 2100 and float(year) == int(float(year))
        except (TypeError, ValueError):
            ok = False
        if not ok:
            out.append(FieldProblem("extent_year", "extent year: a year such as 2012"))
    return out


def attribute_warnings(values: Mapping[str, Any]) -> list[FieldProblem]:
    """Return what a planner should fix but may save (focus sources, platforms).

    >>> [p.field for p in attribute_warnings({"kind": "cooperation_platform",
    ...                                        "focus_categories": "03"})]
    ['platform_4n', 'focus_source']
    """
    out = []
    if values.get("kind") == "cooperation_platform" and _blank(
        values.get("platform_4n")
    ):
        out.append(
            FieldProblem("platform_4n", "say which of the 4+N platforms this is (or N)")
        )
    for message in focus_problems(
        values.get("focus_categories"), values.get("focus_source")
    ):
        out.append(FieldProblem("focus_source", message))
    return out


def suggest_districts(
    geom_ll: BaseGeometry | None, basemap: pd.DataFrame, min_share: float = 0.01
) -> list[str]:
    """Return the adcodes of the districts covering ``geom_ll``, largest share first.

    Parameters
    ----------
    geom_ll : shapely.Geometry
        The zone, EPSG:4490 lon/lat.
    basemap : DataFrame
        With ``adcode``, ``level`` and a geometry column (EPSG:4490).
    min_share : float
        Ignore districts holding less than this share of the zone (border noise).
    """
    if geom_ll is None or geom_ll.is_empty or basemap is None or len(basemap) == 0:
        return []
    level = basemap["level"].astype(str).to_numpy()
    d = basemap[level == "district"]
    geoms = np.asarray(d.geometry.values, dtype=object)
    geom = shapely.make_valid(geom_ll)
    total = geom.area or 1.0
    hits = shapely.STRtree(geoms).query(geom, predicate="intersects")
    shares = [
        (
            float(
                shapely.area(shapely.intersection(shapely.make_valid(geoms[i]), geom))
            )
            / total,
            i,
        )
        for i in hits
    ]
    codes = d["adcode"].astype(str).to_numpy()
    return [codes[i] for s, i in sorted(shares, reverse=True) if s >= min_share]


def district_geometries(basemap: pd.DataFrame, adcodes: list[str]) -> list[Any]:
    """Return the basemap geometries of ``adcodes`` (district, city or province)."""
    if basemap is None or len(basemap) == 0:
        return []
    codes = basemap["adcode"].astype(str).to_numpy()
    mask = np.isin(codes, adcodes)
    return list(basemap.geometry.values[mask])
