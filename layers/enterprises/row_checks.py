"""The row checks of the enterprise importer, each vectorised over the body.

Every check adds its problems to :class:`~layers.enterprises.validation.Problems`
(row, enterprise name, field, value, reason) and returns what the frame
needs; :func:`layers.enterprises.importer.prepare_import` runs them in order.
"""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from layers.enterprises.credit_code import validate_many
from layers.enterprises.import_options import ImportOptions, ImportRejectedError
from layers.enterprises.mapping import REVENUE_UNITS, clean_numbers
from layers.enterprises.ps_categories import resolve_editions
from layers.enterprises.raw_table import RawTable
from layers.enterprises.validation import Problems


def coord_default(
    raw: RawTable, mapping: dict[str, str], opts: ImportOptions, n_empty: int
) -> tuple[Any, list[str], list[str]]:
    """Return the per-file CoordSource, notes and assumption notes.

    The user's choice wins, then the system a GIS file declares; otherwise
    WGS84 is assumed and the summary says so.
    """
    from geo.coord_names import WGS84, coord_label, parse_coord_name

    notes: list[str] = []
    if opts.coords:
        try:
            src = parse_coord_name(opts.coords, bare_epsg=True)
        except ValueError as exc:
            raise ImportRejectedError(f"coordinate system: {exc}") from None
        said = f"the file says {raw.crs}; " if raw.crs else ""
        notes.append(f"{said}coordinates read as {coord_label(src)} (chosen)")
        return src, notes, []
    if raw.crs:
        src = parse_coord_name(raw.crs)
        return src, [f"coordinate system from the file: {coord_label(src)}"], []
    label = coord_label(WGS84)
    if "coord_source" not in mapping:
        return WGS84, notes, [f"no coordinate-system column: assumed {label}"]
    if n_empty:
        return (
            WGS84,
            notes,
            [f"{n_empty} row(s) without a coordinate system: assumed {label}"],
        )
    return WGS84, notes, []


def coord_column_note(header: str, stored: pd.Series) -> str:
    """Return the summary line saying which systems a per-row column named.

    ``stored`` holds the ``coord_source`` values of the rows to be written.

    >>> coord_column_note("坐标系", pd.Series(["gcj02", "gcj02", "bd09"]))
    'coordinates per row from column 坐标系: GCJ-02 (高德/腾讯) 2, BD-09 (百度) 1'
    """
    from geo.coord_names import DISPLAY_NAMES

    counts = stored[stored != ""].value_counts(sort=True)
    parts = [f"{DISPLAY_NAMES.get(str(k), str(k))} {int(n)}" for k, n in counts.items()]
    return f"coordinates per row from column {header}: {', '.join(parts) or 'none'}"


def check_identity(
    col: dict[str, pd.Series], rows: np.ndarray, probs: Problems
) -> pd.Series:
    """Check credit codes and names; return the normalised codes."""
    code = col["credit_code"].str.upper().str.replace(r"\s", "", regex=True)
    reasons = validate_many(code)
    probs.add(reasons.notna().to_numpy(), "credit_code", code, reasons)
    probs.add((col["name"] == "").to_numpy(), "name", col["name"], "empty")
    dup = code.duplicated(keep="first") & (code != "")
    first_row = pd.Series(rows, index=code.index).groupby(code).transform("first")
    probs.add(
        dup.to_numpy(),
        "credit_code",
        code,
        "duplicate in file (first at row " + first_row.astype(str) + ")",
    )
    return code


def check_numbers(
    col: dict[str, pd.Series], unit: str, probs: Problems
) -> tuple[pd.Series, pd.Series]:
    emp = clean_numbers(col["employees"])
    rev = clean_numbers(col["revenue"]) * REVENUE_UNITS[unit]
    for fld, key, v in (("employees", "employees", emp), ("revenue", "revenue", rev)):
        raw = col[key]
        probs.add((v.isna() & (raw != "")).to_numpy(), fld, raw, "not a number")
        probs.add((v < 0).to_numpy(), fld, raw, "negative")
    return emp, rev


def geometry_problems(
    raw: RawTable, h: int, rows_kept: pd.Index, probs: Problems
) -> np.ndarray:
    """Add the point-layer features that are not one point; return their mask."""
    if raw.geometry_problems is None:
        return np.zeros(len(rows_kept), bool)
    by_row = pd.Series(raw.geometry_problems[h + 1 :], index=raw.grid.index[h + 1 :])
    why = by_row.loc[rows_kept].to_numpy(object)
    bad = np.asarray(why != "", dtype=bool)
    probs.add(bad, "geometry", "", why)
    return bad


def check_editions(
    col: dict[str, pd.Series], opts: ImportOptions, probs: Problems
) -> tuple[pd.Series, list[str]]:
    """Return each row's classification edition and a note of what was assumed."""
    edition, bad, note = resolve_editions(
        col["ps_edition"], col["category"], opts.ps_edition
    )
    reason = "unknown classification edition (2015 or 2019)"
    probs.add(bad.to_numpy(), "ps_edition", col["ps_edition"], reason)
    return edition, [note] if note else []


def skip_existing(
    frame: gpd.GeoDataFrame,
    existing: pd.DataFrame,
    opts: ImportOptions,
    probs: Problems,
) -> gpd.GeoDataFrame:
    if not len(existing) or opts.duplicates != "skip":
        return frame
    hit = frame["credit_code"].isin(existing.index).to_numpy()
    for r, c, n in zip(
        frame.loc[hit, "row"],
        frame.loc[hit, "credit_code"],
        frame.loc[hit, "name"],
        strict=True,
    ):
        probs.note(int(r), "credit_code", c, "already in the project (skipped)", name=n)
    return frame.loc[~hit].reset_index(drop=True)
