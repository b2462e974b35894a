"""Rules engine R1-R7: each rule on crafted cases for each outcome (seed 二十二, 一(二))."""

from __future__ import annotations

from typing import Any

import pytest
import shapely

import resources
from layers.cases.engine import evaluate
from layers.cases.facts import AreaShare, FactsContext, SiteFacts
from layers.cases.rules import load_rules, with_thresholds

CONTROLS = {
    "110115": {
        "far_max": 1.5,
        "building_density_max": 0.45,
        "green_ratio_min": 0.25,
        "height_max_m": 45,
    }
}


@pytest.fixture(scope="module")
def rules():
    base = load_rules()
    return with_thresholds(base, {"R6": {"control_indicators": CONTROLS}})


@pytest.fixture(scope="module")
def ctx() -> FactsContext:
    return FactsContext(resources.load_basemap(), resources.load_zones())


def _facts(district: str = "110115", zones: list[AreaShare] | None = None) -> SiteFacts:
    return SiteFacts(
        100_000.0,
        "geodesic",
        districts=[AreaShare(district, "区", 1e5, 1.0)],
        zones=zones or [],
    )


BDA = AreaShare(
    "NA-BDA", "北京经济技术开发区(亦庄)", 1e5, 1.0, True, "new_area", ("01", "03")
)


def good_case(**kw: Any) -> dict[str, Any]:
    case = {
        "case_no": "T-1",
        "current_landuse_system": "GB 50137-2011",
        "current_landuse_code": "M1",
        "proposed_landuse_system": "GB 50137-2011",
        "proposed_landuse_code": "B29",
        "land_owned": 1,
        "self_operated": 1,
        "relocating_unit": 0,
        "current_building_use": "industrial",
        "existing_gfa_m2": 50_000.0,
        "proposed_gfa_m2": 48_000.0,
        "far": 0.48,
        "building_density": 0.3,
        "green_ratio": 0.3,
        "height_m": 30.0,
        "proposed_category": "01",
        "proposed_gbt4754": "7320",
        "shortfalls_filled": "parking;green_space",
    }
    case.update(kw)
    return case


def outcome(rules, case, facts=None, rid="R1", as_of="2026-03-01"):
    return evaluate(case, facts or _facts(zones=[BDA]), rules, as_of).outcome(rid)


def test_cases_rules_all_pass_overall_pass(rules):
    ev = evaluate(good_case(), _facts(zones=[BDA]), rules, "2026-03-01")
    assert [o.outcome for o in ev.outcomes] == ["PASS"] * 6 + ["N/A"]
    assert ev.overall == "PASS"
    assert ev.outcome("R1").clause == "(二十二)"


def test_cases_rules_r1_review_when_not_self_operated(rules):
    o = outcome(rules, good_case(self_operated=0))
    assert o.outcome == "REVIEW"
    assert "招拍挂" in o.message_zh and "自营" in o.message_zh


def test_cases_rules_r1_review_for_warehouse_land_in_2023_guide(rules):
    case = good_case(
        current_landuse_system="国土空间调查、规划、用途管制用地用海分类指南(2023)",
        current_landuse_code="1101",
        proposed_landuse_system="2023 guide",
        proposed_landuse_code="0902",
    )
    o = outcome(rules, case)
    assert o.outcome == "REVIEW" and "现状为工业用地" in o.message_zh
    ok = outcome(rules, {**case, "current_landuse_code": "100102"})
    assert ok.outcome == "PASS"


def test_cases_rules_r2_increment_review_with_m2_and_pct(rules):
    o = outcome(
        rules, good_case(existing_gfa_m2=60_000.0, proposed_gfa_m2=72_000.0), rid="R2"
    )
    assert o.outcome == "REVIEW"
    assert o.values["increment_m2_value"] == pytest.approx(12_000.0)
    assert o.values["increment_pct_value"] == pytest.approx(20.0)
    assert "12,000 m²" in o.message_zh and "20.0%" in o.message_zh


def test_cases_rules_r2_hard_cap_fails(rules):
    capped = with_thresholds(rules, {"R2": {"hard_cap_increment_pct": 15.0}})
    o = outcome(
        capped, good_case(existing_gfa_m2=60_000.0, proposed_gfa_m2=72_000.0), rid="R2"
    )
    assert o.outcome == "FAIL" and "15%" in o.message_zh


def test_cases_rules_r3_pass_and_review(rules):
    assert outcome(rules, good_case(), rid="R3").outcome == "PASS"
    o = outcome(rules, good_case(shortfalls_filled=""), rid="R3")
    assert o.outcome == "REVIEW" and o.missing == ["shortfalls_filled"]
    assert (
        outcome(rules, good_case(shortfalls_filled="unicorns"), rid="R3").outcome
        == "REVIEW"
    )


def test_cases_rules_r4_core_area_catalogue_fail_with_row_text(rules, ctx):
    parcel = shapely.box(116.372, 39.948, 116.376, 39.951)  # 西城 德胜
    facts = ctx.compute(parcel)
    assert facts.district_adcodes() == ["110102"]
    assert [a.key for a in facts.catalogue_areas["2018"]] == [
        "首都功能核心区",
        "中心城区",
    ]
    o = outcome(rules, good_case(proposed_gbt4754="7010"), facts, rid="R4")
    assert o.outcome == "FAIL"
    assert "禁止新建写字楼等大型公共建筑" in o.message_zh
    assert o.values["edition"] == "2018"


def test_cases_rules_r4_ring_rows_outside_core_give_review(rules, ctx):
    parcel = shapely.box(116.29, 39.83, 116.294, 39.833)  # 丰台 south of the 4th ring
    o = outcome(
        rules, good_case(proposed_gbt4754="6110"), ctx.compute(parcel), rid="R4"
    )
    assert o.outcome == "REVIEW" and "环路" in o.message_zh


def test_cases_rules_r4_edition_follows_evaluation_date(rules, ctx):
    parcel = shapely.box(116.29, 39.83, 116.294, 39.833)
    case = good_case(proposed_gbt4754="3912")  # manufacturing in 丰台
    assert (
        outcome(rules, case, ctx.compute(parcel), "R4", "2016-07-01").outcome == "FAIL"
    )
    assert (
        outcome(rules, case, ctx.compute(parcel), "R4", "2026-03-01").outcome == "PASS"
    )


def test_cases_rules_r5_zone_focus(rules):
    assert outcome(rules, good_case(), rid="R5").outcome == "PASS"
    o = outcome(rules, good_case(proposed_category="04"), rid="R5")
    assert o.outcome == "REVIEW" and "北京经济技术开发区" in o.message_zh


def test_cases_rules_r6_controls(rules):
    assert outcome(rules, good_case(), rid="R6").outcome == "PASS"
    o = outcome(rules, good_case(building_density=0.52), rid="R6")
    assert o.outcome == "REVIEW" and "建筑密度 0.52" in o.message_zh
    none = outcome(rules, good_case(), _facts("110105"), rid="R6")
    assert none.outcome == "REVIEW" and "无控制指标备案" in none.message_zh


def test_cases_rules_r6_far_computed_when_missing(rules):
    o = outcome(rules, good_case(far=None), rid="R6")
    assert o.outcome == "PASS" and o.values["far_computed"] == pytest.approx(0.48)


def test_cases_rules_r7_informational(rules):
    o = outcome(
        rules, good_case(relocating_unit=1, current_building_use="warehouse"), rid="R7"
    )
    assert o.outcome == "PASS" and o.informational
    assert outcome(rules, good_case(), rid="R7").outcome == "N/A"


@pytest.mark.parametrize(
    "field,rid",
    [
        ("existing_gfa_m2", "R2"),
        ("land_owned", "R1"),
        ("proposed_gbt4754", "R4"),
        ("proposed_category", "R5"),
        ("height_m", "R6"),
    ],
)
def test_cases_rules_missing_input_gives_review_naming_field(rules, field, rid):
    ev = evaluate(good_case(**{field: None}), _facts(zones=[BDA]), rules, "2026-03-01")
    o = ev.outcome(rid)
    assert o.outcome == "REVIEW"
    assert field in o.missing and field in o.message_zh
    assert ev.overall in ("REVIEW", "FAIL")


def test_cases_rules_garbage_never_crashes(rules):
    ev = evaluate(
        {"case_no": "X", "existing_gfa_m2": "abc", "land_owned": "maybe"},
        SiteFacts(0.0, "geodesic"),
        rules,
        "2026-03-01",
    )
    assert len(ev.outcomes) == 7
    assert ev.overall == "REVIEW"
    assert all(o.outcome in ("REVIEW", "N/A") for o in ev.outcomes)


def test_cases_rules_clause_texts_are_verbatim_from_seed(shared_dir):
    seed = (shared_dir / "domain" / "seed_policy_2016.txt").read_text(encoding="utf-8")
    for rule in load_rules().rules:
        assert rule["clause_text_zh"] in seed, rule["id"]


def test_cases_rules_threshold_change_is_new_version():
    base = load_rules()
    new = with_thresholds(
        base, {"R2": {"hard_cap_increment_pct": 30.0}}, {"2016.2"}, "tighter"
    )
    assert new.version == "2016.3" and base.version == "2016.1"
    assert base.thresholds("R2")["hard_cap_increment_pct"] is None
    assert new.doc["history"][-1]["changes"]["R2.hard_cap_increment_pct"]["to"] == 30.0
    assert with_thresholds(base, {"R2": {"hard_cap_increment_pct": None}}) is base
