"""Hostile text through every write path reaches the database as data, never as SQL."""

from __future__ import annotations

from urllib.parse import quote

import pandas as pd
import pytest
from db_fixtures import make_enterprises, make_zones

from db.open_store import create_store, open_store
from db.project_io import load_project, save_project
from layers.editing.feature_commands import ChangeAttributesCommand

HOSTILE = [
    "'; DROP TABLE zones; --",
    'x"); DROP TABLE enterprises; --',
    "$$; DROP SCHEMA zoneplanner CASCADE; $$",
    "%s %(name)s {0} ? :name",
    "\\N",
    "\\.\nDROP TABLE zones;",
    "tab\there\r\nnewline\\backslash",
    "甲'乙\"丙 -- 注释 /* */",
    "<script>alert(1)</script>",
]


def _intact(store) -> None:
    for table in ("zones", "enterprises", "conversion_cases", "zp_settings"):
        store.count(table)  # every table still there


def test_injection_values_round_trip_on_every_write_path(any_store) -> None:
    n = len(HOSTILE)
    ents = make_enterprises(n, seed=5)
    ents["name"] = HOSTILE
    ents["address"] = list(reversed(HOSTILE))
    ents["credit_code"] = [f"{i}{h}" for i, h in enumerate(HOSTILE)]
    fids = any_store.insert_features("enterprises", ents, HOSTILE[0], HOSTILE[1])
    back = any_store.read_table("enterprises").loc[fids]
    assert back["name"].tolist() == HOSTILE
    assert back["address"].tolist() == list(reversed(HOSTILE))
    found = any_store.read_table("enterprises", where={"name": HOSTILE[:3]})
    assert sorted(found["name"]) == sorted(HOSTILE[:3])
    upd = back.copy()
    upd["remarks" if "remarks" in upd else "gbt4754"] = HOSTILE
    upd["name"] = [h + " v2" for h in HOSTILE]
    any_store.update_features("enterprises", upd, HOSTILE[2])
    assert any_store.read_table("enterprises").loc[fids, "name"].tolist() == [
        h + " v2" for h in HOSTILE
    ]
    any_store.write_settings({h: {"value": h} for h in HOSTILE}, HOSTILE[3])
    settings = any_store.read_settings()
    assert all(settings[h] == {"value": h} for h in HOSTILE)
    any_store.write_layouts({h: {"title": h} for h in HOSTILE}, "u")
    assert set(any_store.read_layouts()) == set(HOSTILE)
    any_store.insert_records(
        "zp_rules_versions",
        [{"version": h, "note": h, "rules_json": h} for h in HOSTILE],
        HOSTILE[4],
    )
    assert sorted(any_store.read_table("zp_rules_versions").index) == sorted(HOSTILE)
    zones = make_zones()
    zones["code"] = HOSTILE[:3]
    zones["name_zh"] = HOSTILE[3:6]
    zfids = any_store.insert_features("zones", zones, "u")
    assert any_store.delete_features("zones", zfids[:1].tolist(), HOSTILE[5]) == 1
    _intact(any_store)
    assert len(any_store.read_table("enterprises")) == 50 + n


def test_injection_through_a_project_save(any_store) -> None:
    project = load_project(any_store)
    parks = project.find("zgc_parks")
    parks.name = HOSTILE[0]  # the layer name only names the action
    fid = int(parks.gdf.index[0])
    project.open_edit_buffer(parks).push(
        ChangeAttributesCommand(
            parks, fid, {"remarks": HOSTILE[1], "source": HOSTILE[2]}
        )
    )
    project.settings[HOSTILE[6]] = HOSTILE[7]
    save_project(project, any_store, HOSTILE[3])
    zones = any_store.read_table("zones")
    assert (
        zones.loc[fid, "remarks"] == HOSTILE[1]
        and zones.loc[fid, "source"] == HOSTILE[2]
    )
    assert any_store.read_settings()[HOSTILE[6]] == HOSTILE[7]
    with pytest.raises(KeyError):
        any_store.read_table("zones; DROP TABLE zones")
    with pytest.raises(KeyError):
        any_store.read_table("zones", where={"code; DROP TABLE zones": ["x"]})
    _intact(any_store)


def test_injection_hostile_schema_name_is_just_a_name(pg_url: str) -> None:
    evil = 'evil"; DROP SCHEMA public CASCADE; --'
    with create_store(f"{pg_url}&schema={quote(evil)}") as store:
        store.insert_features("zones", make_zones(), "u")
        assert store.target.schema == evil
    with create_store(pg_url) as plain:  # the default schema is untouched
        plain.insert_features("zones", make_zones(), "u")
    with open_store(f"{pg_url}&schema={quote(evil)}") as store:
        assert store.count("zones") == 3
        assert pd.Series(store.read_table("zones")["code"]).is_unique
    with pytest.raises(ValueError):
        create_store(f"{pg_url}&schema=pg_catalog")
