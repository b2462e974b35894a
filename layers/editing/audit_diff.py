"""What one audited change did to a feature: fields, geometry, area.

The audit log stores each update as before/after JSON (attributes plus the
geometry as WKT under ``geom``). :func:`audit_diff` compares the two so the
history panel can say which fields changed from what to what, whether the
boundary moved, and by how much the area changed (geodesic, CGCS2000), in m²
and 亩 (:mod:`geo.units`).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

import shapely

from geo.measure import geodesic_area

#: Keys the audit writes that are bookkeeping, not the planner's change.
BOOKKEEPING_KEYS = ("row_version", "updated_at", "updated_by")
GEOMETRY_KEYS = ("geom", "geometry", "wkt")


@dataclass(frozen=True)
class FieldChange:
    """One attribute that changed: its name and the values before and after."""

    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditDiff:
    """The difference between two audited versions of a feature."""

    fields: list[FieldChange] = field(default_factory=list)
    geometry_changed: bool = False
    area_before_m2: float | None = None
    area_after_m2: float | None = None
    vertices_before: int = 0
    vertices_after: int = 0

    @property
    def area_change_m2(self) -> float | None:
        """Return after minus before (m², geodesic), or None if either is missing."""
        if self.area_before_m2 is None or self.area_after_m2 is None:
            return None
        return self.area_after_m2 - self.area_before_m2


def _load(text: Any) -> dict[str, Any]:
    """Return an audit snapshot as a dict ({} for a missing one: NULL, NaN, NA)."""
    if isinstance(text, dict):
        return dict(text)
    if isinstance(text, str) and text.strip():
        return dict(json.loads(text))
    return {}


def _geometry(d: dict[str, Any]) -> Any:
    for key in GEOMETRY_KEYS:
        wkt = d.get(key)
        if wkt:
            return shapely.from_wkt(str(wkt))
    return None


def _same(a: Any, b: Any) -> bool:
    if a is None or (isinstance(a, float) and math.isnan(a)):
        return b is None or (isinstance(b, float) and math.isnan(b))
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=1e-12)
    return bool(a == b)


def _area(geom: Any) -> float | None:
    if (
        geom is None
        or geom.is_empty
        or geom.geom_type
        not in (
            "Polygon",
            "MultiPolygon",
        )
    ):
        return None
    return geodesic_area(geom).m2


def audit_diff(before_json: Any, after_json: Any) -> AuditDiff:
    """Return what changed between two audit snapshots (EPSG:4490 WKT).

    Either side may be empty (an insert has no before, a delete no after).

    Examples
    --------
    >>> before = {"name_zh": "甲", "geom": "POLYGON ((116 40, 116.01 40, 116.01 40.01, 116 40))"}
    >>> after = {"name_zh": "乙", "geom": "POLYGON ((116 40, 116.02 40, 116.02 40.01, 116 40))"}
    >>> d = audit_diff(json.dumps(before), json.dumps(after))
    >>> [(c.field, c.before, c.after) for c in d.fields], d.geometry_changed
    ([('name_zh', '甲', '乙')], True)
    >>> round(d.area_change_m2 / d.area_before_m2, 2)
    1.0
    """
    b, a = _load(before_json), _load(after_json)
    keys = [
        k
        for k in dict.fromkeys([*b, *a])
        if k not in BOOKKEEPING_KEYS and k not in GEOMETRY_KEYS
    ]
    changes = [
        FieldChange(k, b.get(k), a.get(k))
        for k in keys
        if not _same(b.get(k), a.get(k))
    ]
    gb, ga = _geometry(b), _geometry(a)
    moved = (gb is None) != (ga is None) or (
        gb is not None and ga is not None and not shapely.equals_exact(gb, ga, 1e-9)
    )
    return AuditDiff(
        changes,
        bool(moved),
        _area(gb),
        _area(ga),
        int(shapely.get_num_coordinates(gb)) if gb is not None else 0,
        int(shapely.get_num_coordinates(ga)) if ga is not None else 0,
    )
