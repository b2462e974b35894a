"""Catalogue editions in the project: store a loaded file, read them back.

Editions are versioned like rules: loading a file adds new rows to
``zp_catalogue_editions`` / ``zp_catalogue_rows`` (the newest load of an edition
is the one in force; older loads stay, so saved evaluations reproduce) and one
audit entry naming the file, its sha256, the rows and the planner's note. A
project without any edition records the shipped sample (待核实) on first use.
"""

from __future__ import annotations

from typing import Any, SupportsInt, cast

import pandas as pd

from db import audit
from db.store_api import Store
from layers.cases.catalogue_io import sample_catalogue
from layers.cases.catalogue_model import Catalogue, CatalogueEdition, CatalogueRow
from layers.cases.conditions import parse_conditions


def save_editions(
    store: Store, editions: list[CatalogueEdition], user: str
) -> list[int]:
    """Store loaded editions in ONE action (audited); return their new ids."""
    ids: list[int] = []
    with store.action(user, "Load catalogue") as tx:
        for ed in editions:
            meta = pd.DataFrame([_edition_record(ed, tx.now, user)])
            (eid,) = store.insert_features("zp_catalogue_editions", meta, user)
            rows = pd.DataFrame([_row_record(int(eid), r) for r in ed.rows])
            store.insert_features("zp_catalogue_rows", rows, user)
            audit.write_summary(
                tx.cursor,
                tx.now,
                user,
                f"catalogue edition {ed.edition} loaded",
                "zp_catalogue_editions",
                {
                    "id": int(eid),
                    "edition": ed.edition,
                    "status": ed.status,
                    "file": ed.file_name,
                    "sha256": ed.file_sha256,
                    "rows": len(ed.rows),
                    "in_force_from": ed.in_force_from,
                    "in_force_to": ed.in_force_to,
                    "note": ed.note,
                },
            )
            ids.append(int(eid))
    return ids


def _edition_record(ed: CatalogueEdition, now: str, user: str) -> dict[str, Any]:
    return {
        "edition": ed.edition,
        "title": ed.title or None,
        "in_force_from": ed.in_force_from,
        "in_force_to": ed.in_force_to or None,
        "status": ed.status,
        "source": ed.source or None,
        "file_name": ed.file_name or None,
        "file_sha256": ed.file_sha256 or None,
        "row_count": len(ed.rows),
        "loaded_at": now,
        "loaded_by": user,
        "note": ed.note or None,
    }


def _row_record(eid: int, r: CatalogueRow) -> dict[str, Any]:
    return {
        "edition_id": eid,
        "row_no": r.row_no,
        "row_key": r.row_key,
        "area_name": r.area_name,
        "area_adcodes": ";".join(r.area_adcodes) or None,
        "area_wkt": r.area_wkt or None,
        "area_indicative": int(r.area_indicative),
        "gbt4754_prefix": r.gbt4754_prefix or None,
        "conditions": r.conditions_text or None,
        "level": r.level,
        "text_zh": r.text_zh,
        "text_en": r.text_en or None,
        "valid_from": r.valid_from or None,
        "valid_to": r.valid_to or None,
        "source": r.source or None,
        "verified": int(r.verified),
    }


def _s(v: Any) -> str:
    return (
        "" if v is None or (isinstance(v, float) and v != v) or v is pd.NA else str(v)
    )


def load_catalogue(store: Store) -> Catalogue:
    """Return every edition stored in the project (each load, with its rows)."""
    eds = store.read_table("zp_catalogue_editions")
    if eds.empty:
        return Catalogue()
    rows = store.read_table("zp_catalogue_rows")
    by_ed: dict[int, list[CatalogueRow]] = {}
    for _, r in rows.sort_values(["edition_id", "row_no"]).iterrows():
        by_ed.setdefault(int(r["edition_id"]), []).append(
            CatalogueRow(
                row_key=_s(r["row_key"]),
                row_no=int(r["row_no"] or 0),
                area_name=_s(r["area_name"]),
                level=_s(r["level"]),
                text_zh=_s(r["text_zh"]),
                area_adcodes=tuple(a for a in _s(r["area_adcodes"]).split(";") if a),
                area_wkt=_s(r["area_wkt"]),
                area_indicative=bool(int(r["area_indicative"] or 0)),
                gbt4754_prefix=_s(r["gbt4754_prefix"]),
                conditions=parse_conditions(_s(r["conditions"])),
                text_en=_s(r["text_en"]),
                valid_from=_s(r["valid_from"]),
                valid_to=_s(r["valid_to"]),
                source=_s(r["source"]),
                verified=bool(int(r["verified"] or 0)),
            )
        )
    out = []
    for eid, e in eds.iterrows():
        edition_id = int(cast(SupportsInt, eid))  # the integer primary key
        out.append(
            CatalogueEdition(
                edition=_s(e["edition"]),
                in_force_from=_s(e["in_force_from"]),
                rows=tuple(by_ed.get(edition_id, [])),
                status=_s(e["status"]),
                title=_s(e["title"]),
                in_force_to=_s(e["in_force_to"]),
                source=_s(e["source"]),
                id=edition_id,
                file_name=_s(e["file_name"]),
                file_sha256=_s(e["file_sha256"]),
                loaded_at=_s(e["loaded_at"]),
                loaded_by=_s(e["loaded_by"]),
                note=_s(e["note"]),
            )
        )
    return Catalogue(tuple(out))


def project_catalogue(
    store: Store | None,
    condition_fields: frozenset[str],
    user: str = "system",
    record: bool = True,
) -> Catalogue:
    """Return the project's catalogue, recording the shipped sample if it has none.

    Without a store (or read-only and empty), the shipped sample (no ids).
    ``record=False`` (a role that may not load catalogues) never writes: the
    sample is returned instead.
    """
    if store is None:
        return sample_catalogue(condition_fields)
    cat = load_catalogue(store)
    if cat.editions:
        return cat
    sample = sample_catalogue(condition_fields)
    if store.read_only or not record:
        return sample
    save_editions(store, list(sample.editions), user)
    return load_catalogue(store)
