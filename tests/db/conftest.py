"""Fixtures for db tests: a store on a temp file, or on a throwaway PostGIS database."""

from __future__ import annotations

from pathlib import Path

import pytest
from db_fixtures import (  # noqa: F401 - re-exported for fixtures below
    FIXED_NOW,
    fill_fixture_project,
    make_cases,
    make_enterprises,
    make_zones,
    sha256,
)

from db.open_store import open_store
from db.store import ProjectStore


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """Return the path of a closed project with zones, enterprises and cases."""
    path = tmp_path / "project.gpkg"
    with ProjectStore.create(path, clock=lambda: FIXED_NOW) as store:
        fill_fixture_project(store)
    return path


@pytest.fixture
def store(project_path: Path):
    """Yield an open store on the fixture project; closed afterwards."""
    s = ProjectStore.open(project_path)
    yield s
    s.close()


@pytest.fixture
def project_target(backend: str, request: pytest.FixtureRequest) -> str:
    """Return where the fixture project lives: a .gpkg path or a database URL."""
    if backend == "gpkg":
        return str(request.getfixturevalue("project_path"))
    from db.pg_store import PostgisStore

    url = request.getfixturevalue("pg_url")
    with PostgisStore.create(url, clock=lambda: FIXED_NOW) as store:
        fill_fixture_project(store)
    return url


@pytest.fixture
def any_store(project_target: str):
    """Yield an open store on the fixture project, on each backend."""
    s = open_store(project_target, clock=lambda: FIXED_NOW)
    yield s
    s.close()
