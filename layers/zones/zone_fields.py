"""The zone attribute schema: fields, required values, value lists, hints.

One definition serves the attribute form, the importer's field mapping and
the topology check, so a rule is enforced the same way everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import shapely

from layers.layer_specs import KIND_NAMES_ZH, PS_CATEGORY_NAMES_ZH

KINDS = (
    "zgc_park",
    "functional_area",
    "new_area",
    "science_city",
    "cooperation_platform",
    "bonded_zone",
    "zgc_zone",
)
KIND_NAMES_EN = {
    "zgc_zone": "ZGC demonstration zone",
    "zgc_park": "ZGC park",
    "functional_area": "Functional area",
    "new_area": "New area",
    "science_city": "Science city",
    "bonded_zone": "Bonded zone",
    "cooperation_platform": "Cooperation platform",
}
BOUNDARY_STATUSES = ("indicative", "official")
FOCUS_CODES = tuple(PS_CATEGORY_NAMES_ZH)  # "01".."10"
REQUIRED = ("code", "name_zh", "kind", "boundary_status")
ZONE_FIELDS = (
    "code",
    "name_zh",
    "name_en",
    "kind",
    "parent_code",
    "district_adcodes",
    "boundary_status",
    "source",
    "source_date",
    "focus_categories",
    "published_area_km2",
    "remarks",
)
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,39}$")
_ADCODE = re.compile(r"^\d{6}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class FieldProblem:
    """One attribute problem, in words a planner understands."""

    field: str
    message: str


def kind_from_text(text: Any) -> str | None:
    """Return the kind key for a key, a Chinese or English name; else None.

    >>> kind_from_text("中关村园区"), kind_from_text("Bonded zone")
    ('zgc_park', 'bonded_zone')
    """
    if not isinstance(text, str) or not text.strip():
        return None
    t = text.strip()
    if t in KINDS:
        return t
    for key in KINDS:
        if t in (KIND_NAMES_ZH[key], KIND_NAMES_EN[key]) or t.lower() == key:
            return key
    return None


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def split_codes(text: Any) -> list[str]:
    """Split a ``;``-joined list (also ``,``/``、``/blank separated).

    >>> split_codes("110108; 110114、110115")
    ['110108', '110114', '110115']
    """
    if _blank(text):
        return []
    return [p for p in re.split(r"[;,，、\s]+", str(text).strip()) if p]


def validate_attributes(
    values: Mapping[str, Any], other_codes: set[str] | None = None
) -> list[FieldProblem]:
    """Return the problems of one zone's attributes (empty list = valid).

    ``other_codes`` are the codes of the other zones, to refuse duplicates.

    >>> validate_attributes({"code": "X1", "name_zh": "测试", "kind": "bonded_zone",
    ...                      "boundary_status": "official"})
    []
    >>> [p.field for p in validate_attributes({"code": "X 1", "kind": "park"})]
    ['name_zh', 'boundary_status', 'code', 'kind']
    """
    problems = [
        FieldProblem(f, f"{f} is required") for f in REQUIRED if _blank(values.get(f))
    ]
    code = values.get("code")
    if not _blank(code):
        if not _CODE.match(str(code)):
            problems.append(
                FieldProblem("code", "code: letters, digits, - _ . only (max 40)")
            )
        elif other_codes and str(code) in other_codes:
            problems.append(FieldProblem("code", f"code {code} is already used"))
    kind = values.get("kind")
    if not _blank(kind) and kind not in KINDS:
        problems.append(FieldProblem("kind", f"kind must be one of {', '.join(KINDS)}"))
    status = values.get("boundary_status")
    if not _blank(status) and status not in BOUNDARY_STATUSES:
        problems.append(
            FieldProblem("boundary_status", "boundary status: indicative or official")
        )
    bad = [
        c for c in split_codes(values.get("district_adcodes")) if not _ADCODE.match(c)
    ]
    if bad:
        problems.append(
            FieldProblem("district_adcodes", f"not 6-digit adcodes: {', '.join(bad)}")
        )
    bad = [
        c for c in split_codes(values.get("focus_categories")) if c not in FOCUS_CODES
    ]
    if bad:
        problems.append(
            FieldProblem(
                "focus_categories", f"categories are 01..10, not {', '.join(bad)}"
            )
        )
    date = values.get("source_date")
    if not _blank(date) and not _DATE.match(str(date)[:10]):
        problems.append(FieldProblem("source_date", "source date: YYYY-MM-DD"))
    return problems


def suggest_districts(
    geom_ll: shapely.Geometry, basemap: pd.DataFrame, min_share: float = 0.01
) -> list[str]:
    """Return the adcodes of the districts covering ``geom_ll``, largest share first.

    Parameters
    ----------
    geom_ll : shapely.Geometry
        The zone, EPSG:4490 lon/lat.
    basemap : DataFrame
        With ``adcode``, ``level`` and a geometry column (EPSG:4490).
    min_share : float
        Ignore districts holding less than this share of the zone (border noise).
    """
    if geom_ll is None or geom_ll.is_empty or basemap is None or len(basemap) == 0:
        return []
    level = basemap["level"].astype(str).to_numpy()
    d = basemap[level == "district"]
    geoms = np.asarray(d.geometry.values, dtype=object)
    geom = shapely.make_valid(geom_ll)
    total = geom.area or 1.0
    hits = shapely.STRtree(geoms).query(geom, predicate="intersects")
    shares = [
        (
            float(
                shapely.area(shapely.intersection(shapely.make_valid(geoms[i]), geom))
            )
            / total,
            i,
        )
        for i in hits
    ]
    codes = d["adcode"].astype(str).to_numpy()
    return [codes[i] for s, i in sorted(shares, reverse=True) if s >= min_share]


def district_geometries(basemap: pd.DataFrame, adcodes: list[str]) -> list[Any]:
    """Return the basemap geometries of ``adcodes`` (district, city or province)."""
    if basemap is None or len(basemap) == 0:
        return []
    codes = basemap["adcode"].astype(str).to_numpy()
    mask = np.isin(codes, adcodes)
    return list(basemap.geometry.values[mask])
