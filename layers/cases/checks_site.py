"""R5 (location, seed (九)) and R6 (control indicators) -- the checks on the site.

R5: (九) says 有序引导 -- guidance. Where the parcel lies is reported as a note
(informational); only a proposal that relies on a clause which requires a
location (the rules file's ``location_clauses``, e.g. (八) 中关村先行先试) is
checked, PASS or REVIEW. Sector fit uses the zones' focus categories and names
where each came from.

R6: the seed sets no FAR, density, green-ratio or height figures. Indicators
come from the regulatory-plan (控规) parcels the case parcel overlaps (facts) or
are typed on the case with a source reference; without them the rule says "no
control indicators on file" (REVIEW), never PASS. Demo (synthetic) parcels are
marked 示例 in every line.
"""

from __future__ import annotations

from typing import Any

from layers.cases.case_fields import CASE_INDICATOR_FIELDS, INDICATORS
from layers.cases.check_base import CheckContext, Result, missing_result
from layers.cases.facts_model import AreaShare
from layers.cases.facts_zones import left_out_texts
from layers.cases.field_labels import INDICATOR_LABELS

#: Below this share of the site covered by 控规 parcels, R6 asks about the rest.
COVERAGE_MIN = 0.95


# --- R5 高端产业功能区 (seed 九, 八) ----------------------------------------------
def _zone_values(
    ctx: CheckContext, th: dict[str, Any]
) -> tuple[list[AreaShare], dict[str, Any]]:
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
                "focus_categories": list(z.focus_categories),
                "focus_sources": [list(p) for p in z.focus_sources],
            }
            for z in zones
        ],
        "nearest": None
        if near is None
        else {"name_zh": near.name_zh, "distance_m": near.distance_m},
    }
    return zones, values


def _fit_note(ctx: CheckContext, zones: list[AreaShare], min_share: float) -> Result:
    """Return the informational note on sector fit and location."""
    cat = ctx.get("proposed_category")
    inside = [z for z in zones if z.share >= min_share]
    if cat is not None:
        good = [z for z in inside if str(cat) in z.focus_categories]
        if good:
            cites = "；".join(
                f"{z.name_zh}（宗地 {z.share:.0%}）重点产业含 {cat}，"
                f"来源：{z.focus_source(str(cat)) or '未记录来源'}"
                for z in good
            )
            return Result(
                "PASS",
                cites,
                ", ".join(z.key for z in good),
                informational=True,
                decided_zh=f"宗地位于重点发展类别 {cat} 的功能区内",
                decided_en=f"inside a zone with focus category {cat}",
            )
    near = ctx.facts.nearest_functional_area
    if inside:
        where = "位于" + "、".join(f"{z.name_zh}（{z.share:.0%}）" for z in inside)
        why = (
            f"，其重点产业不含 {cat}" if cat is not None else "；未填写生产性服务业类别"
        )
    else:
        where, why = "未位于高端产业功能区或中关村园区", ""
        if near is not None:
            where += f"（距最近的{near.name_zh} {near.distance_m:,.0f} m）"
    return Result(
        "N/A",
        f"{where}{why}；(九)为有序引导，非审批条件，仅作说明",
        "location noted; (九) is guidance, not a condition",
        informational=True,
        decided_zh="未依据要求区位的条款，区位仅作说明",
        decided_en="no location-dependent clause relied on",
    )


def _clause_met(
    ctx: CheckContext, clause: dict[str, Any], min_share: float
) -> tuple[bool, str]:
    kinds = set(clause.get("zone_kinds") or ())
    adcodes = set(clause.get("district_adcodes") or ())
    zones = [z for z in ctx.facts.zones if z.kind in kinds and z.share >= min_share]
    dists = [d for d in ctx.facts.districts if d.key in adcodes and d.share > 0]
    where = "、".join(
        [f"{z.name_zh}（{z.share:.0%}）" for z in zones]
        + [f"{d.name_zh}（{d.share:.0%}）" for d in dists]
    )
    return bool(zones or dists), where


def check_r5(ctx: CheckContext, th: dict[str, Any]) -> Result:
    """Note the location; check it only for a location-dependent clause relied on.

    Zones the parcel overlaps that were not in force on the case's date were
    left out of the facts (:mod:`layers.cases.facts_zones`); the message names
    them, so a planner sees why 新首钢 or the CBD did not count.
    """
    r = _check_r5(ctx, th)
    left = left_out_texts(ctx.facts)
    if left:
        r.detail_zh = "；".join([r.detail_zh, *(zh for zh, _ in left)]).lstrip("；")
        r.detail_en = "; ".join([r.detail_en, *(en for _, en in left)]).lstrip("; ")
        r.values["zones_date"] = ctx.facts.zones_date
        r.values["zones_left_out"] = [z.key for z in ctx.facts.zones_left_out]
    return r


def _check_r5(ctx: CheckContext, th: dict[str, Any]) -> Result:
    min_share = float(th.get("inside_share_min") or 0.5)
    zones, values = _zone_values(ctx, th)
    claimed = ctx.get("location_clause")
    if claimed is None:
        r = _fit_note(ctx, zones, min_share)
        if not ctx.facts.zones_available:
            r.detail_zh = "功能区图层未加载，区位未评价；" + r.detail_zh
        r.values = values
        return r
    clauses = {c["id"]: c for c in th.get("location_clauses") or []}
    clause = clauses.get(str(claimed).strip())
    if clause is None:
        return Result(
            "REVIEW",
            f"未识别的区位政策条款 {claimed}",
            f"unknown clause {claimed}",
            values,
            decided_zh=f"所填条款 {claimed} 不在规则列出的区位条款中",
            questions=[
                (
                    f"所依据的条款 {claimed} 对区位有何要求？（规则文件列出："
                    f"{'、'.join(clauses) or '无'}）",
                    f"what location does {claimed} require?",
                )
            ],
        )
    if not ctx.facts.zones_available:
        return missing_result(["zones"], **values)
    met, where = _clause_met(ctx, clause, min_share)
    need = clause.get("title_zh", clause["id"])
    quote = f"{clause['id']}“{clause.get('text_zh', '')}”"
    if met:
        return Result(
            "PASS",
            f"依据{quote}：宗地位于{where}",
            f"{clause['id']}: location met",
            values,
            decided_zh=f"{need}要求的区位成立：{where}",
        )
    return Result(
        "REVIEW",
        f"依据{quote}：宗地不在该条款所指区位内",
        f"{clause['id']}: parcel outside the location the clause requires",
        values,
        decided_zh=f"{need}要求的区位不成立",
        decided_en="required location not met",
        questions=[
            (
                f"宗地不在{need}适用区位内：能否适用{clause['id']}，或改按一般政策办理？",
                f"parcel outside the location of {clause['id']}: may it apply?",
            )
        ],
    )


# --- R6 控制指标 (控规; seed 二十二 合理确定规划指标) ------------------------------
def _indicators(ctx: CheckContext, th: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Return indicator key -> {limit, source, sample}: typed first, else 控规."""
    out: dict[str, dict[str, Any]] = {}
    src = ctx.get("indicator_source")
    for key, field in CASE_INDICATOR_FIELDS.items():
        v = ctx.number(field)
        if v is not None:
            out[key] = {"limit": v, "source": f"案件填写，来源：{src or '未填写'}"}
    min_share = float(th.get("regulatory_min_share") or 0.0)
    parcels = [r for r in ctx.facts.regulatory if r.share >= min_share]
    for key, (_, op) in INDICATORS.items():
        if key in out:
            continue
        have = [(r.limits[key], r) for r in parcels if key in r.limits]
        if not have:
            continue
        limit, r = (min if op == "<=" else max)(have, key=lambda t: t[0])
        tag = "【示例】" if r.synthetic else ""
        out[key] = {
            "limit": limit,
            "source": f"{tag}控规《{r.plan_name}》（{r.approval_date or '日期未填'}）"
            f"地块 {r.parcel_code}{'，示例数据' if r.synthetic else ''}",
            "sample": r.synthetic,
            "parcel_fid": r.fid,
        }
    return out


def _no_indicators(ctx: CheckContext) -> Result:
    layer = (
        "控规图层中无与宗地重叠的地块"
        if ctx.facts.regulatory_available
        else "项目未导入控规图层"
    )
    r = missing_result(["control_indicators"])
    r.detail_zh = f"无控制指标备案：{layer}，案件亦未填写指标"
    r.detail_en = "no control indicators on file"
    r.questions = [
        (
            "导入覆盖该宗地的控规地块图层，或在案件中填写控制指标及其来源（如规划条件通知书）",
            "import a 控规 layer covering the parcel, or type the indicators on the "
            "case with their source",
        )
    ]
    return r


def _compare(
    ctx: CheckContext, ind: dict[str, dict[str, Any]]
) -> tuple[list[str], list[dict[str, Any]]]:
    """Return the case fields missing and one check per indicator on file."""
    missing, checks = [], []
    for key, spec in ind.items():
        field, op = INDICATORS[key]
        v = ctx.far()[0] if field == "far" else ctx.number(field)
        if v is None:
            missing.append(field)
            continue
        ok = v <= spec["limit"] if op == "<=" else v >= spec["limit"]
        checks.append(
            {
                "indicator": key,
                "value": v,
                "op": op,
                "limit": spec["limit"],
                "ok": ok,
                "source": spec["source"],
            }
        )
    return missing, checks


def _coverage_gap(
    ctx: CheckContext, th: dict[str, Any], ind: dict[str, dict[str, Any]]
) -> tuple[str, str] | None:
    """Return a question when 控规 limits cover only part of the site."""
    if any("parcel_fid" not in spec for spec in ind.values()):
        return None  # indicators typed on the case speak for the whole site
    min_share = float(th.get("regulatory_min_share") or 0.0)
    covered = sum(r.share for r in ctx.facts.regulatory if r.share >= min_share)
    if covered >= COVERAGE_MIN:
        return None
    return (
        f"控规地块仅覆盖宗地 {covered:.0%}：其余部分的控制指标？",
        f"控规 parcels cover {covered:.0%} of the site: indicators for the rest?",
    )


def _check_text(c: dict[str, Any]) -> str:
    zh = INDICATOR_LABELS[c["indicator"]][0]
    sign = "≤" if c["op"] == "<=" else "≥"
    over = "" if c["ok"] else "，超出"
    return f"{zh} {c['value']:g}（控制 {sign} {c['limit']:g}{over}）"


def _by_source(checks: list[dict[str, Any]]) -> str:
    """Return the checks grouped by the source of their limits."""
    groups: dict[str, list[str]] = {}
    for c in checks:
        groups.setdefault(c["source"], []).append(_check_text(c))
    return "；".join(f"依据{src}：" + "、".join(t) for src, t in groups.items())


def check_r6(ctx: CheckContext, th: dict[str, Any]) -> Result:
    """Compare FAR, density, green ratio and height with the indicators on file."""
    ind = _indicators(ctx, th)
    typed = any(ctx.number(f) is not None for f in CASE_INDICATOR_FIELDS.values())
    if typed and ctx.get("indicator_source") is None:
        return missing_result(["indicator_source"], indicators=ind)
    if not ind:
        return _no_indicators(ctx)
    missing, checks = _compare(ctx, ind)
    values: dict[str, Any] = {"indicators": ind, "checks": checks}
    sample = any(s.get("sample") for s in ind.values())
    not_on_file = [INDICATOR_LABELS[k][0] for k in INDICATORS if k not in ind]
    text = _by_source(checks) + (
        f"；未备案：{'、'.join(not_on_file)}" if not_on_file else ""
    )
    if missing:
        r = missing_result(sorted(set(missing)), **values)
        r.detail_zh += f"；{text}" if checks else ""
        r.sample = sample
        return r
    outside = [c for c in checks if not c["ok"]]
    if outside:
        qs = [
            (
                f"{_check_text(c)}（{c['source']}）：调整方案，或核实指标依据",
                f"{INDICATOR_LABELS[c['indicator']][1]} {c['value']:g} outside "
                f"{c['op']} {c['limit']:g} ({c['source']})",
            )
            for c in outside
        ]
        return Result(
            "REVIEW",
            text,
            "outside the control indicators",
            values,
            decided_zh="、".join(_check_text(c) for c in outside),
            decided_en="an indicator is outside its limit",
            questions=qs,
            sample=sample,
        )
    gap = _coverage_gap(ctx, th, ind)
    if gap is not None:
        return Result(
            "REVIEW",
            f"{text}；{gap[0]}",
            "控规 parcels cover part of the site",
            values,
            decided_zh=gap[0],
            decided_en=gap[1],
            questions=[gap],
            sample=sample,
        )
    return Result(
        "PASS",
        text,
        "within the control indicators on file",
        values,
        decided_zh="各项指标均在控制值以内",
        decided_en="every indicator within its limit",
        sample=sample,
    )
