"""Import enterprise lists into a clean frame and a problem report.

Tables (CSV/TXT, XLSX) and point layers (GeoPackage, GeoJSON, Shapefile also
zipped, KML/KMZ) go through the same steps. Qt-free and store-free until the
very end: :func:`prepare_import` reads, maps, converts and validates
everything in memory (vectorised; 200,000 rows in a few seconds) and returns
an :class:`ImportResult`; :func:`apply_import` writes the accepted rows in
**one** store action, so a cancel, an error or "import nothing" leaves the
project file untouched.

Row numbers in the report are the ones the user sees: the line in a text file,
the row in the worksheet (1-based, title rows included) or the feature number
of a point layer. Whenever a coordinate system is assumed rather than given,
:attr:`ImportResult.assumptions` says so and :meth:`ImportResult.summary`
repeats it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo.atomic_write import OutputPathError, check_target
from layers.enterprises import ENTERPRISE_COLUMNS
from layers.enterprises.categories import resolve_categories
from layers.enterprises.import_options import (
    ImportCancelledError as ImportCancelledError,
)
from layers.enterprises.import_options import ImportOptions as ImportOptions
from layers.enterprises.import_options import (
    ImportRejectedError as ImportRejectedError,
)
from layers.enterprises.mapping import (
    REQUIRED,
    detect_header_row,
    guess_mapping,
    revenue_unit_from_header,
)
from layers.enterprises.raw_table import GEOMETRY_X, GEOMETRY_Y, RawTable
from layers.enterprises.reading import read_raw
from layers.enterprises.register_export import unescape_text, write_csv
from layers.enterprises.row_checks import (
    check_editions,
    check_identity,
    check_numbers,
    coord_column_note,
    coord_default,
    geometry_problems,
    skip_existing,
)
from layers.enterprises.validation import Problems, convert_coords, parse_dates

log = logging.getLogger(__name__)

#: progress(fraction 0..1, message) -> False to cancel.
ProgressFn = Callable[[float, str], Any]


def _no_existing() -> pd.DataFrame:
    return pd.DataFrame(
        {"fid": pd.Series(dtype="int64"), "row_version": pd.Series(dtype="int64")},
        index=pd.Index([], name="credit_code", dtype=object),
    )


def existing_codes(table: pd.DataFrame | None) -> pd.DataFrame:
    """Return fid and row_version indexed by credit code from an enterprises frame
    (e.g. ``store.read_table('enterprises')``, index = fid)."""
    if table is None or len(table) == 0:
        return _no_existing()
    df = pd.DataFrame(
        {
            "credit_code": table["credit_code"].astype(str).str.upper().to_numpy(),
            "fid": table.index.to_numpy(np.int64),
            "row_version": table["row_version"].to_numpy(np.int64)
            if "row_version" in table
            else np.ones(len(table), np.int64),
        }
    )
    return df.drop_duplicates("credit_code").set_index("credit_code")


@dataclass
class ImportResult:
    """Everything the user must see before deciding, plus the rows to write."""

    path: str
    frame: gpd.GeoDataFrame  # accepted rows, ENTERPRISE_COLUMNS + geometry
    problems: pd.DataFrame  # row, field, value, reason, severity
    n_rows: int
    raw: RawTable
    header_row: int
    headers: list[str]
    mapping: dict[str, str]
    revenue_unit: str
    existing: pd.DataFrame = field(default_factory=lambda: _no_existing())
    coord_default: str = ""  # the per-file system, as planners name it
    notes: list[str] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    industries: pd.DataFrame | None = None  # value -> GB/T code -> category

    @property
    def bad_rows(self) -> np.ndarray:
        """Return the sorted file row numbers with at least one error."""
        err = self.problems[self.problems["severity"] == "error"]
        return np.unique(err["row"].to_numpy(np.int64))

    @property
    def n_good(self) -> int:
        """Return the number of rows that passed validation."""
        return len(self.frame)

    def summary(self) -> str:
        """Return a one-line summary for dialogs and the CLI."""
        upd = int(self.frame["credit_code"].isin(self.existing.index).sum())
        skipped = int((self.problems["severity"] == "skipped").sum())
        text = (
            f"{self.n_rows} rows: {self.n_good} to write ({upd} updates), "
            f"{len(self.bad_rows)} with errors, {skipped} duplicates skipped"
        )
        return "; ".join([text, *self.assumptions])

    def write_report(self, path: str | Path) -> Path:
        """Write the problem report as CSV (UTF-8 with BOM, formula-safe).

        Raises
        ------
        OutputPathError
            ``path`` is the file being imported (the report would replace
            the planner's register), or cannot be written.
        """
        check_report_target(path, self.path)
        return write_csv(path, self.problems)


def check_report_target(report: str | Path, source: str | Path) -> None:
    """Refuse a problem report that would replace the imported file itself.

    Raises
    ------
    OutputPathError
        ``report`` is ``source`` (by any spelling or link) or cannot be written.
    """
    target = check_target(report)
    if target.exists() and Path(source).exists() and target.samefile(source):
        raise OutputPathError(target, "it is the file being imported")


def _tick(progress: ProgressFn | None, frac: float, msg: str) -> None:
    if progress is not None and progress(frac, msg) is False:
        raise ImportCancelledError(msg)


def _column(
    body: pd.DataFrame, headers: list[str], mapping: dict[str, str], fld: str
) -> pd.Series:
    h = mapping.get(fld)
    if not h or h not in headers:
        return pd.Series("", index=body.index, dtype=object)
    s = body.iloc[:, headers.index(h)].astype(str).str.strip()
    return unescape_text(s)


def _unique_headers(row: pd.Series) -> list[str]:
    out: list[str] = []
    for i, v in enumerate(row):
        h = str(v).strip() or f"列{i + 1}"
        while h in out:
            h += "_"
        out.append(h)
    return out


def split_header(
    raw: RawTable, header_row: int | None
) -> tuple[int, list[str], pd.DataFrame, np.ndarray]:
    """Return (header index, headers, body rows, body file row numbers)."""
    if raw.kind == "gis":
        header_row = 0  # a point layer's attribute names
    h = detect_header_row(raw.grid) if header_row is None else int(header_row)
    headers = _unique_headers(raw.grid.iloc[h]) if len(raw.grid) else []
    body = raw.grid.iloc[h + 1 :]
    rows = raw.row_numbers[h + 1 :]
    nonblank = (
        (body.astype(str).apply(lambda c: c.str.strip()) != "").any(axis=1).to_numpy()
    )
    return h, headers, body[nonblank], rows[nonblank]


FIELDS = (
    "name",
    "credit_code",
    "address",
    "lon",
    "lat",
    "category",
    "gbt4754",
    "industry",
    "employees",
    "revenue",
    "founded",
    "coord_source",
    "ps_edition",
)


def _mapping(
    raw: RawTable, headers: list[str], body: pd.DataFrame, opts: ImportOptions
) -> dict[str, str]:
    if opts.mapping:
        return dict(opts.mapping)
    blank = (body.astype(str).apply(lambda c: c.str.strip()) == "").all(axis=0)
    mapping = guess_mapping(
        headers, {h for h, b in zip(headers, blank, strict=False) if b}
    )
    if raw.kind == "gis":  # the geometry wins over lon/lat attributes
        mapping.update(lon=GEOMETRY_X, lat=GEOMETRY_Y)
    return mapping


def _columns(
    body: pd.DataFrame, headers: list[str], mapping: dict[str, str]
) -> dict[str, pd.Series]:
    return {f: _column(body, headers, mapping, f) for f in FIELDS}


def prepare_import(
    path: str | Path,
    options: ImportOptions | None = None,
    basemap: Any = None,
    existing: pd.DataFrame | None = None,
    progress: ProgressFn | None = None,
) -> ImportResult:
    """Read, map, convert and validate a file; write nothing.

    Parameters
    ----------
    path : str or Path
        CSV/TXT, XLSX or a point layer (GPKG, GeoJSON, SHP/zip, KML/KMZ).
        It is only read.
    options : ImportOptions, optional
        User choices; detected or guessed where None.
    basemap : geopandas.GeoDataFrame, optional
        Admin polygons (EPSG:4490) for the study-region test and district
        assignment; ``resources.load_basemap()`` when None.
    existing : pandas.DataFrame, optional
        :func:`existing_codes` of the project's enterprises.
    progress : callable, optional
        ``progress(fraction, message)``; returning False cancels
        (:class:`ImportCancelledError`).

    Raises
    ------
    ImportRejectedError
        When required columns cannot be mapped or the coordinate system
        chosen is unknown.
    layers.zones.safe_input.InputFileError
        When the file cannot be read (one line naming it).
    """
    opts = options or ImportOptions()
    _tick(progress, 0.0, "reading")
    raw = read_raw(path, opts.encoding, opts.delimiter, opts.sheet, opts.layer)
    _tick(progress, 0.3, "header and mapping")
    h, headers, body, rows = split_header(raw, opts.header_row)
    if body.empty:
        raise ImportRejectedError(
            f"no data rows: the file holds only {h + 1} line(s), the last read as "
            f"the header ({', '.join(headers[:12])})"
        )
    mapping = _mapping(raw, headers, body, opts)
    missing = [f for f in REQUIRED if f not in mapping or mapping[f] not in headers]
    if missing:
        raise ImportRejectedError(
            f"required columns not found: {', '.join(missing)} "
            f"(headers: {', '.join(headers[:12])})"
        )
    col = _columns(body, headers, mapping)
    unit = (
        opts.revenue_unit or revenue_unit_from_header(mapping.get("revenue")) or "万元"
    )
    probs = Problems(rows, col["name"].to_numpy(object))
    default, notes, assumed = coord_default(
        raw, mapping, opts, int((col["coord_source"] == "").sum())
    )
    _tick(progress, 0.45, "validating codes and names")
    code = check_identity(col, rows, probs)
    not_points = geometry_problems(raw, h, body.index, probs)
    _tick(progress, 0.55, "converting coordinates")
    lon, lat, src_label, district = convert_coords(
        col, opts, probs, basemap, default, not_points
    )
    _tick(progress, 0.8, "checking numbers and categories")
    emp, rev = check_numbers(col, unit, probs)
    cats = resolve_categories(col, mapping, probs)
    edition, edition_notes = check_editions(col, opts, probs)
    founded = parse_dates(col["founded"], probs)
    _tick(progress, 0.95, "assembling")
    frame = gpd.GeoDataFrame(
        {
            "credit_code": code.to_numpy(object),
            "name": col["name"].to_numpy(object),
            "address": col["address"].to_numpy(object),
            "category": cats.category.to_numpy(object),
            "gbt4754": cats.gbt4754.to_numpy(object),
            "employees": emp.round().astype("Int64").array,
            "revenue_wan": rev.to_numpy(float),
            "founded": founded.to_numpy(object),
            "district_adcode": district,
            "zone_codes": "",
            "coord_source": src_label,
            "synthetic": 0,
            "ps_edition": edition.to_numpy(object),
        },
        geometry=shapely.points(lon, lat),
        crs="EPSG:4490",
    )
    frame["row"] = rows
    frame = frame.loc[~probs.error_mask()].reset_index(drop=True)
    existing = existing if existing is not None else _no_existing()
    frame = skip_existing(frame, existing, opts, probs)
    if "coord_source" in mapping:
        notes.append(coord_column_note(mapping["coord_source"], frame["coord_source"]))
    _tick(progress, 1.0, "validated")
    from geo.coord_names import coord_label

    return ImportResult(
        str(path),
        frame[[*ENTERPRISE_COLUMNS, "row", "geometry"]],
        probs.frame(),
        len(body),
        raw,
        h,
        headers,
        mapping,
        unit,
        existing,
        coord_default=coord_label(default),
        notes=[*raw.notes, *notes, *cats.notes, *edition_notes],
        assumptions=assumed,
        industries=cats.industries,
    )


def apply_import(
    store: Any,
    result: ImportResult,
    user: str,
    zones: Any = None,
    text: str | None = None,
) -> dict[str, int]:
    """Write the accepted rows in one store action; return inserted/updated counts.

    Rows whose credit code is in ``result.existing`` update that fid (when
    the options said ``update``; ``skip`` already removed them), the rest are
    inserted. An update keeps the stored address, employees, revenue and
    founding date when the file has no column for them. Zone codes are assigned here against ``zones`` (EPSG:4490).
    """
    from layers.enterprises.assignment import assign_zones

    gdf = result.frame.drop(columns=["row"])
    if zones is not None and len(gdf):
        g = gdf.geometry.values
        gdf["zone_codes"] = assign_zones(shapely.get_x(g), shapely.get_y(g), zones)
    is_upd = gdf["credit_code"].isin(result.existing.index).to_numpy()
    new, upd = gdf.loc[~is_upd], gdf.loc[is_upd].copy()
    hit = result.existing.loc[upd["credit_code"]]
    upd = upd.drop(columns=_columns_not_in_file(result))
    upd.index = pd.Index(hit["fid"].to_numpy(np.int64), name="fid")
    upd["row_version"] = hit["row_version"].to_numpy(np.int64)
    label = text or f"Import enterprises from {Path(result.path).name}"
    if len(gdf) == 0:  # nothing to write: do not even open a transaction
        return {"inserted": 0, "updated": 0}
    with store.action(user, label):
        _record_source(store, result, user)
        if len(new):
            store.insert_features("enterprises", new.reset_index(drop=True), user)
        if len(upd):
            store.update_features("enterprises", upd, user)
    return {"inserted": int(len(new)), "updated": int(len(upd))}


#: Stored columns filled from one mapped field each: an update from a file
#: without that field keeps the stored value instead of clearing it.
_OPTIONAL_FIELDS = {
    "address": "address",
    "employees": "employees",
    "revenue": "revenue_wan",
    "founded": "founded",
}


def _columns_not_in_file(result: ImportResult) -> list[str]:
    """Return the optional stored columns the imported file has no column for."""
    return [
        column
        for fld, column in _OPTIONAL_FIELDS.items()
        if not result.mapping.get(fld)
    ]


#: Setting key listing the files imported into the enterprises table.
SOURCES_SETTING = "enterprises.import_sources"


def _record_source(store: Any, result: ImportResult, user: str) -> None:
    """Append the file name to the project's import-source list (same action).

    A failure here fails the whole action (rolled back): the list of sources
    is part of what the import records, never silently skipped.
    """
    sources = list(store.read_settings().get(SOURCES_SETTING, []))
    sources.append(
        {
            "file": Path(result.path).name,
            "rows": result.n_good,
            "when": store.now(),
            "by": user,
        }
    )
    store.write_setting(SOURCES_SETTING, sources[-50:], user)
