"""Opening by URL or libpq service name; passwords from ~/.pgpass, never stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.errors import ServerUnreachableError, SignInError
from db.open_store import create_store, describe_target, open_store
from db.pg_connect import parse_target, redact
from tests.pg_cluster import SUPERUSER, SUPERUSER_PASSWORD


def _dbname(pg_url: str) -> str:
    return pg_url.split("/")[3].split("?")[0]


def test_pg_connect_service_file_and_pgpass(
    pg_url: str, pg_cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_store(pg_url).close()
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[bureau]\nhost=127.0.0.1\nport={pg_cluster.port}\n"
        f"dbname={_dbname(pg_url)}\nuser={SUPERUSER}\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "missing-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    with pytest.raises(SignInError, match="refused the sign-in"):
        open_store("service=bureau")  # TCP needs a password: none given
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(
        f"127.0.0.1:{pg_cluster.port}:*:{SUPERUSER}:{SUPERUSER_PASSWORD}\n"
    )
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with open_store("service=bureau") as store:
        assert store.location == "service=bureau"
        assert store.count("zones") == 0
    # A password typed in the dialog is used for the session, never shown.
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "missing-pgpass"))
    with open_store("service=bureau", password=SUPERUSER_PASSWORD) as store:
        assert SUPERUSER_PASSWORD not in store.location + store.display_name
        assert SUPERUSER_PASSWORD not in repr(store.target)


def test_pg_connect_url_password_never_kept(pg_url: str, pg_cluster) -> None:
    create_store(pg_url).close()
    url = (
        f"postgresql://{SUPERUSER}:{SUPERUSER_PASSWORD}@127.0.0.1:{pg_cluster.port}/"
        f"{_dbname(pg_url)}?sslmode=disable"
    )
    with open_store(url) as store:
        assert SUPERUSER_PASSWORD not in store.location
        reopened = parse_target(store.location)
        assert reopened.password is None and reopened.get("sslmode") == "disable"
    assert SUPERUSER_PASSWORD not in describe_target(url)
    assert redact(f"host=x password={SUPERUSER_PASSWORD}") == "host=x password=***"
    with pytest.raises(ServerUnreachableError, match="cannot be reached"):
        open_store(f"postgresql://{SUPERUSER}@127.0.0.1:1/{_dbname(pg_url)}")
    with pytest.raises(ValueError):
        parse_target("postgresql://x/y?schema=pg_toast")
