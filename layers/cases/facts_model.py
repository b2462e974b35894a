"""Spatial facts of a parcel as plain data (snapshotted with every evaluation)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class AreaShare:
    """How much of the parcel lies in a district, catalogue area or zone."""

    key: str
    name_zh: str
    area_m2: float
    share: float
    indicative: bool = False
    kind: str = ""
    focus_categories: tuple[str, ...] = ()
    #: (category, where the zone's focus on it comes from), e.g. ("04", "(九)").
    focus_sources: tuple[tuple[str, str], ...] = ()

    def focus_source(self, category: str) -> str:
        """Return the recorded source of the zone's focus on ``category``."""
        return next((s for c, s in self.focus_sources if c in (category, "*")), "")


@dataclass(frozen=True)
class PolygonFact:
    """The parcel against one catalogue polygon area (R4)."""

    key: str
    share: float
    edge_distance_m: float


@dataclass(frozen=True)
class RegulatoryFact:
    """A regulatory-plan (控规) parcel the case parcel overlaps (R6)."""

    fid: int
    parcel_code: str
    plan_name: str
    approval_date: str
    landuse_code: str
    limits: dict[str, float]
    source: str
    synthetic: bool
    area_m2: float
    share: float


@dataclass(frozen=True)
class ZoneLeftOut:
    """A zone the parcel overlaps that was not in force on the zones date."""

    key: str
    name_zh: str
    area_m2: float
    share: float
    effective_from: str
    effective_to: str
    #: ``not_yet`` (comes into force after the date) or ``ended`` (lapsed before).
    reason: str


@dataclass(frozen=True)
class Nearest:
    """The nearest high-end functional area and the distance to it."""

    code: str
    name_zh: str
    distance_m: float
    method: str


@dataclass
class SiteFacts:
    """Spatial facts of one parcel (EPSG:4490 input, metres and m² out)."""

    site_area_m2: float
    area_method: str
    districts: list[AreaShare] = field(default_factory=list)
    catalogue_areas: dict[str, list[AreaShare]] = field(default_factory=dict)
    zones: list[AreaShare] = field(default_factory=list)
    nearest_functional_area: Nearest | None = None
    zones_available: bool = True
    notes: list[str] = field(default_factory=list)
    area_polygons: dict[str, PolygonFact] = field(default_factory=dict)
    regulatory: list[RegulatoryFact] = field(default_factory=list)
    regulatory_available: bool = False
    #: The day whose zones in force the facts use ('' in facts made before
    #: zones were dated: every zone on file counted).
    zones_date: str = ""
    #: Where that day comes from: ``received_date`` or ``evaluation_date``.
    zones_date_basis: str = ""
    zones_left_out: list[ZoneLeftOut] = field(default_factory=list)

    def district_adcodes(self) -> list[str]:
        """Return the adcodes of the districts the parcel touches, largest first."""
        return [d.key for d in self.districts]

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SiteFacts:
        """Rebuild facts from :meth:`to_dict` output."""

        def shares(rows: list[dict[str, Any]]) -> list[AreaShare]:
            return [
                AreaShare(
                    **{
                        **r,
                        "focus_categories": tuple(r.get("focus_categories") or ()),
                        "focus_sources": tuple(
                            (str(a), str(b)) for a, b in r.get("focus_sources") or ()
                        ),
                    }
                )
                for r in rows
            ]

        near = d.get("nearest_functional_area")
        return cls(
            site_area_m2=float(d["site_area_m2"]),
            area_method=d["area_method"],
            districts=shares(d.get("districts") or []),
            catalogue_areas={
                k: shares(v) for k, v in (d.get("catalogue_areas") or {}).items()
            },
            zones=shares(d.get("zones") or []),
            nearest_functional_area=Nearest(**near) if near else None,
            zones_available=bool(d.get("zones_available", True)),
            notes=list(d.get("notes") or []),
            area_polygons={
                k: PolygonFact(**v) for k, v in (d.get("area_polygons") or {}).items()
            },
            regulatory=[RegulatoryFact(**r) for r in d.get("regulatory") or []],
            regulatory_available=bool(d.get("regulatory_available", False)),
            zones_date=str(d.get("zones_date") or ""),
            zones_date_basis=str(d.get("zones_date_basis") or ""),
            zones_left_out=[ZoneLeftOut(**z) for z in d.get("zones_left_out") or []],
        )
