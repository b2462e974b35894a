"""The window greys out what the signed-in role may not do; refusals are plain.

Each role's user (tests/conftest.py makes them in the throwaway cluster)
opens the same published demo project in a real window.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox

from db import pg_roles
from db.open_store import open_store
from gui.cases.case_form import CaseFormDialog
from gui.cases.cases_feature import CasesFeature
from gui.database.database_feature import DatabaseFeature
from gui.main_window import MainWindow
from gui.save_failed_dialog import SaveFailedChoice
from gui.workspace_feature import WorkspaceFeature
from layers.cases import evaluations as evals
from layers.editing.feature_commands import ChangeAttributesCommand

#: What each role finds enabled (True) or greyed (False).
EXPECTED = {
    #  action key          viewer editor approver admin
    "case_evaluate": (True, True, True, True),
    "case_report": (True, True, True, True),
    "case_edit": (False, True, True, True),
    "case_rules": (False, False, False, True),
    "case_catalogue": (False, False, False, True),
    "case_regulatory": (False, False, False, True),
    "load_facilities": (False, False, False, True),
}
USERS = {
    "viewer": "ann_viewer",
    "editor": "ed_editor",
    "approver": "al_approver",
    "admin": "ada_admin",
}
ROLE_ORDER = ("viewer", "editor", "approver", "admin")


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(900, 600)
    yield w
    w.feature(DatabaseFeature).project_closing(w.project)
    w.close()


def _as(url: str, user: str) -> str:
    return url.replace("zp_super@", f"{user}@", 1)


def _open_form(window: MainWindow, monkeypatch, case_no: str) -> CaseFormDialog:
    """Open the case form of ``case_no`` from the dock; return it (not executed)."""
    dock = window.feature(CasesFeature).dock
    cases = window.project.find("cases").gdf
    dock.select_fid(int(cases.index[cases["case_no"] == case_no][0]))
    opened: list[CaseFormDialog] = []

    def fake_exec(dlg: CaseFormDialog) -> int:
        opened.append(dlg)
        return 0

    monkeypatch.setattr(CaseFormDialog, "exec", fake_exec)
    dock.edit_current()
    assert opened, "the case form did not open"
    return opened[0]


def _status_items(form: CaseFormDialog) -> dict[str, tuple[bool, str]]:
    combo: QComboBox = form.combos["status"]
    model = combo.model()
    return {
        str(combo.itemData(i)): (
            model.item(i).isEnabled(),
            model.item(i).toolTip(),
        )
        for i in range(combo.count())
    }


def _layer_toggle(window: MainWindow, layer_id: str) -> tuple[bool, str]:
    window.set_current_layer(layer_id)
    toggle = window.action("edit_toggle")
    return toggle.isEnabled(), toggle.toolTip()


@pytest.mark.parametrize("role", ROLE_ORDER)
def test_gui_permissions_each_role_greys_what_it_may_not_do(
    qtbot, window: MainWindow, team_url: str, role: str, monkeypatch
) -> None:
    window.files.open_project(_as(team_url, USERS[role]), background=False)
    assert window.project.meta.role == role
    column = ROLE_ORDER.index(role)
    for key, enabled in EXPECTED.items():
        action = window.action(key)
        assert action.isEnabled() == enabled[column], (role, key)
        if not action.isEnabled():
            assert "you are signed in as" in action.toolTip(), key
            assert role in action.toolTip()
    buttons = window.feature(CasesFeature).dock.buttons
    assert buttons["rules"].isEnabled() == (role == "admin")
    assert buttons["edit"].isEnabled() == (role != "viewer")
    # Layers: the policy's facilities and 控规 parcels are the administrator's.
    facilities_ok, facilities_tip = _layer_toggle(window, "facilities")
    assert facilities_ok == (role == "admin")
    if role in ("editor", "approver"):
        assert "Only an administrator" in facilities_tip
        assert window.project.find("regulatory").read_only
    assert _layer_toggle(window, "zgc_parks")[0] == (role != "viewer")
    if role == "viewer":
        return
    items = _status_items(_open_form(window, monkeypatch, "ZH-2026-002"))
    decides = role in ("approver", "admin")
    for status in ("approved", "rejected"):
        enabled, tip = items[status]
        assert enabled == decides, (role, status)  # greyed, never hidden
        if not decides:
            assert tip.startswith("Only an approver may approve or reject a case,")
            assert tip.endswith(f"you are signed in as {role}")
    assert items["under_review"][0]


@pytest.mark.parametrize("role", ["editor", "approver"])
def test_gui_permissions_decided_case_stays_decided_unless_approver(
    qtbot, window: MainWindow, team_url: str, monkeypatch, role: str
) -> None:
    user = {"editor": "ed_editor", "approver": "al_approver"}[role]
    window.files.open_project(_as(team_url, user), background=False)
    items = _status_items(_open_form(window, monkeypatch, "ZH-2026-001"))  # approved
    assert items["approved"][0]  # keeping it as it is is always allowed
    for status in ("received", "under_review", "rejected", "withdrawn"):
        enabled, tip = items[status]
        assert enabled == (role == "approver"), status
        if role == "editor":
            assert "change a decided one" in tip


def test_gui_permissions_file_project_keeps_everything_enabled(
    qtbot, window: MainWindow, team_demo_file: Path, tmp_path: Path, monkeypatch
) -> None:
    import shutil

    path = tmp_path / "mine.gpkg"
    shutil.copy(team_demo_file, path)
    window.files.open_project(path, background=False)
    assert window.project.meta.role == "admin"
    for key in EXPECTED:
        assert window.action(key).isEnabled(), key
    assert _layer_toggle(window, "facilities")[0]
    assert _layer_toggle(window, "regulatory")[0]
    items = _status_items(_open_form(window, monkeypatch, "ZH-2026-008"))
    assert all(enabled for enabled, _tip in items.values())


def test_gui_permissions_editor_approval_refused_and_reported(
    qtbot, window: MainWindow, team_url: str, dialogs, tmp_path: Path, monkeypatch
) -> None:
    window.files.open_project(_as(team_url, "ed_editor"), background=False)
    cases = window.project.find("cases")
    fid = int(cases.gdf.index[cases.gdf["case_no"] == "ZH-2026-008"][0])
    before = cases.gdf.loc[fid, "status"]
    # The form will not offer it; a command straight to the store tries anyway.
    assert window.push_feature_edit(
        ChangeAttributesCommand(cases, fid, {"status": "approved"})
    )
    assert not window.save_project()
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("save_failed", "refused")
    assert "Setting case ZH-2026-008 to" in text
    assert "It needs the approver role; you are signed in as editor." in text
    # The edit buffer keeps the planner's work; the database is unchanged.
    assert window.project.dirty
    assert window.project.edit_buffers["cases"].modified
    assert cases.gdf.loc[fid, "status"] == "approved"
    with open_store(team_url) as check:
        assert check.read_table("conversion_cases").loc[fid, "status"] == before
    # "Save a copy…" writes the planner's work to a file of their own.
    copy = tmp_path / "my copy.gpkg"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), ""))
    )
    dialogs.answer("save_failed", SaveFailedChoice.SAVE_COPY)
    assert window.save_project()
    with open_store(copy) as mine:
        assert mine.read_table("conversion_cases").loc[fid, "status"] == "approved"
        assert mine.count("enterprises") == 200  # every row of the published demo
        assert "checkout" not in mine.read_settings()  # a project, not a snapshot
    assert window.project.meta.path == str(copy) and not window.project.dirty
    with open_store(team_url) as check:
        assert check.read_table("conversion_cases").loc[fid, "status"] == before


def test_gui_permissions_approver_can_approve(
    qtbot, window: MainWindow, team_url: str, monkeypatch
) -> None:
    window.files.open_project(_as(team_url, "al_approver"), background=False)
    form = _open_form(window, monkeypatch, "ZH-2026-008")
    combo = form.combos["status"]
    combo.setCurrentIndex(combo.findData("approved"))
    changed = form.changed_values()
    assert changed["status"] == "approved"
    cases = window.project.find("cases")
    fid = int(cases.gdf.index[cases.gdf["case_no"] == "ZH-2026-008"][0])
    assert window.push_feature_edit(ChangeAttributesCommand(cases, fid, changed))
    assert window.save_project()
    with open_store(team_url) as check:
        row = check.read_table("conversion_cases").loc[fid]
        assert row["status"] == "approved" and row["updated_by"] == "al_approver"


def test_gui_permissions_editor_evaluates_with_the_rules_in_force(
    qtbot, window: MainWindow, team_url: str, dialogs
) -> None:
    with open_store(team_url) as admin:
        in_force = evals.current_rules(admin, record=False)
        versions_before = admin.count("zp_rules_versions")
    assert versions_before >= 1  # publish recorded the rules in force
    window.files.open_project(_as(team_url, "ed_editor"), background=False)
    dock = window.feature(CasesFeature).dock
    cases = window.project.find("cases").gdf
    dock.select_fid(int(cases.index[cases["case_no"] == "ZH-2026-008"][0]))
    ev = dock.evaluate_current()
    assert ev is not None and ev.rules_version == in_force.version
    assert not [t for k, _t, t in dialogs.shown if k == "warning"]  # no refusal
    with open_store(team_url) as check:
        assert check.count("evaluations") == 1  # saved, as the editor
        assert check.read_table("evaluations").iloc[0]["evaluated_by"]
        assert check.count("zp_rules_versions") == versions_before


def test_gui_permissions_refused_action_is_reported(
    qtbot, window: MainWindow, team_url: str, dialogs
) -> None:
    # An administrator whose role is taken away while the project is open:
    # the window still offers the action; the server refuses it.
    user = f"demoted_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(team_url, autocommit=True) as conn:
        pg_roles.grant_role(conn.cursor(), user, "admin", create_login=True)
    window.files.open_project(_as(team_url, user), background=False)
    assert window.action("load_facilities").isEnabled()
    with psycopg.connect(team_url, autocommit=True) as conn:
        conn.execute(f"REVOKE zp_admin FROM {user}")
        conn.execute(f"GRANT zp_editor TO {user}")
    dialogs.answer("question", QMessageBox.StandardButton.Yes)
    assert window.feature(WorkspaceFeature).load_facilities() == 0
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("warning", "Refused by the database")
    assert "Changing policy facilities was refused by the database" in text
    assert "It needs the administrator role" in text
    with open_store(team_url) as check:
        assert check.count("facilities") > 0  # untouched
    # The refusal made the window ask again: it now greys what an editor may not do.
    assert window.project.meta.role == "editor"
    assert not window.action("load_facilities").isEnabled()
    assert "you are signed in as editor" in window.action("load_facilities").toolTip()


def test_gui_permissions_follow_a_role_changed_while_open(
    qtbot, window: MainWindow, team_url: str
) -> None:
    from gui.editing.editing_feature import EditingFeature
    from gui.permissions import RoleGate

    user = f"moved_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(team_url, autocommit=True) as conn:
        pg_roles.grant_role(conn.cursor(), user, "viewer", create_login=True)
    window.files.open_project(_as(team_url, user), background=False)
    gate = window.feature(RoleGate)
    assert gate._role_timer.isActive()  # a team project is asked about again
    zones = window.project.find("zgc_parks")
    assert window.project.meta.read_only and zones.read_only
    assert gate.refresh_role() is False  # nothing changed yet
    with psycopg.connect(team_url, autocommit=True) as conn:
        conn.execute(f"GRANT zp_editor TO {user}")
    seen: list[str] = []
    gate.role_changed.connect(seen.append)
    assert gate.refresh_role() is True
    assert seen == ["editor"] and window.project.meta.role == "editor"
    assert not window.project.meta.read_only and not zones.read_only
    assert window.project.find("facilities").read_only  # still the admin's
    window.set_current_layer(zones.id)
    assert window.feature(EditingFeature).actions["toggle"].isEnabled()
    assert "now editor" in window.statusBar().currentMessage()
    with psycopg.connect(team_url, autocommit=True) as conn:
        conn.execute(f"REVOKE zp_editor FROM {user}")
    gate.ask_role_in_background()  # what the timer does, off the GUI thread
    qtbot.waitUntil(lambda: window.project.meta.read_only, timeout=10000)
    assert seen == ["editor", "viewer"]
    assert not window.feature(EditingFeature).actions["toggle"].isEnabled()
    window.files.close_project()
    assert not gate._role_timer.isActive()


def test_gui_permissions_editing_case_form_greys_decisions_too(
    qtbot, window: MainWindow, team_url: str, monkeypatch
) -> None:
    from gui.editing.editing_feature import EditingFeature

    window.files.open_project(_as(team_url, "ed_editor"), background=False)
    opened: list[CaseFormDialog] = []
    monkeypatch.setattr(CaseFormDialog, "exec", lambda dlg: opened.append(dlg) or 0)
    cases = window.project.find("cases")
    fid = int(cases.gdf.index[cases.gdf["status"] == "under_review"][0])
    controller = window.feature(EditingFeature).controller
    assert controller.ask_attributes(cases, fid, cases.gdf.geometry.loc[fid]) is None
    items = _status_items(opened[0])
    assert not items["approved"][0] and not items["rejected"][0]
    assert items["received"][0]


def test_gui_permissions_follow_save_as_and_the_language(
    qtbot, window: MainWindow, team_url: str, tmp_path: Path
) -> None:
    from gui import i18n

    window.files.open_project(_as(team_url, "ed_editor"), background=False)
    rules = window.action("case_rules")
    assert not rules.isEnabled()
    i18n.set_language("zh_CN")
    try:
        assert rules.toolTip() == "只有管理员可以登记规则版本——您当前的登录角色是编辑者"
    finally:
        i18n.set_language("en")
    assert rules.toolTip().endswith("you are signed in as editor")
    # A copy saved to a file is the planner's own: everything is enabled.
    assert window.files.save_project_as(tmp_path / "mine.gpkg")
    assert window.project.meta.role == "admin"
    assert window.project.meta.backend == "gpkg"
    for key in EXPECTED:
        assert window.action(key).isEnabled(), key
    assert not window.project.find("facilities").read_only
    enabled, tip = _layer_toggle(window, "facilities")
    assert enabled and tip.startswith("Toggle editing")  # its usual tooltip back
