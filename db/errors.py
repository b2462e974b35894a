"""Errors the project store raises; each message is fit to show a planner."""

from __future__ import annotations

from collections.abc import Sequence


class ProjectError(Exception):
    """Base class of project-file errors."""


class NotAProjectError(ProjectError):
    """The file is not a GeoPackage, or not a ZonePlanner project."""


class CorruptProjectError(ProjectError):
    """SQLite's integrity or foreign-key check failed."""


class ProjectLockedError(ProjectError):
    """Another program holds a lock on the project file."""


class ReadOnlyProjectError(ProjectError):
    """A write was attempted on a project opened read-only."""


class NetworkShareWarning(ProjectError, UserWarning):  # noqa: N818 - raised or warned
    """The project lives on a network share, where SQLite locking is unreliable.

    Raised when opening for writing without ``allow_network=True``; issued as
    a warning when opening read-only.
    """


class ConflictError(ProjectError):
    """Rows changed (or vanished) on disk since they were loaded.

    Attributes
    ----------
    table : str
        The table of the conflicting rows.
    fids : list of int
        Their feature ids.
    stored_versions : dict
        ``{fid: row_version on disk}``; None where the row was deleted.
    """

    def __init__(
        self,
        table: str,
        fids: Sequence[int],
        stored_versions: dict[int, int | None] | None = None,
    ) -> None:
        self.table = table
        self.fids = [int(f) for f in fids]
        self.stored_versions = dict(stored_versions or {})
        shown = ", ".join(str(f) for f in self.fids[:20])
        more = f" and {len(self.fids) - 20} more" if len(self.fids) > 20 else ""
        super().__init__(
            f"{len(self.fids)} feature(s) of {table!r} were changed by someone else "
            f"since you loaded them (fid {shown}{more}); nothing was saved. "
            "Reload the layer and apply your edits again."
        )


class ServerUnreachableError(ProjectError):
    """The database server cannot be reached (down, network, or lost mid-action).

    Nothing was written: the action's transaction was rolled back by the
    server. The caller keeps its edits and may try again.
    """


class PermissionDeniedError(ProjectError):
    """The database server refused a change the signed-in role may not make.

    Nothing was written (the action's transaction was rolled back). The
    attributes say what was refused, so the window can word it plainly.

    Attributes
    ----------
    user : str
        The database user who was refused.
    table : str
        The table the refused change was for ("" if the server did not say).
    needed : str
        The weakest role that may make it ("" if no role may, or unknown).
    role : str
        The role the user is signed in with ("" if unknown).
    status : str
        For a refused case decision: the status (approved/rejected) asked for.
    case_no : str
        For a refused case decision: the case's number.
    """

    def __init__(
        self,
        message: str,
        *,
        user: str = "",
        table: str = "",
        needed: str = "",
        role: str = "",
        status: str = "",
        case_no: str = "",
    ) -> None:
        super().__init__(message)
        self.user = user
        self.table = table
        self.needed = needed
        self.role = role
        self.status = status
        self.case_no = case_no


class SignInError(ProjectError):
    """The database refused the sign-in (wrong user, password or database)."""
