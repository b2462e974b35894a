"""R4, row by row: crafted cases on both sides of every condition (seed 一(二)).

Rows of the shipped sample catalogue (resources/rules/catalogue_sample.csv). The
dates pick the edition: an application in 2016 meets the 2015 edition, one in
2026 the 2018 edition.
"""

from __future__ import annotations

import dataclasses

import pytest
from cases_fixtures import SAMPLE, facts, good_case, outcome

from layers.cases.catalogue_model import Catalogue, CatalogueEdition

D2015 = "2016-07-01"
D2018 = "2026-03-01"


def r4(site=None, **kw):
    return outcome(good_case(**kw), site or facts(), rid="R4")


# --- editions and dates -------------------------------------------------------
@pytest.mark.parametrize(
    "day,edition",
    [("2015-08-25", "2015"), ("2018-09-25", "2015"), ("2018-09-26", "2018")],
)
def test_catalogue_edition_follows_application_date(day, edition):
    o = r4(received_date=day)
    assert o.values["edition"] == edition and o.values["application_date"] == day


def test_catalogue_before_2015_08_25_names_the_missing_edition():
    o = r4(received_date="2015-03-01", proposed_gbt4754="3911")
    assert o.outcome == "REVIEW"
    assert "?" not in o.message_zh and "命中限制条目" not in o.message_zh
    assert "2015-03-01" in o.message_zh and "无在录的目录版本" in o.message_zh
    assert o.missing == ["catalogue_edition"] and o.questions_zh


def test_catalogue_without_application_date_uses_evaluation_date():
    o = r4(received_date=None)
    assert o.values["application_date"] == "2026-03-01"
    assert "评估日期" in o.values["date_basis"]


def test_catalogue_missing_codes_or_parcel_names_the_input():
    o = r4(proposed_gbt4754=None)
    assert o.outcome == "REVIEW" and o.missing == ["proposed_gbt4754"]
    none = outcome(good_case(), facts(district="130700"), rid="R4")  # not Beijing
    assert none.outcome == "REVIEW" and none.missing == ["geometry"]


# --- 2015 edition -----------------------------------------------------------------
@pytest.mark.parametrize(
    "district,code,want",
    [
        ("110105", "3911", "FAIL"),  # 朝阳, manufacturing
        ("110112", "3911", "PASS"),  # 通州: not in 城六区
        ("110105", "7320", "PASS"),  # not section C
    ],
)
def test_catalogue_2015_01_manufacturing_in_four_districts(district, code, want):
    o = r4(facts(district), received_date=D2015, proposed_gbt4754=code)
    assert o.outcome == want
    if want == "FAIL":
        assert "[2015-01]" in o.message_zh and "待核实" in o.message_zh


@pytest.mark.parametrize(
    "row,code,facility",
    [
        ("2015-02", "5181", "trading_market"),
        ("2015-03", "5990", "regional_logistics_centre"),
    ],
)
@pytest.mark.parametrize(
    "facilities,in_plan,want",
    [
        ("{f}", 0, "FAIL"),
        ("{f}", 1, "PASS"),
        ("{f}", None, "REVIEW"),  # 列入规划? asked
        ("none", None, "PASS"),  # not a market / logistics centre: trade agency
        (None, 0, "REVIEW"),  # facility kind asked
    ],
)
def test_catalogue_2015_unplanned_markets_and_logistics_centres(
    row, code, facility, facilities, in_plan, want
):
    fac = facilities.format(f=facility) if facilities else None
    o = r4(
        received_date=D2015,
        proposed_gbt4754=code,
        project_facilities=fac,
        in_plan=in_plan,
    )
    assert o.outcome == want, o.message_zh
    if want == "REVIEW":
        assert f"[{row}]" in o.message_zh
        if in_plan is None:
            assert "列入规划？" in o.questions_zh
        else:
            assert any("是否包括" in q for q in o.questions_zh)


@pytest.mark.parametrize("code,want", [("8341", "FAIL"), ("8342", "PASS")])
def test_catalogue_2015_04_higher_education(code, want):
    assert r4(received_date=D2015, proposed_gbt4754=code).outcome == want


# --- 2018 edition -----------------------------------------------------------------
@pytest.mark.parametrize(
    "district,poly,want",
    [
        ("110102", None, "FAIL"),  # 西城: the row names the district
        ("110105", (1.0, 3000.0), "FAIL"),  # 朝阳, well inside the 5th ring
        ("110105", (1.0, 800.0), "REVIEW"),  # near the indicative ring line
        ("110105", (0.0, 4000.0), "PASS"),  # well outside
    ],
)
def test_catalogue_2018_01_hotels_inside_fifth_ring(district, poly, want):
    site = facts(district, polys={"2018-01": poly} if poly else None)
    o = r4(site, proposed_gbt4754="6110", project_facilities="hotel")
    assert o.outcome == want, o.message_zh
    if want == "REVIEW":
        assert any("示意范围边线 800 m" in q for q in o.questions_zh)
    assert r4(site, proposed_gbt4754="6110", project_facilities="none").outcome == (
        "PASS"
    )
    assert r4(site, proposed_gbt4754="7320", project_facilities="hotel").outcome in (
        "PASS",
        "REVIEW",  # 2018-02 is not about hotels; only the ring question may remain
    )


@pytest.mark.parametrize(
    "facilities,want",
    [("office_building", "FAIL"), ("none", "PASS"), (None, "REVIEW")],
)
def test_catalogue_2018_02_new_office_buildings_any_code(facilities, want):
    o = r4(facts("110102"), proposed_gbt4754="7211;7243", project_facilities=facilities)
    assert o.outcome == want
    assert o.message_zh.count("[2018-02]") == (0 if want == "PASS" else 1)


@pytest.mark.parametrize(
    "poly,want",
    [((1.0, 2000.0), "FAIL"), ((0.0, 6000.0), "PASS"), ((0.0, 900.0), "REVIEW")],
)
def test_catalogue_2018_03_warehousing_inside_third_ring(poly, want):
    site = facts("110105", polys={"2018-03": poly, "2018-01": (1.0, 5000.0)})
    assert r4(site, proposed_gbt4754="5990").outcome == want


@pytest.mark.parametrize(
    "far,gfa,heritage,want",
    [
        (2.5, None, 0, "PASS"),  # the issue: 7010 at FAR 2.5 in 朝阳 must not FAIL
        (1.0, None, 0, "PASS"),  # the limit itself is not "below 1.0"
        (0.8, None, 0, "FAIL"),
        (0.8, None, 1, "PASS"),  # historic conservation areas excepted
        (0.8, None, None, "REVIEW"),  # 是否位于历史文化保护区？
        (None, 80_000.0, 0, "FAIL"),  # FAR from GFA / site area = 0.8
        (None, None, 0, "REVIEW"),  # 容积率？
    ],
)
def test_catalogue_2018_04_real_estate_far_below_one(far, gfa, heritage, want):
    site = facts("110105", polys={"2018-01": (1.0, 5000.0)})
    o = r4(
        site,
        proposed_gbt4754="7010",
        far=far,
        proposed_gfa_m2=gfa,
        heritage_area=heritage,
    )
    assert o.outcome == want, o.message_zh
    if want == "REVIEW":
        q = "是否位于历史文化保护区？" if far is not None else "容积率"
        assert any(q in x for x in o.questions_zh)


@pytest.mark.parametrize(
    "facilities,want",
    [("concentrated_office", "FAIL"), ("none", "PASS"), (None, "REVIEW")],
)
def test_catalogue_2018_05_only_new_concentrated_offices(facilities, want):
    assert r4(proposed_gbt4754="7040", project_facilities=facilities).outcome == want


@pytest.mark.parametrize(
    "district,stage,want",
    [
        ("110105", "production", "FAIL"),  # the issue: production in 朝阳 fails
        ("110105", "rd", "PASS"),  # 不列入: R&D outside 东城/西城
        ("110105", None, "REVIEW"),  # which stage? asked
        ("110102", "rd", "FAIL"),  # the exemption excludes 西城
        ("110112", "production", "PASS"),  # 通州 is not a central district
    ],
)
def test_catalogue_2018_06_07_manufacturing_and_its_exemption(district, stage, want):
    o = r4(facts(district), proposed_gbt4754="3911", manufacturing_stage=stage)
    assert o.outcome == want, o.message_zh
    if want == "REVIEW":
        assert any("制造业环节" in q for q in o.questions_zh)


# --- marking, levels, authority -----------------------------------------------------
def test_catalogue_every_message_from_sample_says_to_verify():
    for kw in (
        {"proposed_gbt4754": "7320"},
        {"proposed_gbt4754": "7040", "project_facilities": "concentrated_office"},
        {"proposed_gbt4754": "7040", "project_facilities": None},
    ):
        o = r4(**kw)
        assert "待核实" in o.message_zh and o.sample


def _edited(level: str = "禁止", status: str = "sample") -> Catalogue:
    ed = SAMPLE.current()[-1]
    rows = tuple(
        dataclasses.replace(r, level=level, verified=status != "sample")
        if r.row_key == "2018-05"
        else r
        for r in ed.rows
    )
    return Catalogue((dataclasses.replace(ed, rows=rows, status=status),))


def test_catalogue_restricted_row_gives_review_naming_the_row():
    case = good_case(proposed_gbt4754="7040", project_facilities="concentrated_office")
    o = outcome(case, facts(), "R4", catalogue=_edited("限制"))
    assert o.outcome == "REVIEW" and "限制类条目 [2018-05]" in o.message_zh
    assert any("2018-05" in q for q in o.questions_zh)


def test_catalogue_authoritative_edition_is_not_marked():
    case = good_case(proposed_gbt4754="7040", project_facilities="concentrated_office")
    o = outcome(case, facts(), "R4", catalogue=_edited(status="authoritative"))
    assert o.outcome == "FAIL" and "待核实" not in o.message_zh and not o.sample


def test_catalogue_newest_load_of_an_edition_is_in_force():
    old = SAMPLE.current()[-1]
    new = dataclasses.replace(old, id=9, rows=old.rows[:1], status="authoritative")
    cat = Catalogue((dataclasses.replace(old, id=3), new))
    assert cat.edition_for("2026-01-01") is new
    assert isinstance(cat.edition_for("2026-01-01"), CatalogueEdition)


def test_catalogue_district_sliver_is_asked_not_applied():
    from layers.cases.facts import AreaShare

    site = facts("110112")
    site.districts = [
        AreaShare("110112", "通州区", 99_600.0, 0.996),
        AreaShare("110105", "朝阳区", 400.0, 0.004),
    ]
    o = r4(site, received_date=D2015, proposed_gbt4754="3911")  # 2015-01: 朝阳…
    assert o.outcome == "REVIEW" and "宗地仅 0.4% 位于朝阳区" in o.questions_zh[0]
    site.districts[1] = AreaShare("110105", "朝阳区", 5_000.0, 0.05)
    assert r4(site, received_date=D2015, proposed_gbt4754="3911").outcome == "FAIL"


def test_catalogue_damaged_xlsx_is_one_message(tmp_path):
    from layers.cases.catalogue_io import parse_catalogue
    from layers.cases.rules import load_rules

    bad = tmp_path / "bad.xlsx"
    bad.write_text("edition,level\n2018,禁止\n", encoding="utf-8")  # a CSV renamed
    parsed = parse_catalogue(bad, load_rules().inputs("R4"))
    assert not parsed.ok and len(parsed.errors) == 1
    assert parsed.errors[0].startswith("bad.xlsx: is a text (CSV) file")
