"""Saved evaluations reproduce after the rules change; the status timeline."""

from __future__ import annotations

import json

import pytest

import resources
from db.open_store import create_store
from layers.cases import evaluations as ev_mod
from layers.cases.rules import with_thresholds
from layers.cases.timeline import status_timeline
from layers.demo.case_register import build_demo_cases


@pytest.fixture
def store(new_target):
    s = create_store(new_target("cases"))
    s.insert_features("conversion_cases", build_demo_cases(None, None, None), "tester")
    yield s
    s.close()


@pytest.fixture(scope="module")
def ctx():
    return ev_mod.facts_context(None, resources.load_basemap(), resources.load_zones())


def _case(store, case_no: str) -> dict:
    cases = store.read_table("conversion_cases")
    fid = int(cases.index[cases["case_no"] == case_no][0])
    return {**cases.loc[fid].to_dict(), "geometry": cases.geometry.loc[fid], "fid": fid}


def test_cases_evaluation_reproduces_after_threshold_change(store, ctx):
    rules = ev_mod.current_rules(store, "tester")
    case = _case(store, "ZH-2026-002")  # +20 % GFA
    ev, inputs = ev_mod.run(case, ctx, rules, "2026-03-01")
    ev_mod.save_evaluation(store, case["fid"], ev, inputs, "tester", rules)
    assert ev.outcome("R2").outcome == "REVIEW"

    tighter = with_thresholds(
        rules,
        {"R2": {"hard_cap_increment_pct": 10.0}},
        set(ev_mod.rules_versions(store)),
        "cap 10 %",
    )
    ev_mod.record_rules_version(store, tighter, "tester", "cap 10 %")
    assert ev_mod.current_rules(store).version == tighter.version != rules.version
    ev2, inputs2 = ev_mod.run(case, ctx, ev_mod.current_rules(store), "2026-03-01")
    assert ev2.outcome("R2").outcome == "FAIL"

    saved = ev_mod.load_evaluations(store, case["fid"]).iloc[0]
    again, same = ev_mod.reproduce_saved(store, saved)
    assert same and again.rules_version == rules.version
    assert again.outcome("R2").outcome == "REVIEW"
    assert json.loads(saved["outcomes_json"]) == again.to_dict()

    diff = ev_mod.diff_evaluations(
        again, ev2, json.loads(saved["inputs_json"]), inputs2
    )
    assert diff.changed and [c.rule_id for c in diff.rules] == ["R2"]
    assert diff.overall == ("REVIEW", "FAIL") and diff.inputs == []
    assert "R2: REVIEW → FAIL" in diff.summary_zh()


def test_cases_evaluation_inputs_snapshot_is_self_contained(store, ctx):
    rules = ev_mod.current_rules(store)
    case = _case(store, "ZH-2026-009")
    ev, inputs = ev_mod.run(case, ctx, rules, "2026-03-01")
    text = json.dumps(inputs, ensure_ascii=False)
    assert "POLYGON" in inputs["case"]["geometry_wkt"]
    assert len(inputs["facts"]["districts"]) == 2
    assert ev_mod.canonical(
        ev_mod.reproduce(text, rules.to_json())
    ) == ev_mod.canonical(ev)


def test_cases_timeline_from_fields_and_evaluations(store, ctx):
    rules = ev_mod.current_rules(store)
    case = _case(store, "ZH-2026-001")
    ev, inputs = ev_mod.run(case, ctx, rules, "2026-03-01")
    ev_mod.save_evaluation(store, case["fid"], ev, inputs, "王工", rules)
    events = status_timeline(case, None, ev_mod.load_evaluations(store, case["fid"]))
    texts = [e.text for e in events]
    assert texts[0].startswith("受理") and any("已批准" in t for t in texts)
    assert any(t.startswith("评估 PASS") for t in texts)
