"""Hand-curated reference data written out by build_reference.py.

Sources: shared/domain/conversion_rules.md (rules, catalogue examples, catalogue
areas), shared/domain/seed_policy_2016.txt (clause quotes, checked verbatim at
build time), and the GB/T 4754 crosswalk lives in tools/gbt4754_data.py.
"""

from __future__ import annotations

CITY = "110101;110102;110105;110106;110107;110108;110109;110111;110112;110113;110114;110115;110116;110117;110118;110119"
CORE6 = "110101;110102;110105;110106;110107;110108"

# Level-3 codes of 1001 (工业用地) the rules file lists as industrial.
EXTRA_LANDUSE_ROWS = [
    {
        "system": "2023 guide",
        "code": code,
        "level": "3",
        "name_zh": name_zh,
        "name_en": name_en,
        "parent_code": "1001",
        "conversion_role": "conversion_source",
        "role_note": "",
        "confidence": "medium",
        "source": "domain/landuse_codes.csv note on 1001 (from memory, verify)",
        "notes": "added by tools/build_reference.py; verify against the 2023 guide",
    }
    for code, name_zh, name_en in [
        ("100101", "一类工业用地", "Class-1 industrial"),
        ("100102", "二类工业用地", "Class-2 industrial"),
        ("100103", "三类工业用地", "Class-3 industrial"),
    ]
]

_SUMMARY_2015 = "press summaries of the 2015 edition (2015-08-25)"
_SUMMARY_2018 = "China Daily 2018-09-27; ce.cn 2018-09-27 (2018 edition summaries)"
_VERIFY = "to verify"

CATALOGUE_ROWS: list[dict[str, str]] = [
    {
        "edition": "2015",
        "area": "城六区(朝阳、海淀、丰台、石景山)",
        "area_adcodes": "110105;110106;110107;110108",
        "gbt4754_prefix": "C",
        "level": "禁止",
        "text_zh": "禁止新建和扩建制造业项目(东城、西城另有规定)",
        "text_en": "No new or expanded manufacturing projects (section C; "
        "Dongcheng/Xicheng have special rules)",
        "confidence": _VERIFY,
        "source": _SUMMARY_2015,
    },
    {
        "edition": "2015",
        "area": "全市",
        "area_adcodes": CITY,
        "gbt4754_prefix": "51",
        "level": "禁止",
        "text_zh": "禁止新建未列入规划的商品交易市场",
        "text_en": "No new commodity trading markets not in the plan",
        "confidence": _VERIFY,
        "source": _SUMMARY_2015,
    },
    {
        "edition": "2015",
        "area": "全市",
        "area_adcodes": CITY,
        "gbt4754_prefix": "59",
        "level": "禁止",
        "text_zh": "禁止新建未列入规划的区域性物流中心",
        "text_en": "No new regional logistics centres not in the plan",
        "confidence": _VERIFY,
        "source": _SUMMARY_2015,
    },
    {
        "edition": "2015",
        "area": "全市",
        "area_adcodes": CITY,
        "gbt4754_prefix": "8341",
        "level": "禁止",
        "text_zh": "禁止新设立普通高等教育机构",
        "text_en": "No new ordinary higher-education institutions",
        "confidence": _VERIFY,
        "source": _SUMMARY_2015,
    },
    {
        "edition": "2018",
        "area": "东城区、西城区及五环路以内(南四环以内)",
        "area_adcodes": CORE6,
        "gbt4754_prefix": "61",
        "level": "禁止",
        "text_zh": "禁止新建宾馆(酒店)",
        "text_en": "No new hotels (Dongcheng, Xicheng and inside the 5th Ring / "
        "south 4th Ring; ring extent is not an adcode set)",
        "confidence": _VERIFY,
        "source": _SUMMARY_2018,
    },
    {
        "edition": "2018",
        "area": "东城区、西城区及五环路以内(南四环以内)",
        "area_adcodes": CORE6,
        "gbt4754_prefix": "7010",
        "level": "禁止",
        "text_zh": "禁止新建写字楼等大型公共建筑",
        "text_en": "No new office buildings or other large public buildings",
        "confidence": _VERIFY,
        "source": _SUMMARY_2018,
    },
    {
        "edition": "2018",
        "area": "三环路以内",
        "area_adcodes": CORE6,
        "gbt4754_prefix": "59",
        "level": "禁止",
        "text_zh": "禁止新建和扩建物流仓储设施",
        "text_en": "No new or expanded logistics/warehousing inside the 3rd Ring "
        "(ring extent is not an adcode set)",
        "confidence": _VERIFY,
        "source": _SUMMARY_2018,
    },
    {
        "edition": "2018",
        "area": "全市",
        "area_adcodes": CITY,
        "gbt4754_prefix": "7010",
        "level": "禁止",
        "text_zh": "禁止容积率低于1.0的房地产开发项目(历史文化保护区除外)",
        "text_en": "No real-estate projects with FAR below 1.0 "
        "(historic conservation areas excepted)",
        "confidence": _VERIFY,
        "source": _SUMMARY_2018,
    },
    {
        "edition": "2018",
        "area": "全市",
        "area_adcodes": CITY,
        "gbt4754_prefix": "7040",
        "level": "禁止",
        "text_zh": "禁止新增集中办公区租赁经营",
        "text_en": "No new concentrated-office (集中办公区) leasing",
        "confidence": _VERIFY,
        "source": _SUMMARY_2018,
    },
    {
        "edition": "2018",
        "area": "全市(东城、西城除外)",
        "area_adcodes": CITY.replace("110101;110102;", ""),
        "gbt4754_prefix": "C",
        "level": "不列入",
        "text_zh": "制造业研发、中试、设计、技术服务等非生产制造环节不列入禁限",
        "text_en": "Manufacturing R&D, pilot, design and technical-service stages "
        "are not listed (allowed); an exemption, not a restriction",
        "confidence": _VERIFY,
        "source": _SUMMARY_2018,
    },
]

_INDUSTRIAL = {
    "GB 50137-2011": ["M", "M1", "M2", "M3"],
    "2023 guide": ["1001", "100101", "100102", "100103"],
    "GB/T 21010-2017": ["0601"],
}


def _outcomes(pass_zh, pass_en, review_zh, review_en, fail_zh=None, fail_en=None):
    out = {
        "PASS": {"zh": pass_zh, "en": pass_en},
        "REVIEW": {"zh": review_zh, "en": review_en},
    }
    if fail_zh:
        out["FAIL"] = {"zh": fail_zh, "en": fail_en}
    return out


_R = []
_R.append(
    {
        "id": "R1",
        "title_zh": "协议出让资格",
        "title_en": "Eligibility for agreement transfer (协议出让)",
        "clause": "(二十二)",
        "clause_text_zh": "对自有工业用地改造用于自营生产性服务业的工业企业，"
        "涉及改变用途的，可采取协议出让方式供地",
        "inputs": [
            "current_landuse_code",
            "current_landuse_system",
            "land_owned_by_applicant",
            "self_operated",
            "proposed_ps_category",
            "use_changes",
        ],
        "thresholds": {"industrial_codes_ref": "industrial_codes"},
        "outcomes": _outcomes(
            "符合协议出让条件，以审批为准",
            "Eligible for agreement transfer (协议出让), subject to approval",
            "不满足协议出让条件，常规途径为招拍挂",
            "Normal route is tender/auction/listing (招拍挂)",
        ),
    }
)
_R.append(
    {
        "id": "R2",
        "title_zh": "严控建筑增量",
        "title_en": "Strictly control the building increment",
        "clause": "(二十二)",
        "clause_text_zh": "改造项目应严控建筑增量",
        "inputs": ["existing_gfa_m2", "proposed_gfa_m2"],
        "thresholds": {"hard_cap_increment_pct": None, "hard_cap_increment_m2": None},
        "outcomes": _outcomes(
            "建筑规模未增加",
            "Proposed GFA does not exceed the existing GFA",
            "建筑规模增加 {increment_m2} m²（{increment_pct}%），需说明理由",
            "GFA increases by {increment_m2} m² ({increment_pct}%); justify",
            "建筑增量超过上限 {cap}",
            "GFA increment exceeds the cap {cap}",
        ),
    }
)
_R.append(
    {
        "id": "R3",
        "title_zh": "补充城市功能短板",
        "title_en": "Indicators justified by urban-function gaps",
        "clause": "(二十二)",
        "clause_text_zh": "在补充城市功能短板的基础上合理确定规划指标",
        "inputs": ["function_gaps_filled", "function_gap_text"],
        "thresholds": {
            "accepted_gaps": [
                "public_service",
                "green_space",
                "parking",
                "talent_housing",
                "community_service",
                "other",
            ]
        },
        "outcomes": _outcomes(
            "已说明补充的城市功能短板",
            "The urban-function gaps the plan fills are stated",
            "未说明补充的城市功能短板",
            "No urban-function gap stated",
        ),
    }
)
_R.append(
    {
        "id": "R4",
        "title_zh": "新增产业的禁止和限制目录",
        "title_en": "Catalogue of prohibited and restricted new industries",
        "clause": "一(二)",
        "clause_text_zh": "严格执行新增产业的禁止和限制目录",
        "inputs": ["proposed_gbt4754_codes", "catalogue_area", "evaluation_date"],
        "thresholds": {
            "catalogue_file": "rules/catalogue.csv",
            "editions": [
                {"edition": "2015", "in_force_from": "2015-08-25", "to_verify": True},
                {"edition": "2018", "in_force_from": "2018-09-26", "to_verify": False},
            ],
            "match": "longest gbt4754_prefix; a letter is a GB/T 4754 section "
            "(C = divisions 13-43); level 不列入 is an exemption",
        },
        "outcomes": _outcomes(
            "未命中禁止或限制条目",
            "No prohibited or restricted entry matched",
            "命中限制条目：{matched}",
            "Restricted entry matched: {matched}",
            "命中禁止条目：{matched}",
            "Prohibited entry matched: {matched}",
        ),
    }
)
_R.append(
    {
        "id": "R5",
        "title_zh": "位于高端产业功能区或中关村园区",
        "title_en": "Location in a high-end functional area or ZGC park",
        "clause": "(九)",
        "clause_text_zh": "腾笼换鸟，有序引导金融、科技、信息、商务等优质服务要素"
        "向高端产业功能区布局",
        "related_clauses": [
            {
                "clause": "(八)",
                "text_zh": "强化中关村国家自主创新示范区在首都服务业创新发展中的"
                "核心地位，推动一区十六园统筹协调发展",
            }
        ],
        "inputs": ["parcel_geometry", "proposed_ps_category", "zone_layers"],
        "thresholds": {"inside_share_min": 0.5, "report_min_overlap_m2": 1.0},
        "outcomes": _outcomes(
            "位于重点发展该类服务的功能区内",
            "Inside a zone whose focus categories include the proposed category",
            "不在政策引导该类服务布局的功能区内",
            "Outside the functional areas the policy steers these services to",
        ),
    }
)
_R.append(
    {
        "id": "R6",
        "title_zh": "城乡建设用地减量提质",
        "title_en": "Reduction and quality of construction land (控制指标)",
        "clause": "(二十二)",
        "clause_text_zh": "符合城乡建设用地减量提质要求",
        "related_clauses": [
            {"clause": "(二十二)", "text_zh": "通过优化设计方案提高建筑及环境品质"}
        ],
        "inputs": [
            "site_area_m2",
            "far",
            "building_density",
            "green_ratio",
            "height_m",
            "control_indicators",
        ],
        "thresholds": {
            "use_zone_or_district_indicators": True,
            "missing": "REVIEW",
            # Demo control indicators (示例), not regulatory 控规 figures; keys are
            # zone codes or district adcodes, zones first. Planners replace them.
            "control_indicators": {
                "_note": "示例控制指标（演示用，非控规数值）：键为功能区代码或区县 "
                "adcode；功能区优先于区县。规划人员应以控制性详细规划指标替换。Demo values, not "
                "regulatory figures.",
                "NA-BDA": {
                    "far_max": 2.0,
                    "building_density_max": 0.45,
                    "green_ratio_min": 0.2,
                    "height_max_m": 60,
                    "status": "示例",
                },
                "SC-HR": {
                    "far_max": 1.2,
                    "building_density_max": 0.35,
                    "green_ratio_min": 0.35,
                    "height_max_m": 24,
                    "status": "示例",
                },
                "110106": {
                    "far_max": 2.5,
                    "building_density_max": 0.4,
                    "green_ratio_min": 0.25,
                    "height_max_m": 60,
                    "status": "示例",
                },
                "110107": {
                    "far_max": 2.5,
                    "building_density_max": 0.4,
                    "green_ratio_min": 0.3,
                    "height_max_m": 60,
                    "status": "示例",
                },
                "110112": {
                    "far_max": 2.5,
                    "building_density_max": 0.4,
                    "green_ratio_min": 0.3,
                    "height_max_m": 60,
                    "status": "示例",
                },
                "110115": {
                    "far_max": 1.5,
                    "building_density_max": 0.45,
                    "green_ratio_min": 0.25,
                    "height_max_m": 45,
                    "status": "示例",
                },
            },
            "inside_share_min": 0.5,
        },
        "outcomes": _outcomes(
            "各项指标符合控制指标",
            "All indicators within the control indicators on file",
            "指标超出控制指标或无控制指标备案",
            "Indicators outside the controls, or no control indicators on file",
        ),
    }
)
_R.append(
    {
        "id": "R7",
        "title_zh": "疏解单位改造利用老旧商业设施、仓储用房",
        "title_en": "Old commercial/warehouse buildings reused by relocating units",
        "clause": "(二十二)",
        "clause_text_zh": "鼓励疏解转移的企事业单位在符合首都城市战略定位和产业政策、"
        "符合城乡建设用地减量提质要求的基础上，改造利用老旧商业设施、"
        "仓储用房发展生产性服务业",
        "inputs": ["building_current_use", "applicant_is_relocating_unit"],
        "thresholds": {
            "informational": True,
            "eligible_current_uses": {
                "GB 50137-2011": ["B1", "W", "W1", "W2", "W3"],
                "2023 guide": ["0901", "11", "1101"],
                "GB/T 21010-2017": ["05", "0604"],
            },
        },
        "outcomes": _outcomes(
            "受(二十二)鼓励：疏解单位改造利用老旧商业设施、仓储用房",
            "Encouraged by seed (二十二): relocating unit reusing old "
            "commercial/warehouse buildings",
            "不适用",
            "Not applicable (informational)",
        ),
    }
)

RULES = {
    "version": "2016.1",
    "issued": "2016-06-29",
    "policy": "北京市人民政府关于优化提升生产性服务业的意见",
    "policy_en": "Opinions of the Beijing Municipal Government on optimising and "
    "upgrading producer services",
    "combine": "worst applicable outcome: FAIL > REVIEW > PASS",
    "rules": _R,
    "informational_clauses": [
        {
            "clause": "(二十三)",
            "text_zh": "对工业企业剥离出的生产性服务业务，在用水、用电、用气等方面"
            "实行与原企业相同的价格政策",
        }
    ],
    "industrial_codes": _INDUSTRIAL,
    "catalogue_areas": {
        "2015": {
            "scheme": "1+3",
            "全市": CITY.split(";"),
            "城六区": CORE6.split(";"),
            "城市发展新区": ["110111", "110112", "110113", "110114", "110115"],
            "生态涵养发展区": ["110109", "110116", "110117", "110118", "110119"],
            "note": "城市发展新区/生态涵养发展区 by whole district (the 2005 "
            "functional-zone split); mountain parts of 房山/昌平 to verify",
        },
        "2018": {
            "scheme": "1+4",
            "全市": CITY.split(";"),
            "首都功能核心区": ["110101", "110102"],
            "中心城区": CORE6.split(";"),
            "北京城市副中心": ["110112"],
            "副中心以外的平原地区": [
                "110111",
                "110112",
                "110113",
                "110114",
                "110115",
            ],
            "生态涵养区": [
                "110109",
                "110111",
                "110114",
                "110116",
                "110117",
                "110118",
                "110119",
            ],
            "note": "北京城市副中心 is part of 通州 (not the whole district); "
            "昌平/房山 split between plain and 生态涵养区 by township: resolve by "
            "parcel polygon when boundaries are on file, else REVIEW",
        },
    },
}
