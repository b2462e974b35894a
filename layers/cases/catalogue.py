"""R4: the catalogue of prohibited and restricted new industries (seed 一(二)).

The edition in force on the case's application date (``received_date``; the
evaluation date when empty) applies. Each row is tested on the case with three
values -- holds, does not hold, or undecided because an input is missing or an
indicative area edge is near -- over its area, code prefix, dates and
conditions. A row fails a case only when all of them hold:

* a 禁止 row that holds -> FAIL; a 限制 row that holds -> REVIEW (a restricted
  entry needs a person);
* a 不列入 row that holds exempts, for that code, the 禁止/限制 rows it covers
  (whose prefix it matches at least as specifically); when its conditions are
  undecided, those rows become undecided too, with its questions;
* any undecided row -> REVIEW listing the questions.

Every message that uses a sample row says 待核实.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from layers.cases.case_fields import DATE_BASIS_ZH, application_date, split_codes
from layers.cases.catalogue_model import CatalogueEdition, CatalogueRow, prefix_strength
from layers.cases.check_base import CheckContext, Result, missing_result
from layers.cases.conditions import VALUE_ZH

FAR_FIELDS = ("far",)
#: Below this share of the parcel, a district overlap is asked about, not applied.
SLIVER_SHARE = 0.01


@dataclass
class RowTest:
    """How one catalogue row meets one proposed code."""

    row: CatalogueRow
    code: str
    strength: float
    state: bool | None  # True holds, False excluded, None undecided
    questions: list[tuple[str, str]] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)  # zh: the condition values used


def application_day(ctx: CheckContext) -> tuple[str, str]:
    """Return (ISO date that picks the edition, where it came from)."""
    day, basis = application_date(ctx.get("received_date"), ctx.as_of)
    return day, DATE_BASIS_ZH[basis]


def _area_state(
    ctx: CheckContext, row: CatalogueRow, margin_m: float
) -> tuple[bool | None, list[tuple[str, str]], str]:
    """Return whether the parcel lies in the row's area (None: a person decides)."""
    inside = [d for d in ctx.facts.districts if d.key in row.area_adcodes]
    share = sum(d.share for d in inside)
    if inside and share < SLIVER_SHARE and not row.area_wkt:
        # A sliver across a district line is more often digitising than intent.
        names = "、".join(d.name_zh for d in inside)
        q = (
            f"宗地仅 {share:.1%} 位于{names}：是否属于“{row.area_name}”？",
            f"only {share:.1%} of the parcel lies in {names}: is it in {row.area_name}?",
        )
        return None, [q], f"宗地 {share:.1%} 位于{names}"
    if inside or not row.area_wkt:
        return bool(inside), [], ""
    poly = ctx.facts.area_polygons.get(row.area_key)
    if poly is None:  # facts computed without this polygon
        q = (f"是否位于{row.area_name}？", f"inside {row.area_name}?")
        return None, [q], "范围未计算"
    where = f"宗地在范围内 {poly.share:.0%}，距范围边线 {poly.edge_distance_m:,.0f} m"
    if row.area_indicative and poly.edge_distance_m <= margin_m:
        q = (
            f"是否位于{row.area_name}？（宗地距示意范围边线 "
            f"{poly.edge_distance_m:,.0f} m，示意范围误差约 {margin_m:,.0f} m）",
            f"inside {row.area_name}? (parcel {poly.edge_distance_m:,.0f} m from the "
            f"indicative edge; margin {margin_m:,.0f} m)",
        )
        return None, [q], where
    return poly.share > 0, [], where


def match_row(
    ctx: CheckContext, row: CatalogueRow, code: str, day: str, margin_m: float
) -> RowTest | None:
    """Return how ``row`` meets ``code``; None when the code or date rules it out."""
    strength = prefix_strength(code, row.gbt4754_prefix)
    if not strength or not row.valid_on(day):
        return None
    area, questions, where = _area_state(ctx, row, margin_m)
    t = RowTest(row, code, strength, area, list(questions))
    if where:
        t.facts.append(where)
    if area is False:
        return t
    states: list[bool | None] = [area]
    for cond in row.conditions:
        value = ctx.far()[0] if cond.field in FAR_FIELDS else ctx.get(cond.field)
        if cond.op == "has" and value is not None and not split_codes(value):
            value = None
        state = cond.test(value)
        states.append(state)
        shown = (
            "未填写"
            if value is None
            else "、".join(VALUE_ZH.get(v, v) for v in split_codes(value))
            if cond.op in ("has", "in")
            else str(value)
        )
        t.facts.append(
            f"{cond.describe_zh()}：{'成立' if state else '不成立' if state is False else '待确认'}（{shown}）"
        )
        if state is None:
            t.questions.append((cond.question_zh(), cond.question_en()))
    t.state = False if False in states else (True if all(states) else None)
    return t


def _apply_exemptions(tests: list[RowTest]) -> list[RowTest]:
    """Lift or suspend the rows an exemption (不列入) covers; return the bans left."""
    bans = [t for t in tests if t.row.level != "不列入" and t.state is not False]
    for ex in (t for t in tests if t.row.level == "不列入" and t.state is not False):
        for b in bans:
            if b.code != ex.code or ex.strength < b.strength:
                continue
            if ex.state:
                b.state = False
                b.facts.append(f"豁免：{ex.row.row_key} {ex.row.text_zh}")
            elif b.state is not False:
                b.state = None
                b.questions += ex.questions
                b.facts.append(f"可能豁免：{ex.row.row_key}（{'；'.join(ex.facts)}）")
    return [b for b in bans if b.state is not False]


def _row_line(ed: CatalogueEdition, t: RowTest) -> str:
    mark = "（示例·待核实）" if ed.row_unverified(t.row) else ""
    return (
        f"[{t.row.row_key}] {t.row.area_name} {t.row.level}：{t.row.text_zh}"
        + (f"（行业代码 {t.code}）" if t.code != "*" else "")
        + mark
    )


def _values(
    ed: CatalogueEdition, day: str, how: str, codes: list[str], hits: list[RowTest]
) -> dict[str, Any]:
    return {
        "edition": ed.edition,
        "edition_id": ed.id,
        "edition_title": ed.title,
        "edition_status": ed.status,
        "application_date": day,
        "date_basis": how,
        "codes": codes,
        "rows_checked": len(ed.rows),
        "matched_rows": [
            {
                "row_key": t.row.row_key,
                "code": t.code,
                "level": t.row.level,
                "area": t.row.area_name,
                "text_zh": t.row.text_zh,
                "source": t.row.source,
                "state": t.state,
                "unverified": ed.row_unverified(t.row),
                "facts": t.facts,
            }
            for t in hits
        ],
    }


def check_r4(ctx: CheckContext, th: dict[str, Any]) -> Result:
    """Test the proposed GB/T 4754 codes against the edition in force."""
    day, how = application_day(ctx)
    cat = ctx.catalogue
    ed = cat.edition_for(day) if cat is not None else None
    if ed is None:
        have = cat.summary_zh() if cat is not None else "（无）"
        r = missing_result(["catalogue_edition"], application_date=day)
        r.detail_zh = f"{how} {day} 无在录的目录版本（已录入：{have}），需按当时有效的目录人工核查"
        r.detail_en = f"no catalogue edition on file in force on {day}"
        r.questions = [
            (
                f"{day} 时有效的禁止和限制目录版本及其条目",
                f"the catalogue in force on {day}",
            )
        ]
        return r
    raw = ctx.get("proposed_gbt4754")
    missing = [] if raw is not None else ["proposed_gbt4754"]
    if not any(d.key.startswith("11") for d in ctx.facts.districts):
        # no parcel, or one outside Beijing: the catalogue is Beijing's
        missing.append("geometry")
    if missing:
        return missing_result(missing, edition=ed.edition, application_date=day)
    codes = [c.upper() for c in split_codes(raw)]
    margin = float(th.get("indicative_area_margin_m") or 0.0)
    # A row without a code prefix applies to the proposal whatever its codes:
    # it is tested once (code "*"), not once per code.
    tests = [
        t
        for row in ed.rows
        for code in (codes if row.gbt4754_prefix else ["*"])
        if (t := match_row(ctx, row, code, day, margin)) is not None
    ]
    left = _apply_exemptions(tests)
    values = _values(ed, day, how, codes, left)
    head = f"{ed.label_zh}（{how} {day}）"
    fails = [t for t in left if t.state and t.row.level == "禁止"]
    limits = [t for t in left if t.state and t.row.level == "限制"]
    open_ = [t for t in left if t.state is None]
    sample = ed.sample or any(ed.row_unverified(t.row) for t in left)
    if fails:
        lines = "；".join(_row_line(ed, t) for t in fails)
        return Result(
            "FAIL",
            f"{head}：命中禁止条目 {lines}",
            f"{ed.edition} edition: prohibited entry applies",
            values,
            decided_zh="；".join("、".join(t.facts) or t.row.row_key for t in fails),
            decided_en="every condition of the row holds",
            sample=sample,
        )
    if limits or open_:
        parts = [f"限制类条目 {_row_line(ed, t)}，需按目录限制条件审核" for t in limits]
        parts += [f"可能适用 {_row_line(ed, t)}" for t in open_]
        qs = [q for t in open_ for q in t.questions]
        qs += [
            (
                f"{t.row.row_key} 限制条件是否满足",
                f"{t.row.row_key}: are the restriction's terms met?",
            )
            for t in limits
        ]
        return Result(
            "REVIEW",
            f"{head}：" + "；".join(parts),
            f"{ed.edition} edition: entries need a person",
            values,
            use_template=False,
            decided_zh="；".join(
                f"{t.row.row_key}：" + "、".join(t.facts) for t in [*limits, *open_]
            ),
            decided_en="a restricted entry applies or a row's conditions are undecided",
            questions=list(dict.fromkeys(qs)),
            sample=sample,
        )
    excluded = sum(1 for t in tests if t.row.level != "不列入")
    return Result(
        "PASS",
        f"{head}：行业代码 {'、'.join(codes)} 未命中禁止或限制条目（核对条目 {len(ed.rows)} 条）",
        f"{ed.edition} edition: codes {', '.join(codes)} meet no entry",
        values,
        decided_zh=(
            f"可能适用的 {excluded} 个条目均有条件不成立"
            if excluded
            else "无行业代码相符的条目"
        ),
        decided_en="no row holds",
        sample=ed.sample,
    )
