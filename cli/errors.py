"""One exit-code table and one way to report failures, for every command.

=====  ==============================================================
code   meaning
=====  ==============================================================
0      done
1      unexpected failure (a bug or a broken environment); one line on
       stderr, the traceback too when ``ZONEPLANNER_DEBUG=1``
2      bad input or arguments: an unreadable or invalid input file,
       rows with errors, an unknown layout/layer/case, an output path
       that cannot be written; argparse's own usage errors
3      the project cannot be opened (missing, not a project, damaged,
       newer schema or network share when writing); ``check`` found
       problems
4      the project is locked by another program, a save conflicts
       with someone else's change, or the database refused the change
       for the signed-in role
130    interrupted (Ctrl+C)
=====  ==============================================================

Every message is one line on stderr starting with ``error:`` (warnings
``warning:``); success prints on stdout. Commands raise :class:`CommandError`
(or let a known exception through) and :func:`run` turns it into the code.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import Any

log = logging.getLogger("zoneplanner.cli")


class ExitCode(IntEnum):
    """Process exit codes shared by every subcommand."""

    OK = 0
    UNEXPECTED = 1
    BAD_INPUT = 2
    PROJECT = 3
    CONFLICT = 4
    INTERRUPTED = 130


class CommandError(Exception):
    """A command cannot do what was asked; ``str()`` is the user's message."""

    def __init__(self, message: str, code: ExitCode = ExitCode.BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


def one_line(message: object) -> str:
    """Return ``message`` as one line (newlines and runs of blanks collapsed).

    >>> one_line("a\\n  b   c")
    'a b c'
    """
    return " ".join(str(message).split())


def error(message: object) -> None:
    """Print one ``error:`` line on stderr."""
    print(f"error: {one_line(message)}", file=sys.stderr)


def warn(message: object) -> None:
    """Print one ``warning:`` line on stderr."""
    print(f"warning: {one_line(message)}", file=sys.stderr)


def fail(message: object, code: ExitCode = ExitCode.BAD_INPUT) -> int:
    """Print ``message`` as an error line and return ``code`` (as an int)."""
    error(message)
    return int(code)


def classify(exc: BaseException) -> ExitCode | None:
    """Return the exit code for a known exception type, or None if unexpected."""
    from db.errors import (
        ConflictError,
        PermissionDeniedError,
        ProjectError,
        ProjectLockedError,
    )
    from geo.atomic_write import OutputPathError
    from layers.zones.safe_input import InputFileError

    if isinstance(exc, CommandError):
        return exc.code
    if isinstance(exc, InputFileError):
        return ExitCode.BAD_INPUT
    if isinstance(exc, ProjectLockedError | ConflictError | PermissionDeniedError):
        return ExitCode.CONFLICT
    if isinstance(exc, ProjectError):
        return ExitCode.PROJECT
    if isinstance(exc, OutputPathError):
        return ExitCode.BAD_INPUT
    return None


def open_store(path: str | Path, *, read_only: bool = False) -> Any:
    """Open a project store for a command, or raise :class:`CommandError`.

    ``path`` is a .gpkg file or a database target (``postgresql://…`` URL or
    ``service=NAME``). Missing, foreign, damaged, unreachable and (when
    writing) newer-schema projects give :attr:`ExitCode.PROJECT`; a lock held
    by another program gives :attr:`ExitCode.CONFLICT`. Messages never show
    a password.
    """
    from db.errors import ProjectError, ProjectLockedError
    from db.open_store import describe_target, is_database_target
    from db.open_store import open_store as open_any

    database = is_database_target(path)
    name = describe_target(path) if database else Path(path).name
    if not database and not Path(path).is_file():
        raise CommandError(f"{path}: no such project file", ExitCode.PROJECT)
    try:
        store = open_any(path if database else Path(path), read_only=read_only)
    except ProjectLockedError as exc:
        raise CommandError(str(exc), ExitCode.CONFLICT) from exc
    except ProjectError as exc:
        raise CommandError(f"{name}: {exc}", ExitCode.PROJECT) from exc
    except ValueError as exc:  # an unreadable database address
        raise CommandError(str(exc), ExitCode.BAD_INPUT) from exc
    except OSError as exc:
        raise CommandError(f"{path}: cannot open ({exc})", ExitCode.PROJECT) from exc
    if store.read_only and not read_only:
        store.close()
        raise CommandError(
            store.read_only_reason or f"{name} can only be opened read-only",
            ExitCode.PROJECT,
        )
    return store


def require_input(path: str | Path, what: str = "file") -> Path:
    """Return ``path`` if it is an existing file, else raise (bad input)."""
    p = Path(path)
    if not p.exists():
        raise CommandError(f"{what} {p}: no such file")
    return p


def run(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command function; turn every failure into one line and an exit code."""
    try:
        return int(func(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return int(ExitCode.INTERRUPTED)
    except Exception as exc:
        code = classify(exc)
        if code is None:
            # A bug or a broken environment: one line; details for a bug report
            # go to the log and, with ZONEPLANNER_DEBUG=1, to stderr.
            log.debug(
                "unexpected failure in %s", getattr(args, "command", "?"), exc_info=exc
            )
            error(f"unexpected failure: {type(exc).__name__}: {exc}")
            if os.environ.get("ZONEPLANNER_DEBUG") == "1":
                traceback.print_exception(exc, file=sys.stderr)
            return int(ExitCode.UNEXPECTED)
        error(exc)
        return int(code)
