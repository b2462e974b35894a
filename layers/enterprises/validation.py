"""Row validation helpers for the importer: problem list, coordinates, dates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from layers.enterprises.assignment import assign_districts
from layers.enterprises.mapping import clean_numbers

if TYPE_CHECKING:
    from geo.crs import CoordSource

#: Beijing–Tianjin–Hebei bounding box (lon/lat, EPSG:4490), slightly padded.
STUDY_BBOX = (113.2, 35.9, 120.0, 42.8)
PROBLEM_COLUMNS = ["row", "name", "field", "value", "reason", "severity"]

#: Reason templates of the coordinate checks (the wizard translates them).
UNKNOWN_CRS = (
    "unknown coordinate system (use WGS84/GPS, GCJ-02 (高德/腾讯), BD-09 (百度), "
    "CGCS2000 or EPSG:<code>)"
)
UNSUPPORTED_CRS = "a coordinate system this app cannot convert exactly ({})"


class Problems:
    """Collect problems per body row; ``rows`` are the user's row numbers.

    ``names`` (the enterprise name per row, optional) goes into every problem
    so a planner recognises the firm without opening the file.
    """

    def __init__(self, rows: np.ndarray, names: np.ndarray | None = None) -> None:
        self.rows = np.asarray(rows, dtype=np.int64)
        self.names = (
            np.full(self.rows.size, "", dtype=object)
            if names is None
            else np.asarray(names, dtype=object)
        )
        self._err = np.zeros(self.rows.size, dtype=bool)
        self._parts: list[pd.DataFrame] = []

    def add(
        self,
        mask: np.ndarray,
        fld: str,
        values: Any,
        reason: Any,
        severity: str = "error",
    ) -> None:
        """Record ``reason`` for the rows where ``mask`` is True."""
        mask = np.asarray(mask, dtype=bool)
        idx = np.flatnonzero(mask)
        if idx.size == 0:
            return
        vals = (
            np.asarray(values, dtype=object)[idx] if not np.isscalar(values) else values
        )
        why = (
            np.asarray(reason, dtype=object)[idx]
            if not isinstance(reason, str)
            else reason
        )
        self._parts.append(
            pd.DataFrame(
                {
                    "row": self.rows[idx],
                    "name": self.names[idx],
                    "field": fld,
                    "value": vals,
                    "reason": why,
                    "severity": severity,
                }
            )
        )
        if severity == "error":
            self._err |= mask

    def note(
        self,
        row: int,
        fld: str,
        value: Any,
        reason: str,
        severity: str = "skipped",
        name: str = "",
    ) -> None:
        """Record one non-error note (e.g. a duplicate that was skipped)."""
        self._parts.append(
            pd.DataFrame(
                {
                    "row": [row],
                    "name": [name],
                    "field": [fld],
                    "value": [value],
                    "reason": [reason],
                    "severity": [severity],
                }
            )
        )

    def error_mask(self) -> np.ndarray:
        """Return True for body rows with at least one error."""
        return self._err.copy()

    def frame(self) -> pd.DataFrame:
        """Return all problems sorted by row (row, field, value, reason, severity)."""
        if not self._parts:
            return pd.DataFrame(columns=PROBLEM_COLUMNS)
        df = pd.concat(self._parts, ignore_index=True)
        df["value"] = df["value"].astype(object).where(df["value"].notna(), "")
        return df.sort_values(["row", "field"], kind="stable").reset_index(drop=True)


def storage_label(src: CoordSource) -> str:
    """Return the ``coord_source`` value stored for a CoordSource."""
    if src.kind == "epsg":
        return {4326: "wgs84", 4490: "cgcs2000"}.get(src.epsg, f"EPSG:{src.epsg}")
    return src.kind


def _parse_value(value: str) -> tuple[Any, str]:
    """Return (CoordSource or None, reason) for one per-row value."""
    from geo.coord_names import UnsupportedCoordSystemError, parse_coord_name

    try:
        return parse_coord_name(value), ""
    except UnsupportedCoordSystemError as exc:
        return None, UNSUPPORTED_CRS.format(exc.system)
    except ValueError:
        return None, UNKNOWN_CRS


def row_sources(
    values: pd.Series, default: Any, probs: Problems
) -> tuple[np.ndarray, list[Any]]:
    """Return each row's index into the distinct CoordSources (-1: unknown).

    ``values`` is the per-row coordinate-system column ('' where the row
    gives none: those rows take ``default``). Each distinct value is parsed
    once (``GCJ-02`` and ``高德`` share one system, so one conversion); an
    unknown one is a row problem naming the value.
    """
    codes, uniq = pd.factorize(values.to_numpy(object), use_na_sentinel=False)
    parsed = [_parse_value(v) if v else (default, "") for v in uniq]
    systems: list[Any] = []
    to_system = np.full(len(uniq), -1, dtype=np.int64)
    for i, (src, _) in enumerate(parsed):
        if src is not None:
            if src not in systems:
                systems.append(src)
            to_system[i] = systems.index(src)
    why = np.array([p[1] for p in parsed], dtype=object)[codes]
    probs.add(why != "", "coord_source", values, why)
    return to_system[codes], systems


def in_study_region(
    lon: np.ndarray, lat: np.ndarray, basemap: Any
) -> tuple[np.ndarray, np.ndarray]:
    """Return (inside mask, adcode) for points against the JJJ bbox and basemap."""
    x0, y0, x1, y1 = STUDY_BBOX
    box = (
        np.isfinite(lon)
        & np.isfinite(lat)
        & (lon >= x0)
        & (lon <= x1)
        & (lat >= y0)
        & (lat <= y1)
    )
    code = np.full(lon.size, "", dtype=object)
    idx = np.flatnonzero(box)
    if idx.size:
        code[idx] = assign_districts(
            lon[idx], lat[idx], basemap, levels=("district", "city", "province")
        )
    return code != "", code


def convert_coords(
    col: dict[str, pd.Series],
    opts: Any,
    probs: Problems,
    basemap: Any = None,
    default: Any = None,
    known_bad: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Convert x/y columns to EPSG:4490, validate, detect swapped axes.

    Each row is read in its own coordinate system (the ``coord_source``
    column) or ``default`` (a :class:`geo.crs.CoordSource`). Rows in
    ``known_bad`` (a feature that is not a point) get no second problem for
    their missing numbers. Returns lon, lat (NaN where bad), the stored
    coord_source label and the district adcode.
    """
    from geo.crs import to_storage

    if basemap is None:
        import resources

        basemap = resources.load_basemap()
    x = clean_numbers(col["lon"]).to_numpy(float)
    y = clean_numbers(col["lat"]).to_numpy(float)
    fresh = np.ones(x.size, bool) if known_bad is None else ~known_bad.astype(bool)
    for fld, v, s in (("lon", x, col["lon"]), ("lat", y, col["lat"])):
        probs.add(fresh & np.isnan(v) & (s == "").to_numpy(), fld, s, "empty")
        probs.add(fresh & np.isnan(v) & (s != "").to_numpy(), fld, s, "not a number")
    which, systems = row_sources(col["coord_source"], default, probs)
    n = x.size
    lon, lat = np.full(n, np.nan), np.full(n, np.nan)
    slon, slat = np.full(n, np.nan), np.full(n, np.nan)
    label = np.full(n, "", dtype=object)
    with np.errstate(all="ignore"):
        for k, src in enumerate(systems):
            m = which == k
            ok = m & np.isfinite(x) & np.isfinite(y)
            lon[ok], lat[ok] = to_storage(x[ok], y[ok], src)
            slon[ok], slat[ok] = to_storage(y[ok], x[ok], src)
            label[m] = storage_label(src)
    inside, code = in_study_region(lon, lat, basemap)
    valid = np.isfinite(x) & np.isfinite(y) & (label != "")
    cand = valid & ~inside
    s_in, s_code = in_study_region(
        np.where(cand, slon, np.nan), np.where(cand, slat, np.nan), basemap
    )
    swapped = cand & s_in
    shown = col["lon"] + ", " + col["lat"]
    if opts.fix_swapped:
        lon[swapped], lat[swapped], code[swapped] = (
            slon[swapped],
            slat[swapped],
            s_code[swapped],
        )
        probs.add(swapped, "lon/lat", shown, SWAPPED_FIXED, "warning")
    else:
        probs.add(swapped, "lon/lat", shown, SWAPPED)
    metres = _degrees_expected(which, systems) & ((np.abs(x) > 360) | (np.abs(y) > 90))
    probs.add(cand & ~swapped & metres, "lon/lat", shown, LOOKS_METRES)
    probs.add(cand & ~swapped & ~metres, "lon/lat", shown, OUTSIDE)
    return lon, lat, label, code


def _degrees_expected(which: np.ndarray, systems: list[CoordSource]) -> np.ndarray:
    """Return True for rows read in a longitude/latitude system (degrees)."""
    geographic = [s.kind != "epsg" or s.epsg in (4326, 4490) for s in systems]
    lut = np.array([*geographic, False], dtype=bool)  # index -1: unknown system
    expected: np.ndarray = lut[which]
    return expected


LOOKS_METRES = (
    "the numbers look like metres of a projected system (e.g. Gauss–Krüger "
    "EPSG:4548), not degrees: choose the file's coordinate system"
)
SWAPPED_FIXED = "longitude and latitude swapped; fixed"
SWAPPED = "longitude and latitude look swapped (the values fit the other way round)"
OUTSIDE = "outside the study region (Beijing–Tianjin–Hebei)"


def parse_dates(s: pd.Series, probs: Problems) -> pd.Series:
    """Return ISO dates ('YYYY-MM-DD' or None); report unparseable ones.

    Accepts 2015-03-02, 2015/3/2, 2015.3.2, 2015年3月2日, 20150302 and
    XLSX dates (already ISO); a year alone becomes 1 January of that year.
    """
    t = s.fillna("").astype(str).str.strip()
    fast = pd.to_datetime(t, format="%Y-%m-%d", errors="coerce")
    slow = (fast.isna() & (t != "")).to_numpy(bool)
    if slow.any():
        fast[slow] = _parse_dates_slow(t[slow])
    bad = fast.isna() & (t != "")
    probs.add(bad.to_numpy(), "founded", t, "not a date")
    out = fast.dt.strftime("%Y-%m-%d").astype(object)
    return out.where(fast.notna(), None)


def _parse_dates_slow(t: pd.Series) -> pd.Series:
    parts = t.str.extract(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
    compact = t.str.extract(r"^(\d{4})(\d{2})(\d{2})$")
    parts = parts.fillna(compact)
    year_only = t.str.extract(r"^(\d{4})年?$")[0]
    parts[0] = parts[0].fillna(year_only)
    parts[1] = parts[1].where(parts[1].notna() | year_only.isna(), "1")
    parts[2] = parts[2].where(parts[2].notna() | year_only.isna(), "1")
    iso = parts[0] + "-" + parts[1].str.zfill(2) + "-" + parts[2].str.zfill(2)
    return pd.to_datetime(iso, format="%Y-%m-%d", errors="coerce")
