"""Project files as wholes: identity, New and Save As, never losing a byte.

DESIGN.md "Saved data is sacred": files are compared by identity (the same
inode, or the same resolved path), never by the text of their paths; a new or
copied project is built in a temporary file beside the target and renamed into
place only when complete, so a failure leaves every file as it was; the source
of a Save As is never written.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

from db import connection, migrate, schema
from db.errors import ProjectError
from db.project_io import baseline, reset_baseline, save_project
from db.store import ProjectStore
from db.store_api import Store
from layers.project import Project
from layers.vector_layer import VectorLayer

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


class SameFileError(ProjectError):
    """The target of New is the project that is open."""


def same_file(a: str | Path, b: str | Path) -> bool:
    """Return True if ``a`` and ``b`` name one file (by identity, not spelling).

    >>> same_file("/tmp", "/tmp/../tmp")
    True
    """
    pa, pb = Path(a), Path(b)
    if pa.exists() and pb.exists():
        return os.path.samefile(pa, pb)
    return pa.resolve() == pb.resolve()


def sidecars(path: Path) -> list[Path]:
    """Return SQLite's companion files of ``path`` (WAL, shared memory, journal)."""
    return [path.with_name(path.name + s) for s in SIDE_SUFFIXES]


def _temp_beside(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.zp-tmp")


def _remove(path: Path) -> None:
    for p in (path, *sidecars(path)):
        p.unlink(missing_ok=True)


def _check_target(target: Path) -> None:
    """Refuse a target another program has open (its WAL would be orphaned)."""
    if target.exists():
        connection.probe_write_lock(target, 200)
    if not target.parent.is_dir():
        raise FileNotFoundError(f"folder not found: {target.parent}")


def _put_in_place(tmp: Path, target: Path) -> None:
    """Rename a complete, closed project file onto ``target`` (atomic)."""
    for side in sidecars(tmp):
        if side.exists():
            raise ProjectError(f"{tmp.name} was not closed cleanly ({side.name})")
    for side in sidecars(target):
        side.unlink(missing_ok=True)
    os.replace(tmp, target)


def create_project_file(
    path: str | Path, open_store: bool = True
) -> ProjectStore | None:
    """Create an empty project at ``path`` (replacing a closed file there).

    Raises
    ------
    ProjectLockedError
        Another program has ``path`` open.
    """
    target = Path(path)
    _check_target(target)
    tmp = _temp_beside(target)
    try:
        ProjectStore.create(tmp, overwrite=True).close()
        _put_in_place(tmp, target)
    except BaseException:
        _remove(tmp)
        raise
    return ProjectStore.open(target) if open_store else None


def write_project_file(path: str | Path, build: Callable[[Path], object]) -> None:
    """Build a whole project with ``build(tmp)`` beside ``path``; rename it in.

    The path New takes: a target another program holds locked is refused,
    and the old file's ``-wal``/``-shm`` are removed just before the rename,
    so a WAL left by the replaced file is never replayed onto the new one
    (which would corrupt it). A failure leaves ``path`` as it was.

    Raises
    ------
    ProjectLockedError
        Another program is writing ``path``.
    """
    target = Path(path)
    _check_target(target)
    tmp = _temp_beside(target)
    try:
        build(tmp)
        _put_in_place(tmp, target)
    except BaseException:
        _remove(tmp)
        raise


def copy_project_file(src: Path, dst: Path) -> None:
    """Copy a project consistently (SQLite backup API: committed data, WAL included)."""
    if same_file(src, dst):
        raise SameFileError(f"cannot copy {src.name} onto itself")
    dst.unlink(missing_ok=True)
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    a.close()
    b.close()


Wrap = Callable[[ProjectStore], AbstractContextManager[Any]]


def save_project_as(
    project: Project,
    store: Store | None,
    target: str | Path,
    user: str,
    wrap: Wrap | None = None,
) -> ProjectStore:
    """Write ``project`` (its file plus unsaved edits) to ``target``; return its store.

    The source file is copied with the backup API into a temporary file beside
    ``target``, the unsaved edits are written there in one action (inside
    ``wrap(new_store)``, where the GUI runs its save checks), and only then is
    the file renamed onto ``target``. The source is never written; on any
    failure no file changes and the project keeps its unsaved edits. On
    success the project's path and baselines point at ``target``.

    Raises
    ------
    SameFileError
        ``target`` is the file ``store`` has open: use Save instead.
    """
    target = Path(target)
    source = getattr(store, "path", None)  # None: new, or a team database
    if source is not None and same_file(source, target):
        raise SameFileError(f"{target.name} is the open project: use Save")
    if store is not None and store.schema_version > migrate.app_schema_version():
        raise ProjectError(
            f"{store.display_name} was made by a newer ZonePlanner; this version "
            "cannot write its schema. Use the newer version to save a copy."
        )
    _check_target(target)
    tmp = _temp_beside(target)
    try:
        if store is None:
            ProjectStore.create(tmp, overwrite=True).close()
        elif source is None:
            from db.transfer import copy_to_file

            # Everything the database holds, as a plain project file.
            copy_to_file(store, tmp, user=user, overwrite=True, snapshot=False)
        else:
            copy_project_file(Path(source), tmp)
        with ProjectStore.open(tmp) as new_store:
            with (wrap or _no_wrap)(new_store):
                with new_store.action(user, "Save project as") as tx:
                    stale = _versions_as_loaded(tx.cursor, project)
                    save_project(project, new_store, user)
        _put_in_place(tmp, target)
    except BaseException:
        _remove(tmp)
        raise
    store_out = ProjectStore.open(target)
    for layer, table in stale:
        # Rows someone else changed after they were loaded, untouched here:
        # show them as the new file holds them.
        layer.set_frame(store_out.read_table(table, layer.source.where))
        reset_baseline(project, layer)
    return store_out


def _versions_as_loaded(
    cursor: sqlite3.Cursor, project: Project
) -> list[tuple[VectorLayer, str]]:
    """Give the copy's rows the row versions the project loaded them with.

    Where someone else changed a row after it was loaded (the conflict that
    may have sent the planner to "Save a copy"), the planner's edit of it is
    written into the copy; the source file keeps theirs. Returns the layers
    that had such rows, each with its table.
    """
    stale: list[tuple[VectorLayer, str]] = []
    for layer in project.layers:
        table = layer.source.table
        base = baseline(project, layer.id)
        if table not in schema.VERSIONED_TABLES or base is None or base.empty:
            continue
        pk = schema.pk_column(table)
        before = cursor.connection.total_changes
        cursor.executemany(
            f'UPDATE "{table}" SET row_version = ? WHERE "{pk}" = ? '
            "AND row_version <> ?",
            [
                (int(v), int(f), int(v))
                for f, v in zip(base.index, base["row_version"], strict=True)
            ],
        )
        if cursor.connection.total_changes != before:
            stale.append((layer, table))
    return stale


def _no_wrap(_store: ProjectStore) -> AbstractContextManager[None]:
    return nullcontext()
