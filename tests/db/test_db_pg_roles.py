"""Roles enforced by the server: viewer, editor, approver, admin; db-init."""

from __future__ import annotations

from pathlib import Path

import pytest

import main
from db.errors import PermissionDeniedError
from db.open_store import open_store
from db.project_io import load_project
from db.transfer import publish


def _as(url: str, user: str) -> str:
    return url.replace("zp_super@", f"{user}@", 1)


@pytest.fixture
def team_url(project_path: Path, pg_url: str) -> str:
    """Return the URL of a published project with GRANTs applied."""
    publish(project_path, pg_url)
    assert main.main(["db-init", pg_url]) == 0
    return pg_url


def test_pg_roles_signed_in_role_per_user(team_url: str) -> None:
    expected = {
        "ann_viewer": "viewer",
        "ed_editor": "editor",
        "al_approver": "approver",
        "ada_admin": "admin",
        "zp_super": "admin",
    }
    for user, role in expected.items():
        with open_store(_as(team_url, user)) as store:
            assert store.role() == role, user
            assert user in store.display_name
            if user == "ann_viewer":
                assert load_project(store).meta.role == "viewer"


def test_pg_roles_viewer_write_refused_by_the_server(team_url: str) -> None:
    with open_store(_as(team_url, "ann_viewer")) as store:
        zones = store.read_table("zones")  # reading is allowed
        row = zones.iloc[[0]].copy()
        row["remarks"] = "viewer tries"
        with pytest.raises(PermissionDeniedError) as info:
            store.update_features("zones", row, "ann")
        text = str(info.value)
        assert "refused" in text and "nothing was saved" in text
        with pytest.raises(PermissionDeniedError):
            store.write_setting("display_epsg", 3857)
    with open_store(team_url) as admin:
        assert "viewer tries" not in admin.read_table("zones")["remarks"].tolist()


def test_pg_roles_only_approvers_decide_cases(team_url: str) -> None:
    with open_store(_as(team_url, "ed_editor")) as ed:
        cases = ed.read_table("conversion_cases")
        fid = int(cases.index[0])
        row = cases.loc[[fid]].copy()
        row["remarks"] = "checked documents"
        ed.update_features("conversion_cases", row, "ed")  # editing is fine
        row = ed.read_table("conversion_cases").loc[[fid]].copy()
        row["status"] = "approved"
        with pytest.raises(PermissionDeniedError, match="only an approver"):
            ed.update_features("conversion_cases", row, "ed")
        with pytest.raises(PermissionDeniedError):  # rules are the admin's
            ed.insert_records("zp_rules_versions", [{"version": "x"}], "ed")
        with pytest.raises(PermissionDeniedError):  # nobody forges audit rows
            ed.insert_records("zp_audit_log", [{"at": "now", "action": "fake"}], "ed")
    with open_store(_as(team_url, "al_approver")) as al:
        row = al.read_table("conversion_cases").loc[[fid]].copy()
        row["status"] = "approved"
        al.update_features("conversion_cases", row, "al")
        assert al.read_table("conversion_cases").loc[fid, "status"] == "approved"
        log = al.read_table("zp_audit_log")
        last = log[log["table_name"] == "conversion_cases"].iloc[-1]
        assert last["user"] == "al_approver" and last["action"] == "update"
    with open_store(_as(team_url, "ada_admin")) as ada:
        ada.insert_records("zp_rules_versions", [{"version": "v-admin"}], "ada")


def test_pg_roles_a_decided_case_stays_decided_for_editors(team_url: str) -> None:
    with open_store(_as(team_url, "al_approver")) as al:
        cases = al.read_table("conversion_cases")
        fid = int(cases.index[0])
        row = cases.loc[[fid]].copy()
        row["status"] = "approved"
        al.update_features("conversion_cases", row, "al")
        case_no = str(row["case_no"].iloc[0])
    with open_store(_as(team_url, "ed_editor")) as ed:
        row = ed.read_table("conversion_cases").loc[[fid]].copy()
        row["remarks"] = "filed the decision letter"
        ed.update_features("conversion_cases", row, "ed")  # other fields: fine
        row = ed.read_table("conversion_cases").loc[[fid]].copy()
        row["status"] = "under_review"
        with pytest.raises(PermissionDeniedError) as undo:
            ed.update_features("conversion_cases", row, "ed")
        assert (undo.value.status, undo.value.case_no) == ("under_review", case_no)
        assert undo.value.needed == "approver"
        with pytest.raises(PermissionDeniedError, match="delete a decided case"):
            ed.delete_features("conversion_cases", [fid], "ed")
        assert ed.read_table("conversion_cases").loc[fid, "status"] == "approved"
    with open_store(_as(team_url, "al_approver")) as al:
        row = al.read_table("conversion_cases").loc[[fid]].copy()
        row["status"] = "under_review"  # the approver may reopen it
        al.update_features("conversion_cases", row, "al")
        assert al.read_table("conversion_cases").loc[fid, "status"] == "under_review"


def test_pg_roles_db_init_grants_and_exit_codes(pg_url: str) -> None:
    assert main.main(["db-init", pg_url, "--grant", "newbie=editor"]) == 2
    assert main.main(["db-init", "x.gpkg"]) == 2
    code = main.main(["db-init", pg_url, "--grant", "newbie=editor", "--create-users"])
    assert code == 0
    with open_store(_as(pg_url, "newbie")) as store:
        assert store.role() == "editor"
        assert store.count("zones") == 0  # an empty project schema was created


def test_pg_roles_editor_evaluates_with_the_rules_in_force(
    team_url: str, tmp_path: Path, capsys
) -> None:
    from layers.cases.evaluations import current_rules

    with open_store(team_url) as admin:
        rules = current_rules(admin, record=False)  # publish recorded them
        assert admin.count("zp_rules_versions") == 1
        assert admin.count("zp_catalogue_editions") >= 1
    editor = _as(team_url, "ed_editor")
    summary = tmp_path / "s.csv"
    code = main.main(["evaluate", editor, "--all", "--summary", str(summary)])
    assert code == 0, capsys.readouterr().err
    with open_store(team_url) as check:
        evaluations = check.read_table("evaluations")
        assert len(evaluations) == 2 and set(evaluations["rules_version"]) == {
            rules.version
        }
        assert check.count("zp_rules_versions") == 1  # nothing recorded by ed
    # A project whose rules were never recorded: shown, not saved, not refused.
    with open_store(team_url) as admin, admin.action("ada", "forget rules") as tx:
        tx.cursor.execute("DELETE FROM zp_rules_versions")
        tx.cursor.execute("DELETE FROM evaluations")
    code = main.main(["evaluate", editor, "--all", "--summary", str(summary)])
    assert code == 0
    assert "only an administrator may record them" in capsys.readouterr().err
    with open_store(team_url) as check:
        assert check.count("evaluations") == 0 == check.count("zp_rules_versions")
