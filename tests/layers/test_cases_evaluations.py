"""Saved evaluations reproduce after the rules change; the headless CLI batch."""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import pytest

import resources
from layers.cases import evaluations as ev_mod
from layers.cases.cli import CliDeps, add_evaluate_parser, evaluate_cmd
from layers.cases.demo import build_demo_cases
from layers.cases.rules import with_thresholds
from layers.cases.timeline import status_timeline

db_store = pytest.importorskip("db.store")


@pytest.fixture
def store(tmp_path: Path):
    s = db_store.ProjectStore.create(tmp_path / "cases.gpkg")
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


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py")
    add_evaluate_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["evaluate", *argv])


def _deps() -> CliDeps:
    from db.project_io import load_project

    return CliDeps(db_store.ProjectStore.open, load_project, None)


def test_cases_cli_all_writes_summary_csv(store, tmp_path, capsys):
    path = store.path
    store.close()
    out = tmp_path / "summary.csv"
    code = evaluate_cmd(
        _args(str(path), "--all", "--summary", str(out), "--as-of", "2026-03-01"),
        _deps(),
    )
    assert code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert len(rows) == 12
    by_no = {r["case_no"]: r for r in rows}
    assert by_no["ZH-2026-008"]["overall"] == "FAIL"
    assert by_no["ZH-2026-008"]["R4"] == "FAIL"
    assert "朝阳区" in by_no["ZH-2026-009"]["districts"]
    assert "通州区" in by_no["ZH-2026-009"]["districts"]
    assert float(by_no["ZH-2026-001"]["site_area_ha"]) > 5
    s = db_store.ProjectStore.open(path, read_only=True)
    assert s.count("evaluations") == 12
    s.close()
    assert "ZH-2026-008\tFAIL" in capsys.readouterr().out


def test_cases_cli_unknown_case_and_bad_project(store, tmp_path, capsys):
    path = store.path
    store.close()
    assert (
        evaluate_cmd(_args(str(path), "--case", "ZH-1999-999", "--no-save"), _deps())
        == 2
    )
    assert (
        evaluate_cmd(_args(str(tmp_path / "missing.gpkg"), "--case", "1"), _deps()) == 1
    )
    assert (
        evaluate_cmd(
            _args(
                str(path),
                "--case",
                "ZH-2026-001",
                "--no-save",
                "--report",
                str(tmp_path / "x.pdf"),
            ),
            _deps(),
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "not found" in err and "cannot open" in err
