"""Saved evaluations reproduce after the rules change; the status timeline."""

from __future__ import annotations

import dataclasses
import json

import pytest

import resources
from db.catalogue_store import load_catalogue, project_catalogue, save_editions
from db.open_store import create_store
from layers.cases import evaluations as ev_mod
from layers.cases.rules import load_rules, rules_from_doc, with_thresholds
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
    assert any(t.startswith(f"评估 {ev.overall}") for t in texts)


def test_cases_rules_of_an_older_format_are_kept_but_not_used(store):
    old = load_rules().doc | {"version": "2016.2"}
    old.pop("format")
    ev_mod.record_rules_version(store, rules_from_doc(old, strict=False), "old-app")
    rules = ev_mod.current_rules(store, "tester")
    assert rules.format == 2 and rules.version == "2016.3"
    assert set(ev_mod.rules_versions(store)) == {"2016.2", "2016.3"}


def test_cases_catalogue_loads_are_versioned_and_reproduce(store, ctx):
    rules = ev_mod.current_rules(store, "tester")
    cat = project_catalogue(store, rules.inputs("R4"), "tester")
    assert [e.edition for e in cat.editions] == ["2015", "2018"]
    assert project_catalogue(store, rules.inputs("R4")).editions == cat.editions
    case = _case(store, "ZH-2026-008")  # 西城: hotel and offices, 2018 rows
    case["project_facilities"] = "hotel"
    case["far"] = 2.0  # no real-estate row (2018-04) either
    ev, inputs = ev_mod.run(case, ctx, rules, "2026-03-01", cat)
    assert ev.outcome("R4").outcome == "FAIL"
    ev_mod.save_evaluation(store, case["fid"], ev, inputs, "tester", rules)
    # The bureau loads its own 2018 edition without the hotel row.
    ed = cat.current()[-1]
    mine = dataclasses.replace(
        ed,
        rows=tuple(r for r in ed.rows if r.row_key != "2018-01"),
        status="authoritative",
        id=None,
        file_name="bureau.csv",
    )
    save_editions(store, [mine], "tester")
    newer = load_catalogue(store)
    assert newer.edition_for("2026-03-01").file_name == "bureau.csv"
    ev2, _ = ev_mod.run(case, ctx, rules, "2026-03-01", newer)
    assert ev2.outcome("R4").outcome == "PASS"
    saved = ev_mod.load_evaluations(store, case["fid"]).iloc[-1]
    again, same = ev_mod.reproduce_saved(store, saved, newer)
    assert same and again.outcome("R4").outcome == "FAIL"
    audit = store.read_table("zp_audit_log")
    assert (audit["action"] == "catalogue edition 2018 loaded").sum() == 2
