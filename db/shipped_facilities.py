"""Load the policy's indicative facilities (resources/facilities) into a project.

The demo project gets them when it is written; a planner's own project (new, or
migrated to schema v4, whose ``facilities`` table starts empty) gets them with
``python main.py load-facilities PROJECT``. One store action: all or nothing.
"""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import pandas as pd

from db import schema

SOURCE = "resources/facilities"


def facilities_for_schema(facilities: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return the shipped facilities with the ``facilities`` table's columns.

    GDAL reads ``source_date`` as a date; the table stores ISO text.
    """
    out = facilities.copy()
    if pd.api.types.is_datetime64_any_dtype(out.get("source_date")):
        text = out["source_date"].dt.strftime("%Y-%m-%d")
        out["source_date"] = text.astype(object).where(out["source_date"].notna(), None)
    keep = [c for c in schema.attribute_columns("facilities") if c in out]
    return out[[*keep, out.geometry.name]]


class FacilitiesPresentError(Exception):
    """The project already holds facilities and replacing was not asked for."""


def load_shipped_facilities(store: Any, user: str, replace: bool = False) -> int:
    """Insert the shipped facilities into ``store``; return how many.

    Parameters
    ----------
    store : ProjectStore
        An open, writable project store (schema v4 or later).
    user : str
        Written to the audit log.
    replace : bool
        Delete the project's facilities first; otherwise a project that has
        any raises :class:`FacilitiesPresentError` and nothing is written.
    """
    import resources

    frame = facilities_for_schema(resources.load_facilities())
    with store.action(user, "Load the policy's facilities (示意)"):
        existing = store.read_table("facilities")
        if len(existing) and not replace:
            raise FacilitiesPresentError(
                f"the project already has {len(existing)} facilities; "
                "use --replace to load the shipped ones instead"
            )
        if len(existing):
            store.delete_features("facilities", existing.index.tolist(), user)
        store.insert_features("facilities", frame, user, source=SOURCE)
    return len(frame)
