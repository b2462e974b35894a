"""Zones "as of" a date: effective dates plus the saved versions in the audit log.

Two clocks decide what a zone looked like on a date D:

- **valid time**: a zone is in force from ``effective_from`` to
  ``effective_to`` (ISO dates; ``YYYY`` and ``YYYY-MM`` are accepted, a start
  counts from the first day of its period and an end up to the last day;
  blank = open). Zones not in force on D are left out.
- **record time**: the audit log (``zp_audit_log``) holds every saved version of
  a zone (``after_json`` of inserts/updates, ``before_json`` of deletes, with
  geometry as WKT). The version used is the latest saved on or before D; a zone
  deleted on or before D is gone. A date before the first saved version sees
  the first version the record holds: the file cannot know older shapes.

The effective dates are read from the chosen version, so an edit that ended a
zone is honoured from when it was saved. Nothing here touches Qt or the store:
the caller passes the zones frame and the audit rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from layers.zones.zone_fields import date_bound, kind_from_text

#: Audit actions that carry a saved version in ``after_json``.
_SAVES = ("insert", "update")
VERSION_COLUMN = "version_saved_at"


@dataclass(frozen=True)
class EffectiveRanges:
    """Each row's first and last day in force (``datetime64[D]``, NaT = open).

    Parsed once from ``effective_from``/``effective_to`` (see the module
    docstring); asking about a date is then a vectorised comparison, so a
    caller that asks for many dates (every case's application date) parses
    the texts only once.

    >>> df = pd.DataFrame({"effective_from": ["2016-11-22"], "effective_to": [None]})
    >>> r = EffectiveRanges.of(df)
    >>> [bool(r.in_force(date(2016, 11, d))[0]) for d in (21, 22)]
    [False, True]
    """

    start: np.ndarray
    end: np.ndarray

    @classmethod
    def of(cls, frame: pd.DataFrame) -> EffectiveRanges:
        """Return the ranges of ``frame``'s rows (missing columns: open)."""
        n = len(frame)
        starts = frame["effective_from"] if "effective_from" in frame else [None] * n
        ends = frame["effective_to"] if "effective_to" in frame else [None] * n
        lo = [date_bound(_text(a)) for a in starts]
        hi = [date_bound(_text(b), end=True) for b in ends]
        return cls(_days(lo), _days(hi))

    def in_force(self, on: date) -> np.ndarray:
        """Return a boolean mask: rows whose range covers ``on``."""
        out: np.ndarray = ~(self.not_yet(on) | self.ended(on))
        return out

    def not_yet(self, on: date) -> np.ndarray:
        """Return a boolean mask: rows that come into force after ``on``."""
        day = np.datetime64(on, "D")
        out: np.ndarray = ~np.isnat(self.start) & (day < self.start)
        return out

    def ended(self, on: date) -> np.ndarray:
        """Return a boolean mask: rows whose last day in force is before ``on``."""
        day = np.datetime64(on, "D")
        out: np.ndarray = ~np.isnat(self.end) & (self.end < day)
        return out


def _days(values: list[date | None]) -> np.ndarray:
    return np.array(
        [np.datetime64("NaT") if v is None else np.datetime64(v, "D") for v in values],
        dtype="datetime64[D]",
    )


def in_force(frame: pd.DataFrame, on: date) -> np.ndarray:
    """Return a boolean mask: rows whose effective range covers ``on``.

    >>> df = pd.DataFrame({"effective_from": ["2012", None, "2020-01-01"],
    ...                    "effective_to": [None, "2015-06", None]})
    >>> in_force(df, date(2016, 6, 29)).tolist()
    [True, False, False]
    """
    return EffectiveRanges.of(frame).in_force(on)


def _text(v: Any) -> Any:
    if isinstance(v, pd.Timestamp | date):
        return v.strftime("%Y-%m-%d")
    return v


def _stamp(on: date) -> str:
    """Return the last audit timestamp of day ``on`` (ISO, compares as text)."""
    return f"{on.isoformat()}T23:59:59.999Z"


def versions_as_of(history: pd.DataFrame, on: date) -> dict[int, dict[str, Any] | None]:
    """Return ``{fid: version dict or None (deleted)}`` from zone audit rows.

    ``history`` has ``at``, ``action``, ``row_fid``, ``before_json``,
    ``after_json`` (rows of other tables or without a fid are ignored by the
    caller). The dict carries ``version_saved_at``.
    """
    rows = history[history["row_fid"].notna()].copy()
    rows["row_fid"] = rows["row_fid"].astype(np.int64)
    rows = rows.sort_values(["row_fid", "at"], kind="stable")
    cut = _stamp(on)
    out: dict[int, dict[str, Any] | None] = {}
    for key, group in rows.groupby("row_fid", sort=False):
        fid = int(cast(np.int64, key))  # the keys of the int64 row_fid column
        past = group[group["at"].astype(str) <= cut]
        pick = past.iloc[-1] if len(past) else group.iloc[0]
        if len(past) and pick["action"] == "delete":
            out[fid] = None
            continue
        raw = pick["after_json"] if pick["action"] in _SAVES else pick["before_json"]
        if len(past) == 0 and pick["action"] == "update":
            raw = pick["before_json"]  # the oldest version we hold
        if not isinstance(raw, str):
            continue
        version = json.loads(raw)
        version[VERSION_COLUMN] = str(pick["at"])
        out[fid] = version
    return out


def zones_as_of(
    zones: gpd.GeoDataFrame, on: date | str, history: pd.DataFrame | None = None
) -> gpd.GeoDataFrame:
    """Return the zones as they stood on ``on`` (see the module docstring).

    Parameters
    ----------
    zones : GeoDataFrame
        The current zones, index = fid, geometry EPSG:4490 lon/lat.
    on : date or str
        The date (``YYYY-MM-DD``; ``YYYY``/``YYYY-MM`` mean their first day).
    history : DataFrame, optional
        Audit rows of the zones table (``at``, ``action``, ``row_fid``,
        ``before_json``, ``after_json``); None uses the current rows only.

    Returns
    -------
    GeoDataFrame
        Same columns (plus ``version_saved_at``: the audit time of the version
        shown, None for an unsaved or unaudited row), index = fid, EPSG:4490.
    """
    day = on if isinstance(on, date) else date_bound(str(on))
    if day is None:
        raise ValueError(f"not a date: {on!r}")
    frame = zones.copy()
    frame[VERSION_COLUMN] = None
    if history is not None and len(history):
        frame = _apply_versions(frame, versions_as_of(history, day))
    if "kind" in frame:
        frame["kind"] = [kind_from_text(k) or k for k in frame["kind"]]
    return frame[in_force(frame, day)]


def _apply_versions(
    frame: gpd.GeoDataFrame, versions: dict[int, dict[str, Any] | None]
) -> gpd.GeoDataFrame:
    """Replace rows by their versions; drop deleted ones; add rows only in history."""
    geom_col = frame.geometry.name
    gone = [fid for fid, v in versions.items() if v is None and fid in frame.index]
    frame = frame.drop(index=gone)
    records = []
    for fid, version in versions.items():
        if version is None:
            continue
        row = {c: version[c] for c in frame.columns if c in version}
        row[VERSION_COLUMN] = version[VERSION_COLUMN]
        wkt = version.get("geom")
        row[geom_col] = shapely.from_wkt(wkt) if wkt else None
        records.append((fid, row))
    if not records:
        return frame
    fids = [fid for fid, _ in records]
    patch = pd.DataFrame(
        [r for _, r in records], index=pd.Index(fids, name=frame.index.name)
    )
    keep = frame.drop(index=[f for f in fids if f in frame.index])
    merged = pd.concat([keep, patch.reindex(columns=frame.columns)])
    out = gpd.GeoDataFrame(merged, geometry=geom_col, crs=frame.crs)
    return out.sort_index()
