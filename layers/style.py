"""Layer styles: single symbol, categorised and graduated; JSON-serialisable.

A style turns a layer's attribute table into one colour index per feature
(:meth:`LayerStyle.class_indices`), vectorised, so renderers group features by
class and draw each group with one pen and brush.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from dataclasses import field as dc_field
from typing import Any

import numpy as np
import pandas as pd

#: Producer-service categories 01-10 (shared/domain/producer_services_2019.csv).
CATEGORY_COLORS: dict[str, str] = {
    "01": "#1f77b4",
    "02": "#8c564b",
    "03": "#17becf",
    "04": "#d62728",
    "05": "#2ca02c",
    "06": "#bcbd22",
    "07": "#ff7f0e",
    "08": "#9467bd",
    "09": "#e377c2",
    "10": "#7f7f7f",
}

#: Zone kinds (DESIGN.md "The layers of the map").
KIND_COLORS: dict[str, str] = {
    "zgc_zone": "#9ecae1",
    "zgc_park": "#3182bd",
    "functional_area": "#e6550d",
    "development_area": "#756bb1",
    "science_city": "#31a354",
    "bonded_zone": "#d6616b",
    "cooperation_platform": "#c51b8a",
}

#: Sequential ramp for graduated styles (light to dark orange-red).
RAMP = ["#fff5eb", "#fdd0a2", "#fd8d3c", "#e6550d", "#a63603", "#7f2704", "#4d1702"]

GRADUATED_METHODS = ("equal", "quantile", "jenks")


@dataclass(frozen=True)
class Category:
    """One class of a categorised style."""

    value: str
    color: str
    label: str


@dataclass(frozen=True)
class GradClass:
    """One class of a graduated style: ``lower <= v <= upper``."""

    lower: float
    upper: float
    color: str
    label: str


@dataclass(frozen=True)
class LayerStyle:
    """How a layer is drawn; immutable so a command can hold before/after."""

    mode: str = "single"  # single | categorized | graduated
    field: str | None = None
    fill_color: str = "#3182bd"
    fill_alpha: float = 0.35
    outline_color: str = "#08306b"
    outline_width: float = 0.8  # points (1/72 inch), scaled by dpi
    point_size: float = 3.0  # pixels on screen; points on paper
    categories: tuple[Category, ...] = ()
    classes: tuple[GradClass, ...] = ()
    method: str = "equal"
    label_field: str | None = None
    label_size: float = 9.0
    label_color: str = "#202020"
    muted: bool = False
    extra: dict[str, Any] = dc_field(default_factory=dict)

    # --- serialisation -------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        d = asdict(self)
        d["categories"] = [asdict(c) for c in self.categories]
        d["classes"] = [asdict(c) for c in self.classes]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LayerStyle:
        """Build a style from :meth:`to_dict` output, ignoring unknown keys."""
        known = {f for f in cls.__dataclass_fields__}
        kw = {k: v for k, v in d.items() if k in known}
        kw["categories"] = tuple(Category(**c) for c in d.get("categories", ()))
        kw["classes"] = tuple(GradClass(**c) for c in d.get("classes", ()))
        kw["extra"] = dict(d.get("extra", {}))
        return cls(**kw)

    def with_(self, **changes: Any) -> LayerStyle:
        """Return a copy with ``changes`` applied."""
        return replace(self, **changes)

    # --- classification ------------------------------------------------
    def palette(self) -> list[str]:
        """Return the colour of each class index; the last entry is 'other'."""
        if self.mode == "categorized":
            return [c.color for c in self.categories] + [self.fill_color]
        if self.mode == "graduated":
            return [c.color for c in self.classes] + [self.fill_color]
        return [self.fill_color]

    def legend_entries(self) -> list[tuple[str, str]]:
        """Return ``(label, colour)`` pairs for a legend."""
        if self.mode == "categorized":
            return [(c.label, c.color) for c in self.categories]
        if self.mode == "graduated":
            return [(c.label, c.color) for c in self.classes]
        return []

    def class_indices(self, table: pd.DataFrame) -> np.ndarray:
        """Return an int array: the palette index of every row of ``table``."""
        n = len(table)
        other = len(self.palette()) - 1
        if self.mode == "single" or not self.field or self.field not in table:
            return np.zeros(n, dtype=np.int32)
        col = table[self.field]
        if self.mode == "categorized":
            lookup = {c.value: i for i, c in enumerate(self.categories)}
            codes = col.astype("string").fillna("")
            return codes.map(lookup).fillna(other).to_numpy(dtype=np.int32, copy=False)
        values = pd.to_numeric(col, errors="coerce").to_numpy(dtype=float)
        if not self.classes:
            return np.full(n, other, dtype=np.int32)
        uppers = np.array([c.upper for c in self.classes])
        idx = np.searchsorted(uppers, values, side="left").astype(np.int32)
        idx[(idx >= len(self.classes)) | np.isnan(values)] = other
        return idx


# --- scale-dependent point symbology ------------------------------------------
#: ``style.extra["density"]`` keys: below 1:``points_from_scale`` (a smaller
#: scale, a bigger denominator) the points are drawn as a density surface under
#: the zones; ``cell_px`` is its cell size in 96-dpi pixels.
DENSITY_DEFAULTS: dict[str, float] = {"points_from_scale": 75000.0, "cell_px": 8.0}


def density_settings(style: LayerStyle) -> dict[str, float] | None:
    """Return the style's density-surface settings, or None if it has none.

    Examples
    --------
    >>> density_settings(LayerStyle()) is None
    True
    >>> density_settings(LayerStyle(extra={"density": {"cell_px": 6}}))["cell_px"]
    6.0
    """
    raw = style.extra.get("density")
    if not raw:
        return None
    out = dict(DENSITY_DEFAULTS)
    out.update({k: float(v) for k, v in dict(raw).items() if k in DENSITY_DEFAULTS})
    return out


def shows_density(style: LayerStyle, scale_denominator: float) -> bool:
    """Return True if points draw as a density surface at 1:``scale_denominator``.

    Examples
    --------
    >>> style = LayerStyle(extra={"density": {"points_from_scale": 50000}})
    >>> shows_density(style, 250000), shows_density(style, 50000)
    (True, False)
    """
    settings = density_settings(style)
    return settings is not None and scale_denominator > settings["points_from_scale"]


def with_density(style: LayerStyle, points_from_scale: float | None) -> LayerStyle:
    """Return ``style`` with a density surface below 1:N (None: always points)."""
    extra = dict(style.extra)
    if points_from_scale is None:
        extra.pop("density", None)
    else:
        density = dict(extra.get("density") or {})
        density["points_from_scale"] = float(points_from_scale)
        extra["density"] = density
    return style.with_(extra=extra)


# --- label placement order -------------------------------------------------------
#: Label placement order per source table (higher first): zones and districts
#: are named before cases and points; ``style.extra["label_priority"]`` overrides.
LABEL_PRIORITY_DEFAULTS: dict[str, int] = {
    "zones": 30,
    "basemap": 20,
    "conversion_cases": 10,
}


def label_priority(style: LayerStyle, table: str | None) -> int:
    """Return the label priority of a layer (higher labels are placed first).

    Examples
    --------
    >>> label_priority(LayerStyle(), "zones"), label_priority(LayerStyle(), None)
    (30, 0)
    """
    default = LABEL_PRIORITY_DEFAULTS.get(table or "", 0)
    return int(style.extra.get("label_priority", default))


def categorized_style(
    base: LayerStyle, field_name: str, values: pd.Series, colors: dict[str, str]
) -> LayerStyle:
    """Return ``base`` categorised on ``field_name`` with one class per value."""
    uniq = sorted(str(v) for v in pd.unique(values.dropna().astype(str)))
    cycle = list(CATEGORY_COLORS.values())
    cats = tuple(
        Category(v, colors.get(v, cycle[i % len(cycle)]), v)
        for i, v in enumerate(uniq[:64])
    )
    return base.with_(mode="categorized", field=field_name, categories=cats)


def class_breaks(values: np.ndarray, n: int, method: str) -> np.ndarray:
    """Return ``n + 1`` ascending break values for a graduated style.

    Examples
    --------
    >>> class_breaks(np.arange(11.0), 2, "equal").tolist()
    [0.0, 5.0, 10.0]
    """
    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)]
    if v.size == 0:
        return np.array([0.0, 0.0])
    if method == "equal":
        return np.linspace(v.min(), v.max(), n + 1)
    if method == "quantile":
        return np.quantile(v, np.linspace(0, 1, n + 1))
    if method == "jenks":
        return _jenks(v, n)
    raise ValueError(
        f"unknown classification method {method!r}; use {GRADUATED_METHODS}"
    )


def _jenks(v: np.ndarray, n: int) -> np.ndarray:
    """Fisher-Jenks natural breaks on at most 2,000 sorted samples."""
    data = np.sort(v)
    if data.size > 2000:
        data = data[np.linspace(0, data.size - 1, 2000).astype(int)]
    m = data.size
    n = max(1, min(n, m))
    cs = np.concatenate([[0.0], np.cumsum(data)])
    cs2 = np.concatenate([[0.0], np.cumsum(data * data)])

    def ssd(i: np.ndarray, j: int) -> np.ndarray:  # rows i..j-1 inclusive of i
        cnt = j - i
        s = cs[j] - cs[i]
        return cs2[j] - cs2[i] - s * s / np.maximum(cnt, 1)

    cost = np.full((n + 1, m + 1), np.inf)
    back = np.zeros((n + 1, m + 1), dtype=int)
    cost[0, 0] = 0.0
    for k in range(1, n + 1):
        for j in range(k, m + 1):
            i = np.arange(k - 1, j)
            c = cost[k - 1, i] + ssd(i, j)
            best = int(np.argmin(c))
            cost[k, j] = c[best]
            back[k, j] = i[best]
    cuts = [m]
    for k in range(n, 0, -1):
        cuts.append(back[k, cuts[-1]])
    cuts = cuts[::-1]
    breaks = [data[0]] + [data[c - 1] for c in cuts[1:]]
    return np.array(breaks, dtype=float)


def graduated_style(
    base: LayerStyle,
    field_name: str,
    values: pd.Series,
    n: int,
    method: str,
    unit: str = "",
) -> LayerStyle:
    """Return ``base`` graduated on ``field_name`` into ``n`` classes.

    ``unit`` (e.g. "家/km²") follows each class label, so legends say what
    the numbers count.
    """
    num = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
    br = class_breaks(num, n, method)
    ramp_idx = np.linspace(0, len(RAMP) - 1, max(len(br) - 1, 1)).round().astype(int)
    classes = tuple(
        GradClass(
            float(br[i]),
            float(br[i + 1]),
            RAMP[ramp_idx[i]],
            f"{_fmt_range(br[i], br[i + 1])} {unit}".rstrip(),
        )
        for i in range(len(br) - 1)
    )
    return base.with_(
        mode="graduated", field=field_name, classes=classes, method=method
    )


def _fmt_range(lo: float, hi: float) -> str:
    def f(x: float) -> str:
        return f"{x:,.0f}" if abs(x) >= 100 else f"{x:,.2f}"

    return f"{f(lo)} – {f(hi)}"
