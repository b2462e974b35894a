"""Zones' focus categories, each taken from the seed policy's own words.

Every entry names the zone, the producer-service category (01-10), the clause
of the seed (resources/policy/seed_policy_2016.txt), the exact words that name
the activity (``term``) and a longer verbatim ``quote`` that holds them. The
build fails if a quote is not verbatim in the seed (tools/build_zones.py), and
a test checks the shipped table against the seed again.

Mapping a phrase of the policy to a category of the producer-services
classification is a judgement; ``confidence`` says how direct it is (high: the
phrase is the category's own wording or an obvious member; medium: a reading
that a planner may dispute) and ``note`` says why.

The sixteen ZGC parks inherit the demonstration zone's entries: (八) speaks of
the zone as 一区十六园 (推动一区十六园统筹协调发展). Zones with no entry get none:
the seed names no sector for 新首钢 (only "产业发展新区" in (九)).
"""

from __future__ import annotations

#: (zone code, category, clause, term, quote, confidence, note)
FocusEntry = tuple[str, str, str, str, str, str, str]

_ZGC_PLATFORM = "鼓励发展资本运作、基础支撑、网络运营、应用服务等平台型服务业态"
_ZGC_KNOWLEDGE = (
    "重点发展研发设计、成果孵化、技术转移、检验检测服务、评估咨询服务等知识型新兴业态"
)
_CBD = "推动国际金融、现代商务、文化传媒等高端服务资源双向开放"
_BDA = "鼓励发展研发设计、电子商务等生产性服务业"
_PEK_NEW = "创新发展国际科技服务和文化服务贸易、跨境电子商务等新兴业态"
_OLY = "加快形成金融、科技与文化体育融合发展的新模式"
_CFD = "同步引进和培育智能装备、现代物流、研发设计、信息服务、金融服务等业态"
_PKX = "同步促进高端航空服务、高端商务服务等生产性服务业发展"
_ZC = "重点培育云计算数据中心、智慧产业基地等大数据产业"
_EC_NOTE = (
    "e-commerce support is read as 03 信息服务 (platform services); "
    "a planner may read it as 09 trade"
)

FOCUS: list[FocusEntry] = [
    (
        "ZGC-00",
        "01",
        "(八)",
        "研发设计、成果孵化、技术转移、检验检测服务",
        _ZGC_KNOWLEDGE,
        "high",
        "R&D, incubation, technology transfer, testing: 01",
    ),
    (
        "ZGC-00",
        "03",
        "(八)",
        "基础支撑、网络运营、应用服务",
        _ZGC_PLATFORM,
        "medium",
        "platform-type network and application services read as 03",
    ),
    (
        "ZGC-00",
        "04",
        "(八)",
        "资本运作",
        _ZGC_PLATFORM,
        "high",
        "capital operations are financial services",
    ),
    (
        "ZGC-00",
        "07",
        "(八)",
        "评估咨询服务",
        _ZGC_KNOWLEDGE,
        "high",
        "assessment and consulting are business services",
    ),
    (
        "SC-ZGC",
        "01",
        "(八)",
        "原始创新",
        "中关村科学城重点支持原始创新，聚集产学研创新主体和产业高端要素",
        "medium",
        "original innovation (research) read as 01",
    ),
    (
        "SC-HR",
        "01",
        "(八)",
        "大型科技服务平台",
        "依托大科学装置集群和怀柔科教产业园搭建大型科技服务平台",
        "high",
        "science and technology service platform",
    ),
    (
        "SC-FUT",
        "01",
        "(八)",
        "应用研究",
        "建成代表国家相关产业应用研究技术前沿水平、引领产业转型升级的创新高地",
        "medium",
        "applied research read as 01",
    ),
    (
        "FA-JRJ",
        "04",
        "(九)",
        "金融产业",
        "提升金融街的金融产业能级，培育国际型和专业服务型金融机构",
        "high",
        "",
    ),
    ("FA-CBD", "04", "(九)", "国际金融", _CBD, "high", ""),
    ("FA-CBD", "07", "(九)", "现代商务", _CBD, "high", ""),
    ("NA-BDA", "01", "(九)", "研发设计", _BDA, "high", ""),
    ("NA-BDA", "03", "(九)", "电子商务", _BDA, "medium", _EC_NOTE),
    (
        "NA-PEK",
        "02",
        "(九)",
        "航空物流",
        "不断增强临空经济区航空物流服务能力",
        "high",
        "",
    ),
    (
        "NA-PEK",
        "01",
        "(九)",
        "国际科技服务",
        _PEK_NEW,
        "medium",
        "international S&T services read as 01",
    ),
    ("NA-PEK", "03", "(九)", "跨境电子商务", _PEK_NEW, "medium", _EC_NOTE),
    ("FA-OLY", "04", "(九)", "金融", _OLY, "high", ""),
    (
        "FA-OLY",
        "01",
        "(九)",
        "科技",
        _OLY,
        "medium",
        "科技 (S&T) read as 01 研发设计与其他技术服务",
    ),
    (
        "FA-LZ",
        "04",
        "(九)",
        "金融商务区",
        "丽泽金融商务区",
        "medium",
        "from the zone's name as the seed gives it; no other sector is named",
    ),
    (
        "FA-LZ",
        "07",
        "(九)",
        "金融商务区",
        "丽泽金融商务区",
        "medium",
        "from the zone's name as the seed gives it; no other sector is named",
    ),
    (
        "BZ-TZ",
        "09",
        "(四)",
        "保税政策",
        "放大北京天竺综合保税区保税政策辐射带动效应，加快跨境电子商务园区建设",
        "medium",
        "in the (四) paragraph 优化提升流通服务业: bonded trade read as 09",
    ),
    (
        "BZ-TZ",
        "07",
        "(十九)",
        "保税展览展示",
        "促进北京天竺综合保税区保税展览展示产业发展",
        "medium",
        "exhibition services are business services (会议展览)",
    ),
    ("CP-CFD", "02", "(十)", "现代物流", _CFD, "high", ""),
    ("CP-CFD", "01", "(十)", "研发设计", _CFD, "high", ""),
    ("CP-CFD", "03", "(十)", "信息服务", _CFD, "high", ""),
    ("CP-CFD", "04", "(十)", "金融服务", _CFD, "high", ""),
    ("CP-PKX", "07", "(十)", "高端商务服务", _PKX, "high", ""),
    (
        "CP-PKX",
        "02",
        "(十)",
        "高端航空服务",
        _PKX,
        "medium",
        "aviation services read as 02 (transport, incl. 通用航空生产 in 2019)",
    ),
    (
        "CP-BHZ",
        "01",
        "(十)",
        "研发中试",
        "打造全国先进制造研发中试基地",
        "high",
        "R&D and pilot testing",
    ),
    ("CP-ZJK", "03", "(十)", "云计算数据中心", _ZC, "high", "data centres: 03"),
    ("CP-CD", "03", "(十)", "云计算数据中心", _ZC, "high", "data centres: 03"),
]

#: Zones that take their entries from another zone, with the words that say so.
INHERIT = {
    "ZGC-00": ("(八)", "推动一区十六园统筹协调发展"),
}

#: Zones the seed names without any sector (a note instead of entries).
NO_SECTOR = {
    "FA-SG": "(九) names 新首钢 only as an 产业发展新区 "
    "(有序建设新首钢高端产业综合服务区、丽泽金融商务区等产业发展新区); no sector",
}

FOCUS_CSV_FIELDS = [
    "zone_code",
    "category",
    "clause",
    "term",
    "quote",
    "via",
    "confidence",
    "note",
]


def focus_rows(parents: dict[str, str | None]) -> list[dict[str, str]]:
    """Return the focus table rows for the zones ``{code: parent code}``.

    A zone whose parent is in :data:`INHERIT` repeats the parent's entries
    with ``via`` naming the parent.
    """
    own: dict[str, list[FocusEntry]] = {}
    for entry in FOCUS:
        own.setdefault(entry[0], []).append(entry)
    rows = []
    for code, parent in parents.items():
        via = parent if parent in INHERIT and code not in own else ""
        for _, cat, clause, term, quote, conf, note in own.get(via or code, []):
            rows.append(
                dict(
                    zip(
                        FOCUS_CSV_FIELDS,
                        (code, cat, clause, term, quote, via, conf, note),
                        strict=True,
                    )
                )
            )
    return rows


def focus_columns(code: str, rows: list[dict[str, str]]) -> tuple[str | None, str]:
    """Return one zone's (focus_categories, focus_source) column values."""
    from layers.zones.focus import FocusSource, format_focus_source

    mine = [r for r in rows if r["zone_code"] == code]
    if not mine:
        return None, NO_SECTOR.get(code, "the seed names no sector for this zone")
    cats = ";".join(dict.fromkeys(r["category"] for r in mine))
    entries = [
        FocusSource(r["category"], r["clause"], r["term"], r["quote"]) for r in mine
    ]
    prefix = ""
    if mine[0]["via"]:
        clause, words = INHERIT[mine[0]["via"]]
        prefix = f"via {mine[0]['via']} {clause}「{words}」: "
    return cats, format_focus_source(entries, prefix)


def quotes() -> list[str]:
    """Return every quote this module cites (checked against the seed)."""
    return [e[4] for e in FOCUS] + [w for _, w in INHERIT.values()]
