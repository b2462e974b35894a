"""Roles on the server: who may read, edit, decide cases, and administer.

Four group roles (NOLOGIN), each holding the one before it:

=============  ==============================================================
zp_viewer      read every table of the project schema
zp_editor      + edit zones, enterprises, conversion cases, evaluations,
               project settings and print layouts
zp_approver    + set a case to approved / rejected (db.pg_meta trigger)
zp_admin       + rules versions, the basemap (catalogue), and granting the
               roles to users (WITH ADMIN OPTION)
=============  ==============================================================

Nobody writes the audit log directly: only the SECURITY DEFINER triggers do.
:func:`apply_grants` is idempotent and runs after every migration by
``db-init`` and ``publish``; :func:`signed_in_role` is what the window asks
to grey out what the user may not do (the server enforces it regardless).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from db.sql_names import quote_ident
from db.store_api import ROLES, Role
from layers.permissions import ADMIN_TABLES as ADMIN_TABLES
from layers.permissions import EDITOR_TABLES as EDITOR_TABLES
from layers.permissions import role_to_write

GROUPS: dict[Role, str] = {
    "viewer": "zp_viewer",
    "editor": "zp_editor",
    "approver": "zp_approver",
    "admin": "zp_admin",
}


def ensure_roles(cur: Any) -> list[str]:
    """Create the group roles that are missing; return the names created."""
    created = []
    for role in ROLES:
        name = GROUPS[role]
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
        if cur.fetchone() is None:
            cur.execute(f"CREATE ROLE {quote_ident(name)} NOLOGIN")
            created.append(name)
    for lower, higher in zip(ROLES, ROLES[1:], strict=False):
        cur.execute(
            f"GRANT {quote_ident(GROUPS[lower])} TO {quote_ident(GROUPS[higher])}"
        )
    return created


def roles_exist(cur: Any) -> bool:
    """Return True if the four group roles exist in this cluster."""
    cur.execute(
        "SELECT count(*) FROM pg_roles WHERE rolname = ANY(%s)",
        (list(GROUPS.values()),),
    )
    return int(cur.fetchone()[0]) == len(GROUPS)


def apply_grants(cur: Any, schema_name: str) -> None:
    """GRANT the project schema's tables to the group roles (idempotent)."""
    s = quote_ident(schema_name)
    viewer, editor, admin = (
        quote_ident(GROUPS[r]) for r in ("viewer", "editor", "admin")
    )
    cur.execute(f"GRANT USAGE ON SCHEMA {s} TO {viewer}")
    cur.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {viewer}")
    cur.execute(
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA {s} FROM {viewer}, {editor}, {admin}"
    )
    for table in EDITOR_TABLES:
        cur.execute(
            f"GRANT INSERT, UPDATE, DELETE ON {s}.{quote_ident(table)} TO {editor}"
        )
    for table in ADMIN_TABLES:
        cur.execute(
            f"GRANT INSERT, UPDATE, DELETE ON {s}.{quote_ident(table)} TO {admin}"
        )
    cur.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO {editor}")
    for role in ROLES[:-1]:
        cur.execute(f"GRANT {quote_ident(GROUPS[role])} TO {admin} WITH ADMIN OPTION")


def grant_role(cur: Any, user: str, role: Role, create_login: bool = False) -> None:
    """Make ``user`` a member of the group of ``role`` (creating the login)."""
    if role not in GROUPS:
        raise ValueError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (user,))
    if cur.fetchone() is None:
        if not create_login:
            raise ValueError(f"no database user {user!r}; create it first")
        cur.execute(f"CREATE ROLE {quote_ident(user)} LOGIN")
    cur.execute(f"GRANT {quote_ident(GROUPS[role])} TO {quote_ident(user)}")


def signed_in_role(raw: Any) -> Role:
    """Return the strongest project role of the signed-in database user.

    A superuser is an admin. Where the group roles were never created (a
    database used by one owner), the table privileges decide: UPDATE on
    zones makes an admin, else a viewer.
    """
    row = raw.execute(
        "SELECT rolsuper FROM pg_roles WHERE rolname = session_user"
    ).fetchone()
    if row and row[0]:
        return "admin"
    for role in reversed(ROLES):
        found = raw.execute(
            "SELECT pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles "
            "WHERE rolname = %s",
            (GROUPS[role],),
        ).fetchone()
        if found and found[0]:
            return role
    owner = raw.execute(
        "SELECT has_table_privilege(session_user, 'zones', 'UPDATE')"
    ).fetchone()
    return "admin" if owner and owner[0] else "viewer"


_TABLE_DENIED = re.compile(r"permission denied for (?:table|relation) \"?([\w.]+)")
_SEQUENCE_DENIED = re.compile(
    r"permission denied for sequence \"?(\w+?)_(?:fid|id)_seq"
)
_DECISION = re.compile(r"only an approver may set a case to (\w+) \(case (.*)\)")
_DECIDED = re.compile(
    r"only an approver may change a decided case \(case (.*), \w+ -> (\w+)\)"
)
_DECIDED_DELETE = re.compile(r"only an approver may delete a decided case \(case (.*),")


@dataclass(frozen=True)
class Refusal:
    """What a server refusal (SQLSTATE 42501) was about."""

    table: str = ""
    needed: str = ""
    status: str = ""
    case_no: str = ""


def refusal(message: str) -> Refusal:
    """Read what was refused, and the role it needs, from the server's message.

    >>> refusal("permission denied for table facilities")
    Refusal(table='facilities', needed='admin', status='', case_no='')
    >>> refusal("only an approver may set a case to approved (case ZH-1)").needed
    'approver'
    >>> refusal("only an approver may change a decided case (case ZH-1, approved -> submitted)")
    Refusal(table='conversion_cases', needed='approver', status='submitted', case_no='ZH-1')
    >>> refusal("only an approver may delete a decided case (case ZH-1, rejected)").status
    ''
    """
    if found := _DECISION.search(message):
        return Refusal("conversion_cases", "approver", found[1], found[2])
    if found := _DECIDED.search(message):
        return Refusal("conversion_cases", "approver", found[2], found[1])
    if found := _DECIDED_DELETE.search(message):
        return Refusal("conversion_cases", "approver", "", found[1])
    found = _TABLE_DENIED.search(message) or _SEQUENCE_DENIED.search(message)
    if found is None:
        return Refusal()
    table = found[1].rsplit(".", 1)[-1]
    return Refusal(table, role_to_write(table) or "")
