"""Per-zone build parameters for build_zones.py.

Keys are ``name_zh`` exactly as in shared/domain/zones_reference.csv. Everything
not in that file (codes, focus categories, indicative sizes where no area is
published, shape hints derived from the bounds the reference describes) is an
engineering choice recorded here and in each zone's ``remarks``.

Fields
------
code, kind : stable code and kind (the umbrella is ``zgc_zone``, not ``zgc_park``).
parent : parent zone code or "".
focus : producer-service categories 01-10, ';'-joined, most important first.
target : area the indicative polygon is scaled to, km² (None: take an outline).
published : published area used as the check value, km², or None.
center : (lon, lat) used instead of the reference anchor, with ``center_basis``.
aspect, angle : ellipse stretch (x/y) and rotation (degrees, counter-clockwise).
parts : {adcode: km²} builds one piece per district and unions them.
outline : adcode whose whole basemap outline is the zone.
within : zone code the polygon must also lie in (天竺 inside the airport zone).
"""

from __future__ import annotations

from typing import Any

PARK = "zgc_park"
FA = "functional_area"
NA = "new_area"
SC = "science_city"
CP = "cooperation_platform"
UNSOURCED_PARK = "size not sourced: plausible share of the 488 km² total"

ZONES: dict[str, dict[str, Any]] = {
    "中关村国家自主创新示范区(一区十六园)": {
        "code": "ZGC-00",
        "kind": "zgc_zone",
        "focus": "01;03",
        "published": 488.0,
        "target": 488.0,
        "union_of_kind": PARK,
    },
    "东城园": {
        "code": "ZGC-DC",
        "target": 5.0,
        "area_note": UNSOURCED_PARK,
        "center": (116.417, 39.945),
        "center_basis": "Yonghegong (雍和园) area per park history; estimate",
    },
    "西城园": {"code": "ZGC-XC", "target": 10.0, "published": 10.0},
    "朝阳园": {"code": "ZGC-CY", "target": 40.0, "area_note": UNSOURCED_PARK},
    "海淀园": {"code": "ZGC-HD", "target": 133.0, "area_note": UNSOURCED_PARK},
    "丰台园": {
        "code": "ZGC-FT",
        "target": 17.63,
        "published": 17.63,
        "center": (116.287, 39.828),
        "center_basis": "总部基地/东区 south of S 4th Ring per reference; estimate",
    },
    "石景山园": {
        "code": "ZGC-SJS",
        "target": 15.0,
        "area_note": UNSOURCED_PARK,
        "center": (116.205, 39.925),
        "center_basis": "八大处/首钢 clusters per reference; estimate",
    },
    "门头沟园": {"code": "ZGC-MTG", "target": 10.0, "area_note": UNSOURCED_PARK},
    "房山园": {"code": "ZGC-FS", "target": 25.0, "area_note": UNSOURCED_PARK},
    "通州园": {"code": "ZGC-TZ", "target": 40.0, "area_note": UNSOURCED_PARK},
    "顺义园": {"code": "ZGC-SY", "target": 12.08, "published": 12.08},
    "大兴-亦庄园": {"code": "ZGC-DXYZ", "target": 100.0, "area_note": UNSOURCED_PARK},
    "昌平园": {"code": "ZGC-CP", "target": 51.4, "area_note": UNSOURCED_PARK},
    "平谷园": {"code": "ZGC-PG", "target": 5.08, "published": 5.08},
    "怀柔园": {"code": "ZGC-HR", "target": 10.0, "area_note": UNSOURCED_PARK},
    "密云园": {"code": "ZGC-MY", "target": 8.0, "area_note": UNSOURCED_PARK},
    "延庆园": {"code": "ZGC-YQ", "target": 6.0, "area_note": UNSOURCED_PARK},
    "金融街": {
        "code": "FA-JRJ",
        "kind": FA,
        "focus": "04;07",
        "target": 2.59,
        "published": 2.59,
        "center": (116.3615, 39.9150),
        "aspect": 0.55,
        "area_note": "2.59 km² expanded core (2007 plan) chosen over the 1.18 km² "
        "original plan because the 2016 policy refers to the expanded area",
        "center_basis": "middle of 西二环-太平桥大街 x 复兴门内-阜成门内大街 bounds "
        "from the reference (anchor 116.36027,39.91151 lies inside)",
    },
    "商务中心区(CBD,含东扩区)": {
        "code": "FA-CBD",
        "kind": FA,
        "focus": "07;04;03",
        "target": 3.99,
        "published": 3.99,
        "center": (116.4625, 39.9150),
        "aspect": 1.3,
        "area_note": "3.99 km² original CBD; the east expansion is not sourced "
        "and not drawn",
        "center_basis": "middle of the original CBD (东大桥路-西大望路, 通惠河-朝阳路), "
        "about 1 km NE of the reference anchor 116.453,39.9085; estimate",
    },
    "丽泽金融商务区": {
        "code": "FA-LZ",
        "kind": FA,
        "focus": "04",
        "target": 2.81,
        "published": 2.81,
        "center": (116.325, 39.862),
        "aspect": 2.5,
        "area_note": "2.81 km² core (2018) chosen; 8.09 km² research scope not drawn",
        "center_basis": "along 丽泽路 between 丽泽桥 and 菜户营桥 per the reference "
        "bounds; estimate",
    },
    "新首钢高端产业综合服务区": {
        "code": "FA-SG",
        "kind": FA,
        "focus": "07;10;01",
        "target": 8.63,
        "published": 8.63,
        "center": (116.165, 39.913),
        "center_basis": "Shougang site at 石景山路68号 / Chang'an Ave west "
        "extension by the Yongding River; estimate",
    },
    "北京经济技术开发区(亦庄)": {
        "code": "NA-BDA",
        "kind": NA,
        "focus": "01;03",
        "target": 46.8,
        "area_note": "not in the reference; indicative 46.8 km² (commonly cited "
        "approved BDA area, NOT sourced here - verify)",
    },
    "首都机场临空经济区(首都机场临空经济示范区)": {
        "code": "NA-PEK",
        "kind": NA,
        "focus": "02;06",
        "target": 115.7,
        "published": 115.7,
    },
    "北京新机场(大兴国际机场)临空经济区": {
        "code": "CP-PKX",
        "kind": CP,
        "focus": "02;06;07",
        "target": 150.0,
        "published": 150.0,
        "parts": {"110115": 50.0, "131000": 100.0},
        "center": (116.40, 39.56),
        "area_note": "~150 km² total (2019-2035 plan): Langfang part ~100, "
        "Beijing (Daxing) part taken as the remaining ~50",
        "center_basis": "Daxing part north of the airport; Langfang part grown from "
        "the nearest point of 廊坊市 (airport straddles the border); estimate",
    },
    "奥林匹克中心区": {
        "code": "FA-OLY",
        "kind": FA,
        "focus": "04;01;07",
        "target": 11.59,
        "published": 11.59,
        "center": (116.391, 40.003),
        "aspect": 0.5,
        "area_note": "11.59 km² Olympic Park total (forest 6.8 + central 3.15 "
        "+ south 1.64)",
        "center_basis": "reference anchor, stretched N-S between 北土城路 and 清河",
    },
    "中关村科学城": {
        "code": "SC-ZGC",
        "kind": SC,
        "focus": "01;03",
        "target": 75.0,
        "published": 75.0,
        "area_note": "75 km² pre-2017 core chosen; all of Haidian (430.77) since 2017",
    },
    "怀柔科学城": {
        "code": "SC-HR",
        "kind": SC,
        "focus": "01",
        "target": 100.9,
        "published": 100.9,
        "parts": {"110116": 68.4, "110118": 32.5},
        "center": (116.66, 40.36),
        "area_note": "100.9 km² incl. 32.5 km² in Miyun",
        "center_basis": "雁栖/怀柔科教产业园 area north-east of the district seat "
        "proxy; Miyun part grown from the nearest point of 密云区; estimate",
    },
    "未来科学城(未来科技城)": {
        "code": "SC-FUT",
        "kind": SC,
        "focus": "01;03",
        "target": 170.6,
        "published": 170.6,
        "center": (116.39, 40.115),
        "aspect": 1.5,
        "center_basis": "middle of the reference bounds (京新高速-京承高速, "
        "回南北路-北六环); estimate",
    },
    "北京天竺综合保税区": {
        "code": "BZ-TZ",
        "kind": "bonded_zone",
        "parent": "NA-PEK",
        "focus": "02;09",
        "target": 5.94,
        "within": "NA-PEK",
        "center": (116.62, 40.06),
        "area_note": "not in the reference; indicative 5.94 km² (commonly cited "
        "planned area, NOT sourced here - verify)",
        "center_basis": "Shunyi side east of the airport, inside the airport "
        "economic zone; estimate",
    },
    "曹妃甸协同发展示范区": {
        "code": "CP-CFD",
        "kind": CP,
        "focus": "02;01;03;04",
        "outline": "130209",
        "area_note": "platform extent not sourced: whole 曹妃甸区 outline shown",
    },
    "天津滨海-中关村科技园": {
        "code": "CP-BHZ",
        "kind": CP,
        "focus": "01;04",
        "target": 10.3,
        "area_note": "not in the reference; indicative 10.3 km² (commonly cited "
        "planned area, NOT sourced here - verify)",
    },
    "张承生态功能区(张家口)": {
        "code": "CP-ZJK",
        "kind": CP,
        "focus": "03",
        "outline": "130700",
        "area_note": "whole 张家口市 (prefecture-level) outline",
    },
    "张承生态功能区(承德)": {
        "code": "CP-CD",
        "kind": CP,
        "focus": "03",
        "outline": "130800",
        "area_note": "whole 承德市 (prefecture-level) outline",
    },
}

for _spec in ZONES.values():
    if _spec["code"].startswith("ZGC-") and _spec["code"] != "ZGC-00":
        _spec.setdefault("kind", PARK)
        _spec.setdefault("parent", "ZGC-00")
        _spec.setdefault("focus", "01;03")
