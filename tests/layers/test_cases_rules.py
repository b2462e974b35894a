"""Rules R1-R3, R5-R7 on crafted cases, both sides of every condition (seed 二十二, 九).

R4 has its own table (test_cases_catalogue.py). Every REVIEW must say what a
person supplies (``questions_zh``), which the helper checks on every call.
"""

from __future__ import annotations

import copy
import json

import pytest
import shapely
from cases_fixtures import BDA, RULES, SAMPLE, facts, good_case, outcome

import resources
from layers.cases.check_base import UndeclaredInputError
from layers.cases.engine import evaluate
from layers.cases.facts import AreaShare, FactsContext, RegulatoryFact, SiteFacts
from layers.cases.rules import RulesError, load_rules, rules_from_doc, with_thresholds

LIMITS = {
    "far_max": 1.5,
    "building_density_max": 0.45,
    "green_ratio_min": 0.25,
    "height_max_m": 45.0,
}


def reg(limits=None, share=1.0, synthetic=True, code="示例-A", fid=1) -> RegulatoryFact:
    return RegulatoryFact(
        fid,
        code,
        "示例控规",
        "2020-06-30",
        "B29",
        dict(limits or LIMITS),
        "demo",
        synthetic,
        1e5 * share,
        share,
    )


def with_controls(*parcels: RegulatoryFact) -> SiteFacts:
    return facts(regulatory=list(parcels), regulatory_available=True)


def check(case, site=None, rid="R1"):
    o = outcome(case, site, rid)
    if o.outcome == "REVIEW":
        assert o.questions_zh, f"{rid} REVIEW without a question: {o.message_zh}"
    return o


# --- the rules file ------------------------------------------------------------------
def test_cases_rules_all_pass_with_indicators_on_file():
    ev = evaluate(good_case(), with_controls(reg()), RULES, "2026-03-01", SAMPLE)
    assert [o.outcome for o in ev.outcomes] == ["PASS"] * 6 + ["N/A"]
    assert ev.overall == "PASS" and ev.outcome("R1").clause == "(二十二)"
    assert all(o.decided_zh for o in ev.outcomes)


def test_cases_rules_inputs_are_validated_when_rules_load():
    doc = copy.deepcopy(RULES.doc)
    doc["rules"][0]["inputs"].append("land_owned_by_applicant")
    with pytest.raises(RulesError, match="land_owned_by_applicant"):
        rules_from_doc(doc)


def test_cases_rules_a_check_reads_only_its_declared_inputs():
    doc = copy.deepcopy(RULES.doc)
    doc["rules"][1]["inputs"] = ["existing_gfa_m2"]  # R2 reads proposed_gfa_m2 too
    with pytest.raises(UndeclaredInputError):
        evaluate(good_case(), facts(), rules_from_doc(doc), "2026-03-01", SAMPLE)


def test_cases_rules_threshold_change_is_new_version():
    base = load_rules()
    new = with_thresholds(
        base, {"R2": {"hard_cap_increment_pct": 30.0}}, {"2016.3"}, "tighter"
    )
    assert new.version == "2016.4" and base.version == "2016.2"
    assert base.thresholds("R2")["hard_cap_increment_pct"] is None
    assert new.doc["history"][-1]["changes"]["R2.hard_cap_increment_pct"]["to"] == 30.0
    assert with_thresholds(base, {"R2": {"hard_cap_increment_pct": None}}) is base


def test_cases_rules_file_holds_no_control_indicator_figures():
    assert set(RULES.thresholds("R6")) == {"regulatory_min_share", "note"}
    assert "control_indicators" not in json.dumps(RULES.doc, ensure_ascii=False)


# --- R1 协议出让 ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "field,bad,condition",
    [
        ("applicant_is_industrial", 0, "申请人为工业企业"),
        ("current_landuse_code", "W1", "现状为工业用地"),
        ("land_owned", 0, "自有用地"),
        ("self_operated", 0, "自营生产性服务业"),
        ("proposed_category", "11", "属生产性服务业类别01-10"),
        ("proposed_landuse_code", "M1", "改变用途"),
    ],
)
def test_cases_rules_r1_each_condition_both_sides(field, bad, condition):
    assert check(good_case()).outcome == "PASS"
    o = check(good_case(**{field: bad}))
    assert o.outcome == "REVIEW" and condition in o.message_zh
    assert f"{condition}✗" in o.decided_zh
    missing = check(good_case(**{field: None}))
    assert missing.outcome == "REVIEW" and field in missing.missing


def test_cases_rules_r1_2023_guide_codes():
    case = good_case(
        current_landuse_system="国土空间调查、规划、用途管制用地用海分类指南(2023)",
        current_landuse_code="1101",
        proposed_landuse_system="2023 guide",
        proposed_landuse_code="0902",
    )
    assert check(case).outcome == "REVIEW"
    assert check({**case, "current_landuse_code": "100102"}).outcome == "PASS"


# --- R2 严控建筑增量 / R3 短板 ----------------------------------------------------------
@pytest.mark.parametrize(
    "existing,proposed,want", [(60e3, 60e3, "PASS"), (60e3, 72e3, "REVIEW")]
)
def test_cases_rules_r2_increment(existing, proposed, want):
    o = check(good_case(existing_gfa_m2=existing, proposed_gfa_m2=proposed), rid="R2")
    assert o.outcome == want
    if want == "REVIEW":
        assert "12,000 m²" in o.message_zh and "20.0%" in o.message_zh


def test_cases_rules_r2_hard_cap_fails():
    capped = with_thresholds(RULES, {"R2": {"hard_cap_increment_pct": 15.0}})
    case = good_case(existing_gfa_m2=60e3, proposed_gfa_m2=72e3)
    o = outcome(case, rid="R2", rules=capped)
    assert o.outcome == "FAIL" and "15%" in o.message_zh
    ok = outcome(good_case(existing_gfa_m2=60e3, proposed_gfa_m2=66e3), rid="R2")
    assert ok.outcome == "REVIEW"


def test_cases_rules_r3_pass_and_review():
    assert check(good_case(), rid="R3").outcome == "PASS"
    o = check(good_case(shortfalls_filled=""), rid="R3")
    assert o.outcome == "REVIEW" and o.missing == ["shortfalls_filled"]
    assert check(good_case(shortfalls_filled="unicorns"), rid="R3").outcome == "REVIEW"


# --- R5 区位 (guidance) ------------------------------------------------------------
def test_cases_rules_r5_fit_cites_the_focus_source():
    zone = AreaShare(
        "FA-JRJ",
        "金融街",
        1e5,
        1.0,
        True,
        "functional_area",
        ("04", "07"),
        (("04", "(九) 提升金融街的金融产业能级"),),
    )
    o = check(good_case(proposed_category="04"), facts(zones=[zone]), "R5")
    assert o.outcome == "PASS" and o.informational
    assert "来源：(九) 提升金融街的金融产业能级" in o.message_zh
    other = check(good_case(proposed_category="07"), facts(zones=[zone]), "R5")
    assert other.outcome == "PASS" and "未记录来源" in other.message_zh


@pytest.mark.parametrize("zones,category", [([], "01"), ([BDA], "04")])
def test_cases_rules_r5_outside_or_unfit_is_a_note(zones, category):
    ev = evaluate(
        good_case(proposed_category=category),
        facts(zones=zones, regulatory=[reg()]),
        RULES,
        "2026-03-01",
        SAMPLE,
    )
    o = ev.outcome("R5")
    assert o.outcome == "N/A" and o.informational and "有序引导" in o.message_zh
    assert ev.overall == "PASS"  # a note never makes the overall REVIEW


ZGC = AreaShare("ZGC-HD", "海淀园", 1e5, 1.0, True, "zgc_park", ("01", "03"))


@pytest.mark.parametrize(
    "clause,zones,district,want",
    [
        ("(八)", [ZGC], "110108", "PASS"),
        ("(八)", [BDA], "110115", "REVIEW"),  # ZGC pilot policy outside ZGC
        ("(十二)", [], "110105", "PASS"),  # 朝阳
        ("(十二)", [], "110112", "REVIEW"),
        ("(九十九)", [ZGC], "110108", "REVIEW"),  # a clause the rules do not know
    ],
)
def test_cases_rules_r5_location_clause_both_sides(clause, zones, district, want):
    o = check(good_case(location_clause=clause), facts(district, zones=zones), "R5")
    assert o.outcome == want and not o.informational
    if want == "PASS":
        assert clause in o.message_zh


def test_cases_rules_r5_clause_without_zone_layer_names_it():
    site = facts(zones=[], zones_available=False)
    o = check(good_case(location_clause="(八)"), site, "R5")
    assert o.outcome == "REVIEW" and o.missing == ["zones"]
    note = check(good_case(), site, "R5")
    assert note.outcome == "N/A" and "功能区图层未加载" in note.message_zh


# --- R6 控制指标 ------------------------------------------------------------------------
def test_cases_rules_r6_no_indicators_is_never_pass():
    o = check(good_case(), facts(), "R6")
    assert o.outcome == "REVIEW" and "no control indicators on file" in o.message_en
    assert "无控制指标备案" in o.message_zh and "indicators" not in o.message_zh
    assert o.missing == ["control_indicators"] and "未导入控规图层" in o.message_zh
    empty = check(good_case(), facts(regulatory_available=True), "R6")
    assert "无与宗地重叠的地块" in empty.message_zh


@pytest.mark.parametrize(
    "field,value,want",
    [
        ("far", 1.5, "PASS"),  # at the limit
        ("far", 1.6, "REVIEW"),
        ("building_density", 0.52, "REVIEW"),
        ("green_ratio", 0.25, "PASS"),
        ("green_ratio", 0.2, "REVIEW"),
        ("height_m", 46.0, "REVIEW"),
    ],
)
def test_cases_rules_r6_regulatory_parcel_both_sides(field, value, want):
    o = check(good_case(**{field: value}), with_controls(reg()), "R6")
    assert o.outcome == want
    assert "示例" in o.message_zh and o.sample  # demo 控规 parcels are marked


def test_cases_rules_r6_strictest_parcel_and_slivers_ignored():
    tight = reg({"far_max": 1.0, "height_max_m": 24.0}, share=0.5, code="B", fid=2)
    sliver = reg({"height_max_m": 10.0}, share=0.01, code="C", fid=3)
    o = check(good_case(height_m=30.0), with_controls(reg(), tight, sliver), "R6")
    assert o.outcome == "REVIEW" and "建筑高度(m) 30（控制 ≤ 24，超出）" in o.message_zh
    assert "地块 B" in o.message_zh and "地块 C" not in o.message_zh


def test_cases_rules_r6_indicators_typed_on_the_case_need_a_source():
    typed = {"indicator_far_max": 2.0, "indicator_height_max_m": 24.0}
    o = check(good_case(**typed, indicator_source="规划条件通知书 X号"), facts(), "R6")
    assert o.outcome == "REVIEW" and "规划条件通知书 X号" in o.message_zh  # 30 > 24
    ok = check(good_case(**typed, height_m=20.0, indicator_source="X"), facts(), "R6")
    assert ok.outcome == "PASS" and "未备案：建筑密度、绿地率" in ok.message_zh
    assert not ok.sample
    src = check(good_case(**typed), facts(), "R6")
    assert src.outcome == "REVIEW" and src.missing == ["indicator_source"]


def test_cases_rules_r6_missing_value_and_computed_far():
    o = check(good_case(height_m=None), with_controls(reg()), "R6")
    assert o.outcome == "REVIEW" and o.missing == ["height_m"]
    computed = check(good_case(far=None), with_controls(reg()), "R6")
    assert (
        computed.outcome == "PASS"
        and "容积率 0.48（控制 ≤ 1.5）" in computed.message_zh
    )


def test_cases_rules_r6_overlays_the_parcel_with_regulatory_layer():
    import geopandas as gpd

    parcels = gpd.GeoDataFrame(
        {
            "parcel_code": ["P1", "P2"],
            "plan_name": ["某控规", "某控规"],
            "far_max": [2.0, 1.0],
            "synthetic": [0, 0],
        },
        geometry=[
            shapely.box(116.50, 39.78, 116.51, 39.79),
            shapely.box(116.60, 39.78, 116.61, 39.79),
        ],
        crs="EPSG:4490",
    )
    ctx = FactsContext(resources.load_basemap(), resources.load_zones(), parcels)
    site = ctx.compute(shapely.box(116.502, 39.782, 116.506, 39.786))
    assert [r.parcel_code for r in site.regulatory] == ["P1"]
    o = check(good_case(far=1.9), site, "R6")
    assert o.outcome == "PASS" and "控规《某控规》" in o.message_zh
    assert "示例" not in o.message_zh
    assert SiteFacts.from_dict(site.to_dict()) == site


# --- R7 and robustness ---------------------------------------------------------------
def test_cases_rules_r7_informational():
    o = check(good_case(relocating_unit=1, current_building_use="warehouse"), rid="R7")
    assert o.outcome == "PASS" and o.informational
    assert check(good_case(), rid="R7").outcome == "N/A"


def test_cases_rules_garbage_never_crashes():
    ev = evaluate(
        {"case_no": "X", "existing_gfa_m2": "abc", "land_owned": "maybe"},
        SiteFacts(0.0, "geodesic"),
        RULES,
        "2026-03-01",
        SAMPLE,
    )
    assert len(ev.outcomes) == 7 and ev.overall == "REVIEW"
    assert all(o.outcome in ("REVIEW", "N/A") for o in ev.outcomes)
    assert all(o.questions_zh for o in ev.outcomes if o.outcome == "REVIEW")


def test_cases_rules_r6_partial_regulatory_coverage_is_asked():
    o = check(good_case(), with_controls(reg(share=0.6)), "R6")
    assert o.outcome == "REVIEW" and "控规地块仅覆盖宗地 60%" in o.questions_zh[0]
    both = with_controls(reg(share=0.6), reg(share=0.4, code="B", fid=2))
    assert check(good_case(), both, "R6").outcome == "PASS"
