"""The report's tables: case summary, spatial overlay, rule checklist (text only)."""

from __future__ import annotations

import json
from typing import Any

import numpy as np

from geo.units import area_lines
from gui.cases.report_layout import OUTCOME_COLORS
from layers.cases.case_fields import (
    FACILITY_KINDS,
    LAND_RIGHT_TYPES,
    MANUFACTURING_STAGES,
    split_codes,
)
from layers.cases.engine import OUTCOME_ZH
from layers.cases.evaluations import ReportData
from layers.cases.facts_zones import left_out_texts, zones_date_text
from layers.cases.field_labels import BUILDING_USE_ZH, GAP_ZH, STATUS_ZH
from layers.layer_specs import PS_CATEGORY_NAMES_ZH

LIMIT_TEXT = {
    "far_max": "容积率≤",
    "building_density_max": "建筑密度≤",
    "green_ratio_min": "绿地率≥",
    "height_max_m": "高度(m)≤",
}


def _missing(v: Any) -> bool:
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return True
    try:
        return bool(v != v)
    except (TypeError, ValueError):
        return False


def _fmt(v: Any, unit: str = "", digits: int = 0) -> str:
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return "（未填写）"
    try:
        return f"{float(v):,.{digits}f}{unit}"
    except (TypeError, ValueError):
        return str(v)


def _flag(v: Any) -> str:
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return "（未填写）"
    try:
        return "是" if int(v) else "否"
    except (TypeError, ValueError):
        return str(v)


def area_text(m2: float, method: str) -> str:
    """Return an area in m², 公顷 and 亩 with the method used.

    >>> area_text(123456.0, "geodesic")
    '123,456 m²（12.35 公顷 / 185.2 亩；geodesic）'
    """
    sq, ha, mu = area_lines(m2, "zh")
    return f"{sq}（{ha} / {mu}；{method}）"


def summary_rows(rd: ReportData) -> list[tuple[str, str]]:
    c, f = rd.case, rd.facts
    c = {k: (None if _missing(v) else v) for k, v in c.items()}
    cat = str(c.get("proposed_category") or "")
    gaps = [
        GAP_ZH.get(t.split(":")[0], t)
        + (f"（{t.split(':', 1)[1]}）" if ":" in t else "")
        for t in str(c.get("shortfalls_filled") or "").split(";")
        if t.strip()
    ]
    site = area_text(f.site_area_m2, "椭球面积 " + f.area_method)
    if c.get("site_area_override_reason"):
        site += f"；申报面积 {_fmt(c.get('site_area_m2'), ' m²')}（{c['site_area_override_reason']}）"
    try:
        docs = "、".join(json.loads(c.get("documents") or "[]")) or "（无）"
    except (TypeError, ValueError):
        docs = str(c.get("documents"))
    return [
        ("案件编号", str(c.get("case_no") or "")),
        ("申请单位", f"{c.get('applicant_name') or '（未填写）'}"),
        ("统一社会信用代码", str(c.get("applicant_credit_code") or "（未填写）")),
        (
            "办理状态",
            f"{STATUS_ZH.get(str(c.get('status')), c.get('status'))}"
            f"（{c.get('status_date') or '—'}，{c.get('status_by') or '—'}）；"
            f"受理日期 {c.get('received_date') or '—'}",
        ),
        ("所在区", "、".join(f"{d.name_zh} {d.share:.1%}" for d in f.districts) or "—"),
        (
            "现状用地",
            f"{c.get('current_landuse_code') or '—'}"
            f"（{c.get('current_landuse_system') or '—'}）",
        ),
        (
            "规划用地",
            f"{c.get('proposed_landuse_code') or '—'}"
            f"（{c.get('proposed_landuse_system') or '—'}）",
        ),
        (
            "自有用地 / 自营 / 疏解转移单位",
            f"{_flag(c.get('land_owned'))} / {_flag(c.get('self_operated'))} / "
            f"{_flag(c.get('relocating_unit'))}",
        ),
        (
            "现状建筑用途",
            BUILDING_USE_ZH.get(
                str(c.get("current_building_use")),
                str(c.get("current_building_use") or "（未填写）"),
            ),
        ),
        ("用地面积", site),
        (
            "建筑面积",
            f"现状 {_fmt(c.get('existing_gfa_m2'), ' m²')}，"
            f"规划 {_fmt(c.get('proposed_gfa_m2'), ' m²')}",
        ),
        (
            "规划指标",
            f"容积率 {_fmt(c.get('far'), '', 2)}；建筑密度 "
            f"{_fmt(c.get('building_density'), '', 2)}；绿地率 "
            f"{_fmt(c.get('green_ratio'), '', 2)}；高度 {_fmt(c.get('height_m'), ' m', 1)}",
        ),
        (
            "拟发展业态",
            f"{cat} {PS_CATEGORY_NAMES_ZH.get(cat, '')}；国民经济行业代码 "
            f"{c.get('proposed_gbt4754') or '（未填写）'}",
        ),
        ("补充城市功能短板", "、".join(gaps) or "（未填写）"),
        ("申报材料", docs),
        *title_rows(c),
        *condition_rows(c),
    ]


def title_rows(c: dict[str, Any]) -> list[tuple[str, str]]:
    """Return the land-title rows (agreement transfer) of the case summary."""
    right = c.get("land_right_type")
    term = c.get("remaining_term_years")
    return [
        ("申请人为工业企业", _flag(c.get("applicant_is_industrial"))),
        (
            "土地权利性质",
            LAND_RIGHT_TYPES.get(str(right), str(right)) if right else "（未填写）",
        ),
        (
            "剩余土地使用年限",
            _fmt(term, " 年", 1) if term is not None else "（未填写）",
        ),
        ("不动产权证号", str(c.get("title_cert_no") or "（未填写）")),
        ("宗地编码", str(c.get("parcel_code") or "（未填写）")),
    ]


def condition_rows(c: dict[str, Any]) -> list[tuple[str, str]]:
    """Return the catalogue-condition, location and typed-indicator rows."""
    kinds = [FACILITY_KINDS.get(k, k) for k in split_codes(c.get("project_facilities"))]
    stage = c.get("manufacturing_stage")
    typed = [
        f"{label} {_fmt(c.get(f), '', 2)}"
        for f, label in (
            ("indicator_far_max", "容积率≤"),
            ("indicator_building_density_max", "建筑密度≤"),
            ("indicator_green_ratio_min", "绿地率≥"),
            ("indicator_height_max_m", "高度(m)≤"),
        )
        if c.get(f) is not None
    ]
    return [
        ("项目设施类型", "、".join(kinds) or "（未填写）"),
        (
            "列入规划 / 历史文化保护区",
            f"{_flag(c.get('in_plan'))} / {_flag(c.get('heritage_area'))}",
        ),
        (
            "制造业环节",
            MANUFACTURING_STAGES.get(str(stage), str(stage)) if stage else "（未填写）",
        ),
        ("所依据的区位条款", str(c.get("location_clause") or "（无）")),
        (
            "案件填写的控制指标",
            ("；".join(typed) + f"（来源：{c.get('indicator_source') or '未填写'}）")
            if typed
            else "（无）",
        ),
    ]


def overlay_rows(rd: ReportData) -> list[list[str]]:
    f = rd.facts
    rows = [
        ["行政区", d.name_zh, f"{d.area_m2:,.0f}", f"{d.share:.1%}", ""]
        for d in f.districts
    ]
    for ed, shares in f.catalogue_areas.items():
        rows += [
            [
                f"目录区域（{ed}年版）",
                s.name_zh,
                f"{s.area_m2:,.0f}",
                f"{s.share:.1%}",
                "示意" if s.indicative else "",
            ]
            for s in shares
        ]
    rows += [
        [
            "功能区/园区",
            z.name_zh,
            f"{z.area_m2:,.0f}",
            f"{z.share:.1%}",
            "示意范围" if z.indicative else "正式",
        ]
        for z in f.zones
    ]
    if not f.zones:
        rows.append(["功能区/园区", "未与任何功能区相交", "0", "0%", ""])
    rows += [
        [
            "功能区/园区（未计入）",
            z.name_zh,
            f"{z.area_m2:,.0f}",
            f"{z.share:.1%}",
            f"{z.effective_from} 起生效，尚未生效"
            if z.reason == "not_yet"
            else f"有效至 {z.effective_to}，已失效",
        ]
        for z in f.zones_left_out
    ]
    n = f.nearest_functional_area
    if n is not None:
        rows.append(
            ["最近高端功能区", n.name_zh, f"距离 {n.distance_m:,.0f} m", "—", n.method]
        )
    for r in f.regulatory:
        limits = "；".join(f"{LIMIT_TEXT[k]}{v:g}" for k, v in r.limits.items())
        limits = limits or "无指标"
        rows.append(
            [
                "控规地块" + ("（示例）" if r.synthetic else ""),
                f"{r.plan_name} 地块 {r.parcel_code}",
                f"{r.area_m2:,.0f}",
                f"{r.share:.1%}",
                f"{limits}；批复 {r.approval_date or '—'}",
            ]
        )
    if not f.regulatory:
        rows.append(
            [
                "控规地块",
                "无与宗地重叠的控规地块"
                if f.regulatory_available
                else "未导入控规图层",
                "—",
                "—",
                "",
            ]
        )
    return rows


def zones_lines(rd: ReportData) -> list[str]:
    """Return which day's zones the facts used, and each zone left out (zh)."""
    head, _ = zones_date_text(rd.facts)
    return ([head] if head else []) + [f"※ {zh}" for zh, _ in left_out_texts(rd.facts)]


def map_zones_note(rd: ReportData) -> str:
    """Return the map note's words on which zones it draws ('' if undated)."""
    if not rd.facts.zones_date:
        return ""
    return f"图中功能区为 {rd.facts.zones_date} 有效的范围（当前保存的图形）；"


def rule_rows(rd: ReportData) -> tuple[list[list[str]], dict[tuple[int, int], str]]:
    rows, colors = [], {}
    for i, o in enumerate(rd.evaluation.outcomes):
        info = "（参考性）" if o.informational else ""
        lines = [o.message_zh or "—"]
        if o.decided_zh:
            lines.append(f"判定依据：{o.decided_zh}")
        if o.outcome == "REVIEW" and o.questions_zh:
            lines.append("需补充：" + "；".join(o.questions_zh))
        if o.sample:
            lines.append("【示例数据 / 待核实】")
        rows.append(
            [
                o.rule_id,
                f"{o.title_zh}{info}",
                f"{OUTCOME_ZH.get(o.outcome, o.outcome)}\n{o.outcome}",
                "\n".join(lines),
                f"《意见》{o.clause}：“{o.clause_text_zh}”",
            ]
        )
        colors[(i, 2)] = OUTCOME_COLORS.get(o.outcome, "#000000")
    return rows, colors


def review_lines(rd: ReportData) -> list[str]:
    """Return what a person must supply or decide, one line per item."""
    return [f"{rid}：{q}" for rid, q in rd.evaluation.review_items()]


def catalogue_line(rd: ReportData) -> str:
    """Return which catalogue edition R4 used, marked 待核实 for a sample."""
    try:
        v = rd.evaluation.outcome("R4").values
    except KeyError:
        return ""
    if not v.get("edition"):
        return "目录版本：申请日期无在录版本"
    tag = (
        "（示例目录·待核实）" if v.get("edition_status") == "sample" else "（正式目录）"
    )
    load = f"，导入记录 #{v['edition_id']}" if v.get("edition_id") else ""
    return (
        f"目录版本：{v.get('edition_title') or v['edition'] + '年版'}{tag}{load}；"
        f"依据{v.get('date_basis', '')} {v.get('application_date', '')}；"
        f"核对条目 {v.get('rows_checked', 0)} 条"
    )


def changes_lines(rd: ReportData) -> list[str]:
    """Return what changed since the evaluation before this one."""
    d = rd.changes
    if d is None:
        return []
    if not d.changed:
        return ["与上次评估相比无变化"]
    out = []
    if d.rules_version[0] != d.rules_version[1]:
        out.append(f"规则版本 {d.rules_version[0]} → {d.rules_version[1]}")
    if d.overall[0] != d.overall[1]:
        out.append(f"总体结论 {d.overall[0]} → {d.overall[1]}")
    out += [f"{c.rule_id}：{c.before} → {c.after}" for c in d.rules]
    out += [f"输入 {k}：{a!r} → {b!r}" for k, a, b in d.inputs]
    return out
