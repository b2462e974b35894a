"""What each role may do (layers.permissions), and how a server refusal is read."""

from __future__ import annotations

import doctest

import pytest

import db.pg_roles
import layers.permissions
from layers.permissions import Capability, Permissions, role_to_write
from layers.project import ProjectMeta


@pytest.mark.parametrize("module", [layers.permissions, db.pg_roles])
def test_permissions_doctests_pass(module: object) -> None:
    result = doctest.testmod(module)
    assert result.attempted and result.failed == 0


def test_permissions_each_role_may_what_the_table_says() -> None:
    table = {
        Capability.EDIT: {"editor", "approver", "admin"},
        Capability.DECIDE_CASE: {"approver", "admin"},
        Capability.RULES: {"admin"},
        Capability.CATALOGUE: {"admin"},
        Capability.REGULATORY: {"admin"},
        Capability.FACILITIES: {"admin"},
    }
    for role in layers.permissions.ROLES:
        perms = Permissions.of(ProjectMeta(backend="postgis", role=role))
        for capability, allowed in table.items():
            assert perms.can(capability) == (role in allowed), (role, capability)
        assert perms.may_set_status("approved") == (role in {"approver", "admin"})
        assert perms.may_set_status("under_review") == (role != "viewer")


def test_permissions_file_is_its_owners_and_read_only_is_a_viewers() -> None:
    assert Permissions.of(ProjectMeta()).role == "admin"  # a project file
    shared = Permissions.of(
        ProjectMeta(read_only=True, read_only_reason="on a network share")
    )
    assert shared.role == "viewer" and shared.signed_in == "admin"
    assert shared.read_only_reason == "on a network share"
    assert not shared.can(Capability.EDIT)
    viewer = Permissions.of(
        ProjectMeta(read_only=True, read_only_reason="viewer", role="viewer")
    )
    assert viewer.read_only_reason == ""  # the role is the reason
    assert Permissions.of(ProjectMeta(role="superuser")).role == "viewer"


def test_permissions_tables_match_the_server_grants() -> None:
    every = set(db.pg_roles.EDITOR_TABLES) | set(db.pg_roles.ADMIN_TABLES)
    for table in every:
        needed = role_to_write(table)
        assert needed == ("editor" if table in db.pg_roles.EDITOR_TABLES else "admin")
    editor = Permissions("editor", "editor")
    assert editor.may_write("conversion_cases") and not editor.may_write("facilities")
    assert not Permissions().may_write("zp_audit_log")  # nobody, by hand


def test_permissions_server_refusals_name_the_role_needed() -> None:
    refusal = db.pg_roles.refusal
    assert refusal("permission denied for table zp_rules_versions").needed == "admin"
    assert refusal("permission denied for table zones").needed == "editor"
    seq = refusal("permission denied for sequence facilities_fid_seq")
    assert (seq.table, seq.needed) == ("facilities", "admin")
    decision = refusal("only an approver may set a case to rejected (case ZH-9)")
    assert (decision.status, decision.case_no) == ("rejected", "ZH-9")
    assert refusal("permission denied for table zp_audit_log").needed == ""
    assert refusal("deadlock detected") == db.pg_roles.Refusal()
