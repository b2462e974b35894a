"""The per-rule checks R1-R7; thresholds and texts come from the rules file.

Each check takes a :class:`CheckContext` and the rule's thresholds and returns a
:class:`Result`. The rule's outcome text (``outcomes[...]['zh'/'en']``) is
formatted with the result's values and followed by the check's own detail.
R4 lives in :mod:`layers.cases.catalogue`.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from layers.cases.catalogue import check_r4
from layers.cases.check_base import (
    PS_CODES,
    CheckContext,
    Result,
    _code_in,
    _missing_result,
    missing_text,
)
from layers.cases.engine import RuleOutcome
from layers.cases.field_labels import BUILDING_USE_OK, CONTROLS, GAP_ZH
from layers.cases.rules import canonical_system


# --- R1 协议出让 (seed 二十二) ---------------------------------------------------
def check_r1(ctx: CheckContext, th: dict[str, Any]) -> Result:
    """Agreement transfer needs own industrial land, self-operated PS, use change."""
    need = [
        "current_landuse_code",
        "current_landuse_system",
        "proposed_landuse_code",
        "land_owned",
        "self_operated",
        "proposed_category",
    ]
    missing = [f for f in need if ctx.get(f) is None]
    ref = th.get("industrial_codes_ref", "industrial_codes")
    ind = ctx.rules.doc.get(ref) or ctx.rules.industrial_codes
    system = canonical_system(ctx.get("current_landuse_system"))
    cur = str(ctx.get("current_landuse_code") or "").upper()
    new = str(ctx.get("proposed_landuse_code") or "").upper()
    new_sys = canonical_system(ctx.get("proposed_landuse_system")) or system
    conds: dict[str, bool | None] = {
        "现状为工业用地": (
            _code_in(cur, ind.get(system, [])) if cur and system else None
        ),
        "自有用地": ctx.flag("land_owned"),
        "自营生产性服务业": ctx.flag("self_operated"),
        "属生产性服务业类别01-10": (
            ctx.get("proposed_category") in PS_CODES
            if ctx.get("proposed_category")
            else None
        ),
        "改变用途": (
            (new, new_sys) != (cur, system)
            and not _code_in(new, ind.get(new_sys or "", []))
            if new
            else None
        ),
    }
    if ctx.get("current_landuse_system") and system is None:
        conds["现状为工业用地"] = False
    values = {
        "conditions": conds,
        "current": f"{cur} ({system or '?'})",
        "proposed": f"{new} ({new_sys or '?'})",
    }
    failed = [k for k, v in conds.items() if v is False]
    if missing:
        r = _missing_result(missing, **values)
        if failed:
            r.detail_zh += "；不满足：" + "、".join(failed)
        return r
    if failed:
        return Result(
            "REVIEW",
            "不满足：" + "、".join(failed),
            f"not met: {len(failed)} condition(s)",
            values,
        )
    return Result(
        "PASS",
        "现状工业用地、自有、自营、属生产性服务业且改变用途",
        "industrial, own land, self-operated, producer service, use changes",
        values,
    )


# --- R2 严控建筑增量 (seed 二十二) -----------------------------------------------
def check_r2(ctx: CheckContext, th: dict[str, Any]) -> Result:
    """Compare proposed with existing GFA; an optional hard cap gives FAIL."""
    missing = [f for f in ("existing_gfa_m2", "proposed_gfa_m2") if ctx.get(f) is None]
    if missing:
        return _missing_result(missing)
    e, p = float(ctx.get("existing_gfa_m2")), float(ctx.get("proposed_gfa_m2"))
    inc = p - e
    pct = inc / e * 100 if e > 0 else None
    values = {
        "existing_gfa_m2": e,
        "proposed_gfa_m2": p,
        "increment_m2": f"{inc:,.0f}",
        "increment_pct": "—" if pct is None else f"{pct:.1f}",
        "increment_m2_value": inc,
        "increment_pct_value": pct,
    }
    base = f"现状 {e:,.0f} m²，规划 {p:,.0f} m²"
    if inc <= 0:
        return Result(
            "PASS", f"{base}，增量 {inc:,.0f} m²", f"increment {inc:,.0f} m²", values
        )
    cap_m2, cap_pct = th.get("hard_cap_increment_m2"), th.get("hard_cap_increment_pct")
    over = []
    if cap_m2 is not None and inc > float(cap_m2):
        over.append(f"{float(cap_m2):,.0f} m²")
    if cap_pct is not None and (pct is None or pct > float(cap_pct)):
        over.append(f"{float(cap_pct):g}%")
    if over:
        values["cap"] = " / ".join(over)
        return Result("FAIL", base, f"existing {e:,.0f}, proposed {p:,.0f} m²", values)
    return Result("REVIEW", base, f"existing {e:,.0f}, proposed {p:,.0f} m²", values)


# --- R3 补充城市功能短板 (seed 二十二) -------------------------------------------
def check_r3(ctx: CheckContext, th: dict[str, Any]) -> Result:
    """PASS when the plan states which urban-function gaps it fills."""
    raw = ctx.get("shortfalls_filled")
    if raw is None:
        return _missing_result(["shortfalls_filled"])
    accepted = set(th.get("accepted_gaps") or GAP_ZH)
    tokens = [t.strip() for t in re.split(r"[;；]", str(raw)) if t.strip()]
    labels, unknown = [], []
    for t in tokens:
        key, _, text = t.partition(":")
        if key in accepted:
            labels.append(GAP_ZH.get(key, key) + (f"（{text}）" if text else ""))
        else:
            unknown.append(t)
    values = {"gaps": labels, "unrecognised": unknown}
    if not labels:
        return Result(
            "REVIEW",
            "未识别的短板类型：" + "、".join(unknown),
            "no recognised gap",
            values,
        )
    return Result(
        "PASS", "补充：" + "、".join(labels), "gaps: " + ", ".join(tokens), values
    )


# --- R5 高端产业功能区 (seed 九, 八) ----------------------------------------------
def check_r5(ctx: CheckContext, th: dict[str, Any]) -> Result:
    """PASS inside a zone whose focus categories include the proposed category."""
    cat = ctx.get("proposed_category")
    min_share = float(th.get("inside_share_min") or 0.5)
    min_m2 = float(th.get("report_min_overlap_m2") or 0.0)
    zones = [z for z in ctx.facts.zones if z.area_m2 >= min_m2]
    near = ctx.facts.nearest_functional_area
    values = {
        "zones": [
            {
                "code": z.key,
                "name_zh": z.name_zh,
                "overlap_m2": z.area_m2,
                "share_pct": round(z.share * 100, 1),
            }
            for z in zones
        ],
        "nearest": None
        if near is None
        else {"name_zh": near.name_zh, "distance_m": near.distance_m},
    }
    if not ctx.facts.zones_available:
        return Result(
            "REVIEW",
            "功能区图层未加载",
            "zone layer not loaded",
            values,
            missing=["zones"],
        )
    if cat is None:
        return _missing_result(["proposed_category"], **values)
    good = [z for z in zones if z.share >= min_share and cat in z.focus_categories]
    if good:
        return Result(
            "PASS",
            "、".join(f"{z.name_zh}（{z.share:.0%}）" for z in good),
            ", ".join(z.key for z in good),
            values,
        )
    where = (
        "相交：" + "、".join(f"{z.name_zh}{z.share:.0%}" for z in zones)
        if zones
        else "未与任何功能区相交"
    )
    if near is not None:
        where += f"；距最近高端功能区{near.name_zh} {near.distance_m:,.0f} m"
    return Result(
        "REVIEW", where, f"category {cat} not a focus of an enclosing zone", values
    )


# --- R6 减量提质 / 控制指标 (seed 二十二) -----------------------------------------
def _controls(
    ctx: CheckContext, th: dict[str, Any]
) -> tuple[str, dict[str, Any]] | None:
    table = th.get("control_indicators") or {}
    min_share = float(th.get("inside_share_min") or 0.5)
    for z in ctx.facts.zones:
        if z.share >= min_share and isinstance(table.get(z.key), dict):
            return z.name_zh, table[z.key]
    for d in ctx.facts.districts:
        if isinstance(table.get(d.key), dict):
            return d.name_zh, table[d.key]
    return None


def check_r6(ctx: CheckContext, th: dict[str, Any]) -> Result:
    """Compare FAR, density, green ratio and height with the controls on file."""
    found = _controls(ctx, th)
    if found is None:
        return Result(
            "REVIEW",
            "无控制指标备案（no control indicators on file）",
            "no control indicators on file",
            missing=["control_indicators"],
            use_template=False,
        )
    source, ctl = found
    area, _ = ctx.site_area_m2()
    values: dict[str, Any] = {"controls_source": source, "controls": ctl, "checks": []}
    missing, outside = [], []
    for key, (fld, op, label) in CONTROLS.items():
        if ctl.get(key) is None:
            continue
        v = ctx.get(fld)
        if v is None and fld == "far" and ctx.get("proposed_gfa_m2") and area:
            v = float(ctx.get("proposed_gfa_m2")) / area
            values["far_computed"] = round(v, 3)
        if v is None:
            missing.append(fld)
            continue
        ok = float(v) <= float(ctl[key]) if op == "<=" else float(v) >= float(ctl[key])
        values["checks"].append(
            {
                "indicator": label,
                "value": float(v),
                "op": op,
                "limit": float(ctl[key]),
                "ok": ok,
            }
        )
        if not ok:
            outside.append(f"{label} {float(v):g}（控制 {op} {float(ctl[key]):g}）")
    if missing:
        r = _missing_result(missing, **values)
        r.detail_zh += ("；超出：" + "、".join(outside)) if outside else ""
        return r
    if outside:
        return Result(
            "REVIEW",
            f"依据{source}控制指标，超出：" + "、".join(outside),
            f"outside the {source} controls",
            values,
        )
    return Result("PASS", f"依据{source}控制指标", f"controls of {source}", values)


# --- R7 疏解单位改造利用老旧商业设施、仓储用房 (seed 二十二) --------------------------
def check_r7(ctx: CheckContext, th: dict[str, Any]) -> Result:
    """Informational: PASS when a relocating unit reuses commercial/warehouse stock."""
    use = ctx.get("current_building_use")
    reloc = ctx.flag("relocating_unit")
    system = canonical_system(ctx.get("current_landuse_system"))
    eligible = (th.get("eligible_current_uses") or {}).get(system or "", [])
    cur = str(ctx.get("current_landuse_code") or "").upper()
    use_ok = str(use).lower() in BUILDING_USE_OK if use else None
    if not use_ok and cur and cur in eligible:
        use_ok = True
    values = {"current_building_use": use, "relocating_unit": reloc}
    missing = [
        f
        for f, v in (("current_building_use", use_ok), ("relocating_unit", reloc))
        if v is None
    ]
    if use_ok and reloc:
        return Result("PASS", "", "", values, informational=True)
    if missing:
        zh, en = missing_text(missing)
        return Result("N/A", f"仅供参考；{zh}", en, values, missing, informational=True)
    return Result(
        "N/A",
        "不适用（非疏解单位或非老旧商业/仓储用房）",
        "not applicable",
        values,
        informational=True,
    )


CHECKS: dict[str, Callable[[CheckContext, dict[str, Any]], Result]] = {
    "R1": check_r1,
    "R2": check_r2,
    "R3": check_r3,
    "R4": check_r4,
    "R5": check_r5,
    "R6": check_r6,
    "R7": check_r7,
}


def to_outcome(rule: dict[str, Any], res: Result) -> RuleOutcome:
    """Combine a rule entry and a check result into a :class:`RuleOutcome`."""
    texts = (rule.get("outcomes") or {}).get(res.outcome) or {}
    fmt = defaultdict(
        lambda: "?",
        {k: v for k, v in res.values.items() if isinstance(v, str | int | float)},
    )
    templ = res.use_template and res.outcome != "N/A"
    head_zh = str(texts.get("zh", "")).format_map(fmt) if templ else ""
    head_en = str(texts.get("en", "")).format_map(fmt) if templ else ""
    join = "；" if head_zh and res.detail_zh else ""
    return RuleOutcome(
        rule_id=rule["id"],
        title_zh=rule.get("title_zh", ""),
        title_en=rule.get("title_en", ""),
        clause=rule.get("clause", ""),
        clause_text_zh=rule.get("clause_text_zh", ""),
        outcome=res.outcome,
        message_zh=f"{head_zh}{join}{res.detail_zh}",
        message_en="; ".join(t for t in (head_en, res.detail_en) if t),
        values=_jsonable(res.values),
        missing=list(res.missing),
        informational=res.informational
        or bool((rule.get("thresholds") or {}).get("informational")),
    )


def _jsonable(v: Any) -> Any:
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in v.items()}
    if isinstance(v, list | tuple | set):
        return [_jsonable(x) for x in v]
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item"):
        return v.item()
    return v
