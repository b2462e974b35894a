"""The policy's five leading sectors and the crosswalk to the categories 01-10.

The seed's general approach (一)(一) names five: "不断强化科技创新引领、信息覆盖
应用、金融保障支持、商务融合渗透、流通高效链接", and (四) gives each a paragraph
(创新发展金融业, 融合发展信息服务业, 做大做强科技服务业, 促进商务服务业高端发展,
优化提升流通服务业). Each producer-service category is put in the sector whose
paragraph names its activity, quoting the words; where the seed is silent the
row says what it rests on instead (``basis``). ``other`` holds what none of
the five covers. Quotes are checked verbatim against the seed at build time.
"""

from __future__ import annotations

_FIVE = "不断强化科技创新引领、信息覆盖应用、金融保障支持、商务融合渗透、流通高效链接"

#: (key, 中文, English, clause, verbatim quote naming the sector)
SECTORS: list[tuple[str, str, str, str, str]] = [
    ("finance", "金融", "Finance", "(四)", "创新发展金融业"),
    ("information", "信息", "Information", "(四)", "融合发展信息服务业"),
    ("technology", "科技", "Science and technology", "(四)", "做大做强科技服务业"),
    ("business", "商务", "Business services", "(四)", "促进商务服务业高端发展"),
    (
        "circulation",
        "流通",
        "Circulation (trade and logistics)",
        "(四)",
        "优化提升流通服务业",
    ),
    ("other", "其他", "Other producer services", "", ""),
]

#: (category, sector, clause, verbatim quote, basis, confidence)
CROSSWALK: list[tuple[str, str, str, str, str, str]] = [
    (
        "01",
        "technology",
        "(四)",
        "围绕研发设计、成果孵化、技术转移、检验检测认证等重点领域",
        "named in the 科技服务业 paragraph",
        "high",
    ),
    (
        "02",
        "circulation",
        "(四)",
        "推动电商物流、冷链物流、农产品物流等配送网络建设",
        "named in the 流通服务业 paragraph",
        "high",
    ),
    (
        "03",
        "information",
        "(四)",
        "推动软件业从产品向服务转型升级",
        "named in the 信息服务业 paragraph",
        "high",
    ),
    (
        "04",
        "finance",
        "(四)",
        "支持银行、证券、保险等在京金融机构发展",
        "named in the 金融业 paragraph",
        "high",
    ),
    (
        "05",
        "technology",
        "(四)",
        "聚焦节能环保、新能源、新材料、航空航天、生物健康、智能制造、智能交通等重点领域",
        "节能环保 is a focus field of the 科技服务业 paragraph ((五) also treats "
        "节能环保服务 as an emerging business)",
        "medium",
    ),
    (
        "06",
        "business",
        "",
        "",
        "the seed names no leasing; GB/T 4754-2017 section L puts leasing (71) with "
        "business services (72)",
        "low",
    ),
    (
        "07",
        "business",
        "(四)",
        "支持会计、审计、评估、信用、法律、咨询、广告、知识产权等行业拓展国际市场",
        "named in the 商务服务业 paragraph",
        "high",
    ),
    (
        "08",
        "business",
        "(五)",
        "强化人力资源服务的基础性支撑作用",
        "(五) names human-resource services outside the five; GB/T 4754-2017 puts "
        "them in division 72 商务服务业 (group 726)",
        "medium",
    ),
    (
        "09",
        "circulation",
        "(四)",
        "充分发挥中央企业在石油、天然气、矿产、贵金属、粮食等大宗商品批发业务方面的优势",
        "named in the 流通服务业 paragraph",
        "high",
    ),
    (
        "10",
        "other",
        "(五)",
        "发展远程监测诊断、运营维护、技术支持等售后服务新业态",
        "producer support services (repair, maintenance, support) are none of the "
        "five sectors",
        "medium",
    ),
]

SECTOR_FIELDS = [
    "sector",
    "name_zh",
    "name_en",
    "clause",
    "quote",
    "all_five_clause",
    "all_five_quote",
]
CROSSWALK_FIELDS = [
    "ps_code",
    "sector",
    "sector_zh",
    "clause",
    "quote",
    "basis",
    "confidence",
]


def sector_rows() -> list[dict[str, str]]:
    """Return the rows of ps_sectors.csv (one per sector)."""
    return [
        dict(
            zip(
                SECTOR_FIELDS,
                (
                    *s,
                    "(一)" if s[0] != "other" else "",
                    _FIVE if s[0] != "other" else "",
                ),
                strict=True,
            )
        )
        for s in SECTORS
    ]


def crosswalk_rows() -> list[dict[str, str]]:
    """Return the rows of ps_sector_crosswalk.csv (one per category)."""
    zh = {s[0]: s[1] for s in SECTORS}
    return [
        dict(zip(CROSSWALK_FIELDS, (c, s, zh[s], cl, q, b, conf), strict=True))
        for c, s, cl, q, b, conf in CROSSWALK
    ]


def quotes() -> list[str]:
    """Return every quote cited here (checked against the seed)."""
    return [_FIVE] + [s[4] for s in SECTORS if s[4]] + [r[3] for r in CROSSWALK if r[3]]
