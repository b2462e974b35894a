"""Read a catalogue file (CSV or XLSX) into editions, with row/field messages.

The file schema (README "Catalogue files"; Chinese headers accepted):

==================  ========  ==================================================
column              required  meaning
==================  ========  ==================================================
edition             yes       edition label, e.g. ``2018``
in_force_from       yes       ISO date the edition took effect
in_force_to                   last day in force (blank: until the next edition)
edition_title                 e.g. 北京市新增产业的禁止和限制目录（2018年版）
row_key                       stable id of the row (default ``<edition>-<n>``)
area_name           yes       the area as the catalogue words it
area_adcodes        (a)       ';'-joined Beijing district adcodes
area_wkt            (a)       Polygon/MultiPolygon WKT, CGCS2000 lon/lat
area_indicative               1 when the polygon is indicative (示意)
gbt4754_prefix                GB/T 4754-2017 prefix or section letter; blank=any
conditions                    ';'-joined ``field op value`` over case fields
level               yes       禁止 / 限制 / 不列入 (an exemption)
text_zh             yes       the row's text
text_en                       English working translation
valid_from/_to                the row's own dates within the edition
source              yes       where the row comes from
verified                      1 = checked against the official text
==================  ========  ==================================================

(a) at least one of ``area_adcodes`` and ``area_wkt``; with both, the area is
their union. Nothing is stored unless every row is valid.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shapely

from layers.cases.catalogue_model import (
    LEVELS,
    SECTIONS,
    Catalogue,
    CatalogueEdition,
    CatalogueRow,
)
from layers.cases.conditions import ConditionError, parse_conditions

BEIJING_DISTRICTS = (
    "110101",
    "110102",
    "110105",
    "110106",
    "110107",
    "110108",
    "110109",
    "110111",
    "110112",
    "110113",
    "110114",
    "110115",
    "110116",
    "110117",
    "110118",
    "110119",
)
BEIJING_BOX = (115.3, 39.3, 117.6, 41.2)
HEADERS: dict[str, tuple[str, ...]] = {
    "edition": ("edition", "版本", "目录版本"),
    "in_force_from": ("in_force_from", "施行日期", "实施日期", "生效日期"),
    "in_force_to": ("in_force_to", "废止日期", "失效日期"),
    "edition_title": ("edition_title", "title", "目录名称"),
    "row_key": ("row_key", "条目编号", "序号"),
    "area_name": ("area_name", "area", "区域", "适用区域"),
    "area_adcodes": ("area_adcodes", "区县代码", "行政区划代码"),
    "area_wkt": ("area_wkt", "范围wkt", "wkt"),
    "area_indicative": ("area_indicative", "范围示意"),
    "gbt4754_prefix": ("gbt4754_prefix", "行业代码", "国民经济行业代码"),
    "conditions": ("conditions", "条件", "适用条件"),
    "level": ("level", "类别", "管理类别", "管理措施"),
    "text_zh": ("text_zh", "条目内容", "内容"),
    "text_en": ("text_en", "英文", "英文说明"),
    "valid_from": ("valid_from", "条目生效日期"),
    "valid_to": ("valid_to", "条目失效日期"),
    "source": ("source", "来源", "依据"),
    "verified": ("verified", "已核实"),
}
REQUIRED = ("edition", "in_force_from", "area_name", "level", "text_zh", "source")
LEVEL_SYNONYMS = {"禁止类": "禁止", "限制类": "限制", "不列入禁限": "不列入"}
MAX_ROWS = 20_000


class CatalogueFileError(ValueError):
    """A catalogue file that cannot be read at all (one line, names the file)."""


@dataclass
class CatalogueFile:
    """What a catalogue file holds: editions if valid, else the problems."""

    path: Path
    editions: list[CatalogueEdition] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    sha256: str = ""
    rows: int = 0

    @property
    def ok(self) -> bool:
        """Return True when every row validated."""
        return not self.errors and bool(self.editions)


def _date(text: str) -> str | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10]).isoformat()
    except ValueError:
        return None


def _header_row(grid: Any) -> int:
    known = {a.lower() for names in HEADERS.values() for a in names}
    for i in range(min(len(grid), 10)):
        cells = {str(v).strip().lower() for v in grid.iloc[i].tolist()}
        if len(cells & known) >= 3:
            return i
    raise CatalogueFileError("no header row with the catalogue columns was found")


def _columns(header: list[str]) -> dict[str, int]:
    lower = [h.strip().lower() for h in header]
    out = {}
    for name, aliases in HEADERS.items():
        for a in aliases:
            if a.lower() in lower:
                out[name] = lower.index(a.lower())
                break
    return out


def read_table(path: Path) -> tuple[list[dict[str, str]], list[int]]:
    """Return the file's rows as dicts of canonical column names, and row numbers."""
    from layers.enterprises.reading import read_raw
    from layers.zones.safe_input import InputFileError

    try:
        raw = read_raw(path)
    except InputFileError as exc:  # damaged/renamed XLSX, entity tricks, limits
        raise CatalogueFileError(str(exc).removeprefix(f"{path.name}: ")) from None
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CatalogueFileError(f"cannot read the file ({exc})") from None
    grid = raw.grid
    h = _header_row(grid)
    cols = _columns([str(v) for v in grid.iloc[h].tolist()])
    missing = [c for c in REQUIRED if c not in cols]
    if missing:
        raise CatalogueFileError(f"missing column(s): {', '.join(missing)}")
    rows, numbers = [], []
    for i in range(h + 1, len(grid)):
        cells = grid.iloc[i].tolist()
        rec = {k: str(cells[j]).strip() for k, j in cols.items() if j < len(cells)}
        if not any(rec.values()):
            continue
        rows.append(rec)
        numbers.append(int(raw.row_numbers[i]))
    if len(rows) > MAX_ROWS:
        raise CatalogueFileError(f"{len(rows)} rows; at most {MAX_ROWS} are accepted")
    return rows, numbers


def _area(
    rec: dict[str, str], where: str, errs: list[str]
) -> tuple[tuple[str, ...], str]:
    adcodes = tuple(
        a
        for a in rec.get("area_adcodes", "").replace("；", ";").split(";")
        if a.strip()
    )
    adcodes = tuple(a.strip() for a in adcodes)
    bad = [a for a in adcodes if a not in BEIJING_DISTRICTS]
    if bad:
        errs.append(
            f"{where}, field area_adcodes: {bad[0]} is not a Beijing district adcode"
        )
    wkt = rec.get("area_wkt", "")
    if wkt:
        try:
            g = shapely.from_wkt(wkt)
        except shapely.errors.GEOSException as exc:
            errs.append(f"{where}, field area_wkt: not valid WKT ({exc})")
            return adcodes, ""
        if g.geom_type not in ("Polygon", "MultiPolygon") or g.is_empty:
            errs.append(f"{where}, field area_wkt: a {g.geom_type}, not a polygon")
        elif not g.is_valid:
            errs.append(
                f"{where}, field area_wkt: invalid polygon ({shapely.is_valid_reason(g)})"
            )
        else:
            b = g.bounds
            x0, y0, x1, y1 = BEIJING_BOX
            if not (b[0] >= x0 and b[1] >= y0 and b[2] <= x1 and b[3] <= y1):
                errs.append(
                    f"{where}, field area_wkt: outside Beijing (lon/lat CGCS2000 expected)"
                )
    if not adcodes and not wkt:
        errs.append(f"{where}: give area_adcodes or area_wkt")
    return adcodes, wkt


def _prefix(text: str, where: str, errs: list[str]) -> str:
    p = text.strip().upper()
    if p and not (p.isdigit() and len(p) <= 4) and p not in SECTIONS:
        errs.append(
            f"{where}, field gbt4754_prefix: {text!r} is neither a 1-4 digit "
            "GB/T 4754 prefix nor a section letter"
        )
    return p


def _row(
    rec: dict[str, str], where: str, n: int, fields: frozenset[str], sample: bool
) -> tuple[CatalogueRow | None, list[str]]:
    errs: list[str] = []
    for c in REQUIRED:
        if not rec.get(c):
            errs.append(f"{where}, field {c}: required")
    level = LEVEL_SYNONYMS.get(rec.get("level", ""), rec.get("level", ""))
    if level and level not in LEVELS:
        errs.append(f"{where}, field level: {level!r} is not one of {'/'.join(LEVELS)}")
    adcodes, wkt = _area(rec, where, errs)
    prefix = _prefix(rec.get("gbt4754_prefix", ""), where, errs)
    try:
        conds = parse_conditions(rec.get("conditions", ""))
    except ConditionError as exc:
        errs.append(f"{where}, field conditions: {exc}")
        conds = ()
    for cond in conds:
        if cond.field not in fields:
            errs.append(
                f"{where}, field conditions: {cond.field!r} is not a case input of R4 "
                f"({', '.join(sorted(fields))})"
            )
    for key in ("valid_from", "valid_to"):
        if rec.get(key) and _date(rec[key]) is None:
            errs.append(f"{where}, field {key}: {rec[key]!r} is not a date YYYY-MM-DD")
    verified = rec.get("verified", "")
    if errs:
        return None, errs
    return (
        CatalogueRow(
            row_key=rec.get("row_key") or f"{rec['edition']}-{n:02d}",
            row_no=n,
            area_name=rec["area_name"],
            level=level,
            text_zh=rec["text_zh"],
            area_adcodes=adcodes,
            area_wkt=wkt,
            area_indicative=rec.get("area_indicative", "") in ("1", "是", "true"),
            gbt4754_prefix=prefix,
            conditions=conds,
            text_en=rec.get("text_en", ""),
            valid_from=_date(rec.get("valid_from", "")) or "",
            valid_to=_date(rec.get("valid_to", "")) or "",
            source=rec["source"],
            verified=(verified in ("1", "是", "true")) if verified else not sample,
        ),
        [],
    )


def parse_catalogue(
    path: str | Path,
    condition_fields: frozenset[str],
    status: str = "authoritative",
    note: str = "",
) -> CatalogueFile:
    """Read and validate a catalogue file; never raises for bad rows.

    Parameters
    ----------
    path : str or Path
        CSV (UTF-8/GBK) or XLSX file in the schema above.
    condition_fields : frozenset of str
        Case fields conditions may name (R4's ``inputs``).
    status : {'authoritative', 'sample'}
        What the planner says the file is; a sample is shown as 待核实.
    note : str
        Why it is loaded (kept with the edition).
    """
    p = Path(path)
    out = CatalogueFile(p)
    try:
        data = p.read_bytes()
        out.sha256 = hashlib.sha256(data).hexdigest()
        recs, numbers = read_table(p)
    except (OSError, CatalogueFileError) as exc:
        out.errors.append(f"{p.name}: {exc}")
        return out
    out.rows = len(recs)
    by_edition: dict[str, list[CatalogueRow]] = {}
    meta: dict[str, dict[str, str]] = {}
    for rec, line in zip(recs, numbers, strict=True):
        where = f"{p.name} row {line}"
        ed = rec.get("edition", "")
        row, errs = _row(
            rec,
            where,
            len(by_edition.get(ed, [])) + 1,
            condition_fields,
            status == "sample",
        )
        out.errors += errs
        _edition_meta(rec, ed, where, meta, out.errors)
        if row is not None:
            by_edition.setdefault(ed, []).append(row)
    if not recs:
        out.errors.append(f"{p.name}: no catalogue rows")
    if out.errors:
        return out
    for ed, rows in by_edition.items():
        keys = [r.row_key for r in rows]
        dup = sorted({k for k in keys if keys.count(k) > 1})
        if dup:
            out.errors.append(
                f"{p.name}: row_key {dup[0]} appears more than once in edition {ed}"
            )
        m = meta[ed]
        out.editions.append(
            CatalogueEdition(
                edition=ed,
                in_force_from=m["in_force_from"],
                rows=tuple(rows),
                status=status,
                title=m.get("edition_title", ""),
                in_force_to=m.get("in_force_to", ""),
                source="; ".join(sorted({r.source for r in rows})),
                file_name=p.name,
                file_sha256=out.sha256,
                note=note,
            )
        )
    if out.errors:
        out.editions = []
    return out


def _edition_meta(
    rec: dict[str, str],
    ed: str,
    where: str,
    meta: dict[str, dict[str, str]],
    errs: list[str],
) -> None:
    """Check the edition columns agree on every row of an edition."""
    start = _date(rec.get("in_force_from", ""))
    if rec.get("in_force_from") and start is None:
        errs.append(f"{where}, field in_force_from: not a date YYYY-MM-DD")
        return
    end = _date(rec.get("in_force_to", "")) if rec.get("in_force_to") else ""
    if end is None:
        errs.append(f"{where}, field in_force_to: not a date YYYY-MM-DD")
        return
    if start and end and end < start:
        errs.append(f"{where}, field in_force_to: before in_force_from")
    this = {"in_force_from": start or "", "in_force_to": end or ""}
    if rec.get("edition_title"):
        this["edition_title"] = rec["edition_title"]
    have = meta.setdefault(ed, this)
    for k in ("in_force_from", "in_force_to"):
        if have[k] != this[k]:
            errs.append(
                f"{where}, field {k}: {this[k] or '(blank)'} differs from "
                f"{have[k] or '(blank)'} on an earlier row of edition {ed}"
            )
    if "edition_title" in this:
        have.setdefault("edition_title", this["edition_title"])


def sample_catalogue(condition_fields: frozenset[str]) -> Catalogue:
    """Return the shipped sample catalogue (2015, 2018 rows; 待核实, no ids).

    Raises CatalogueFileError when the shipped file does not validate (a
    build error, caught by the test suite).
    """
    import resources

    parsed = parse_catalogue(
        resources.path("rules", "catalogue_sample.csv"),
        condition_fields,
        status="sample",
        note="随程序发布的示例目录（待核实） shipped sample catalogue",
    )
    if not parsed.ok:
        raise CatalogueFileError("; ".join(parsed.errors))
    return Catalogue(tuple(parsed.editions))
