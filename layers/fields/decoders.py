"""Decoders: coded values as planners read them, in Chinese or English.

Each decoder turns one stored value into display text: district adcodes into
丰台区, producer-service categories into "04 金融服务", land-use codes into
"M2 二类工业用地", case statuses into 审查中, ``indicative`` into 示意 … The
tables come from the shipped reference data (resources/reference, the basemap)
and the domain modules; lookups are cached, so decoding a million-row column
costs one dictionary lookup per distinct value.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache
from typing import Any

from layers.cases.case_fields import (
    FACILITY_KINDS,
    LAND_RIGHT_TYPES,
    MANUFACTURING_STAGES,
)
from layers.cases.field_labels import BUILDING_USE_ZH, GAP_ZH, STATUS_ZH
from layers.layer_specs import KIND_NAMES_ZH, SECTOR_NAMES_ZH
from layers.zones.zone_fields import KIND_NAMES_EN, PLATFORM_NAMES_EN, PLATFORM_NAMES_ZH

Lang = str  # "zh_CN" or "en"
Decoder = Callable[[Any, Lang], str]

LIST_SEPARATORS = (";", ",", "，", "；", "、")


def is_blank(value: Any) -> bool:
    """Return True for None, NaN, pandas NA and empty text."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if type(value).__name__ in ("NAType", "NaTType"):
        return True
    return isinstance(value, str) and not value.strip()


def split_list(value: Any) -> list[str]:
    """Return the items of a ``;``/``,``-separated code list.

    Examples
    --------
    >>> split_list("110108;110105"), split_list("04, 07")
    (['110108', '110105'], ['04', '07'])
    """
    text = str(value)
    for sep in LIST_SEPARATORS[1:]:
        text = text.replace(sep, ";")
    return [t.strip() for t in text.split(";") if t.strip()]


def _zh(lang: Lang) -> bool:
    return lang.startswith("zh")


def _joined(parts: list[str], lang: Lang) -> str:
    return ("、" if _zh(lang) else ", ").join(parts)


def _table(zh: dict[str, str], en: dict[str, str]) -> Decoder:
    """Return a decoder looking values up in ``zh``/``en`` (unknown: as stored)."""

    def decode(value: Any, lang: Lang) -> str:
        key = str(value)
        if _zh(lang):
            return zh.get(key, key)
        return en.get(key, key.replace("_", " "))

    return decode


def _listed(one: Decoder) -> Decoder:
    """Return a decoder applying ``one`` to each item of a code list."""

    def decode(value: Any, lang: Lang) -> str:
        return _joined([one(v, lang) for v in split_list(value)], lang)

    return decode


# --- reference tables (cached) -------------------------------------------------
@cache
def _ps_names() -> dict[str, tuple[str, str]]:
    import resources

    df = resources.load_csv("reference", "producer_services.csv")
    return {
        c: (z, e)
        for c, z, e in zip(df["code"], df["name_zh"], df["name_en"], strict=True)
    }


@cache
def _landuse_names() -> dict[tuple[str, str], tuple[str, str]]:
    import resources

    df = resources.load_csv("reference", "landuse_codes.csv")
    return {
        (s, c): (z, e)
        for s, c, z, e in zip(
            df["system"], df["code"], df["name_zh"], df["name_en"], strict=True
        )
    }


@cache
def _gbt4754_names() -> dict[str, str]:
    import resources

    df = resources.load_csv("reference", "gbt4754_names.csv")
    return dict(zip(df["code"], df["name_zh"], strict=True))


@cache
def _zone_names() -> dict[str, tuple[str, str]]:
    import resources

    z = resources.load_zones()
    return {
        str(c): (str(a), str(b))
        for c, a, b in zip(z["code"], z["name_zh"], z["name_en"], strict=True)
    }


# --- decoders ------------------------------------------------------------------
def adcode(value: Any, lang: Lang) -> str:
    """Return a district's name for its adcode (110106 -> 丰台区).

    Examples
    --------
    >>> adcode("110106", "zh_CN"), adcode("110106", "en")
    ('丰台区', 'Fengtai District')
    """
    import resources

    hit = resources.admin_names().get(str(value).strip())
    if hit is None:
        return str(value)
    return hit[0] if _zh(lang) else (hit[1] or hit[0])


def ps_category(value: Any, lang: Lang) -> str:
    """Return "04 金融服务" (or "04 Financial services") for a category code.

    Examples
    --------
    >>> ps_category("04", "zh_CN")
    '04 金融服务'
    """
    code = str(value).strip().zfill(2) if str(value).strip().isdigit() else str(value)
    hit = _ps_names().get(code)
    if hit is None:
        return str(value)
    return f"{code} {hit[0] if _zh(lang) else hit[1]}"


def landuse(value: Any, lang: Lang, system: str | None = None) -> str:
    """Return "M2 二类工业用地" for a land-use code (in ``system`` if given).

    Examples
    --------
    >>> landuse("M2", "zh_CN", "GB 50137-2011")
    'M2 二类工业用地'
    """
    code = str(value).strip()
    names = _landuse_names()
    hit = names.get((system or "", code))
    if hit is None:  # no system recorded: the first system that has the code
        hit = next((v for (s, c), v in names.items() if c == code), None)
    if hit is None:
        return code
    return f"{code} {hit[0] if _zh(lang) or not hit[1] else hit[1]}"


def gbt4754(value: Any, lang: Lang) -> str:
    """Return "7320 工程和技术研究和试验发展" for a GB/T 4754 code (names in Chinese)."""
    code = str(value).strip()
    name = _gbt4754_names().get(code)
    return f"{code} {name}" if name else code


def zone_code(value: Any, lang: Lang) -> str:
    """Return the zone's name for its code (FA-CBD -> CBD's name)."""
    hit = _zone_names().get(str(value).strip())
    if hit is None:
        return str(value)
    return hit[0] if _zh(lang) else hit[1]


def yes_no(value: Any, lang: Lang) -> str:
    """Return 是/否 (yes/no) for a 0/1 or boolean flag."""
    truthy = str(value).strip().lower() in ("1", "1.0", "true", "yes", "y", "是")
    if _zh(lang):
        return "是" if truthy else "否"
    return "yes" if truthy else "no"


def timestamp(value: Any, lang: Lang) -> str:
    """Return an ISO time (UTC) in local time to the minute: 2026-01-01 08:00."""
    import datetime as dt

    text = str(value)
    try:
        stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone()
    return stamp.strftime("%Y-%m-%d %H:%M")


def year(value: Any, lang: Lang) -> str:
    """Return a year without a thousands separator (2010, not 2,010).

    >>> year(2010.0, "zh_CN")
    '2010'
    """
    try:
        return str(int(float(value)))
    except (TypeError, ValueError):
        return str(value)


def coord_source(value: Any, lang: Lang) -> str:
    """Return the coordinate system as planners know it (gcj02 -> 高德/腾讯 GCJ-02)."""
    key = str(value).strip().lower().replace("-", "").replace("_", "")
    zh = {
        "wgs84": "WGS84（GPS）",
        "gcj02": "GCJ-02（高德/腾讯）",
        "bd09": "BD-09（百度）",
        "cgcs2000": "CGCS2000",
    }
    en = {
        "wgs84": "WGS84 (GPS)",
        "gcj02": "GCJ-02 (AMap/Tencent)",
        "bd09": "BD-09 (Baidu)",
        "cgcs2000": "CGCS2000",
    }
    for prefix, text in (zh if _zh(lang) else en).items():
        if key.startswith(prefix):
            return text
    return str(value)


STATUS_EN = {
    "received": "received",
    "under_review": "under review",
    "approved": "approved",
    "rejected": "rejected",
    "withdrawn": "withdrawn",
}
BOUNDARY_ZH = {"indicative": "示意", "official": "正式"}
BOUNDARY_EN = {"indicative": "indicative", "official": "official"}
LEVEL_ZH = {"province": "省级", "city": "地级", "district": "区县"}
LEVEL_EN = {"province": "province", "city": "prefecture", "district": "district"}
LOCATION_ZH = {"indicative": "示意", "surveyed": "实测"}
LOCATION_EN = {"indicative": "indicative", "surveyed": "surveyed"}
SECTOR_EN = {
    "finance": "finance",
    "information": "information",
    "technology": "science and technology",
    "business": "business services",
    "circulation": "circulation",
    "other": "other",
}
LAND_RIGHT_EN = {
    "granted": "granted (出让)",
    "allocated": "allocated (划拨)",
    "collective": "collective (集体)",
}

#: Decoder name -> function(value, lang).
#: Land-use classification systems: the GB/T codes read the same in both
#: languages; the 2023 guide is stored by a short English key.
LANDUSE_SYSTEM_ZH = {"2023 guide": "用地用海分类指南(2023)"}
LANDUSE_SYSTEM_EN = {"2023 guide": "Land and sea use classification guide (2023)"}

DECODERS: dict[str, Decoder] = {
    "landuse_system": _table(LANDUSE_SYSTEM_ZH, LANDUSE_SYSTEM_EN),
    "adcode": _listed(adcode),
    "ps_category": _listed(ps_category),
    "gbt4754": _listed(gbt4754),
    "zone_code": _listed(zone_code),
    "zone_kind": _table(KIND_NAMES_ZH, KIND_NAMES_EN),
    "platform_4n": _table(PLATFORM_NAMES_ZH, PLATFORM_NAMES_EN),
    "timestamp": timestamp,
    "sector": _table(SECTOR_NAMES_ZH, SECTOR_EN),
    "location_status": _table(LOCATION_ZH, LOCATION_EN),
    "case_status": _table(STATUS_ZH, STATUS_EN),
    "boundary_status": _table(BOUNDARY_ZH, BOUNDARY_EN),
    "admin_level": _table(LEVEL_ZH, LEVEL_EN),
    "land_right": _table(LAND_RIGHT_TYPES, LAND_RIGHT_EN),
    "building_use": _table(BUILDING_USE_ZH, {}),
    "gaps": _listed(_table(GAP_ZH, {})),
    "facilities": _listed(_table(FACILITY_KINDS, {})),
    "manufacturing_stage": _table(MANUFACTURING_STAGES, {}),
    "yes_no": yes_no,
    "coord_source": coord_source,
    "year": year,
}
