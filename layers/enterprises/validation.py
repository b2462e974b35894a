"""Row validation helpers for the importer: problem list, coordinates, dates."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from layers.enterprises.assignment import assign_districts
from layers.enterprises.mapping import clean_numbers

#: Beijing–Tianjin–Hebei bounding box (lon/lat, EPSG:4490), slightly padded.
STUDY_BBOX = (113.2, 35.9, 120.0, 42.8)
#: Words planners write in a per-row coordinate column -> parse_crs_spec text.
SOURCE_ALIASES = {
    "高德": "gcj02",
    "腾讯": "gcj02",
    "火星": "gcj02",
    "gcj": "gcj02",
    "百度": "bd09",
    "bd": "bd09",
    "gps": "wgs84",
    "wgs": "wgs84",
    "国家2000": "cgcs2000",
    "2000": "cgcs2000",
    "cgcs": "cgcs2000",
}
PROBLEM_COLUMNS = ["row", "field", "value", "reason", "severity"]


class Problems:
    """Collect problems per body row; ``rows`` are the user's row numbers."""

    def __init__(self, rows: np.ndarray) -> None:
        self.rows = np.asarray(rows, dtype=np.int64)
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
        self, row: int, fld: str, value: Any, reason: str, severity: str = "skipped"
    ) -> None:
        """Record one non-error note (e.g. a duplicate that was skipped)."""
        self._parts.append(
            pd.DataFrame(
                {
                    "row": [row],
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


def source_spec(text: str) -> str:
    """Return a ``parse_crs_spec`` text for a user's coordinate-system label."""
    t = str(text).strip().lower()
    for word, spec in SOURCE_ALIASES.items():
        if t.startswith(word):
            return spec
    return t


def storage_label(src: Any) -> str:
    """Return the ``coord_source`` value stored for a CoordSource."""
    if src.kind == "epsg":
        return {4326: "wgs84", 4490: "cgcs2000"}.get(src.epsg, f"EPSG:{src.epsg}")
    return src.kind


def row_sources(
    col: dict[str, pd.Series], default: str, probs: Problems
) -> tuple[pd.Series, dict[str, Any]]:
    """Return each row's source spec text and the parsed CoordSource per spec."""
    from geo.crs import parse_crs_spec

    per_row = col["coord_source"].where(col["coord_source"] != "", default)
    spec = per_row.map({v: source_spec(v) for v in per_row.unique()})
    parsed: dict[str, Any] = {}
    for s in spec.unique():
        try:
            parsed[s] = parse_crs_spec(s)
        except ValueError:
            parsed[s] = None
    unknown = spec.map(lambda s: parsed[s] is None).to_numpy(bool)
    probs.add(unknown, "coord_source", per_row, "unknown coordinate system")
    return spec, parsed


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
    col: dict[str, pd.Series], opts: Any, probs: Problems, basemap: Any = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Convert x/y columns to EPSG:4490, validate, detect swapped axes.

    Returns lon, lat (NaN where bad), the stored coord_source label and the
    district adcode per row.
    """
    from geo.crs import to_storage

    if basemap is None:
        import resources

        basemap = resources.load_basemap()
    x = clean_numbers(col["lon"]).to_numpy(float)
    y = clean_numbers(col["lat"]).to_numpy(float)
    for fld, v, s in (("lon", x, col["lon"]), ("lat", y, col["lat"])):
        probs.add(np.isnan(v) & (s == "").to_numpy(), fld, s, "empty")
        probs.add(np.isnan(v) & (s != "").to_numpy(), fld, s, "not a number")
    spec, parsed = row_sources(col, opts.coords, probs)
    n = x.size
    lon, lat = np.full(n, np.nan), np.full(n, np.nan)
    slon, slat = np.full(n, np.nan), np.full(n, np.nan)
    label = np.full(n, "", dtype=object)
    spec_arr = spec.to_numpy(object)
    with np.errstate(all="ignore"):
        for s, src in parsed.items():
            if src is None:
                continue
            m = spec_arr == s
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
        probs.add(
            swapped,
            "lon/lat",
            shown,
            "longitude and latitude swapped; fixed",
            "warning",
        )
    else:
        probs.add(
            swapped,
            "lon/lat",
            shown,
            "longitude and latitude look swapped (the values fit the other way round)",
        )
    outside = cand & ~swapped
    probs.add(
        outside, "lon/lat", shown, "outside the study region (Beijing–Tianjin–Hebei)"
    )
    return lon, lat, label, code


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
