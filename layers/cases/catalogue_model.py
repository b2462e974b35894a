"""The prohibited/restricted new-industry catalogue as data (seed 一(二)).

A :class:`Catalogue` holds editions (2015, 2018, ...), each possibly loaded
several times (a planner re-loads the bureau's file: the newest load of an
edition is the one in force, the older loads stay for the record). The edition
applied to a case is the one in force on its application date.

A :class:`CatalogueRow` carries everything that decides whether it applies:
edition and its dates (plus optional row dates), area (district adcodes and/or
a polygon in CGCS2000 lon/lat, e.g. a ring-road extent), GB/T 4754 code prefix
(empty = any industry; a letter = a section, ``C`` = divisions 13-43),
conditions over case fields, level (禁止 / 限制 / 不列入 = an exemption), text
and source. A row fails a case only when every one of them holds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from layers.cases.conditions import Condition

LEVELS = ("禁止", "限制", "不列入")
STATUSES = ("sample", "authoritative")
#: GB/T 4754-2017 sections by letter -> (first division, last division).
SECTIONS = {
    "A": (1, 5),
    "B": (6, 12),
    "C": (13, 43),
    "D": (44, 46),
    "E": (47, 50),
    "F": (51, 52),
    "G": (53, 60),
    "H": (61, 62),
    "I": (63, 65),
    "J": (66, 69),
    "K": (70, 70),
    "L": (71, 72),
    "M": (73, 75),
    "N": (76, 79),
    "O": (80, 82),
    "P": (83, 83),
    "Q": (84, 85),
    "R": (86, 90),
    "S": (91, 96),
    "T": (97, 97),
}


def prefix_strength(code: str, prefix: str) -> float:
    """Return how specifically ``prefix`` matches ``code`` (0 = no match).

    An empty prefix matches every code weakly; a section letter matches its
    divisions; a numeric prefix matches codes starting with it.

    >>> prefix_strength("3911", "C"), prefix_strength("7010", "70")
    (1.0, 3.0)
    >>> prefix_strength("7010", "7040"), prefix_strength("7010", "")
    (0.0, 0.5)
    """
    if not prefix:
        return 0.5  # weaker than any section
    if prefix.isalpha():
        lo, hi = SECTIONS.get(prefix.upper(), (0, -1))
        return 1.0 if code[:2].isdigit() and lo <= int(code[:2]) <= hi else 0.0
    return float(len(prefix) + 1) if code.startswith(prefix) else 0.0


def wkt_key(wkt: str) -> str:
    """Return a short stable key for an area polygon (shared by identical WKT)."""
    return hashlib.sha1(wkt.strip().encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class CatalogueRow:
    """One catalogue entry with the conditions under which it applies."""

    row_key: str
    row_no: int
    area_name: str
    level: str
    text_zh: str
    area_adcodes: tuple[str, ...] = ()
    area_wkt: str = ""
    area_indicative: bool = False
    gbt4754_prefix: str = ""
    conditions: tuple[Condition, ...] = ()
    text_en: str = ""
    valid_from: str = ""
    valid_to: str = ""
    source: str = ""
    verified: bool = False

    @property
    def area_key(self) -> str:
        """Return the key of this row's polygon area ('' without one)."""
        return wkt_key(self.area_wkt) if self.area_wkt else ""

    @property
    def conditions_text(self) -> str:
        """Return the conditions as written in the file."""
        return "; ".join(c.text for c in self.conditions)

    def valid_on(self, day: str) -> bool:
        """Return whether the row's own dates (if any) include ``day`` (ISO)."""
        return (not self.valid_from or self.valid_from <= day) and (
            not self.valid_to or day <= self.valid_to
        )


@dataclass(frozen=True)
class CatalogueEdition:
    """One load of one edition: metadata and rows (never changed once stored)."""

    edition: str
    in_force_from: str
    rows: tuple[CatalogueRow, ...]
    status: str = "sample"
    title: str = ""
    in_force_to: str = ""
    source: str = ""
    id: int | None = None
    file_name: str = ""
    file_sha256: str = ""
    loaded_at: str = ""
    loaded_by: str = ""
    note: str = ""

    @property
    def sample(self) -> bool:
        """Return True for a sample edition (待核实, not the bureau's text)."""
        return self.status != "authoritative"

    @property
    def label_zh(self) -> str:
        """Return e.g. ``2018年版目录（示例·待核实）``."""
        tag = "（示例·待核实）" if self.sample else ""
        return f"{self.edition}年版目录{tag}"

    def row_unverified(self, row: CatalogueRow) -> bool:
        """Return True when a row must be shown as 待核实."""
        return self.sample or not row.verified


@dataclass(frozen=True)
class Catalogue:
    """Every loaded edition; :meth:`edition_for` picks the one in force."""

    editions: tuple[CatalogueEdition, ...] = field(default_factory=tuple)

    def current(self) -> list[CatalogueEdition]:
        """Return the newest load of each edition, oldest edition first."""
        newest: dict[str, CatalogueEdition] = {}
        for i, ed in enumerate(self.editions):
            key = ed.edition
            old = newest.get(key)
            if old is None or (ed.id or i) >= (old.id or 0):
                newest[key] = ed
        return sorted(newest.values(), key=lambda e: e.in_force_from)

    def edition_for(self, day: str) -> CatalogueEdition | None:
        """Return the edition in force on ``day`` (ISO date), or None.

        An edition runs from ``in_force_from`` to ``in_force_to`` if given,
        else until the next edition takes effect.
        """
        eds = self.current()
        for i, ed in enumerate(eds):
            if day < ed.in_force_from:
                continue
            if ed.in_force_to:
                if day <= ed.in_force_to:
                    return ed
            elif i + 1 == len(eds) or day < eds[i + 1].in_force_from:
                return ed
        return None

    def by_id(self, edition_id: int) -> CatalogueEdition | None:
        """Return the load with database id ``edition_id``."""
        return next((e for e in self.editions if e.id == edition_id), None)

    def summary_zh(self) -> str:
        """Return the editions on file, e.g. ``2015年版自2015-08-25、2018年版…``."""
        return (
            "、".join(f"{e.edition}年版自{e.in_force_from}" for e in self.current())
            or "（无）"
        )
