"""Open a project wherever it lives: a GeoPackage path or a database target.

Every command and the window open projects through :func:`open_store`, so
"a .gpkg or a postgresql:// URL / service=NAME" is accepted in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from db.pg_connect import PgTarget, is_database_target, parse_target, redact
from db.store_api import Store

__all__ = [
    "create_store",
    "describe_target",
    "is_database_target",
    "open_store",
    "project_missing",
]


def open_store(
    target: str | Path | PgTarget,
    read_only: bool = False,
    password: str | None = None,
    clock: Callable[[], str] | None = None,
) -> Store:
    """Open the project at ``target`` (a .gpkg path, URL or ``service=NAME``).

    Raises
    ------
    FileNotFoundError, NotAProjectError, CorruptProjectError,
    ProjectLockedError, SignInError, ServerUnreachableError
    """
    if isinstance(target, PgTarget) or is_database_target(target):
        from db.pg_store import PostgisStore

        return PostgisStore.open(pg_target(target, password), read_only, clock)
    from db.store import ProjectStore

    return ProjectStore.open(Path(target), read_only=read_only, clock=clock)


def create_store(
    target: str | Path | PgTarget,
    overwrite: bool = False,
    clock: Callable[[], str] | None = None,
    password: str | None = None,
) -> Store:
    """Create an empty project at ``target`` (a .gpkg path or a database schema).

    Raises FileExistsError if a project is there and ``overwrite`` is False.
    """
    if isinstance(target, PgTarget) or is_database_target(target):
        from db.pg_store import PostgisStore

        return PostgisStore.create(pg_target(target, password), overwrite, clock)
    from db.store import ProjectStore

    return ProjectStore.create(Path(target), overwrite=overwrite, clock=clock)


def project_missing(target: str | Path) -> bool:
    """Return True if ``target`` is a file path with no file (databases: False).

    A database target is checked when it is opened (server, sign-in, schema).
    """
    return not is_database_target(target) and not Path(target).exists()


def describe_target(target: str | Path) -> str:
    """Return ``target`` as it may be shown or logged (password removed)."""
    return redact(str(target)) if is_database_target(target) else str(target)


def pg_target(target: str | Path | PgTarget, password: str | None = None) -> PgTarget:
    """Return ``target`` as a :class:`PgTarget` carrying a session password."""
    if isinstance(target, PgTarget):
        return target.with_password(password) if password else target
    return parse_target(str(target), password=password)
