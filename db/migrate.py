"""Schema versions: Alembic upgrades and the backup taken before them.

Revision ids are zero-padded schema numbers (``0001`` = schema v1), so a
file's schema version is readable without importing its migration scripts,
and a file from a newer ZonePlanner is recognised by a number we don't know.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Any = None, now: str | None = None) -> Any:
    """Return an Alembic config built in code (no alembic.ini needed).

    Parameters
    ----------
    connection : sqlalchemy.engine.Connection, optional
        The connection (inside its transaction) that migrations run on.
    now : str, optional
        Timestamp recorded in zp_schema_version and gpkg_contents.
    """
    # Alembic costs ~0.4 s to import; only a migration needs it.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    cfg.attributes["connection"] = connection
    if now is not None:
        cfg.attributes["now"] = now
    return cfg


@lru_cache(maxsize=1)
def known_revisions() -> tuple[str, ...]:
    """Return the revisions this app knows, oldest first.

    Read from the script file names (``0002_<slug>.py`` is revision ``0002``)
    so opening a project does not import Alembic; a test checks this against
    Alembic's own walk of the scripts.
    """
    names = (SCRIPT_LOCATION / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    return tuple(sorted(p.name.split("_")[0] for p in names))


def alembic_revisions() -> tuple[str, ...]:
    """Return the revisions as Alembic walks them, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return tuple(reversed([r.revision for r in script.walk_revisions()]))


def head_revision() -> str:
    """Return the newest revision this app knows."""
    return known_revisions()[-1]


def schema_number(revision: str | None) -> int:
    """Return the schema version number of a revision id (``'0002'`` -> 2)."""
    if not revision:
        return 0
    try:
        return int(revision.split("_")[0])
    except ValueError:
        return 10**6  # an id we cannot read is from something newer than us


def app_schema_version() -> int:
    """Return the schema version this app writes."""
    return schema_number(head_revision())


def file_schema_version(conn: sqlite3.Connection) -> int:
    """Return a file's schema version from alembic_version / zp_schema_version."""
    found = 0
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    if "alembic_version" in names:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        found = max((schema_number(r[0]) for r in rows), default=0)
    if "zp_schema_version" in names:
        row = conn.execute("SELECT max(version) FROM zp_schema_version").fetchone()
        found = max(found, int(row[0] or 0))
    return found


def upgrade(connection: Any, target: str = "head", now: str | None = None) -> None:
    """Run migrations up to ``target`` on ``connection`` (inside its transaction)."""
    from alembic import command

    command.upgrade(alembic_config(connection, now), target)


def backup_path(path: Path, version: int, when: datetime | None = None) -> Path:
    """Return ``<stem>.backup-v<N>-<YYYYmmdd-HHMMSS>.gpkg`` next to ``path``."""
    when = when or datetime.now(UTC)
    name = f"{path.stem}.backup-v{version}-{when:%Y%m%d-%H%M%S}{path.suffix}"
    target = path.with_name(name)
    n = 1
    while target.exists():  # two upgrades in one second must not overwrite
        target = path.with_name(f"{Path(name).stem}-{n}{path.suffix}")
        n += 1
    return target


def backup(path: Path, version: int) -> Path:
    """Copy the project with SQLite's backup API and return the copy's path.

    The backup API copies a consistent snapshot, WAL content included, which a
    plain file copy of a WAL database would not.
    """
    target = backup_path(path, version)
    src = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # The copy must be a self-contained file (no -wal next to it).
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    return target
