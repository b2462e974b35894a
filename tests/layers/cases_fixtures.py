"""Helpers for the rules tests: a complete case, facts by hand, the sample catalogue."""

from __future__ import annotations

from typing import Any

from layers.cases.catalogue_io import sample_catalogue
from layers.cases.catalogue_model import Catalogue, CatalogueRow
from layers.cases.engine import RuleOutcome, evaluate
from layers.cases.facts import AreaShare, PolygonFact, SiteFacts
from layers.cases.rules import RuleSet, load_rules

RULES: RuleSet = load_rules()
SAMPLE: Catalogue = sample_catalogue(RULES.inputs("R4"))
NAMES = {"110101": "东城区", "110102": "西城区", "110105": "朝阳区", "110112": "通州区"}
BDA = AreaShare(
    "NA-BDA", "北京经济技术开发区(亦庄)", 1e5, 1.0, True, "new_area", ("01", "03")
)


def sample_row(key: str) -> CatalogueRow:
    """Return the sample catalogue row ``key`` (e.g. ``2018-01``)."""
    return next(r for e in SAMPLE.editions for r in e.rows if r.row_key == key)


def facts(
    district: str = "110115",
    zones: list[AreaShare] | None = None,
    polys: dict[str, tuple[float, float]] | None = None,
    **kw: Any,
) -> SiteFacts:
    """Return facts of a 10 ha parcel wholly in ``district``.

    ``polys`` maps a catalogue row key to (share inside, edge distance in m).
    """
    area_polygons = {}
    for key, (share, edge) in (polys or {}).items():
        k = sample_row(key).area_key
        area_polygons[k] = PolygonFact(k, share, edge)
    return SiteFacts(
        100_000.0,
        "geodesic",
        districts=[AreaShare(district, NAMES.get(district, "区"), 1e5, 1.0)],
        zones=zones if zones is not None else [BDA],
        area_polygons=area_polygons,
        **kw,
    )


def good_case(**kw: Any) -> dict[str, Any]:
    """Return a case that passes R1-R5 (R6 needs indicators on file)."""
    case = {
        "case_no": "T-1",
        "applicant_is_industrial": 1,
        "current_landuse_system": "GB 50137-2011",
        "current_landuse_code": "M1",
        "proposed_landuse_system": "GB 50137-2011",
        "proposed_landuse_code": "B29",
        "land_owned": 1,
        "self_operated": 1,
        "relocating_unit": 0,
        "current_building_use": "industrial",
        "existing_gfa_m2": 50_000.0,
        "proposed_gfa_m2": 48_000.0,
        "far": 0.48,
        "building_density": 0.3,
        "green_ratio": 0.3,
        "height_m": 30.0,
        "proposed_category": "01",
        "proposed_gbt4754": "7320",
        "shortfalls_filled": "parking;green_space",
        "received_date": "2026-03-01",
        "project_facilities": "none",
        "manufacturing_stage": "not_manufacturing",
        "geometry": None,
    }
    case.update(kw)
    return case


def outcome(
    case: dict[str, Any],
    site: SiteFacts | None = None,
    rid: str = "R1",
    rules: RuleSet = RULES,
    catalogue: Catalogue | None = SAMPLE,
) -> RuleOutcome:
    """Evaluate ``case`` and return the outcome of rule ``rid``."""
    ev = evaluate(case, site or facts(), rules, "2026-03-01", catalogue)
    return ev.outcome(rid)
