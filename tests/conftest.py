"""Suite-wide settings: Qt offscreen and a private HOME for every test run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """Return ../shared (the domain reference), skipping if it is absent."""
    if not SHARED.exists():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(autouse=True)
def _model_event_errors_fail_the_test():
    """A model event handler that raises fails the test (it is never hidden).

    Tests that provoke such an error on purpose install their own reporter
    with ``layers.events.set_error_reporter``.
    """
    from layers import events

    seen: list[str] = []

    def collect(exc: BaseException, handler: object) -> None:
        seen.append(f"{handler!r}: {type(exc).__name__}: {exc}")

    old = events.set_error_reporter(collect)
    yield
    current = events.set_error_reporter(old)
    if current is collect and seen:
        pytest.fail("model event handler(s) raised:\n" + "\n".join(seen))


@pytest.fixture(scope="session")
def pg_cluster():
    """Yield a throwaway PostgreSQL + PostGIS cluster for the whole session.

    Skips loudly where PostgreSQL is not installed, and fails instead under
    .ci/run (which installs it). The cluster is stopped and removed at the
    end, whatever the tests did.
    """
    from tests.pg_cluster import create_cluster, find_pg_bin, postgis_installed
    from tests.system_tools import require_tool

    bin_dir = find_pg_bin()
    require_tool(str(bin_dir / "initdb") if bin_dir else "initdb", "postgresql")
    if not postgis_installed():
        require_tool("postgis.control (PostGIS extension)", "postgresql-15-postgis-3")
    cluster = create_cluster()
    try:
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture(scope="session")
def pg_template(pg_cluster) -> str:
    """Return the name of a template database with PostGIS and the zp_ roles."""
    import psycopg

    from db import pg_roles

    name = "zp_template"
    with psycopg.connect(pg_cluster.conninfo("postgres"), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    with psycopg.connect(pg_cluster.conninfo(name), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION postgis")
        pg_roles.ensure_roles(conn.cursor())
        for user, role in (
            ("ann_viewer", "viewer"),
            ("ed_editor", "editor"),
            ("eve_editor", "editor"),
            ("al_approver", "approver"),
            ("ada_admin", "admin"),
        ):
            pg_roles.grant_role(conn.cursor(), user, role, create_login=True)
    return name


_DB_COUNTER = iter(range(1, 10**9))


@pytest.fixture
def pg_url(pg_cluster, pg_template) -> str:
    """Yield the URL of a fresh database (PostGIS, roles) for one test; dropped after."""
    import psycopg

    name = f"zp_test_{next(_DB_COUNTER)}"
    with psycopg.connect(pg_cluster.conninfo("postgres"), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield pg_cluster.url(name)
    if pg_cluster.is_running():
        with psycopg.connect(pg_cluster.conninfo("postgres"), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["gpkg", "postgis"])
def backend(request: pytest.FixtureRequest) -> str:
    """Return the backend a parametrised test runs on: a file or PostGIS."""
    return request.param


@pytest.fixture
def new_target(
    backend: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
):
    """Return ``make(name)`` giving a new project location on the test's backend.

    A .gpkg path in tmp_path, or a schema ``name`` in the test's database
    (recovery journals of database projects go under tmp_path too).
    Nothing is created: pass it to ``db.open_store.create_store``.
    """
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    url = request.getfixturevalue("pg_url") if backend == "postgis" else None

    def make(name: str = "project") -> str:
        if url is None:
            return str(tmp_path / f"{name}.gpkg")
        return f"{url}&schema={name}"

    return make
