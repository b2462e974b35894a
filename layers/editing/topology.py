"""Topology and validation of editable zone layers, run on every change and on Save.

Rules (DESIGN.md "The model"): valid geometry; no overlaps between zones of the
same kind; slivers and gaps below a threshold are listed; a zone must lie in
the districts it names; attributes follow :mod:`layers.zones.zone_fields`. Errors
block Save unless the user overrides with a reason (see
:class:`layers.editing.edit_session.EditSession`); warnings never block.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import shapely

from geo.validate import (
    check_validity,
    find_overlaps,
    find_slivers_and_gaps,
    outside_districts,
    repair,
)
from layers.editing.feature_commands import ChangeGeometryCommand
from layers.vector_layer import VectorLayer
from layers.zones.zone_fields import (
    attribute_warnings,
    district_geometries,
    split_codes,
    validate_attributes,
)

ERROR = "error"
WARNING = "warning"


@dataclass
class TopologySettings:
    """Thresholds of the checks (areas geodesic m²)."""

    sliver_max_m2: float = 2000.0
    outside_share: float = 0.05  # tolerate 5 % outside the named districts
    district_tolerance_m: float = 50.0
    check_districts: bool = True


@dataclass(frozen=True)
class TopologyIssue:
    """One finding, shown as a row of the validation dock.

    ``location`` is a lon/lat point to zoom to; ``geometry`` (EPSG:4490) the
    area to highlight; ``repairable`` says a one-click repair exists.
    """

    rule: str  # invalid | overlap | sliver | gap | outside | attribute | duplicate
    severity: str
    layer_id: str
    fids: tuple[int, ...]
    message: str
    location: tuple[float, float] | None = None
    area_m2: float | None = None
    geometry: Any = field(default=None, compare=False, repr=False)
    repairable: bool = False


def _loc(geom: Any) -> tuple[float, float] | None:
    if geom is None or geom.is_empty:
        return None
    p = shapely.point_on_surface(geom)
    return (float(p.x), float(p.y))


def _name(layer: VectorLayer, fid: int) -> str:
    gdf = layer.gdf
    for col in ("code", "case_no", "name_zh"):
        if col in gdf.columns and isinstance(gdf.at[fid, col], str):
            return f"{gdf.at[fid, col]} (fid {fid})"
    return f"fid {fid}"


def check_layer(
    layer: VectorLayer,
    basemap: pd.DataFrame | None = None,
    settings: TopologySettings | None = None,
    other_codes: Iterable[str] = (),
) -> list[TopologyIssue]:
    """Return every issue of one polygon layer, errors first.

    Parameters
    ----------
    layer : VectorLayer
        Geometry in EPSG:4490.
    basemap : DataFrame, optional
        Districts (``adcode``, ``level``, geometry) for the "outside its
        districts" rule; skipped when None.
    other_codes : iterable of str
        Codes used by zones of other layers (the code is unique per table).
    """
    s = settings or TopologySettings()
    gdf = layer.gdf
    if gdf.empty:
        return []
    fids = [int(f) for f in gdf.index]
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    issues = _validity(layer, fids, geoms)
    kinds = (
        gdf["kind"].astype(object).to_numpy()
        if "kind" in gdf
        else np.full(len(gdf), None)
    )
    for kind in pd.unique(kinds):
        sel = np.flatnonzero(kinds == kind) if kind is not None else np.arange(len(gdf))
        issues += _overlaps(layer, [fids[i] for i in sel], geoms[sel], kind, s)
    if "code" in gdf.columns:
        issues += _attributes(layer, fids, set(other_codes))
    if basemap is not None and s.check_districts and "district_adcodes" in gdf:
        issues += _districts(layer, fids, geoms, basemap, s)
    return sorted(issues, key=lambda i: (i.severity != ERROR, i.rule, i.fids))


def _validity(
    layer: VectorLayer, fids: list[int], geoms: np.ndarray
) -> list[TopologyIssue]:
    out = []
    for v in check_validity(geoms):
        fid = fids[v.index]
        where = f" at ({v.location[0]:.6f}, {v.location[1]:.6f})" if v.location else ""
        out.append(
            TopologyIssue(
                "invalid",
                ERROR,
                layer.id,
                (fid,),
                f"{_name(layer, fid)}: {v.reason}{where}",
                v.location or _loc(geoms[v.index]),
                None,
                geoms[v.index],
                True,
            )
        )
    return out


def _overlaps(
    layer: VectorLayer,
    fids: list[int],
    geoms: np.ndarray,
    kind: Any,
    s: TopologySettings,
) -> list[TopologyIssue]:
    if len(fids) < 2:
        return []
    out = []
    gaps = find_slivers_and_gaps(geoms, fids, max_area_m2=s.sliver_max_m2)
    sliver_pairs = {(o.id_a, o.id_b) for o in gaps.slivers}
    for o in find_overlaps(geoms, fids, min_area_m2=0.01):
        small = (o.id_a, o.id_b) in sliver_pairs
        out.append(
            TopologyIssue(
                "sliver" if small else "overlap",
                WARNING if small else ERROR,
                layer.id,
                (o.id_a, o.id_b),
                f"{_name(layer, o.id_a)} and {_name(layer, o.id_b)} overlap by "
                f"{o.area_m2:,.0f} m² (same kind {kind})",
                _loc(o.geometry),
                o.area_m2,
                o.geometry,
            )
        )
    for g in gaps.gaps:
        out.append(
            TopologyIssue(
                "gap",
                WARNING,
                layer.id,
                tuple(int(i) for i in g.neighbour_ids),
                f"gap of {g.area_m2:,.0f} m² between "
                + ", ".join(_name(layer, int(i)) for i in g.neighbour_ids),
                _loc(g.geometry),
                g.area_m2,
                g.geometry,
            )
        )
    return out


def _attributes(
    layer: VectorLayer, fids: list[int], other_codes: set[str]
) -> list[TopologyIssue]:
    gdf = layer.gdf
    codes = gdf["code"].astype(object).to_numpy()
    seen: dict[str, int] = {}
    out = []
    for i, fid in enumerate(fids):
        values = {
            c: gdf.iat[i, gdf.columns.get_loc(c)]
            for c in gdf.columns
            if c != gdf.geometry.name
        }
        code = codes[i]
        for p in validate_attributes(values):
            out.append(
                TopologyIssue(
                    "attribute",
                    ERROR,
                    layer.id,
                    (fid,),
                    f"{_name(layer, fid)}: {p.message}",
                    _loc(gdf.geometry.iat[i]),
                )
            )
        for p in attribute_warnings(values):
            out.append(
                TopologyIssue(
                    "attribute",
                    WARNING,
                    layer.id,
                    (fid,),
                    f"{_name(layer, fid)}: {p.message}",
                    _loc(gdf.geometry.iat[i]),
                )
            )
        if isinstance(code, str) and code:
            if code in seen or code in other_codes:
                out.append(
                    TopologyIssue(
                        "duplicate",
                        ERROR,
                        layer.id,
                        (fid,),
                        f"code {code} is used twice (fid {fid})",
                        _loc(gdf.geometry.iat[i]),
                    )
                )
            seen[code] = fid
    return out


def _districts(
    layer: VectorLayer,
    fids: list[int],
    geoms: np.ndarray,
    basemap: pd.DataFrame,
    s: TopologySettings,
) -> list[TopologyIssue]:
    out = []
    adcodes = layer.gdf["district_adcodes"].to_numpy()
    for i, fid in enumerate(fids):
        codes = split_codes(adcodes[i])
        if not codes or geoms[i] is None or geoms[i].is_empty:
            continue
        districts = district_geometries(basemap, codes)
        if not districts:
            continue
        share = outside_districts(geoms[i], districts, s.district_tolerance_m)
        if share > s.outside_share:
            out.append(
                TopologyIssue(
                    "outside",
                    WARNING,
                    layer.id,
                    (fid,),
                    f"{_name(layer, fid)}: {share:.0%} lies outside its districts "
                    f"{', '.join(codes)}",
                    _loc(geoms[i]),
                    None,
                    geoms[i],
                )
            )
    return out


def has_errors(issues: Iterable[TopologyIssue]) -> bool:
    """Return True if any issue is an error (Save then needs an override)."""
    return any(i.severity == ERROR for i in issues)


def repair_command(
    layer: VectorLayer, issue: TopologyIssue
) -> tuple[ChangeGeometryCommand, str]:
    """Return a command repairing an invalid geometry and what it changes.

    Raises ValueError for issues without a one-click repair.
    """
    if not issue.repairable or len(issue.fids) != 1:
        raise ValueError(f"no automatic repair for: {issue.message}")
    fid = issue.fids[0]
    result = repair(layer.gdf.geometry.loc[fid])
    text = f"Repair geometry of {_name(layer, fid)}"
    return ChangeGeometryCommand(
        layer, {fid: result.geometry}, text=text
    ), result.description
