"""Opening project files: migrations, newer schemas, locks, foreign files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from db_fixtures import make_enterprises, make_zones, sha256

from db import migrate
from db.connection import network_fs_type
from db.errors import (
    CorruptProjectError,
    NetworkShareWarning,
    NotAProjectError,
    ProjectLockedError,
    ReadOnlyProjectError,
)
from db.store import ProjectStore


def _v1_project(path: Path) -> Path:
    with ProjectStore.create(path, revision="0001") as store:
        assert store.schema_version == 1
        store.insert_features("zones", make_zones(), "old-app")
    return path


def test_open_migrates_v1_after_backup(tmp_path: Path) -> None:
    path = _v1_project(tmp_path / "old.gpkg")
    with ProjectStore.open(path) as store:
        assert store.schema_version == migrate.app_schema_version() >= 3
        backup = store.backup_path
        assert backup is not None and backup.exists()
        assert backup.name.startswith("old.backup-v1-") and backup.suffix == ".gpkg"
        ents = make_enterprises(3)
        ents["zone_codes"] = "ZGC-HD"
        store.insert_features("enterprises", ents, "new-app")
        assert (store.read_table("enterprises")["zone_codes"] == "ZGC-HD").all()
        assert len(store.read_table("zones")) == 3
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001",
        )
        cols = {r[1] for r in conn.execute("PRAGMA table_info(enterprises)")}
        assert "zone_codes" not in cols
        assert conn.execute("SELECT count(*) FROM zones").fetchone() == (3,)
    with ProjectStore.open(backup, read_only=True) as old:
        assert old.schema_version == 1
        assert "older schema" in old.read_only_reason


def test_open_newer_schema_is_read_only(project_path: Path) -> None:
    with sqlite3.connect(project_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.execute("INSERT INTO zp_schema_version VALUES (99, 'future')")
    before = sha256(project_path)
    with ProjectStore.open(project_path) as store:
        assert store.read_only
        app = migrate.app_schema_version()
        assert f"newer ZonePlanner (schema v99 > v{app}); opened read-only" in (
            store.read_only_reason
        )
        assert len(store.read_table("zones")) == 3
        with pytest.raises(ReadOnlyProjectError, match="newer ZonePlanner"):
            store.write_setting("x", 1)
        with pytest.raises(ReadOnlyProjectError):
            store.insert_features("zones", make_zones(), "u")
    assert sha256(project_path) == before


def test_open_locked_file_names_the_lock(project_path: Path) -> None:
    other = sqlite3.connect(project_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(ProjectLockedError) as info:
            ProjectStore.open(project_path, busy_timeout_ms=50)
        msg = str(info.value)
        assert "project.gpkg is locked by another program" in msg
        assert "close it there and try again" in msg
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_open_write_while_locked_raises_locked(project_path: Path) -> None:
    store = ProjectStore.open(project_path, busy_timeout_ms=50)
    other = sqlite3.connect(project_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(ProjectLockedError, match="locked by another program"):
            store.write_setting("x", 1, "u")
    finally:
        other.execute("ROLLBACK")
        other.close()
        store.close()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        bytes(range(256)) * 40,
        b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 4000,
    ],
    ids=["empty", "random", "png"],
)
def test_open_not_a_geopackage_names_the_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "图层 map.gpkg"
    path.write_bytes(content)
    with pytest.raises((NotAProjectError, CorruptProjectError)) as info:
        ProjectStore.open(path)
    assert "图层 map.gpkg" in str(info.value)
    assert path.read_bytes() == content


def test_open_plain_sqlite_and_foreign_geopackage(tmp_path: Path) -> None:
    plain = tmp_path / "plain.gpkg"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(NotAProjectError, match="plain.gpkg is an SQLite database"):
        ProjectStore.open(plain)
    foreign = tmp_path / "foreign.gpkg"
    import pyogrio

    pyogrio.write_dataframe(make_zones(), foreign, layer="zones")
    with pytest.raises(NotAProjectError, match="not a ZonePlanner project"):
        ProjectStore.open(foreign)


def test_open_corrupt_file(project_path: Path) -> None:
    data = bytearray(project_path.read_bytes())
    page = 4096
    for p in range(2, len(data) // page):  # scribble over every page but the first
        data[p * page + 8 : p * page + 40] = b"\xff" * 32
    project_path.write_bytes(bytes(data))
    with pytest.raises((CorruptProjectError, NotAProjectError)) as info:
        ProjectStore.open(project_path)
    assert "project.gpkg" in str(info.value)


def test_open_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        ProjectStore.open(tmp_path / "nope.gpkg")
    assert not (tmp_path / "nope.gpkg").exists()


def test_network_share_detection(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    mounts = f"server:/export {tmp_path} nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n"
    assert network_fs_type(tmp_path / "p.gpkg", mounts) == "nfs4"
    assert network_fs_type(Path("/elsewhere/p.gpkg"), mounts) is None
    assert network_fs_type(Path(r"\\server\share\p.gpkg")) == "unc"
    monkeypatch.setattr("db.connection.network_fs_type", lambda p, m=None: "cifs")
    with pytest.raises(NetworkShareWarning, match="network share"):
        ProjectStore.create(tmp_path / "n.gpkg")
    ProjectStore.create(tmp_path / "n.gpkg", allow_network=True).close()
    with pytest.warns(NetworkShareWarning):
        ProjectStore.open(tmp_path / "n.gpkg", read_only=True).close()


def test_open_read_only_leaves_no_wal_files_and_refuses_writes(
    project_path: Path,
) -> None:
    import pytest as _pytest

    from db.errors import ReadOnlyProjectError
    from db.store import ProjectStore

    before = sha256(project_path)
    store = ProjectStore.open(project_path, read_only=True)
    assert len(store.read_table("zones")) > 0
    with _pytest.raises(ReadOnlyProjectError):
        with store.action("tester", "write"):
            store.write_setting("x", 1)
    store.close()
    leftovers = sorted(
        p.name for p in project_path.parent.glob(project_path.name + "-*")
    )
    assert leftovers == []
    assert sha256(project_path) == before


def test_migrate_known_revisions_match_alembic_walk() -> None:
    # Opening a project reads revision ids from file names (no Alembic import);
    # they must be exactly what Alembic itself walks.
    assert migrate.known_revisions() == migrate.alembic_revisions()
    assert migrate.app_schema_version() == len(migrate.known_revisions())
