"""What the signed-in role may do: the one answer the window and the server share.

A team database (PostgreSQL/PostGIS) knows four roles, each may do what the
ones before it may (db.pg_roles turns them into GRANTs and a trigger):

=========  ==============================================================
viewer     read every table
editor     + edit zones, enterprises, conversion cases, evaluations,
           project settings and print layouts
approver   + set a case to approved / rejected
admin      + rules versions, the catalogue, 控规 parcels, policy
           facilities, the basemap; grant roles
=========  ==============================================================

A GeoPackage project belongs to whoever opened it (admin); a project opened
read-only is a viewer's. :class:`Permissions` is derived from a project's
:class:`~layers.project.ProjectMeta`; the window greys out what it may not
do, and the server refuses it regardless.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Literal, Protocol

Role = Literal["viewer", "editor", "approver", "admin"]
#: Roles in increasing power; each may do what those before it may.
ROLES: tuple[Role, ...] = ("viewer", "editor", "approver", "admin")

#: Tables an editor may change.
EDITOR_TABLES = (
    "zones",
    "enterprises",
    "conversion_cases",
    "evaluations",
    "zp_settings",
    "zp_layouts",
)
#: Tables only an administrator may change.
ADMIN_TABLES = (
    "zp_rules_versions",
    "basemap",
    "regulatory_parcels",
    "facilities",
    "zp_catalogue_editions",
    "zp_catalogue_rows",
)
#: The case statuses only an approver may set.
DECISION_STATUSES = ("approved", "rejected")


class Capability(enum.Enum):
    """Something the window lets a planner start, guarded by a role."""

    EDIT = "edit"  # zones, enterprises, cases, evaluations, settings, layouts
    DECIDE_CASE = "decide_case"  # set a case to approved / rejected
    RULES = "rules"  # record a rules version
    CATALOGUE = "catalogue"  # import a 禁止和限制目录 catalogue
    REGULATORY = "regulatory"  # import or edit 控规 parcels
    FACILITIES = "facilities"  # load or edit the policy's facilities


#: The weakest role that may do each thing.
NEEDED: dict[Capability, Role] = {
    Capability.EDIT: "editor",
    Capability.DECIDE_CASE: "approver",
    Capability.RULES: "admin",
    Capability.CATALOGUE: "admin",
    Capability.REGULATORY: "admin",
    Capability.FACILITIES: "admin",
}


class MetaLike(Protocol):
    """What :meth:`Permissions.of` reads of a project's meta."""

    read_only: bool
    read_only_reason: str
    backend: str
    role: str


def role_allows(role: Role, needed: Role) -> bool:
    """Return True if ``role`` may do what ``needed`` may.

    >>> role_allows("approver", "editor")
    True
    >>> role_allows("viewer", "editor")
    False
    """
    return ROLES.index(role) >= ROLES.index(needed)


def as_role(text: str) -> Role:
    """Return ``text`` as a role; anything unknown is a viewer (the safe reading).

    >>> as_role("approver"), as_role("superuser")
    ('approver', 'viewer')
    """
    for role in ROLES:
        if role == text:
            return role
    return "viewer"


def role_to_write(table: str) -> Role | None:
    """Return the weakest role that may change ``table``; None if nobody may.

    >>> role_to_write("zones"), role_to_write("facilities"), role_to_write("zp_audit_log")
    ('editor', 'admin', None)
    """
    if table in EDITOR_TABLES:
        return "editor"
    if table in ADMIN_TABLES:
        return "admin"
    return None


#: The capability that guards writing a table (the rest are never written by hand).
TABLE_CAPABILITY: dict[str, Capability] = {
    **{table: Capability.EDIT for table in EDITOR_TABLES},
    "zp_rules_versions": Capability.RULES,
    "zp_catalogue_editions": Capability.CATALOGUE,
    "zp_catalogue_rows": Capability.CATALOGUE,
    "regulatory_parcels": Capability.REGULATORY,
    "facilities": Capability.FACILITIES,
}


def capability_to_write(table: str) -> Capability | None:
    """Return what guards changing ``table`` by hand; None if nobody may.

    >>> capability_to_write("regulatory_parcels"), capability_to_write("basemap")
    (<Capability.REGULATORY: 'regulatory'>, None)
    """
    return TABLE_CAPABILITY.get(table)


@dataclass(frozen=True)
class Permissions:
    """What the planner signed in to the open project may do.

    Attributes
    ----------
    role : Role
        The role in effect: ``viewer`` whenever the project is read-only.
    signed_in : Role
        The role the store reported (a file's owner is ``admin``).
    read_only_reason : str
        Why the project is read-only when that, not the role, is the reason
        (a newer schema, a network share); else empty.
    """

    role: Role = "admin"
    signed_in: Role = "admin"
    read_only_reason: str = ""

    @classmethod
    def of(cls, meta: MetaLike) -> Permissions:
        """Return the permissions of a project opened as ``meta`` describes.

        >>> from layers.project import ProjectMeta
        >>> Permissions.of(ProjectMeta(backend="postgis", role="editor")).role
        'editor'
        >>> Permissions.of(ProjectMeta(read_only=True, read_only_reason="share")).role
        'viewer'
        """
        signed_in = as_role(meta.role)
        if not meta.read_only:
            return cls(signed_in, signed_in, "")
        reason = "" if signed_in == "viewer" else meta.read_only_reason
        return cls("viewer", signed_in, reason)

    def can(self, capability: Capability) -> bool:
        """Return True if the planner may do ``capability``.

        >>> Permissions("editor", "editor").can(Capability.DECIDE_CASE)
        False
        >>> Permissions("approver", "approver").can(Capability.DECIDE_CASE)
        True
        """
        return role_allows(self.role, NEEDED[capability])

    def needed(self, capability: Capability) -> Role:
        """Return the weakest role that may do ``capability``."""
        return NEEDED[capability]

    def may_write(self, table: str) -> bool:
        """Return True if the planner may change rows of ``table``.

        >>> Permissions("editor", "editor").may_write("facilities")
        False
        """
        needed = role_to_write(table)
        return needed is not None and role_allows(self.role, needed)

    def may_set_status(self, status: str) -> bool:
        """Return True if the planner may set a case to ``status``.

        >>> Permissions("editor", "editor").may_set_status("rejected")
        False
        """
        needed = NEEDED[
            Capability.DECIDE_CASE if status in DECISION_STATUSES else Capability.EDIT
        ]
        return role_allows(self.role, needed)

    def may_change_status(self, current: str, new: str) -> bool:
        """Return True if the planner may move a case from ``current`` to ``new``.

        A decided case (approved / rejected) stays decided unless an approver
        changes it; the database enforces the same (schema v5).

        >>> p = Permissions("editor", "editor")
        >>> p.may_change_status("approved", "submitted"), p.may_change_status("approved", "approved")
        (False, True)
        """
        if current == new:
            return True
        if current in DECISION_STATUSES and not self.may_set_status(current):
            return False
        return self.may_set_status(new)
