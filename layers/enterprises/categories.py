"""Decide each imported row's producer-service category, and say why not.

A row's category comes from, in this order: the category column (``04``,
``04 金融服务``, ``金融服务``), the GB/T 4754 code column, the industry column
(GB/T 4754-2017 names at any level, or codes). Codes and names go through the
one crosswalk in :mod:`layers.enterprises.industry`. A row that has some of
these but gets no category is an error naming the field and the value.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from layers.enterprises.industry import resolve_many
from layers.enterprises.mapping import parse_category
from layers.enterprises.validation import Problems

UNKNOWN_CATEGORY = "unknown producer-service category (01-10)"
NO_CATEGORY = "no producer-service category (category, industry code and name empty)"
PARTIAL_NOTE = (
    "{} row(s) give only a GB/T 4754 code or name that the producer-service "
    "classification splits ({}): mapped to its main category; give a group or "
    "class to be exact"
)


@dataclass
class CategoryResult:
    """Categories per row, the GB/T code kept, the mapping shown, a note."""

    category: pd.Series  # '01'..'10' or None
    gbt4754: pd.Series  # the code given or the one a name resolved to; None if none
    industries: pd.DataFrame  # value, gbt4754, category, rows (distinct values)
    notes: list[str]


def _preview(values: pd.Series, res: pd.DataFrame) -> pd.DataFrame:
    """Return one line per distinct non-empty value: code, category, rows."""
    df = pd.DataFrame({"value": values, "gbt4754": res["code"]})
    df["category"] = res["category"].where(res["problem"] == "", "")
    df["problem"] = res["problem"]
    df = df[df["value"] != ""]
    if df.empty:
        return pd.DataFrame(columns=["value", "gbt4754", "category", "problem", "rows"])
    out = df.groupby("value", sort=False).agg(
        gbt4754=("gbt4754", "first"),
        category=("category", "first"),
        problem=("problem", "first"),
        rows=("gbt4754", "size"),
    )
    return out.reset_index().sort_values("rows", ascending=False, kind="stable")


def resolve_categories(
    col: dict[str, pd.Series], mapping: dict[str, str], probs: Problems
) -> CategoryResult:
    """Return each row's category; add the row problems to ``probs``."""
    given = parse_category(col["category"])
    code = resolve_many(col["gbt4754"])
    name = resolve_many(col["industry"])
    cat = given.astype(object)
    for res in (code, name):
        found = res["category"].astype(object)
        cat = cat.where(cat.notna(), found.where(found != ""))
    has_any = (col["category"] != "") | (col["gbt4754"] != "") | (col["industry"] != "")
    missing = cat.isna()
    bad_given = missing & (col["category"] != "")
    probs.add(bad_given.to_numpy(), "category", col["category"], UNKNOWN_CATEGORY)
    left = missing & ~bad_given
    for fld, res in (("gbt4754", code), ("industry", name)):
        hit = left & (col[fld] != "") & (res["problem"] != "")
        probs.add(hit.to_numpy(), fld, col[fld], res["problem"].to_numpy(object))
        left &= ~hit
    if any(f in mapping for f in ("category", "gbt4754", "industry")):
        probs.add((left & ~has_any).to_numpy(), "category", "", NO_CATEGORY)
    gbt = col["gbt4754"].where(col["gbt4754"] != "", name["code"])
    used_code = given.isna() & (col["gbt4754"] != "")
    partial = given.isna() & np.where(used_code, code["partial"], name["partial"])
    notes = []
    if partial.any():
        which = pd.concat(
            [code["code"][partial & used_code], name["code"][partial & ~used_code]]
        )
        shown = ", ".join(sorted(set(which[which != ""]))[:8])
        notes.append(PARTIAL_NOTE.format(int(partial.sum()), shown))
    preview = _preview(col["industry"], name)
    if preview.empty:
        preview = _preview(col["gbt4754"], code)
    return CategoryResult(cat, gbt.replace("", None), preview, notes)
