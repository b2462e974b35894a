"""Focus categories, facilities and the five sectors are the seed's own words.

Every quote is checked against the repository's copy of the seed
(resources/policy/seed_policy_2016.txt), so these tests never skip.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pyogrio
import pytest
import shapely

from layers.zones.focus import focus_problems, parse_focus_source
from layers.zones.zone_fields import KIND_SOURCES, PLATFORM_SOURCES

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "policy" / "seed_policy_2016.txt"
SHARED_SEED = ROOT.parent / "shared" / "domain" / "seed_policy_2016.txt"
REF = ROOT / "resources" / "reference"
CLAUSES_4_TO_19 = {
    f"({n})"
    for n in "四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九".split()
}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def _clause_text(seed: str, clause: str) -> str:
    """Return the text of one numbered clause, e.g. '(八)', of the seed."""
    num = clause.strip("()")
    start = seed.index(f"（{num}）")
    nxt = re.compile(r"（[一二三四五六七八九十]+）|[一二三四五六七]、")
    m = nxt.search(seed, start + len(num) + 2)
    return seed[start : m.start() if m else len(seed)]


def test_seed_copy_is_the_shared_seed_when_present(seed):
    if SHARED_SEED.exists():  # beside the repository on the team's machines
        assert SHARED_SEED.read_text(encoding="utf-8") == seed
    assert "北京市人民政府" in seed and "2016年6月29日" in seed


def test_focus_table_quotes_are_verbatim_in_their_clause(seed):
    rows = _rows(ROOT / "resources" / "zones" / "focus_categories.csv")
    assert len(rows) > 60
    for r in rows:
        text = _clause_text(seed, r["clause"])
        assert r["quote"] in text, (r["zone_code"], r["clause"], r["quote"])
        assert r["term"] in r["quote"] or r["term"] in r["quote"].replace("、", ""), r


def test_zgc_focus_names_capital_operation_and_assessment_consulting():
    zones = pyogrio.read_dataframe(ROOT / "resources" / "zones" / "zones.geojson")
    by_code = zones.set_index("code")
    entries = {
        e.category: e for e in parse_focus_source(by_code.at["ZGC-00", "focus_source"])
    }
    assert entries["04"].clause == "(八)" and "资本运作" in entries["04"].term
    assert entries["07"].clause == "(八)" and "评估咨询" in entries["07"].term
    # the sixteen parks inherit the demonstration zone's entries, saying so
    parks = zones[zones["kind"] == "zgc_park"]
    assert set(parks["focus_categories"]) == {"01;03;04;07"}
    assert all(t.startswith("via ZGC-00 (八)") for t in parks["focus_source"])


def test_every_zone_focus_agrees_with_its_sources(seed):
    zones = pyogrio.read_dataframe(ROOT / "resources" / "zones" / "zones.geojson")
    for z in zones.itertuples():
        assert focus_problems(z.focus_categories, z.focus_source) == [], z.code
        for e in parse_focus_source(z.focus_source):
            assert e.quote in seed, (z.code, e.quote)
    sg = zones[zones["code"] == "FA-SG"].iloc[0]
    assert sg.focus_categories is None or sg.focus_categories != sg.focus_categories
    assert "no sector" in sg.focus_source


def test_kind_and_platform_sources_are_verbatim(seed):
    for clause, words in KIND_SOURCES.values():
        assert words in _clause_text(seed, clause), words
    ten = _clause_text(seed, "(十)")
    for words in PLATFORM_SOURCES.values():
        assert words in ten, words


def _facilities():
    return pyogrio.read_dataframe(
        ROOT / "resources" / "facilities" / "facilities.geojson"
    )


def test_facilities_cite_their_clause_verbatim_and_name_themselves(seed):
    fac = _facilities()
    assert len(fac) >= 15 and fac["code"].is_unique
    for f in fac.itertuples():
        assert f.clause in CLAUSES_4_TO_19, f.code
        assert f.quote in _clause_text(seed, f.clause), f.code
        name = re.sub(r"（[^（）]*）$", "", f.name_zh)  # drop a trailing gloss
        name = name.removesuffix("总部")
        assert name in f.quote, (f.code, name)
    named = set(fac["name_zh"])
    for must in (
        "北京保险产业园",
        "中关村互联网金融创新中心",
        "北京基金小镇",
        "国家技术转移集聚区",
    ):
        assert must in named


def test_facilities_are_indicative_and_say_where_they_come_from():
    fac = _facilities()
    assert fac.crs.to_epsg() == 4490
    assert set(fac["location_status"]) == {"indicative"}
    assert fac["remarks"].str.contains("示意").all()
    assert (fac["coord_source"].str.len() > 10).all()
    assert (fac["location_basis"].str.len() > 10).all()
    assert set(fac["sector"]) <= {
        "finance",
        "information",
        "technology",
        "business",
        "circulation",
        "other",
    }


def test_facilities_lie_in_their_district_and_zone():
    fac = _facilities()
    admin = pyogrio.read_dataframe(
        ROOT / "resources" / "basemap" / "basemap.gpkg", layer="admin"
    )
    districts = dict(zip(admin["adcode"], admin.geometry, strict=True))
    zones = pyogrio.read_dataframe(ROOT / "resources" / "zones" / "zones.geojson")
    zone_geom = dict(zip(zones["code"], zones.geometry, strict=True))
    for f in fac.itertuples():
        assert districts[f.district_adcode].contains(f.geometry), f.code
        if isinstance(f.zone_code, str):
            assert zone_geom[f.zone_code].contains(f.geometry), f.code
    expo = fac[fac["code"] == "FAC-16"].geometry.iloc[0]
    assert expo.equals_exact(shapely.Point(115.944489, 40.43805), 1e-7)


def test_five_sectors_come_from_clause_one_and_four(seed):
    sectors = _rows(REF / "ps_sectors.csv")
    assert [s["name_zh"] for s in sectors] == [
        "金融",
        "信息",
        "科技",
        "商务",
        "流通",
        "其他",
    ]
    one = _clause_text(seed, "(一)")
    for s in sectors[:5]:
        assert s["all_five_quote"] in one
        assert s["quote"] in _clause_text(seed, s["clause"])
        assert s["name_zh"] in s["quote"]


def test_sector_crosswalk_covers_every_category_with_a_basis(seed):
    rows = _rows(REF / "ps_sector_crosswalk.csv")
    assert [r["ps_code"] for r in rows] == [f"{i:02d}" for i in range(1, 11)]
    for r in rows:
        assert r["basis"] and r["confidence"] in {"high", "medium", "low"}
        if r["quote"]:
            assert r["quote"] in _clause_text(seed, r["clause"]), r["ps_code"]
    sector = {r["ps_code"]: r["sector"] for r in rows}
    assert sector["04"] == "finance" and sector["03"] == "information"
    assert sector["01"] == "technology" and sector["07"] == "business"
    assert sector["02"] == sector["09"] == "circulation"


def test_producer_services_carry_both_editions_with_sources():
    rows = _rows(REF / "producer_services.csv")
    by = {r["code"]: r for r in rows}
    assert by["09"]["name_zh"] == "批发与贸易经纪代理服务"
    assert by["09"]["name_zh_2015"] == "批发经纪代理服务"
    assert by["08"]["name_zh_2015"] == "人力资源管理与培训服务"
    for r in rows:
        assert r["source_2015"].startswith("http") and r["source_2019"]
        assert r["confidence_2015"] == "high"
    assert "NOT verified" in by["08"]["source_2019"]
    assert by["03"]["source_2019"].startswith("https://tjj.nantong")
