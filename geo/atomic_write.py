"""Write files so that a reader only ever sees a complete file, or none.

Every exporter (print PDF/PNG/SVG, atlas, case report, web map, statistics
and register workbooks, zone export) writes through :func:`atomic_write` or
:class:`StagedFiles`: the writer gets a path inside a private folder created
*beside* the target (same file system, so the final rename is atomic), and
the file is renamed over the target only when the writer finished without an
error. On any failure the private folder is removed, nothing is left behind
and an existing target keeps its old content.

Problems with the target itself (its folder is missing, it is a folder, it
or its folder cannot be written) are found before the writer runs and raise
:class:`OutputPathError`, one line naming the file, so commands can tell a bad
``--out`` argument from a failure while writing.

Qt-free: gui code uses the same helper around QPdfWriter and QImage.save.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class OutputPathError(OSError):
    """The output path cannot be written; ``str()`` is one line naming it."""

    def __init__(self, target: str | Path, problem: str) -> None:
        self.target = Path(target)
        self.problem = problem
        super().__init__(f"cannot write {self.target}: {problem}")


_SQLITE_MAGIC = b"SQLite format 3\x00"
_SQLITE_SIDECARS = ("-wal", "-shm", "-journal")


def is_project_file(path: str | Path) -> bool:
    """Return True if ``path`` is a ZonePlanner project (or may be one).

    A SQLite file with a ``zp_schema_version`` table is a project; a SQLite
    file whose tables cannot be listed (locked, damaged) counts as one too,
    so that a writer never replaces it on a guess. Read with
    ``immutable=1``: nothing is created beside the file.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> con = sqlite3.connect(d / "p.gpkg")
    >>> _ = con.execute("CREATE TABLE zp_schema_version (version INTEGER)")
    >>> con.close()
    >>> is_project_file(d / "p.gpkg"), is_project_file(d / "none.gpkg")
    (True, False)
    """
    p = Path(path)
    try:
        with open(p, "rb") as fh:
            if fh.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
                return False
    except OSError:  # missing, a folder, unreadable: no project to protect
        return False
    uri = f"{p.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            row = con.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'zp_schema_version'"
            ).fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return True
    return row is not None


def _project_in_the_way(path: Path) -> str | None:
    """Return why ``path`` must not be replaced (a project or its sidecar)."""
    if is_project_file(path):
        return (
            "it is a ZonePlanner project file; an export never replaces a "
            "project (choose another name)"
        )
    for side in _SQLITE_SIDECARS:
        if path.name.endswith(side):
            base = path.with_name(path.name[: -len(side)])
            if is_project_file(base):
                return f"it belongs to the project {base.name}"
    return None


def _open_elsewhere(path: Path) -> str | None:
    """Return why ``path`` (a SQLite file) looks open in another program."""
    for side in ("-wal", "-journal"):
        companion = path.with_name(path.name + side)
        if companion.is_file() and companion.stat().st_size > 0:
            return (
                f"it is open in another program ({companion.name} exists); "
                "close it there or choose another name"
            )
    return None


def check_target(target: str | Path, *, replace_project: bool = False) -> Path:
    """Return ``target`` as a Path if a file can be written there, else raise.

    Parameters
    ----------
    target
        The file to write.
    replace_project
        Allow replacing an existing ZonePlanner project file (only a writer
        that writes a whole project and was told to overwrite, such as
        ``demo --overwrite``); otherwise a project file, or its ``-wal`` /
        ``-shm`` / ``-journal`` file, is refused.

    Raises
    ------
    OutputPathError
        The folder is missing or not writable, the target is a folder, the
        target exists and is read-only, it is a project file, or it has a
        ``-wal``/``-journal`` beside it (another program has it open; renamed
        in under that file, the new content would be damaged by it).

    >>> check_target("/no/such/folder/x.pdf")
    Traceback (most recent call last):
    ...
    geo.atomic_write.OutputPathError: cannot write /no/such/folder/x.pdf: the folder /no/such/folder does not exist
    """
    path = Path(target)
    parent = path.parent
    if not parent.exists():
        raise OutputPathError(path, f"the folder {parent} does not exist")
    if not parent.is_dir():
        raise OutputPathError(path, f"{parent} is not a folder")
    if path.is_dir():
        raise OutputPathError(path, "it is a folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputPathError(path, f"no permission to write in {parent}")
    if path.exists() and not os.access(path, os.W_OK):
        raise OutputPathError(path, "the file is read-only")
    if not replace_project:
        why = _project_in_the_way(path)
        if why is not None:
            raise OutputPathError(path, why)
    if path.exists():
        why = _open_elsewhere(path)
        if why is not None:
            raise OutputPathError(path, why)
    return path


def _fsync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


class StagedFiles:
    """Stage several output files and move them into place together.

    Use as a context manager: :meth:`path_for` returns the staging path of
    a target; leaving the block without an exception moves every staged file
    that exists onto its target (in the order asked); an exception (or
    :meth:`discard`) removes them all. The staging folder is created beside
    the first target's folder, so the renames stay on one file system.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with StagedFiles(d) as staged:
    ...     _ = staged.path_for(d / "a.txt").write_text("A")
    ...     _ = staged.path_for(d / "b.txt").write_text("B")
    >>> sorted(p.name for p in d.iterdir())
    ['a.txt', 'b.txt']
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self._tmp: Path | None = None
        self._targets: list[tuple[Path, Path]] = []
        self.committed = False

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()

    def _staging(self, target: Path) -> Path:
        if self._tmp is None:
            try:
                self._tmp = Path(tempfile.mkdtemp(prefix=".zp-write-", dir=self.folder))
            except OSError as exc:
                why = exc.strerror or str(exc)
                raise OutputPathError(
                    target, f"no file can be created in {self.folder} ({why})"
                ) from exc
        return self._tmp

    def path_for(self, target: str | Path, *, replace_project: bool = False) -> Path:
        """Return the path to write ``target``'s content to (same file name).

        ``replace_project`` is passed to :func:`check_target`.
        """
        target = check_target(target, replace_project=replace_project)
        staged = self._staging(target) / f"{len(self._targets)}" / target.name
        staged.parent.mkdir()
        self._targets.append((staged, target))
        return staged

    def adopt(self, staged: Path, target: str | Path) -> None:
        """Also move ``staged`` (a file a writer put in the staging folder,
        e.g. a shapefile's ``.dbf`` beside its ``.shp``) onto ``target``."""
        if self._tmp is None or self._tmp not in Path(staged).parents:
            raise ValueError(f"{staged} is not in the staging folder")
        self._targets.append((Path(staged), check_target(target)))

    def commit(self) -> list[Path]:
        """Move every staged file that was written onto its target; return them.

        Files move in reverse order of staging, so a main file staged first
        (a ``.shp``) appears after the sidecars adopted for it.
        """
        done: list[Path] = []
        try:
            for staged, target in reversed(self._targets):
                if not staged.is_file():
                    continue
                _fsync(staged)
                os.replace(staged, target)
                done.append(target)
        finally:
            self.discard()
        self.committed = True
        return done

    def discard(self) -> None:
        """Remove the staging folder and everything in it."""
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None


@contextmanager
def atomic_write(
    target: str | Path, *, replace_project: bool = False
) -> Iterator[Path]:
    """Yield a path to write ``target``'s content to; rename it in on success.

    The yielded path has the target's file name (so writers that choose a
    format by suffix behave the same) inside a private folder beside it. If
    the block raises, or leaves no file at that path, the target is left as
    it was and :class:`OSError` (or the block's exception) propagates. An
    existing ZonePlanner project at ``target`` is refused unless
    ``replace_project`` (see :func:`check_target`).

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "map.html"
    >>> with atomic_write(out) as tmp:
    ...     _ = tmp.write_text("<html></html>")
    >>> out.read_text()
    '<html></html>'
    >>> try:
    ...     with atomic_write(out) as tmp:
    ...         _ = tmp.write_text("half")
    ...         raise RuntimeError("disk full")
    ... except RuntimeError:
    ...     pass
    >>> out.read_text(), sorted(p.name for p in out.parent.iterdir())
    ('<html></html>', ['map.html'])
    """
    target = check_target(target, replace_project=replace_project)
    with StagedFiles(target.parent) as staged:
        tmp = staged.path_for(target, replace_project=replace_project)
        yield tmp
        if not tmp.is_file():
            raise OSError(f"cannot write {target}: the writer produced no file")
