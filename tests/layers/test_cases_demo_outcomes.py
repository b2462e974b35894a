"""The demo's 12 cases evaluated: the outcome table the README shows, and how
often each rule returns REVIEW (every REVIEW names what a person supplies)."""

from __future__ import annotations

import pytest
from cases_fixtures import RULES, SAMPLE

import resources
from layers.cases import evaluations as ev_mod
from layers.cases.engine import review_counts
from layers.cases.facts import FactsContext
from layers.demo.case_register import build_demo_cases
from layers.demo.case_regulatory import build_demo_regulatory

P, R, F, NA = "PASS", "REVIEW", "FAIL", "N/A"
#: case -> (overall, R1..R7): the table in README "Evaluating the demo cases".
EXPECTED = {
    "ZH-2026-001": (P, [P, P, P, P, P, P, NA]),
    "ZH-2026-002": (R, [P, R, P, P, P, P, NA]),
    "ZH-2026-003": (R, [R, P, P, P, NA, R, NA]),
    "ZH-2026-004": (R, [R, P, P, P, NA, R, P]),
    "ZH-2026-005": (R, [R, R, R, P, NA, R, NA]),
    "ZH-2026-006": (R, [P, R, P, P, R, R, NA]),
    "ZH-2026-007": (P, [P, P, P, P, P, P, NA]),
    "ZH-2026-008": (F, [P, P, P, F, P, R, NA]),
    "ZH-2026-009": (R, [P, R, P, P, NA, R, NA]),
    "ZH-2026-010": (R, [R, P, P, R, P, R, NA]),
    "ZH-2026-011": (R, [P, R, P, P, NA, R, NA]),
    "ZH-2026-012": (P, [P, P, P, P, P, P, P]),
}
REVIEWS = {"R1": 4, "R2": 5, "R3": 1, "R4": 1, "R5": 1, "R6": 8, "R7": 0}


@pytest.fixture(scope="module")
def demo_evaluations():
    cases = build_demo_cases(None, None, None)
    ctx = FactsContext(
        resources.load_basemap(), resources.load_zones(), build_demo_regulatory(cases)
    )
    return [
        ev_mod.run(row.to_dict(), ctx, RULES, "2026-03-01", SAMPLE)[0]
        for _, row in cases.iterrows()
    ]


def test_cases_demo_outcome_table(demo_evaluations):
    got = {
        e.case_no: (e.overall, [o.outcome for o in e.outcomes])
        for e in demo_evaluations
    }
    assert got == EXPECTED


def test_cases_demo_review_counts_per_rule(demo_evaluations):
    assert review_counts(demo_evaluations) == REVIEWS


def test_cases_demo_every_review_names_what_to_supply(demo_evaluations):
    for e in demo_evaluations:
        for o in e.outcomes:
            if o.outcome == "REVIEW":
                assert o.questions_zh and o.questions_en, (e.case_no, o.rule_id)
                assert o.decided_zh, (e.case_no, o.rule_id)
            assert "?" not in o.message_zh.replace("？", ""), (e.case_no, o.rule_id)


def test_cases_demo_indicators_and_catalogue_are_marked(demo_evaluations):
    by_no = {e.case_no: e for e in demo_evaluations}
    r6 = by_no["ZH-2026-006"].outcome("R6")
    assert r6.sample and "示例" in r6.message_zh and "超出" in r6.message_zh
    typed = by_no["ZH-2026-007"].outcome("R6")  # typed on the case, source says 示例
    assert "案件填写，来源：示例" in typed.message_zh
    for e in demo_evaluations:
        r4 = e.outcome("R4")
        assert "待核实" in r4.message_zh and r4.sample
