"""Plan and apply a zone import: which rows are new, which replace, which codes.

:func:`plan_import` decides against the project's zones (matching by code,
else by a unique Chinese name) and gives zones that come without our code
``PREFIX001``, ``PREFIX002`` … when a prefix is given; :func:`apply_plan`
writes the plan in ONE store action, so any refusal leaves the file
byte-identical.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from layers.zones.safe_input import ZoneImportError
from layers.zones.zone_fields import ZONE_FIELDS, validate_attributes
from layers.zones.zone_import import ZoneImport, cell_text


@dataclass
class ImportPlan:
    """What an import will do: inserts, replacements (by fid) and the matches."""

    inserts: gpd.GeoDataFrame
    updates: gpd.GeoDataFrame  # index fid, with the loaded row_version
    matches: list[tuple[int, int, str]]  # (import row, fid, "code"|"name")
    source_name: str
    generated: list[tuple[int, str]] = field(default_factory=list)  # (row, code)

    def summary(self) -> str:
        """Return a one-line account for the status bar / CLI."""
        text = (
            f"{len(self.inserts)} new zone(s), {len(self.updates)} boundary(ies) "
            f"replaced from {self.source_name}"
        )
        if self.generated:
            codes = [c for _, c in self.generated]
            shown = codes[0] if len(codes) == 1 else f"{codes[0]} … {codes[-1]}"
            text += f"; codes generated: {shown} ({len(codes)})"
        return text


def plan_import(
    existing: gpd.GeoDataFrame, imp: ZoneImport, replace_matching: bool = False
) -> ImportPlan:
    """Decide which imported rows replace existing zones and which are new.

    A row matches an existing zone by code, else by a unique Chinese name.
    Matching rows need ``replace_matching``; they replace the geometry and
    provenance (boundary status, source, date) and fill empty attributes.
    """
    path, gdf = imp.path, imp.gdf
    codes = existing["code"].astype(object).tolist() if len(existing) else []
    by_code = {
        c: f for c, f in zip(codes, existing.index, strict=False) if isinstance(c, str)
    }
    names = (
        existing["name_zh"].astype(object)
        if len(existing)
        else pd.Series([], dtype=object)
    )
    counts = names.value_counts()
    by_name = {
        n: f
        for n, f in zip(names.tolist(), existing.index, strict=False)
        if counts.get(n, 0) == 1
    }
    dup = gdf["code"].dropna()
    dup = sorted(set(dup[dup.duplicated()]))
    if dup:
        raise ZoneImportError(path, f"code {dup[0]} appears more than once in the file")
    matches, new_rows, upd = [], [], {}
    for i, row in enumerate(gdf.itertuples(index=False)):
        fid, how = by_code.get(row.code), "code"
        if fid is None and row.name_zh is not None:
            fid, how = by_name.get(row.name_zh), "name"
        if fid is None:
            new_rows.append(i)
        else:
            matches.append((i, int(fid), how))
    if matches and not replace_matching:
        shown = ", ".join(str(existing.at[f, "code"]) for _, f, _ in matches[:5])
        raise ZoneImportError(
            path,
            f"{len(matches)} zone(s) already exist ({shown}); "
            "use --replace-matching to replace their boundaries",
        )
    taken = set(by_code)
    gdf, generated = _generate_codes(imp, new_rows, set(taken))
    for i in new_rows:
        values = gdf.iloc[i].to_dict()
        problems = validate_attributes(values, taken)
        if problems:
            raise ZoneImportError(path, f"feature {i + 1}: {problems[0].message}")
        taken.add(values["code"])
    for i, fid, _ in matches:
        if fid in upd:
            raise ZoneImportError(
                path, f"two features match zone {existing.at[fid, 'code']}"
            )
        upd[fid] = _replacement(existing.loc[fid], gdf.iloc[i])
    inserts = gdf.iloc[new_rows].reset_index(drop=True)
    updates = (
        gpd.GeoDataFrame(
            pd.DataFrame(list(upd.values()), index=pd.Index(list(upd), name="fid")),
            geometry="geometry",
            crs="EPSG:4490",
        )
        if upd
        else gpd.GeoDataFrame({"geometry": []}, geometry="geometry", crs="EPSG:4490")
    )
    return ImportPlan(inserts, updates, matches, path.name, generated)


#: Digits of the sequence number in generated codes (PREFIX001).
CODE_DIGITS = 3


class MissingZoneCodesError(ZoneImportError):
    """New features have no zone code and no prefix was given to generate them."""

    def __init__(self, path: Path, n_missing: int, n_total: int, first: str) -> None:
        self.n_missing, self.n_total, self.first = n_missing, n_total, first
        super().__init__(
            path,
            f"{n_missing} of {n_total} feature(s) have no zone code (first: "
            f"{first}); generate codes with a prefix (PREFIX001, PREFIX002, ...) "
            "or map a column to the code field",
        )


def _generate_codes(
    imp: ZoneImport, new_rows: list[int], taken: set[str]
) -> tuple[gpd.GeoDataFrame, list[tuple[int, str]]]:
    """Give new rows without a code ``PREFIX001``, ``PREFIX002`` … (never taken).

    Without a prefix a missing code is refused once, for the whole file, with
    what to do about it (the planner's bureau codes rarely travel with files
    from other bureaus).
    """
    gdf = imp.gdf
    blank = [i for i in new_rows if cell_text(gdf["code"].iloc[i]) is None]
    if not blank:
        return gdf, []
    if not imp.code_prefix:
        first = gdf["name_zh"].iloc[blank[0]] or f"feature {blank[0] + 1}"
        raise MissingZoneCodesError(imp.path, len(blank), len(gdf), str(first))
    gdf = gdf.copy()
    avoid = set(taken) | {str(c) for c in gdf["code"].dropna()}
    generated: list[tuple[int, str]] = []
    n = 0
    for i in blank:
        code = ""
        while not code or code in avoid:
            n += 1
            code = f"{imp.code_prefix}{n:0{CODE_DIGITS}d}"
        gdf.iat[i, gdf.columns.get_loc("code")] = code
        avoid.add(code)
        generated.append((i, code))
    return gdf, generated


def _replacement(old: pd.Series, new: pd.Series) -> dict[str, Any]:
    out: dict[str, Any] = {
        "row_version": int(old["row_version"]),
        "geometry": new["geometry"],
    }
    for f in ("boundary_status", "source", "source_date"):
        out[f] = new[f]
    for f in ZONE_FIELDS:
        if f in out or f in ("code",) or new.get(f) is None:
            continue
        if isinstance(new[f], float) and np.isnan(new[f]):
            continue
        value = old.get(f)
        blank = value is None or (isinstance(value, float) and np.isnan(value))
        if blank or (isinstance(value, str) and not value.strip()):
            out[f] = new[f]
    return out


def apply_plan(store: Any, plan: ImportPlan, user: str) -> tuple[int, int]:
    """Write a plan in one store action; return (inserted, replaced).

    The audit log keeps each replaced boundary's before/after (history).
    """
    with store.action(user, f"Import zones from {plan.source_name}"):
        replaced = (
            store.update_features("zones", plan.updates, user)
            if len(plan.updates)
            else {}
        )
        fids = (
            store.insert_features("zones", plan.inserts, user, source=plan.source_name)
            if len(plan.inserts)
            else []
        )
    return len(fids), len(replaced)
