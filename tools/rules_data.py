"""The conversion rules (R1-R7) and the sample catalogue, as data for build_rules.py.

Every clause quote below is checked, at build time and by the test suite, to be
verbatim in resources/policy/seed_policy_2016.txt. The seed sets no FAR,
density, green-ratio or height figures: R6 reads them from the regulatory-plan
(控规) layer or from indicators typed on the case with their source, never from
this file.

The sample catalogue rows come from public press summaries of the 2015 and 2018
editions of 北京市新增产业的禁止和限制目录 (shared/domain/conversion_rules.md); the
code prefixes are a working mapping and every row is a sample to verify
(待核实) until a bureau loads its authoritative file.
"""

from __future__ import annotations

Q22_R1 = (
    "对自有工业用地改造用于自营生产性服务业的工业企业，涉及改变用途的，"
    "可采取协议出让方式供地"
)
Q22_R6 = (
    "改造项目应严控建筑增量，在补充城市功能短板的基础上合理确定规划指标，"
    "通过优化设计方案提高建筑及环境品质"
)
Q22_R7 = (
    "鼓励疏解转移的企事业单位在符合首都城市战略定位和产业政策、符合城乡建设用地减量"
    "提质要求的基础上，改造利用老旧商业设施、仓储用房发展生产性服务业"
)
Q9 = "腾笼换鸟，有序引导金融、科技、信息、商务等优质服务要素向高端产业功能区布局"
Q8_CORE = "强化中关村国家自主创新示范区在首都服务业创新发展中的核心地位，推动一区十六园统筹协调发展"
Q8_PILOT = (
    "深化落实现有各项创新政策，积极探索人才培育、金融支持、技术创新和产业创新等方面"
    "先行先试政策"
)
Q12_PILOT = "支持朝阳区、顺义区等示范区先行先试"
Q2_CATALOGUE = "严格执行新增产业的禁止和限制目录"
Q23 = (
    "对工业企业剥离出的生产性服务业务，在用水、用电、用气等方面实行与原企业相同的"
    "价格政策"
)


def _outcomes(**texts: tuple[str, str]) -> dict[str, dict[str, str]]:
    return {k: {"zh": zh, "en": en} for k, (zh, en) in texts.items()}


R1 = {
    "id": "R1",
    "title_zh": "协议出让资格",
    "title_en": "Eligibility for agreement transfer (协议出让)",
    "clause": "(二十二)",
    "clause_text_zh": Q22_R1,
    "inputs": [
        "applicant_is_industrial", "current_landuse_code", "current_landuse_system",
        "proposed_landuse_code", "proposed_landuse_system", "land_owned",
        "self_operated", "proposed_category",
    ],
    "thresholds": {"industrial_codes_ref": "industrial_codes"},
    "outcomes": _outcomes(
        PASS=("符合协议出让条件，以审批为准",
              "Eligible for agreement transfer (协议出让), subject to approval"),
        REVIEW=("协议出让条件未全部满足或待确认；不满足时常规途径为招拍挂",
                "Agreement-transfer conditions not all met or not confirmed; "
                "otherwise the normal route is tender/auction/listing (招拍挂)"),
    ),
}  # fmt: skip # rule data: clause texts and thresholds kept as written

R2 = {
    "id": "R2",
    "title_zh": "严控建筑增量",
    "title_en": "Strictly control the building increment",
    "clause": "(二十二)",
    "clause_text_zh": "改造项目应严控建筑增量",
    "inputs": ["existing_gfa_m2", "proposed_gfa_m2"],
    "thresholds": {"hard_cap_increment_pct": None, "hard_cap_increment_m2": None},
    "outcomes": _outcomes(
        PASS=("建筑规模未增加", "Proposed GFA does not exceed the existing GFA"),
        REVIEW=("建筑规模增加 {increment_m2} m²（{increment_pct}%），需说明理由",
                "GFA increases by {increment_m2} m² ({increment_pct}%); justify"),
        FAIL=("建筑增量超过上限 {cap}", "GFA increment exceeds the cap {cap}"),
    ),
}  # fmt: skip # rule data: clause texts and thresholds kept as written

R3 = {
    "id": "R3",
    "title_zh": "补充城市功能短板",
    "title_en": "Indicators justified by urban-function gaps",
    "clause": "(二十二)",
    "clause_text_zh": "在补充城市功能短板的基础上合理确定规划指标",
    "inputs": ["shortfalls_filled"],
    "thresholds": {
        "accepted_gaps": [
            "public_service", "green_space", "parking", "talent_housing",
            "community_service", "other",
        ]
    },
    "outcomes": _outcomes(
        PASS=("已说明补充的城市功能短板",
              "The urban-function gaps the plan fills are stated"),
        REVIEW=("未说明补充的城市功能短板", "No urban-function gap stated"),
    ),
}  # fmt: skip # rule data: clause texts and thresholds kept as written

R4 = {
    "id": "R4",
    "title_zh": "新增产业的禁止和限制目录",
    "title_en": "Catalogue of prohibited and restricted new industries",
    "clause": "一(二)",
    "clause_text_zh": Q2_CATALOGUE,
    "inputs": [
        "proposed_gbt4754", "received_date", "geometry", "far", "proposed_gfa_m2",
        "site_area_m2", "site_area_override_reason", "in_plan",
        "project_facilities", "manufacturing_stage", "heritage_area",
    ],
    "thresholds": {
        "indicative_area_margin_m": 1500,
        "edition_date": "received_date (application date); evaluation date if empty",
        "match": "a row fails a case only when its area, code prefix, dates and "
                 "every condition hold; 不列入 rows exempt the broader rows they "
                 "cover when their own conditions hold",
    },
    "outcomes": _outcomes(
        PASS=("未命中禁止或限制条目", "No prohibited or restricted entry applies"),
        REVIEW=("目录条目需人工核实", "Catalogue entries need a person"),
        FAIL=("命中禁止条目", "A prohibited entry applies"),
    ),
}  # fmt: skip # rule data: clause texts and thresholds kept as written

R5 = {
    "id": "R5",
    "title_zh": "高端产业功能区布局引导",
    "title_en": "Steering to the high-end functional areas (guidance)",
    "clause": "(九)",
    "clause_text_zh": Q9,
    "related_clauses": [{"clause": "(八)", "text_zh": Q8_CORE}],
    "inputs": ["geometry", "proposed_category", "location_clause"],
    "thresholds": {
        "inside_share_min": 0.5,
        "report_min_overlap_m2": 1.0,
        "location_clauses": [
            {
                "id": "(八)",
                "title_zh": "中关村先行先试政策",
                "text_zh": Q8_PILOT,
                "zone_kinds": ["zgc_park", "zgc_zone"],
            },
            {
                "id": "(十二)",
                "title_zh": "服务业扩大开放综合试点示范区先行先试",
                "text_zh": Q12_PILOT,
                "district_adcodes": ["110105", "110113"],
            },
        ],
    },
    "outcomes": _outcomes(
        PASS=("位于重点发展该类服务的功能区内",
              "Inside a zone whose focus categories include the proposed category"),
        REVIEW=("所依据条款要求的区位未满足或待确认",
                "The location a relied-on clause requires is not met or not "
                "confirmed"),
    ),
}  # fmt: skip # rule data: clause texts and thresholds kept as written

R6 = {
    "id": "R6",
    "title_zh": "规划控制指标（控规）",
    "title_en": "Control indicators (regulatory plan, 控规)",
    "clause": "(二十二)",
    "clause_text_zh": Q22_R6,
    "inputs": [
        "geometry", "far", "building_density", "green_ratio", "height_m",
        "proposed_gfa_m2", "site_area_m2", "site_area_override_reason",
        "indicator_far_max", "indicator_building_density_max",
        "indicator_green_ratio_min", "indicator_height_max_m", "indicator_source",
    ],
    "thresholds": {
        "regulatory_min_share": 0.05,
        "note": "本意见未规定容积率、建筑密度、绿地率、高度数值；指标取自控规图层或案件"
                "填写的指标及其来源。The seed sets no indicator figures.",
    },
    "outcomes": _outcomes(
        PASS=("各项指标符合控制指标", "All indicators within the control indicators"),
        REVIEW=("指标超出控制指标、缺少数值或无控制指标备案",
                "Indicators outside the controls, values missing, or no control "
                "indicators on file"),
    ),
}  # fmt: skip # rule data: clause texts and thresholds kept as written

R7 = {
    "id": "R7",
    "title_zh": "疏解单位改造利用老旧商业设施、仓储用房",
    "title_en": "Old commercial/warehouse buildings reused by relocating units",
    "clause": "(二十二)",
    "clause_text_zh": Q22_R7,
    "inputs": [
        "current_building_use", "relocating_unit", "current_landuse_code",
        "current_landuse_system",
    ],
    "thresholds": {
        "informational": True,
        "eligible_current_uses": {
            "GB 50137-2011": ["B1", "W", "W1", "W2", "W3"],
            "2023 guide": ["0901", "11", "1101"],
            "GB/T 21010-2017": ["05", "0604"],
        },
    },
    "outcomes": _outcomes(
        PASS=("受(二十二)鼓励：疏解单位改造利用老旧商业设施、仓储用房",
              "Encouraged by seed (二十二): relocating unit reusing old "
              "commercial/warehouse buildings"),
        REVIEW=("不适用", "Not applicable (informational)"),
    ),
}  # fmt: skip # rule data: clause texts and thresholds kept as written

RULES = {
    "version": "2016.2",
    "format": 2,
    "issued": "2016-06-29",
    "policy": "北京市人民政府关于优化提升生产性服务业的意见",
    "policy_en": "Opinions of the Beijing Municipal Government on optimising and "
    "upgrading producer services",
    "combine": "worst applicable outcome: FAIL > REVIEW > PASS",
    "rules": [R1, R2, R3, R4, R5, R6, R7],
    "informational_clauses": [{"clause": "(二十三)", "text_zh": Q23}],
    "industrial_codes": {
        "GB 50137-2011": ["M", "M1", "M2", "M3"],
        "2023 guide": ["1001", "100101", "100102", "100103"],
        "GB/T 21010-2017": ["0601"],
    },
}

# --- sample catalogue --------------------------------------------------------
CITY = (
    "110101;110102;110105;110106;110107;110108;110109;110111;110112;110113;"
    "110114;110115;110116;110117;110118;110119"
)
CENTRAL = "110101;110102;110105;110106;110107;110108"
CITY_NOT_CORE = CITY.replace("110101;110102;", "")

#: Indicative ring-road extents (CGCS2000 lon/lat), drawn by hand through the
#: interchanges named in the comments; about ±1 km. R4 treats a parcel within
#: ``indicative_area_margin_m`` of such a line as "needs a person".
RING3 = [
    (116.3085, 39.9070),  # 公主坟
    (116.3095, 39.9500),  # 紫竹院
    (116.3200, 39.9640),
    (116.3500, 39.9670),  # 蓟门桥
    (116.4080, 39.9690),  # 安贞桥
    (116.4560, 39.9620),  # 三元桥
    (116.4615, 39.9400),  # 长虹桥
    (116.4615, 39.8840),  # 劲松桥
    (116.4550, 39.8600),  # 分钟寺桥
    (116.4200, 39.8570),  # 刘家窑桥
    (116.3560, 39.8560),  # 玉泉营桥
    (116.3300, 39.8600),
    (116.3100, 39.8700),  # 六里桥
]
RING5_S4 = [
    (116.2100, 39.8500),  # 西五环 / 南四环 西端 (approx.)
    (116.2050, 39.9000),  # 衙门口
    (116.2080, 39.9500),  # 杏石口
    (116.2300, 40.0050),
    (116.2700, 40.0250),  # 西北旺 (approx.)
    (116.3300, 40.0300),  # 上清桥
    (116.3900, 40.0230),  # 仰山桥
    (116.4600, 40.0200),  # 来广营
    (116.5100, 40.0050),
    (116.5480, 39.9700),  # 东坝
    (116.5600, 39.9200),
    (116.5580, 39.8700),  # 五方桥 (approx.)
    (116.5400, 39.8400),
    (116.4900, 39.8400),  # 南四环 东端 (approx.)
    (116.4400, 39.8390),  # 成寿寺
    (116.3700, 39.8350),  # 马家楼
    (116.2750, 39.8450),  # 岳各庄
]


def wkt(ring: list[tuple[float, float]]) -> str:
    """Return a closed polygon's WKT."""
    pts = [*ring, ring[0]]
    return "POLYGON ((" + ", ".join(f"{x:.4f} {y:.4f}" for x, y in pts) + "))"


S2015 = "press summaries of the 2015 edition (2015-08-25); conversion_rules.md"
S2018 = "China Daily 2018-09-27; ce.cn 2018-09-27 (2018 edition summaries)"
E2015 = {
    "edition": "2015",
    "edition_title": "北京市新增产业的禁止和限制目录（2015年版）",
    "in_force_from": "2015-08-25",
    "in_force_to": "2018-09-25",
}
E2018 = {
    "edition": "2018",
    "edition_title": "北京市新增产业的禁止和限制目录（2018年版）",
    "in_force_from": "2018-09-26",
    "in_force_to": "",
}

CATALOGUE_ROWS: list[dict[str, str]] = [
    {**E2015, "row_key": "2015-01", "area_name": "城六区(朝阳、海淀、丰台、石景山)",
     "area_adcodes": "110105;110106;110107;110108", "gbt4754_prefix": "C",
     "level": "禁止", "text_zh": "禁止新建和扩建制造业项目(东城、西城另有规定)",
     "text_en": "No new or expanded manufacturing projects (section C; "
     "Dongcheng/Xicheng have rules of their own)", "source": S2015},
    {**E2015, "row_key": "2015-02", "area_name": "全市", "area_adcodes": CITY,
     "gbt4754_prefix": "51",
     "conditions": "project_facilities has trading_market; in_plan = 0",
     "level": "禁止", "text_zh": "禁止新建未列入规划的商品交易市场",
     "text_en": "No new commodity trading markets not listed in the plan",
     "source": S2015},
    {**E2015, "row_key": "2015-03", "area_name": "全市", "area_adcodes": CITY,
     "gbt4754_prefix": "59",
     "conditions": "project_facilities has regional_logistics_centre; in_plan = 0",
     "level": "禁止", "text_zh": "禁止新建未列入规划的区域性物流中心",
     "text_en": "No new regional logistics centres not listed in the plan",
     "source": S2015},
    {**E2015, "row_key": "2015-04", "area_name": "全市", "area_adcodes": CITY,
     "gbt4754_prefix": "8341", "level": "禁止",
     "text_zh": "禁止新设立普通高等教育机构",
     "text_en": "No new ordinary higher-education institutions", "source": S2015},
    {**E2018, "row_key": "2018-01", "area_name": "东城区、西城区及五环路以内(南四环以内)",
     "area_adcodes": "110101;110102", "area_wkt": wkt(RING5_S4),
     "area_indicative": "1", "gbt4754_prefix": "61",
     "conditions": "project_facilities has hotel", "level": "禁止",
     "text_zh": "禁止新建宾馆(酒店)",
     "text_en": "No new hotels (Dongcheng, Xicheng and inside the 5th Ring / "
     "south 4th Ring)", "source": S2018},
    {**E2018, "row_key": "2018-02", "area_name": "东城区、西城区及五环路以内(南四环以内)",
     "area_adcodes": "110101;110102", "area_wkt": wkt(RING5_S4),
     "area_indicative": "1", "gbt4754_prefix": "",
     "conditions": "project_facilities has office_building", "level": "禁止",
     "text_zh": "禁止新建写字楼等大型公共建筑",
     "text_en": "No new office buildings or other large public buildings",
     "source": S2018},
    {**E2018, "row_key": "2018-03", "area_name": "三环路以内",
     "area_wkt": wkt(RING3), "area_indicative": "1", "gbt4754_prefix": "59",
     "level": "禁止", "text_zh": "禁止新建和扩建物流仓储设施",
     "text_en": "No new or expanded logistics/warehousing inside the 3rd Ring",
     "source": S2018},
    {**E2018, "row_key": "2018-04", "area_name": "全市", "area_adcodes": CITY,
     "gbt4754_prefix": "7010", "conditions": "far < 1.0; heritage_area = 0",
     "level": "禁止", "text_zh": "禁止容积率低于1.0的房地产开发项目(历史文化保护区除外)",
     "text_en": "No real-estate projects with FAR below 1.0 (historic "
     "conservation areas excepted)", "source": S2018},
    {**E2018, "row_key": "2018-05", "area_name": "全市", "area_adcodes": CITY,
     "gbt4754_prefix": "7040", "conditions": "project_facilities has concentrated_office",
     "level": "禁止", "text_zh": "禁止新增集中办公区租赁经营",
     "text_en": "No new concentrated-office (集中办公区) leasing", "source": S2018},
    {**E2018, "row_key": "2018-06", "area_name": "中心城区", "area_adcodes": CENTRAL,
     "gbt4754_prefix": "C", "level": "禁止",
     "text_zh": "禁止新建和扩建制造业项目（中心城区；非生产制造环节见2018-07）",
     "text_en": "No new or expanded manufacturing in the central districts "
     "(non-production stages: see 2018-07)",
     "source": S2018 + "; the ban the 不列入 exemption (2018-07) refers to"},
    {**E2018, "row_key": "2018-07", "area_name": "全市(东城、西城除外)",
     "area_adcodes": CITY_NOT_CORE, "gbt4754_prefix": "C",
     "conditions": "manufacturing_stage in (rd, pilot, design, tech_service)",
     "level": "不列入",
     "text_zh": "制造业研发、中试、设计、技术服务等非生产制造环节不列入禁限",
     "text_en": "Manufacturing R&D, pilot, design and technical-service stages are "
     "not listed (an exemption, outside Dongcheng/Xicheng)", "source": S2018},
]  # fmt: skip # catalogue rows, one row per line

CATALOGUE_FIELDS = [
    "edition", "edition_title", "in_force_from", "in_force_to", "row_key",
    "area_name", "area_adcodes", "area_wkt", "area_indicative", "gbt4754_prefix",
    "conditions", "level", "text_zh", "text_en", "valid_from", "valid_to", "source",
    "verified",
]  # fmt: skip # catalogue rows, one row per line
