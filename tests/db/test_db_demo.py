"""The demo project: deterministic, valid for GDAL, loadable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.check import check_project
from db.project_io import load_project
from db.store import ProjectStore


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def test_demo_project_is_deterministic_and_valid(tmp_path: Path) -> None:
    from db.demo_project import write_demo_project

    a = write_demo_project(tmp_path / "a.gpkg", seed=7, n_enterprises=1500)
    b = write_demo_project(tmp_path / "b.gpkg", seed=7, n_enterprises=1500)
    assert _dump(a) == _dump(b)
    report = check_project(a)
    assert report.ok, report.lines
    with ProjectStore.open(a, read_only=True) as store:
        project = load_project(store)
        assert project.find("enterprises").feature_count == 1500
        assert project.find("zgc_parks").feature_count > 0
        assert project.find("basemap").feature_count > 0
        assert len(project.bookmarks) == 3
        zones = store.read_table("zones")
        assert zones["boundary_status"].isin(["indicative", "official"]).all()
        assert (zones["updated_at"] == "2026-01-01T00:00:00.000Z").all()
