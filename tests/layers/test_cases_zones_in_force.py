"""Facts use the zones in force on the case's application date (issue 12).

Crafted zones (tests/factories/dated_zones.py) with effective ranges; cases on
both sides of every date: the day before / of ``effective_from``, the last day
of ``effective_to`` and the day after; without an application date the
evaluation date decides. Outcomes and messages are asserted.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from cases_fixtures import RULES, SAMPLE, good_case

import resources
from layers.cases import evaluations as evals
from layers.cases.facts import FactsContext, SiteFacts
from layers.cases.facts_zones import left_out_texts, zones_date_text
from layers.zones.as_of import EffectiveRanges, in_force
from tests.factories.dated_zones import PARCEL, dated_zones


@pytest.fixture(scope="module")
def ctx() -> FactsContext:
    return FactsContext(resources.load_basemap(), dated_zones())


def _case(received: str | None, **kw: object) -> dict[str, object]:
    return good_case(received_date=received, geometry=PARCEL, **kw)


@pytest.mark.parametrize(
    "day,counted,left_out,nearest",
    [
        ("2012-12-25", ["T-OLD"], [("T-SG", "not_yet"), ("T-ZGC", "not_yet")], "T-OLD"),
        ("2012-12-26", ["T-OLD", "T-ZGC"], [("T-SG", "not_yet")], "T-OLD"),
        ("2015-06-30", ["T-OLD", "T-ZGC"], [("T-SG", "not_yet")], "T-OLD"),
        ("2015-07-01", ["T-ZGC"], [("T-OLD", "ended"), ("T-SG", "not_yet")], "T-EAST"),
        ("2016-11-21", ["T-ZGC"], [("T-OLD", "ended"), ("T-SG", "not_yet")], "T-EAST"),
        ("2016-11-22", ["T-SG", "T-ZGC"], [("T-OLD", "ended")], "T-SG"),
    ],
)
def test_cases_zones_in_force_on_both_sides_of_each_date(
    ctx, day, counted, left_out, nearest
):
    f = ctx.compute(PARCEL, None, day, "received_date")
    assert sorted(z.key for z in f.zones) == counted
    assert sorted((z.key, z.reason) for z in f.zones_left_out) == left_out
    assert f.nearest_functional_area.code == nearest
    assert (f.zones_date, f.zones_date_basis) == (day, "received_date")
    # the same rule as View > Zones as of a date (one implementation)
    mask = in_force(dated_zones(), dt.date.fromisoformat(day))
    want = set(dated_zones()["code"][mask]) - {"T-EAST"}
    assert {z.key for z in f.zones} == want


def test_cases_zones_in_force_effective_ranges_vectorised_match_the_texts():
    z = dated_zones()
    r = EffectiveRanges.of(z)
    day = dt.date(2015, 7, 1)
    assert r.ended(day).tolist() == [False, True, False, False]
    assert r.not_yet(day).tolist() == [True, False, False, False]
    assert np.array_equal(r.in_force(day), ~(r.ended(day) | r.not_yet(day)))


@pytest.mark.parametrize(
    "received,outcome,says",
    [
        (
            "2012-12-25",
            "REVIEW",
            "石景山园（2012-12-26 起生效，占宗地 100%）：申请日尚未生效，未计入",
        ),
        ("2012-12-26", "PASS", "石景山园（100%）"),
    ],
)
def test_cases_zones_in_force_r5_clause_before_and_on_designation(
    ctx, received, outcome, says
):
    ev, _ = evals.run(
        _case(received, location_clause="(八)"), ctx, RULES, "2026-03-01", SAMPLE
    )
    o = ev.outcome("R5")
    assert o.outcome == outcome
    assert says in o.message_zh


def test_cases_zones_in_force_r5_message_in_english_names_the_date(ctx):
    ev, _ = evals.run(
        _case("2012-12-25", location_clause="(八)"), ctx, RULES, "2026-03-01", SAMPLE
    )
    assert (
        "石景山园 (in force from 2012-12-26; 100% of the parcel) was not yet in "
        "force on the application date (2012-12-25): left out"
    ) in ev.outcome("R5").message_en


@pytest.mark.parametrize(
    "received,outcome,says",
    [
        ("2015-06-30", "PASS", "旧工业服务区（宗地 100%）重点产业含 07"),
        (
            "2015-07-01",
            "N/A",
            "旧工业服务区（有效至 2015-06，占宗地 100%）：申请日已失效，未计入",
        ),
    ],
)
def test_cases_zones_in_force_r5_note_on_the_last_day_and_after(
    ctx, received, outcome, says
):
    ev, _ = evals.run(
        _case(received, proposed_category="07"), ctx, RULES, "2026-03-01", SAMPLE
    )
    o = ev.outcome("R5")
    assert o.outcome == outcome and o.informational
    assert says in o.message_zh


@pytest.mark.parametrize(
    "as_of,counted,line",
    [
        (
            "2016-11-21",
            ["T-ZGC"],
            "新首钢高端产业综合服务区（2016-11-22 起生效，占宗地 100%）：评估日尚未生效，未计入",
        ),
        ("2016-11-22", ["T-SG", "T-ZGC"], None),
    ],
)
def test_cases_zones_in_force_without_application_date_use_the_evaluation_date(
    ctx, as_of, counted, line
):
    ev, inputs = evals.run(_case(None), ctx, RULES, as_of, SAMPLE)
    f = SiteFacts.from_dict(inputs["facts"])
    assert sorted(z.key for z in f.zones) == counted
    assert inputs["zones_as_of"]["date"] == as_of
    assert inputs["zones_as_of"]["basis"] == "evaluation_date"
    assert zones_date_text(f)[0] == (
        f"功能区：按 {as_of}（评估日期，案件未填申请受理日期）有效的范围；"
        "边界为当前保存的图形"
    )
    texts = [zh for zh, _ in left_out_texts(f)]
    assert (line in texts) if line else all("T-SG" not in t for t in texts)
    assert ev.as_of == as_of


def test_cases_zones_in_force_snapshot_diff_and_reproduce(ctx):
    before_ev, before = evals.run(
        _case("2016-11-21", proposed_category="04"), ctx, RULES, "2026-03-01", SAMPLE
    )
    after_ev, after = evals.run(
        _case("2016-11-22", proposed_category="04"), ctx, RULES, "2026-03-01", SAMPLE
    )
    assert before["zones_as_of"] == {
        "date": "2016-11-21",
        "basis": "received_date",
        "geometry": "current",
        "left_out": ["T-OLD", "T-SG"],
    }
    assert before_ev.outcome("R5").outcome == "N/A"
    assert after_ev.outcome("R5").outcome == "PASS"  # 新首钢 focuses on 04 (crafted)
    d = evals.diff_evaluations(before_ev, after_ev, before, after)
    assert ("zones_date", "2016-11-21", "2016-11-22") in d.inputs
    assert ("zones_left_out", ["T-OLD", "T-SG"], ["T-OLD"]) in d.inputs
    assert "R5" in [c.rule_id for c in d.rules]  # R4 names its date too
    assert "输入 zones_date: '2016-11-21' → '2016-11-22'" in d.summary_zh()
    again = evals.reproduce(before, RULES, SAMPLE)
    assert evals.canonical(again) == evals.canonical(before_ev)


def test_cases_zones_in_force_old_snapshots_keep_every_zone_and_say_nothing():
    # Facts saved before zones were dated have no zones date: nothing is said,
    # and their R5 message (hence the saved outcome) reproduces unchanged.
    f = SiteFacts.from_dict({"site_area_m2": 1.0, "area_method": "m"})
    assert (f.zones_date, f.zones_left_out) == ("", [])
    assert zones_date_text(f) == ("", "")
    assert left_out_texts(f) == []


def test_cases_zones_in_force_each_date_is_filtered_once(monkeypatch):
    calls: list[dt.date] = []
    index = FactsContext(resources.load_basemap(), dated_zones()).zone_index
    real = EffectiveRanges.in_force

    def counting(self: EffectiveRanges, on: dt.date) -> np.ndarray:
        calls.append(on)
        return real(self, on)

    monkeypatch.setattr(EffectiveRanges, "in_force", counting)
    for _ in range(5):
        for day in ("2015-07-01", "2016-11-22"):
            index.overlaps(PARCEL, 1.0, dt.date.fromisoformat(day))
            index.nearest(PARCEL, dt.date.fromisoformat(day))
    assert calls == [dt.date(2015, 7, 1), dt.date(2016, 11, 22)]
