"""R4: the catalogue of prohibited and restricted new industries (seed 一(二)).

Rows (edition, area adcodes, GB/T 4754 prefix, level 禁止/限制/不列入, text) come
from the rules document; the edition in force on the evaluation date applies,
and the longest matching prefix wins (a 不列入 row is an exemption).
"""

from __future__ import annotations

import re
from typing import Any

from layers.cases.check_base import CheckContext, Result, _missing_result


def _edition(th: dict[str, Any], day: str) -> str | None:
    eds = sorted(
        (e for e in th.get("editions") or [] if e["in_force_from"] <= day),
        key=lambda e: e["in_force_from"],
    )
    return str(eds[-1]["edition"]) if eds else None


def _prefix_match(code: str, prefix: str) -> int:
    """Return the match strength (prefix length) or 0; a letter is a section."""
    if prefix.isalpha():  # GB/T 4754 section C = manufacturing, divisions 13-43
        return (
            1
            if prefix == "C" and code[:2].isdigit() and 13 <= int(code[:2]) <= 43
            else 0
        )
    return len(prefix) + 1 if code.startswith(prefix) else 0


def check_r4(ctx: CheckContext, th: dict[str, Any]) -> Result:
    """Match the proposed GB/T 4754 codes with the catalogue for the parcel's area."""
    raw = ctx.get("proposed_gbt4754")
    edition = _edition(th, ctx.as_of)
    dists = {d.key for d in ctx.facts.districts if d.key.startswith("11")}
    if raw is None or not dists:
        return _missing_result(
            ["proposed_gbt4754"] if raw is None else ["geometry"], edition=edition
        )
    if edition is None:
        return Result("REVIEW", f"{ctx.as_of} 无生效目录版本", "no edition in force")
    codes = [c.strip() for c in re.split(r"[;；,，\s]+", str(raw)) if c.strip()]
    hits, exempt = [], []
    for code in codes:
        rows = [
            (s, r)
            for r in ctx.rules.catalogue
            if str(r["edition"]) == edition
            and dists & set(r["area_adcodes"])
            and (s := _prefix_match(code, r["gbt4754_prefix"]))
        ]
        if not rows:
            continue
        best = max(s for s, _ in rows)
        for _, row in (x for x in rows if x[0] == best):
            if row["level"] == "不列入":
                exempt.append(f"{code}: {row['text_zh']}")
                continue
            if not _condition_holds(ctx, row.get("condition", "")):
                continue
            exact = "环" not in row["area"] or (
                dists & set(row["area_adcodes"])
            ) <= set(("110101", "110102"))
            hits.append(
                {
                    "code": code,
                    "level": row["level"],
                    "area": row["area"],
                    "text_zh": row["text_zh"],
                    "approximate": not exact,
                    "confidence": row.get("confidence", ""),
                }
            )
    values = {
        "edition": edition,
        "codes": codes,
        "districts": sorted(dists),
        "matched_rows": hits,
        "exempt": exempt,
    }
    values["matched"] = "；".join(
        f"[{h['code']}] {h['area']} {h['level']}：{h['text_zh']}" for h in hits
    )
    if any(h["level"] == "禁止" and not h["approximate"] for h in hits):
        return Result("FAIL", f"{edition}年版目录", f"{edition} edition", values)
    if hits:
        note = (
            "；环路范围未入库，按区近似，需核实是否位于环路以内"
            if any(h["approximate"] for h in hits)
            else ""
        )
        return Result(
            "REVIEW", f"{edition}年版目录{note}", f"{edition} edition", values
        )
    return Result(
        "PASS",
        f"{edition}年版目录，行业代码 {'、'.join(codes)}",
        f"{edition} edition",
        values,
    )


def _condition_holds(ctx: CheckContext, cond: str) -> bool:
    """Evaluate an optional catalogue-row condition like ``far<1.0``."""
    m = re.match(r"^\s*(\w+)\s*(<=|>=|<|>)\s*([\d.]+)\s*$", cond or "")
    if not m:
        return True
    v = ctx.get(m.group(1))
    if v is None:
        return True  # unknown -> keep the row; the report shows it for review
    x, lim = float(v), float(m.group(3))
    return {"<": x < lim, "<=": x <= lim, ">": x > lim, ">=": x >= lim}[m.group(2)]
