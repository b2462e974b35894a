"""Fixtures for db tests: a store on a temp file."""

from __future__ import annotations

from pathlib import Path

import pytest
from db_fixtures import (  # noqa: F401 - re-exported for fixtures below
    FIXED_NOW,
    make_cases,
    make_enterprises,
    make_zones,
    sha256,
)

from db.store import ProjectStore


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """Return the path of a closed project with zones, enterprises and cases."""
    path = tmp_path / "project.gpkg"
    with ProjectStore.create(path, clock=lambda: FIXED_NOW) as store:
        with store.action("tester", "Fixture data"):
            store.insert_features("zones", make_zones(), "tester")
            fids = store.insert_features("enterprises", make_enterprises(), "tester")
            store.insert_features(
                "conversion_cases", make_cases(fids.tolist()), "tester"
            )
    return path


@pytest.fixture
def store(project_path: Path):
    """Yield an open store on the fixture project; closed afterwards."""
    s = ProjectStore.open(project_path)
    yield s
    s.close()
