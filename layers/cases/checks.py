"""The per-rule checks R1-R7; thresholds and texts come from the rules file.

Each check takes a :class:`CheckContext` (bound to its rule's ``inputs``) and
the rule's thresholds and returns a :class:`Result`. The rule's outcome text
(``outcomes[...]['zh'/'en']``) is formatted with the result's values and
followed by the check's own detail. R4 lives in :mod:`layers.cases.catalogue`,
R5 and R6 in :mod:`layers.cases.checks_site`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from layers.cases.catalogue import check_r4
from layers.cases.check_base import (
    PS_CODES,
    CheckContext,
    Result,
    RuleOutcome,
    code_in,
    missing_result,
    missing_text,
)
from layers.cases.checks_site import check_r5, check_r6
from layers.cases.field_labels import BUILDING_USE_OK, GAP_ZH
from layers.cases.rules import canonical_system

R1_NEED = (
    "applicant_is_industrial",
    "current_landuse_code",
    "current_landuse_system",
    "proposed_landuse_code",
    "land_owned",
    "self_operated",
    "proposed_category",
)
R1_WHAT_IF_NOT = {
    "申请人为工业企业": "申请人非工业企业：(二十二)协议出让适用于工业企业，按招拍挂或其他途径办理",
    "现状为工业用地": "现状非工业用地：不属(二十二)所述自有工业用地改造",
    "自有用地": "非自有用地：按招拍挂途径供地",
    "自营生产性服务业": "非自营：(二十二)要求用于自营生产性服务业，按招拍挂途径供地",
    "属生产性服务业类别01-10": "拟发展业态不属生产性服务业类别01-10",
    "改变用途": "未改变用途：无需协议出让供地",
}


# --- R1 协议出让 (seed 二十二) ---------------------------------------------------
def _r1_conditions(ctx: CheckContext) -> tuple[dict[str, bool | None], str, str]:
    ind = ctx.rules.doc.get("industrial_codes") or ctx.rules.industrial_codes
    system = canonical_system(ctx.get("current_landuse_system"))
    cur = str(ctx.get("current_landuse_code") or "").upper()
    new = str(ctx.get("proposed_landuse_code") or "").upper()
    new_sys = canonical_system(ctx.get("proposed_landuse_system")) or system
    cat = ctx.get("proposed_category")
    conds: dict[str, bool | None] = {
        "申请人为工业企业": ctx.flag("applicant_is_industrial"),
        "现状为工业用地": (
            code_in(cur, ind.get(system, [])) if cur and system else None
        ),
        "自有用地": ctx.flag("land_owned"),
        "自营生产性服务业": ctx.flag("self_operated"),
        "属生产性服务业类别01-10": (str(cat) in PS_CODES if cat else None),
        "改变用途": (
            (new, new_sys) != (cur, system)
            and not code_in(new, ind.get(new_sys or "", []))
            if new
            else None
        ),
    }
    if ctx.get("current_landuse_system") and system is None:
        conds["现状为工业用地"] = False
    return conds, f"{cur} ({system or '?'})", f"{new} ({new_sys or '?'})"


def check_r1(ctx: CheckContext, th: dict[str, Any]) -> Result:
    """Agreement transfer: industrial applicant, own industrial land, self-operated."""
    conds, current, proposed = _r1_conditions(ctx)
    values = {"conditions": conds, "current": current, "proposed": proposed}
    decided = "、".join(
        f"{k}{'✓' if v else '✗' if v is False else '?'}" for k, v in conds.items()
    )
    failed = [k for k, v in conds.items() if v is False]
    missing = [f for f in R1_NEED if ctx.get(f) is None]
    if missing:
        r = missing_result(missing, **values)
        if failed:
            r.detail_zh += "；不满足：" + "、".join(failed)
            r.questions += [(R1_WHAT_IF_NOT[k], f"not met: {k}") for k in failed]
        r.decided_zh = decided
        return r
    if failed:
        return Result(
            "REVIEW",
            "不满足：" + "、".join(failed),
            f"not met: {len(failed)} condition(s)",
            values,
            decided_zh=decided,
            decided_en=f"{len(failed)} condition(s) of (二十二) not met",
            questions=[(R1_WHAT_IF_NOT[k], f"not met: {k}") for k in failed],
        )
    return Result(
        "PASS",
        "工业企业、现状工业用地、自有、自营、属生产性服务业且改变用途",
        "industrial applicant, industrial own land, self-operated producer "
        "service, use changes",
        values,
        decided_zh=decided,
        decided_en="all six conditions of (二十二) hold",
    )


# --- R2 严控建筑增量 (seed 二十二) -----------------------------------------------
def check_r2(ctx: CheckContext, th: dict[str, Any]) -> Result:
    """Compare proposed with existing GFA; an optional hard cap gives FAIL."""
    e, p = ctx.number("existing_gfa_m2"), ctx.number("proposed_gfa_m2")
    missing = [
        f for f, v in (("existing_gfa_m2", e), ("proposed_gfa_m2", p)) if v is None
    ]
    if missing or e is None or p is None:
        return missing_result(missing)
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
    cmp = f"规划建筑面积 {p:,.0f} {'≤' if inc <= 0 else '>'} 现状 {e:,.0f} m²"
    if inc <= 0:
        return Result(
            "PASS",
            f"{base}，增量 {inc:,.0f} m²",
            f"increment {inc:,.0f} m²",
            values,
            decided_zh=cmp,
            decided_en="proposed GFA <= existing GFA",
        )
    cap_m2, cap_pct = th.get("hard_cap_increment_m2"), th.get("hard_cap_increment_pct")
    over = []
    if cap_m2 is not None and inc > float(cap_m2):
        over.append(f"{float(cap_m2):,.0f} m²")
    if cap_pct is not None and (pct is None or pct > float(cap_pct)):
        over.append(f"{float(cap_pct):g}%")
    if over:
        values["cap"] = " / ".join(over)
        return Result(
            "FAIL",
            base,
            f"existing {e:,.0f}, proposed {p:,.0f} m²",
            values,
            decided_zh=f"增量超过规则设定的上限 {values['cap']}",
            decided_en=f"increment above the cap {values['cap']}",
        )
    return Result(
        "REVIEW",
        base,
        f"existing {e:,.0f}, proposed {p:,.0f} m²",
        values,
        decided_zh=cmp,
        decided_en="proposed GFA > existing GFA",
        questions=[
            (
                f"建筑增量 {inc:,.0f} m² 是否合理（(二十二)严控建筑增量），需经办人判断",
                f"is the {inc:,.0f} m² increment justified? (a person decides)",
            )
        ],
    )


# --- R3 补充城市功能短板 (seed 二十二) -------------------------------------------
def check_r3(ctx: CheckContext, th: dict[str, Any]) -> Result:
    """PASS when the plan states which urban-function gaps it fills."""
    raw = ctx.get("shortfalls_filled")
    if raw is None:
        return missing_result(["shortfalls_filled"])
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
            decided_zh="所填短板均不在规则列出的类型中",
            decided_en="no stated gap is an accepted kind",
            questions=[
                (
                    "所填短板（"
                    + "、".join(unknown)
                    + "）是否属城市功能短板，需经办人判断",
                    "are the stated gaps urban-function gaps? (a person decides)",
                )
            ],
        )
    return Result(
        "PASS",
        "补充：" + "、".join(labels),
        "gaps: " + ", ".join(tokens),
        values,
        decided_zh="已说明补充的城市功能短板",
        decided_en="gaps stated",
    )


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
    decided = (
        f"疏解转移单位：{'是' if reloc else '否' if reloc is False else '未填写'}；"
        f"老旧商业设施/仓储用房：{'是' if use_ok else '否' if use_ok is False else '未填写'}"
    )
    missing = [
        f
        for f, v in (("current_building_use", use_ok), ("relocating_unit", reloc))
        if v is None
    ]
    if use_ok and reloc:
        return Result("PASS", "", "", values, informational=True, decided_zh=decided)
    if missing:
        zh, en = missing_text(missing)
        return Result(
            "N/A",
            f"仅供参考；{zh}",
            en,
            values,
            missing,
            informational=True,
            decided_zh=decided,
        )
    return Result(
        "N/A",
        "不适用（非疏解单位或非老旧商业/仓储用房）",
        "not applicable",
        values,
        informational=True,
        decided_zh=decided,
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


def _template(text: str, values: dict[str, Any]) -> str:
    """Fill ``{name}`` placeholders; a template with an unknown one is dropped."""
    plain = {k: v for k, v in values.items() if isinstance(v, str | int | float)}
    try:
        return text.format_map(plain)
    except (KeyError, IndexError, ValueError):
        return ""


def to_outcome(rule: dict[str, Any], res: Result) -> RuleOutcome:
    """Combine a rule entry and a check result into a :class:`RuleOutcome`."""
    texts = (rule.get("outcomes") or {}).get(res.outcome) or {}
    templ = res.use_template and res.outcome != "N/A"
    head_zh = _template(str(texts.get("zh", "")), res.values) if templ else ""
    head_en = _template(str(texts.get("en", "")), res.values) if templ else ""
    join = "；" if head_zh and res.detail_zh else ""
    questions = list(res.questions)
    if res.outcome == "REVIEW" and not questions:
        # REVIEW must name what a person supplies; never leave it implicit.
        questions = [(f"核实：{res.detail_zh or head_zh}", f"check: {res.detail_en}")]
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
        decided_zh=res.decided_zh,
        decided_en=res.decided_en,
        questions_zh=[q[0] for q in questions],
        questions_en=[q[1] for q in questions],
        sample=res.sample,
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
