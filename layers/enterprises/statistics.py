"""Producer-service statistics by zone, district and zone kind (seed (二十五)).

All functions take plain frames and return new sortable DataFrames; nothing
here draws or writes. Densities are per km² of the unit's geodesic area on the
CGCS2000 ellipsoid (geo.measure), so units in different GK zones compare fairly.
An enterprise inside two zones counts in both zones but once in their kind.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from geo.measure import geodesic_areas_m2
from layers.enterprises.assignment import zone_membership

CATEGORIES = [f"{i:02d}" for i in range(1, 11)]
BY_CHOICES = ("zone", "district", "kind")
#: Statistics a choropleth can use (column -> Chinese label).
STAT_LABELS = {
    "count": "企业数",
    "employees": "从业人员",
    "revenue_wan": "营业收入(万元)",
    "density_per_km2": "企业密度(家/km²)",
    "employees_per_km2": "从业人员密度(人/km²)",
    "revenue_wan_per_km2": "收入密度(万元/km²)",
}


def _aggregate(keys: pd.Series, ent: pd.DataFrame) -> pd.DataFrame:
    """Return count, sums and per-category counts per key (keys aligned to rows)."""
    df = pd.DataFrame(
        {
            "key": keys.to_numpy(),
            "employees": pd.to_numeric(ent["employees"], errors="coerce")
            .fillna(0)
            .to_numpy(float),
            "revenue_wan": pd.to_numeric(ent["revenue_wan"], errors="coerce")
            .fillna(0)
            .to_numpy(float),
            "category": ent["category"].astype(str).to_numpy(),
        }
    )
    g = df.groupby("key", sort=True)
    out = pd.DataFrame(
        {
            "count": g.size(),
            "employees": g["employees"].sum(),
            "revenue_wan": g["revenue_wan"].sum(),
        }
    )
    cats = pd.crosstab(df["key"], df["category"]).reindex(columns=CATEGORIES)
    cats = cats.fillna(0).astype(np.int64)
    cats.columns = [f"n_{c}" for c in CATEGORIES]
    return out.join(cats)


def _finish(units: pd.DataFrame, agg: pd.DataFrame) -> pd.DataFrame:
    """Join unit attributes (index = key, with area_km2) and add shares/densities."""
    out = units.join(agg, how="left")
    num = ["count", "employees", "revenue_wan", *[f"n_{c}" for c in CATEGORIES]]
    out[num] = out[num].fillna(0)
    out["count"] = out["count"].astype(np.int64)
    for c in CATEGORIES:
        out[f"n_{c}"] = out[f"n_{c}"].astype(np.int64)
        with np.errstate(invalid="ignore", divide="ignore"):
            out[f"share_{c}"] = np.where(
                out["count"] > 0, out[f"n_{c}"] / out["count"].clip(lower=1), 0.0
            )
    area = out["area_km2"].to_numpy(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        for col, name in (
            ("count", "density_per_km2"),
            ("employees", "employees_per_km2"),
            ("revenue_wan", "revenue_wan_per_km2"),
        ):
            out[name] = np.where(area > 0, out[col].to_numpy(float) / area, np.nan)
    out.index.name = "key"
    return out


def _areas_km2(geoms: Any) -> np.ndarray:
    return geodesic_areas_m2(np.asarray(geoms, dtype=object)) / 1e6


def stats_by_zone(ent: pd.DataFrame, zones: Any) -> pd.DataFrame:
    """Return one row per zone (index = zone code), zones without firms included.

    Parameters
    ----------
    ent : pandas.DataFrame
        Enterprises with ``zone_codes``, ``category``, ``employees``, ``revenue_wan``.
    zones : geopandas.GeoDataFrame
        ``code``, ``name_zh``, ``kind``, ``boundary_status``, polygons (EPSG:4490).
    """
    mem = zone_membership(ent["zone_codes"])
    agg = _aggregate(mem["zone_code"], ent.loc[mem["row"]])
    cols = [c for c in ("name_zh", "kind", "boundary_status") if c in zones]
    units = pd.DataFrame(
        zones[cols].to_numpy(), columns=cols, index=zones["code"].astype(str).to_numpy()
    )
    units["area_km2"] = _areas_km2(zones.geometry.values)
    return _finish(units, agg)


def stats_by_kind(ent: pd.DataFrame, zones: Any) -> pd.DataFrame:
    """Return one row per zone kind; area = the union of that kind's zones."""
    import shapely

    mem = zone_membership(ent["zone_codes"])
    kind_of = dict(
        zip(zones["code"].astype(str), zones["kind"].astype(str), strict=False)
    )
    mem["kind"] = mem["zone_code"].map(kind_of)
    mem = mem.dropna(subset=["kind"]).drop_duplicates(subset=["row", "kind"])
    agg = _aggregate(mem["kind"], ent.loc[mem["row"]])
    kinds = sorted(zones["kind"].astype(str).unique())
    geoms = [
        shapely.union_all(
            zones.geometry.values[zones["kind"].astype(str).to_numpy() == k]
        )
        for k in kinds
    ]
    units = pd.DataFrame({"name_zh": kinds}, index=kinds)
    try:
        from layers.layer_specs import KIND_NAMES_ZH

        units["name_zh"] = [KIND_NAMES_ZH.get(k, k) for k in kinds]
    except ImportError:  # pragma: no cover
        pass
    status = (
        zones.groupby(zones["kind"].astype(str))["boundary_status"].agg(
            lambda s: (
                "official" if (s.astype(str) == "official").all() else "indicative"
            )
        )
        if "boundary_status" in zones
        else None
    )
    if status is not None:
        units["boundary_status"] = status.reindex(kinds).to_numpy()
    units["n_zones"] = (
        zones["kind"].astype(str).value_counts().reindex(kinds).to_numpy()
    )
    units["area_km2"] = _areas_km2(geoms)
    return _finish(units, agg)


def stats_by_district(
    ent: pd.DataFrame, basemap: Any, levels: tuple[str, ...] = ("district", "city")
) -> pd.DataFrame:
    """Return one row per basemap district/city holding enterprises (or in Beijing)."""
    bm = basemap[basemap["level"].isin(levels)].copy()
    bm["adcode"] = bm["adcode"].astype(str)
    keys = ent["district_adcode"].fillna("").astype(str)
    agg = _aggregate(keys, ent)
    agg = agg[agg.index != ""]
    keep = bm["adcode"].str.startswith("11") | bm["adcode"].isin(agg.index)
    bm = bm[keep]
    units = pd.DataFrame(
        {"name_zh": bm["name_zh"].to_numpy(), "level": bm["level"].to_numpy()},
        index=bm["adcode"].to_numpy(),
    )
    units["boundary_status"] = "official"
    units["area_km2"] = _areas_km2(bm.geometry.values)
    return _finish(units, agg)


def compute_stats(
    ent: pd.DataFrame, by: str, zones: Any = None, basemap: Any = None
) -> pd.DataFrame:
    """Dispatch on ``by`` in ``('zone', 'district', 'kind')``."""
    if by == "zone":
        return stats_by_zone(ent, zones)
    if by == "kind":
        return stats_by_kind(ent, zones)
    if by == "district":
        return stats_by_district(ent, basemap)
    raise ValueError(f"unknown grouping {by!r}; use one of {BY_CHOICES}")


def compare_units(stats: pd.DataFrame, key_a: str, key_b: str) -> pd.DataFrame:
    """Return a metric-by-unit table for two rows of ``stats`` plus a difference."""
    metrics = [
        "area_km2",
        "count",
        "employees",
        "revenue_wan",
        "density_per_km2",
        "employees_per_km2",
        "revenue_wan_per_km2",
        *[f"share_{c}" for c in CATEGORIES],
    ]
    a, b = stats.loc[key_a, metrics], stats.loc[key_b, metrics]
    out = pd.DataFrame({key_a: a.astype(float), key_b: b.astype(float)})
    out["difference"] = out[key_a] - out[key_b]
    out.index.name = "metric"
    return out


def category_table(stats: pd.DataFrame, shares: bool = False) -> pd.DataFrame:
    """Return units x categories (counts or shares) for stacked bar charts."""
    prefix = "share_" if shares else "n_"
    t = stats[[f"{prefix}{c}" for c in CATEGORIES]].copy()
    t.columns = CATEGORIES
    return t


def regroup_to_sectors(counts: pd.DataFrame) -> pd.DataFrame:
    """Return units x sectors from units x categories ('01'..'10' columns).

    Each category's column is added to its sector by the shipped crosswalk
    (resources/reference/ps_sector_crosswalk.csv, seed (一)/(四)).
    """
    from layers.enterprises.ps_categories import SECTORS, sector_of_category

    sector = sector_of_category()
    out = pd.DataFrame(0, index=counts.index, columns=list(SECTORS), dtype=np.int64)
    for code in CATEGORIES:
        if code in counts:
            out[sector[code]] += counts[code].to_numpy(np.int64)
    return out


def sector_table(stats: pd.DataFrame, shares: bool = False) -> pd.DataFrame:
    """Return units x the policy's five sectors (+ other), from category counts.

    Each category's count goes to its sector by the shipped crosswalk
    (resources/reference/ps_sector_crosswalk.csv, seed (一)/(四)); with
    ``shares`` the counts are divided by the unit's total (0 where empty).
    Columns are sector keys in :data:`ps_categories.SECTORS` order.
    """
    out = regroup_to_sectors(category_table(stats))
    if not shares:
        return out
    total = out.sum(axis=1).to_numpy(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        frac = np.where(total[:, None] > 0, out.to_numpy(float) / total[:, None], 0.0)
    return pd.DataFrame(frac, index=out.index, columns=out.columns)


def sector_totals(ent: pd.DataFrame) -> pd.DataFrame:
    """Return count, employees and revenue per sector over all enterprises."""
    from layers.enterprises.ps_categories import SECTORS, sector_of_category

    keys = ent["category"].astype(str).map(sector_of_category())
    agg = _aggregate(keys.fillna(""), ent)[["count", "employees", "revenue_wan"]]
    return agg.reindex(list(SECTORS)).fillna(0)


def category_totals(ent: pd.DataFrame) -> pd.DataFrame:
    """Return count, employees and revenue per category over all enterprises."""
    agg = _aggregate(ent["category"].astype(str), ent)[
        ["count", "employees", "revenue_wan"]
    ]
    return agg.reindex(CATEGORIES).fillna(0)


def boundary_note(zones: Any) -> str:
    """Return the boundary-status note for exhibits ('示意范围' if any indicative)."""
    if zones is None or "boundary_status" not in zones:
        return ""
    st = zones["boundary_status"].astype(str)
    if (st == "official").all():
        return "区域边界: 正式范围 (official)"
    return "区域边界: 示意范围 (indicative boundaries; areas and densities approximate)"


def source_note(ent: pd.DataFrame, settings: dict[str, Any] | None = None) -> str:
    """Return the data-source line: synthetic demo data and/or imported files."""
    n = len(ent)
    flags = ent["synthetic"] if "synthetic" in ent else pd.Series(0, index=ent.index)
    syn = int(pd.to_numeric(flags, errors="coerce").fillna(0).sum())
    parts = []
    if syn:
        parts.append(f"合成示例数据 synthetic demo data ({syn} of {n} rows)")
    files = [
        s.get("file", "?")
        for s in (settings or {}).get("enterprises.import_sources", [])
    ]
    if n - syn:
        parts.append(
            f"导入 imported ({n - syn} rows"
            + (f"; files: {', '.join(dict.fromkeys(files))}" if files else "")
            + ")"
        )
    return "; ".join(parts) or "no enterprises"
