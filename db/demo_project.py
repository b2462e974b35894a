"""Write the demo project: shipped basemap and zones, synthetic enterprises/cases.

Deterministic: the same seed gives the same table contents, timestamps
included (the store runs on a fixed clock), so the demo can be regenerated
and compared.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import geopandas as gpd
import pandas as pd

from db import schema
from db.project_io import DEMO_BOOKMARKS
from db.shipped_facilities import facilities_for_schema
from db.store import ProjectStore
from layers.demo import DEMO_SEED

DEMO_USER = "zoneplanner-demo"
DEMO_TIME = "2026-01-01T00:00:00.000Z"


def write_demo_project(
    path: str | Path,
    seed: int = DEMO_SEED,
    n_enterprises: int = 20000,
    overwrite: bool = True,
) -> Path:
    """Create the demo project file at ``path`` and return its path.

    Parameters
    ----------
    path : str or Path
        Where to write the ``.gpkg``; replaced if it exists and ``overwrite``.
    seed : int
        Seed of the synthetic enterprises and cases.
    n_enterprises : int
        Number of synthetic enterprise points.
    overwrite : bool
        Replace an existing file.
    """
    import resources
    from db.catalogue_store import save_editions
    from layers.cases.catalogue_io import sample_catalogue
    from layers.cases.rules import load_rules
    from layers.demo.case_register import build_demo_cases
    from layers.demo.case_regulatory import build_demo_regulatory
    from layers.demo.enterprise_register import build_demo_enterprises

    path = Path(path)
    basemap = resources.load_basemap()
    zones = zones_for_schema(resources.load_zones())
    enterprises = build_demo_enterprises(zones, basemap, n_enterprises, seed)
    cases = build_demo_cases(zones, basemap, enterprises, seed)
    with ProjectStore.create(path, overwrite=overwrite, clock=lambda: DEMO_TIME) as st:
        with st.action(DEMO_USER, "Create demo project"):
            st.insert_features(
                "basemap", basemap, DEMO_USER, source="resources/basemap"
            )
            st.insert_features("zones", zones, DEMO_USER, source="resources/zones")
            fids = st.insert_features(
                "enterprises", enterprises, DEMO_USER, source=f"synthetic seed {seed}"
            )
            cases = _link_cases(cases, enterprises, fids)
            st.insert_features("conversion_cases", cases, DEMO_USER, source="demo")
            st.insert_features(
                "facilities",
                facilities_for_schema(resources.load_facilities()),  # 示意
                DEMO_USER,
                source="resources/facilities",
            )
            # 示例 control indicators: only in the demo project, flagged synthetic.
            st.insert_features(
                "regulatory_parcels",
                build_demo_regulatory(cases),
                DEMO_USER,
                source="demo 控规 parcels (示例)",
            )
            sample = sample_catalogue(load_rules().inputs("R4"))
            save_editions(st, list(sample.editions), DEMO_USER)
            st.write_settings(
                {
                    "display_epsg": 4548,
                    "bookmarks": [b.to_dict() for b in DEMO_BOOKMARKS],
                    "demo": {"seed": seed, "n_enterprises": n_enterprises},
                },
                DEMO_USER,
            )
    return path


def zones_for_schema(zones: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Map the shipped zones' columns onto the ``zones`` table.

    Dates become ISO date strings; columns the table lacks (e.g. the
    ``target_area_km2`` of the reference list) are folded into ``remarks``
    so nothing shipped is silently lost.
    """
    out = _iso_dates(zones, ("source_date", "effective_from", "effective_to"))
    known = set(schema.attribute_columns("zones")) | {out.geometry.name}
    extra = [c for c in out.columns if c not in known]
    for c in extra:
        note = c + ": " + out[c].astype(str)
        has = out[c].notna()
        rem = out.get("remarks", pd.Series("", index=out.index)).fillna("")
        out["remarks"] = rem.where(~has, (rem + " | " + note).str.strip(" |"))
    return out.drop(columns=extra)


def _iso_dates(frame: gpd.GeoDataFrame, columns: tuple[str, ...]) -> gpd.GeoDataFrame:
    """Return a copy with date columns as ISO text (GDAL may read them as dates)."""
    out = frame.copy()
    for c in columns:
        if c in out and pd.api.types.is_datetime64_any_dtype(out[c]):
            text = out[c].dt.strftime("%Y-%m-%d")
            out[c] = text.astype(object).where(out[c].notna(), None)
    if "extent_year" in out:
        out["extent_year"] = out["extent_year"].astype("Int64")
    return out


def _link_cases(
    cases: gpd.GeoDataFrame, enterprises: gpd.GeoDataFrame, fids: Iterable[int]
) -> gpd.GeoDataFrame:
    """Point each case at the enterprise with the applicant's credit code."""
    if "credit_code" not in enterprises or "applicant_credit_code" not in cases:
        return cases
    lookup = dict(zip(enterprises["credit_code"].tolist(), list(fids), strict=False))
    out = cases.copy()
    linked = out["applicant_credit_code"].map(lookup)
    if "enterprise_fid" in out:
        linked = linked.where(linked.notna(), out["enterprise_fid"])
    out["enterprise_fid"] = linked.astype("Int64")
    return out
