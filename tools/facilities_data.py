"""Places the seed policy names that are points rather than areas (示意).

Each entry: code, Chinese and English name, the clause and a verbatim quote of
resources/policy/seed_policy_2016.txt that names the place, the sector of the
paragraph it sits in (the policy's five: finance, information, technology,
business, circulation; ``other`` outside them), the zone it lies in when the
sources say so, the district, where the position comes from (``anchor``) and
why that location (``basis``, with its source), and a confidence.

Anchors (resolved by tools/build_facilities.py, all in EPSG:4490 lon/lat):

- ``("zone", code)``: the pole of inaccessibility of the shipped indicative
  zone (the point inside it farthest from its edge);
- ``("district", adcode)``: the same for the basemap district outline;
- ``("point", lon, lat)``: a coordinate from the cited source (WGS84 taken as
  CGCS2000).

Several entries on one anchor are spread on a 300 m ring around it so each
stays visible; their positions relative to each other mean nothing.

Not placed (and why): 首都科技条件平台 and 中关村开放实验室 (networks, not a
site), 国家碳排放权交易中心 and 国际化货币清算结算中心 (the seed seeks to attract
them; no site), 跨境电子商务园区 (generic), 国家种业综合改革创新试验示范区 and
石景山国家服务业综合改革试点 (district-wide areas), 北京天竺综合保税区 (a zone
layer feature), exchanges and trading systems (全国中小企业股份转让系统, 北京产权
交易所 …: institutions, not places the policy builds), 京交会/科博会 (events).
"""

from __future__ import annotations

from typing import Any

_FIN_4 = "高标准建设好北京保险产业园、中关村互联网金融创新中心、中关村并购资本中心、北京基金小镇等"
_TECH_4 = (
    "加快首都科技条件平台、国家技术转移集聚区、国家大科学装置集聚区、纳米产业园、"
    "北京科技商务区、中关村（房山）新兴产业前沿技术研究院等建设"
)
_OLY_9 = "推动亚洲基础设施投资银行、中国美术馆、2022年冬奥会场馆等一批国家重大设施建设"
_IP_16 = "推动中关村国家知识产权服务业集聚发展示范区、中关村知识产权和标准化一条街建设"
#: zones_reference.csv 海淀园 anchor: 中关村大街 (Wikipedia-style infobox point).
ZGC_CORE = ("point", 116.317432, 39.9760392)
ZGC_CORE_SOURCE = (
    "zones_reference.csv 海淀园 anchor (中关村大街, Wikipedia-style infobox "
    "coordinate, assumed WGS84)"
)
_ZGC_NAME = (
    "the name places it in Zhongguancun; no site or district is sourced, so it is "
    "shown at the ZGC core anchor (中关村大街)"
)

FACILITIES: list[dict[str, Any]] = [
    {
        "code": "FAC-01",
        "name_zh": "北京保险产业园",
        "name_en": "Beijing Insurance Industrial Park",
        "clause": "(四)",
        "quote": _FIN_4,
        "sector": "finance",
        "district": "110107",
        "anchor": ("district", "110107"),
        "basis": "石景山区, the park beside metro line 1 福寿岭 station "
        "(tech.jiangsulong.com 2020-03-28); site coordinates not sourced: shown "
        "inside the district outline",
        "confidence": "medium (district) / low (position)",
    },
    {
        "code": "FAC-02",
        "name_zh": "中关村互联网金融创新中心",
        "name_en": "Zhongguancun Internet Finance Innovation Centre",
        "clause": "(四)",
        "quote": _FIN_4,
        "sector": "finance",
        "district": "110108",
        "anchor": ZGC_CORE,
        "basis": _ZGC_NAME,
        "confidence": "low",
    },
    {
        "code": "FAC-03",
        "name_zh": "中关村并购资本中心",
        "name_en": "Zhongguancun M&A Capital Centre",
        "clause": "(四)",
        "quote": _FIN_4,
        "sector": "finance",
        "district": "110108",
        "anchor": ZGC_CORE,
        "basis": _ZGC_NAME,
        "confidence": "low",
    },
    {
        "code": "FAC-04",
        "name_zh": "北京基金小镇",
        "name_en": "Beijing Fund Town",
        "clause": "(四)",
        "quote": _FIN_4,
        "sector": "finance",
        "district": "110111",
        "anchor": ("district", "110111"),
        "basis": "房山区长沟镇 (beijingshizx.com/bjxx/5803.html: 长沟镇北京基金小镇); "
        "town coordinates not sourced: shown inside the district outline",
        "confidence": "high (district) / low (position)",
    },
    {
        "code": "FAC-05",
        "name_zh": "下一代互联网根服务器",
        "name_en": "Next-generation Internet root servers",
        "clause": "(四)",
        "quote": "推动下一代互联网根服务器在北京经济技术开发区落地应用",
        "sector": "information",
        "zone": "NA-BDA",
        "district": "110115",
        "anchor": ("zone", "NA-BDA"),
        "basis": "the clause itself places them in 北京经济技术开发区; site not "
        "sourced: shown inside the indicative zone",
        "confidence": "high (zone) / low (position)",
    },
    {
        "code": "FAC-06",
        "name_zh": "国家技术转移集聚区",
        "name_en": "National Technology Transfer Cluster",
        "clause": "(十七)",
        "quote": "加快国家技术转移集聚区建设，打造辐射全国、链接全球的技术转移枢纽",
        "also": "(四) " + _TECH_4,
        "sector": "technology",
        "district": "110108",
        "anchor": ZGC_CORE,
        "basis": "planned around 中关村西区 (鼎好大厦, 国际技术转移中心; "
        "bid.caigoupt.com/info-135541328): shown at the ZGC core anchor",
        "confidence": "medium",
    },
    {
        "code": "FAC-07",
        "name_zh": "国家大科学装置集聚区",
        "name_en": "National large-scale science facility cluster",
        "clause": "(四)",
        "quote": _TECH_4,
        "sector": "technology",
        "zone": "SC-HR",
        "district": "110116",
        "anchor": ("zone", "SC-HR"),
        "basis": "(八) ties the large science facilities to 怀柔科学城 "
        "(依托大科学装置集群); shown inside the indicative 怀柔科学城",
        "confidence": "medium",
    },
    {
        "code": "FAC-08",
        "name_zh": "纳米产业园",
        "name_en": "Nanotechnology industrial park",
        "clause": "(四)",
        "quote": _TECH_4,
        "sector": "technology",
        "zone": "ZGC-HR",
        "district": "110116",
        "anchor": ("zone", "ZGC-HR"),
        "basis": "北京纳米科技产业园 in 怀柔 雁栖经济开发区 = ZGC 怀柔园 (japanese.cri.cn "
        "2012-04-23; siheshuidao.cn 2013-07 怀柔园); shown inside the indicative park",
        "confidence": "medium",
    },
    {
        "code": "FAC-09",
        "name_zh": "北京科技商务区",
        "name_en": "Beijing Science and Technology Business District",
        "clause": "(四)",
        "quote": _TECH_4,
        "sector": "technology",
        "district": "110105",
        "anchor": ("district", "110105"),
        "basis": "read as 朝阳区 垡头 科技商务区 ('科技CBD', chinanews.com 2013-12-09); "
        "identification and site not verified: shown inside the district outline",
        "confidence": "low",
    },
    {
        "code": "FAC-10",
        "name_zh": "中关村（房山）新兴产业前沿技术研究院",
        "name_en": "ZGC (Fangshan) Institute of Frontier Technologies",
        "clause": "(四)",
        "quote": _TECH_4,
        "sector": "technology",
        "zone": "ZGC-FS",
        "district": "110111",
        "anchor": ("zone", "ZGC-FS"),
        "basis": "the name places it in 房山 (ZGC 房山园); site not sourced: shown "
        "inside the indicative park",
        "confidence": "low",
    },
    {
        "code": "FAC-11",
        "name_zh": "北京新能源汽车科技产业园",
        "name_en": "Beijing New-Energy Vehicle Science and Technology Park",
        "clause": "(五)",
        "quote": "加快推进北京新能源汽车科技产业园等建设",
        "sector": "technology",
        "district": "110115",
        "anchor": ("district", "110115"),
        "basis": "北京(大兴)新能源汽车科技产业园 (nextvapk.com 2016-07-21, on this "
        "policy); site not sourced: shown inside the 大兴区 outline",
        "confidence": "medium (district) / low (position)",
    },
    {
        "code": "FAC-12",
        "name_zh": "怀柔科教产业园",
        "name_en": "Huairou Science and Education Industrial Park",
        "clause": "(八)",
        "quote": "依托大科学装置集群和怀柔科教产业园搭建大型科技服务平台",
        "sector": "technology",
        "zone": "ZGC-HR",
        "district": "110116",
        "anchor": ("zone", "ZGC-HR"),
        "basis": "中科院怀柔科教产业园, one of ZGC 怀柔园's three parks "
        "(siheshuidao.cn 2013-07); shown inside the indicative park",
        "confidence": "medium",
    },
    {
        "code": "FAC-13",
        "name_zh": "亚洲基础设施投资银行总部",
        "name_en": "Asian Infrastructure Investment Bank headquarters",
        "clause": "(九)",
        "quote": _OLY_9,
        "sector": "finance",
        "zone": "FA-OLY",
        "district": "110105",
        "anchor": ("zone", "FA-OLY"),
        "basis": "the clause places it in 奥林匹克中心区; plot B27-2 between 天辰东路/"
        "天辰西路 and 科荟路/科荟南路 (news.shi-fen.com 2019-09, 北京亚洲金融大厦); "
        "shown inside the indicative zone",
        "confidence": "high (zone) / low (position)",
    },
    {
        "code": "FAC-14",
        "name_zh": "中国美术馆（新馆）",
        "name_en": "National Art Museum of China (new building)",
        "clause": "(九)",
        "quote": _OLY_9,
        "sector": "other",
        "zone": "FA-OLY",
        "district": "110105",
        "anchor": ("zone", "FA-OLY"),
        "basis": "the clause places it in 奥林匹克中心区; site not sourced: shown "
        "inside the indicative zone",
        "confidence": "high (zone) / low (position)",
    },
    {
        "code": "FAC-15",
        "name_zh": "2022年冬奥会场馆",
        "name_en": "2022 Winter Olympic venues",
        "clause": "(九)",
        "quote": _OLY_9,
        "sector": "other",
        "zone": "FA-OLY",
        "district": "110105",
        "anchor": ("zone", "FA-OLY"),
        "basis": "the clause places them in 奥林匹克中心区; one point marks the venues "
        "there (sites not sourced)",
        "confidence": "high (zone) / low (position)",
    },
    {
        "code": "FAC-16",
        "name_zh": "2019中国北京世界园艺博览会（北京世园公园）",
        "name_en": "2019 Beijing International Horticultural Exposition site",
        "clause": "(十九)",
        "quote": "高水平举办2019中国北京世界园艺博览会",
        "also": "(六) 以筹办2019中国北京世界园艺博览会为契机",
        "sector": "business",
        "district": "110119",
        "anchor": ("point", 115.944489, 40.438050),
        "basis": "北京世园公园, 延庆区延庆镇李四官庄村/谷家营村: infobox coordinate "
        "40°26′17″N 115°56′40″E (defzone.net mirror of zh.wikipedia "
        "2019年中国北京世界园艺博览会; assumed WGS84)",
        "confidence": "high",
    },
    {
        "code": "FAC-17",
        "name_zh": "中关村国家知识产权服务业集聚发展示范区",
        "name_en": "ZGC national IP-services cluster demonstration zone",
        "clause": "(十六)",
        "quote": _IP_16,
        "sector": "business",
        "district": "110108",
        "anchor": ZGC_CORE,
        "basis": _ZGC_NAME,
        "confidence": "low",
    },
    {
        "code": "FAC-18",
        "name_zh": "中关村知识产权和标准化一条街",
        "name_en": "ZGC IP and standardisation street",
        "clause": "(十六)",
        "quote": _IP_16,
        "sector": "business",
        "district": "110108",
        "anchor": ZGC_CORE,
        "basis": _ZGC_NAME,
        "confidence": "low",
    },
    {
        "code": "FAC-19",
        "name_zh": "中关村国家技术标准创新基地",
        "name_en": "ZGC national technical-standards innovation base",
        "clause": "(十八)",
        "quote": "推进中关村国家技术标准创新基地建设",
        "sector": "technology",
        "district": "110108",
        "anchor": ZGC_CORE,
        "basis": _ZGC_NAME,
        "confidence": "low",
    },
]


def quotes() -> list[str]:
    """Return every quote cited (checked verbatim against the seed)."""
    out = [f["quote"] for f in FACILITIES]
    out += [f["also"].split(" ", 1)[1] for f in FACILITIES if "also" in f]
    return out
